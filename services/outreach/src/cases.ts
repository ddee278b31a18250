/**
 * 사례관리 (case management, 002 L77–80): a household's case with its manager, plan and linked
 * public and private services. Status OPEN → IN_PROGRESS (a plan is set) → CLOSED → FOLLOW_UP
 * (사후관리 of closed cases, 002 L74). Long-term or complex cases are escalated to the district's
 * 희망복지지원단 (002 L80): 002 sets no threshold, so ours is explicit — a case is complex when it has
 * needs in at least 3 domains (복합 욕구) or has been open for at least 90 days. A case holds no
 * personal data: the household is a pseudonymous id, the manager a staff pseudonym.
 */
import type { Runtime } from './contract';
import { EventTypes } from '@pass-graph/contracts';
import {
  aggregateSchema,
  all,
  badInput,
  checkDate,
  checkId,
  checkPage,
  conflict,
  err,
  inclusiveDays,
  insertAggregate,
  invalidTransition,
  notFound,
  ok,
  paginate,
  todayInSeoul,
  unwrap,
  withDocument,
  type Result,
  type SubgraphContext,
} from '@pass-graph/platform';
import type DataLoader from 'dataloader';
import { Schema, type Connection, type FilterQuery } from 'mongoose';
import { checkDistrict, checkHouseholdId, checkNeeds, checkNoPii, type NeedsDomain } from './domain';
import { districtFilter, readable, readScope, requireDistrict } from './scope';

export const CASE_STATUSES = ['OPEN', 'IN_PROGRESS', 'CLOSED', 'FOLLOW_UP'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export type LinkedServiceKind = 'PUBLIC' | 'PRIVATE';
export type CaseOutcome = 'NEEDS_MET' | 'HANDED_OVER' | 'DECLINED' | 'MOVED_AWAY';

export const CASE_TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  OPEN: ['IN_PROGRESS'],
  IN_PROGRESS: ['CLOSED'],
  CLOSED: ['FOLLOW_UP'],
  FOLLOW_UP: [],
};
export const COMPLEX_NEEDS_DOMAINS = 3;
export const LONG_TERM_DAYS = 90;

export interface LinkedService {
  kind: LinkedServiceKind;
  name: string;
}

export interface CaseDoc {
  _id: string;
  householdId: string;
  district: string;
  communityCentreId: string;
  /** Case manager (사례관리자), a staff pseudonym. */
  managerId: string;
  visitId: string | null;
  needs: NeedsDomain[];
  openedOn: string;
  plan: string | null;
  linkedServices: LinkedService[];
  status: CaseStatus;
  /** 희망복지지원단 이관 */
  escalatedOn: string | null;
  escalationReason: 'COMPLEX_NEEDS' | 'LONG_TERM' | null;
  plannedOn: string | null;
  closedOn: string | null;
  outcome: CaseOutcome | null;
  followUpOn: string | null;
}

// ---------------------------------------------------------------- rules

export interface OpenCaseInput {
  id: string;
  householdId: string;
  communityCentreId: string;
  managerId: string;
  visitId?: string | null;
  needs: NeedsDomain[];
  openedOn: string;
}

export function validateCase(input: OpenCaseInput): Result<Omit<OpenCaseInput, 'visitId'> & { visitId: string | null }> {
  return all({
    id: checkId(input.id),
    householdId: checkHouseholdId(input.householdId),
    communityCentreId: checkId(input.communityCentreId, 'communityCentreId'),
    managerId: checkId(input.managerId, 'managerId'),
    visitId: input.visitId == null ? ok(null) : checkId(input.visitId, 'visitId'),
    needs: checkNeeds(input.needs, 'needs'),
    openedOn: checkDate(input.openedOn, 'openedOn'),
  });
}

const latestDate = (c: CaseDoc): string =>
  [c.openedOn, c.plannedOn, c.escalatedOn, c.closedOn, c.followUpOn]
    .filter((d): d is string => d !== null)
    .sort()
    .pop() ?? c.openedOn;

function checkStep(c: CaseDoc, to: CaseStatus, on: string, field: string): Result<string> {
  const date = checkDate(on, field);
  if (!date.ok) return date;
  if (!CASE_TRANSITIONS[c.status].includes(to)) return err(invalidTransition('Case', c._id, c.status, to));
  const last = latestDate(c);
  if (date.value < last) return err(badInput(`${field} must not be before ${last}`, field));
  return date;
}

