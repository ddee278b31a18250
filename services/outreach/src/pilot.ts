/**
 * 복지서비스 전달체계 시범운영 (seed 002): a city pilot that districts apply to.
 *
 * Per district: 공모 (APPLIED) → 선정 (SELECTED) → 시범운영 (OPERATING) → 평가·보완 (EVALUATED) → 확대 (EXPANDED)
 * (002 L134). The selection committee has at most 7 members, at least 2 of them external
 * (002 L150). A selected district's grant is paid in two 50% tranches, each only once its
 * condition is met (002 L180–181): the first after the final plan (구청장방침) is submitted, the
 * second after the 동 welfare staff are deployed and tasks realigned. The selected grants may not
 * exceed the programme's total (3억원, 002 L164; DQ-002-2). The per-district cap (1억원, L141)
 * contradicts the per-track amounts (L168–169, DQ-002-1): it is kept as printed, not enforced.
 */
import type { Runtime } from './contract';
import { EventTypes } from '@pass-graph/contracts';
import {
  aggregateSchema,
  all,
  badInput,
  checkDate,
  checkId,
  checkInt,
  checkText,
  conflict,
  err,
  insertAggregate,
  invalidTransition,
  notFound,
  ok,
  trusted,
  unwrap,
  withDocument,
  type Result,
  type SubgraphContext,
} from '@pass-graph/platform';
import DataLoader from 'dataloader';
import { Schema, type Connection } from 'mongoose';
import { checkDistrict } from './domain';

export const PILOT_TRACKS = ['PILOT_DISTRICT', 'STRENGTHENED_DISTRICT'] as const;
export type PilotTrack = (typeof PILOT_TRACKS)[number];
export const PILOT_STATUSES = ['APPLIED', 'SELECTED', 'OPERATING', 'EVALUATED', 'EXPANDED'] as const;
export type PilotStatus = (typeof PILOT_STATUSES)[number];
export const GRANT_CONDITIONS = ['FINAL_PLAN_SUBMITTED', 'STAFF_DEPLOYED'] as const;
export type GrantCondition = (typeof GRANT_CONDITIONS)[number];

/** Tranche n (1-based) is released only once this condition is met (002 L180–181). */
export const TRANCHE_CONDITIONS: readonly GrantCondition[] = ['FINAL_PLAN_SUBMITTED', 'STAFF_DEPLOYED'];
export const MAX_COMMITTEE_MEMBERS = 7;
export const MIN_EXTERNAL_MEMBERS = 2;

/** The steps a district takes after selection; each goes one step forward. */
export const PILOT_TRANSITIONS: Readonly<Record<PilotStatus, readonly PilotStatus[]>> = {
  APPLIED: ['SELECTED'],
  SELECTED: ['OPERATING'],
  OPERATING: ['EVALUATED'],
  EVALUATED: ['EXPANDED'],
  EXPANDED: [],
};

export interface CommitteeMember {
  /** Pseudonymous id of the member. */
  memberId: string;
  external: boolean;
}

export interface Tranche {
  tranche: number;
  amountKRW: number;
  condition: GrantCondition;
  releasedOn: string | null;
}

export interface Participation {
  district: string;
  track: PilotTrack;
  status: PilotStatus;
  appliedOn: string;
  selectedOn: string | null;
  startedOn: string | null;
  evaluatedOn: string | null;
  expandedOn: string | null;
  grantKRW: number | null;
  conditionsMet: { condition: GrantCondition; metOn: string }[];
  tranches: Tranche[];
}

/** A participation as the resolvers see it: with the programme it belongs to. */
export type ParticipationView = Participation & { programId: string };

export interface PilotProgramDoc {
  _id: string;
  name: string;
  source: string;
  applicationDeadline: string;
  pilotFrom: string;
  pilotTo: string;
  totalBudgetKRW: number;
  /** 구별 최대 지원액 as printed (002 L141); contradicts the per-track amounts (DQ-002-1), not enforced. */
  reportedDistrictCapKRW: number | null;
  selectionCommittee: CommitteeMember[];
  participations: Participation[];
}

