/**
 * Committees (위원회), their meetings (회의) and resolutions (의결).
 *
 * Rules: a meeting is quorate when a majority of the committee's members (재적 과반수) attend;
 * a resolution is adopted (가결) when a quorate meeting gives it a majority of those present
 * (출석 과반수 찬성), rejected (부결) otherwise, or held over (보류); a meeting below quorum
 * cannot decide anything. A personnel committee's adopted resolution may carry personnel
 * actions (승진, 징계), which staffing applies from the ResolutionAdopted event.
 */
import type { Runtime } from './contract';
import { EventTypes } from '@pass-graph/contracts';
import {
  all,
  badInput,
  checkDate,
  checkEnum,
  checkId,
  checkInt,
  checkText,
  conflict,
  err,
  insertAggregate,
  invalidTransition,
  withDocument,
  notFound,
  ok,
  aggregateSchema,
  unwrap,
  type Result,
  type SubgraphContext,
} from '@pass-graph/platform';
import type DataLoader from 'dataloader';
import { Schema, type Connection } from 'mongoose';

export const COMMITTEE_KINDS = ['BOARD', 'OPERATING', 'PERSONNEL', 'ADVISORY', 'HUMAN_RIGHTS', 'ESG', 'GRIEVANCE', 'SUBCOMMITTEE'] as const;
export type CommitteeKind = (typeof COMMITTEE_KINDS)[number];
export type ResolutionOutcome = 'ADOPTED' | 'REJECTED' | 'HELD';
export const PERSONNEL_ACTIONS = ['PROMOTION', 'DISCIPLINE'] as const;
export type PersonnelActionKind = (typeof PERSONNEL_ACTIONS)[number];
export const GRADES = ['GRADE_1', 'GRADE_2', 'GRADE_3', 'GRADE_4', 'GRADE_5', 'GRADE_6', 'NA', 'DA'] as const;

export interface CommitteeDoc {
  _id: string;
  agencyId: string;
  name: string;
  kind: CommitteeKind;
  /** 재적 위원 수 */
  memberCount: number;
  plannedMeetingsPerYear: number;
}

export interface MeetingDoc {
  _id: string;
  committeeId: string;
  heldOn: string;
  attendees: number;
  agenda: string[];
  quorate: boolean;
}

export interface PersonnelAction {
  kind: PersonnelActionKind;
  employeeId: string;
  /** For PROMOTION: the new grade. */
  toGrade: string | null;
  /** For DISCIPLINE: what was decided (견책, 감봉 …). */
  note: string | null;
}

export interface ResolutionDoc {
  _id: string;
  meetingId: string;
  committeeId: string;
  agencyId: string;
  title: string;
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
  outcome: ResolutionOutcome;
  personnelActions: PersonnelAction[];
  followUpOwner: string | null;
  followUpStatus: 'NONE' | 'OPEN' | 'DONE';
}

// ---------------------------------------------------------------- rules

/** 재적 과반수 출석. */
export const isQuorate = (memberCount: number, attendees: number): boolean => attendees * 2 > memberCount;

/** 출석 과반수 찬성; `hold` keeps it for a later meeting. */
export function resolutionOutcome(
  attendees: number,
  votes: { for: number; against: number; abstain: number },
  hold: boolean,
): ResolutionOutcome {
  if (hold) return 'HELD';
  return votes.for * 2 > attendees ? 'ADOPTED' : 'REJECTED';
}

export interface CommitteeInput {
  id: string;
  agencyId: string;
  name: string;
  kind: CommitteeKind;
  memberCount: number;
  plannedMeetingsPerYear: number;
}

export function validateCommittee(input: CommitteeInput): Result<CommitteeInput> {
  return all({
    id: checkId(input.id),
    agencyId: checkId(input.agencyId, 'agencyId'),
    name: checkText(input.name, 'name', 60),
    kind: checkEnum(input.kind, COMMITTEE_KINDS, 'kind'),
    memberCount: checkInt(input.memberCount, 'memberCount', 1, 200),
    plannedMeetingsPerYear: checkInt(input.plannedMeetingsPerYear, 'plannedMeetingsPerYear', 0, 365),
  });
}

export interface MeetingInput {
  id: string;
  committeeId: string;
  heldOn: string;
  attendees: number;
  agenda: string[];
}

export function validateMeeting(input: MeetingInput, memberCount: number): Result<Omit<MeetingDoc, '_id'> & { id: string }> {
  const v = all({
    id: checkId(input.id),
    committeeId: checkId(input.committeeId, 'committeeId'),
    heldOn: checkDate(input.heldOn, 'heldOn'),
    attendees: checkInt(input.attendees, 'attendees', 0, memberCount),
  });
  if (!v.ok) return v;
  const agenda: string[] = [];
  for (const item of input.agenda) {
    const t = checkText(item, 'agenda', 200);
    if (!t.ok) return t;
    agenda.push(t.value);
  }
  return ok({ ...v.value, agenda, quorate: isQuorate(memberCount, v.value.attendees) });
}

