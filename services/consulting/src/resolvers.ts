import {
  checkPage,
  DateScalar,
  DateTimeScalar,
  KRWScalar,
  paginate,
  unwrap,
  checkId,
  checkInt,
  conflict,
  notFound,
  invalidTransition,
  type OutboxEntry,
  type ServiceRuntime,
  type SubgraphContext,
} from '@pass-graph/platform';
import { withDocument } from '@pass-graph/platform';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import type { FilterQuery } from 'mongoose';
import {
  checkConsultantFits,
  checkDistrict,
  checkEligibility,
  checkHours,
  checkNotBefore,
  checkReason,
  checkTransition,
  computeFee,
  rowMatchesReported,
  summarizeInspections,
  totalCases,
  validateConsultant,
  validateInspectionResult,
  validateProvider,
  validateReportedTotals,
  validateRequest,
  type AppointConsultantInput,
  type CaseStatus,
  type ConsultantField,
  type RecordInspectionResultInput,
  type RegisterProviderInput,
  type ReportedInspectionTotalsInput,
  type RequestConsultingInput,
} from './domain';
import {
  PUBLISHES,
  caseAssigned,
  caseCancelled,
  caseCompleted,
  caseRequested,
  caseStarted,
  consultantAppointed,
  inspectionResultRecorded,
  inspectionTotalsReported,
  providerRegistered,
} from './events';
import type { Loaders } from './loaders';
import type { ConsultantDoc, ConsultingCaseDoc, InspectionResultDoc, Models, ProviderDoc } from './models';

type Ctx = SubgraphContext<Loaders>;
type CaseChange = { set: Partial<ConsultingCaseDoc>; event: OutboxEntry };

