/** Staffing rules, free of I/O: dispatch lifecycle and eligibility, headcount, evaluations, training. */
import {
  addDays,
  addMonths,
  all,
  badInput,
  checkDate,
  checkId,
  checkInt,
  checkText,
  err,
  inclusiveDays,
  ok,
  type Result,
} from '@pass-graph/platform';

export type DispatchStatus = 'REQUESTED' | 'MATCHED' | 'DISPATCHED' | 'COMPLETED' | 'CANCELLED';
export type DispatchReason =
  'VACANCY' | 'LEAVE' | 'SICK_LEAVE' | 'TRAINING' | 'BEREAVEMENT' | 'SPOUSE_CHILDBIRTH' | 'MATERNITY_LEAVE' | 'PARENTAL_LEAVE';
export type AbsentRole =
  | 'CARE_WORKER'
  | 'RESIDENTIAL_SUPPORT_WORKER'
  | 'CHILDCARE_TEACHER'
  | 'ACTIVITY_SUPPORT_WORKER'
  | 'COOK'
  | 'SOCIAL_WORKER'
  | 'ADMINISTRATIVE';
export type SubstituteJobType = 'CARE' | 'COOK';
export type JobFamily = 'OFFICER' | 'GENERAL_ADMINISTRATION' | 'SERVICE_SUPPORT' | 'PROFESSIONAL_SERVICE' | 'CHILDCARE' | 'TECHNICAL';
export type Grade = 'OFFICER' | 'GRADE_1' | 'GRADE_2' | 'GRADE_3' | 'GRADE_4' | 'GRADE_5' | 'GRADE_6' | 'NA' | 'DA';
export type JobType =
  | 'OFFICER'
  | 'FACILITY_HEAD'
  | 'SOCIAL_WORKER'
  | 'CARE_WORKER'
  | 'ACTIVITY_SUPPORT_WORKER'
  | 'NURSE'
  | 'CHILDCARE_TEACHER'
  | 'COOK'
  | 'ADMINISTRATIVE';
export type EmploymentForm = 'FULL_TIME' | 'PART_TIME';
export type PayScheme = 'ANNUAL_SALARY' | 'SKILL_BASED' | 'SENIORITY_STEPS';
export type HireRoute = 'OPEN_COMPETITION' | 'SUCCESSION';
export type EmployeeStatus = 'ACTIVE' | 'ON_LEAVE' | 'LEFT';
export type EvaluationKind = 'PROBATION' | 'ANNUAL' | 'FACILITY_HEAD';
export type TrainingCategory = 'STATUTORY' | 'CAPACITY' | 'JOB';
export type HeadcountCategory = 'HEADQUARTERS' | 'LONG_TERM_CARE_FACILITY' | 'HOME_CARE_CENTRE' | 'PUBLIC_DAYCARE_CENTRE';

// ---------------------------------------------------------------- dispatch lifecycle

export type DispatchAction = 'match' | 'start' | 'complete' | 'cancel';

/** REQUESTED → MATCHED → DISPATCHED → COMPLETED; REQUESTED/MATCHED → CANCELLED. */
export const TRANSITIONS: Readonly<Record<DispatchAction, { from: DispatchStatus[]; to: DispatchStatus }>> = {
  match: { from: ['REQUESTED'], to: 'MATCHED' },
  start: { from: ['MATCHED'], to: 'DISPATCHED' },
  complete: { from: ['DISPATCHED'], to: 'COMPLETED' },
  cancel: { from: ['REQUESTED', 'MATCHED'], to: 'CANCELLED' },
};

export const canTransition = (status: DispatchStatus, action: DispatchAction): boolean => TRANSITIONS[action].from.includes(status);

/** Longest period one request may cover (a year): longer gaps are recruitment, not substitution. */
export const MAX_DISPATCH_DAYS = 366;
export const MAX_DAILY_RATE_KRW = 1_000_000;
/** A request comes at least this many days before the start… */
export const MIN_NOTICE_DAYS = 14;
/** …except for absences nobody can plan, which may start the day they are requested. */
export const SAME_DAY_REASONS: readonly DispatchReason[] = ['SICK_LEAVE', 'BEREAVEMENT', 'SPOUSE_CHILDBIRTH'];
/** The roles a substitute can stand in for (the schema of SubstituteDispatchRequested lists exactly these). */
export type EligibleRole = Exclude<AbsentRole, 'SOCIAL_WORKER' | 'ADMINISTRATIVE'>;
/** The programme substitutes direct-care and cooking staff only. */
export const ELIGIBLE_ROLES: readonly EligibleRole[] = [
  'CARE_WORKER',
  'RESIDENTIAL_SUPPORT_WORKER',
  'CHILDCARE_TEACHER',
  'ACTIVITY_SUPPORT_WORKER',
  'COOK',
];

const isEligible = (role: AbsentRole): role is EligibleRole => (ELIGIBLE_ROLES as readonly AbsentRole[]).includes(role);

export const jobTypeFor = (role: AbsentRole): SubstituteJobType => (role === 'COOK' ? 'COOK' : 'CARE');

