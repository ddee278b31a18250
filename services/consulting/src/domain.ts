/** Consulting rules, free of I/O: providers, consultants, the consulting-case lifecycle and fees, inspection totals. */
import { all, badInput, checkDate, checkId, checkInt, checkText, err, invalidTransition, ok, type Result } from '@pass-graph/platform';

// ── Providers (민간 사회서비스 제공기관) ─────────────────────────────────────────

export const PROVIDER_TYPES = [
  'LONG_TERM_CARE_PROVIDER',
  'VOUCHER_PROVIDER',
  'SMALL_DISABILITY_FACILITY',
  'HOUSEKEEPING_NURSING_VISIT_PROVIDER',
  'MATERNAL_NEWBORN_CARE_PROVIDER',
  'SOCIAL_COOPERATIVE',
  'OTHER',
] as const;
export type ProviderType = (typeof PROVIDER_TYPES)[number];
/** 사회서비스 품질평가 grades; D and F count as 미흡 (poor) (003 L2559). The evaluation has no grade E. */
export const QUALITY_GRADES = ['A', 'B', 'C', 'D', 'F'] as const;
export type QualityGrade = (typeof QUALITY_GRADES)[number];
export const POOR_GRADES: readonly QualityGrade[] = ['D', 'F'];
/** 신규기관 / 성장기관 (003 L2426). */
export type ProviderStage = 'NEW' | 'GROWING';

export interface RegisterProviderInput {
  id: string;
  name: string;
  type: ProviderType;
  district: string;
  qualityGrade?: QualityGrade | null;
  qualityGradeYear?: number | null;
  stage: ProviderStage;
}

export interface ValidProvider {
  id: string;
  name: string;
  type: ProviderType;
  district: string;
  qualityGrade: QualityGrade | null;
  qualityGradeYear: number | null;
  stage: ProviderStage;
}

/** Full Korean district names end in 구 (Seoul), 시 or 군 (Jeonbuk), as in care-services. */
const DISTRICT_PATTERN = /^[가-힣]{1,10}(구|시|군)$/;

export function checkDistrict(value: string, field = 'district'): Result<string> {
  return DISTRICT_PATTERN.test(value)
    ? ok(value)
    : err(badInput(`${field} must be a full Korean district name such as 영등포구 or 전주시`, field));
}

const checkYear = (value: number, field: string): Result<number> => checkInt(value, field, 2000, 2100);

export function validateProvider(input: RegisterProviderInput): Result<ValidProvider> {
  const checked = all({
    id: checkId(input.id),
    name: checkText(input.name, 'name', 100),
    district: checkDistrict(input.district),
    qualityGradeYear: input.qualityGradeYear == null ? ok(null) : checkYear(input.qualityGradeYear, 'qualityGradeYear'),
  });
  if (!checked.ok) return checked;
  const qualityGrade = input.qualityGrade ?? null;
  if (qualityGrade === null && checked.value.qualityGradeYear !== null)
    return err(badInput('qualityGradeYear needs a qualityGrade', 'qualityGradeYear'));
  return ok({ ...checked.value, type: input.type, qualityGrade, stage: input.stage });
}

// ── Consultants (전문컨설턴트 / 컨설팅 위원) ──────────────────────────────────────

export const CONSULTANT_FIELDS = ['LABOR', 'LAW', 'TAX_ACCOUNTING', 'SOCIAL_WORK_PRACTICE', 'SAFETY'] as const;
export type ConsultantField = (typeof CONSULTANT_FIELDS)[number];

/** The rate card: 컨설팅 수당 시간당 100천원 (003 L2407) = 100,000원 per hour. */
export const STANDARD_HOURLY_FEE = 100 * 1000;
/** Rate cards are printed in 천원, so an hourly fee is a whole number of 천원. */
const FEE_STEP = 1000;

export interface AppointConsultantInput {
  id: string;
  name: string;
  fields: ConsultantField[];
  appointedFrom: string;
  appointedUntil?: string | null;
  hourlyFee?: number | null;
  source?: string | null;
}

export interface ValidConsultant {
  id: string;
  name: string;
  fields: ConsultantField[];
  appointedFrom: string;
  appointedUntil: string | null;
  hourlyFee: number;
  source: string | null;
}

