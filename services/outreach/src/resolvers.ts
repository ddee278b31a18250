import type { Runtime } from './contract';
import { EventTypes } from '@pass-graph/contracts';
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
  type SubgraphContext,
} from '@pass-graph/platform';
import { todayInSeoul } from '@pass-graph/platform';
import { withDocument } from '@pass-graph/platform';
import type { GraphQLResolverMap } from '@pass-graph/platform';
import type { Resolvers } from './generated/graphql';
import type { FilterQuery } from 'mongoose';
import {
  buildSummary,
  checkHouseholdId,
  checkDeliveryFits,
  checkDistrict,
  checkTransition,
  checkYear,
  meetsPilotCounsellorMinimum,
  periodTotals,
  periodYear,
  planClose,
  reportFigures,
  supplyVsDemand,
  validateCommunityCentre,
  validateConsortium,
  validateDelivery,
  validateProgrammeReport,
  validateVisit,
  type CloseOutreachCaseInput,
  type DiscoveryStatus,
  type DeliveryRow,
  type Period,
  type RecordOutreachVisitInput,
  type RecordProgrammeDeliveryReportInput,
  type RecordServiceDeliveryInput,
  type RegisterCommunityCentreInput,
  type RegisterConsortiumInput,
  type ValidVisit,
} from './domain';
import {
  communityCentreRegistered,
  consortiumRegistered,
  discoveryClosed,
  needsDiscovered,
  neighbourhoodServiceSupplied,
  outreachVisitRecorded,
  programmeDeliveryReported,
} from './events';
import {
  funnel,
  planAgencyOutcome,
  planReferral,
  referralMade,
  validateOutcomeInput,
  validateReferralInput,
  type RecordReferralOutcomeInput,
  type ReferNeedsInput,
  type ReferralDoc,
  type ReferralSource,
  type ReferralStatus,
} from './referrals';
import type { Loaders } from './loaders';
import { pilotResolvers } from './pilot';
import { caseResolvers, type CaseDoc } from './cases';
import { rightsResolvers } from './rights';
import { campaignResolvers } from './campaigns';
import { councilResolvers } from './councils';
import { nanumBanjangResolvers } from './nanum-banjang-resolvers';
import { pilotFundingResolvers } from './pilot-funding';
import { checkVisitVolunteer, volunteerResolvers } from './volunteers';
import type { CommunityCentreDoc, ConsortiumDoc, Models, OutreachVisitDoc, ProgrammeReportDoc } from './models';
import { insertAggregate } from '@pass-graph/platform';
import { districtFilter, readable, readScope, requireDistrict, visible } from './scope';

/** Referrals are read unscoped by care managers (the receiving side) and data analysts. */
const REFERRAL_READERS = ['care-manager', 'data-analyst'] as const;

type Ctx = SubgraphContext<Loaders>;
/** Checked against the SDL (`npm run codegen`): every root field needs a resolver, fields and arguments must exist. */
type ServiceResolvers = Resolvers<Ctx> & Required<Pick<Resolvers<Ctx>, 'Query' | 'Mutation'>>;

/** Today's civil date in Asia/Seoul (UTC+9, no daylight saving). */
const optionalDistrict = (district: string | null | undefined): string | null =>
  district == null ? null : unwrap(checkDistrict(district));

const rowsOfYear = <T extends Period>(rows: readonly T[], year: number | null | undefined): T[] =>
  year == null ? [...rows] : rows.filter((r) => periodYear(r) === unwrap(checkYear(year)));