// ---------------------------------------------------------------- rules

export interface RegisterPilotProgramInput {
  id: string;
  name: string;
  source: string;
  applicationDeadline: string;
  pilotFrom: string;
  pilotTo: string;
  totalBudgetKRW: number;
  reportedDistrictCapKRW?: number | null;
  selectionCommittee: CommitteeMember[];
}

export function checkCommittee(members: readonly CommitteeMember[]): Result<CommitteeMember[]> {
  if (members.length === 0) return err(badInput('a selection committee has members', 'selectionCommittee'));
  if (members.length > MAX_COMMITTEE_MEMBERS)
    return err(badInput(`a selection committee has at most ${MAX_COMMITTEE_MEMBERS} members (002 L150)`, 'selectionCommittee'));
  for (const [i, m] of members.entries()) {
    const id = checkId(m.memberId, `selectionCommittee[${i}].memberId`);
    if (!id.ok) return id;
  }
  if (new Set(members.map((m) => m.memberId)).size !== members.length)
    return err(badInput('selectionCommittee must not repeat a member', 'selectionCommittee'));
  if (members.filter((m) => m.external).length < MIN_EXTERNAL_MEMBERS)
    return err(badInput(`a selection committee has at least ${MIN_EXTERNAL_MEMBERS} external experts (002 L150)`, 'selectionCommittee'));
  return ok(members.map((m) => ({ memberId: m.memberId, external: m.external })));
}

export function validatePilotProgram(
  input: RegisterPilotProgramInput,
): Result<Omit<PilotProgramDoc, '_id' | 'participations'> & { id: string }> {
  const v = all({
    id: checkId(input.id),
    name: checkText(input.name, 'name', 200),
    source: checkText(input.source, 'source', 200),
    applicationDeadline: checkDate(input.applicationDeadline, 'applicationDeadline'),
    pilotFrom: checkDate(input.pilotFrom, 'pilotFrom'),
    pilotTo: checkDate(input.pilotTo, 'pilotTo'),
    totalBudgetKRW: checkInt(input.totalBudgetKRW, 'totalBudgetKRW', 1, 1e13),
    reportedDistrictCapKRW:
      input.reportedDistrictCapKRW == null ? ok(null) : checkInt(input.reportedDistrictCapKRW, 'reportedDistrictCapKRW', 1, 1e13),
    selectionCommittee: checkCommittee(input.selectionCommittee),
  });
  if (!v.ok) return v;
  if (v.value.pilotTo < v.value.pilotFrom) return err(badInput('pilotTo must not be before pilotFrom', 'pilotTo'));
  if (v.value.applicationDeadline > v.value.pilotFrom)
    return err(badInput('applications close before the pilot starts', 'applicationDeadline'));
  return v;
}

/** A grant in integer 원 split into two tranches of 50% (the odd 원, if any, goes to the second). */
export function splitGrant(grantKRW: number): Tranche[] {
  const first = Math.floor(grantKRW / 2);
  return [
    { tranche: 1, amountKRW: first, condition: TRANCHE_CONDITIONS[0]!, releasedOn: null },
    { tranche: 2, amountKRW: grantKRW - first, condition: TRANCHE_CONDITIONS[1]!, releasedOn: null },
  ];
}

