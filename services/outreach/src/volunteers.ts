/**
 * Resident volunteers (seed 002 L108–114, L57): 통반장 (neighbourhood heads) and 나눔이웃 (sharing
 * neighbours) — "지역실정을 잘 아는 지역토박이" used for 방문복지, managed per 동 (L113: 동 단위로
 * 관리·운영, with an allowance) and trained to find vulnerable households. 002 names no
 * 명예사회복지공무원, so there is no such type. A volunteer is kept under a pseudonymous display name
 * only: no real name, no phone number, no address (the security issue's PII rule).
 *
 * Rules: a volunteer belongs to one community centre (and so one district); ACTIVE → ENDED once,
 * not before they started and not before their last recorded visit. A visit may name its volunteer
 * visitor: only a NEIGHBOURHOOD_HEAD or VOLUNTEER visit, of the volunteer's type (통반장 ↔
 * NEIGHBOURHOOD_HEAD, 나눔이웃 ↔ VOLUNTEER), at the volunteer's centre, on a day they were active.
 */
import type { Runtime } from './contract';
import {
  aggregateSchema,
  all,
  badInput,
  checkDate,
  checkId,
  checkPage,
  conflict,
  err,
  insertAggregate,
  invalidTransition,
  notFound,
  ok,
  paginate,
  todayInSeoul,
  trusted,
  unwrap,
  withDocument,
  type Result,
  type SubgraphContext,
} from '@pass-graph/platform';
import type DataLoader from 'dataloader';
import type { Connection, FilterQuery } from 'mongoose';
import { checkDistrict, checkNoPii, type VisitorRole } from './domain';
import { districtFilter, readable, readScope, requireDistrict, visible } from './scope';

export type CommunityVolunteerType = 'NEIGHBOURHOOD_HEAD' | 'SHARING_NEIGHBOUR';
export type CommunityVolunteerStatus = 'ACTIVE' | 'ENDED';

/** The visitor role a volunteer's visits carry. */
export const VISITOR_ROLE_OF: Readonly<Record<CommunityVolunteerType, VisitorRole>> = {
  NEIGHBOURHOOD_HEAD: 'NEIGHBOURHOOD_HEAD',
  SHARING_NEIGHBOUR: 'VOLUNTEER',
};

export interface CommunityVolunteerDoc {
  _id: string;
  /** A pseudonym; never a real name. */
  displayName: string;
  type: CommunityVolunteerType;
  communityCentreId: string;
  district: string;
  activeFrom: string;
  activeTo: string | null;
  status: CommunityVolunteerStatus;
  registeredAt: Date;
}

export interface RegisterCommunityVolunteerInput {
  id: string;
  displayName: string;
  type: CommunityVolunteerType;
  communityCentreId: string;
  activeFrom: string;
}

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;

export function validateVolunteer(
  input: RegisterCommunityVolunteerInput,
  today: string,
): Result<Omit<CommunityVolunteerDoc, 'district' | 'registeredAt'>> {
  const v = all({
    id: checkId(input.id),
    displayName: checkNoPii(input.displayName, 'displayName', 40),
    communityCentreId: checkId(input.communityCentreId, 'communityCentreId'),
    activeFrom: checkDate(input.activeFrom, 'activeFrom'),
  });
  if (!v.ok) return v;
  if (EMAIL.test(v.value.displayName)) return err(badInput('displayName must not contain contact data', 'displayName'));
  if (v.value.activeFrom > today) return err(badInput('activeFrom must not be in the future', 'activeFrom'));
  const { id, ...rest } = v.value;
  return ok({ _id: id, ...rest, type: input.type, activeTo: null, status: 'ACTIVE' });
}

/** ACTIVE → ENDED once; not before the start, the last recorded visit or in the future. */
export function planVolunteerEnd(v: CommunityVolunteerDoc, activeTo: string, today: string, lastVisitOn: string | null): Result<string> {
  const date = checkDate(activeTo, 'activeTo');
  if (!date.ok) return date;
  if (v.status !== 'ACTIVE') return err(invalidTransition('CommunityVolunteer', v._id, v.status, 'ENDED'));
  if (date.value < v.activeFrom) return err(badInput(`activeTo must not be before ${v.activeFrom}`, 'activeTo'));
  if (date.value > today) return err(badInput('activeTo must not be in the future', 'activeTo'));
  if (lastVisitOn !== null && lastVisitOn > date.value)
    return err(badInput(`the volunteer visited on ${lastVisitOn}, after activeTo`, 'activeTo'));
  return ok(date.value);
}

export const isActiveOn = (v: Pick<CommunityVolunteerDoc, 'activeFrom' | 'activeTo'>, date: string): boolean =>
  v.activeFrom <= date && (v.activeTo === null || date <= v.activeTo);

/** Whether a visit may name this volunteer as its visitor. */
export function checkVisitVolunteer(
  v: CommunityVolunteerDoc,
  visit: { communityCentreId: string; visitorRole: VisitorRole; visitedOn: string },
): Result<CommunityVolunteerDoc> {
  if (visit.visitorRole === 'WELFARE_OFFICIAL') return err(badInput("a welfare official's visit names no volunteer", 'volunteerId'));
  if (VISITOR_ROLE_OF[v.type] !== visit.visitorRole)
    return err(badInput(`volunteer "${v._id}" is a ${v.type}; their visits are ${VISITOR_ROLE_OF[v.type]} visits`, 'visitorRole'));
  if (v.communityCentreId !== visit.communityCentreId)
    return err(badInput(`volunteer "${v._id}" serves community centre "${v.communityCentreId}"`, 'volunteerId'));
  if (!isActiveOn(v, visit.visitedOn)) return err(badInput(`volunteer "${v._id}" was not active on ${visit.visitedOn}`, 'visitedOn'));
  return ok(v);
}