export interface RequestDispatchInput {
  id: string;
  facilityId?: string | null;
  providerId?: string | null;
  agencyId?: string | null;
  absentRole: AbsentRole;
  reason: DispatchReason;
  requestedOn?: string | null;
  startDate: string;
  endDate: string;
  dailyRate: number;
}

export interface ValidDispatchRequest {
  id: string;
  site: { kind: 'facility'; facilityId: string } | { kind: 'provider'; providerId: string };
  agencyId: string | null;
  absentRole: EligibleRole;
  jobType: SubstituteJobType;
  reason: DispatchReason;
  requestedOn: string;
  startDate: string;
  endDate: string;
  dailyRate: number;
  days: number;
  cost: number;
}

/** Checks a request against the programme's rules; `today` is the Asia/Seoul date. */
export function validateDispatchRequest(input: RequestDispatchInput, today: string): Result<ValidDispatchRequest> {
  const checked = all({
    id: checkId(input.id),
    startDate: checkDate(input.startDate, 'startDate'),
    endDate: checkDate(input.endDate, 'endDate'),
    requestedOn: input.requestedOn == null ? ok(today) : checkDate(input.requestedOn, 'requestedOn'),
    dailyRate: checkInt(input.dailyRate, 'dailyRate', 1, MAX_DAILY_RATE_KRW),
    agencyId: input.agencyId == null ? ok(null) : checkId(input.agencyId, 'agencyId'),
  });
  if (!checked.ok) return checked;
  const v = checked.value;
  const hasFacility = input.facilityId != null;
  if (hasFacility === (input.providerId != null)) return err(badInput('give exactly one of facilityId and providerId', 'facilityId'));
  const siteId = checkId((input.facilityId ?? input.providerId) as string, hasFacility ? 'facilityId' : 'providerId');
  if (!siteId.ok) return siteId;
  if (!hasFacility && v.agencyId === null) return err(badInput('a provider request names the paying agency (agencyId)', 'agencyId'));
  if (!isEligible(input.absentRole))
    return err(badInput(`only direct-care and cooking staff can be substituted, not ${input.absentRole}`, 'absentRole'));
  const days = inclusiveDays(v.startDate, v.endDate);
  if (days < 1) return err(badInput('endDate must not be before startDate', 'endDate'));
  if (days > MAX_DISPATCH_DAYS) return err(badInput(`a dispatch covers at most ${MAX_DISPATCH_DAYS} days`, 'endDate'));
  if (v.requestedOn > today) return err(badInput('requestedOn must not be in the future', 'requestedOn'));
  const earliest = SAME_DAY_REASONS.includes(input.reason) ? v.requestedOn : addDays(v.requestedOn, MIN_NOTICE_DAYS);
  if (v.startDate < earliest) {
    return err(
      badInput(
        SAME_DAY_REASONS.includes(input.reason)
          ? 'the period cannot start before the request'
          : `a ${input.reason} request must come at least ${MIN_NOTICE_DAYS} days before the start (earliest start ${earliest})`,
        'startDate',
      ),
    );
  }
  return ok({
    id: v.id,
    site: hasFacility ? { kind: 'facility', facilityId: siteId.value } : { kind: 'provider', providerId: siteId.value },
    agencyId: v.agencyId,
    absentRole: input.absentRole,
    jobType: jobTypeFor(input.absentRole),
    reason: input.reason,
    requestedOn: v.requestedOn,
    startDate: v.startDate,
    endDate: v.endDate,
    dailyRate: v.dailyRate,
    days,
    cost: dispatchCost(days, v.dailyRate),
  });
}

/** Integer won: days × daily rate. */
export const dispatchCost = (days: number, dailyRate: number): number => days * dailyRate;

/** Two inclusive date ranges overlap. Dates are YYYY-MM-DD, so string order is date order. */
export const overlaps = (a: { startDate: string; endDate: string }, b: { startDate: string; endDate: string }): boolean =>
  a.startDate <= b.endDate && b.startDate <= a.endDate;

/** `YYYY-MM` → its first and last day. */
export function monthRange(month: string): Result<{ from: string; to: string }> {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return err(badInput('month must be YYYY-MM', 'month'));
  const from = `${month}-01`;
  return ok({ from, to: addDays(addMonths(from, 1), -1) });
}

export interface DispatchCounts {
  requested: number;
  completed: number;
  cancelled: number;
}

/** Counts the dispatches of a year (by start date) against the target. */
export function dispatchProgress(dispatches: { status: DispatchStatus }[], target: number | null) {
  const completed = dispatches.filter((d) => d.status === 'COMPLETED').length;
  return {
    target,
    requested: dispatches.length,
    completed,
    cancelled: dispatches.filter((d) => d.status === 'CANCELLED').length,
    achievementRate: target ? completed / target : null,
  };
}

// ---------------------------------------------------------------- headcount

export interface HeadcountFigures {
  year: number;
  authorised: number;
  actual: number;
  vacancies: number;
}

export const headcount = (year: number, authorised: number, actual: number): HeadcountFigures => ({
  year,
  authorised,
  actual,
  vacancies: authorised - actual,
});