export function createResolvers(models: Models, runtime: Runtime): GraphQLResolverMap<Ctx> {
  const { outbox } = runtime;
  const pilot = pilotResolvers<Loaders>(models, runtime);
  const cases = caseResolvers<Loaders>(models, runtime);
  const rights = rightsResolvers<Loaders>(models, runtime);
  const campaigns = campaignResolvers<Loaders>(models, runtime);
  const councils = councilResolvers<Loaders>(models, runtime);
  const volunteers = volunteerResolvers<OutreachVisitDoc, Loaders>(models, runtime);
  const nanumBanjang = nanumBanjangResolvers<Loaders>();

  /** The visit and/or case a referral comes from; both must be the same household's. */
  const referralSource = async (ctx: Ctx, visitId: string | null, caseId: string | null): Promise<ReferralSource> => {
    const [visit, kase] = await Promise.all([
      visitId ? ctx.loaders.outreachVisit.clear(visitId).load(visitId) : null,
      caseId ? ctx.loaders.case.clear(caseId).load(caseId) : null,
    ]);
    if (visitId && !visit) throw notFound('OutreachVisit', visitId);
    if (caseId && !kase) throw notFound('Case', caseId);
    if (visit && kase && visit.householdId !== kase.householdId)
      throw conflict(`visit "${visit._id}" and case "${kase._id}" are about different households`, { reason: 'HOUSEHOLD_MISMATCH' });
    if (kase && kase.status !== 'OPEN' && kase.status !== 'IN_PROGRESS')
      throw conflict(`case "${kase._id}" is ${kase.status}; referrals come from an active case`, {
        reason: 'CASE_NOT_ACTIVE',
        id: kase._id,
      });
    if (visit) unwrap(checkTransition(visit._id, visit.status, 'REFERRED'));
    const base = visit ?? (kase as CaseDoc);
    return {
      householdId: base.householdId,
      district: base.district,
      visitId: visit?._id ?? null,
      caseId: kase?._id ?? null,
      // A visit limits the needs to those it discovered; a case's own needs limit a case-only referral.
      discoveredNeeds: visit?.needsDiscovery?.domains ?? kase?.needs ?? null,
      notBefore:
        [visit?.visitedOn, kase?.openedOn]
          .filter((d): d is string => !!d)
          .sort()
          .pop() ?? '0000-00-00',
    };
  };

  /** Records a checked visit at its centre: scope, then the insert with its events (a repeated id is CONFLICT). */
  const insertVisit = async (ctx: Ctx, v: ValidVisit, centre: CommunityCentreDoc): Promise<OutreachVisitDoc> => {
    requireDistrict(ctx.caller, centre.district, `community centre "${centre._id}"`);
    if (await models.OutreachVisit.exists({ _id: v.id })) throw conflict(`outreach visit "${v.id}" is already recorded`, { id: v.id });
    const { id, ...fields } = v;
    const now = new Date();
    const visit: OutreachVisitDoc = {
      _id: id,
      ...fields,
      district: centre.district,
      lastReferredOn: null,
      recordedAt: now,
      updatedAt: now,
    };
    const events = [outbox.entry(EventTypes.OutreachVisitRecorded, outreachVisitRecorded(visit))];
    if (visit.needsDiscovery) events.push(outbox.entry(EventTypes.NeedsDiscovered, needsDiscovered(visit, visit.needsDiscovery.domains)));
    return insertAggregate(models.OutreachVisit, visit, events, runtime.publish, 'outreach visit');
  };

  /** Loads a visit for a state change, or NOT_FOUND. */
  const loadVisit = async (ctx: Ctx, id: string): Promise<OutreachVisitDoc> => {
    const visit = await ctx.loaders.outreachVisit.clear(id).load(id);
    if (!visit) throw notFound('OutreachVisit', id);
    return visit;
  };

  /** A guarded write found the visit no longer in `from`: report the transition from its current state. */
  const lostRace = async (ctx: Ctx, id: string, from: DiscoveryStatus, to: DiscoveryStatus): Promise<never> => {
    const now = await ctx.loaders.outreachVisit.clear(id).load(id);
    throw invalidTransition('OutreachVisit', id, now?.status ?? from, to);
  };

  return {
    KRW: KRWScalar,
    Date: DateScalar,
    DateTime: DateTimeScalar,
    Query: {
      ...pilot.Query,
      ...cases.Query,
      ...rights.Query,
      ...campaigns.Query,
      ...councils.Query,
      ...nanumBanjang.Query,
      ...volunteers.Query,
      referral: async (_: unknown, args: { id: string }, ctx: Ctx) =>
        readable(
          readScope(ctx.caller, REFERRAL_READERS),
          await ctx.loaders.referral.load(unwrap(checkId(args.id))),
          `referral "${args.id}"`,
        ),
      referrals: (
        _: unknown,
        args: { first?: number; after?: string; district?: string | null; status?: ReferralStatus | null },
        ctx: Ctx,
      ) => {
        const filter: FilterQuery<ReferralDoc> = districtFilter(readScope(ctx.caller, REFERRAL_READERS), optionalDistrict(args.district));
        if (args.status) filter.status = args.status;
        return paginate(models.Referral, filter, unwrap(checkPage(args)));
      },
      household: (_: unknown, args: { id: string }) => ({ id: unwrap(checkHouseholdId(args.id, 'id')) }),
      discoveryFunnels: async (_: unknown, args: { district?: string | null }) => {
        const district = optionalDistrict(args.district);
        const filter = district ? { district } : {};
        // Two plain finds; the funnel is counted here (FerretDB v1 has no reliable multi-accumulator $group).
        const [visits, referrals] = await Promise.all([
          models.OutreachVisit.find(filter, { district: 1, needsDiscovery: 1 }).lean<OutreachVisitDoc[]>().exec(),
          models.Referral.find(filter, { district: 1, target: 1, status: 1, receivedOn: 1 }).lean<ReferralDoc[]>().exec(),
        ]);
        const districts = [...new Set([...visits, ...referrals].map((x) => x.district))].sort((a, b) => a.localeCompare(b, 'ko'));
        return districts.map((d) =>
          funnel(
            d,
            visits.filter((v) => v.district === d),
            referrals.filter((r) => r.district === d),
          ),
        );
      },
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
      outreachVisit: async (_: unknown, args: { id: string }, ctx: Ctx) =>
        readable(readScope(ctx.caller), await ctx.loaders.outreachVisit.load(unwrap(checkId(args.id))), `outreach visit "${args.id}"`),
      outreachVisits: async (
        _: unknown,
        args: { first?: number; after?: string; district?: string | null; status?: DiscoveryStatus | null },
        ctx: Ctx,
      ) => {
        const filter: FilterQuery<OutreachVisitDoc> = districtFilter(readScope(ctx.caller), optionalDistrict(args.district));
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
      neighbourhoodSupplyVsDemand: async (_: unknown, args: { year: number }) => {
        const year = unwrap(checkYear(args.year));
        const [consortia, reports] = await Promise.all([
          models.Consortium.find({}).sort({ _id: 1 }).lean<ConsortiumDoc[]>().exec(),
          models.ProgrammeReport.find({ year }).sort({ _id: 1 }).lean<ProgrammeReportDoc[]>().exec(),
        ]);
        return reports.filter((r) => r.rows.some((row) => row.demandCount !== null)).map((r) => supplyVsDemand(r, consortia));
      },
    },
    Mutation: {
      ...pilot.Mutation,
      ...cases.Mutation,
      ...rights.Mutation,
      ...campaigns.Mutation,
      ...councils.Mutation,
      ...volunteers.Mutation,
      registerConsortium: async (_: unknown, args: { input: RegisterConsortiumInput }) => {
        const c = unwrap(validateConsortium(args.input));
        if (await models.Consortium.exists({ _id: c.id })) throw conflict(`consortium "${c.id}" is already registered`, { id: c.id });
        const event = outbox.entry(EventTypes.ConsortiumRegistered, consortiumRegistered(c));
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
          const event = outbox.entry(
            EventTypes.NeighbourhoodServiceSupplied,
            neighbourhoodServiceSupplied(consortium._id, consortium.district, row),
          );
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
        const event = outbox.entry(EventTypes.ProgrammeDeliveryReported, programmeDeliveryReported(r));
        const { id, ...fields } = r;
        const doc = await models.ProgrammeReport.create({ _id: id, ...fields, recordedAt: new Date(), _outbox: [event] });
        runtime.publish(models.ProgrammeReport, id);
        return doc.toObject();
      },
      registerCommunityCentre: async (_: unknown, args: { input: RegisterCommunityCentreInput }, ctx: Ctx) => {
        const c = unwrap(validateCommunityCentre(args.input));
        requireDistrict(ctx.caller, c.district, `community centre "${c.id}"`);
        if (await models.CommunityCentre.exists({ _id: c.id }))
          throw conflict(`community centre "${c.id}" is already registered`, { id: c.id });
        const event = outbox.entry(EventTypes.CommunityCentreRegistered, communityCentreRegistered(c));
        const { id, ...fields } = c;
        const doc = await models.CommunityCentre.create({ _id: id, ...fields, registeredAt: new Date(), _outbox: [event] });
        runtime.publish(models.CommunityCentre, id);
        return doc.toObject();
      },
      recordOutreachVisit: async (_: unknown, args: { input: RecordOutreachVisitInput }, ctx: Ctx) => {
        const v = unwrap(validateVisit(args.input, todayInSeoul()));
        const centre = await ctx.loaders.communityCentre.load(v.communityCentreId);
        if (!centre) throw notFound('CommunityCentre', v.communityCentreId);
        if (v.volunteerId === null) return insertVisit(ctx, v, centre);
        const volunteerId = v.volunteerId;
        // Under the volunteer's lock: ending their service cannot slip in between the check and the insert.
        return withDocument(models.CommunityVolunteer, volunteerId, async () => {
          const volunteer = await ctx.loaders.communityVolunteer.clear(volunteerId).load(volunteerId);
          if (!volunteer) throw notFound('CommunityVolunteer', volunteerId);
          unwrap(checkVisitVolunteer(volunteer, v));
          const visit = await insertVisit(ctx, v, centre);
          ctx.loaders.visitsByVolunteer.clear(volunteerId);
          return visit;
        });
      },
      recordReferralOutcome: async (_: unknown, args: { input: RecordReferralOutcomeInput }, ctx: Ctx) => {
        const o = unwrap(validateOutcomeInput(args.input, todayInSeoul()));
        return withDocument(models.Referral, o.referralId, async () => {
          const r = await ctx.loaders.referral.clear(o.referralId).load(o.referralId);
          if (!r) throw notFound('Referral', o.referralId);
          requireDistrict(ctx.caller, r.district, `referral "${r._id}"`);
          const fields = unwrap(planAgencyOutcome(r, o));
          const updated = await models.Referral.findOneAndUpdate({ _id: r._id, status: r.status }, { $set: fields }, { new: true })
            .lean<ReferralDoc>()
            .exec();
          ctx.loaders.referral.clear(r._id);
          if (!updated) {
            const now = await ctx.loaders.referral.load(r._id);
            throw invalidTransition('Referral', r._id, now?.status ?? r.status, o.outcome);
          }
          ctx.loaders.referral.prime(r._id, updated);
          runtime.publish(models.Referral, r._id);
          return updated;
        });
      },
      referNeeds: async (_: unknown, args: { input: ReferNeedsInput }, ctx: Ctx) => {
        const v = unwrap(validateReferralInput(args.input));
        const sourceId = v.visitId ?? v.caseId ?? '';
        const lockOn = v.visitId ? models.OutreachVisit : models.Case;
        // Read, check and write under the source's lock: FerretDB v1 does not isolate concurrent updates.
        return withDocument(lockOn, sourceId, async () => {
          const source = await referralSource(ctx, v.visitId, v.caseId);
          requireDistrict(ctx.caller, source.district, `the referral's ${v.visitId ? 'visit' : 'case'} "${sourceId}"`);
          const referral = unwrap(planReferral(source, v, new Date()));
          const event = outbox.entry(EventTypes.ReferralMade, referralMade(referral));
          const created = await insertAggregate(models.Referral, referral, [event], runtime.publish, 'referral');
          if (v.visitId) {
            // The visit's follow-up is REFERRED now; a second write, idempotent, under the same lock.
            await models.OutreachVisit.updateOne(
              { _id: v.visitId },
              { $set: { status: 'REFERRED', lastReferredOn: referral.referredOn, updatedAt: new Date() } },
            ).exec();
            ctx.loaders.outreachVisit.clear(v.visitId);
          }
          return created;
        });
      },
      closeOutreachCase: async (_: unknown, args: { input: CloseOutreachCaseInput }, ctx: Ctx) => {
        const visitId = unwrap(checkId(args.input.visitId, 'visitId'));
        return withDocument(models.OutreachVisit, visitId, async () => {
          const visit = await loadVisit(ctx, visitId);
          requireDistrict(ctx.caller, visit.district, `outreach visit "${visitId}"`);
          const from = visit.status;
          const to = unwrap(planClose(visit, args.input));
          // planClose refused a visit CLOSED already and the outcome NO_NEEDS_FOUND (set only when recording a visit).
          const event = outbox.entry(
            EventTypes.DiscoveryClosed,
            discoveryClosed(
              visit,
              from as Exclude<typeof from, 'CLOSED'>,
              args.input.outcome as Exclude<typeof args.input.outcome, 'NO_NEEDS_FOUND'>,
              args.input.closedOn,
            ),
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
    PilotProgram: { ...pilot.PilotProgram, ...pilotFundingResolvers.PilotProgram },
    PilotParticipation: { ...pilot.PilotParticipation, ...pilotFundingResolvers.PilotParticipation },
    PilotFundingPlan: pilotFundingResolvers.PilotFundingPlan,
    Case: {
      ...cases.Case,
      visit: (c: CaseDoc, _: unknown, ctx: Ctx) => (c.visitId ? ctx.loaders.outreachVisit.load(c.visitId) : null),
      communityCentre: (c: CaseDoc, _: unknown, ctx: Ctx) => ctx.loaders.communityCentre.load(c.communityCentreId),
      referrals: (c: CaseDoc, _: unknown, ctx: Ctx) => ctx.loaders.referralsByCase.load(c._id),
    },
    HumanRightsCase: rights.HumanRightsCase,
    PublicPrivateCouncil: councils.PublicPrivateCouncil,
    NanumBanjangProgramme: nanumBanjang.NanumBanjangProgramme,
    NanumBanjangPhase: nanumBanjang.NanumBanjangPhase,
    NanumBanjangGrant: nanumBanjang.NanumBanjangGrant,
    NetworkMeeting: councils.NetworkMeeting,
    CommunityVolunteer: volunteers.CommunityVolunteer,
    Campaign: campaigns.Campaign,
    CampaignPosting: campaigns.CampaignPosting,
    Referral: {
      __resolveReference: async (ref: { id: string }, ctx: Ctx) =>
        readable(readScope(ctx.caller, REFERRAL_READERS), await ctx.loaders.referral.load(ref.id), `referral "${ref.id}"`),
      id: (r: ReferralDoc) => r._id,
      household: (r: ReferralDoc) => ({ id: r.householdId }),
      district: (r: ReferralDoc) => ({ name: r.district }),
      visit: (r: ReferralDoc, _: unknown, ctx: Ctx) => (r.visitId ? ctx.loaders.outreachVisit.load(r.visitId) : null),
      case: (r: ReferralDoc, _: unknown, ctx: Ctx) => (r.caseId ? ctx.loaders.case.load(r.caseId) : null),
      received: (r: ReferralDoc) => r.receivedOn !== null,
      served: (r: ReferralDoc) => r.status === 'SERVED',
    },
    Household: {
      // A household has no district of its own: each of its records shows where it lies in scope.
      visits: async (h: { id: string }, _: unknown, ctx: Ctx) =>
        visible(readScope(ctx.caller), await ctx.loaders.visitsByHousehold.load(h.id)),
      referrals: async (h: { id: string }, _: unknown, ctx: Ctx) =>
        visible(readScope(ctx.caller), await ctx.loaders.referralsByHousehold.load(h.id)),
      cases: async (h: { id: string }, _: unknown, ctx: Ctx) =>
        visible(readScope(ctx.caller), await ctx.loaders.casesByHousehold.load(h.id)),
    },
    District: {
      discoveryFunnel: async (d: { name: string }, _: unknown, ctx: Ctx) => {
        const [visits, referrals] = await Promise.all([
          ctx.loaders.visitsByDistrict.load(d.name),
          ctx.loaders.referralsByDistrict.load(d.name),
        ]);
        return funnel(d.name, visits, referrals);
      },
      pilotParticipations: (d: { name: string }, _: unknown, ctx: Ctx) => ctx.loaders.participationsByDistrict.load(d.name),
      communityCentres: (d: { name: string }, _: unknown, ctx: Ctx) => ctx.loaders.centresByDistrict.load(d.name),
      publicPrivateCouncils: (d: { name: string }, _: unknown, ctx: Ctx) => ctx.loaders.councilsByDistrict.load(d.name),
    },
    NeighbourhoodCareConsortium: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.consortium.load(ref.id),
      id: (c: ConsortiumDoc) => c._id,
      district: (c: ConsortiumDoc) => ({ name: c.district }),
      leadProvider: (c: ConsortiumDoc) => (c.leadProviderId ? { id: c.leadProviderId } : null),
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
    DistrictServiceSupply: {
      district: (d: { district: string }) => ({ name: d.district }),
    },
    DistrictDeliverySummary: {
      district: (d: { district: string }) => ({ name: d.district }),
    },
    CommunityCentre: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.communityCentre.load(ref.id),
      id: (c: CommunityCentreDoc) => c._id,
      district: (c: CommunityCentreDoc) => ({ name: c.district }),
      meetsPilotCounsellorMinimum: (c: CommunityCentreDoc) => meetsPilotCounsellorMinimum(c),
      visits: async (c: CommunityCentreDoc, _: unknown, ctx: Ctx) =>
        visible(readScope(ctx.caller), await ctx.loaders.visitsByCentre.load(c._id)),
    },
    OutreachVisit: {
      __resolveReference: async (ref: { id: string }, ctx: Ctx) =>
        readable(readScope(ctx.caller), await ctx.loaders.outreachVisit.load(ref.id), `outreach visit "${ref.id}"`),
      id: (v: OutreachVisitDoc) => v._id,
      district: (v: OutreachVisitDoc) => ({ name: v.district }),
      communityCentre: (v: OutreachVisitDoc, _: unknown, ctx: Ctx) => ctx.loaders.communityCentre.load(v.communityCentreId),
      household: (v: OutreachVisitDoc) => ({ id: v.householdId }),
      volunteer: (v: OutreachVisitDoc, _: unknown, ctx: Ctx) => (v.volunteerId ? ctx.loaders.communityVolunteer.load(v.volunteerId) : null),
      referrals: (v: OutreachVisitDoc, _: unknown, ctx: Ctx) => ctx.loaders.referralsByVisit.load(v._id),
    },
  } satisfies ServiceResolvers;
}