export function planApplication(
  program: PilotProgramDoc,
  input: { district: string; track: PilotTrack; appliedOn: string },
): Result<Participation> {
  const v = all({ district: checkDistrict(input.district), appliedOn: checkDate(input.appliedOn, 'appliedOn') });
  if (!v.ok) return v;
  if (program.participations.some((p) => p.district === v.value.district))
    return err(conflict(`${v.value.district} has already applied to "${program._id}"`, { id: program._id, district: v.value.district }));
  if (v.value.appliedOn > program.applicationDeadline)
    return err(
      conflict(`applications to "${program._id}" closed on ${program.applicationDeadline}`, {
        reason: 'APPLICATION_CLOSED',
        id: program._id,
        deadline: program.applicationDeadline,
      }),
    );
  return ok({
    district: v.value.district,
    track: input.track,
    status: 'APPLIED',
    appliedOn: v.value.appliedOn,
    selectedOn: null,
    startedOn: null,
    evaluatedOn: null,
    expandedOn: null,
    grantKRW: null,
    conditionsMet: [],
    tranches: [],
  });
}

function participationOf(program: PilotProgramDoc, district: string): Result<Participation> {
  const p = program.participations.find((x) => x.district === district);
  return p ? ok(p) : err(notFound('PilotParticipation', `${program._id}/${district}`));
}

const grantedSoFar = (program: PilotProgramDoc): number => program.participations.reduce((s, p) => s + (p.grantKRW ?? 0), 0);

/** 선정: APPLIED → SELECTED with a grant; the selected grants stay within the programme's total. */
export function planSelection(
  program: PilotProgramDoc,
  input: { district: string; grantKRW: number; selectedOn: string },
): Result<Participation> {
  const v = all({
    district: checkDistrict(input.district),
    grantKRW: checkInt(input.grantKRW, 'grantKRW', 1, 1e13),
    selectedOn: checkDate(input.selectedOn, 'selectedOn'),
  });
  if (!v.ok) return v;
  const p = participationOf(program, v.value.district);
  if (!p.ok) return p;
  if (p.value.status !== 'APPLIED')
    return err(invalidTransition('PilotParticipation', `${program._id}/${p.value.district}`, p.value.status, 'SELECTED'));
  if (v.value.selectedOn < p.value.appliedOn) return err(badInput(`selectedOn must not be before ${p.value.appliedOn}`, 'selectedOn'));
  const total = grantedSoFar(program) + v.value.grantKRW;
  if (total > program.totalBudgetKRW)
    return err(
      conflict(`the selected grants (${total}원) would exceed the programme's total of ${program.totalBudgetKRW}원`, {
        reason: 'BUDGET_EXCEEDED',
        id: program._id,
        totalBudgetKRW: program.totalBudgetKRW,
        grantedKRW: grantedSoFar(program),
      }),
    );
  return ok({
    ...p.value,
    status: 'SELECTED',
    selectedOn: v.value.selectedOn,
    grantKRW: v.value.grantKRW,
    tranches: splitGrant(v.value.grantKRW),
  });
}

/** A tranche's condition is met (the plan submitted, the staff deployed); recording it twice answers CONFLICT. */
export function planConditionMet(
  program: PilotProgramDoc,
  input: { district: string; condition: GrantCondition; metOn: string },
): Result<Participation> {
  const v = all({ district: checkDistrict(input.district), metOn: checkDate(input.metOn, 'metOn') });
  if (!v.ok) return v;
  const p = participationOf(program, v.value.district);
  if (!p.ok) return p;
  if (p.value.grantKRW === null)
    return err(conflict(`${p.value.district} has no grant yet (status ${p.value.status})`, { reason: 'NOT_SELECTED', id: program._id }));
  if (p.value.conditionsMet.some((c) => c.condition === input.condition))
    return err(conflict(`${input.condition} is already recorded for ${p.value.district}`, { id: program._id, condition: input.condition }));
  if (p.value.selectedOn !== null && v.value.metOn < p.value.selectedOn)
    return err(badInput(`metOn must not be before the selection on ${p.value.selectedOn}`, 'metOn'));
  return ok({ ...p.value, conditionsMet: [...p.value.conditionsMet, { condition: input.condition, metOn: v.value.metOn }] });
}

