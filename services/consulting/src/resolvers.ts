import { reconcileSanctions, type DistrictSanctionReconciliationDoc } from './sanction-reconciliation';
import { supportGroupResolvers } from './support-group-resolvers';
import type { Runtime } from './contract';
import { EventTypes } from '@pass-graph/contracts';
import {
  all,
  badInput,
  checkDate,
  checkId,
  checkInt,
  checkPage,
  checkText,
  conflict,
  DateScalar,
  DateTimeScalar,
  insertAggregate,
  invalidTransition,
  KRWScalar,
  notFound,
  ok,
  paginate,
  trusted,
  unwrap,
  withDocument,
  type OutboxEntry,
  type PageArgs,
  type SubgraphContext,
} from '@pass-graph/platform';
import type { GraphQLResolverMap } from '@pass-graph/platform';
import type { Resolvers } from './generated/graphql';
import type { FilterQuery } from 'mongoose';
import {
  checkConsultantFits,
  checkConsultantIds,
  checkDistrict,
  checkEligibility,
  checkHours,
  checkNotBefore,
  checkReason,
  checkScore,
  checkTransition,
  computeFee,
  consultantWork,
  pickProgram,
  programProgress,
  quarterRange,
  sessionTotals,
  sharedHourlyFee,
  validateConsultant,
  validateProgram,
  validateProvider,
  validatePreQuestionnaire,
  validateRequest,
  type AppointConsultantInput,
  type CaseStatus,
  type ConsultantField,
  type ConsultingTopic,
  type ProgramKind,
  type RegisterProgramInput,
  type RegisterProviderInput,
  type RequestConsultingInput,
  type Session,
} from './domain';
import {
  actionCounts,
  actionsByDistrict,
  safetyFee,
  safetyFeesByTier,
  averageRate,
  checkCorrection,
  rowMatchesReported,
  summarizeInspections,
  totalCases,
  validateInspection,
  validateInspectionResult,
  validateProviderTraining,
  validateReportedTotals,
  validateSatisfaction,
  type ProviderTrainingInput,
  type RecordInspectionInput,
  type RecordInspectionResultInput,
  type ReportedInspectionTotalsInput,
  type SatisfactionInput,
} from './inspections';
import {
  caseClosed,
  caseOpened,
  consultantAppointed,
  inspectionCompleted,
  inspectionResultRecorded,
  inspectionTotalsReported,
  providerRegistered,
  providerTrainingHeld,
  sanctionsImposed,
  sessionHeld,
} from './events';
import {
  answeredWithinSla,
  canReadInquiryText,
  checkInquiryConsultant,
  INQUIRY_TRANSITIONS,
  slaSummary,
  validateInquiry,
  type InquiryStatus,
  type InquiryTopic,
  type SubmitInquiryInput,
} from './inquiries';
import type { Loaders } from './loaders';
import type {
  ConsultantDoc,
  ConsultingCaseDoc,
  ConsultingProgramDoc,
  InspectionDoc,
  InspectionResultDoc,
  Models,
  OnlineInquiryDoc,
  ProviderDoc,
  ProviderTrainingDoc,
  SatisfactionSurveyDoc,
} from './models';

type Ctx = SubgraphContext<Loaders>;
/** Checked against the SDL (`npm run codegen`): every root field needs a resolver, fields and arguments must exist. */
type ServiceResolvers = Resolvers<Ctx> & Required<Pick<Resolvers<Ctx>, 'Query' | 'Mutation'>>;
type CaseChange = { set: Partial<ConsultingCaseDoc>; events: OutboxEntry[] };
/** A session as the graph sees it: with the case it belongs to. */
export type SessionView = Session & { caseId: string };

const YEAR = (v: number, field = 'year') => checkInt(v, field, 2000, 2100);
const yearRange = (year: number) => trusted({ $gte: `${year}-01-01`, $lte: `${year}-12-31` });