export function createResolvers(models: Models, runtime: ServiceRuntime): GraphQLResolverMap<Ctx> {
  const { outbox } = runtime;

  /**
   * Moves a case from its current status to `to`. The status read first is the
   * guard of the write (`{_id, status: from}`), so of two concurrent requests only
   * one matches; the other answers CONFLICT (reason INVALID_TRANSITION). State and event commit together.
   */
  async function transition(
    ctx: Ctx,
    rawId: string,
    to: CaseStatus,
    change: (current: ConsultingCaseDoc) => Promise<CaseChange> | CaseChange,
  ): Promise<ConsultingCaseDoc> {
    const id = unwrap(checkId(rawId));
    // Read, check and write under the case's lock: FerretDB v1 does not isolate concurrent updates.
    return withDocument(models.ConsultingCase, id, async () => {
      const current = await ctx.loaders.consultingCase.clear(id).load(id);
      if (!current) throw notFound('ConsultingCase', id);
      const from = current.status;
      unwrap(checkTransition(id, from, to));
      const { set, event } = await change(current);
      const updated = await models.ConsultingCase.findOneAndUpdate(
        { _id: id, status: from },
        { $set: { ...set, status: to, updatedAt: new Date() }, $push: outbox.push(event) },
        { new: true },
      )
        .lean<ConsultingCaseDoc>()
        .exec();
      if (!updated) {
        const now = await models.ConsultingCase.findById(id).lean<ConsultingCaseDoc>().exec();
        throw invalidTransition('ConsultingCase', id, now?.status ?? from, to);
      }
      runtime.publish(models.ConsultingCase, id);
      ctx.loaders.consultingCase.clear(id).prime(id, updated);
      return updated;
    });
  }

  return {
    KRW: KRWScalar,
    Date: DateScalar,
    DateTime: DateTimeScalar,
    Query: {
      consultingCase: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.consultingCase.load(unwrap(checkId(args.id))),
      consultingCases: async (_: unknown, args: { first?: number; after?: string; status?: CaseStatus; providerId?: string }) => {
        const filter: FilterQuery<ConsultingCaseDoc> = {};
        if (args.status) filter.status = args.status;
        if (args.providerId != null) filter.providerId = unwrap(checkId(args.providerId, 'providerId'));
        return paginate(models.ConsultingCase, filter, unwrap(checkPage(args)));
      },
      provider: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.provider.load(unwrap(checkId(args.id))),
      providers: async (_: unknown, args: { first?: number; after?: string; district?: string }) => {
        const filter: FilterQuery<ProviderDoc> = {};
        if (args.district != null) filter.district = unwrap(checkDistrict(args.district));
        return paginate(models.Provider, filter, unwrap(checkPage(args)));
      },
      consultants: async (_: unknown, args: { field?: ConsultantField }) => {
        const filter: FilterQuery<ConsultantDoc> = args.field ? { fields: args.field } : {};
        return models.Consultant.find(filter).sort({ _id: 1 }).limit(1000).lean<ConsultantDoc[]>().exec();
      },
      inspectionResults: async (_: unknown, args: { year: number }, ctx: Ctx) => {
        const year = unwrap(checkInt(args.year, 'year', 2000, 2100));
        const [rows, reported] = await Promise.all([
          models.InspectionResult.find({ year }).lean<InspectionResultDoc[]>().exec(),
          ctx.loaders.reportedTotals.load(String(year)),
        ]);
        rows.sort((a, b) => a.district.localeCompare(b.district, 'ko'));
        return { year, rows, summary: summarizeInspections(year, rows, reported) };
      },
    },
    Mutation: {
      registerProvider: async (_: unknown, args: { input: RegisterProviderInput }) => {
        const p = unwrap(validateProvider(args.input));
        if (await models.Provider.exists({ _id: p.id })) throw conflict(`provider "${p.id}" is already registered`, { id: p.id });
        const event = outbox.entry(PUBLISHES.ProviderRegistered, providerRegistered(p));
        const { id, ...fields } = p;
        const doc = await models.Provider.create({ _id: id, ...fields, registeredAt: new Date(), _outbox: [event] });
        runtime.publish(models.Provider, id);
        return doc.toObject();
      },
      appointConsultant: async (_: unknown, args: { input: AppointConsultantInput }) => {
        const c = unwrap(validateConsultant(args.input));
        if (await models.Consultant.exists({ _id: c.id })) throw conflict(`consultant "${c.id}" is already appointed`, { id: c.id });
        const event = outbox.entry(PUBLISHES.ConsultantAppointed, consultantAppointed(c));
        const { id, ...fields } = c;
        const doc = await models.Consultant.create({ _id: id, ...fields, appointedAt: new Date(), _outbox: [event] });
        runtime.publish(models.Consultant, id);
        return doc.toObject();
      },
      requestConsulting: async (_: unknown, args: { input: RequestConsultingInput }, ctx: Ctx) => {
        const r = unwrap(validateRequest(args.input));
        const [exists, provider] = await Promise.all([
          models.ConsultingCase.exists({ _id: r.id }),
          ctx.loaders.provider.load(r.providerId),
        ]);
        if (exists) throw conflict(`consulting case "${r.id}" already exists`, { id: r.id });
        if (!provider) throw notFound('ProviderOrganization', r.providerId);
        unwrap(checkEligibility(r.program, provider));
        const event = outbox.entry(PUBLISHES.ConsultingCaseRequested, caseRequested(r));
        const doc = await models.ConsultingCase.create({
          _id: r.id,
          providerId: r.providerId,
          program: r.program,
          topics: r.topics,
          status: 'REQUESTED',
          consultantId: null,
          hourlyFee: null,
          requestedOn: r.requestedOn,
          assignedOn: null,
          startedOn: null,
          completedOn: null,
          cancelledOn: null,
          cancellationReason: null,
          hours: null,
          fee: null,
          updatedAt: new Date(),
          _outbox: [event],
        });
        runtime.publish(models.ConsultingCase, r.id);
        return doc.toObject();
      },
      assignConsultant: (_: unknown, args: { id: string; consultantId: string; assignedOn: string }, ctx: Ctx) =>
        transition(ctx, args.id, 'ASSIGNED', async (current) => {
          const consultantId = unwrap(checkId(args.consultantId, 'consultantId'));
          const assignedOn = unwrap(checkNotBefore(args.assignedOn, 'assignedOn', current.requestedOn, 'requestedOn'));
          const consultant = await ctx.loaders.consultant.load(consultantId);
          if (!consultant) throw notFound('Consultant', consultantId);
          unwrap(checkConsultantFits({ ...consultant, id: consultant._id }, current.topics, assignedOn));
          return {
            set: { consultantId, hourlyFee: consultant.hourlyFee, assignedOn },
            event: outbox.entry(PUBLISHES.ConsultingCaseAssigned, caseAssigned(current, consultantId, consultant.hourlyFee, assignedOn)),
          };
        }),
      startConsulting: (_: unknown, args: { id: string; startedOn: string }, ctx: Ctx) =>
        transition(ctx, args.id, 'IN_PROGRESS', (current) => {
          const startedOn = unwrap(checkNotBefore(args.startedOn, 'startedOn', current.assignedOn ?? current.requestedOn, 'assignedOn'));
          return { set: { startedOn }, event: outbox.entry(PUBLISHES.ConsultingCaseStarted, caseStarted(current, startedOn)) };
        }),
      completeConsulting: (_: unknown, args: { id: string; hours: number; completedOn: string }, ctx: Ctx) =>
        transition(ctx, args.id, 'COMPLETED', (current) => {
          const hours = unwrap(checkHours(args.hours));
          const completedOn = unwrap(
            checkNotBefore(args.completedOn, 'completedOn', current.startedOn ?? current.requestedOn, 'startedOn'),
          );
          const hourlyFee = current.hourlyFee ?? 0;
          const fee = unwrap(computeFee(hours, hourlyFee));
          return {
            set: { hours, fee, completedOn },
            event: outbox.entry(PUBLISHES.ConsultingCaseCompleted, caseCompleted(current, { completedOn, hours, hourlyFee, fee })),
          };
        }),
      cancelConsulting: (_: unknown, args: { id: string; reason: string; cancelledOn: string }, ctx: Ctx) =>
        transition(ctx, args.id, 'CANCELLED', (current) => {
          const reason = unwrap(checkReason(args.reason));
          const latest = current.startedOn ?? current.assignedOn ?? current.requestedOn;
          const cancelledOn = unwrap(checkNotBefore(args.cancelledOn, 'cancelledOn', latest, 'the last step'));
          return {
            set: { cancelledOn, cancellationReason: reason },
            event: outbox.entry(PUBLISHES.ConsultingCaseCancelled, caseCancelled(current, current.status, cancelledOn, reason)),
          };
        }),
      recordInspectionResult: async (_: unknown, args: { input: RecordInspectionResultInput }) => {
        const r = unwrap(validateInspectionResult(args.input));
        if (await models.InspectionResult.exists({ _id: r.id }))
          throw conflict(`inspection results of ${r.district} for ${r.year} are already recorded`, { id: r.id });
        const event = outbox.entry(PUBLISHES.InspectionResultRecorded, inspectionResultRecorded(r));
        const { id, ...fields } = r;
        const doc = await models.InspectionResult.create({ _id: id, ...fields, recordedAt: new Date(), _outbox: [event] });
        runtime.publish(models.InspectionResult, id);
        return doc.toObject();
      },
      recordReportedInspectionTotals: async (_: unknown, args: { input: ReportedInspectionTotalsInput }) => {
        const t = unwrap(validateReportedTotals(args.input));
        if (await models.ReportedInspectionTotals.exists({ _id: t.id }))
          throw conflict(`reported inspection totals for ${t.year} are already recorded`, { id: t.id });
        const event = outbox.entry(PUBLISHES.InspectionTotalsReported, inspectionTotalsReported(t));
        const { id, ...fields } = t;
        const doc = await models.ReportedInspectionTotals.create({ _id: id, ...fields, recordedAt: new Date(), _outbox: [event] });
        runtime.publish(models.ReportedInspectionTotals, id);
        return doc.toObject();
      },
    },
    ProviderOrganization: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.provider.load(ref.id),
      id: (p: ProviderDoc) => p._id,
      district: (p: ProviderDoc) => ({ name: p.district }),
      consultingCases: (p: ProviderDoc, _: unknown, ctx: Ctx) => ctx.loaders.casesByProvider.load(p._id),
    },
    Consultant: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.consultant.load(ref.id),
      id: (c: ConsultantDoc) => c._id,
      consultingCases: (c: ConsultantDoc, _: unknown, ctx: Ctx) => ctx.loaders.casesByConsultant.load(c._id),
    },
    ConsultingCase: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.consultingCase.load(ref.id),
      id: (c: ConsultingCaseDoc) => c._id,
      provider: (c: ConsultingCaseDoc, _: unknown, ctx: Ctx) => ctx.loaders.provider.load(c.providerId),
      consultant: (c: ConsultingCaseDoc, _: unknown, ctx: Ctx) =>
        c.consultantId == null ? null : ctx.loaders.consultant.load(c.consultantId),
    },
    InspectionResult: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.inspectionResult.load(ref.id),
      id: (r: InspectionResultDoc) => r._id,
      district: (r: InspectionResultDoc) => ({ name: r.district }),
      totalCases: (r: InspectionResultDoc) => totalCases(r),
      matchesReported: (r: InspectionResultDoc) => rowMatchesReported(r),
    },
  };
}