export function validateConsultant(input: AppointConsultantInput): Result<ValidConsultant> {
  const hourlyFee = input.hourlyFee ?? STANDARD_HOURLY_FEE;
  const checked = all({
    id: checkId(input.id),
    name: checkText(input.name, 'name', 50),
    appointedFrom: checkDate(input.appointedFrom, 'appointedFrom'),
    appointedUntil: input.appointedUntil == null ? ok(null) : checkDate(input.appointedUntil, 'appointedUntil'),
    hourlyFee: checkInt(hourlyFee, 'hourlyFee', FEE_STEP, 10_000_000),
    source: input.source == null ? ok(null) : checkText(input.source, 'source', 200),
  });
  if (!checked.ok) return checked;
  const v = checked.value;
  if (v.hourlyFee % FEE_STEP !== 0) return err(badInput('hourlyFee must be a whole number of 천원 (a multiple of 1,000원)', 'hourlyFee'));
  if (v.appointedUntil !== null && v.appointedUntil < v.appointedFrom)
    return err(badInput('appointedUntil must not be before appointedFrom', 'appointedUntil'));
  if (input.fields.length === 0) return err(badInput('a consultant needs at least one field', 'fields'));
  if (new Set(input.fields).size !== input.fields.length) return err(badInput('fields must not repeat', 'fields'));
  return ok({ ...v, fields: input.fields });
}

/** Whether the consultant's appointment (위촉) covers a date. */
export const isAppointedOn = (c: { appointedFrom: string; appointedUntil: string | null }, date: string): boolean =>
  c.appointedFrom <= date && (c.appointedUntil === null || date <= c.appointedUntil);

// ── Consulting cases (컨설팅 건) ─────────────────────────────────────────────────

export const CONSULTING_PROGRAMS = ['STAGED', 'SMALL_FACILITY', 'QUALITY', 'NEW_PROVIDER', 'FOLLOW_UP', 'LABOR'] as const;
export type ConsultingProgram = (typeof CONSULTING_PROGRAMS)[number];
export const CONSULTING_TOPICS = [
  'ACCOUNTING',
  'RECRUITMENT',
  'LABOR',
  'LEGAL',
  'TAX',
  'SOCIAL_WORK_PRACTICE',
  'SAFETY',
  'QUALITY_MANAGEMENT',
] as const;
export type ConsultingTopic = (typeof CONSULTING_TOPICS)[number];

/** Which consultant fields can take a topic (inferred from the fields the sources list, 003 L2416, L2493, L2568). */
export const TOPIC_FIELDS: Record<ConsultingTopic, readonly ConsultantField[]> = {
  ACCOUNTING: ['TAX_ACCOUNTING', 'SOCIAL_WORK_PRACTICE'],
  RECRUITMENT: ['LABOR'],
  LABOR: ['LABOR'],
  LEGAL: ['LAW'],
  TAX: ['TAX_ACCOUNTING'],
  SOCIAL_WORK_PRACTICE: ['SOCIAL_WORK_PRACTICE'],
  SAFETY: ['SAFETY'],
  QUALITY_MANAGEMENT: ['SOCIAL_WORK_PRACTICE'],
};