export function createVolunteerModels(db: Connection) {
  const str = { type: String, required: true };
  const schema = aggregateSchema<CommunityVolunteerDoc>('community_volunteers', {
    displayName: str,
    type: str,
    communityCentreId: str,
    district: str,
    activeFrom: str,
    activeTo: { type: String, default: null },
    status: str,
    registeredAt: { type: Date, required: true },
  });
  schema.index({ district: 1 });
  schema.index({ communityCentreId: 1 });
  return { CommunityVolunteer: db.model<CommunityVolunteerDoc>('CommunityVolunteer', schema) };
}
export type VolunteerModels = ReturnType<typeof createVolunteerModels>;

// ---------------------------------------------------------------- resolvers

interface VisitLike {
  district: string;
  visitedOn: string;
}

interface VolunteerLoaders<V extends VisitLike> {
  communityVolunteer: DataLoader<string, CommunityVolunteerDoc | null>;
  visitsByVolunteer: DataLoader<string, V[]>;
  communityCentre: DataLoader<string, { _id: string; district: string } | null>;
}

export function volunteerResolvers<V extends VisitLike, L extends VolunteerLoaders<V>>(models: VolunteerModels, runtime: Runtime) {
  type Ctx = SubgraphContext<L>;
  const { publish } = runtime;
  return {
    Query: {
      communityVolunteer: async (_: unknown, args: { id: string }, ctx: Ctx) =>
        readable(
          readScope(ctx.caller),
          await ctx.loaders.communityVolunteer.load(unwrap(checkId(args.id))),
          `resident volunteer "${args.id}"`,
        ),
      communityVolunteers: (
        _: unknown,
        args: {
          first?: number;
          after?: string;
          district?: string | null;
          communityCentreId?: string | null;
          type?: CommunityVolunteerType | null;
          activeOn?: string | null;
        },
        ctx: Ctx,
      ) => {
        const district = args.district == null ? null : unwrap(checkDistrict(args.district));
        const filter: FilterQuery<CommunityVolunteerDoc> = districtFilter(readScope(ctx.caller), district);
        if (args.communityCentreId != null) filter.communityCentreId = unwrap(checkId(args.communityCentreId, 'communityCentreId'));
        if (args.type) filter.type = args.type;
        if (args.activeOn != null) {
          const on = unwrap(checkDate(args.activeOn, 'activeOn'));
          filter.activeFrom = trusted({ $lte: on });
          filter.$or = [{ activeTo: null }, { activeTo: trusted({ $gte: on }) }];
        }
        return paginate(models.CommunityVolunteer, filter, unwrap(checkPage(args)));
      },
    },
    Mutation: {
      registerCommunityVolunteer: async (_: unknown, args: { input: RegisterCommunityVolunteerInput }, ctx: Ctx) => {
        const v = unwrap(validateVolunteer(args.input, todayInSeoul()));
        const centre = await ctx.loaders.communityCentre.load(v.communityCentreId);
        if (!centre) throw notFound('CommunityCentre', v.communityCentreId);
        requireDistrict(ctx.caller, centre.district, `community centre "${centre._id}"`);
        return insertAggregate(
          models.CommunityVolunteer,
          { ...v, district: centre.district, registeredAt: new Date() },
          [],
          publish,
          'resident volunteer',
        );
      },
      endCommunityVolunteer: (_: unknown, args: { input: { volunteerId: string; activeTo: string } }, ctx: Ctx) => {
        const id = unwrap(checkId(args.input.volunteerId, 'volunteerId'));
        // The volunteer's lock: a visit naming them is recorded under it too (recordOutreachVisit).
        return withDocument(models.CommunityVolunteer, id, async () => {
          const v = await ctx.loaders.communityVolunteer.clear(id).load(id);
          if (!v) throw notFound('CommunityVolunteer', id);
          requireDistrict(ctx.caller, v.district, `resident volunteer "${id}"`);
          const visits = await ctx.loaders.visitsByVolunteer.clear(id).load(id);
          const last =
            visits
              .map((x) => x.visitedOn)
              .sort()
              .pop() ?? null;
          const activeTo = unwrap(planVolunteerEnd(v, args.input.activeTo, todayInSeoul(), last));
          const updated = await models.CommunityVolunteer.findOneAndUpdate(
            { _id: id, status: 'ACTIVE' },
            { $set: { status: 'ENDED', activeTo } },
            { new: true },
          )
            .lean<CommunityVolunteerDoc>()
            .exec();
          ctx.loaders.communityVolunteer.clear(id);
          if (!updated) throw conflict(`resident volunteer "${id}" was changed concurrently; retry`, { id });
          ctx.loaders.communityVolunteer.prime(id, updated);
          return updated;
        });
      },
    },
    CommunityVolunteer: {
      __resolveReference: async (ref: { id: string }, ctx: Ctx) =>
        readable(readScope(ctx.caller), await ctx.loaders.communityVolunteer.load(ref.id), `resident volunteer "${ref.id}"`),
      id: (v: CommunityVolunteerDoc) => v._id,
      district: (v: CommunityVolunteerDoc) => ({ name: v.district }),
      communityCentre: async (v: CommunityVolunteerDoc, _: unknown, ctx: Ctx) => {
        const c = await ctx.loaders.communityCentre.load(v.communityCentreId);
        if (!c) throw notFound('CommunityCentre', v.communityCentreId);
        return c;
      },
      visits: async (v: CommunityVolunteerDoc, _: unknown, ctx: Ctx) =>
        visible(readScope(ctx.caller), await ctx.loaders.visitsByVolunteer.load(v._id)),
    },
  };
}