/**
 * Releases a tranche. CONFLICT with a reason when it may not be released:
 * NOT_SELECTED (no grant), TRANCHE_ALREADY_RELEASED, TRANCHE_ORDER (the second before the first),
 * TRANCHE_CONDITION_NOT_MET (its condition is not recorded, or was met only after `releasedOn`).
 */
export function planTrancheRelease(
  program: PilotProgramDoc,
  input: { district: string; tranche: number; releasedOn: string },
): Result<{ participation: Participation; tranche: Tranche }> {
  const v = all({
    district: checkDistrict(input.district),
    tranche: checkInt(input.tranche, 'tranche', 1, TRANCHE_CONDITIONS.length),
    releasedOn: checkDate(input.releasedOn, 'releasedOn'),
  });
  if (!v.ok) return v;
  const p = participationOf(program, v.value.district);
  if (!p.ok) return p;
  const where = { id: program._id, district: p.value.district, tranche: v.value.tranche };
  const t = p.value.tranches.find((x) => x.tranche === v.value.tranche);
  if (p.value.grantKRW === null || !t)
    return err(conflict(`${p.value.district} has no grant (status ${p.value.status})`, { reason: 'NOT_SELECTED', ...where }));
  if (t.releasedOn !== null)
    return err(conflict(`tranche ${t.tranche} was already released on ${t.releasedOn}`, { reason: 'TRANCHE_ALREADY_RELEASED', ...where }));
  const earlier = p.value.tranches.find((x) => x.tranche < t.tranche && x.releasedOn === null);
  if (earlier)
    return err(conflict(`tranche ${earlier.tranche} must be released before tranche ${t.tranche}`, { reason: 'TRANCHE_ORDER', ...where }));
  const met = p.value.conditionsMet.find((c) => c.condition === t.condition);
  if (!met || met.metOn > v.value.releasedOn)
    return err(
      conflict(
        met
          ? `tranche ${t.tranche}'s condition ${t.condition} was met only on ${met.metOn}`
          : `tranche ${t.tranche} is released only after ${t.condition} (002 L180–181)`,
        { reason: 'TRANCHE_CONDITION_NOT_MET', condition: t.condition, ...where },
      ),
    );
  const released: Tranche = { ...t, releasedOn: v.value.releasedOn };
  return ok({
    participation: { ...p.value, tranches: p.value.tranches.map((x) => (x.tranche === t.tranche ? released : x)) },
    tranche: released,
  });
}

const DATE_FIELD: Partial<Record<PilotStatus, keyof Participation>> = {
  OPERATING: 'startedOn',
  EVALUATED: 'evaluatedOn',
  EXPANDED: 'expandedOn',
};

/** One step forward after selection; 시범운영 starts only with the first tranche paid. */
export function planAdvance(program: PilotProgramDoc, input: { district: string; to: PilotStatus; on: string }): Result<Participation> {
  const v = all({ district: checkDistrict(input.district), on: checkDate(input.on, 'on') });
  if (!v.ok) return v;
  const p = participationOf(program, v.value.district);
  if (!p.ok) return p;
  const field = DATE_FIELD[input.to];
  if (!field || !PILOT_TRANSITIONS[p.value.status].includes(input.to))
    return err(invalidTransition('PilotParticipation', `${program._id}/${p.value.district}`, p.value.status, input.to));
  if (input.to === 'OPERATING' && p.value.tranches[0]?.releasedOn == null)
    return err(
      conflict(`${p.value.district} starts operating only once tranche 1 is released`, {
        reason: 'TRANCHE_CONDITION_NOT_MET',
        id: program._id,
        district: p.value.district,
        tranche: 1,
      }),
    );
  const last = [p.value.appliedOn, p.value.selectedOn, p.value.startedOn, p.value.evaluatedOn]
    .filter((d): d is string => d !== null)
    .sort()
    .pop();
  if (last && v.value.on < last) return err(badInput(`on must not be before ${last}`, 'on'));
  return ok({ ...p.value, status: input.to, [field]: v.value.on });
}