/** 계획 수립: OPEN → IN_PROGRESS with a plan and the services linked to it (at least one). */
export function planCasePlan(
  c: CaseDoc,
  input: { plan: string; linkedServices: LinkedService[]; plannedOn: string },
): Result<Partial<CaseDoc>> {
  const on = checkStep(c, 'IN_PROGRESS', input.plannedOn, 'plannedOn');
  if (!on.ok) return on;
  const plan = checkNoPii(input.plan, 'plan', 1_000);
  if (!plan.ok) return plan;
  if (input.linkedServices.length === 0) return err(badInput('a plan links at least one public or private service', 'linkedServices'));
  const linked: LinkedService[] = [];
  for (const [i, s] of input.linkedServices.entries()) {
    const name = checkNoPii(s.name, `linkedServices[${i}].name`, 100);
    if (!name.ok) return name;
    linked.push({ kind: s.kind, name: name.value });
  }
  return ok({ status: 'IN_PROGRESS', plan: plan.value, linkedServices: linked, plannedOn: on.value });
}

/** Why a case counts as complex or long-term on `on`; null when it does not. */
export function complexity(c: Pick<CaseDoc, 'needs' | 'openedOn'>, on: string): 'COMPLEX_NEEDS' | 'LONG_TERM' | null {
  if (c.needs.length >= COMPLEX_NEEDS_DOMAINS) return 'COMPLEX_NEEDS';
  if (on >= c.openedOn && inclusiveDays(c.openedOn, on) - 1 >= LONG_TERM_DAYS) return 'LONG_TERM';
  return null;
}

/** 희망복지지원단 이관: an active case that is complex or long-term, once. */
export function planEscalation(c: CaseDoc, escalatedOn: string): Result<Partial<CaseDoc>> {
  const date = checkDate(escalatedOn, 'escalatedOn');
  if (!date.ok) return date;
  if (c.status !== 'OPEN' && c.status !== 'IN_PROGRESS')
    return err(conflict(`case "${c._id}" is ${c.status}; only an active case is escalated`, { reason: 'CASE_NOT_ACTIVE', id: c._id }));
  if (c.escalatedOn !== null)
    return err(conflict(`case "${c._id}" was escalated on ${c.escalatedOn}`, { reason: 'ALREADY_ESCALATED', id: c._id }));
  if (date.value < latestDate(c)) return err(badInput(`escalatedOn must not be before ${latestDate(c)}`, 'escalatedOn'));
  const why = complexity(c, date.value);
  if (!why)
    return err(
      conflict(
        `case "${c._id}" is neither complex (≥${COMPLEX_NEEDS_DOMAINS} needs domains) nor long-term (≥${LONG_TERM_DAYS} days open)`,
        { reason: 'NOT_COMPLEX', id: c._id },
      ),
    );
  return ok({ escalatedOn: date.value, escalationReason: why });
}

export function planCaseClose(c: CaseDoc, input: { closedOn: string; outcome: CaseOutcome }): Result<Partial<CaseDoc>> {
  const on = checkStep(c, 'CLOSED', input.closedOn, 'closedOn');
  if (!on.ok) return on;
  if (input.outcome === 'HANDED_OVER' && c.escalatedOn === null)
    return err(badInput('HANDED_OVER is the outcome of an escalated case', 'outcome'));
  return ok({ status: 'CLOSED', closedOn: on.value, outcome: input.outcome });
}

export function planFollowUp(c: CaseDoc, followUpOn: string): Result<Partial<CaseDoc>> {
  const on = checkStep(c, 'FOLLOW_UP', followUpOn, 'followUpOn');
  return on.ok ? ok({ status: 'FOLLOW_UP', followUpOn: on.value }) : on;
}

export interface CaseLoad {
  managerId: string;
  open: number;
  inProgress: number;
  followUp: number;
  closed: number;
  /** Cases the manager works on now: OPEN + IN_PROGRESS + FOLLOW_UP. */
  active: number;
  escalated: number;
}

