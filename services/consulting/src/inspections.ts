/** Inspection rules, free of I/O: the published district results, single inspections with actions, satisfaction, provider training. */
import { all, badInput, checkDate, checkId, checkInt, checkText, conflict, err, ok, type Result } from '@pass-graph/platform';
import { checkDistrict, checkYear } from './domain';

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

// ── Single inspections (현장점검 / 안전점검) with an action per finding ─────────────────

export const INSPECTION_KINDS = ['SITE', 'SAFETY'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];
/** 안전점검 covers 소방, 전기, 가스 (003 L2864). */
export const SAFETY_AREAS = ['FIRE', 'ELECTRICAL', 'GAS'] as const;
export type SafetyArea = (typeof SAFETY_AREAS)[number];
/** 조치 (001 L150–186): 주의, 경고, 과징금 (amount), 환수 (amount); NONE for a finding that only needs correcting. */
export const ACTIONS = ['NONE', 'CAUTION', 'WARNING', 'SURCHARGE', 'CLAWBACK'] as const;
export type Action = (typeof ACTIONS)[number];
/** The actions that take money from the provider: 과징금 and 환수. */
export const SANCTIONS: readonly Action[] = ['SURCHARGE', 'CLAWBACK'];

/**
 * 안전점검수당 (P7 safety-inspection fee) per site, the plan's two tiers (003 L2869: 100천원 × 26곳 and 400천원 × 30곳
 * = 14,600천원 for 56 sites). The plan does not print which sites pay which: the inspection states its tier.
 */
export const SAFETY_FEE_TIERS = { BASIC: 100_000, FULL: 400_000 } as const;
export type SafetyFeeTier = keyof typeof SAFETY_FEE_TIERS;
export const SAFETY_FEE_TIER_NAMES = Object.keys(SAFETY_FEE_TIERS) as SafetyFeeTier[];
export const safetyFee = (tier: SafetyFeeTier | null | undefined): number | null => (tier ? SAFETY_FEE_TIERS[tier] : null);

/** 안전점검수당 of a year's safety inspections by tier, in integer 원. */
export function safetyFeesByTier(inspections: readonly { kind: InspectionKind; feeTier?: SafetyFeeTier | null }[]) {
  const byTier = SAFETY_FEE_TIER_NAMES.map((tier) => {
    const count = inspections.filter((i) => i.kind === 'SAFETY' && i.feeTier === tier).length;
    return { tier, unitFee: SAFETY_FEE_TIERS[tier], count, amount: count * SAFETY_FEE_TIERS[tier] };
  });
  return {
    safetyInspectionCount: inspections.filter((i) => i.kind === 'SAFETY').length,
    withoutTier: inspections.filter((i) => i.kind === 'SAFETY' && !i.feeTier).length,
    byTier,
    total: byTier.reduce((s, t) => s + t.amount, 0),
  };
}

export interface FindingInput {
  description: string;
  action: Action;
  /** 원, only and always for SURCHARGE and CLAWBACK. */
  amount?: number | null;
}

export interface Finding {
  no: number;
  description: string;
  action: Action;
  amount: number | null;
  /** 시정 확인일: when the corrective action was confirmed; null until then. */
  correctedOn: string | null;
}

export interface RecordInspectionInput {
  id: string;
  providerId: string;
  kind: InspectionKind;
  safetyAreas?: SafetyArea[] | null;
  /** 안전점검수당 tier, SAFETY only; omitted when no fee is paid. */
  feeTier?: SafetyFeeTier | null;
  /**
   * The agency whose own programme the inspection is (the Jeonbuk plan's P7 안전점검, 003 L2854–2909): budgets posts
   * its fee to that agency's safety-inspection line. Omitted for inspections of no agency's programme (the Seoul table).
   */
  agencyId?: string | null;
  inspectedOn: string;
  findings: FindingInput[];
}

export interface ValidInspection {
  id: string;
  providerId: string;
  kind: InspectionKind;
  safetyAreas: SafetyArea[];
  feeTier: SafetyFeeTier | null;
  agencyId: string | null;
  inspectedOn: string;
  findings: Finding[];
}

export function validateFinding(f: FindingInput, no: number): Result<Finding> {
  const description = checkText(f.description, 'findings.description', 500);
  if (!description.ok) return description;
  const amount = f.amount ?? null;
  const isSanction = SANCTIONS.includes(f.action);
  if (isSanction && amount === null) return err(badInput(`a ${f.action} finding needs its amount in 원`, 'findings.amount'));
  if (!isSanction && amount !== null) return err(badInput(`only SURCHARGE and CLAWBACK carry an amount`, 'findings.amount'));
  if (amount !== null) {
    const a = checkInt(amount, 'findings.amount', 1, 1e13);
    if (!a.ok) return a;
  }
  return ok({ no, description: description.value, action: f.action, amount, correctedOn: null });
}