export const releasedKRW = (p: Participation): number => p.tranches.reduce((s, t) => s + (t.releasedOn ? t.amountKRW : 0), 0);

// ---------------------------------------------------------------- data access

export function createPilotModels(db: Connection) {
  const str = { type: String, required: true };
  const num = { type: Number, required: true };
  const schema = aggregateSchema<PilotProgramDoc>('pilot_programs', {
    name: str,
    source: str,
    applicationDeadline: str,
    pilotFrom: str,
    pilotTo: str,
    totalBudgetKRW: num,
    reportedDistrictCapKRW: { type: Number, default: null },
    selectionCommittee: { type: [Schema.Types.Mixed], default: [] },
    participations: { type: [Schema.Types.Mixed], default: [] },
  });
  schema.index({ 'participations.district': 1 });
  return { PilotProgram: db.model<PilotProgramDoc>('PilotProgram', schema) };
}
export type PilotModels = ReturnType<typeof createPilotModels>;

/** Participations of each district across programmes (one query per request). */
export function participationsByDistrictLoader(models: PilotModels) {
  return new DataLoader<string, (Participation & { programId: string })[]>(async (districts) => {
    const programs = await models.PilotProgram.find({ 'participations.district': trusted({ $in: [...districts] }) })
      .sort({ _id: 1 })
      .lean<PilotProgramDoc[]>()
      .exec();
    return districts.map((d) =>
      programs.flatMap((prog) => prog.participations.filter((p) => p.district === d).map((p) => ({ ...p, programId: prog._id }))),
    );
  });
}

// ---------------------------------------------------------------- graph

interface PilotLoaders {
  pilotProgram: DataLoader<string, PilotProgramDoc | null>;
}

const statusChanged = (programId: string, p: Participation, on: string) => ({
  programId,
  district: p.district,
  track: p.track,
  status: p.status,
  on,
  grantKRW: p.grantKRW,
});