/** Case load per manager, from a plain find (no aggregation on FerretDB v1), busiest first. */
export function caseLoad(cases: readonly Pick<CaseDoc, 'managerId' | 'status' | 'escalatedOn'>[]): CaseLoad[] {
  const byManager = new Map<string, CaseLoad>();
  for (const c of cases) {
    const l = byManager.get(c.managerId) ?? {
      managerId: c.managerId,
      open: 0,
      inProgress: 0,
      followUp: 0,
      closed: 0,
      active: 0,
      escalated: 0,
    };
    if (c.status === 'OPEN') l.open++;
    else if (c.status === 'IN_PROGRESS') l.inProgress++;
    else if (c.status === 'FOLLOW_UP') l.followUp++;
    else l.closed++;
    if (c.status !== 'CLOSED') l.active++;
    if (c.escalatedOn !== null) l.escalated++;
    byManager.set(c.managerId, l);
  }
  return [...byManager.values()].sort((a, b) => b.active - a.active || a.managerId.localeCompare(b.managerId));
}

// ---------------------------------------------------------------- data access

export function createCaseModels(db: Connection) {
  const str = { type: String, required: true };
  const nullable = { type: String, default: null };
  const schema = aggregateSchema<CaseDoc>('cases', {
    householdId: str,
    district: str,
    communityCentreId: str,
    managerId: str,
    visitId: nullable,
    needs: { type: [String], default: [] },
    openedOn: str,
    plan: nullable,
    linkedServices: { type: [new Schema({ kind: str, name: str }, { _id: false })], default: [] },
    status: str,
    escalatedOn: nullable,
    escalationReason: nullable,
    plannedOn: nullable,
    closedOn: nullable,
    outcome: nullable,
    followUpOn: nullable,
  });
  schema.index({ district: 1, status: 1 });
  schema.index({ householdId: 1 });
  schema.index({ managerId: 1 });
  return { Case: db.model<CaseDoc>('Case', schema) };
}
export type CaseModels = ReturnType<typeof createCaseModels>;

// ---------------------------------------------------------------- graph

interface CaseLoaders {
  case: DataLoader<string, CaseDoc | null>;
  communityCentre: DataLoader<string, { _id: string; district: string } | null>;
  outreachVisit: DataLoader<string, { _id: string; householdId: string } | null>;
}

