import type { Runtime } from './contract';
import { EventTypes } from '@pass-graph/contracts';
import {
  checkPage,
  DateScalar,
  DateTimeScalar,
  paginate,
  unwrap,
  checkId,
  checkText,
  classifyDatabaseError,
  conflict,
  notFound,
  trusted,
  type SubgraphContext,
} from '@pass-graph/platform';
import { withDocument } from '@pass-graph/platform';
import type { GraphQLResolverMap } from '@pass-graph/platform';
import type { QueryResolvers, Resolvers } from './generated/graphql';
import type { FilterQuery } from 'mongoose';
import {
  addDays,
  byBoardOrder,
  checkBoardComposition,
  checkDayCount,
  expiringWithin,
  isActiveOn,
  nextBoardSeq,
  seoulToday,
  validateAgency,
  validateAppointment,
  validateDistrict,
  type AppointBoardMemberInput,
  type BoardTerm,
  type RegisterAgencyInput,
  type RegisterDistrictInput,
} from './domain';
import { agencyRegistered, boardMemberAppointed, districtRegistered } from './events';
import type { Loaders } from './loaders';
import { orgUnitResolvers } from './org-units';
import { committeeResolvers } from './committees';
import { strategyResolvers } from './strategy';
import { oversightResolvers } from './oversight';
import { dataQualityResolvers } from './data-quality-resolvers';
import type { AgencyDoc, BoardMemberDoc, DistrictDoc, GovernanceModels as Models } from './models';

type Ctx = SubgraphContext<Loaders>;
/**
 * Checked against the SDL (`npm run codegen`): every root field needs a resolver, fields and arguments must exist.
 * `auditTrail` is resolved in service.ts, over the audit collection.
 */
type ServiceResolvers = Omit<Resolvers<Ctx>, 'Query'> &
  Required<Pick<Resolvers<Ctx>, 'Mutation'>> & { Query: Omit<QueryResolvers<Ctx>, 'auditTrail'> };

const toTerm = (m: BoardMemberDoc): BoardTerm => ({ id: m._id, role: m.role, termStart: m.termStart, termEnd: m.termEnd });
const boardOrder = (a: BoardMemberDoc, b: BoardMemberDoc): number => byBoardOrder(toTerm(a), toTerm(b));