export function validateInspection(input: RecordInspectionInput): Result<ValidInspection> {
  const checked = all({
    id: checkId(input.id),
    providerId: checkId(input.providerId, 'providerId'),
    inspectedOn: checkDate(input.inspectedOn, 'inspectedOn'),
    agencyId: input.agencyId == null ? ok(null) : checkId(input.agencyId, 'agencyId'),
  });
  if (!checked.ok) return checked;
  const safetyAreas = input.safetyAreas ?? [];
  if (input.kind === 'SAFETY' && safetyAreas.length === 0) return err(badInput('a SAFETY inspection names its areas', 'safetyAreas'));
  if (input.kind !== 'SAFETY' && safetyAreas.length > 0) return err(badInput('only a SAFETY inspection has areas', 'safetyAreas'));
  if (new Set(safetyAreas).size !== safetyAreas.length) return err(badInput('safetyAreas must not repeat', 'safetyAreas'));
  const feeTier = input.feeTier ?? null;
  if (feeTier !== null && input.kind !== 'SAFETY') return err(badInput('only a SAFETY inspection pays 안전점검수당 (feeTier)', 'feeTier'));
  if (input.findings.length > 200) return err(badInput('at most 200 findings per inspection', 'findings'));
  const findings: Finding[] = [];
  for (const [i, f] of input.findings.entries()) {
    const v = validateFinding(f, i + 1);
    if (!v.ok) return v;
    findings.push(v.value);
  }
  return ok({ ...checked.value, kind: input.kind, safetyAreas, feeTier, findings });
}

/** 조치결과 of findings in the counts and amounts of the published table. */
export function actionCounts(findings: readonly Pick<Finding, 'action' | 'amount'>[]): InspectionCounts {
  const c: InspectionCounts = {
    cautionCount: 0,
    warningCount: 0,
    surchargeCount: 0,
    surchargeAmount: 0,
    clawbackCount: 0,
    clawbackAmount: 0,
  };
  for (const f of findings) {
    if (f.action === 'CAUTION') c.cautionCount += 1;
    if (f.action === 'WARNING') c.warningCount += 1;
    if (f.action === 'SURCHARGE') {
      c.surchargeCount += 1;
      c.surchargeAmount += f.amount ?? 0;
    }
    if (f.action === 'CLAWBACK') {
      c.clawbackCount += 1;
      c.clawbackAmount += f.amount ?? 0;
    }
  }
  return c;
}

/** Confirms a finding's correction once; the date may not precede the inspection. */
export function checkCorrection(
  inspection: { inspectedOn: string; findings: readonly Finding[] },
  no: number,
  on: string,
): Result<Finding> {
  const f = inspection.findings.find((x) => x.no === no);
  if (!f) return err(badInput(`no finding ${no}`, 'findingNo'));
  if (f.correctedOn != null)
    return err(
      conflict(`finding ${no} was already confirmed corrected on ${f.correctedOn}`, { findingNo: no, correctedOn: f.correctedOn }),
    );
  const d = checkDate(on, 'correctedOn');
  if (!d.ok) return d;
  if (d.value < inspection.inspectedOn) return err(badInput('correctedOn must not be before inspectedOn', 'correctedOn'));
  return ok({ ...f, correctedOn: d.value });
}

// ── Satisfaction (만족도 조사, 001 L137–143) ──────────────────────────────────────

/** The three Seoul programmes surveyed (001 L140–141). */
export const SURVEY_PROGRAMMES = ['COMMUNITY_SERVICE_INVESTMENT', 'HOUSEKEEPING_NURSING_VISIT', 'MATERNAL_NEWBORN_CARE'] as const;
export type SurveyProgramme = (typeof SURVEY_PROGRAMMES)[number];

export interface SatisfactionInput {
  year: number;
  results: { programme: SurveyProgramme; positiveRate: number }[];
  /** The yearly average as printed (92.1 for 2019), kept beside the computed one. */
  reportedAverage?: number | null;
  source?: string | null;
}

export interface ValidSatisfaction {
  id: string;
  year: number;
  results: { programme: SurveyProgramme; positiveRate: number }[];
  reportedAverage: number | null;
  source: string | null;
}