export function createResolvers(models: Models, runtime: Runtime): GraphQLResolverMap<Ctx> {
  const { outbox, publish } = runtime;

  /**
   * Moves a case from its current status to `to`, under the case's lock (FerretDB v1 does not isolate
   * concurrent updates). The status read is also the guard of the write; state and events commit together.
   */
  async function transition(
    ctx: Ctx,
    rawId: string,
    to: CaseStatus,
    change: (current: ConsultingCaseDoc) => Promise<CaseChange> | CaseChange,
  ): Promise<ConsultingCaseDoc> {
    const id = unwrap(checkId(rawId));
    return withDocument(models.ConsultingCase, id, async () => {
      const current = await models.ConsultingCase.findById(id).lean<ConsultingCaseDoc>().exec();
      if (!current) throw notFound('ConsultingCase', id);
      unwrap(checkTransition(id, current.status, to));
      const { set, events } = await change(current);
      const updated = await models.ConsultingCase.findOneAndUpdate(
        { _id: id, status: current.status },
        { $set: { ...set, status: to, updatedAt: new Date() }, $push: outbox.push(...events) },
        { new: true },
      )
        .lean<ConsultingCaseDoc>()
        .exec();
      if (!updated) throw invalidTransition('ConsultingCase', id, current.status, to);
      if (events.length > 0) publish(models.ConsultingCase, id);
      ctx.loaders.consultingCase.clear(id).prime(id, updated);
      return updated;
    });
  }

  /** Consultants by id, every one of them registered. */
  async function consultantsOf(ctx: Ctx, ids: readonly string[]): Promise<ConsultantDoc[]> {
    const found = await Promise.all(ids.map((id) => ctx.loaders.consultant.load(id)));
    return found.map((c, i) => {
      if (!c) throw notFound('Consultant', ids[i]!);
      return c;
    });
  }

  /** One step of an online inquiry under its lock; no event: inquiries carry free text about people. */
  async function inquiryStep(
    rawId: string,
    to: InquiryStatus,
    change: (current: OnlineInquiryDoc) => Promise<Partial<OnlineInquiryDoc>> | Partial<OnlineInquiryDoc>,
  ): Promise<OnlineInquiryDoc> {
    const id = unwrap(checkId(rawId));
    return withDocument(models.OnlineInquiry, id, async () => {
      const current = await models.OnlineInquiry.findById(id).lean<OnlineInquiryDoc>().exec();
      if (!current) throw notFound('OnlineInquiry', id);
      if (!INQUIRY_TRANSITIONS[current.status].includes(to)) throw invalidTransition('OnlineInquiry', id, current.status, to);
      const set = await change(current);
      const updated = await models.OnlineInquiry.findOneAndUpdate(
        { _id: id, status: current.status },
        { $set: { ...set, status: to } },
        { new: true },
      )
        .lean<OnlineInquiryDoc>()
        .exec();
      if (!updated) throw invalidTransition('OnlineInquiry', id, current.status, to);
      return updated;
    });
  }

  const sessionViews = (c: ConsultingCaseDoc): SessionView[] => (c.sessions ?? []).map((s) => ({ ...s, caseId: c._id }));

  return {
    KRW: KRWScalar,
    Date: DateScalar,
    DateTime: DateTimeScalar,
    Query: {
      supportGroup: supportGroupResolvers.Query.supportGroup,
      consultingCase: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.consultingCase.load(unwrap(checkId(args.id))),
      consultingCases: async (
        _: unknown,
        args: PageArgs & {
          status?: CaseStatus;
          providerId?: string;
          program?: ProgramKind;
          programId?: string;
          quarter?: string;
          district?: string;
        },
      ) => {
        const filter: FilterQuery<ConsultingCaseDoc> = {};
        if (args.status) filter.status = args.status;
        if (args.program) filter.program = args.program;
        if (args.providerId != null) filter.providerId = unwrap(checkId(args.providerId, 'providerId'));
        if (args.programId != null) filter.programId = unwrap(checkId(args.programId, 'programId'));
        if (args.district != null) filter.district = unwrap(checkDistrict(args.district));
        if (args.quarter != null) {
          const { from, to } = unwrap(quarterRange(args.quarter));
          filter.requestedOn = trusted({ $gte: from, $lte: to });
        }
        return paginate(models.ConsultingCase, filter, unwrap(checkPage(args)));
      },
      provider: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.provider.load(unwrap(checkId(args.id))),
      providers: async (_: unknown, args: PageArgs & { district?: string }) => {
        const filter: FilterQuery<ProviderDoc> = {};
        if (args.district != null) filter.district = unwrap(checkDistrict(args.district));
        return paginate(models.Provider, filter, unwrap(checkPage(args)));
      },
      consultingProgram: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.program.load(unwrap(checkId(args.id))),
      consultingPrograms: (_: unknown, args: { agencyId?: string | null }) =>
        models.ConsultingProgram.find(args.agencyId == null ? {} : { agencyId: unwrap(checkId(args.agencyId, 'agencyId')) })
          .sort({ _id: 1 })
          .limit(1000)
          .lean<ConsultingProgramDoc[]>()
          .exec(),
      consultants: async (_: unknown, args: { field?: ConsultantField }) => {
        const filter: FilterQuery<ConsultantDoc> = args.field ? { fields: args.field } : {};
        return models.Consultant.find(filter).sort({ _id: 1 }).limit(1000).lean<ConsultantDoc[]>().exec();
      },
      consultantFees: async (_: unknown, args: { from: string; to: string }) => {
        const { from, to } = unwrap(all({ from: checkDate(args.from, 'from'), to: checkDate(args.to, 'to') }));
        if (to < from) throw badInput('to must not be before from', 'to');
        // Sessions live inside their cases; a plain find of cases with any session, summed here.
        const cases = await models.ConsultingCase.find({ 'sessions.0': trusted({ $exists: true }) })
          .lean<ConsultingCaseDoc[]>()
          .exec();
        const sessions = cases.flatMap((c) => c.sessions).filter((s) => s.heldOn >= from && s.heldOn <= to);
        return {
          from,
          to,
          rows: consultantWork(sessions, from, to),
          sessionCount: sessions.length,
          consultantHours: sessions.reduce((n, s) => n + s.hours * s.consultantIds.length, 0),
          fee: sessions.reduce((n, s) => n + s.fee, 0),
        };
      },
      inspectionResults: async (_: unknown, args: { year: number }, ctx: Ctx) => {
        const year = unwrap(YEAR(args.year));
        const [rows, reported] = await Promise.all([
          models.InspectionResult.find({ year }).lean<InspectionResultDoc[]>().exec(),
          ctx.loaders.reportedTotals.load(String(year)),
        ]);
        rows.sort((a, b) => a.district.localeCompare(b.district, 'ko'));
        return { year, rows, summary: summarizeInspections(year, rows, reported) };
      },
      inspection: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.inspection.load(unwrap(checkId(args.id))),
      inspections: (_: unknown, args: PageArgs & { providerId?: string; district?: string; year?: number }) => {
        const filter: FilterQuery<InspectionDoc> = {};
        if (args.providerId != null) filter.providerId = unwrap(checkId(args.providerId, 'providerId'));
        if (args.district != null) filter.district = unwrap(checkDistrict(args.district));
        if (args.year != null) filter.year = unwrap(YEAR(args.year));
        return paginate(models.Inspection, filter, unwrap(checkPage(args)));
      },
      inspectionActions: async (_: unknown, args: { year: number }) => {
        const year = unwrap(YEAR(args.year));
        const inspections = await models.Inspection.find({ year }).lean<InspectionDoc[]>().exec();
        return { year, ...actionsByDistrict(inspections) };
      },
      sanctionReconciliation: async (_: unknown, args: { year: number }) => {
        const year = unwrap(YEAR(args.year));
        const [rows, inspections] = await Promise.all([
          models.InspectionResult.find({ year }).lean<InspectionResultDoc[]>().exec(),
          models.Inspection.find({ year }).lean<InspectionDoc[]>().exec(),
        ]);
        return reconcileSanctions(year, rows, actionsByDistrict(inspections).districts);
      },
      safetyInspectionFees: async (_: unknown, args: { year: number }) => {
        const year = unwrap(YEAR(args.year));
        const inspections = await models.Inspection.find({ year, kind: 'SAFETY' }).lean<InspectionDoc[]>().exec();
        return { year, ...safetyFeesByTier(inspections) };
      },
      satisfactionSurveys: (_: unknown, args: { year?: number | null }) =>
        models.SatisfactionSurvey.find(args.year == null ? {} : { year: unwrap(YEAR(args.year)) })
          .sort({ year: 1 })
          .lean<SatisfactionSurveyDoc[]>()
          .exec(),
      providerTrainings: (_: unknown, args: PageArgs & { year?: number | null }) => {
        const filter: FilterQuery<ProviderTrainingDoc> = {};
        if (args.year != null) filter.heldOn = yearRange(unwrap(YEAR(args.year)));
        return paginate(models.ProviderTraining, filter, unwrap(checkPage(args)));
      },
      onlineInquiries: (_: unknown, args: PageArgs & { status?: InquiryStatus; topic?: InquiryTopic }) => {
        const filter: FilterQuery<OnlineInquiryDoc> = {};
        if (args.status) filter.status = args.status;
        if (args.topic) filter.topic = args.topic;
        return paginate(models.OnlineInquiry, filter, unwrap(checkPage(args)));
      },
      onlineInquirySla: async (_: unknown, args: { from: string; to: string }) => {
        const { from, to } = unwrap(all({ from: checkDate(args.from, 'from'), to: checkDate(args.to, 'to') }));
        if (to < from) throw badInput('to must not be before from', 'to');
        const inquiries = await models.OnlineInquiry.find({ submittedOn: trusted({ $gte: from, $lte: to }) })
          .lean<OnlineInquiryDoc[]>()
          .exec();
        // An answer given after `to` is not known yet as of `to`.
        const asOf = inquiries.map((i) => ({
          dueOn: i.dueOn,
          answeredOn: i.answeredOn != null && i.answeredOn <= to ? i.answeredOn : null,
        }));
        return { from, to, ...slaSummary(asOf, to) };
      },
    },
    Mutation: {
      registerProvider: (_: unknown, args: { input: RegisterProviderInput }) => {
        const p = unwrap(validateProvider(args.input));
        const { id, ...fields } = p;
        const event = outbox.entry(EventTypes.ProviderRegistered, providerRegistered(p));
        return insertAggregate(models.Provider, { _id: id, ...fields, registeredAt: new Date() }, [event], publish, 'provider');
      },
      appointConsultant: (_: unknown, args: { input: AppointConsultantInput }) => {
        const c = unwrap(validateConsultant(args.input));
        const { id, ...fields } = c;
        const event = outbox.entry(EventTypes.ConsultantAppointed, consultantAppointed(c));
        return insertAggregate(models.Consultant, { _id: id, ...fields, appointedAt: new Date() }, [event], publish, 'consultant');
      },
      registerConsultingProgram: (_: unknown, args: { input: RegisterProgramInput }) => {
        const { id, ...fields } = unwrap(validateProgram(args.input));
        return insertAggregate(models.ConsultingProgram, { _id: id, ...fields }, [], publish, 'consulting programme');
      },
      requestConsulting: async (_: unknown, args: { input: RequestConsultingInput }, ctx: Ctx) => {
        const r = unwrap(validateRequest(args.input));
        const [provider, programs] = await Promise.all([
          ctx.loaders.provider.load(r.providerId),
          models.ConsultingProgram.find({ kind: r.program }).lean<ConsultingProgramDoc[]>().exec(),
        ]);
        if (!provider) throw notFound('ProviderOrganization', r.providerId);
        const program = unwrap(pickProgram(r.program, r.programId, programs));
        unwrap(checkEligibility(r.program, provider));
        const doc: ConsultingCaseDoc = {
          _id: r.id,
          providerId: r.providerId,
          district: provider.district,
          programId: program._id,
          agencyId: program.agencyId,
          program: r.program,
          topics: r.topics,
          mode: r.mode,
          status: 'APPLIED',
          consultantIds: [],
          requestedOn: r.requestedOn,
          acceptedOn: null,
          startedOn: null,
          completedOn: null,
          monitoringFrom: null,
          closedOn: null,
          declinedOn: null,
          declineReason: null,
          sessions: [],
          resultReport: null,
          monitoringNote: null,
          satisfactionScore: null,
          updatedAt: new Date(),
        };
        return insertAggregate(
          models.ConsultingCase,
          doc,
          [outbox.entry(EventTypes.ConsultingCaseOpened, caseOpened(doc))],
          publish,
          'consulting case',
        );
      },
      acceptConsulting: (_: unknown, args: { id: string; consultantIds: string[]; acceptedOn: string }, ctx: Ctx) =>
        transition(ctx, args.id, 'ACCEPTED', async (current) => {
          const ids = unwrap(checkConsultantIds(args.consultantIds));
          const acceptedOn = unwrap(checkNotBefore(args.acceptedOn, 'acceptedOn', current.requestedOn, 'requestedOn'));
          for (const c of await consultantsOf(ctx, ids)) unwrap(checkConsultantFits({ ...c, id: c._id }, current.topics, acceptedOn));
          return { set: { consultantIds: ids, acceptedOn }, events: [] };
        }),
      startConsulting: (_: unknown, args: { id: string; startedOn: string }, ctx: Ctx) =>
        transition(ctx, args.id, 'IN_PROGRESS', (current) => ({
          set: { startedOn: unwrap(checkNotBefore(args.startedOn, 'startedOn', current.acceptedOn ?? current.requestedOn, 'acceptedOn')) },
          events: [],
        })),
      recordConsultingSession: async (
        _: unknown,
        args: { input: { caseId: string; id?: string | null; heldOn: string; hours: number; consultantIds?: string[] | null } },
        ctx: Ctx,
      ): Promise<SessionView> => {
        const i = args.input;
        const caseId = unwrap(checkId(i.caseId, 'caseId'));
        const hours = unwrap(checkHours(i.hours));
        const sessionId = i.id == null ? null : unwrap(checkId(i.id, 'id'));
        return withDocument(models.ConsultingCase, caseId, async () => {
          const current = await models.ConsultingCase.findById(caseId).lean<ConsultingCaseDoc>().exec();
          if (!current) throw notFound('ConsultingCase', caseId);
          if (current.status !== 'IN_PROGRESS')
            throw conflict(`sessions are recorded while a case is IN_PROGRESS; "${caseId}" is ${current.status}`, {
              id: caseId,
              status: current.status,
            });
          const sessions = current.sessions ?? [];
          const id = sessionId ?? `${caseId}-s${sessions.length + 1}`;
          if (sessions.some((s) => s.id === id)) throw conflict(`session "${id}" is already recorded`, { id });
          const heldOn = unwrap(checkNotBefore(i.heldOn, 'heldOn', current.startedOn ?? current.requestedOn, 'startedOn'));
          const ids = i.consultantIds == null ? current.consultantIds : unwrap(checkConsultantIds(i.consultantIds));
          const stranger = ids.find((c) => !current.consultantIds.includes(c));
          if (stranger) throw badInput(`consultant "${stranger}" is not on this case`, 'consultantIds');
          const consultants = await consultantsOf(ctx, ids);
          for (const c of consultants) unwrap(checkConsultantFits({ ...c, id: c._id }, current.topics, heldOn));
          const hourlyFee = unwrap(sharedHourlyFee(consultants));
          const session: Session = {
            id,
            heldOn,
            hours,
            consultantIds: ids,
            hourlyFee,
            fee: unwrap(computeFee(hours, ids.length, hourlyFee)),
          };
          const event = outbox.entry(EventTypes.ConsultingSessionHeld, sessionHeld(current, session));
          const updated = await models.ConsultingCase.findOneAndUpdate(
            { _id: caseId, status: 'IN_PROGRESS' },
            { $set: { updatedAt: new Date() }, $push: { sessions: session, ...outbox.push(event) } },
            { new: true },
          )
            .lean<ConsultingCaseDoc>()
            .exec();
          if (!updated) throw conflict(`ConsultingCase "${caseId}" was changed concurrently; reload and retry`, { id: caseId });
          publish(models.ConsultingCase, caseId);
          ctx.loaders.consultingCase.clear(caseId).prime(caseId, updated);
          return { ...session, caseId };
        });
      },
      submitPreQuestionnaire: (
        _: unknown,
        args: { caseId: string; submittedOn: string; needs: ConsultingTopic[]; notes?: string | null },
        ctx: Ctx,
      ) => {
        const caseId = unwrap(checkId(args.caseId, 'caseId'));
        return withDocument(models.ConsultingCase, caseId, async () => {
          const current = await models.ConsultingCase.findById(caseId).lean<ConsultingCaseDoc>().exec();
          if (!current) throw notFound('ConsultingCase', caseId);
          const preQuestionnaire = unwrap(validatePreQuestionnaire(caseId, current, args));
          const updated = await models.ConsultingCase.findOneAndUpdate(
            { _id: caseId, status: current.status },
            { $set: { preQuestionnaire, updatedAt: new Date() } },
            { new: true },
          )
            .lean<ConsultingCaseDoc>()
            .exec();
          if (!updated) throw conflict(`ConsultingCase "${caseId}" was changed concurrently; reload and retry`, { id: caseId });
          ctx.loaders.consultingCase.clear(caseId).prime(caseId, updated);
          return updated;
        });
      },
      completeConsulting: (
        _: unknown,
        args: { id: string; completedOn: string; hours?: number | null; resultReport?: string | null },
        ctx: Ctx,
      ) =>
        transition(ctx, args.id, 'COMPLETED', (current) => {
          const v = unwrap(
            all({
              completedOn: checkNotBefore(args.completedOn, 'completedOn', current.startedOn ?? current.requestedOn, 'startedOn'),
              hours: args.hours == null ? ok(null) : checkHours(args.hours),
              resultReport: args.resultReport == null ? ok(null) : checkText(args.resultReport, 'resultReport', 5000),
            }),
          );
          const totals = sessionTotals(current.sessions ?? []);
          if (totals.sessionCount === 0)
            throw conflict(`case "${current._id}" has no session yet: record one before completing it`, { id: current._id });
          // The result report's stated total must be the sessions' total: fees are paid from sessions.
          if (v.hours !== null && v.hours !== totals.hours)
            throw badInput(`hours (${v.hours}) differ from the sessions' total (${totals.hours})`, 'hours');
          const last = (current.sessions ?? []).reduce((d, s) => (s.heldOn > d ? s.heldOn : d), '');
          if (v.completedOn < last) throw badInput(`completedOn must not be before the last session (${last})`, 'completedOn');
          return { set: { completedOn: v.completedOn, resultReport: v.resultReport }, events: [] };
        }),
      startMonitoring: (_: unknown, args: { id: string; startedOn: string }, ctx: Ctx) =>
        transition(ctx, args.id, 'MONITORING', (current) => ({
          set: {
            monitoringFrom: unwrap(checkNotBefore(args.startedOn, 'startedOn', current.completedOn ?? current.requestedOn, 'completedOn')),
          },
          events: [],
        })),
      closeConsulting: (
        _: unknown,
        args: { id: string; closedOn: string; satisfactionScore?: number | null; monitoringNote?: string | null },
        ctx: Ctx,
      ) =>
        transition(ctx, args.id, 'CLOSED', (current) => {
          const v = unwrap(
            all({
              closedOn: checkNotBefore(args.closedOn, 'closedOn', current.monitoringFrom ?? current.requestedOn, 'monitoringFrom'),
              satisfactionScore: args.satisfactionScore == null ? ok(null) : checkScore(args.satisfactionScore, 'satisfactionScore'),
              monitoringNote: args.monitoringNote == null ? ok(null) : checkText(args.monitoringNote, 'monitoringNote', 2000),
            }),
          );
          const event = outbox.entry(
            EventTypes.ConsultingCaseClosed,
            caseClosed(current, { outcome: 'CLOSED', on: v.closedOn, declineReason: null, satisfactionScore: v.satisfactionScore }),
          );
          return { set: v, events: [event] };
        }),
      declineConsulting: (_: unknown, args: { id: string; reason: string; declinedOn: string }, ctx: Ctx) =>
        transition(ctx, args.id, 'DECLINED', (current) => {
          const reason = unwrap(checkReason(args.reason));
          const latest = current.startedOn ?? current.acceptedOn ?? current.requestedOn;
          const declinedOn = unwrap(checkNotBefore(args.declinedOn, 'declinedOn', latest, 'the last step'));
          const event = outbox.entry(
            EventTypes.ConsultingCaseClosed,
            caseClosed(current, { outcome: 'DECLINED', on: declinedOn, declineReason: reason, satisfactionScore: null }),
          );
          return { set: { declinedOn, declineReason: reason }, events: [event] };
        }),
      recordInspectionResult: (_: unknown, args: { input: RecordInspectionResultInput }) => {
        const r = unwrap(validateInspectionResult(args.input));
        const { id, ...fields } = r;
        const event = outbox.entry(EventTypes.InspectionResultRecorded, inspectionResultRecorded(r));
        return insertAggregate(
          models.InspectionResult,
          { _id: id, ...fields, recordedAt: new Date() },
          [event],
          publish,
          'inspection result',
        );
      },
      recordReportedInspectionTotals: (_: unknown, args: { input: ReportedInspectionTotalsInput }) => {
        const t = unwrap(validateReportedTotals(args.input));
        const { id, ...fields } = t;
        const event = outbox.entry(EventTypes.InspectionTotalsReported, inspectionTotalsReported(t));
        return insertAggregate(
          models.ReportedInspectionTotals,
          { _id: id, ...fields, recordedAt: new Date() },
          [event],
          publish,
          'reported inspection totals',
        );
      },
      recordInspection: async (_: unknown, args: { input: RecordInspectionInput }, ctx: Ctx) => {
        const v = unwrap(validateInspection(args.input));
        const provider = await ctx.loaders.provider.load(v.providerId);
        if (!provider) throw notFound('ProviderOrganization', v.providerId);
        // Consulting consumes no events: an agency it knows is one that runs a programme here.
        if (v.agencyId !== null && !(await models.ConsultingProgram.exists({ agencyId: v.agencyId }))) throw notFound('Agency', v.agencyId);
        const { id, ...fields } = v;
        const doc: InspectionDoc = { _id: id, ...fields, district: provider.district, year: Number(v.inspectedOn.slice(0, 4)) };
        const events = [
          outbox.entry(EventTypes.InspectionCompleted, inspectionCompleted(doc)),
          ...sanctionsImposed(doc).map((s) => outbox.entry(EventTypes.SanctionImposed, s)),
        ];
        return insertAggregate(models.Inspection, doc, events, publish, 'inspection');
      },
      confirmCorrection: (_: unknown, args: { inspectionId: string; findingNo: number; correctedOn: string }, ctx: Ctx) => {
        const id = unwrap(checkId(args.inspectionId, 'inspectionId'));
        const no = unwrap(checkInt(args.findingNo, 'findingNo', 1, 200));
        return withDocument(models.Inspection, id, async () => {
          const current = await models.Inspection.findById(id).lean<InspectionDoc>().exec();
          if (!current) throw notFound('Inspection', id);
          const corrected = unwrap(checkCorrection(current, no, args.correctedOn));
          const findings = current.findings.map((f) => (f.no === no ? corrected : f));
          const updated = await models.Inspection.findOneAndUpdate({ _id: id }, { $set: { findings } }, { new: true })
            .lean<InspectionDoc>()
            .exec();
          ctx.loaders.inspection.clear(id);
          return updated;
        });
      },
      recordSatisfactionSurvey: (_: unknown, args: { input: SatisfactionInput }) => {
        const { id, ...fields } = unwrap(validateSatisfaction(args.input));
        return insertAggregate(models.SatisfactionSurvey, { _id: id, ...fields }, [], publish, 'satisfaction survey');
      },
      recordProviderTraining: (_: unknown, args: { input: ProviderTrainingInput }) => {
        const t = unwrap(validateProviderTraining(args.input));
        const { id, ...fields } = t;
        const event = outbox.entry(EventTypes.ProviderTrainingHeld, providerTrainingHeld(t));
        return insertAggregate(models.ProviderTraining, { _id: id, ...fields }, [event], publish, 'provider training');
      },
      submitOnlineInquiry: async (_: unknown, args: { input: SubmitInquiryInput }, ctx: Ctx) => {
        const v = unwrap(validateInquiry(args.input));
        if (v.providerId !== null && !(await ctx.loaders.provider.load(v.providerId))) throw notFound('ProviderOrganization', v.providerId);
        const { id, ...fields } = v;
        const doc: OnlineInquiryDoc = {
          _id: id,
          ...fields,
          status: 'SUBMITTED',
          consultantId: null,
          assignedOn: null,
          answer: null,
          answeredOn: null,
        };
        return insertAggregate(models.OnlineInquiry, doc, [], publish, 'online inquiry');
      },
      assignOnlineInquiry: (_: unknown, args: { id: string; consultantId: string; assignedOn: string }, ctx: Ctx) =>
        inquiryStep(args.id, 'ASSIGNED', async (current) => {
          const consultantId = unwrap(checkId(args.consultantId, 'consultantId'));
          const assignedOn = unwrap(checkNotBefore(args.assignedOn, 'assignedOn', current.submittedOn, 'submittedOn'));
          const [consultant] = await consultantsOf(ctx, [consultantId]);
          unwrap(checkInquiryConsultant(consultant!, current.topic, assignedOn));
          return { consultantId, assignedOn };
        }),
      answerOnlineInquiry: (_: unknown, args: { id: string; answer: string; answeredOn: string }) =>
        inquiryStep(args.id, 'ANSWERED', (current) => ({
          answer: unwrap(checkText(args.answer, 'answer', 5000)),
          answeredOn: unwrap(checkNotBefore(args.answeredOn, 'answeredOn', current.assignedOn ?? current.submittedOn, 'assignedOn')),
        })),
    },
    ProviderOrganization: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.provider.load(ref.id),
      id: (p: ProviderDoc) => p._id,
      district: (p: ProviderDoc) => ({ name: p.district }),
      size: (p: ProviderDoc) => p.size ?? null,
      facility: (p: ProviderDoc) => (p.facilityId ? { id: p.facilityId } : null),
      consultingCases: (p: ProviderDoc, _: unknown, ctx: Ctx) => ctx.loaders.casesByProvider.load(p._id),
      inspections: (p: ProviderDoc, _: unknown, ctx: Ctx) => ctx.loaders.inspectionsByProvider.load(p._id),
    },
    Consultant: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.consultant.load(ref.id),
      id: (c: ConsultantDoc) => c._id,
      consultingCases: (c: ConsultantDoc, _: unknown, ctx: Ctx) => ctx.loaders.casesByConsultant.load(c._id),
    },
    ConsultantFeeRow: {
      consultant: (r: { consultantId: string }, _: unknown, ctx: Ctx) => ctx.loaders.consultant.load(r.consultantId),
    },
    ConsultingProgram: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.program.load(ref.id),
      id: (p: ConsultingProgramDoc) => p._id,
      progress: async (p: ConsultingProgramDoc, args: { year: number }, ctx: Ctx) =>
        programProgress(unwrap(YEAR(args.year)), p.targets, await ctx.loaders.casesByProgram.load(p._id)),
    },
    ConsultingCase: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.consultingCase.load(ref.id),
      id: (c: ConsultingCaseDoc) => c._id,
      provider: (c: ConsultingCaseDoc, _: unknown, ctx: Ctx) => ctx.loaders.provider.load(c.providerId),
      preQuestionnaire: (c: ConsultingCaseDoc) => c.preQuestionnaire ?? null,
      facility: async (c: ConsultingCaseDoc, _: unknown, ctx: Ctx) => {
        const facilityId = (await ctx.loaders.provider.load(c.providerId))?.facilityId;
        return facilityId ? { id: facilityId } : null;
      },
      district: (c: ConsultingCaseDoc) => ({ name: c.district }),
      consultingProgram: (c: ConsultingCaseDoc, _: unknown, ctx: Ctx) => ctx.loaders.program.load(c.programId),
      consultants: (c: ConsultingCaseDoc, _: unknown, ctx: Ctx) => ctx.loaders.consultant.loadMany(c.consultantIds ?? []),
      sessions: (c: ConsultingCaseDoc) => sessionViews(c),
      hours: (c: ConsultingCaseDoc) => sessionTotals(c.sessions ?? []).hours,
      fee: (c: ConsultingCaseDoc) => sessionTotals(c.sessions ?? []).fee,
    },
    ConsultingSession: {
      consultingCase: (s: SessionView, _: unknown, ctx: Ctx) => ctx.loaders.consultingCase.load(s.caseId),
      consultants: (s: SessionView, _: unknown, ctx: Ctx) => ctx.loaders.consultant.loadMany(s.consultantIds),
    },
    InspectionResult: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.inspectionResult.load(ref.id),
      id: (r: InspectionResultDoc) => r._id,
      district: (r: InspectionResultDoc) => ({ name: r.district }),
      totalCases: (r: InspectionResultDoc) => totalCases(r),
      matchesReported: (r: InspectionResultDoc) => rowMatchesReported(r),
    },
    Inspection: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.inspection.load(ref.id),
      id: (i: InspectionDoc) => i._id,
      provider: (i: InspectionDoc, _: unknown, ctx: Ctx) => ctx.loaders.provider.load(i.providerId),
      district: (i: InspectionDoc) => ({ name: i.district }),
      findings: (i: InspectionDoc) => i.findings.map((f) => ({ ...f, amount: f.amount ?? null, correctedOn: f.correctedOn ?? null })),
      actions: (i: InspectionDoc) => actionCounts(i.findings),
      allCorrected: (i: InspectionDoc) => i.findings.every((f) => f.correctedOn != null),
      feeTier: (i: InspectionDoc) => i.feeTier ?? null,
      fee: (i: InspectionDoc) => safetyFee(i.feeTier),
      agencyId: (i: InspectionDoc) => i.agencyId ?? null,
    },
    ActionCounts: {
      totalCases: (c: Parameters<typeof totalCases>[0]) => totalCases(c),
    },
    DistrictActions: {
      district: (d: { district: string }) => ({ name: d.district }),
    },
    DistrictSanctionReconciliation: {
      district: (d: DistrictSanctionReconciliationDoc) => ({ name: d.district }),
    },
    SupportGroup: supportGroupResolvers.SupportGroup,
    DevelopedService: supportGroupResolvers.DevelopedService,
    DevelopedServiceStep: supportGroupResolvers.DevelopedServiceStep,
    SatisfactionSurvey: {
      average: (s: SatisfactionSurveyDoc) => averageRate(s.results.map((r) => r.positiveRate)),
      reportedAverage: (s: SatisfactionSurveyDoc) => s.reportedAverage ?? null,
      matchesReported: (s: SatisfactionSurveyDoc) =>
        s.reportedAverage == null ? null : s.reportedAverage === averageRate(s.results.map((r) => r.positiveRate)),
      source: (s: SatisfactionSurveyDoc) => s.source ?? null,
    },
    OnlineInquiry: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.onlineInquiry.load(ref.id),
      id: (i: OnlineInquiryDoc) => i._id,
      provider: (i: OnlineInquiryDoc, _: unknown, ctx: Ctx) => (i.providerId == null ? null : ctx.loaders.provider.load(i.providerId)),
      consultant: (i: OnlineInquiryDoc, _: unknown, ctx: Ctx) =>
        i.consultantId == null ? null : ctx.loaders.consultant.load(i.consultantId),
      question: (i: OnlineInquiryDoc, _: unknown, ctx: Ctx) => (canReadInquiryText(ctx.caller) ? i.question : null),
      answer: (i: OnlineInquiryDoc, _: unknown, ctx: Ctx) => (canReadInquiryText(ctx.caller) ? (i.answer ?? null) : null),
      answeredWithinSla: (i: OnlineInquiryDoc) => answeredWithinSla({ dueOn: i.dueOn, answeredOn: i.answeredOn ?? null }),
    },
    ProviderTraining: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.providerTraining.load(ref.id),
      id: (t: ProviderTrainingDoc) => t._id,
      completionRate: (t: ProviderTrainingDoc) => (t.attendees > 0 ? t.completed / t.attendees : null),
      satisfaction: (t: ProviderTrainingDoc) => t.satisfaction ?? null,
    },
  } satisfies ServiceResolvers;
}