export function caseResolvers<L extends CaseLoaders>(models: CaseModels, runtime: Runtime) {
  type Ctx = SubgraphContext<L>;
  const { outbox, publish } = runtime;

  /** Read, check and write one case under its lock; `events` are appended in the same update. */
  const change = (
    ctx: Ctx,
    idInput: string,
    plan: (c: CaseDoc) => Result<Partial<CaseDoc>>,
    events: (before: CaseDoc, after: CaseDoc) => ReturnType<typeof outbox.entry>[] = () => [],
  ) => {
    const id = unwrap(checkId(idInput, 'caseId'));
    return withDocument(models.Case, id, async () => {
      const c = await ctx.loaders.case.clear(id).load(id);
      if (!c) throw notFound('Case', id);
      requireDistrict(ctx.caller, c.district, `case "${id}"`);
      const fields = unwrap(plan(c));
      const appended = events(c, { ...c, ...fields });
      const updated = await models.Case.findOneAndUpdate(
        { _id: id, status: c.status },
        appended.length > 0 ? { $set: fields, $push: outbox.push(...appended) } : { $set: fields },
        { new: true },
      )
        .lean<CaseDoc>()
        .exec();
      if (!updated) throw conflict(`case "${id}" was changed concurrently; retry`, { id });
      ctx.loaders.case.clear(id).prime(id, updated);
      publish(models.Case, id);
      return updated;
    });
  };

  return {
    Query: {
      case: async (_: unknown, args: { id: string }, ctx: Ctx) =>
        readable(readScope(ctx.caller), await ctx.loaders.case.load(unwrap(checkId(args.id))), `case "${args.id}"`),
      cases: (
        _: unknown,
        args: { first?: number; after?: string; district?: string | null; status?: CaseStatus | null; managerId?: string | null },
        ctx: Ctx,
      ) => {
        const district = args.district == null ? null : unwrap(checkDistrict(args.district));
        const filter: FilterQuery<CaseDoc> = districtFilter(readScope(ctx.caller), district);
        if (args.status != null) filter.status = args.status;
        if (args.managerId != null) filter.managerId = unwrap(checkId(args.managerId, 'managerId'));
        return paginate(models.Case, filter, unwrap(checkPage(args)));
      },
      caseLoad: async (_: unknown, args: { district?: string | null }, ctx: Ctx) => {
        const district = args.district == null ? null : unwrap(checkDistrict(args.district));
        const filter: FilterQuery<CaseDoc> = districtFilter(readScope(ctx.caller), district);
        const cases = await models.Case.find(filter, { managerId: 1, status: 1, escalatedOn: 1 }).lean<CaseDoc[]>().exec();
        return caseLoad(cases);
      },
    },
    Mutation: {
      openCase: async (_: unknown, args: { input: OpenCaseInput }, ctx: Ctx) => {
        const v = unwrap(validateCase(args.input));
        const centre = await ctx.loaders.communityCentre.load(v.communityCentreId);
        if (!centre) throw notFound('CommunityCentre', v.communityCentreId);
        requireDistrict(ctx.caller, centre.district, `community centre "${centre._id}"`);
        if (v.visitId) {
          const visit = await ctx.loaders.outreachVisit.load(v.visitId);
          if (!visit) throw notFound('OutreachVisit', v.visitId);
          if (visit.householdId !== v.householdId)
            throw conflict(`visit "${v.visitId}" was to another household`, { reason: 'HOUSEHOLD_MISMATCH', id: v.id });
        }
        const { id, ...fields } = v;
        const doc: CaseDoc = {
          _id: id,
          ...fields,
          district: centre.district,
          plan: null,
          linkedServices: [],
          status: 'OPEN',
          escalatedOn: null,
          escalationReason: null,
          plannedOn: null,
          closedOn: null,
          outcome: null,
          followUpOn: null,
        };
        const event = outbox.entry(EventTypes.CaseOpened, {
          caseId: id,
          householdId: doc.householdId,
          district: doc.district,
          communityCentreId: doc.communityCentreId,
          managerId: doc.managerId,
          needs: doc.needs,
          openedOn: doc.openedOn,
        });
        return insertAggregate(models.Case, doc, [event], publish, 'case');
      },
      planCase: (
        _: unknown,
        args: { input: { caseId: string; plan: string; linkedServices: LinkedService[]; plannedOn: string } },
        ctx: Ctx,
      ) => change(ctx, args.input.caseId, (c) => planCasePlan(c, args.input)),
      escalateCase: (_: unknown, args: { input: { caseId: string; escalatedOn: string } }, ctx: Ctx) =>
        change(
          ctx,
          args.input.caseId,
          (c) => planEscalation(c, args.input.escalatedOn),
          (_before, c) => [
            outbox.entry(EventTypes.CaseEscalated, {
              caseId: c._id,
              district: c.district,
              // Set by planEscalation.
              reason: c.escalationReason!,
              escalatedOn: c.escalatedOn!,
            }),
          ],
        ),
      closeCase: (_: unknown, args: { input: { caseId: string; closedOn: string; outcome: CaseOutcome } }, ctx: Ctx) =>
        change(
          ctx,
          args.input.caseId,
          (c) => planCaseClose(c, args.input),
          (_before, c) => [
            outbox.entry(EventTypes.CaseClosed, {
              caseId: c._id,
              householdId: c.householdId,
              district: c.district,
              managerId: c.managerId,
              // Set by planCaseClose.
              outcome: c.outcome!,
              escalated: c.escalatedOn !== null,
              linkedServices: c.linkedServices.length,
              openedOn: c.openedOn,
              closedOn: c.closedOn!,
            }),
          ],
        ),
      startCaseFollowUp: (_: unknown, args: { input: { caseId: string; followUpOn: string } }, ctx: Ctx) =>
        change(ctx, args.input.caseId, (c) => planFollowUp(c, args.input.followUpOn)),
    },
    Case: {
      __resolveReference: async (ref: { id: string }, ctx: Ctx) =>
        readable(readScope(ctx.caller), await ctx.loaders.case.load(ref.id), `case "${ref.id}"`),
      id: (c: CaseDoc) => c._id,
      household: (c: CaseDoc) => ({ id: c.householdId }),
      district: (c: CaseDoc) => ({ name: c.district }),
      escalated: (c: CaseDoc) => c.escalatedOn !== null,
      // Judged on the day it closed, or today for a case still open.
      complexity: (c: CaseDoc) => complexity(c, c.closedOn ?? todayInSeoul()),
    },
  };
}
