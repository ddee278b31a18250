import type { Runtime } from './contract';
import { EventTypes } from '@pass-graph/contracts';
import {
  all,
  checkEnum,
  checkInt,
  DomainError,
  withKey,
  insertAggregate,
  pageOfLoaded,
  todayInSeoul,
  addDays,
  type PageArgs,
  checkPage,
  DateScalar,
  DateTimeScalar,
  KRWScalar,
  paginate,
  unwrap,
  checkId,
  conflict,
  badInput,
  checkDate,
  checkText,
  invalidTransition,
  withDocument,
  type OutboxEntry,
  type Result,
  trusted,
  notFound,
  type SubgraphContext,
  auditPersonalDataRead,
  decryptPii,
  encryptPii,
  maskName,
  piiLookupHash,
  piiLookupHashes,
  type PiiKeyring,
} from '@pass-graph/platform';
import type { GraphQLResolverMap } from '@pass-graph/platform';
import type { Resolvers } from './generated/graphql';
import type { FilterQuery } from 'mongoose';
import {
  C5_RATE,
  CAPS,
  DAILY_CONVENIENCE,
  canMoveRecipient,
  canResolve,
  checkCaps,
  checkDistrict,
  checkServices,
  checkVisitHours,
  usedIn,
  complaintAgeDays,
  complaintsByStage,
  nextComplaintStage,
  satisfactionScore,
  satisfactionTarget,
  monitoringProgress,
  type DiagnosisScope,
  type DiagnosisTrigger,
  type InnovationMeasure,
  type MonitoringMode,
  checkScore,
  SATISFACTION_ELEMENTS,
  type ComplaintChannel,
  type ComplaintStage,
  type ElementScores,
  validateRecipient,
  visitAmount,
  type CareActivity,
  type CareCap,
  type CareRequestOutcome,
  type CareRequestStatus,
  type IntakeChannel,
  type RecipientStatus,
  type RegisterRecipientInput,
  type SosService,
  type VisitServiceType,
  canFacility,
  FACILITY_TRANSITIONS,
  validateEntrustment,
  validateFacility,
  type EntrustInput,
  type FacilityAction,
  type FacilityType,
  type RegisterFacilityInput,
} from './domain';
import { agencyForDistrict, receiveCareRequest } from './care';
import { careDemand, checkWorkers, substituteCoverage } from './feeds';
import { networkResolvers } from './network';
import type { Loaders } from './loaders';
import type {
  CareRecipientDoc,
  CareRequestDoc,
  CareVisitDoc,
  ComplaintDoc,
  FacilityDoc,
  FacilityMonitoringDoc,
  OrganizationalDiagnosisDoc,
  SatisfactionSurveyDoc,
  Models,
  RecipientPersonalData,
  SosProvider,
  SosTotalScope,
  SosVolumeReportDoc,
} from './models';
import { canSeePersonalData, normaliseRrn, PII_CONTEXT } from './pii';

type Ctx = SubgraphContext<Loaders>;
/** Checked against the SDL (`npm run codegen`): every root field needs a resolver, fields and arguments must exist. */
type ServiceResolvers = Resolvers<Ctx> & Required<Pick<Resolvers<Ctx>, 'Query' | 'Mutation'>>;

const optional = <T>(value: T | null | undefined, check: (v: T) => Result<T>): Result<T | null> =>
  value == null ? { ok: true, value: null } : check(value);

interface ReceiveInput {
  id: string;
  district: string;
  channel: IntakeChannel;
  requestedServices: SosService[];
  referralId?: string | null;
  recipientId?: string | null;
  receivedOn: string;
}

interface VisitInput {
  id: string;
  recipientId: string;
  requestId?: string | null;
  workerIds: string[];
  serviceType: VisitServiceType;
  covidRelated: boolean;
  activities: CareActivity[];
  deliveredOn: string;
  hours: number;
  unitPrice?: number | null;
  unitHours?: number | null;
}

interface SosReportInput {
  id: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  source: string;
  coversAllServices: boolean;
  lines: { serviceType: SosService; provider: SosProvider; district?: string | null; count: number; amount?: number | null }[];
  reportedTotals: { provider: SosProvider; scope: SosTotalScope; count?: number | null; amount?: number | null; source: string }[];
}

/** Adds amounts where printed; null when none of them is. */
const sumAmounts = (amounts: (number | null)[]): number | null =>
  amounts.some((a) => a !== null) ? amounts.reduce<number>((s, a) => s + (a ?? 0), 0) : null;

