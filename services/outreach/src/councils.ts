/**
 * 민관복지협력체 (public–private welfare council, seed 002 L81–85) and its meetings.
 *
 * 002 asks each pilot district to run a council "to share public and private resources and consult"
 * at the level that suits it — 동 (one community centre), 권역 (an area of several 동) or the whole
 * 자치구 — with welfare facilities, civic, religious and volunteer organisations and schools taking
 * part, and regular meetings (정기회) and joint workshops (민관 합동 워크숍) as its forums. 003 P9
 * (L2966–3027) runs the same idea province-wide: the Jeonbuk agency's 민-관 협력 네트워크 with its
 * 간담회 (2 budgeted, 1,850천원 each, L2993) and "찾아가는 사서원 등 5회" in the 14 시군 (L2974, L3006).
 * That network is a council of level PROVINCE (no district; its region instead).
 *
 * Rules (ours where the sources are silent, which they are on composition): a council has members
 * of both sectors (it is 민관), exactly one chair, at most one co-chair and of the other sector
 * (민·관 공동위원장); members are pseudonymous ids with their organisation's kind and, optionally,
 * its name. A meeting is held by an ACTIVE council (CONFLICT COUNCIL_DISSOLVED otherwise), not
 * before it was formed and not in the future; members present must be members; a district-level
 * council meets in its own district. Follow-ups go OPEN → DONE once. Meeting counts per kind are
 * computed against the yearly targets the plan prints (FerretDB v1: counted in TypeScript).
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
  coversDistrict,
  DomainError,
  err,
  insertAggregate,
  invalidTransition,
  notFound,
  ok,
  todayInSeoul,
  unwrap,
  withDocument,
  type Caller,
  type Result,
  type SubgraphContext,
} from '@pass-graph/platform';
import type DataLoader from 'dataloader';
import { Schema, type Connection, type FilterQuery } from 'mongoose';
import { checkDistrict, checkNoPii, checkYear } from './domain';
import { requireDistrict } from './scope';

export const COUNCIL_LEVELS = ['COMMUNITY_CENTRE', 'AREA', 'DISTRICT', 'PROVINCE'] as const;
export type CouncilLevel = (typeof COUNCIL_LEVELS)[number];
export type CouncilSector = 'PUBLIC' | 'PRIVATE';
export type CouncilOrganisationKind =
  | 'COMMUNITY_CENTRE'
  | 'LOCAL_GOVERNMENT'
  | 'PUBLIC_AGENCY'
  | 'WELFARE_FACILITY'
  | 'CIVIC_GROUP'
  | 'RELIGIOUS_ORGANISATION'
  | 'VOLUNTEER_ORGANISATION'
  | 'SCHOOL'
  | 'PROFESSIONAL_ASSOCIATION';
export type CouncilRole = 'CHAIR' | 'CO_CHAIR' | 'SECRETARY' | 'MEMBER';
export type CouncilStatus = 'ACTIVE' | 'DISSOLVED';
export const MEETING_KINDS = ['REGULAR_MEETING', 'JOINT_WORKSHOP', 'NETWORK_MEETING', 'FIELD_VISIT'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export type MeetingFollowUpStatus = 'OPEN' | 'DONE';

export interface CouncilMember {
  memberId: string;
  sector: CouncilSector;
  organisationKind: CouncilOrganisationKind;
  organisationName: string | null;
  role: CouncilRole;
}

export interface MeetingTarget {
  year: number;
  kind: MeetingKind;
  count: number;
  source: string;
}

export interface PublicPrivateCouncilDoc {
  _id: string;
  name: string;
  level: CouncilLevel;
  /** Null only for a PROVINCE-level network. */
  district: string | null;
  communityCentreId: string | null;
  areaName: string | null;
  region: string | null;
  agencyId: string | null;
  source: string;
  formedOn: string;
  status: CouncilStatus;
  dissolvedOn: string | null;
  members: CouncilMember[];
  meetingTargets: MeetingTarget[];
  registeredAt: Date;
}