export const CASE_STATUSES = ['REQUESTED', 'ASSIGNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** REQUESTED → ASSIGNED → IN_PROGRESS → COMPLETED; CANCELLED from any non-terminal state. */
export const CASE_TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  REQUESTED: ['ASSIGNED', 'CANCELLED'],
  ASSIGNED: ['IN_PROGRESS', 'CANCELLED'],
  IN_PROGRESS: ['COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
};

export const isTerminal = (s: CaseStatus): boolean => CASE_TRANSITIONS[s].length === 0;
export const canTransition = (from: CaseStatus, to: CaseStatus): boolean => CASE_TRANSITIONS[from].includes(to);

export function checkTransition(id: string, from: CaseStatus, to: CaseStatus): Result<CaseStatus> {
  return canTransition(from, to) ? ok(to) : err(invalidTransition('ConsultingCase', id, from, to));
}

/** The provider facts a program's eligibility depends on. */
export interface ProviderFacts {
  type: ProviderType;
  qualityGrade: QualityGrade | null;
}

/**
 * Eligibility (003 §3.5): 소규모 장애인복지시설 운영 컨설팅 serves small disability facilities (L2465);
 * 품질관리 맞춤형 컨설팅 serves providers rated 미흡 (D or F) in the quality evaluation (L2559).
 */
export function checkEligibility(program: ConsultingProgram, provider: ProviderFacts): Result<ConsultingProgram> {
  if (program === 'SMALL_FACILITY' && provider.type !== 'SMALL_DISABILITY_FACILITY')
    return err(badInput('SMALL_FACILITY consulting is only for SMALL_DISABILITY_FACILITY providers', 'program'));
  if (program === 'QUALITY' && (provider.qualityGrade === null || !POOR_GRADES.includes(provider.qualityGrade)))
    return err(badInput('QUALITY consulting is only for providers graded D or F (미흡)', 'program'));
  return ok(program);
}

export interface RequestConsultingInput {
  id: string;
  providerId: string;
  program: ConsultingProgram;
  topics: ConsultingTopic[];
  requestedOn: string;
}

export type ValidRequest = RequestConsultingInput;

export function validateRequest(input: RequestConsultingInput): Result<ValidRequest> {
  const checked = all({
    id: checkId(input.id),
    providerId: checkId(input.providerId, 'providerId'),
    requestedOn: checkDate(input.requestedOn, 'requestedOn'),
  });
  if (!checked.ok) return checked;
  if (input.topics.length === 0) return err(badInput('a consulting case needs at least one topic', 'topics'));
  if (new Set(input.topics).size !== input.topics.length) return err(badInput('topics must not repeat', 'topics'));
  return ok({ ...checked.value, program: input.program, topics: input.topics });
}

/** A consultant can take a case when appointed on the day and covering at least one of its topics. */
export function checkConsultantFits(
  consultant: { id: string; fields: readonly ConsultantField[]; appointedFrom: string; appointedUntil: string | null },
  topics: readonly ConsultingTopic[],
  assignedOn: string,
): Result<string> {
  if (!isAppointedOn(consultant, assignedOn))
    return err(badInput(`consultant "${consultant.id}" is not appointed (위촉) on ${assignedOn}`, 'consultantId'));
  if (!topics.some((t) => TOPIC_FIELDS[t].some((f) => consultant.fields.includes(f))))
    return err(badInput(`consultant "${consultant.id}" covers none of the case's topics`, 'consultantId'));
  return ok(consultant.id);
}

/** A later step's date must not precede the previous one. */
export function checkNotBefore(date: string, field: string, earlier: string, earlierField: string): Result<string> {
  const d = checkDate(date, field);
  if (!d.ok) return d;
  return d.value < earlier ? err(badInput(`${field} must not be before ${earlierField} (${earlier})`, field)) : d;
}

/** Hours are counted in half-hour steps, more than 0 and at most 200 per case. */
export function checkHours(hours: number): Result<number> {
  if (!Number.isFinite(hours) || hours <= 0 || hours > 200 || !Number.isInteger(hours * 2))
    return err(badInput('hours must be more than 0, at most 200, in steps of 0.5', 'hours'));
  return ok(hours);
}

/** fee = hours × hourly fee, in integer 원 (half hours × fee ÷ 2 keeps the arithmetic integral). */
export function computeFee(hours: number, hourlyFee: number): Result<number> {
  const h = checkHours(hours);
  if (!h.ok) return h;
  if (!Number.isSafeInteger(hourlyFee) || hourlyFee < 0) return err(badInput('hourlyFee must be a non-negative integer', 'hourlyFee'));
  const doubled = Math.round(h.value * 2) * hourlyFee;
  if (doubled % 2 !== 0) return err(badInput('hours × hourlyFee is not a whole number of 원', 'hours'));
  return ok(doubled / 2);
}

export const checkReason = (reason: string): Result<string> => checkText(reason, 'reason', 500);

// ── Inspection results (점검 결과, 조치결과) ──────────────────────────────────────

export interface RecordInspectionResultInput {
  year: number;
  district: string;
  cautionCount: number;
  warningCount: number;
  surchargeCount: number;
  surchargeAmount: number;
  clawbackCount: number;
  clawbackAmount: number;
  /** 계 as printed; null when the source prints "-". */
  reportedTotalCases?: number | null;
}

export interface ValidInspectionResult {
  id: string;
  year: number;
  district: string;
  cautionCount: number;
  warningCount: number;
  surchargeCount: number;
  surchargeAmount: number;
  clawbackCount: number;
  clawbackAmount: number;
  reportedTotalCases: number | null;
}

export const inspectionResultId = (year: number, district: string): string => `${year}:${district}`;

const checkCount = (v: number, field: string): Result<number> => checkInt(v, field, 0, 1_000_000);
const checkAmount = (v: number, field: string): Result<number> => checkInt(v, field, 0, 1e13);

/** An amount is present exactly when its count is: 건수 0 with 금액 > 0 (or the reverse) is a transcription error. */
function checkCountAmount(count: number, amount: number, field: string): Result<number> {
  if ((count === 0) !== (amount === 0)) return err(badInput(`${field}Amount must be 0 exactly when ${field}Count is 0`, `${field}Amount`));
  return ok(amount);
}

export function validateInspectionResult(input: RecordInspectionResultInput): Result<ValidInspectionResult> {
  const checked = all({
    year: checkYear(input.year, 'year'),
    district: checkDistrict(input.district),
    cautionCount: checkCount(input.cautionCount, 'cautionCount'),
    warningCount: checkCount(input.warningCount, 'warningCount'),
    surchargeCount: checkCount(input.surchargeCount, 'surchargeCount'),
    surchargeAmount: checkAmount(input.surchargeAmount, 'surchargeAmount'),
    clawbackCount: checkCount(input.clawbackCount, 'clawbackCount'),
    clawbackAmount: checkAmount(input.clawbackAmount, 'clawbackAmount'),
    reportedTotalCases: input.reportedTotalCases == null ? ok(null) : checkCount(input.reportedTotalCases, 'reportedTotalCases'),
  });
  if (!checked.ok) return checked;
  const v = checked.value;
  const pairs = all({
    surcharge: checkCountAmount(v.surchargeCount, v.surchargeAmount, 'surcharge'),
    clawback: checkCountAmount(v.clawbackCount, v.clawbackAmount, 'clawback'),
  });
  if (!pairs.ok) return pairs;
  return ok({ id: inspectionResultId(v.year, v.district), ...v });
}

export interface InspectionCounts {
  cautionCount: number;
  warningCount: number;
  surchargeCount: number;
  surchargeAmount: number;
  clawbackCount: number;
  clawbackAmount: number;
}

/** 계 (건수) = 주의 + 경고 + 과징금 건수 + 환수 건수 (001 L150–186). */
export const totalCases = (r: InspectionCounts): number => r.cautionCount + r.warningCount + r.surchargeCount + r.clawbackCount;

/** A printed "-" (null) reads as zero, so a blank 계 beside non-zero counts is flagged (강동, DQ-001-3). */
export const rowMatchesReported = (r: InspectionCounts & { reportedTotalCases: number | null }): boolean =>
  (r.reportedTotalCases ?? 0) === totalCases(r);

export interface ReportedInspectionTotalsInput extends InspectionCounts {
  year: number;
  totalCases: number;
  source?: string | null;
}

export interface ValidReportedTotals extends InspectionCounts {
  id: string;
  year: number;
  totalCases: number;
  source: string | null;
}

export const reportedTotalsId = (year: number): string => String(year);

export function validateReportedTotals(input: ReportedInspectionTotalsInput): Result<ValidReportedTotals> {
  const checked = all({
    year: checkYear(input.year, 'year'),
    cautionCount: checkCount(input.cautionCount, 'cautionCount'),
    warningCount: checkCount(input.warningCount, 'warningCount'),
    surchargeCount: checkCount(input.surchargeCount, 'surchargeCount'),
    surchargeAmount: checkAmount(input.surchargeAmount, 'surchargeAmount'),
    clawbackCount: checkCount(input.clawbackCount, 'clawbackCount'),
    clawbackAmount: checkAmount(input.clawbackAmount, 'clawbackAmount'),
    totalCases: checkCount(input.totalCases, 'totalCases'),
    source: input.source == null ? ok(null) : checkText(input.source, 'source', 200),
  });
  if (!checked.ok) return checked;
  return ok({ id: reportedTotalsId(checked.value.year), ...checked.value });
}

export interface InspectionSummary<R> extends InspectionCounts {
  year: number;
  districtCount: number;
  totalCases: number;
  /** Sum of the per-district 계 as printed ("-" as 0). */
  sumOfReportedRowTotals: number;
  /** Districts whose printed 계 differs from the sum of their counts. */
  mismatchedDistricts: string[];
  reported: R | null;
  /** Whether every printed total equals its computed one; null when nothing was printed (recorded). */
  matchesReported: boolean | null;
}

/** Totals computed from the rows, beside the printed ones; neither is "fixed". */
export function summarizeInspections<R extends InspectionCounts & { totalCases: number }>(
  year: number,
  rows: readonly (InspectionCounts & { district: string; reportedTotalCases: number | null })[],
  reported: R | null,
): InspectionSummary<R> {
  const sums: InspectionCounts = {
    cautionCount: 0,
    warningCount: 0,
    surchargeCount: 0,
    surchargeAmount: 0,
    clawbackCount: 0,
    clawbackAmount: 0,
  };
  let sumOfReportedRowTotals = 0;
  for (const r of rows) {
    sums.cautionCount += r.cautionCount;
    sums.warningCount += r.warningCount;
    sums.surchargeCount += r.surchargeCount;
    sums.surchargeAmount += r.surchargeAmount;
    sums.clawbackCount += r.clawbackCount;
    sums.clawbackAmount += r.clawbackAmount;
    sumOfReportedRowTotals += r.reportedTotalCases ?? 0;
  }
  const total = totalCases(sums);
  const matchesReported =
    reported === null
      ? null
      : reported.cautionCount === sums.cautionCount &&
        reported.warningCount === sums.warningCount &&
        reported.surchargeCount === sums.surchargeCount &&
        reported.surchargeAmount === sums.surchargeAmount &&
        reported.clawbackCount === sums.clawbackCount &&
        reported.clawbackAmount === sums.clawbackAmount &&
        reported.totalCases === total;
  return {
    year,
    districtCount: rows.length,
    ...sums,
    totalCases: total,
    sumOfReportedRowTotals,
    mismatchedDistricts: rows.filter((r) => !rowMatchesReported(r)).map((r) => r.district),
    reported,
    matchesReported,
  };
}