export function createResolvers(models: Models, runtime: Runtime, keys: PiiKeyring): GraphQLResolverMap<Ctx> {
  const { outbox } = runtime;

  /** The recipient's personal data, decrypted only when a resolver needs it; never logged. */
  const personalData = (r: CareRecipientDoc): RecipientPersonalData =>
    JSON.parse(decryptPii(keys, r.pii, PII_CONTEXT.personalData(r._id))) as RecipientPersonalData;

  /** The visible personal data for this caller: full for the recipient's care managers, masked otherwise. */
  const visibleData = (r: CareRecipientDoc, ctx: Ctx): RecipientPersonalData & { visible: boolean } => {
    const data = personalData(r);
    if (canSeePersonalData(ctx.caller, r.facilityId)) {
      // Audited before the response leaves (one record per request naming every recipient read), however many fields read it.
      auditPersonalDataRead(ctx, 'CareRecipient.personalData', r._id);
      return { ...data, visible: true };
    }
    return { name: maskName(data.name), birthDate: '', phone: null, address: null, visible: false };
  };

  /** One care-request step under the request's lock; the event, if any, rides in the same write. */
  function requestStep(
    rawId: string,
    check: (r: CareRequestDoc) => void,
    set: Partial<CareRequestDoc> & { status: CareRequestStatus },
    events: (r: CareRequestDoc) => OutboxEntry[],
  ): Promise<CareRequestDoc> {
    const id = unwrap(checkId(rawId));
    return withDocument(models.CareRequest, id, async () => {
      const current = await models.CareRequest.findById(id).lean();
      if (!current) throw notFound('CareRequest', id);
      check(current);
      const entries = events({ ...current, ...set });
      const updated = await models.CareRequest.findOneAndUpdate(
        { _id: id, status: current.status },
        entries.length > 0 ? { $set: set, $push: outbox.push(...entries) } : { $set: set },
        { new: true },
      ).lean();
      if (!updated) throw conflict(`care request "${id}" was changed concurrently; retry`, { id });
      if (entries.length > 0) runtime.publish(models.CareRequest, id);
      return updated;
    });
  }

  const knownRecipient = async (id: string): Promise<CareRecipientDoc> => {
    const r = await models.CareRecipient.findById(id).lean();
    if (!r) throw notFound('CareRecipient', id);
    return r;
  };

  /** One lifecycle step, read-check-write under the facility's lock; the event rides in the same write. */
  function step(
    rawId: string,
    action: FacilityAction,
    set: Partial<FacilityDoc>,
    event: (f: FacilityDoc) => OutboxEntry,
  ): Promise<FacilityDoc> {
    const id = unwrap(checkId(rawId));
    return withDocument(models.Facility, id, async () => {
      const current = await models.Facility.findById(id).lean();
      if (!current) throw notFound('Facility', id);
      const { to } = FACILITY_TRANSITIONS[action];
      if (!canFacility(current.status, action)) throw invalidTransition('Facility', id, current.status, to);
      const entry = event(current);
      const updated = await models.Facility.findOneAndUpdate(
        { _id: id, status: current.status },
        { $set: { ...set, status: to }, $push: outbox.push(entry) },
        { new: true },
      ).lean();
      if (!updated) throw conflict(`facility "${id}" was changed concurrently; retry`, { id });
      runtime.publish(models.Facility, id);
      return updated;
    });
  }
  const network = networkResolvers(models);
  return {
    KRW: KRWScalar,
    Date: DateScalar,
    DateTime: DateTimeScalar,
    ...network.types,
    Query: {
      ...network.Query,
      careRecipient: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.recipient.load(unwrap(checkId(args.id))),
      careRecipients: (_: unknown, args: PageArgs & { facilityId?: string | null; status?: RecipientStatus | null }, ctx: Ctx) => {
        const filter: FilterQuery<CareRecipientDoc> = {};
        if (args.facilityId) filter.facilityId = unwrap(checkId(args.facilityId, 'facilityId'));
        if (args.status) filter.status = args.status;
        return paginate(models.CareRecipient, ctx.reach.restrict('CareRecipient', filter), unwrap(checkPage(args)));
      },
      careRequest: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.request.load(unwrap(checkId(args.id))),
      careRequests: (
        _: unknown,
        args: PageArgs & { status?: CareRequestStatus | null; district?: string | null; channel?: IntakeChannel | null },
        ctx: Ctx,
      ) => {
        const filter: FilterQuery<CareRequestDoc> = {};
        if (args.status) filter.status = args.status;
        if (args.district) filter.district = unwrap(checkDistrict(args.district));
        if (args.channel) filter.channel = args.channel;
        return paginate(models.CareRequest, ctx.reach.restrict('CareRequest', filter), unwrap(checkPage(args)));
      },
      careVisit: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.visit.load(unwrap(checkId(args.id))),
      careCapUsage: async (_: unknown, args: { recipientId: string; on: string }, ctx: Ctx) => {
        const recipientId = unwrap(checkId(args.recipientId, 'recipientId'));
        const on = unwrap(checkDate(args.on, 'on'));
        const recipient = await ctx.loaders.recipient.load(recipientId);
        if (!recipient) throw notFound('CareRecipient', recipientId);
        ctx.reach.check('CareRecipient', recipient);
        const visits = await ctx.loaders.visitsByRecipient.load(recipientId);
        return (Object.keys(CAPS) as CareCap[]).map((cap) => {
          const { limit, unit, windowDays } = CAPS[cap];
          const used = usedIn(cap, visits, on);
          return {
            cap,
            unit,
            limit,
            used,
            remaining: Math.max(0, limit - used),
            windowStart: windowDays === null ? null : addDays(on, -(windowDays - 1)),
            windowEnd: on,
          };
        });
      },
      dailyCareReport: async (_: unknown, args: { date: string; facilityId?: string | null }, ctx: Ctx) => {
        const date = unwrap(checkDate(args.date, 'date'));
        const facilityId = unwrap(optional(args.facilityId, (x) => checkId(x, 'facilityId')));
        if (facilityId !== null) ctx.reach.check('CareVisit', { facilityId });
        const visits = await models.CareVisit.find(
          ctx.reach.restrict('CareVisit', facilityId === null ? { deliveredOn: date } : { deliveredOn: date, facilityId }),
        ).lean();
        const types = [...new Set(visits.map((x) => x.serviceType))].sort();
        const sum = (vs: CareVisitDoc[]) => ({
          visits: vs.length,
          hours: vs.reduce((s, x) => s + x.hours, 0),
          amount: vs.reduce((s, x) => s + x.amountKRW, 0),
        });
        return {
          date,
          facility: facilityId === null ? null : { id: facilityId },
          recipients: new Set(visits.map((x) => x.recipientId)).size,
          ...sum(visits),
          byServiceType: types.map((serviceType) => ({ serviceType, ...sum(visits.filter((x) => x.serviceType === serviceType)) })),
        };
      },
      sosVolumeReport: (_: unknown, args: { id: string }) =>
        models.SosVolumeReport.findById(unwrap(checkId(args.id)))
          .lean()
          .exec(),
      complaint: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.complaint.load(unwrap(checkId(args.id))),
      complaints: (_: unknown, args: PageArgs & { facilityId?: string | null; stage?: ComplaintStage | null }, ctx: Ctx) => {
        const filter: FilterQuery<ComplaintDoc> = {};
        if (args.facilityId) filter.facilityId = unwrap(checkId(args.facilityId, 'facilityId'));
        if (args.stage) filter.stage = args.stage;
        return paginate(models.Complaint, ctx.reach.restrict('Complaint', filter), unwrap(checkPage(args)));
      },
      complaintsByStage: async (_: unknown, args: { facilityId?: string | null; asOf?: string | null }, ctx: Ctx) => {
        const facilityId = unwrap(optional(args.facilityId, (x) => checkId(x, 'facilityId')));
        const asOf = args.asOf == null ? todayInSeoul() : unwrap(checkDate(args.asOf, 'asOf'));
        const complaints = await models.Complaint.find(ctx.reach.restrict('Complaint', facilityId === null ? {} : { facilityId }), {
          stage: 1,
          receivedOn: 1,
          resolvedOn: 1,
        }).lean();
        // Complaints received after asOf did not exist yet on that day.
        return complaintsByStage(
          complaints.filter((c) => c.receivedOn <= asOf),
          asOf,
        );
      },
      careSatisfactionSurveys: (_: unknown, args: { facilityId?: string | null; year?: number | null }) => {
        const filter: FilterQuery<SatisfactionSurveyDoc> = {};
        if (args.facilityId) filter.facilityId = unwrap(checkId(args.facilityId, 'facilityId'));
        if (args.year != null) filter.year = unwrap(checkInt(args.year, 'year', 2000, 2100));
        return models.SatisfactionSurvey.find(filter).sort({ _id: 1 }).lean().exec();
      },
      facilityMonitorings: (_: unknown, args: { facilityId?: string | null; year?: number | null }, ctx: Ctx) => {
        const filter: FilterQuery<FacilityMonitoringDoc> = {};
        if (args.facilityId) filter.facilityId = unwrap(checkId(args.facilityId, 'facilityId'));
        if (args.year != null) {
          const year = unwrap(checkInt(args.year, 'year', 2000, 2100));
          filter.monitoredOn = trusted({ $gte: `${year}-01-01`, $lte: `${year}-12-31` });
        }
        return models.FacilityMonitoring.find(ctx.reach.restrict('FacilityMonitoring', filter)).sort({ _id: 1 }).lean().exec();
      },
      careDemandByDistrict: async (_: unknown, args: { year: number; district?: string | null }) => {
        const year = unwrap(checkInt(args.year, 'year', 2000, 2100));
        const district = args.district == null ? null : unwrap(checkDistrict(args.district));
        const inYear = trusted({ $gte: `${year}-01-01`, $lte: `${year}-12-31` });
        const [leads, referred] = await Promise.all([
          models.CareLead.find({ discoveredOn: inYear, ...(district ? { district } : {}) }).lean(),
          models.CareRequest.find({ channel: 'REFERRAL', receivedOn: inYear, ...(district ? { district } : {}) }, { district: 1 }).lean(),
        ]);
        return careDemand(leads, referred, year);
      },
      monitoringProgress: async (_: unknown, args: { year: number }) => {
        const year = unwrap(checkInt(args.year, 'year', 2000, 2100));
        const rows = await models.FacilityMonitoring.find(
          { monitoredOn: trusted({ $gte: `${year}-01-01`, $lte: `${year}-12-31` }) },
          { mode: 1, monitoredOn: 1 },
        ).lean();
        return monitoringProgress(year, rows);
      },
      organizationalDiagnoses: (_: unknown, args: { facilityId?: string | null; status?: string | null }, ctx: Ctx) => {
        const filter: FilterQuery<OrganizationalDiagnosisDoc> = {};
        if (args.facilityId) filter.facilityId = unwrap(checkId(args.facilityId, 'facilityId'));
        if (args.status) filter.status = args.status;
        return models.OrganizationalDiagnosis.find(ctx.reach.restrict('OrganizationalDiagnosis', filter)).sort({ _id: 1 }).lean().exec();
      },
      sosVolumeReports: () => models.SosVolumeReport.find({}).sort({ _id: 1 }).lean().exec(),
      facility: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.facility.load(unwrap(checkId(args.id))),
      facilities: async (_: unknown, args: { first?: number; after?: string; type?: FacilityType; district?: string }) => {
        const filter: FilterQuery<FacilityDoc> = {};
        if (args.type) filter.type = args.type;
        if (args.district) filter.district = args.district;
        return paginate(models.Facility, filter, unwrap(checkPage(args)));
      },
    },
    Mutation: {
      ...network.Mutation,
      registerCareRecipient: async (_: unknown, args: { input: RegisterRecipientInput }, ctx: Ctx) => {
        const v = unwrap(validateRecipient(args.input, todayInSeoul()));
        ctx.reach.check('CareRecipient', { facilityId: v.facilityId, district: v.district });
        let agencyId: string;
        if (v.facilityId !== null) {
          const facility = await models.Facility.findById(v.facilityId).lean();
          if (!facility) throw notFound('Facility', v.facilityId);
          agencyId = facility.operatorId;
        } else agencyId = await agencyForDistrict(models, v.district);
        if (!(await models.KnownDistrict.exists({ _id: v.district }))) throw notFound('District', v.district);
        const hash = piiLookupHash(keys, v.rrn, normaliseRrn);
        // Legacy records (`v1:`, not yet rotated) carry the legacy key's hash: the check looks for both.
        const hashes = piiLookupHashes(keys, v.rrn, normaliseRrn);
        // Keyed by the hash, not the number: two registrations of one person cannot both pass the check.
        return withKey(models.CareRecipient.db, `rrn/${hash}`, async () => {
          if (await models.CareRecipient.exists({ rrnHash: trusted({ $in: hashes }) }))
            throw conflict('a care recipient with this resident registration number is already registered', {
              reason: 'DUPLICATE_RECIPIENT',
            });
          const data: RecipientPersonalData = { name: v.name, birthDate: v.birthDate, phone: v.phone, address: v.address };
          return insertAggregate(
            models.CareRecipient,
            {
              _id: v.id,
              agencyId,
              facilityId: v.facilityId,
              district: v.district,
              pii: encryptPii(keys, JSON.stringify(data), PII_CONTEXT.personalData(v.id)),
              rrn: encryptPii(keys, v.rrn, PII_CONTEXT.rrn(v.id)),
              rrnHash: hash,
              household: v.household,
              eligibilityReasons: v.eligibilityReasons,
              status: 'IDENTIFIED' as const,
              identifiedOn: v.identifiedOn,
              statusHistory: [{ status: 'IDENTIFIED' as const, on: v.identifiedOn }],
              registeredAt: new Date(),
            },
            [],
            runtime.publish,
            'care recipient',
          );
        });
      },
      moveCareRecipient: (_: unknown, args: { id: string; status: RecipientStatus; on: string }, ctx: Ctx) => {
        const id = unwrap(checkId(args.id));
        const on = unwrap(checkDate(args.on, 'on'));
        if (on > todayInSeoul()) throw badInput('on must not be in the future', 'on');
        return withDocument(models.CareRecipient, id, async () => {
          const r = await knownRecipient(id);
          ctx.reach.check('CareRecipient', r);
          if (!canMoveRecipient(r.status, args.status)) throw invalidTransition('CareRecipient', id, r.status, args.status);
          const last = r.statusHistory[r.statusHistory.length - 1];
          if (last && on < last.on) throw badInput(`on must not be before the last change (${last.on})`, 'on');
          const entries =
            args.status === 'SELECTED'
              ? [
                  outbox.entry(EventTypes.CareRecipientSelected, {
                    recipientId: id,
                    agencyId: r.agencyId,
                    facilityId: r.facilityId,
                    district: r.district,
                    eligibilityReasons: r.eligibilityReasons,
                    selectedOn: on,
                  }),
                ]
              : [];
          const change = { $set: { status: args.status }, $push: { statusHistory: { status: args.status, on } } };
          const updated = await models.CareRecipient.findOneAndUpdate(
            { _id: id, status: r.status },
            entries.length > 0 ? { ...change, $push: { ...change.$push, ...outbox.push(...entries) } } : change,
            { new: true },
          ).lean();
          if (!updated) throw conflict(`care recipient "${id}" was changed concurrently; retry`, { id });
          if (entries.length > 0) runtime.publish(models.CareRecipient, id);
          return updated;
        });
      },
      receiveCareRequest: async (_: unknown, args: { input: ReceiveInput }, ctx: Ctx) => {
        const i = args.input;
        const v = unwrap(
          all({
            id: checkId(i.id),
            district: checkDistrict(i.district),
            requestedServices: checkServices(i.requestedServices),
            referralId: optional(i.referralId, (x) => checkId(x, 'referralId')),
            recipientId: optional(i.recipientId, (x) => checkId(x, 'recipientId')),
            receivedOn: checkDate(i.receivedOn, 'receivedOn'),
          }),
        );
        if (v.receivedOn > todayInSeoul()) throw badInput('receivedOn must not be in the future', 'receivedOn');
        if ((i.channel === 'REFERRAL') !== (v.referralId !== null))
          throw badInput('a referralId is given exactly when the channel is REFERRAL', 'referralId');
        ctx.reach.check('CareRequest', { district: v.district });
        if (v.recipientId !== null) ctx.reach.check('CareRecipient', await knownRecipient(v.recipientId));
        return receiveCareRequest(models, runtime, { ...v, channel: i.channel });
      },
      assessCareRequest: async (
        _: unknown,
        args: { id: string; input: { assessedOn: string; eligible: boolean; assessedServices: SosService[]; recipientId?: string | null } },
        ctx: Ctx,
      ) => {
        const i = args.input;
        const assessedOn = unwrap(checkDate(i.assessedOn, 'assessedOn'));
        const recipientId = unwrap(optional(i.recipientId, (x) => checkId(x, 'recipientId')));
        if (i.eligible) unwrap(checkServices(i.assessedServices, 'assessedServices'));
        if (recipientId !== null) ctx.reach.check('CareRecipient', await knownRecipient(recipientId));
        return requestStep(
          args.id,
          (r) => {
            ctx.reach.check('CareRequest', r);
            if (r.status !== 'RECEIVED') throw invalidTransition('CareRequest', r._id, r.status, 'ASSESSED');
            if (assessedOn < r.receivedOn) throw badInput('assessedOn must not be before receivedOn', 'assessedOn');
          },
          {
            status: 'ASSESSED',
            assessment: { assessedOn, eligible: i.eligible, assessedServices: i.assessedServices },
            ...(recipientId !== null ? { recipientId } : {}),
          },
          () => [],
        );
      },
      planCareRequest: async (
        _: unknown,
        args: { id: string; input: { plannedOn: string; services: SosService[]; facilityId?: string | null; sessions: number } },
        ctx: Ctx,
      ) => {
        const i = args.input;
        const v = unwrap(
          all({
            plannedOn: checkDate(i.plannedOn, 'plannedOn'),
            services: checkServices(i.services, 'services'),
            facilityId: optional(i.facilityId, (x) => checkId(x, 'facilityId')),
            sessions: checkInt(i.sessions, 'sessions', 1, 1_000),
          }),
        );
        if (v.facilityId !== null && !(await models.Facility.exists({ _id: v.facilityId }))) throw notFound('Facility', v.facilityId);
        return requestStep(
          args.id,
          (r) => {
            ctx.reach.check('CareRequest', r);
            if (r.status !== 'ASSESSED') throw invalidTransition('CareRequest', r._id, r.status, 'PLANNED');
            if (!r.assessment?.eligible) throw conflict('a request assessed as not eligible cannot be planned', { reason: 'NOT_ELIGIBLE' });
            if (v.plannedOn < r.assessment.assessedOn) throw badInput('plannedOn must not be before assessedOn', 'plannedOn');
          },
          { status: 'PLANNED', plan: v },
          () => [],
        );
      },
      resolveCareRequest: (
        _: unknown,
        args: { id: string; outcome: CareRequestOutcome; resolvedOn: string; reason?: string | null },
        ctx: Ctx,
      ) => {
        const resolvedOn = unwrap(checkDate(args.resolvedOn, 'resolvedOn'));
        const reason = unwrap(optional(args.reason, (x) => checkText(x, 'reason', 500)));
        return requestStep(
          args.id,
          (r) => {
            ctx.reach.check('CareRequest', r);
            if (!canResolve(r.status, args.outcome)) throw invalidTransition('CareRequest', r._id, r.status, 'RESOLVED');
            if (resolvedOn < r.receivedOn) throw badInput('resolvedOn must not be before receivedOn', 'resolvedOn');
          },
          { status: 'RESOLVED', outcome: args.outcome, outcomeReason: reason, resolvedOn },
          (r) => [
            outbox.entry(EventTypes.CareRequestResolved, {
              requestId: r._id,
              referralId: r.referralId,
              recipientId: r.recipientId,
              outcome: args.outcome,
              reason,
              resolvedOn,
            }),
          ],
        );
      },
      recordCareVisit: async (_: unknown, args: { input: VisitInput }, ctx: Ctx) => {
        const i = args.input;
        const v = unwrap(
          all({
            id: checkId(i.id),
            recipientId: checkId(i.recipientId, 'recipientId'),
            requestId: optional(i.requestId, (x) => checkId(x, 'requestId')),
            deliveredOn: checkDate(i.deliveredOn, 'deliveredOn'),
            hours: checkVisitHours(i.hours),
          }),
        );
        if (v.deliveredOn > todayInSeoul()) throw badInput('deliveredOn must not be in the future', 'deliveredOn');
        if (i.workerIds.length === 0 || i.workerIds.length > 10) throw badInput('a visit names 1 to 10 workers', 'workerIds');
        const workerIds = i.workerIds.map((w) => unwrap(checkId(w, 'workerIds')));
        if (new Set(workerIds).size !== workerIds.length) throw badInput('workerIds must not repeat', 'workerIds');
        if (i.activities.length === 0 || new Set(i.activities).size !== i.activities.length)
          throw badInput('activities must name at least one activity, without repeats', 'activities');
        const capped = i.serviceType === 'EMERGENCY_CARE' || i.serviceType === 'GAP_CARE';
        if (!capped && (i.unitPrice == null || i.unitHours == null))
          throw badInput('unitPrice and unitHours are needed for services other than EMERGENCY_CARE and GAP_CARE', 'unitPrice');
        const unitPriceKRW = unwrap(checkInt(i.unitPrice ?? C5_RATE.unitPriceKRW, 'unitPrice', 0, 10_000_000));
        const unitHours = i.unitHours ?? C5_RATE.unitHours;
        if (!(unitHours > 0 && unitHours <= 24 && Number.isInteger(unitHours * 2)))
          throw badInput('unitHours must be a multiple of 0.5 from 0.5 to 24', 'unitHours');
        if (v.requestId !== null && !(await models.CareRequest.exists({ _id: v.requestId }))) throw notFound('CareRequest', v.requestId);
        // Under the recipient's lock: two visits cannot both take the last hours of a cap.
        return withDocument(models.CareRecipient, v.recipientId, async () => {
          const r = await knownRecipient(v.recipientId);
          ctx.reach.check('CareRecipient', r);
          if (await models.CareVisit.exists({ _id: v.id })) throw conflict(`care visit "${v.id}" is already recorded`, { id: v.id });
          if (r.status !== 'RECEIVING')
            throw conflict(`care recipient "${r._id}" is ${r.status}; visits are recorded while RECEIVING`, {
              reason: 'NOT_RECEIVING',
              status: r.status,
            });
          if (v.deliveredOn < r.identifiedOn) throw badInput('deliveredOn must not be before the recipient was identified', 'deliveredOn');
          // Staffing's pool as this service has consumed it (ref_emergency_care_workers).
          const pool = await models.KnownWorker.find({ _id: trusted({ $in: workerIds }) }).lean();
          unwrap(
            checkWorkers(
              workerIds,
              pool.map((w) => w.data),
              r.district,
            ),
          );
          const existing = await models.CareVisit.find({ recipientId: r._id }).lean();
          const facts = { deliveredOn: v.deliveredOn, hours: v.hours, serviceType: i.serviceType, covidRelated: i.covidRelated };
          const { checks, exceeded } = checkCaps(existing, facts);
          if (exceeded)
            throw conflict(
              `the visit would exceed ${exceeded.cap}: ${exceeded.remainingBefore} ${exceeded.unit.toLowerCase()} of ${exceeded.limit} remain`,
              {
                reason: 'CAP_EXCEEDED',
                cap: exceeded.cap,
                unit: exceeded.unit,
                limit: exceeded.limit,
                used: exceeded.usedBefore,
                remaining: exceeded.remainingBefore,
                ...(exceeded.unit === 'HOURS' ? { remainingHours: exceeded.remainingBefore } : { remainingDays: exceeded.remainingBefore }),
              },
            );
          const amountKRW = visitAmount(unitPriceKRW, v.hours, unitHours);
          const visit: CareVisitDoc = {
            _id: v.id,
            recipientId: r._id,
            requestId: v.requestId,
            agencyId: r.agencyId,
            facilityId: r.facilityId,
            district: r.district,
            workerIds,
            serviceType: i.serviceType,
            covidRelated: i.covidRelated,
            activities: i.activities,
            deliveredOn: v.deliveredOn,
            hours: v.hours,
            unitPriceKRW,
            unitHours,
            amountKRW,
            recordedAt: new Date(),
          };
          const events = [
            outbox.entry(EventTypes.CareVisitDelivered, {
              visitId: v.id,
              recipientId: r._id,
              agencyId: r.agencyId,
              facilityId: r.facilityId,
              workerId: workerIds[0] ?? null,
              serviceType: i.serviceType,
              district: r.district,
              deliveredOn: v.deliveredOn,
              hours: v.hours,
              unitPriceKRW,
              unitHours,
              amountKRW,
            }),
            // Reaching a cap exactly (not having reached it before) is announced once.
            ...checks
              .filter((c) => c.usedAfter === c.limit && c.usedBefore < c.limit)
              .map((c) =>
                outbox.entry(EventTypes.CareCapReached, {
                  recipientId: r._id,
                  visitId: v.id,
                  agencyId: r.agencyId,
                  cap: c.cap,
                  unit: c.unit,
                  limit: c.limit,
                  used: c.usedAfter,
                  reachedOn: v.deliveredOn,
                }),
              ),
          ];
          return insertAggregate(models.CareVisit, visit, events, runtime.publish, 'care visit');
        });
      },
      recordSosVolumeReport: async (_: unknown, args: { input: SosReportInput }) => {
        const i = args.input;
        const v = unwrap(
          all({
            id: checkId(i.id),
            title: checkText(i.title, 'title', 200),
            periodStart: checkDate(i.periodStart, 'periodStart'),
            periodEnd: checkDate(i.periodEnd, 'periodEnd'),
            source: checkText(i.source, 'source', 200),
          }),
        );
        if (v.periodEnd < v.periodStart) throw badInput('periodEnd must not be before periodStart', 'periodEnd');
        if (i.lines.length === 0 || i.lines.length > 500) throw badInput('a report has 1 to 500 lines', 'lines');
        const lines = i.lines.map((l) => ({
          serviceType: l.serviceType,
          provider: l.provider,
          district: unwrap(optional(l.district, (d) => checkDistrict(d, 'lines.district'))),
          count: unwrap(checkInt(l.count, 'lines.count', 0, 10_000_000)),
          amountKRW: unwrap(optional(l.amount, (a) => checkInt(a, 'lines.amount', 0, Number.MAX_SAFE_INTEGER))),
        }));
        const keyOf = (l: { serviceType: string; provider: string; district: string | null }) =>
          `${l.serviceType}/${l.provider}/${l.district}`;
        if (new Set(lines.map(keyOf)).size !== lines.length) throw badInput('a service, provider and district appear once', 'lines');
        const reportedTotals = i.reportedTotals.map((t) => ({
          provider: t.provider,
          scope: t.scope,
          count: unwrap(optional(t.count, (c) => checkInt(c, 'reportedTotals.count', 0, 10_000_000))),
          amountKRW: unwrap(optional(t.amount, (a) => checkInt(a, 'reportedTotals.amount', 0, Number.MAX_SAFE_INTEGER))),
          source: unwrap(checkText(t.source, 'reportedTotals.source', 200)),
        }));
        const { id, ...rest } = v;
        return insertAggregate(
          models.SosVolumeReport,
          { _id: id, ...rest, coversAllServices: i.coversAllServices, lines, reportedTotals },
          [],
          () => undefined,
          'SOS volume report',
        );
      },
      receiveComplaint: async (
        _: unknown,
        args: { input: { id: string; facilityId: string; recipientId?: string | null; channel: ComplaintChannel; receivedOn: string } },
        ctx: Ctx,
      ) => {
        const i = args.input;
        const v = unwrap(
          all({
            id: checkId(i.id),
            facilityId: checkId(i.facilityId, 'facilityId'),
            recipientId: optional(i.recipientId, (x) => checkId(x, 'recipientId')),
            receivedOn: checkDate(i.receivedOn, 'receivedOn'),
          }),
        );
        if (v.receivedOn > todayInSeoul()) throw badInput('receivedOn must not be in the future', 'receivedOn');
        ctx.reach.check('Complaint', { facilityId: v.facilityId });
        const facility = await models.Facility.findById(v.facilityId).lean();
        if (!facility) throw notFound('Facility', v.facilityId);
        if (v.recipientId !== null) ctx.reach.check('CareRecipient', await knownRecipient(v.recipientId));
        const event = outbox.entry(EventTypes.ComplaintReceived, {
          complaintId: v.id,
          facilityId: v.facilityId,
          agencyId: facility.operatorId,
          channel: i.channel,
          receivedOn: v.receivedOn,
        });
        return insertAggregate(
          models.Complaint,
          {
            _id: v.id,
            facilityId: v.facilityId,
            agencyId: facility.operatorId,
            recipientId: v.recipientId,
            channel: i.channel,
            stage: 'RECEIVED' as const,
            receivedOn: v.receivedOn,
            resolvedOn: null,
            history: [{ stage: 'RECEIVED' as const, on: v.receivedOn }],
          },
          [event],
          runtime.publish,
          'complaint',
        );
      },
      advanceComplaint: (_: unknown, args: { id: string; stage: ComplaintStage; on: string }, ctx: Ctx) => {
        const id = unwrap(checkId(args.id));
        const on = unwrap(checkDate(args.on, 'on'));
        if (on > todayInSeoul()) throw badInput('on must not be in the future', 'on');
        return withDocument(models.Complaint, id, async () => {
          const c = await models.Complaint.findById(id).lean();
          if (!c) throw notFound('Complaint', id);
          ctx.reach.check('Complaint', c);
          if (nextComplaintStage(c.stage) !== args.stage) throw invalidTransition('Complaint', id, c.stage, args.stage);
          const last = c.history[c.history.length - 1];
          if (last && on < last.on) throw badInput(`on must not be before the last stage (${last.on})`, 'on');
          const resolved = args.stage === 'RESOLVED';
          const entries = resolved
            ? [
                outbox.entry(EventTypes.ComplaintResolved, {
                  complaintId: id,
                  facilityId: c.facilityId,
                  agencyId: c.agencyId,
                  receivedOn: c.receivedOn,
                  resolvedOn: on,
                  daysToResolve: complaintAgeDays({ receivedOn: c.receivedOn, resolvedOn: on }, on),
                }),
              ]
            : [];
          const updated = await models.Complaint.findOneAndUpdate(
            { _id: id, stage: c.stage },
            {
              $set: { stage: args.stage, ...(resolved ? { resolvedOn: on } : {}) },
              $push: { history: { stage: args.stage, on }, ...(entries.length > 0 ? outbox.push(...entries) : {}) },
            },
            { new: true },
          ).lean();
          if (!updated) throw conflict(`complaint "${id}" was changed concurrently; retry`, { id });
          if (entries.length > 0) runtime.publish(models.Complaint, id);
          return updated;
        });
      },
      recordCareSatisfactionSurvey: async (
        _: unknown,
        args: {
          input: {
            facilityId: string;
            year: number;
            respondentGroup: 'USERS' | 'CARE_WORKERS';
            respondents: number;
            rural: boolean;
            elements: ElementScores;
            overall: number;
            conductedOn: string;
          };
        },
      ) => {
        const i = args.input;
        const v = unwrap(
          all({
            facilityId: checkId(i.facilityId, 'facilityId'),
            year: checkInt(i.year, 'year', 2000, 2100),
            respondents: checkInt(i.respondents, 'respondents', 1, 1_000_000),
            overall: checkScore(i.overall, 'overall'),
            conductedOn: checkDate(i.conductedOn, 'conductedOn'),
          }),
        );
        for (const k of SATISFACTION_ELEMENTS) unwrap(checkScore(i.elements[k], `elements.${k}`));
        if (v.conductedOn.slice(0, 4) !== String(v.year)) throw badInput('conductedOn must fall in the survey year', 'conductedOn');
        if (v.conductedOn > todayInSeoul()) throw badInput('conductedOn must not be in the future', 'conductedOn');
        const facility = await models.Facility.findById(v.facilityId).lean();
        if (!facility) throw notFound('Facility', v.facilityId);
        const elements = Object.fromEntries(SATISFACTION_ELEMENTS.map((k) => [k, i.elements[k]])) as ElementScores;
        const score = satisfactionScore(elements, v.overall);
        const target = satisfactionTarget(i.rural);
        const _id = `${v.facilityId}:${v.year}:${i.respondentGroup}`;
        const event = outbox.entry(EventTypes.SatisfactionSurveyCompleted, {
          surveyId: _id,
          facilityId: v.facilityId,
          agencyId: facility.operatorId,
          year: v.year,
          respondentGroup: i.respondentGroup,
          respondents: v.respondents,
          score,
          target,
          meetsTarget: score >= target,
        });
        return insertAggregate(
          models.SatisfactionSurvey,
          {
            _id,
            facilityId: v.facilityId,
            agencyId: facility.operatorId,
            year: v.year,
            respondentGroup: i.respondentGroup,
            respondents: v.respondents,
            rural: i.rural,
            elements,
            overall: v.overall,
            score,
            target,
            conductedOn: v.conductedOn,
          },
          [event],
          runtime.publish,
          'satisfaction survey (one per facility, year and respondent group)',
        );
      },
      recordFacilityMonitoring: async (
        _: unknown,
        args: {
          input: {
            id: string;
            facilityId: string;
            mode: MonitoringMode;
            monitoredOn: string;
            usersInterviewed: number;
            staffInterviewed: number;
            issuesHeard: number;
            needsDiagnosis: boolean;
          };
        },
      ) => {
        const i = args.input;
        const v = unwrap(
          all({
            id: checkId(i.id),
            facilityId: checkId(i.facilityId, 'facilityId'),
            monitoredOn: checkDate(i.monitoredOn, 'monitoredOn'),
            usersInterviewed: checkInt(i.usersInterviewed, 'usersInterviewed', 0, 10_000),
            staffInterviewed: checkInt(i.staffInterviewed, 'staffInterviewed', 0, 10_000),
            issuesHeard: checkInt(i.issuesHeard, 'issuesHeard', 0, 10_000),
          }),
        );
        if (v.monitoredOn > todayInSeoul()) throw badInput('monitoredOn must not be in the future', 'monitoredOn');
        if (!(await models.Facility.exists({ _id: v.facilityId }))) throw notFound('Facility', v.facilityId);
        const { id, ...rest } = v;
        return insertAggregate(
          models.FacilityMonitoring,
          { _id: id, ...rest, mode: i.mode, needsDiagnosis: i.needsDiagnosis },
          [],
          () => undefined,
          'facility monitoring',
        );
      },
      openOrganizationalDiagnosis: async (
        _: unknown,
        args: {
          input: {
            id: string;
            facilityId?: string | null;
            monitoringId?: string | null;
            trigger: DiagnosisTrigger;
            scope: DiagnosisScope;
            startedOn: string;
          };
        },
      ) => {
        const i = args.input;
        const v = unwrap(
          all({
            id: checkId(i.id),
            facilityId: optional(i.facilityId, (x) => checkId(x, 'facilityId')),
            monitoringId: optional(i.monitoringId, (x) => checkId(x, 'monitoringId')),
            startedOn: checkDate(i.startedOn, 'startedOn'),
          }),
        );
        if (v.startedOn > todayInSeoul()) throw badInput('startedOn must not be in the future', 'startedOn');
        if ((i.trigger === 'MONITORING') !== (v.monitoringId !== null))
          throw badInput('a monitoringId is given exactly when the trigger is MONITORING', 'monitoringId');
        const open = async (facilityId: string) => {
          if (!(await models.Facility.exists({ _id: facilityId }))) throw notFound('Facility', facilityId);
          const doc: OrganizationalDiagnosisDoc = {
            _id: v.id,
            facilityId,
            trigger: i.trigger,
            monitoringId: v.monitoringId,
            scope: i.scope,
            status: 'IN_PROGRESS',
            startedOn: v.startedOn,
            completedOn: null,
            measures: [],
          };
          return insertAggregate(models.OrganizationalDiagnosis, doc, [], () => undefined, 'organizational diagnosis');
        };
        if (v.monitoringId === null) {
          if (v.facilityId === null) throw badInput('facilityId is needed unless the diagnosis escalates a monitoring', 'facilityId');
          return open(v.facilityId);
        }
        const monitoringId = v.monitoringId;
        // 모니터링 결과 보고 후 조직진단으로 전환: once per monitoring, under its lock.
        return withDocument(models.FacilityMonitoring, monitoringId, async () => {
          const m = await models.FacilityMonitoring.findById(monitoringId).lean();
          if (!m) throw notFound('FacilityMonitoring', monitoringId);
          if (v.facilityId !== null && v.facilityId !== m.facilityId)
            throw badInput(`monitoring "${monitoringId}" is of facility "${m.facilityId}"`, 'facilityId');
          if (v.startedOn < m.monitoredOn) throw badInput('a diagnosis starts after the monitoring that led to it', 'startedOn');
          const earlier = await models.OrganizationalDiagnosis.findOne({ monitoringId }, { _id: 1 }).lean();
          if (earlier)
            throw conflict(`monitoring "${monitoringId}" already escalated to "${earlier._id}"`, {
              reason: 'ALREADY_ESCALATED',
              id: earlier._id,
            });
          return open(m.facilityId);
        });
      },
      completeOrganizationalDiagnosis: (_: unknown, args: { id: string; completedOn: string; measures: InnovationMeasure[] }) => {
        const id = unwrap(checkId(args.id));
        const completedOn = unwrap(checkDate(args.completedOn, 'completedOn'));
        if (args.measures.length === 0 || new Set(args.measures).size !== args.measures.length)
          throw badInput('an innovation strategy names at least one measure, without repeats', 'measures');
        return withDocument(models.OrganizationalDiagnosis, id, async () => {
          const d = await models.OrganizationalDiagnosis.findById(id).lean();
          if (!d) throw notFound('OrganizationalDiagnosis', id);
          if (d.status !== 'IN_PROGRESS') throw invalidTransition('OrganizationalDiagnosis', id, d.status, 'COMPLETED');
          if (completedOn < d.startedOn) throw badInput('completedOn must not be before startedOn', 'completedOn');
          return models.OrganizationalDiagnosis.findOneAndUpdate(
            { _id: id, status: 'IN_PROGRESS' },
            { $set: { status: 'COMPLETED', completedOn, measures: args.measures } },
            { new: true },
          )
            .lean()
            .exec();
        });
      },
      registerFacility: async (_: unknown, args: { input: RegisterFacilityInput }) => {
        const f = unwrap(validateFacility(args.input));
        if (await models.Facility.exists({ _id: f.id })) throw conflict(`facility "${f.id}" is already registered`, { id: f.id });
        if (!(await models.KnownAgency.exists({ _id: f.operatorId }))) throw notFound('Agency', f.operatorId);
        if (!(await models.KnownDistrict.exists({ _id: f.district }))) throw notFound('District', f.district);
        const event = outbox.entry(EventTypes.FacilityRegistered, {
          facilityId: f.id,
          name: f.name,
          type: f.type,
          centreModel: f.centreModel,
          operationMode: f.operationMode,
          operatorId: f.operatorId,
          district: f.district,
          status: f.status,
          openedOn: f.openedOn,
        });
        const { id, ...fields } = f;
        const doc = await models.Facility.create({
          _id: id,
          ...fields,
          entrustmentStart: null,
          entrustmentEnd: null,
          endedOn: null,
          registeredAt: new Date(),
          _outbox: [event],
        });
        runtime.publish(models.Facility, id);
        return doc.toObject();
      },
      entrustFacility: (_: unknown, args: { input: EntrustInput }) => {
        const e = unwrap(validateEntrustment(args.input));
        return step(e.id, 'entrust', { entrustmentStart: e.entrustmentStart, entrustmentEnd: e.entrustmentEnd }, (f) =>
          outbox.entry(EventTypes.FacilityEntrustmentStarted, {
            facilityId: f._id,
            agencyId: f.operatorId,
            entrustmentStart: e.entrustmentStart,
            entrustmentEnd: e.entrustmentEnd,
            authorisedStaff: e.authorisedStaff,
          }),
        );
      },
      openFacility: (_: unknown, args: { id: string; openedOn: string }) => {
        const openedOn = unwrap(checkDate(args.openedOn, 'openedOn'));
        return step(args.id, 'open', { openedOn, openedOnPrecision: 'DAY' }, (f) => {
          if (f.entrustmentStart && openedOn < f.entrustmentStart)
            throw badInput('a facility opens within its entrustment period', 'openedOn');
          return outbox.entry(EventTypes.FacilityOpened, { facilityId: f._id, agencyId: f.operatorId, openedOn });
        });
      },
      endFacilityEntrustment: (_: unknown, args: { id: string; endedOn: string; reason: string }) => {
        const endedOn = unwrap(checkDate(args.endedOn, 'endedOn'));
        const reason = unwrap(checkText(args.reason, 'reason', 500));
        return step(args.id, 'end', { endedOn }, (f) => {
          if (f.entrustmentStart && endedOn < f.entrustmentStart)
            throw badInput('endedOn must not be before the entrustment start', 'endedOn');
          return outbox.entry(EventTypes.FacilityEntrustmentEnded, { facilityId: f._id, agencyId: f.operatorId, endedOn, reason });
        });
      },
    },
    CareRecipient: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.recipient.load(ref.id),
      id: (r: CareRecipientDoc) => r._id,
      name: (r: CareRecipientDoc, _: unknown, ctx: Ctx) => visibleData(r, ctx).name,
      personalDataVisible: (r: CareRecipientDoc, _: unknown, ctx: Ctx) => canSeePersonalData(ctx.caller, r.facilityId),
      birthDate: (r: CareRecipientDoc, _: unknown, ctx: Ctx) => {
        const d = visibleData(r, ctx);
        return d.visible ? d.birthDate : null;
      },
      phone: (r: CareRecipientDoc, _: unknown, ctx: Ctx) => visibleData(r, ctx).phone,
      address: (r: CareRecipientDoc, _: unknown, ctx: Ctx) => visibleData(r, ctx).address,
      agency: (r: CareRecipientDoc) => ({ id: r.agencyId }),
      facility: (r: CareRecipientDoc, _: unknown, ctx: Ctx) => (r.facilityId ? ctx.loaders.facility.load(r.facilityId) : null),
      district: (r: CareRecipientDoc) => ({ name: r.district }),
      visits: async (r: CareRecipientDoc, args: PageArgs, ctx: Ctx) => {
        if (!canSeePersonalData(ctx.caller, r.facilityId)) return null;
        return pageOfLoaded(await ctx.loaders.visitsByRecipient.load(r._id), args);
      },
    },
    CareRequest: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.request.load(ref.id),
      id: (r: CareRequestDoc) => r._id,
      agency: (r: CareRequestDoc) => ({ id: r.agencyId }),
      district: (r: CareRequestDoc) => ({ name: r.district }),
      recipient: (r: CareRequestDoc, _: unknown, ctx: Ctx) => (r.recipientId ? ctx.loaders.recipient.load(r.recipientId) : null),
    },
    CarePlan: {
      facility: (p: { facilityId: string | null }, _: unknown, ctx: Ctx) => (p.facilityId ? ctx.loaders.facility.load(p.facilityId) : null),
    },
    CareVisit: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.visit.load(ref.id),
      id: (v: CareVisitDoc) => v._id,
      recipient: (v: CareVisitDoc, _: unknown, ctx: Ctx) => ctx.loaders.recipient.load(v.recipientId),
      request: (v: CareVisitDoc, _: unknown, ctx: Ctx) => (v.requestId ? ctx.loaders.request.load(v.requestId) : null),
      agency: (v: CareVisitDoc) => ({ id: v.agencyId }),
      facility: (v: CareVisitDoc, _: unknown, ctx: Ctx) => (v.facilityId ? ctx.loaders.facility.load(v.facilityId) : null),
      district: (v: CareVisitDoc) => ({ name: v.district }),
      workers: (v: CareVisitDoc) => v.workerIds.map((id) => ({ id })),
      unitPrice: (v: CareVisitDoc) => v.unitPriceKRW,
      amount: (v: CareVisitDoc) => v.amountKRW,
    },
    DailyCareReport: {
      facility: (d: { facility: { id: string } | null }, _: unknown, ctx: Ctx) =>
        d.facility ? ctx.loaders.facility.load(d.facility.id) : null,
    },
    SosVolumeReport: {
      id: (r: SosVolumeReportDoc) => r._id,
      lines: (r: SosVolumeReportDoc) =>
        r.lines.map((l) => ({ ...l, district: l.district === null ? null : { name: l.district }, amount: l.amountKRW })),
      byServiceType: (r: SosVolumeReportDoc, args: { provider: SosProvider }) => {
        const lines = r.lines.filter((l) => l.provider === args.provider);
        return [...new Set(lines.map((l) => l.serviceType))].map((serviceType) => {
          const of = lines.filter((l) => l.serviceType === serviceType);
          return { serviceType, count: of.reduce((s, l) => s + l.count, 0), amount: sumAmounts(of.map((l) => l.amountKRW)) };
        });
      },
      byDistrict: (r: SosVolumeReportDoc, args: { provider: SosProvider }) => {
        const lines = r.lines.filter((l) => l.provider === args.provider && l.district !== null);
        return [...new Set(lines.map((l) => l.district as string))].map((district) => ({
          district: { name: district },
          count: lines.filter((l) => l.district === district).reduce((s, l) => s + l.count, 0),
        }));
      },
      totals: (r: SosVolumeReportDoc) =>
        r.reportedTotals.map((t) => {
          const inScope = r.lines.filter(
            (l) => l.provider === t.provider && (t.scope === 'ALL_SERVICES' || DAILY_CONVENIENCE.includes(l.serviceType)),
          );
          const computable = t.scope === 'DAILY_CONVENIENCE' || r.coversAllServices;
          const count = computable ? inScope.reduce((s, l) => s + l.count, 0) : null;
          const amount = computable ? sumAmounts(inScope.map((l) => l.amountKRW)) : null;
          const matches = (a: number | null, b: number | null) => (a === null || b === null ? null : a === b);
          return {
            provider: t.provider,
            scope: t.scope,
            count,
            amount,
            reportedCount: t.count,
            reportedAmount: t.amountKRW,
            countMatches: matches(count, t.count),
            amountMatches: matches(amount, t.amountKRW),
            source: t.source,
          };
        }),
    },
    Complaint: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.complaint.load(ref.id),
      id: (c: ComplaintDoc) => c._id,
      facility: (c: ComplaintDoc, _: unknown, ctx: Ctx) => ctx.loaders.facility.load(c.facilityId),
      recipient: (c: ComplaintDoc, _: unknown, ctx: Ctx) => (c.recipientId ? ctx.loaders.recipient.load(c.recipientId) : null),
      ageDays: (c: ComplaintDoc, args: { asOf?: string | null }) =>
        complaintAgeDays(c, args.asOf == null ? todayInSeoul() : unwrap(checkDate(args.asOf, 'asOf'))),
    },
    FacilityMonitoring: {
      id: (m: FacilityMonitoringDoc) => m._id,
      facility: (m: FacilityMonitoringDoc, _: unknown, ctx: Ctx) => ctx.loaders.facility.load(m.facilityId),
      diagnosis: async (m: FacilityMonitoringDoc, _: unknown, ctx: Ctx) => (await ctx.loaders.diagnosesByMonitoring.load(m._id))[0] ?? null,
    },
    OrganizationalDiagnosis: {
      id: (d: OrganizationalDiagnosisDoc) => d._id,
      facility: (d: OrganizationalDiagnosisDoc, _: unknown, ctx: Ctx) => ctx.loaders.facility.load(d.facilityId),
      monitoring: (d: OrganizationalDiagnosisDoc, _: unknown, ctx: Ctx) =>
        d.monitoringId ? ctx.loaders.monitoring.load(d.monitoringId) : null,
    },
    CareDemand: {
      district: (d: { district: string }) => ({ name: d.district }),
    },
    CareSatisfactionSurvey: {
      id: (s: SatisfactionSurveyDoc) => s._id,
      facility: (s: SatisfactionSurveyDoc, _: unknown, ctx: Ctx) => ctx.loaders.facility.load(s.facilityId),
      meetsTarget: (s: SatisfactionSurveyDoc) => s.score >= s.target,
    },
    Facility: {
      satisfactionSurveys: (f: FacilityDoc, _: unknown, ctx: Ctx) => ctx.loaders.surveysByFacility.load(f._id),
      substituteCoverage: async (f: FacilityDoc, args: { year: number; month?: number | null }, ctx: Ctx) => {
        const year = unwrap(checkInt(args.year, 'year', 2000, 2100));
        const month = args.month == null ? null : unwrap(checkInt(args.month, 'month', 1, 12));
        return substituteCoverage(await ctx.loaders.dispatchesByFacility.load(f._id), year, month);
      },
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.facility.load(ref.id),
      id: (f: FacilityDoc) => f._id,
      operator: (f: FacilityDoc) => ({ id: f.operatorId }),
      district: (f: FacilityDoc) => ({ name: f.district }),
    },
  } satisfies ServiceResolvers;
}