export interface MeetingFollowUp {
  id: string;
  action: string;
  ownerMemberId: string | null;
  dueOn: string | null;
  status: MeetingFollowUpStatus;
  completedOn: string | null;
}

export interface NetworkMeetingDoc {
  _id: string;
  councilId: string;
  kind: MeetingKind;
  heldOn: string;
  year: number;
  /** Where it took place; null when a province-wide network did not say. */
  district: string | null;
  agenda: string[];
  attendeeMemberIds: string[];
  otherAttendeeCount: number;
  resolutions: string[];
  followUps: MeetingFollowUp[];
  recordedAt: Date;
}

// ---------------------------------------------------------------- councils

export interface CouncilMemberInput {
  memberId: string;
  sector: CouncilSector;
  organisationKind: CouncilOrganisationKind;
  organisationName?: string | null;
  role: CouncilRole;
}

export interface RegisterPublicPrivateCouncilInput {
  id: string;
  name: string;
  level: CouncilLevel;
  district?: string | null;
  communityCentreId?: string | null;
  areaName?: string | null;
  region?: string | null;
  agencyId?: string | null;
  source: string;
  formedOn: string;
  members: CouncilMemberInput[];
  meetingTargets?: MeetingTarget[] | null;
}

/** A checked registration; a COMMUNITY_CENTRE council's district is filled in from its centre. */
export type ValidCouncil = Omit<PublicPrivateCouncilDoc, 'registeredAt'>;

const optional = <T>(value: T | null | undefined, check: (v: T) => Result<T>): Result<T | null> =>
  value == null ? ok(null) : check(value);

/** Which location fields each level needs (and which it must leave out). */
const LEVEL_FIELDS: Record<CouncilLevel, readonly ('district' | 'communityCentreId' | 'areaName' | 'region')[]> = {
  COMMUNITY_CENTRE: ['communityCentreId'],
  AREA: ['district', 'areaName'],
  DISTRICT: ['district'],
  PROVINCE: ['region'],
};

export function checkMembers(members: readonly CouncilMemberInput[]): Result<CouncilMember[]> {
  const out: CouncilMember[] = [];
  for (const [i, m] of members.entries()) {
    const v = all({
      memberId: checkId(m.memberId, `members[${i}].memberId`),
      organisationName: optional(m.organisationName, (x) => checkNoPii(x, `members[${i}].organisationName`, 100)),
    });
    if (!v.ok) return v;
    out.push({ ...v.value, sector: m.sector, organisationKind: m.organisationKind, role: m.role });
  }
  if (out.length < 2) return err(badInput('a council has at least two members', 'members'));
  if (new Set(out.map((m) => m.memberId)).size !== out.length) return err(badInput('members must not repeat', 'members'));
  if (!out.some((m) => m.sector === 'PUBLIC') || !out.some((m) => m.sector === 'PRIVATE'))
    return err(badInput('a public–private council has members of both sectors', 'members'));
  const chairs = out.filter((m) => m.role === 'CHAIR');
  if (chairs.length !== 1) return err(badInput('a council has exactly one CHAIR', 'members'));
  const coChairs = out.filter((m) => m.role === 'CO_CHAIR');
  if (coChairs.length > 1) return err(badInput('a council has at most one CO_CHAIR', 'members'));
  if (coChairs[0] && coChairs[0].sector === chairs[0]?.sector)
    return err(badInput('the CO_CHAIR is of the other sector than the CHAIR (민·관 공동위원장)', 'members'));
  // Chair first, then co-chair, secretary and members, each in the order given.
  const rank: Record<CouncilRole, number> = { CHAIR: 0, CO_CHAIR: 1, SECRETARY: 2, MEMBER: 3 };
  return ok(
    out
      .map((m, i) => ({ m, i }))
      .sort((a, b) => rank[a.m.role] - rank[b.m.role] || a.i - b.i)
      .map(({ m }) => m),
  );
}

