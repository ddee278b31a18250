import {
  checkId,
  checkPage,
  conflict,
  DateScalar,
  DateTimeScalar,
  invalidTransition,
  KRWScalar,
  notFound,
  paginate,
  unwrap,
  type ServiceRuntime,
  type SubgraphContext,
} from '@pass-graph/platform';
import { todayInSeoul } from '@pass-graph/platform';
import { withDocument } from '@pass-graph/platform';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import type { FilterQuery } from 'mongoose';
import {
  buildSummary,
  checkDeliveryFits,
  checkDistrict,
  checkYear,
  meetsPilotCounsellorMinimum,
  periodTotals,
  periodYear,
  planClose,
  planReferral,
  reportFigures,
  validateCommunityCentre,
  validateConsortium,
  validateDelivery,
  validateProgrammeReport,
  validateReferral,
  validateVisit,
  type CaseStatus,
  type CloseOutreachCaseInput,
  type DeliveryRow,
  type Period,
  type RecordOutreachVisitInput,
  type RecordProgrammeDeliveryReportInput,
  type RecordServiceDeliveryInput,
  type ReferNeedsInput,
  type RegisterCommunityCentreInput,
  type RegisterConsortiumInput,
} from './domain';
import {
  communityCentreRegistered,
  consortiumRegistered,
  needsReferred,
  outreachCaseClosed,
  outreachVisitRecorded,
  programmeDeliveryReported,
  PUBLISHES,
  serviceDeliveryRecorded,
} from './events';
import type { Loaders } from './loaders';
import { pilotResolvers } from './pilot';
import type { CommunityCentreDoc, ConsortiumDoc, Models, OutreachVisitDoc, ProgrammeReportDoc } from './models';

type Ctx = SubgraphContext<Loaders>;

/** Today's civil date in Asia/Seoul (UTC+9, no daylight saving). */
const optionalDistrict = (district: string | null | undefined): string | null =>
  district == null ? null : unwrap(checkDistrict(district));

const rowsOfYear = <T extends Period>(rows: readonly T[], year: number | null | undefined): T[] =>
  year == null ? [...rows] : rows.filter((r) => periodYear(r) === unwrap(checkYear(year)));