export interface ResolutionInput {
  id: string;
  meetingId: string;
  title: string;
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
  hold?: boolean | null;
  personnelActions?: { kind: PersonnelActionKind; employeeId: string; toGrade?: string | null; note?: string | null }[] | null;
  followUpOwner?: string | null;
}

export function validateResolution(
  input: ResolutionInput,
  meeting: Pick<MeetingDoc, 'attendees' | 'quorate'>,
  committeeKind: CommitteeKind,
): Result<Omit<ResolutionDoc, '_id' | 'meetingId' | 'committeeId' | 'agencyId'> & { id: string }> {
  const v = all({
    id: checkId(input.id),
    title: checkText(input.title, 'title', 200),
    votesFor: checkInt(input.votesFor, 'votesFor', 0, 200),
    votesAgainst: checkInt(input.votesAgainst, 'votesAgainst', 0, 200),
    abstentions: checkInt(input.abstentions, 'abstentions', 0, 200),
    followUpOwner: input.followUpOwner == null ? ok(null) : checkText(input.followUpOwner, 'followUpOwner', 60),
  });
  if (!v.ok) return v;
  const { votesFor, votesAgainst, abstentions } = v.value;
  if (!meeting.quorate)
    return err(conflict('the meeting was below quorum (재적 과반수): it cannot decide resolutions', { reason: 'NO_QUORUM' }));
  if (votesFor + votesAgainst + abstentions !== meeting.attendees)
    return err(
      badInput(`votes (${votesFor + votesAgainst + abstentions}) must add up to the ${meeting.attendees} members present`, 'votesFor'),
    );
  const actions: PersonnelAction[] = [];
  for (const a of input.personnelActions ?? []) {
    const employeeId = checkId(a.employeeId, 'personnelActions');
    if (!employeeId.ok) return employeeId;
    if (a.kind === 'PROMOTION') {
      if (a.toGrade == null) return err(badInput('a PROMOTION names the new grade (toGrade)', 'personnelActions'));
      const grade = checkEnum(a.toGrade, GRADES, 'personnelActions');
      if (!grade.ok) return grade;
    }
    const note = a.note == null ? ok(null) : checkText(a.note, 'personnelActions', 200);
    if (!note.ok) return note;
    actions.push({
      kind: a.kind,
      employeeId: employeeId.value,
      toGrade: a.kind === 'PROMOTION' ? (a.toGrade ?? null) : null,
      note: note.value,
    });
  }
  if (actions.length > 0 && committeeKind !== 'PERSONNEL' && committeeKind !== 'BOARD')
    return err(badInput('only the personnel committee or the board decides personnel actions', 'personnelActions'));
  const outcome = resolutionOutcome(meeting.attendees, { for: votesFor, against: votesAgainst, abstain: abstentions }, input.hold === true);
  return ok({
    ...v.value,
    outcome,
    personnelActions: actions,
    followUpStatus: outcome === 'ADOPTED' && v.value.followUpOwner !== null ? 'OPEN' : 'NONE',
  });
}

// ---------------------------------------------------------------- data access

export function createCommitteeModels(db: Connection) {
  const str = { type: String, required: true };
  const num = { type: Number, required: true };
  return {
    Committee: db.model<CommitteeDoc>(
      'Committee',
      aggregateSchema<CommitteeDoc>(
        'committees',
        { agencyId: str, name: str, kind: str, memberCount: num, plannedMeetingsPerYear: num },
        { indexes: [{ agencyId: 1, _id: 1 }] },
      ),
    ),
    Meeting: db.model<MeetingDoc>(
      'Meeting',
      aggregateSchema<MeetingDoc>(
        'meetings',
        {
          committeeId: str,
          heldOn: str,
          attendees: num,
          agenda: { type: [String], default: [] },
          quorate: Boolean,
        },
        { indexes: [{ committeeId: 1, heldOn: 1 }] },
      ),
    ),
    Resolution: db.model<ResolutionDoc>(
      'Resolution',
      aggregateSchema<ResolutionDoc>(
        'resolutions',
        {
          meetingId: str,
          committeeId: str,
          agencyId: str,
          title: str,
          votesFor: num,
          votesAgainst: num,
          abstentions: num,
          outcome: str,
          personnelActions: { type: [Schema.Types.Mixed], default: [] },
          followUpOwner: { type: String, default: null },
          followUpStatus: str,
        },
        { indexes: [{ meetingId: 1, _id: 1 }] },
      ),
    ),
  };
}
export type CommitteeModels = ReturnType<typeof createCommitteeModels>;

// ---------------------------------------------------------------- graph

interface CommitteeLoaders {
  agency: DataLoader<string, unknown>;
  committee: DataLoader<string, CommitteeDoc | null>;
  meetingsByCommittee: DataLoader<string, MeetingDoc[]>;
  resolutionsByMeeting: DataLoader<string, ResolutionDoc[]>;
}