export function checkMeetingTargets(targets: readonly MeetingTarget[]): Result<MeetingTarget[]> {
  const out: MeetingTarget[] = [];
  for (const [i, t] of targets.entries()) {
    const v = all({
      year: checkYear(t.year, `meetingTargets[${i}].year`),
      count: checkInt(t.count, `meetingTargets[${i}].count`, 0, 10_000),
      source: checkText(t.source, `meetingTargets[${i}].source`, 100),
    });
    if (!v.ok) return v;
    out.push({ ...v.value, kind: t.kind });
  }
  if (new Set(out.map((t) => `${t.year}/${t.kind}`)).size !== out.length)
    return err(badInput('one target per year and meeting kind', 'meetingTargets'));
  return ok(out);
}

export function validateCouncil(input: RegisterPublicPrivateCouncilInput, today: string): Result<ValidCouncil> {
  const v = all({
    id: checkId(input.id),
    name: checkNoPii(input.name, 'name', 100),
    district: optional(input.district, (x) => checkDistrict(x)),
    communityCentreId: optional(input.communityCentreId, (x) => checkId(x, 'communityCentreId')),
    areaName: optional(input.areaName, (x) => checkNoPii(x, 'areaName', 50)),
    region: optional(input.region, (x) => checkText(x, 'region', 20)),
    agencyId: optional(input.agencyId, (x) => checkId(x, 'agencyId')),
    source: checkText(input.source, 'source', 100),
    formedOn: checkDate(input.formedOn, 'formedOn'),
  });
  if (!v.ok) return v;
  const c = v.value;
  const needed = LEVEL_FIELDS[input.level];
  for (const field of ['district', 'communityCentreId', 'areaName', 'region'] as const) {
    // A COMMUNITY_CENTRE council may repeat its centre's district (checked against the centre).
    if (needed.includes(field) && c[field] === null) return err(badInput(`a ${input.level} council names its ${field}`, field));
    if (!needed.includes(field) && c[field] !== null && !(field === 'district' && input.level === 'COMMUNITY_CENTRE'))
      return err(badInput(`a ${input.level} council has no ${field}`, field));
  }
  if (c.region !== null && !/(도|시)$/.test(c.region)) return err(badInput('region is a province or city (…도, …시)', 'region'));
  if (c.formedOn > today) return err(badInput('formedOn must not be in the future', 'formedOn'));
  const members = checkMembers(input.members);
  if (!members.ok) return members;
  const targets = checkMeetingTargets(input.meetingTargets ?? []);
  if (!targets.ok) return targets;
  return ok({
    _id: c.id,
    name: c.name,
    level: input.level,
    district: c.district,
    communityCentreId: c.communityCentreId,
    areaName: c.areaName,
    region: c.region,
    agencyId: c.agencyId,
    source: c.source,
    formedOn: c.formedOn,
    status: 'ACTIVE',
    dissolvedOn: null,
    members: members.value,
    meetingTargets: targets.value,
  });
}

/** ACTIVE → DISSOLVED, once, not before it was formed nor in the future. */
export function planDissolution(c: PublicPrivateCouncilDoc, dissolvedOn: string, today: string): Result<string> {
  const date = checkDate(dissolvedOn, 'dissolvedOn');
  if (!date.ok) return date;
  if (c.status !== 'ACTIVE') return err(invalidTransition('PublicPrivateCouncil', c._id, c.status, 'DISSOLVED'));
  if (date.value < c.formedOn) return err(badInput(`dissolvedOn must not be before ${c.formedOn}`, 'dissolvedOn'));
  if (date.value > today) return err(badInput('dissolvedOn must not be in the future', 'dissolvedOn'));
  return ok(date.value);
}

// ---------------------------------------------------------------- meetings