export function pilotResolvers<L extends PilotLoaders>(models: PilotModels, runtime: Runtime) {
  type Ctx = SubgraphContext<L>;
  const { outbox, publish } = runtime;

  /** Read, check and write one participation under the programme's lock (FerretDB v1 does not isolate updates). */
  const change = (
    ctx: Ctx,
    programIdInput: string,
    plan: (program: PilotProgramDoc) => Result<{ participation: Participation; events: ReturnType<typeof outbox.entry>[] }>,
  ) => {
    const programId = unwrap(checkId(programIdInput, 'programId'));
    return withDocument(models.PilotProgram, programId, async () => {
      const program = await ctx.loaders.pilotProgram.clear(programId).load(programId);
      if (!program) throw notFound('PilotProgram', programId);
      const { participation, events } = unwrap(plan(program));
      const exists = program.participations.some((p) => p.district === participation.district);
      const participations = exists
        ? program.participations.map((p) => (p.district === participation.district ? participation : p))
        : [...program.participations, participation];
      const updated = await models.PilotProgram.findOneAndUpdate(
        { _id: programId },
        events.length > 0 ? { $set: { participations }, $push: outbox.push(...events) } : { $set: { participations } },
        { new: true },
      )
        .lean<PilotProgramDoc>()
        .exec();
      if (!updated) throw notFound('PilotProgram', programId);
      ctx.loaders.pilotProgram.clear(programId).prime(programId, updated);
      publish(models.PilotProgram, programId);
      return updated;
    });
  };

  const withStatusEvent = (programId: string, on: (p: Participation) => string) => (r: Result<Participation>) =>
    r.ok
      ? ok({
          participation: r.value,
          events: [outbox.entry(EventTypes.PilotDistrictStatusChanged, statusChanged(programId, r.value, on(r.value)))],
        })
      : r;

  return {
    Query: {
      pilotProgram: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.pilotProgram.load(unwrap(checkId(args.id))),
      pilotPrograms: () => models.PilotProgram.find({}).sort({ _id: 1 }).lean<PilotProgramDoc[]>().exec(),
    },
    Mutation: {
      registerPilotProgram: async (_: unknown, args: { input: RegisterPilotProgramInput }) => {
        const { id, ...fields } = unwrap(validatePilotProgram(args.input));
        const event = outbox.entry(EventTypes.PilotProgramRegistered, {
          programId: id,
          name: fields.name,
          pilotFrom: fields.pilotFrom,
          pilotTo: fields.pilotTo,
          totalBudgetKRW: fields.totalBudgetKRW,
          committeeSize: fields.selectionCommittee.length,
          externalMembers: fields.selectionCommittee.filter((m) => m.external).length,
        });
        return insertAggregate(models.PilotProgram, { _id: id, ...fields, participations: [] }, [event], publish, 'pilot programme');
      },
      applyForPilot: (
        _: unknown,
        args: { input: { programId: string; district: string; track: PilotTrack; appliedOn: string } },
        ctx: Ctx,
      ) => change(ctx, args.input.programId, (prog) => withStatusEvent(prog._id, (p) => p.appliedOn)(planApplication(prog, args.input))),
      selectPilotDistrict: (
        _: unknown,
        args: { input: { programId: string; district: string; grantKRW: number; selectedOn: string } },
        ctx: Ctx,
      ) =>
        change(ctx, args.input.programId, (prog) => withStatusEvent(prog._id, (p) => p.selectedOn ?? '')(planSelection(prog, args.input))),
      recordGrantCondition: (
        _: unknown,
        args: { input: { programId: string; district: string; condition: GrantCondition; metOn: string } },
        ctx: Ctx,
      ) =>
        change(ctx, args.input.programId, (prog) => {
          const r = planConditionMet(prog, args.input);
          return r.ok ? ok({ participation: r.value, events: [] }) : r;
        }),
      releaseGrantTranche: (
        _: unknown,
        args: { input: { programId: string; district: string; tranche: number; releasedOn: string } },
        ctx: Ctx,
      ) =>
        change(ctx, args.input.programId, (prog) => {
          const r = planTrancheRelease(prog, args.input);
          if (!r.ok) return r;
          const { participation, tranche } = r.value;
          const event = outbox.entry(EventTypes.GrantTrancheReleased, {
            programId: prog._id,
            district: participation.district,
            tranche: tranche.tranche,
            amountKRW: tranche.amountKRW,
            condition: tranche.condition,
            releasedOn: tranche.releasedOn!, // set by planTrancheRelease
          });
          return ok({ participation, events: [event] });
        }),
      advancePilotDistrict: (_: unknown, args: { input: { programId: string; district: string; to: PilotStatus; on: string } }, ctx: Ctx) =>
        change(ctx, args.input.programId, (prog) => withStatusEvent(prog._id, () => args.input.on)(planAdvance(prog, args.input))),
    },
    PilotProgram: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.pilotProgram.load(ref.id),
      id: (p: PilotProgramDoc) => p._id,
      externalCommitteeMembers: (p: PilotProgramDoc) => p.selectionCommittee.filter((m) => m.external).length,
      grantedKRW: (p: PilotProgramDoc) => grantedSoFar(p),
      releasedKRW: (p: PilotProgramDoc) => p.participations.reduce((s, x) => s + releasedKRW(x), 0),
      participations: (p: PilotProgramDoc) => p.participations.map((x) => ({ ...x, programId: p._id })),
    },
    PilotParticipation: {
      district: (p: Participation) => ({ name: p.district }),
      program: (p: { programId: string }, _: unknown, ctx: Ctx) => ctx.loaders.pilotProgram.load(p.programId),
      releasedKRW: (p: Participation) => releasedKRW(p),
      tranches: (p: Participation) =>
        p.tranches.map((t) => ({ ...t, conditionMetOn: p.conditionsMet.find((c) => c.condition === t.condition)?.metOn ?? null })),
    },
  };
}