export interface EmploymentSpan {
  hiredOn: string;
  leftOn: string | null;
}

/** Employed on that day: hired on or before it and not yet left. */
export const activeOn = (e: EmploymentSpan, date: string): boolean => e.hiredOn <= date && (e.leftOn === null || e.leftOn > date);

/** 현원 of a year is counted at its end, or today for the current year. */
export const headcountDate = (year: number, today: string): string => {
  const end = `${year}-12-31`;
  return end < today ? end : today;
};

export interface PlanRow {
  agencyId: string;
  facilityId: string | null;
  jobFamily: JobFamily | null;
  grade: Grade | null;
  jobType: JobType | null;
}

export interface StaffFacts extends EmploymentSpan {
  agencyId: string;
  facilityId: string | null;
  jobFamily: JobFamily;
  grade: Grade;
  jobType: JobType;
}

/** Does an employee count towards a plan row? Unset dimensions match anyone. */
export const countsTowards = (row: PlanRow, e: StaffFacts): boolean =>
  row.agencyId === e.agencyId &&
  (row.facilityId === null || row.facilityId === e.facilityId) &&
  (row.jobFamily === null || row.jobFamily === e.jobFamily) &&
  (row.grade === null || row.grade === e.grade) &&
  (row.jobType === null || row.jobType === e.jobType);

export const planId = (row: PlanRow & { year: number }): string =>
  [row.agencyId, row.facilityId ?? '*', row.year, row.jobFamily ?? '*', row.grade ?? '*', row.jobType ?? '*'].join(':');

export interface TargetLine {
  category: HeadcountCategory;
  sites: number | null;
  authorised: number;
}

/** 계 = 본부 + 소속기관, 소속기관 = the facility lines. */
export function targetYear(lines: TargetLine[], reportedTotal: number | null) {
  const headquarters = lines.filter((l) => l.category === 'HEADQUARTERS').reduce((s, l) => s + l.authorised, 0);
  const affiliated = lines.filter((l) => l.category !== 'HEADQUARTERS').reduce((s, l) => s + l.authorised, 0);
  const total = headquarters + affiliated;
  return { headquarters, affiliated, total, reportedTotal, matchesReported: reportedTotal === null ? null : reportedTotal === total };
}

// ---------------------------------------------------------------- evaluations

export interface EvaluationWindow {
  kind: EvaluationKind;
  year: number;
  opensOn: string;
  dueOn: string;
}

/** Probation within 3 months of hire; annual and facility-head evaluations in Nov–Dec (003 L1873–1875). */
export function evaluationWindows(e: EmploymentSpan & { jobType: JobType }, year: number): EvaluationWindow[] {
  const windows: EvaluationWindow[] = [];
  const probationDue = addMonths(e.hiredOn, 3);
  if (Number(e.hiredOn.slice(0, 4)) === year) windows.push({ kind: 'PROBATION', year, opensOn: e.hiredOn, dueOn: probationDue });
  const opens = `${year}-11-01`;
  const due = `${year}-12-31`;
  // Everyone employed during the evaluation season is evaluated; someone hired after it waits for next year.
  if (e.hiredOn <= due && (e.leftOn === null || e.leftOn > opens) && e.hiredOn < opens) {
    windows.push({ kind: 'ANNUAL', year, opensOn: opens, dueOn: due });
    if (e.jobType === 'FACILITY_HEAD') windows.push({ kind: 'FACILITY_HEAD', year, opensOn: opens, dueOn: due });
  }
  return windows;
}

export function checkEvaluation(
  e: EmploymentSpan & { jobType: JobType },
  input: { kind: EvaluationKind; year: number; evaluatedOn: string },
): Result<EvaluationWindow> {
  const window = evaluationWindows(e, input.year).find((w) => w.kind === input.kind);
  if (!window) return err(badInput(`no ${input.kind} evaluation is due for this employee in ${input.year}`, 'kind'));
  if (input.evaluatedOn < window.opensOn || input.evaluatedOn > window.dueOn)
    return err(badInput(`a ${input.kind} evaluation for ${input.year} is done from ${window.opensOn} to ${window.dueOn}`, 'evaluatedOn'));
  return ok(window);
}

// ---------------------------------------------------------------- small checks

export function validateAlias(alias: string): Result<string> {
  return checkText(alias, 'alias', 60);
}

export function checkHours(hours: number, field = 'hours'): Result<number> {
  // Half-hour steps keep sums exact in binary floating point.
  return Number.isFinite(hours) && hours > 0 && hours <= 200 && Number.isInteger(hours * 2)
    ? ok(hours)
    : err(badInput(`${field} must be a positive number of half hours, at most 200`, field));
}

/** Full Korean district names end in 구 (Seoul), 시 or 군 (Jeonbuk). */
export const checkDistrictName = (name: string, field = 'district'): Result<string> =>
  /^[가-힣]{1,10}(구|시|군)$/.test(name) ? ok(name) : err(badInput(`${field} must be a full district name such as 전주시`, field));