export interface MeetingFollowUpInput {
  id: string;
  action: string;
  ownerMemberId?: string | null;
  dueOn?: string | null;
}

export interface HoldNetworkMeetingInput {
  id: string;
  councilId: string;
  kind: MeetingKind;
  heldOn: string;
  district?: string | null;
  agenda: string[];
  attendeeMemberIds: string[];
  otherAttendeeCount?: number | null;
  resolutions?: string[] | null;
  followUps?: MeetingFollowUpInput[] | null;
}

const checkTexts = (values: readonly string[], field: string, max: number): Result<string[]> => {
  const out: string[] = [];
  for (const [i, text] of values.entries()) {
    const r = checkNoPii(text, `${field}[${i}]`, max);
    if (!r.ok) return r;
    out.push(r.value);
  }
  return ok(out);
};

/** The shape of a meeting input, before its council is known. */
export function validateMeetingInput(input: HoldNetworkMeetingInput): Result<HoldNetworkMeetingInput> {
  const v = all({
    id: checkId(input.id),
    councilId: checkId(input.councilId, 'councilId'),
    heldOn: checkDate(input.heldOn, 'heldOn'),
    district: optional(input.district, (x) => checkDistrict(x)),
    agenda: checkTexts(input.agenda, 'agenda', 200),
    otherAttendeeCount: checkInt(input.otherAttendeeCount ?? 0, 'otherAttendeeCount', 0, 10_000),
    resolutions: checkTexts(input.resolutions ?? [], 'resolutions', 500),
  });
  if (!v.ok) return v;
  if (v.value.agenda.length === 0 || v.value.agenda.length > 30) return err(badInput('agenda has 1 to 30 items', 'agenda'));
  if (v.value.resolutions.length > 30) return err(badInput('at most 30 resolutions', 'resolutions'));
  for (const [i, id] of input.attendeeMemberIds.entries()) {
    const r = checkId(id, `attendeeMemberIds[${i}]`);
    if (!r.ok) return r;
  }
  if (new Set(input.attendeeMemberIds).size !== input.attendeeMemberIds.length)
    return err(badInput('attendeeMemberIds must not repeat', 'attendeeMemberIds'));
  if (input.attendeeMemberIds.length + v.value.otherAttendeeCount === 0)
    return err(badInput('a meeting has at least one attendee', 'attendeeMemberIds'));
  const followUps: MeetingFollowUpInput[] = [];
  for (const [i, f] of (input.followUps ?? []).entries()) {
    const fv = all({
      id: checkId(f.id, `followUps[${i}].id`),
      action: checkNoPii(f.action, `followUps[${i}].action`, 300),
      ownerMemberId: optional(f.ownerMemberId, (x) => checkId(x, `followUps[${i}].ownerMemberId`)),
      dueOn: optional(f.dueOn, (x) => checkDate(x, `followUps[${i}].dueOn`)),
    });
    if (!fv.ok) return fv;
    followUps.push(fv.value);
  }
  if (new Set(followUps.map((f) => f.id)).size !== followUps.length) return err(badInput('follow-up ids must not repeat', 'followUps'));
  return ok({ ...v.value, kind: input.kind, attendeeMemberIds: [...input.attendeeMemberIds], followUps });
}

