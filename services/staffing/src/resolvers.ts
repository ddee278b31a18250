import type { Runtime } from './contract';
import { EventTypes } from '@pass-graph/contracts';
import {
  all,
  badInput,
  checkDate,
  checkEnum,
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
  pageOfLoaded,
  paginate,
  todayInSeoul,
  trusted,
  unwrap,
  withDocument,
  type OutboxEntry,
  type PageArgs,
  type SubgraphContext,
  auditPersonalDataRead,
  type PiiKeyring,
} from '@pass-graph/platform';
import {
  canSeeFullPersonalData,
  decryptPersonalData,
  encryptPersonalData,
  PII_CONTEXT,
  validatePersonalData,
  visiblePersonalData,
  type PersonalDataInput,
  type VisiblePersonalData,
} from './pii';
import type { GraphQLResolverMap } from '@pass-graph/platform';
import type { Resolvers } from './generated/graphql';
import type { FilterQuery } from 'mongoose';
import {
  activeOn,
  canTransition,
  checkDistrictName,
  checkEvaluation,
  checkHours,
  countsTowards,
  dispatchProgress,
  evaluationWindows,
  headcount,
  headcountDate,
  monthRange,
  overlaps,
  planId,
  targetYear,
  TRANSITIONS,
  validateAlias,
  validateDispatchRequest,
  type DispatchAction,
  type DispatchStatus,
  type EmployeeStatus,
  type EmploymentForm,
  type EvaluationKind,
  type Grade,
  type HeadcountCategory,
  type HireRoute,
  type JobFamily,
  type JobType,
  type PayScheme,
  type RequestDispatchInput,
  type SubstituteJobType,
  type TrainingCategory,
} from './domain';
import { endEmployment } from './workforce';
import { homeCareCentreCheck } from './centre-targets';
import { readingOf, reportedHeadcountOf } from './headcount-readings';
import { recruitmentResolvers } from './recruitment';
import type { Loaders } from './loaders';
import type { EmployeeDoc, HeadcountPlanDoc, Models, SubstituteDispatchDoc, SubstituteWorkerDoc, TrainingRecordDoc } from './models';

type Ctx = SubgraphContext<Loaders>;
/** Checked against the SDL (`npm run codegen`): every root field needs a resolver, fields and arguments must exist. */
type ServiceResolvers = Resolvers<Ctx> & Required<Pick<Resolvers<Ctx>, 'Query' | 'Mutation'>>;

const YEAR = (year: number, field = 'year') => checkInt(year, field, 2000, 2100);

interface PlanInput {
  agencyId: string;
  facilityId?: string | null;
  year: number;
  jobFamily?: JobFamily | null;
  grade?: Grade | null;
  jobType?: JobType | null;
  authorised: number;
}

interface HireInput {
  id: string;
  alias: string;
  agencyId: string;
  facilityId?: string | null;
  orgUnitId?: string | null;
  jobFamily: JobFamily;
  grade: Grade;
  jobType: JobType;
  employmentForm: EmploymentForm;
  payScheme: PayScheme;
  hireRoute: HireRoute;
  hiredOn: string;
  personalData?: PersonalDataInput | null;
}

/** The personal-data fields of Employee and SubstituteWorker (one coordinate each in the audit trail). */
type PersonalField = 'name' | 'birthDate' | 'phone' | 'address';