export function createResolvers(models: Models, runtime: ServiceRuntime): GraphQLResolverMap<Ctx> {
  const { outbox } = runtime;
  const pilot = pilotResolvers<Loaders>(models, runtime);

  /** Loads a visit for a state change, or NOT_FOUND. */
  const loadVisit = async (ctx: Ctx, id: string): Promise<OutreachVisitDoc> => {
    const visit = await ctx.loaders.outreachVisit.clear(id).load(id);
    if (!visit) throw notFound('OutreachVisit', id);
    return visit;
  };

  /** A guarded write found the visit no longer in `from`: report the transition from its current state. */
  const lostRace = async (ctx: Ctx, id: string, from: CaseStatus, to: CaseStatus): Promise<never> => {
    const now = await ctx.loaders.outreachVisit.clear(id).load(id);
    throw invalidTransition('OutreachVisit', id, now?.status ?? from, to);
  };

  return {
    KRW: KRWScalar,
    Date: DateScalar,
    DateTime: DateTimeScalar,
    Query: {
      ...pilot.Query,
      consortium: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.consortium.load(unwrap(checkId(args.id))),
      consortia: (_: unknown, args: { district?: string | null }) => {
        const district = optionalDistrict(args.district);
        const filter: FilterQuery<ConsortiumDoc> = district ? { district } : {};
        return models.Consortium.find(filter).sort({ _id: 1 }).lean<ConsortiumDoc[]>().exec();
      },
      communityCentre: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.communityCentre.load(unwrap(checkId(args.id))),
      communityCentres: (_: unknown, args: { district?: string | null }) => {
        const district = optionalDistrict(args.district);
        const filter: FilterQuery<CommunityCentreDoc> = district ? { district } : {};
        return models.CommunityCentre.find(filter).sort({ _id: 1 }).lean<CommunityCentreDoc[]>().exec();
      },
      outreachVisit: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.outreachVisit.load(unwrap(checkId(args.id))),
      outreachVisits: async (
        _: unknown,
        args: { first?: number; after?: string; district?: string | null; status?: CaseStatus | null },
      ) => {
        const filter: FilterQuery<OutreachVisitDoc> = {};
        const district = optionalDistrict(args.district);
        if (district) filter.district = district;
        if (args.status) filter.status = args.status;
        return paginate(models.OutreachVisit, filter, unwrap(checkPage(args)));
      },
      neighbourhoodCareSummary: async (_: unknown, args: { year: number }) => {
        const year = unwrap(checkYear(args.year));
        // Two plain finds; every total is computed here, not in an aggregation (FerretDB v1).
        const [consortia, reports] = await Promise.all([
          models.Consortium.find({}).sort({ _id: 1 }).lean<ConsortiumDoc[]>().exec(),
          models.ProgrammeReport.find({ year }).sort({ _id: 1 }).lean<ProgrammeReportDoc[]>().exec(),
        ]);
        return buildSummary(year, consortia, reports);
      },
    },
    Mutation: {
      ...pilot.Mutation,
      registerConsortium: async (_: unknown, args: { input: RegisterConsortiumInput }) => {
        const c = unwrap(validateConsortium(args.input));
        if (await models.Consortium.exists({ _id: c.id })) throw conflict(`consortium "${c.id}" is already registered`, { id: c.id });
        const event = outbox.entry(PUBLISHES.ConsortiumRegistered, consortiumRegistered(c));
        const { id, ...fields } = c;
        const doc = await models.Consortium.create({
          _id: id,
          ...fields,
          deliveries: [],
          deliveryRevision: 0,
          registeredAt: new Date(),
          _outbox: [event],
        });
        runtime.publish(models.Consortium, id);
        return doc.toObject();
      },
      recordServiceDelivery: async (_: unknown, args: { input: RecordServiceDeliveryInput }, ctx: Ctx) => {
        const { consortiumId, row } = unwrap(validateDelivery(args.input));
        return withDocument(models.Consortium, consortiumId, async () => {
          const consortium = await ctx.loaders.consortium.clear(consortiumId).load(consortiumId);
          if (!consortium) throw notFound('NeighbourhoodCareConsortium', consortiumId);
          unwrap(checkDeliveryFits({ id: consortium._id, services: consortium.services, deliveries: consortium.deliveries }, row));
          const event = outbox.entry(PUBLISHES.ServiceDeliveryRecorded, serviceDeliveryRecorded(consortium._id, consortium.district, row));
          // The revision guard: the overlap check above holds only if no row was added since it was read.
          const updated = await models.Consortium.findOneAndUpdate(
            { _id: consortium._id, deliveryRevision: consortium.deliveryRevision },
            { $push: { deliveries: { ...row, recordedAt: new Date() }, ...outbox.push(event) }, $inc: { deliveryRevision: 1 } },
            { new: true },
          )
            .lean<ConsortiumDoc>()
            .exec();
          ctx.loaders.consortium.clear(consortium._id);
          if (!updated) throw conflict(`consortium "${consortium._id}" was changed concurrently; retry`, { id: consortium._id });
          ctx.loaders.consortium.prime(consortium._id, updated);
          runtime.publish(models.Consortium, consortium._id);
          return updated;
        });
      },
      recordProgrammeDeliveryReport: async (_: unknown, args: { input: RecordProgrammeDeliveryReportInput }) => {
        const r = unwrap(validateProgrammeReport(args.input));
        if (await models.ProgrammeReport.exists({ _id: r.id })) throw conflict(`report "${r.id}" is already recorded`, { id: r.id });
        const event = outbox.entry(PUBLISHES.ProgrammeDeliveryReported, programmeDeliveryReported(r));
        const { id, ...fields } = r;
        const doc = await models.ProgrammeReport.create({ _id: id, ...fields, recordedAt: new Date(), _outbox: [event] });
        runtime.publish(models.ProgrammeReport, id);
        return doc.toObject();
      },
      registerCommunityCentre: async (_: unknown, args: { input: RegisterCommunityCentreInput }) => {
        const c = unwrap(validateCommunityCentre(args.input));
        if (await models.CommunityCentre.exists({ _id: c.id }))
          throw conflict(`community centre "${c.id}" is already registered`, { id: c.id });
        const event = outbox.entry(PUBLISHES.CommunityCentreRegistered, communityCentreRegistered(c));
        const { id, ...fields } = c;
        const doc = await models.CommunityCentre.create({ _id: id, ...fields, registeredAt: new Date(), _outbox: [event] });
        runtime.publish(models.CommunityCentre, id);
        return doc.toObject();
      },
      recordOutreachVisit: async (_: unknown, args: { input: RecordOutreachVisitInput }, ctx: Ctx) => {
        const v = unwrap(validateVisit(args.input, todayInSeoul()));
        const centre = await ctx.loaders.communityCentre.load(v.communityCentreId);
        if (!centre) throw notFound('CommunityCentre', v.communityCentreId);
        if (await models.OutreachVisit.exists({ _id: v.id })) throw conflict(`outreach visit "${v.id}" is already recorded`, { id: v.id });
        const { id, ...fields } = v;
        const now = new Date();
        const visit: OutreachVisitDoc = { _id: id, ...fields, district: centre.district, referrals: [], recordedAt: now, updatedAt: now };
        const event = outbox.entry(PUBLISHES.OutreachVisitRecorded, outreachVisitRecorded(visit));
        const doc = await models.OutreachVisit.create({ ...visit, _outbox: [event] });
        runtime.publish(models.OutreachVisit, id);
        return doc.toObject();
      },
      referNeeds: async (_: unknown, args: { input: ReferNeedsInput }, ctx: Ctx) => {
        const { visitId, referral } = unwrap(validateReferral(args.input));
        // Read, check and write under the visit's lock: FerretDB v1 does not isolate concurrent updates.
        return withDocument(models.OutreachVisit, visitId, async () => {
          const visit = await loadVisit(ctx, visitId);
          const from = visit.status;
          const to = unwrap(planReferral(visit, referral));
          const event = outbox.entry(PUBLISHES.NeedsReferred, needsReferred(visit, from, to, referral));
          const updated = await models.OutreachVisit.findOneAndUpdate(
            { _id: visitId, status: from },
            { $set: { status: to, updatedAt: new Date() }, $push: { referrals: { ...referral, status: to }, ...outbox.push(event) } },
            { new: true },
          )
            .lean<OutreachVisitDoc>()
            .exec();
          if (!updated) return lostRace(ctx, visitId, from, to);
          ctx.loaders.outreachVisit.clear(visitId).prime(visitId, updated);
          runtime.publish(models.OutreachVisit, visitId);
          return updated;
        });
      },
      closeOutreachCase: async (_: unknown, args: { input: CloseOutreachCaseInput }, ctx: Ctx) => {
        const visitId = unwrap(checkId(args.input.visitId, 'visitId'));
        return withDocument(models.OutreachVisit, visitId, async () => {
          const visit = await loadVisit(ctx, visitId);
          const from = visit.status;
          const to = unwrap(planClose(visit, args.input));
          const event = outbox.entry(
            PUBLISHES.OutreachCaseClosed,
            outreachCaseClosed(visit, from, args.input.outcome, args.input.closedOn),
          );
          const updated = await models.OutreachVisit.findOneAndUpdate(
            { _id: visitId, status: from },
            {
              $set: { status: to, closedOn: args.input.closedOn, closeOutcome: args.input.outcome, updatedAt: new Date() },
              $push: outbox.push(event),
            },
            { new: true },
          )
            .lean<OutreachVisitDoc>()
            .exec();
          if (!updated) return lostRace(ctx, visitId, from, to);
          ctx.loaders.outreachVisit.clear(visitId).prime(visitId, updated);
          runtime.publish(models.OutreachVisit, visitId);
          return updated;
        });
      },
    },
    PilotProgram: pilot.PilotProgram,
    PilotParticipation: pilot.PilotParticipation,
    District: {
      pilotParticipations: (d: { name: string }, _: unknown, ctx: Ctx) => ctx.loaders.participationsByDistrict.load(d.name),
      communityCentres: (d: { name: string }, _: unknown, ctx: Ctx) => ctx.loaders.centresByDistrict.load(d.name),
    },
    NeighbourhoodCareConsortium: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.consortium.load(ref.id),
      id: (c: ConsortiumDoc) => c._id,
      district: (c: ConsortiumDoc) => ({ name: c.district }),
      deliveries: (c: ConsortiumDoc, args: { year?: number | null }) => rowsOfYear(c.deliveries, args.year),
      deliveryTotals: (c: ConsortiumDoc, args: { year?: number | null }) =>
        periodTotals(rowsOfYear<DeliveryRow>(c.deliveries, args.year), rowsOfYear(c.reportedDeliveryTotals, args.year)),
    },
    ProgrammeDeliveryReport: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.programmeReport.load(ref.id),
      id: (r: ProgrammeReportDoc) => r._id,
      districts: (r: ProgrammeReportDoc) => r.districts.map((name) => ({ name })),
      total: (r: ProgrammeReportDoc) => reportFigures(r).total,
      matchesReported: (r: ProgrammeReportDoc) => reportFigures(r).matchesReported,
    },
    DistrictDeliverySummary: {
      district: (d: { district: string }) => ({ name: d.district }),
    },
    CommunityCentre: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.communityCentre.load(ref.id),
      id: (c: CommunityCentreDoc) => c._id,
      district: (c: CommunityCentreDoc) => ({ name: c.district }),
      meetsPilotCounsellorMinimum: (c: CommunityCentreDoc) => meetsPilotCounsellorMinimum(c),
      visits: (c: CommunityCentreDoc, _: unknown, ctx: Ctx) => ctx.loaders.visitsByCentre.load(c._id),
    },
    OutreachVisit: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.outreachVisit.load(ref.id),
      id: (v: OutreachVisitDoc) => v._id,
      district: (v: OutreachVisitDoc) => ({ name: v.district }),
      communityCentre: (v: OutreachVisitDoc, _: unknown, ctx: Ctx) => ctx.loaders.communityCentre.load(v.communityCentreId),
    },
  };
}