/** A checked meeting input held by `council`: the meeting to store, or why it may not be. */
export function planMeeting(
  council: PublicPrivateCouncilDoc,
  m: HoldNetworkMeetingInput,
  today: string,
  now: Date,
): Result<NetworkMeetingDoc> {
  if (council.status !== 'ACTIVE')
    return err(
      conflict(`council "${council._id}" was dissolved on ${council.dissolvedOn ?? '?'}; it holds no meetings`, {
        reason: 'COUNCIL_DISSOLVED',
        id: council._id,
      }),
    );
  if (m.heldOn < council.formedOn) return err(badInput(`heldOn must not be before the council was formed (${council.formedOn})`, 'heldOn'));
  if (m.heldOn > today) return err(badInput('heldOn must not be in the future', 'heldOn'));
  let district = m.district ?? council.district;
  if (council.district !== null && district !== council.district)
    return err(badInput(`council "${council._id}" meets in ${council.district}`, 'district'));
  district = district ?? null;
  const members = new Set(council.members.map((x) => x.memberId));
  const stranger = m.attendeeMemberIds.find((id) => !members.has(id));
  if (stranger) return err(badInput(`"${stranger}" is not a member of council "${council._id}"`, 'attendeeMemberIds'));
  const followUps = m.followUps ?? [];
  for (const f of followUps) {
    if (f.ownerMemberId != null && !members.has(f.ownerMemberId))
      return err(badInput(`"${f.ownerMemberId}" is not a member of council "${council._id}"`, 'followUps'));
    if (f.dueOn != null && f.dueOn < m.heldOn) return err(badInput('a follow-up is not due before the meeting', 'followUps'));
  }
  return ok({
    _id: m.id,
    councilId: council._id,
    kind: m.kind,
    heldOn: m.heldOn,
    year: Number(m.heldOn.slice(0, 4)),
    district,
    agenda: [...m.agenda],
    attendeeMemberIds: [...m.attendeeMemberIds],
    otherAttendeeCount: m.otherAttendeeCount ?? 0,
    resolutions: [...(m.resolutions ?? [])],
    followUps: followUps.map((f) => ({
      id: f.id,
      action: f.action,
      ownerMemberId: f.ownerMemberId ?? null,
      dueOn: f.dueOn ?? null,
      status: 'OPEN' as const,
      completedOn: null,
    })),
    recordedAt: now,
  });
}

/** OPEN → DONE for one follow-up: the meeting's follow-ups after the change. */
export function planFollowUpCompletion(
  meeting: NetworkMeetingDoc,
  followUpId: string,
  completedOn: string,
  today: string,
): Result<MeetingFollowUp[]> {
  const v = all({ followUpId: checkId(followUpId, 'followUpId'), completedOn: checkDate(completedOn, 'completedOn') });
  if (!v.ok) return v;
  const f = meeting.followUps.find((x) => x.id === v.value.followUpId);
  if (!f) return err(notFound('MeetingFollowUp', `${meeting._id}/${v.value.followUpId}`));
  if (f.status !== 'OPEN') return err(invalidTransition('MeetingFollowUp', f.id, f.status, 'DONE'));
  if (v.value.completedOn < meeting.heldOn)
    return err(badInput(`completedOn must not be before the meeting (${meeting.heldOn})`, 'completedOn'));
  if (v.value.completedOn > today) return err(badInput('completedOn must not be in the future', 'completedOn'));
  return ok(meeting.followUps.map((x) => (x.id === f.id ? { ...x, status: 'DONE' as const, completedOn: v.value.completedOn } : x)));
}

export interface MeetingProgress {
  kind: MeetingKind;
  target: number | null;
  held: number;
  met: boolean | null;
}

/** Meetings held in `year` per kind against the year's targets: every kind with a target or a meeting. */
export function meetingProgress(
  targets: readonly MeetingTarget[],
  meetings: readonly Pick<NetworkMeetingDoc, 'kind' | 'year'>[],
  year: number,
): MeetingProgress[] {
  return MEETING_KINDS.flatMap((kind) => {
    const target = targets.find((t) => t.year === year && t.kind === kind)?.count ?? null;
    const held = meetings.filter((m) => m.year === year && m.kind === kind).length;
    if (target === null && held === 0) return [];
    return [{ kind, target, held, met: target === null ? null : held >= target }];
  });
}