export function createResolvers(models: Models, runtime: Runtime, keys: PiiKeyring): GraphQLResolverMap<Ctx> {
  const { outbox, publish } = runtime;
  const { SubstituteDispatch, SubstituteWorker, Employee, HeadcountPlan, HeadcountTarget, KnownFacility, KnownProvider } = models;

  /** Validated and encrypted personal data for a record, or null when none is given. */
  const sealPersonalData = (input: PersonalDataInput | null | undefined, context: string): string | null =>
    input == null ? null : encryptPersonalData(keys, unwrap(validatePersonalData(input, todayInSeoul())), context);

  /**
   * Resolvers of name, personalDataVisible, birthDate, phone and address for a type whose documents keep
   * `personalData`: full for hr and admin (every read audited before the response leaves), the masked
   * name only for other roles. Decrypted only when a field asks; nothing is logged.
   */
  function personalFieldResolvers<D extends { _id: string; personalData?: string | null }>(
    typeName: 'Employee' | 'SubstituteWorker',
    context: (id: string) => string,
  ) {
    const visible = (d: D, ctx: Ctx): VisiblePersonalData | null => {
      if (!d.personalData) return null;
      const full = canSeeFullPersonalData(ctx.caller);
      if (full) auditPersonalDataRead(ctx, `${typeName}.personalData`, d._id);
      return visiblePersonalData(decryptPersonalData(keys, d.personalData, context(d._id)), full);
    };
    const field = (name: PersonalField) => (d: D, _: unknown, ctx: Ctx) => visible(d, ctx)?.[name] ?? null;
    return {
      name: field('name'),
      personalDataVisible: (d: D, _: unknown, ctx: Ctx) => canSeeFullPersonalData(ctx.caller) && Boolean(d.personalData),
      birthDate: field('birthDate'),
      phone: field('phone'),
      address: field('address'),
    };
  }

  /** Records or corrects a person's personal data: the ciphertext only, no domain event (events never carry it). */
  const setEmployeePersonalData = async (rawId: string, input: PersonalDataInput): Promise<EmployeeDoc> => {
    const id = unwrap(checkId(rawId));
    const personalData = sealPersonalData(input, PII_CONTEXT.employee(id));
    // Under the record's lease: a concurrent promotion or dispatch step must not be overwritten.
    return withDocument(Employee, id, async () => {
      const updated = await Employee.findOneAndUpdate({ _id: id }, { $set: { personalData } }, { new: true }).lean();
      if (!updated) throw notFound('Employee', id);
      return updated;
    });
  };
  const setWorkerPersonalData = async (rawId: string, input: PersonalDataInput): Promise<SubstituteWorkerDoc> => {
    const id = unwrap(checkId(rawId));
    const personalData = sealPersonalData(input, PII_CONTEXT.substituteWorker(id));
    // Under the record's lease: a concurrent promotion or dispatch step must not be overwritten.
    return withDocument(SubstituteWorker, id, async () => {
      const updated = await SubstituteWorker.findOneAndUpdate({ _id: id }, { $set: { personalData } }, { new: true }).lean();
      if (!updated) throw notFound('SubstituteWorker', id);
      return updated;
    });
  };

  const knownAgency = async (agencyId: string): Promise<void> => {
    if (!(await models.KnownAgency.exists({ _id: agencyId }))) throw notFound('Agency', agencyId);
  };

  /** A facility staffing knows of, run by the given agency. */
  const facilityOf = async (agencyId: string, facilityId: string) => {
    const facility = await KnownFacility.findById(facilityId).lean();
    if (!facility) throw notFound('Facility', facilityId);
    if (facility.data.operatorId !== agencyId)
      throw badInput(`facility "${facilityId}" is run by "${facility.data.operatorId}", not "${agencyId}"`, 'facilityId');
    return facility;
  };

  /** Read, check and write one dispatch under its lock (FerretDB v1 does not isolate concurrent updates). */
  function transition(
    id: string,
    action: DispatchAction,
    set: Partial<SubstituteDispatchDoc>,
    event: (d: SubstituteDispatchDoc) => OutboxEntry,
  ): Promise<SubstituteDispatchDoc> {
    const dispatchId = unwrap(checkId(id));
    return withDocument(SubstituteDispatch, dispatchId, async () => {
      const current = await SubstituteDispatch.findById(dispatchId).lean();
      if (!current) throw notFound('SubstituteDispatch', dispatchId);
      const { to } = TRANSITIONS[action];
      if (!canTransition(current.status, action)) throw invalidTransition('SubstituteDispatch', dispatchId, current.status, to);
      const updated = await SubstituteDispatch.findOneAndUpdate(
        { _id: dispatchId, status: current.status },
        { $set: { ...set, status: to }, $push: outbox.push(event({ ...current, ...set, status: to })) },
        { new: true },
      ).lean();
      if (!updated) throw conflict(`SubstituteDispatch "${dispatchId}" was changed concurrently; reload and retry`, { id: dispatchId });
      publish(SubstituteDispatch, dispatchId);
      return updated;
    });
  }

  const recruitment = recruitmentResolvers(models.RecruitmentRound, knownAgency);
  const sum0 = (rows: { actual: number }[]): number => rows.reduce((s, r) => s + r.actual, 0);

  /** 현원 of plan rows: employees of the agency active on `on` (default: the row year's count date). */
  function withActuals(rows: HeadcountPlanDoc[], employees: EmployeeDoc[], on: string | null = null) {
    const today = todayInSeoul();
    return rows.map((row) => {
      const date = on ?? headcountDate(row.year, today);
      const actual = employees.filter((e) => countsTowards(row, e) && activeOn(e, date)).length;
      return { ...row, actual, vacancies: row.authorised - actual };
    });
  }

  return {
    KRW: KRWScalar,
    Date: DateScalar,
    DateTime: DateTimeScalar,
    Query: {
      substituteDispatch: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.dispatch.load(unwrap(checkId(args.id))),
      substituteDispatches: (
        _: unknown,
        args: PageArgs & { status?: DispatchStatus; facilityId?: string; district?: string; month?: string },
      ) => {
        const filter: FilterQuery<SubstituteDispatchDoc> = {};
        if (args.status) filter.status = args.status;
        if (args.facilityId) filter.facilityId = unwrap(checkId(args.facilityId, 'facilityId'));
        if (args.district) filter.district = unwrap(checkDistrictName(args.district));
        if (args.month) {
          const { from, to } = unwrap(monthRange(args.month));
          filter.startDate = trusted({ $lte: to });
          filter.endDate = trusted({ $gte: from });
        }
        return paginate(SubstituteDispatch, filter, unwrap(checkPage(args)));
      },
      dispatchProgress: async (_: unknown, args: { agencyId: string; year: number }) => {
        const agencyId = unwrap(checkId(args.agencyId, 'agencyId'));
        const year = unwrap(YEAR(args.year));
        const [dispatches, target] = await Promise.all([
          SubstituteDispatch.find({ agencyId, startDate: trusted({ $gte: `${year}-01-01`, $lte: `${year}-12-31` }) }, { status: 1 }).lean(),
          models.DispatchTarget.findById(`${agencyId}:${year}`).lean(),
        ]);
        return { agencyId, year, ...dispatchProgress(dispatches, target?.target ?? null) };
      },
      substituteWorker: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.worker.load(unwrap(checkId(args.id))),
      substituteWorkers: (_: unknown, args: PageArgs) => paginate(SubstituteWorker, {}, unwrap(checkPage(args))),
      emergencyCareWorkers: async (_: unknown, args: { district?: string | null; availableOnly?: boolean | null }) => {
        const district = args.district == null ? null : unwrap(checkDistrictName(args.district));
        // The pool is small (25 in the Jeonbuk plan): one find, filtered here.
        const pool = await models.EmergencyCareWorker.find({}).sort({ _id: 1 }).lean();
        return pool.filter((w) => (district === null || w.districts.includes(district)) && (!args.availableOnly || w.available));
      },
      employee: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.employee.load(unwrap(checkId(args.id))),
      employees: (_: unknown, args: PageArgs & { agencyId?: string; facilityId?: string; status?: EmployeeStatus }) => {
        const filter: FilterQuery<EmployeeDoc> = {};
        if (args.agencyId) filter.agencyId = unwrap(checkId(args.agencyId, 'agencyId'));
        if (args.facilityId) filter.facilityId = unwrap(checkId(args.facilityId, 'facilityId'));
        if (args.status) filter.status = args.status;
        return paginate(Employee, filter, unwrap(checkPage(args)));
      },
      headcountPlans: async (_: unknown, args: { agencyId: string; year: number; facilityId?: string | null; asOf?: string | null }) => {
        const agencyId = unwrap(checkId(args.agencyId, 'agencyId'));
        const year = unwrap(YEAR(args.year));
        const facilityId = args.facilityId == null ? null : unwrap(checkId(args.facilityId, 'facilityId'));
        const asOf = args.asOf == null ? null : unwrap(checkDate(args.asOf, 'asOf'));
        if (asOf !== null && !asOf.startsWith(`${year}-`)) throw badInput(`asOf must be a date of ${year}`, 'asOf');
        const [rows, employees] = await Promise.all([
          HeadcountPlan.find({ agencyId, year, facilityId }).sort({ _id: 1 }).lean(),
          Employee.find({ agencyId }).lean(),
        ]);
        const countedOn = asOf ?? headcountDate(year, todayInSeoul());
        const withActual = withActuals(rows, employees, countedOn);
        const sum = (k: 'authorised' | 'actual') => withActual.reduce((s, r) => s + r[k], 0);
        const printed = facilityId === null ? reportedHeadcountOf(agencyId, year) : null;
        const reported = printed && {
          ...printed,
          computedActual: sum0(withActuals(rows, employees, printed.asOf)),
        };
        return {
          rows: withActual,
          total: headcount(year, sum('authorised'), sum('actual')),
          actualAsOf: countedOn,
          reported: reported && { ...reported, matchesComputed: reported.computedActual === reported.actual },
        };
      },
      headcountTargets: async (_: unknown, args: { agencyId: string }) => {
        const agencyId = unwrap(checkId(args.agencyId, 'agencyId'));
        const [lines, plans] = await Promise.all([
          HeadcountTarget.find({ agencyId }).sort({ _id: 1 }).lean(),
          HeadcountPlan.find({ agencyId }).lean(),
        ]);
        // Whole-facility 정원 rows of the agency's home-care centres, with the model care-services registered.
        const facilityRows = plans.filter((p) => p.facilityId !== null && p.jobFamily === null && p.grade === null && p.jobType === null);
        const facilities = new Map(
          (await KnownFacility.find({ _id: trusted({ $in: [...new Set(facilityRows.map((p) => p.facilityId))] }) }).lean()).map((f) => [
            f._id,
            f.data,
          ]),
        );
        const years = [...new Set(lines.map((l) => l.year))].sort();
        return years.map((year) => {
          const ofYear = lines.filter((l) => l.year === year);
          const reported = ofYear.find((l) => l.reportedYearTotal !== null)?.reportedYearTotal ?? null;
          const centres = facilityRows
            .filter((p) => p.year === year && facilities.get(p.facilityId!)?.type === 'HOME_CARE_CENTRE')
            .map((p) => ({ centreModel: facilities.get(p.facilityId!)?.centreModel ?? null, authorised: p.authorised }));
          return { year, lines: ofYear, ...targetYear(ofYear, reported), homeCareCentres: homeCareCentreCheck(ofYear, centres) };
        });
      },
      ...recruitment.Query,
      trainingCourses: () => models.TrainingCourse.find({}).sort({ _id: 1 }).lean().exec(),
    },
    Mutation: {
      ...recruitment.Mutation,
      setHeadcountPlan: async (_: unknown, args: { input: PlanInput }) => {
        const i = args.input;
        const v = unwrap(
          all({
            agencyId: checkId(i.agencyId, 'agencyId'),
            facilityId: i.facilityId == null ? { ok: true as const, value: null } : checkId(i.facilityId, 'facilityId'),
            year: YEAR(i.year),
            authorised: checkInt(i.authorised, 'authorised', 0, 100_000),
          }),
        );
        await knownAgency(v.agencyId);
        if (v.facilityId !== null) await facilityOf(v.agencyId, v.facilityId);
        const row = {
          agencyId: v.agencyId,
          facilityId: v.facilityId,
          year: v.year,
          jobFamily: i.jobFamily ?? null,
          grade: i.grade ?? null,
          jobType: i.jobType ?? null,
        };
        const _id = planId(row);
        return withDocument(HeadcountPlan, _id, async () => {
          const existing = await HeadcountPlan.findById(_id).lean();
          if (existing && existing.authorised === v.authorised) return existing; // unchanged: no event
          const event = outbox.entry(EventTypes.HeadcountPlanSet, { planId: _id, ...row, authorised: v.authorised });
          await HeadcountPlan.updateOne(
            { _id },
            { $set: { ...row, authorised: v.authorised }, $push: outbox.push(event) },
            { upsert: true },
          );
          publish(HeadcountPlan, _id);
          return { _id, ...row, authorised: v.authorised };
        });
      },
      setHeadcountTarget: async (
        _: unknown,
        args: {
          input: {
            agencyId: string;
            year: number;
            category: HeadcountCategory;
            centreModel?: string | null;
            sites?: number | null;
            authorised: number;
            reportedYearTotal?: number | null;
          };
        },
      ) => {
        const i = args.input;
        const v = unwrap(
          all({
            agencyId: checkId(i.agencyId, 'agencyId'),
            year: YEAR(i.year),
            authorised: checkInt(i.authorised, 'authorised', 0, 1_000_000),
            sites: i.sites == null ? { ok: true as const, value: null } : checkInt(i.sites, 'sites', 0, 10_000),
            reportedYearTotal:
              i.reportedYearTotal == null
                ? { ok: true as const, value: null }
                : checkInt(i.reportedYearTotal, 'reportedYearTotal', 0, 1_000_000),
            centreModel:
              i.centreModel == null
                ? { ok: true as const, value: null }
                : checkEnum(i.centreModel, ['BASIC', 'EXTENDED', 'NURSING', 'DAY_VISIT'] as const, 'centreModel'),
          }),
        );
        if (v.centreModel !== null && i.category !== 'HOME_CARE_CENTRE')
          throw badInput('centreModel applies only to HOME_CARE_CENTRE lines', 'centreModel');
        if (i.category === 'HEADQUARTERS' && v.sites !== null) throw badInput('HEADQUARTERS lines have no sites', 'sites');
        await knownAgency(v.agencyId);
        const _id = `${v.agencyId}:${v.year}:${i.category}:${v.centreModel ?? '*'}`;
        const line = {
          agencyId: v.agencyId,
          year: v.year,
          category: i.category,
          centreModel: v.centreModel,
          sites: v.sites,
          authorised: v.authorised,
        };
        return withDocument(HeadcountTarget, _id, async () => {
          const existing = await HeadcountTarget.findById(_id).lean();
          if (
            existing &&
            existing.authorised === v.authorised &&
            existing.sites === v.sites &&
            existing.reportedYearTotal === v.reportedYearTotal
          )
            return existing;
          const event = outbox.entry(EventTypes.HeadcountTargetSet, { targetId: _id, ...line });
          await HeadcountTarget.updateOne(
            { _id },
            { $set: { ...line, reportedYearTotal: v.reportedYearTotal }, $push: outbox.push(event) },
            { upsert: true },
          );
          publish(HeadcountTarget, _id);
          return { _id, ...line, reportedYearTotal: v.reportedYearTotal };
        });
      },
      hireEmployee: async (_: unknown, args: { input: HireInput }) => {
        const i = args.input;
        const v = unwrap(
          all({
            id: checkId(i.id),
            alias: validateAlias(i.alias),
            agencyId: checkId(i.agencyId, 'agencyId'),
            facilityId: i.facilityId == null ? { ok: true as const, value: null } : checkId(i.facilityId, 'facilityId'),
            orgUnitId: i.orgUnitId == null ? { ok: true as const, value: null } : checkId(i.orgUnitId, 'orgUnitId'),
            hiredOn: checkDate(i.hiredOn, 'hiredOn'),
          }),
        );
        if (v.hiredOn > todayInSeoul()) throw badInput('hiredOn must not be in the future', 'hiredOn');
        await knownAgency(v.agencyId);
        if (v.facilityId !== null) await facilityOf(v.agencyId, v.facilityId);
        if (v.orgUnitId !== null) {
          if (v.facilityId !== null) throw badInput('an employee works at a facility or in an HQ unit, not both', 'orgUnitId');
          const unit = await models.KnownOrgUnit.findById(v.orgUnitId).lean();
          if (!unit) throw notFound('OrgUnit', v.orgUnitId);
          if (unit.data.agencyId !== v.agencyId)
            throw badInput(`org unit "${v.orgUnitId}" belongs to "${unit.data.agencyId}"`, 'orgUnitId');
        }
        const facts = {
          agencyId: v.agencyId,
          facilityId: v.facilityId,
          orgUnitId: v.orgUnitId,
          jobFamily: i.jobFamily,
          grade: i.grade,
          jobType: i.jobType,
          employmentForm: i.employmentForm,
          payScheme: i.payScheme,
          hireRoute: i.hireRoute,
          hiredOn: v.hiredOn,
        };
        // Validated before anything is written; the event carries the facts above, never the personal data.
        const personalData = sealPersonalData(i.personalData, PII_CONTEXT.employee(v.id));
        const event = outbox.entry(EventTypes.EmployeeHired, { employeeId: v.id, ...facts });
        return insertAggregate(
          Employee,
          { _id: v.id, alias: v.alias, ...facts, leftOn: null, status: 'ACTIVE' as const, personnelRecords: [], personalData },
          [event],
          publish,
          'employee',
        );
      },
      setEmployeePersonalData: (_: unknown, args: { id: string; personalData: PersonalDataInput }) =>
        setEmployeePersonalData(args.id, args.personalData),
      setSubstituteWorkerPersonalData: (_: unknown, args: { id: string; personalData: PersonalDataInput }) =>
        setWorkerPersonalData(args.id, args.personalData),
      recordEmployeeLeft: (_: unknown, args: { id: string; leftOn: string }) =>
        endEmployment(models, runtime, unwrap(checkId(args.id)), unwrap(checkDate(args.leftOn, 'leftOn'))),
      recordEvaluation: async (
        _: unknown,
        args: { input: { employeeId: string; kind: EvaluationKind; year: number; evaluatedOn: string; result?: string | null } },
      ) => {
        const i = args.input;
        const v = unwrap(
          all({
            employeeId: checkId(i.employeeId, 'employeeId'),
            year: YEAR(i.year),
            evaluatedOn: checkDate(i.evaluatedOn, 'evaluatedOn'),
            result: i.result == null ? { ok: true as const, value: null } : checkText(i.result, 'result', 200),
          }),
        );
        const employee = await Employee.findById(v.employeeId).lean();
        if (!employee) throw notFound('Employee', v.employeeId);
        unwrap(checkEvaluation(employee, { kind: i.kind, year: v.year, evaluatedOn: v.evaluatedOn }));
        if (!activeOn(employee, v.evaluatedOn)) throw badInput('the employee was not employed on evaluatedOn', 'evaluatedOn');
        const _id = `${v.employeeId}:${i.kind}:${v.year}`;
        const event = outbox.entry(EventTypes.EvaluationRecorded, {
          employeeId: v.employeeId,
          evaluationId: _id,
          kind: i.kind,
          year: v.year,
          evaluatedOn: v.evaluatedOn,
        });
        return insertAggregate(
          models.Evaluation,
          { _id, employeeId: v.employeeId, kind: i.kind, year: v.year, evaluatedOn: v.evaluatedOn, result: v.result },
          [event],
          publish,
          'evaluation',
        );
      },
      registerTrainingCourse: async (
        _: unknown,
        args: { input: { id: string; title: string; category: TrainingCategory; hours: number } },
      ) => {
        const v = unwrap(
          all({ id: checkId(args.input.id), title: checkText(args.input.title, 'title', 100), hours: checkHours(args.input.hours) }),
        );
        const course = { _id: v.id, title: v.title, category: args.input.category, hours: v.hours };
        const event = outbox.entry(EventTypes.TrainingCourseRegistered, {
          courseId: v.id,
          title: v.title,
          category: course.category,
          hours: v.hours,
        });
        return insertAggregate(models.TrainingCourse, course, [event], publish, 'training course');
      },
      completeTraining: async (
        _: unknown,
        args: { input: { employeeId: string; courseId: string; completedOn: string; hours?: number | null } },
      ) => {
        const i = args.input;
        const v = unwrap(
          all({
            employeeId: checkId(i.employeeId, 'employeeId'),
            courseId: checkId(i.courseId, 'courseId'),
            completedOn: checkDate(i.completedOn, 'completedOn'),
          }),
        );
        const [employee, course] = await Promise.all([
          Employee.findById(v.employeeId).lean(),
          models.TrainingCourse.findById(v.courseId).lean(),
        ]);
        if (!employee) throw notFound('Employee', v.employeeId);
        if (!course) throw notFound('TrainingCourse', v.courseId);
        if (!activeOn(employee, v.completedOn)) throw badInput('the employee was not employed on completedOn', 'completedOn');
        if (v.completedOn > todayInSeoul()) throw badInput('completedOn must not be in the future', 'completedOn');
        const hours = unwrap(checkHours(i.hours ?? course.hours));
        const _id = `${v.employeeId}:${v.courseId}:${v.completedOn.slice(0, 4)}`;
        const record = {
          _id,
          employeeId: v.employeeId,
          courseId: v.courseId,
          category: course.category,
          completedOn: v.completedOn,
          hours,
        };
        const event = outbox.entry(EventTypes.TrainingCompleted, {
          employeeId: v.employeeId,
          agencyId: employee.agencyId,
          recordId: _id,
          courseId: v.courseId,
          category: course.category,
          completedOn: v.completedOn,
          hours,
        });
        return insertAggregate(models.TrainingRecord, record, [event], publish, 'training record (one per course and year)');
      },
      registerSubstituteWorker: async (
        _: unknown,
        args: {
          input: {
            id: string;
            alias: string;
            jobType: SubstituteJobType;
            residenceDistrict: string;
            personalData?: PersonalDataInput | null;
          };
        },
      ) => {
        const w = unwrap(
          all({
            id: checkId(args.input.id),
            alias: validateAlias(args.input.alias),
            residenceDistrict: checkDistrictName(args.input.residenceDistrict, 'residenceDistrict'),
          }),
        );
        const personalData = sealPersonalData(args.input.personalData, PII_CONTEXT.substituteWorker(w.id));
        const event = outbox.entry(EventTypes.SubstituteWorkerRegistered, {
          workerId: w.id,
          jobType: args.input.jobType,
          residenceDistrict: w.residenceDistrict,
        });
        return insertAggregate(
          SubstituteWorker,
          { _id: w.id, alias: w.alias, jobType: args.input.jobType, residenceDistrict: w.residenceDistrict, personalData },
          [event],
          publish,
          'substitute worker',
        );
      },
      registerEmergencyCareWorker: async (_: unknown, args: { input: { id: string; alias: string; districts: string[] } }) => {
        const v = unwrap(all({ id: checkId(args.input.id), alias: validateAlias(args.input.alias) }));
        if (args.input.districts.length === 0) throw badInput('a pool worker covers at least one district', 'districts');
        const districts = args.input.districts.map((d) => unwrap(checkDistrictName(d, 'districts')));
        if (new Set(districts).size !== districts.length) throw badInput('districts must not repeat', 'districts');
        const event = outbox.entry(EventTypes.EmergencyCareWorkerRegistered, { workerId: v.id, districts, available: true });
        return insertAggregate(
          models.EmergencyCareWorker,
          { _id: v.id, alias: v.alias, districts, available: true },
          [event],
          publish,
          'emergency-care worker',
        );
      },
      setEmergencyCareWorkerAvailability: async (_: unknown, args: { id: string; available: boolean }) => {
        const id = unwrap(checkId(args.id));
        return withDocument(models.EmergencyCareWorker, id, async () => {
          const w = await models.EmergencyCareWorker.findById(id).lean();
          if (!w) throw notFound('EmergencyCareWorker', id);
          if (w.available === args.available) return w;
          const event = outbox.entry(EventTypes.EmergencyCareWorkerAvailabilityChanged, { workerId: id, available: args.available });
          const updated = await models.EmergencyCareWorker.findOneAndUpdate(
            { _id: id },
            { $set: { available: args.available }, $push: outbox.push(event) },
            { new: true },
          ).lean();
          publish(models.EmergencyCareWorker, id);
          return updated;
        });
      },
      setDispatchTarget: async (_: unknown, args: { agencyId: string; year: number; target: number }) => {
        const v = unwrap(
          all({
            agencyId: checkId(args.agencyId, 'agencyId'),
            year: YEAR(args.year),
            target: checkInt(args.target, 'target', 0, 1_000_000),
          }),
        );
        await knownAgency(v.agencyId);
        const _id = `${v.agencyId}:${v.year}`;
        await withDocument(models.DispatchTarget, _id, async () => {
          const existing = await models.DispatchTarget.findById(_id).lean();
          if (existing?.target === v.target) return;
          const event = outbox.entry(EventTypes.DispatchTargetSet, { targetId: _id, ...v });
          await models.DispatchTarget.updateOne({ _id }, { $set: v, $push: outbox.push(event) }, { upsert: true });
          publish(models.DispatchTarget, _id);
        });
        const dispatches = await SubstituteDispatch.find(
          { agencyId: v.agencyId, startDate: trusted({ $gte: `${v.year}-01-01`, $lte: `${v.year}-12-31` }) },
          { status: 1 },
        ).lean();
        return { agencyId: v.agencyId, year: v.year, ...dispatchProgress(dispatches, v.target) };
      },
      requestSubstituteDispatch: async (_: unknown, args: { input: RequestDispatchInput }) => {
        const r = unwrap(validateDispatchRequest(args.input, todayInSeoul()));
        let agencyId: string;
        let district: string;
        if (r.site.kind === 'facility') {
          const facility = await KnownFacility.findById(r.site.facilityId).lean();
          if (!facility) throw notFound('Facility', r.site.facilityId);
          if (r.agencyId !== null && r.agencyId !== facility.data.operatorId)
            throw badInput(`facility "${r.site.facilityId}" is run by "${facility.data.operatorId}"`, 'agencyId');
          agencyId = facility.data.operatorId;
          district = facility.data.district;
        } else {
          const provider = await KnownProvider.findById(r.site.providerId).lean();
          if (!provider) throw notFound('ProviderOrganization', r.site.providerId);
          agencyId = r.agencyId as string;
          await knownAgency(agencyId);
          district = provider.data.district;
        }
        const facilityId = r.site.kind === 'facility' ? r.site.facilityId : null;
        const providerId = r.site.kind === 'provider' ? r.site.providerId : null;
        const facts = {
          facilityId,
          providerId,
          agencyId,
          district,
          absentRole: r.absentRole,
          reason: r.reason,
          jobType: r.jobType,
          requestedOn: r.requestedOn,
          startDate: r.startDate,
          endDate: r.endDate,
          days: r.days,
        };
        const event = outbox.entry(EventTypes.SubstituteDispatchRequested, {
          dispatchId: r.id,
          ...facts,
          dailyRateKRW: r.dailyRate,
          costKRW: r.cost,
        });
        return insertAggregate(
          SubstituteDispatch,
          {
            _id: r.id,
            ...facts,
            dailyRate: r.dailyRate,
            cost: r.cost,
            status: 'REQUESTED' as const,
            workerId: null,
            requestedAt: new Date(),
            matchedAt: null,
            dispatchedAt: null,
            completedAt: null,
            cancelledAt: null,
            cancelReason: null,
          },
          [event],
          publish,
          'dispatch',
        );
      },
      matchSubstituteDispatch: async (_: unknown, args: { id: string; workerId: string }) => {
        const workerId = unwrap(checkId(args.workerId, 'workerId'));
        const [dispatch, worker] = await Promise.all([
          SubstituteDispatch.findById(unwrap(checkId(args.id))).lean(),
          SubstituteWorker.findById(workerId).lean(),
        ]);
        if (!dispatch) throw notFound('SubstituteDispatch', args.id);
        if (!worker) throw notFound('SubstituteWorker', workerId);
        if (worker.jobType !== dispatch.jobType)
          throw badInput(`worker "${workerId}" is ${worker.jobType}, the request needs ${dispatch.jobType}`, 'workerId');
        // The worker's lock: two requests cannot both book the same worker for overlapping periods.
        return withDocument(SubstituteWorker, workerId, async () => {
          const busy = await SubstituteDispatch.find({ workerId, status: trusted({ $in: ['MATCHED', 'DISPATCHED'] }) }).lean();
          const clash = busy.find((b) => b._id !== dispatch._id && overlaps(b, dispatch));
          if (clash) throw conflict(`worker "${workerId}" is already matched to "${clash._id}" in that period`, { clash: clash._id });
          return transition(args.id, 'match', { workerId, matchedAt: new Date() }, (d) =>
            outbox.entry(EventTypes.SubstituteDispatchMatched, { dispatchId: d._id, facilityId: d.facilityId, workerId }),
          );
        });
      },
      startSubstituteDispatch: (_: unknown, args: { id: string }) =>
        transition(args.id, 'start', { dispatchedAt: new Date() }, (d) =>
          outbox.entry(EventTypes.SubstituteDispatchStarted, { dispatchId: d._id, facilityId: d.facilityId, workerId: d.workerId ?? '' }),
        ),
      completeSubstituteDispatch: (_: unknown, args: { id: string }) => {
        const completedAt = new Date();
        return transition(args.id, 'complete', { completedAt }, (d) =>
          outbox.entry(EventTypes.SubstituteDispatchCompleted, {
            dispatchId: d._id,
            facilityId: d.facilityId,
            providerId: d.providerId,
            agencyId: d.agencyId,
            workerId: d.workerId ?? '',
            startDate: d.startDate,
            endDate: d.endDate,
            days: d.days,
            dailyRateKRW: d.dailyRate,
            costKRW: d.cost,
            completedAt: completedAt.toISOString(),
          }),
        );
      },
      cancelSubstituteDispatch: (_: unknown, args: { id: string; reason: string }) => {
        const reason = unwrap(checkText(args.reason, 'reason', 500));
        return transition(args.id, 'cancel', { cancelledAt: new Date(), cancelReason: reason }, (d) =>
          outbox.entry(EventTypes.SubstituteDispatchCancelled, { dispatchId: d._id, facilityId: d.facilityId, reason }),
        );
      },
    },
    Facility: {
      headcount: async (f: { id: string }, args: { year?: number | null }, ctx: Ctx) => {
        const [plans, staff] = await Promise.all([ctx.loaders.plansByFacility.load(f.id), ctx.loaders.employeesByFacility.load(f.id)]);
        // The facility's own total row (no family, grade or job type).
        const totals = plans.filter((p) => p.jobFamily === null && p.grade === null && p.jobType === null);
        const plan = args.year == null ? totals[0] : totals.find((p) => p.year === args.year);
        if (!plan) return null;
        const date = headcountDate(plan.year, todayInSeoul());
        return headcount(plan.year, plan.authorised, staff.filter((e) => activeOn(e, date)).length);
      },
      staff: async (f: { id: string }, args: PageArgs & { status?: EmployeeStatus | null }, ctx: Ctx) => {
        const staff = await ctx.loaders.employeesByFacility.load(f.id);
        return pageOfLoaded(args.status ? staff.filter((e) => e.status === args.status) : staff, args);
      },
      substituteDispatches: async (f: { id: string }, args: PageArgs & { status?: DispatchStatus }, ctx: Ctx) => {
        const dispatches = await ctx.loaders.dispatchesByFacility.load(f.id);
        return pageOfLoaded(args.status ? dispatches.filter((d) => d.status === args.status) : dispatches, args);
      },
    },
    HeadcountPlan: {
      id: (p: HeadcountPlanDoc) => p._id,
      reading: (p: HeadcountPlanDoc) => readingOf(p)?.reading ?? null,
      dataQualityFindingIds: (p: HeadcountPlanDoc) => readingOf(p)?.dataQualityFindingIds ?? [],
      agency: (p: HeadcountPlanDoc) => ({ id: p.agencyId }),
      facility: (p: HeadcountPlanDoc) => (p.facilityId ? { id: p.facilityId } : null),
    },
    HeadcountTarget: {
      id: (t: { _id: string }) => t._id,
    },
    DispatchProgress: {
      agency: (p: { agencyId: string }) => ({ id: p.agencyId }),
    },
    RecruitmentRound: recruitment.RecruitmentRound,
    RecruitmentYear: recruitment.RecruitmentYear,
    Employee: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.employee.load(ref.id),
      id: (e: EmployeeDoc) => e._id,
      ...personalFieldResolvers<EmployeeDoc>('Employee', PII_CONTEXT.employee),
      agency: (e: EmployeeDoc) => ({ id: e.agencyId }),
      facility: (e: EmployeeDoc) => (e.facilityId ? { id: e.facilityId } : null),
      orgUnit: (e: EmployeeDoc) => (e.orgUnitId ? { id: e.orgUnitId } : null),
      trainingHours: async (e: EmployeeDoc, args: { year: number }, ctx: Ctx) => {
        const year = String(unwrap(YEAR(args.year)));
        const records = await ctx.loaders.trainingByEmployee.load(e._id);
        return records.filter((r) => r.completedOn.startsWith(year)).reduce((s, r) => s + r.hours, 0);
      },
      trainingRecords: (e: EmployeeDoc, _: unknown, ctx: Ctx) => ctx.loaders.trainingByEmployee.load(e._id),
      evaluations: (e: EmployeeDoc, _: unknown, ctx: Ctx) => ctx.loaders.evaluationsByEmployee.load(e._id),
      dueEvaluations: async (e: EmployeeDoc, args: { year: number }, ctx: Ctx) => {
        const year = unwrap(YEAR(args.year));
        const done = await ctx.loaders.evaluationsByEmployee.load(e._id);
        return evaluationWindows(e, year).map((w) => ({ ...w, done: done.some((d) => d.kind === w.kind && d.year === w.year) }));
      },
    },
    Evaluation: { id: (e: { _id: string }) => e._id },
    TrainingCourse: { id: (c: { _id: string }) => c._id },
    TrainingRecord: {
      id: (r: TrainingRecordDoc) => r._id,
      course: (r: TrainingRecordDoc, _: unknown, ctx: Ctx) => ctx.loaders.course.load(r.courseId),
    },
    SubstituteWorker: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.worker.load(ref.id),
      id: (w: SubstituteWorkerDoc) => w._id,
      ...personalFieldResolvers<SubstituteWorkerDoc>('SubstituteWorker', PII_CONTEXT.substituteWorker),
    },
    EmergencyCareWorker: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.emergencyWorker.load(ref.id),
      id: (w: { _id: string }) => w._id,
    },
    SubstituteDispatch: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.dispatch.load(ref.id),
      id: (d: SubstituteDispatchDoc) => d._id,
      facility: (d: SubstituteDispatchDoc) => (d.facilityId ? { id: d.facilityId } : null),
      provider: (d: SubstituteDispatchDoc) => (d.providerId ? { id: d.providerId } : null),
      agency: (d: SubstituteDispatchDoc) => ({ id: d.agencyId }),
      worker: (d: SubstituteDispatchDoc, _: unknown, ctx: Ctx) => (d.workerId ? ctx.loaders.worker.load(d.workerId) : null),
    },
  } satisfies ServiceResolvers;
}