export function createResolvers(models: Models, runtime: Runtime): GraphQLResolverMap<Ctx> {
  const { outbox } = runtime;
  const org = orgUnitResolvers<Loaders>(models.OrgUnit, runtime, EventTypes.OrgUnitRegistered);
  const committees = committeeResolvers<Loaders>(models, runtime);
  const strategy = strategyResolvers<Loaders>(models, runtime);
  const dataQuality = dataQualityResolvers();
  const oversight = oversightResolvers(models, runtime, async (id) => (await models.Agency.exists({ _id: id })) !== null);
  return {
    Date: DateScalar,
    DateTime: DateTimeScalar,
    Query: {
      ...org.Query,
      ...committees.Query,
      ...strategy.Query,
      ...oversight.Query,
      ...dataQuality.Query,
      agency: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.agency.load(unwrap(checkId(args.id))),
      agencies: () => models.Agency.find().sort({ _id: 1 }).limit(100).lean<AgencyDoc[]>().exec(),
      district: (_: unknown, args: { name: string }, ctx: Ctx) => ctx.loaders.district.load(unwrap(checkText(args.name, 'name', 20))),
      districts: async (_: unknown, args: { province?: string | null; first?: number; after?: string }) => {
        const filter: FilterQuery<DistrictDoc> = {};
        if (args.province != null) filter.province = unwrap(checkText(args.province, 'province', 30));
        return paginate(models.District, filter, unwrap(checkPage(args)));
      },
      boardMember: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.boardMember.load(unwrap(checkId(args.id))),
      boardMembers: async (_: unknown, args: { agencyId: string; expiringWithinDays?: number | null; asOf?: string | null }) => {
        const agencyId = unwrap(checkId(args.agencyId, 'agencyId'));
        const asOf = args.asOf ?? seoulToday();
        let members: BoardMemberDoc[];
        if (args.expiringWithinDays != null) {
          const days = unwrap(checkDayCount(args.expiringWithinDays, 'expiringWithinDays'));
          const candidates = await models.BoardMember.find({
            agencyId,
            termEnd: trusted({ $gte: asOf, $lte: addDays(asOf, days) }),
          })
            .lean<BoardMemberDoc[]>()
            .exec();
          members = expiringWithin(candidates, asOf, days);
        } else if (args.asOf != null) {
          const started = await models.BoardMember.find({ agencyId, termStart: trusted({ $lte: asOf }) })
            .lean<BoardMemberDoc[]>()
            .exec();
          members = started.filter((m) => isActiveOn(m, asOf));
        } else {
          members = await models.BoardMember.find({ agencyId }).lean<BoardMemberDoc[]>().exec();
        }
        return members.sort(boardOrder);
      },
    },
    Mutation: {
      ...org.Mutation,
      ...committees.Mutation,
      ...strategy.Mutation,
      ...oversight.Mutation,
      registerAgency: async (_: unknown, args: { input: RegisterAgencyInput }) => {
        const a = unwrap(validateAgency(args.input));
        if (await models.Agency.exists({ _id: a.id })) throw conflict(`agency "${a.id}" is already registered`, { id: a.id });
        const event = outbox.entry(EventTypes.AgencyRegistered, agencyRegistered(a));
        const { id, ...fields } = a;
        const doc = await models.Agency.create({ _id: id, ...fields, registeredAt: new Date(), _outbox: [event] });
        runtime.publish(models.Agency, id);
        return doc.toObject();
      },
      registerDistrict: async (_: unknown, args: { input: RegisterDistrictInput }) => {
        const d = unwrap(validateDistrict(args.input));
        if (await models.District.exists({ _id: d.name })) throw conflict(`district "${d.name}" is already registered`, { name: d.name });
        const event = outbox.entry(EventTypes.DistrictRegistered, districtRegistered(d));
        const { name, ...fields } = d;
        const doc = await models.District.create({ _id: name, ...fields, registeredAt: new Date(), _outbox: [event] });
        runtime.publish(models.District, name);
        return doc.toObject();
      },
      appointBoardMember: async (_: unknown, args: { input: AppointBoardMemberInput }) => {
        const m = unwrap(validateAppointment(args.input));
        // The board rules span documents: appointments to one agency's board run one at a time
        // (FerretDB v1 does not isolate concurrent writes; the unique seq index backs this up on MongoDB).
        return withDocument(models.Agency, m.agencyId, async () => {
          if (await models.BoardMember.exists({ _id: m.id })) throw conflict(`board member "${m.id}" is already appointed`, { id: m.id });
          if (!(await models.Agency.exists({ _id: m.agencyId }))) throw notFound('Agency', m.agencyId);
          const board = await models.BoardMember.find({ agencyId: m.agencyId }).lean<BoardMemberDoc[]>().exec();
          unwrap(checkBoardComposition(board.map(toTerm), { id: m.id, role: m.role, termStart: m.termStart, termEnd: m.termEnd }));
          const event = outbox.entry(EventTypes.BoardMemberAppointed, boardMemberAppointed(m));
          const { id, ...fields } = m;
          try {
            // `seq` is unique per agency: a concurrent appointment checked against the same board loses here.
            const doc = await models.BoardMember.create({
              _id: id,
              ...fields,
              seq: nextBoardSeq(board),
              appointedAt: new Date(),
              _outbox: [event],
            });
            runtime.publish(models.BoardMember, id);
            return doc.toObject();
          } catch (error) {
            if (classifyDatabaseError(error) === 'CONFLICT')
              throw conflict(`board member "${id}" exists or the board of "${m.agencyId}" changed meanwhile; retry`, { id });
            throw error;
          }
        });
      },
    },
    Agency: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.agency.load(ref.id),
      id: (a: AgencyDoc) => a._id,
      orgUnits: (a: AgencyDoc, _: unknown, ctx: Ctx) => ctx.loaders.orgUnitsByAgency.load(a._id),
      boardMembers: async (a: AgencyDoc, args: { activeOn?: string | null }, ctx: Ctx) => {
        const members = await ctx.loaders.boardMembersByAgency.load(a._id);
        const on = args.activeOn;
        return (on == null ? [...members] : members.filter((m) => isActiveOn(m, on))).sort(boardOrder);
      },
    },
    OrgUnit: org.OrgUnit,
    Committee: committees.Committee,
    Meeting: committees.Meeting,
    Resolution: committees.Resolution,
    StrategyNode: strategy.StrategyNode,
    Regulation: oversight.Regulation,
    Audit: oversight.Audit,
    OutsourcingContract: oversight.OutsourcingContract,
    DataQualityFinding: dataQuality.DataQualityFinding,
    StrategyTree: strategy.StrategyTree,
    Vision: strategy.Vision,
    StrategicTask: strategy.StrategicTask,
    PracticeProject: strategy.PracticeProject,
    BusinessPlanItem: strategy.BusinessPlanItem,
    PerformanceIndicator: strategy.PerformanceIndicator,
    District: {
      __resolveReference: (ref: { name: string }, ctx: Ctx) => ctx.loaders.district.load(ref.name),
      name: (d: DistrictDoc) => d._id,
    },
    BoardMember: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.boardMember.load(ref.id),
      id: (m: BoardMemberDoc) => m._id,
      agency: (m: BoardMemberDoc, _: unknown, ctx: Ctx) => ctx.loaders.agency.load(m.agencyId),
      inOffice: (m: BoardMemberDoc, args: { on?: string | null }) => isActiveOn(m, args.on ?? seoulToday()),
    },
  } satisfies ServiceResolvers;
}