/** pass.outreach.NetworkMeetingHeld.v1: ids, counts and places; no agenda or resolution text, no names. */
export const networkMeetingHeld = (council: PublicPrivateCouncilDoc | ValidCouncil, m: NetworkMeetingDoc) => {
  const sectors = new Map(council.members.map((x) => [x.memberId, x.sector]));
  return {
    meetingId: m._id,
    councilId: council._id,
    councilLevel: council.level,
    agencyId: council.agencyId,
    district: m.district,
    kind: m.kind,
    heldOn: m.heldOn,
    publicMembersPresent: m.attendeeMemberIds.filter((id) => sectors.get(id) === 'PUBLIC').length,
    privateMembersPresent: m.attendeeMemberIds.filter((id) => sectors.get(id) === 'PRIVATE').length,
    otherAttendeeCount: m.otherAttendeeCount,
    resolutionCount: m.resolutions.length,
    followUpCount: m.followUps.length,
  };
};

// ---------------------------------------------------------------- data access

export function createCouncilModels(db: Connection) {
  const str = { type: String, required: true };
  const nullable = { type: String, default: null };
  const member = new Schema({ memberId: str, sector: str, organisationKind: str, organisationName: nullable, role: str }, { _id: false });
  const target = new Schema(
    { year: { type: Number, required: true }, kind: str, count: { type: Number, required: true }, source: str },
    { _id: false },
  );
  const council = aggregateSchema<PublicPrivateCouncilDoc>('public_private_councils', {
    name: str,
    level: str,
    district: nullable,
    communityCentreId: nullable,
    areaName: nullable,
    region: nullable,
    agencyId: nullable,
    source: str,
    formedOn: str,
    status: str,
    dissolvedOn: nullable,
    members: { type: [member], default: [] },
    meetingTargets: { type: [target], default: [] },
    registeredAt: { type: Date, required: true },
  });
  council.index({ district: 1 });
  const followUp = new Schema(
    { id: str, action: str, ownerMemberId: nullable, dueOn: nullable, status: str, completedOn: nullable },
    { _id: false },
  );
  const meeting = aggregateSchema<NetworkMeetingDoc>('network_meetings', {
    councilId: str,
    kind: str,
    heldOn: str,
    year: { type: Number, required: true },
    district: nullable,
    agenda: { type: [String], default: [] },
    attendeeMemberIds: { type: [String], default: [] },
    otherAttendeeCount: { type: Number, required: true, default: 0 },
    resolutions: { type: [String], default: [] },
    followUps: { type: [followUp], default: [] },
    recordedAt: { type: Date, required: true },
  });
  meeting.index({ councilId: 1 });
  meeting.index({ district: 1, year: 1 });
  return {
    PublicPrivateCouncil: db.model<PublicPrivateCouncilDoc>('PublicPrivateCouncil', council),
    NetworkMeeting: db.model<NetworkMeetingDoc>('NetworkMeeting', meeting),
  };
}
export type CouncilModels = ReturnType<typeof createCouncilModels>;

// ---------------------------------------------------------------- resolvers

interface CouncilLoaders {
  publicPrivateCouncil: DataLoader<string, PublicPrivateCouncilDoc | null>;
  networkMeeting: DataLoader<string, NetworkMeetingDoc | null>;
  meetingsByCouncil: DataLoader<string, NetworkMeetingDoc[]>;
  communityCentre: DataLoader<string, { _id: string; district: string } | null>;
}

/**
 * A council's changes need its district in the caller's scope; a province-wide network (no district)
 * is changed by admin only (an outreach worker's scope is districts).
 */
export function requireCouncilScope(caller: Caller, council: Pick<PublicPrivateCouncilDoc, '_id' | 'district'>): void {
  if (council.district !== null) return requireDistrict(caller, council.district, `council "${council._id}"`);
  if (!coversDistrict(caller, null))
    throw new DomainError('FORBIDDEN', `council "${council._id}" is province-wide; only admin changes it`, { id: council._id });
}