export function committeeResolvers<L extends CommitteeLoaders>(models: CommitteeModels, runtime: Runtime) {
  type Ctx = SubgraphContext<L>;
  const { outbox, publish } = runtime;
  return {
    Query: {
      committees: (_: unknown, args: { agencyId: string }) =>
        models.Committee.find({ agencyId: unwrap(checkId(args.agencyId, 'agencyId')) })
          .sort({ _id: 1 })
          .lean()
          .exec(),
      committee: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.committee.load(unwrap(checkId(args.id))),
    },
    Mutation: {
      registerCommittee: async (_: unknown, args: { input: CommitteeInput }, ctx: Ctx) => {
        const c = unwrap(validateCommittee(args.input));
        if (!(await ctx.loaders.agency.load(c.agencyId))) throw notFound('Agency', c.agencyId);
        const { id, ...fields } = c;
        const event = outbox.entry(EventTypes.CommitteeRegistered, { committeeId: id, ...fields });
        return insertAggregate(models.Committee, { _id: id, ...fields }, [event], publish, 'committee');
      },
      recordMeeting: async (_: unknown, args: { input: MeetingInput }, ctx: Ctx) => {
        const committee = await ctx.loaders.committee.load(unwrap(checkId(args.input.committeeId, 'committeeId')));
        if (!committee) throw notFound('Committee', args.input.committeeId);
        const m = unwrap(validateMeeting(args.input, committee.memberCount));
        const { id, ...fields } = m;
        const event = outbox.entry(EventTypes.MeetingHeld, {
          meetingId: id,
          committeeId: committee._id,
          agencyId: committee.agencyId,
          kind: committee.kind,
          heldOn: m.heldOn,
          attendees: m.attendees,
          quorate: m.quorate,
        });
        return insertAggregate(models.Meeting, { _id: id, ...fields }, [event], publish, 'meeting');
      },
      /** 환류: the follow-up of an adopted resolution is done (OPEN → DONE). */
      completeResolutionFollowUp: async (_: unknown, args: { id: string }) => {
        const id = unwrap(checkId(args.id));
        return withDocument(models.Resolution, id, async () => {
          const r = await models.Resolution.findById(id).lean();
          if (!r) throw notFound('Resolution', id);
          if (r.followUpStatus !== 'OPEN') throw invalidTransition('Resolution', id, r.followUpStatus, 'DONE');
          return models.Resolution.findOneAndUpdate(
            { _id: id, followUpStatus: 'OPEN' },
            { $set: { followUpStatus: 'DONE' } },
            { new: true },
          )
            .lean()
            .exec();
        });
      },
      recordResolution: async (_: unknown, args: { input: ResolutionInput }) => {
        const meetingId = unwrap(checkId(args.input.meetingId, 'meetingId'));
        const meeting = await models.Meeting.findById(meetingId).lean();
        if (!meeting) throw notFound('Meeting', meetingId);
        const committee = await models.Committee.findById(meeting.committeeId).lean();
        if (!committee) throw notFound('Committee', meeting.committeeId);
        const r = unwrap(validateResolution(args.input, meeting, committee.kind));
        const { id, ...fields } = r;
        const doc = { _id: id, meetingId, committeeId: committee._id, agencyId: committee.agencyId, ...fields };
        const recorded = outbox.entry(EventTypes.ResolutionRecorded, {
          resolutionId: id,
          meetingId,
          committeeId: committee._id,
          agencyId: committee.agencyId,
          outcome: r.outcome,
        });
        const events = [recorded];
        if (r.outcome === 'ADOPTED')
          events.push(
            outbox.entry(EventTypes.ResolutionAdopted, {
              resolutionId: id,
              committeeId: committee._id,
              committeeKind: committee.kind,
              agencyId: committee.agencyId,
              decidedOn: meeting.heldOn,
              personnelActions: r.personnelActions,
            }),
          );
        return insertAggregate(models.Resolution, doc, events, publish, 'resolution');
      },
    },
    Committee: {
      id: (c: CommitteeDoc) => c._id,
      agency: (c: CommitteeDoc, _: unknown, ctx: Ctx) => ctx.loaders.agency.load(c.agencyId),
      meetings: (c: CommitteeDoc, args: { year?: number | null }, ctx: Ctx) =>
        ctx.loaders.meetingsByCommittee
          .load(c._id)
          .then((ms) => (args.year == null ? ms : ms.filter((m) => m.heldOn.startsWith(String(args.year))))),
      meetingsHeld: async (c: CommitteeDoc, args: { year: number }, ctx: Ctx) =>
        (await ctx.loaders.meetingsByCommittee.load(c._id)).filter((m) => m.heldOn.startsWith(String(args.year))).length,
    },
    Meeting: {
      id: (m: MeetingDoc) => m._id,
      resolutions: (m: MeetingDoc, _: unknown, ctx: Ctx) => ctx.loaders.resolutionsByMeeting.load(m._id),
    },
    Resolution: {
      id: (r: ResolutionDoc) => r._id,
    },
  };
}