const checkRate = (v: number, field: string): Result<number> => {
  if (!Number.isFinite(v) || v < 0 || v > 100 || Math.abs(v * 10 - Math.round(v * 10)) > 1e-9)
    return err(badInput(`${field} must be a percentage from 0 to 100 with at most one decimal`, field));
  return ok(Math.round(v * 10) / 10);
};

export function validateSatisfaction(input: SatisfactionInput): Result<ValidSatisfaction> {
  const checked = all({
    year: checkYear(input.year, 'year'),
    reportedAverage: input.reportedAverage == null ? ok(null) : checkRate(input.reportedAverage, 'reportedAverage'),
    source: input.source == null ? ok(null) : checkText(input.source, 'source', 200),
  });
  if (!checked.ok) return checked;
  if (input.results.length === 0) return err(badInput('a survey has at least one programme result', 'results'));
  if (new Set(input.results.map((r) => r.programme)).size !== input.results.length)
    return err(badInput('a programme appears once per year', 'results'));
  const results = [];
  for (const r of input.results) {
    const rate = checkRate(r.positiveRate, 'results.positiveRate');
    if (!rate.ok) return rate;
    results.push({ programme: r.programme, positiveRate: rate.value });
  }
  return ok({ id: String(checked.value.year), ...checked.value, results });
}

/** Mean of the programmes' rates rounded to one decimal, as the report rounds it (2019: 92.1). Tenths avoid float drift. */
export function averageRate(rates: readonly number[]): number | null {
  if (rates.length === 0) return null;
  const tenths = rates.reduce((n, r) => n + Math.round(r * 10), 0);
  return Math.round(tenths / rates.length) / 10;
}

// ── Provider training (제공인력 교육) ───────────────────────────────────────────────

/** 신규 제공인력 교육훈련 topics (001 L64): 전자바우처, 개인정보보호, 부정결제 예방; plus 사업지침 and 운영 (L65). */
export const TRAINING_TOPICS = ['E_VOUCHER', 'PRIVACY', 'FRAUD_PREVENTION', 'PROGRAMME_GUIDELINES', 'MANAGEMENT', 'OTHER'] as const;
export type TrainingTopic = (typeof TRAINING_TOPICS)[number];

export interface ProviderTrainingInput {
  id: string;
  course: string;
  topics: TrainingTopic[];
  heldOn: string;
  capacity: number;
  attendees: number;
  completed: number;
  satisfaction?: number | null;
}

export interface ValidProviderTraining {
  id: string;
  course: string;
  topics: TrainingTopic[];
  heldOn: string;
  capacity: number;
  attendees: number;
  completed: number;
  satisfaction: number | null;
}

export function validateProviderTraining(input: ProviderTrainingInput): Result<ValidProviderTraining> {
  const checked = all({
    id: checkId(input.id),
    course: checkText(input.course, 'course', 200),
    heldOn: checkDate(input.heldOn, 'heldOn'),
    capacity: checkInt(input.capacity, 'capacity', 1, 100_000),
    attendees: checkInt(input.attendees, 'attendees', 0, 100_000),
    completed: checkInt(input.completed, 'completed', 0, 100_000),
    satisfaction: input.satisfaction == null ? ok(null) : checkRate(input.satisfaction, 'satisfaction'),
  });
  if (!checked.ok) return checked;
  const v = checked.value;
  if (input.topics.length === 0) return err(badInput('a training has at least one topic', 'topics'));
  if (new Set(input.topics).size !== input.topics.length) return err(badInput('topics must not repeat', 'topics'));
  if (v.attendees > v.capacity) return err(badInput('attendees must not exceed capacity', 'attendees'));
  if (v.completed > v.attendees) return err(badInput('completed must not exceed attendees', 'completed'));
  return ok({ ...v, topics: input.topics });
}

/** A year's recorded inspections grouped by district (name order), with their actions and the grand total. */
export function actionsByDistrict(inspections: readonly { district: string; findings: readonly Pick<Finding, 'action' | 'amount'>[] }[]) {
  const by = new Map<string, { district: string; inspectionCount: number; findings: Pick<Finding, 'action' | 'amount'>[] }>();
  for (const i of inspections) {
    const d = by.get(i.district) ?? { district: i.district, inspectionCount: 0, findings: [] };
    d.inspectionCount += 1;
    d.findings.push(...i.findings);
    by.set(i.district, d);
  }
  const districts = [...by.values()]
    .sort((a, b) => a.district.localeCompare(b.district, 'ko'))
    .map((d) => ({ district: d.district, inspectionCount: d.inspectionCount, actions: actionCounts(d.findings) }));
  return { districts, totals: actionCounts(inspections.flatMap((i) => i.findings)) };
}