const byDateThenId = (a: NetworkMeetingDoc, b: NetworkMeetingDoc): number => a.heldOn.localeCompare(b.heldOn) || a._id.localeCompare(b._id);
const optionalDistrict = (d: string | null | undefined): string | null => (d == null ? null : unwrap(checkDistrict(d)));

export function councilResolvers<L extends CouncilLoaders>(models: CouncilModels, runtime: Runtime) {
  type Ctx = SubgraphContext<L>;
  const { outbox, publish } = runtime;

  const loadCouncil = async (ctx: Ctx, id: string): Promise<PublicPrivateCouncilDoc> => {
    const c = await ctx.loaders.publicPrivateCouncil.clear(id).load(id);
    if (!c) throw notFound('PublicPrivateCouncil', id);
    return c;
  };

  const meetingsOf = async (ctx: Ctx, councilId: string, year: number | null): Promise<NetworkMeetingDoc[]> =>
    (await ctx.loaders.meetingsByCouncil.load(councilId)).filter((m) => year === null || m.year === year).sort(byDateThenId);

  return {
    Query: {
      publicPrivateCouncil: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.publicPrivateCouncil.load(unwrap(checkId(args.id))),
      publicPrivateCouncils: (_: unknown, args: { district?: string | null; status?: CouncilStatus | null }) => {
        const filter: FilterQuery<PublicPrivateCouncilDoc> = {};
        const district = optionalDistrict(args.district);
        if (district !== null) filter.district = district;
        if (args.status) filter.status = args.status;
        return models.PublicPrivateCouncil.find(filter).sort({ _id: 1 }).lean<PublicPrivateCouncilDoc[]>().exec();
      },
      networkMeeting: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.networkMeeting.load(unwrap(checkId(args.id))),
      networkMeetings: async (_: unknown, args: { councilId?: string | null; district?: string | null; year?: number | null }) => {
        const filter: FilterQuery<NetworkMeetingDoc> = {};
        if (args.councilId != null) filter.councilId = unwrap(checkId(args.councilId, 'councilId'));
        const district = optionalDistrict(args.district);
        if (district !== null) filter.district = district;
        if (args.year != null) filter.year = unwrap(checkYear(args.year));
        const found = await models.NetworkMeeting.find(filter).lean<NetworkMeetingDoc[]>().exec();
        return found.sort(byDateThenId);
      },
    },
    Mutation: {
      registerPublicPrivateCouncil: async (_: unknown, args: { input: RegisterPublicPrivateCouncilInput }, ctx: Ctx) => {
        const c = unwrap(validateCouncil(args.input, todayInSeoul()));
        if (c.communityCentreId !== null) {
          const centre = await ctx.loaders.communityCentre.load(c.communityCentreId);
          if (!centre) throw notFound('CommunityCentre', c.communityCentreId);
          if (c.district !== null && c.district !== centre.district)
            throw badInput(`community centre "${centre._id}" is in ${centre.district}`, 'district');
          c.district = centre.district;
        }
        requireCouncilScope(ctx.caller, c);
        return insertAggregate(models.PublicPrivateCouncil, { ...c, registeredAt: new Date() }, [], publish, 'council');
      },
      dissolvePublicPrivateCouncil: (_: unknown, args: { input: { councilId: string; dissolvedOn: string } }, ctx: Ctx) => {
        const id = unwrap(checkId(args.input.councilId, 'councilId'));
        return withDocument(models.PublicPrivateCouncil, id, async () => {
          const c = await loadCouncil(ctx, id);
          requireCouncilScope(ctx.caller, c);
          const dissolvedOn = unwrap(planDissolution(c, args.input.dissolvedOn, todayInSeoul()));
          const updated = await models.PublicPrivateCouncil.findOneAndUpdate(
            { _id: id, status: 'ACTIVE' },
            { $set: { status: 'DISSOLVED', dissolvedOn } },
            { new: true },
          )
            .lean<PublicPrivateCouncilDoc>()
            .exec();
          ctx.loaders.publicPrivateCouncil.clear(id);
          if (!updated) throw invalidTransition('PublicPrivateCouncil', id, 'DISSOLVED', 'DISSOLVED');
          ctx.loaders.publicPrivateCouncil.prime(id, updated);
          return updated;
        });
      },
      holdNetworkMeeting: async (_: unknown, args: { input: HoldNetworkMeetingInput }, ctx: Ctx) => {
        const m = unwrap(validateMeetingInput(args.input));
        // Under the council's lock: a dissolution cannot slip in between the check and the insert.
        return withDocument(models.PublicPrivateCouncil, m.councilId, async () => {
          const council = await loadCouncil(ctx, m.councilId);
          requireCouncilScope(ctx.caller, council);
          const meeting = unwrap(planMeeting(council, m, todayInSeoul(), new Date()));
          const event = outbox.entry(EventTypes.NetworkMeetingHeld, networkMeetingHeld(council, meeting));
          const created = await insertAggregate(models.NetworkMeeting, meeting, [event], publish, 'network meeting');
          ctx.loaders.meetingsByCouncil.clear(council._id);
          return created;
        });
      },
      completeMeetingFollowUp: (_: unknown, args: { input: { meetingId: string; followUpId: string; completedOn: string } }, ctx: Ctx) => {
        const id = unwrap(checkId(args.input.meetingId, 'meetingId'));
        return withDocument(models.NetworkMeeting, id, async () => {
          const meeting = await ctx.loaders.networkMeeting.clear(id).load(id);
          if (!meeting) throw notFound('NetworkMeeting', id);
          const council = await loadCouncil(ctx, meeting.councilId);
          requireCouncilScope(ctx.caller, council);
          const followUps = unwrap(planFollowUpCompletion(meeting, args.input.followUpId, args.input.completedOn, todayInSeoul()));
          const updated = await models.NetworkMeeting.findOneAndUpdate({ _id: id }, { $set: { followUps } }, { new: true })
            .lean<NetworkMeetingDoc>()
            .exec();
          if (!updated) throw notFound('NetworkMeeting', id);
          ctx.loaders.networkMeeting.clear(id).prime(id, updated);
          return updated;
        });
      },
    },
    PublicPrivateCouncil: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.publicPrivateCouncil.load(ref.id),
      id: (c: PublicPrivateCouncilDoc) => c._id,
      district: (c: PublicPrivateCouncilDoc) => (c.district === null ? null : { name: c.district }),
      communityCentre: (c: PublicPrivateCouncilDoc, _: unknown, ctx: Ctx) =>
        c.communityCentreId === null ? null : ctx.loaders.communityCentre.load(c.communityCentreId),
      meetings: (c: PublicPrivateCouncilDoc, args: { year?: number | null }, ctx: Ctx) =>
        meetingsOf(ctx, c._id, args.year == null ? null : unwrap(checkYear(args.year))),
      meetingProgress: async (c: PublicPrivateCouncilDoc, args: { year: number }, ctx: Ctx) => {
        const year = unwrap(checkYear(args.year));
        return meetingProgress(c.meetingTargets, await meetingsOf(ctx, c._id, year), year);
      },
    },
    NetworkMeeting: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.networkMeeting.load(ref.id),
      id: (m: NetworkMeetingDoc) => m._id,
      council: async (m: NetworkMeetingDoc, _: unknown, ctx: Ctx) => {
        const c = await ctx.loaders.publicPrivateCouncil.load(m.councilId);
        if (!c) throw notFound('PublicPrivateCouncil', m.councilId);
        return c;
      },
      district: (m: NetworkMeetingDoc) => (m.district === null ? null : { name: m.district }),
      attendeeCount: (m: NetworkMeetingDoc) => m.attendeeMemberIds.length + m.otherAttendeeCount,
    },
  };
}
