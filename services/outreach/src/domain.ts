/** Outreach rules, free of I/O: 나눔반장 consortia and their delivery figures, 방문복지 visits and their case lifecycle. */
import {
  all,
  badInput,
  checkDate,
  checkId,
  checkInt,
  checkText,
  conflict,
  err,
  invalidTransition,
  ok,
  type Result,
} from '@pass-graph/platform';

// ─── Vocabulary ─────────────────────────────────────────────────────────────

/** 일상편의서비스 supplied by a 나눔반장 consortium (004 L105–110). */
export const NEIGHBOURHOOD_SERVICES = ['MEAL_SUPPORT', 'MOBILITY_SUPPORT', 'HOUSING_CONVENIENCE'] as const;
export type NeighbourhoodService = (typeof NEIGHBOURHOOD_SERVICES)[number];

/** Legal form of a consortium's lead organisation as printed in its name (004 L58–62). */
export type LeadLegalForm = 'INCORPORATED_ASSOCIATION' | 'SOCIAL_COOPERATIVE' | 'SUPPORT_CENTRE';

export type VisitorRole = 'WELFARE_OFFICIAL' | 'NEIGHBOURHOOD_HEAD' | 'VOLUNTEER';
export const NEEDS_DOMAINS = ['CARE', 'MEALS', 'HOUSING', 'JOBS', 'HEALTH', 'EDUCATION'] as const;
export type NeedsDomain = (typeof NEEDS_DOMAINS)[number];

export const DISCOVERY_STATUSES = ['DISCOVERED', 'REFERRED', 'CLOSED'] as const;
export type DiscoveryStatus = (typeof DISCOVERY_STATUSES)[number];
export type CloseOutcome = 'NO_NEEDS_FOUND' | 'SERVICES_LINKED' | 'HANDED_OVER' | 'DECLINED';

// ─── Shared checks ──────────────────────────────────────────────────────────

/** Full Korean district names end in 구 (Seoul), 시 or 군 (Jeonbuk). */
const DISTRICT_PATTERN = /^[가-힣]{1,10}(구|시|군)$/;

export function checkDistrict(value: string, field = 'district'): Result<string> {
  return DISTRICT_PATTERN.test(value)
    ? ok(value)
    : err(badInput(`${field} must be a full Korean district name such as 노원구 or 전주시`, field));
}

export function checkYear(value: number, field = 'year'): Result<number> {
  return checkInt(value, field, 2000, 2100);
}

/** Money in integer won; never negative here (delivery amounts). */
export function checkAmount(value: number | null | undefined, field: string): Result<number | null> {
  return value == null ? ok(null) : checkInt(value, field, 0, 1e13);
}

function checkUnique<T>(values: readonly T[], field: string): Result<readonly T[]> {
  return new Set(values).size === values.length ? ok(values) : err(badInput(`${field} must not repeat`, field));
}

// ─── Periods ────────────────────────────────────────────────────────────────

/** An inclusive date range inside one calendar (= fiscal) year. */
export interface Period {
  periodFrom: string;
  periodTo: string;
}

export function checkPeriod(input: Period, field = 'period'): Result<Period> {
  const checked = all({ periodFrom: checkDate(input.periodFrom, 'periodFrom'), periodTo: checkDate(input.periodTo, 'periodTo') });
  if (!checked.ok) return checked;
  const { periodFrom, periodTo } = checked.value;
  if (periodFrom > periodTo) return err(badInput(`${field} must not end before it starts`, 'periodTo'));
  if (periodFrom.slice(0, 4) !== periodTo.slice(0, 4))
    return err(badInput(`${field} must lie inside one calendar year (the fiscal year)`, 'periodTo'));
  return ok({ periodFrom, periodTo });
}

export const periodYear = (p: Period): number => Number(p.periodFrom.slice(0, 4));
export const samePeriod = (a: Period, b: Period): boolean => a.periodFrom === b.periodFrom && a.periodTo === b.periodTo;
export const periodsOverlap = (a: Period, b: Period): boolean => a.periodFrom <= b.periodTo && b.periodFrom <= a.periodTo;

// ─── Consortia (우리동네 나눔반장 사업단) ───────────────────────────────────

export interface MemberOrganisationInput {
  name: string;
  services: NeighbourhoodService[];
}

/** A total the source prints for a period; either figure may be absent. */
export interface ReportedTotalInput extends Period {
  count?: number | null;
  amountKRW?: number | null;
}
export interface ReportedTotal extends Period {
  count: number | null;
  amountKRW: number | null;
}

export interface RegisterConsortiumInput {
  id: string;
  name: string;
  district: string;
  leadOrganisationName: string;
  leadProviderId?: string | null;
  leadLegalForm: LeadLegalForm;
  memberOrganisations?: MemberOrganisationInput[] | null;
  reportedMemberCount?: number | null;
  services: NeighbourhoodService[];
  reportedDeliveryTotals?: ReportedTotalInput[] | null;
}

export interface ValidConsortium {
  id: string;
  name: string;
  district: string;
  leadOrganisationName: string;
  leadProviderId: string | null;
  leadLegalForm: LeadLegalForm;
  memberOrganisations: MemberOrganisationInput[];
  reportedMemberCount: number | null;
  services: NeighbourhoodService[];
  reportedDeliveryTotals: ReportedTotal[];
}

function checkReportedTotal(input: ReportedTotalInput, field: string): Result<ReportedTotal> {
  const period = checkPeriod(input, field);
  if (!period.ok) return period;
  const figures = all({
    count: input.count == null ? ok(null) : checkInt(input.count, `${field}.count`, 0, 10_000_000),
    amountKRW: checkAmount(input.amountKRW, `${field}.amountKRW`),
  });
  if (!figures.ok) return figures;
  if (figures.value.count === null && figures.value.amountKRW === null)
    return err(badInput(`${field} must print a count or an amount`, field));
  return ok({ ...period.value, ...figures.value });
}

export function validateConsortium(input: RegisterConsortiumInput): Result<ValidConsortium> {
  const checked = all({
    id: checkId(input.id),
    name: checkText(input.name, 'name', 100),
    district: checkDistrict(input.district),
    leadOrganisationName: checkText(input.leadOrganisationName, 'leadOrganisationName', 100),
    leadProviderId: input.leadProviderId == null ? ok(null) : checkId(input.leadProviderId, 'leadProviderId'),
    reportedMemberCount: input.reportedMemberCount == null ? ok(null) : checkInt(input.reportedMemberCount, 'reportedMemberCount', 0, 1000),
    services: checkUnique(input.services, 'services'),
  });
  if (!checked.ok) return checked;
  if (input.services.length === 0) return err(badInput('a consortium offers at least one service', 'services'));

  const members: MemberOrganisationInput[] = [];
  for (const [i, m] of (input.memberOrganisations ?? []).entries()) {
    const name = checkText(m.name, `memberOrganisations[${i}].name`, 100);
    if (!name.ok) return name;
    const services = checkUnique(m.services, `memberOrganisations[${i}].services`);
    if (!services.ok) return services;
    const foreign = m.services.find((s) => !input.services.includes(s));
    if (foreign)
      return err(
        badInput(`member "${name.value}" supplies ${foreign}, which the consortium does not offer`, `memberOrganisations[${i}].services`),
      );
    members.push({ name: name.value, services: [...m.services] });
  }
  if (new Set(members.map((m) => m.name)).size !== members.length)
    return err(badInput('memberOrganisations must not repeat', 'memberOrganisations'));
  if (members.some((m) => m.name === checked.value.leadOrganisationName))
    return err(badInput('the lead organisation is not listed again as a member', 'memberOrganisations'));

  const reported: ReportedTotal[] = [];
  for (const [i, r] of (input.reportedDeliveryTotals ?? []).entries()) {
    const total = checkReportedTotal(r, `reportedDeliveryTotals[${i}]`);
    if (!total.ok) return total;
    if (reported.some((x) => periodsOverlap(x, total.value)))
      return err(badInput('reportedDeliveryTotals must not overlap', `reportedDeliveryTotals[${i}]`));
    reported.push(total.value);
  }

  return ok({
    ...checked.value,
    leadLegalForm: input.leadLegalForm,
    services: [...input.services],
    memberOrganisations: members,
    reportedDeliveryTotals: reported,
  });
}

// ─── Service deliveries and their totals ────────────────────────────────────

export interface DeliveryRow extends Period {
  service: NeighbourhoodService;
  /** 건 (cases), as in 004's tables; never 회 (occurrences, 004 narrative; DQ-004-13). */
  count: number;
  /** 원; null where the source gives no amount. */
  amountKRW: number | null;
}

export interface RecordServiceDeliveryInput extends Period {
  consortiumId: string;
  service: NeighbourhoodService;
  count: number;
  amountKRW?: number | null;
}

export function validateDelivery(input: RecordServiceDeliveryInput): Result<{ consortiumId: string; row: DeliveryRow }> {
  const checked = all({
    consortiumId: checkId(input.consortiumId, 'consortiumId'),
    period: checkPeriod(input),
    count: checkInt(input.count, 'count', 0, 10_000_000),
    amountKRW: checkAmount(input.amountKRW, 'amountKRW'),
  });
  if (!checked.ok) return checked;
  const { consortiumId, period, count, amountKRW } = checked.value;
  return ok({ consortiumId, row: { ...period, service: input.service, count, amountKRW } });
}

/**
 * Whether `row` may join a consortium's recorded rows: the consortium must offer the
 * service, and a service's periods never overlap (overlapping rows would be counted twice).
 */
export function checkDeliveryFits(
  consortium: { id: string; services: readonly NeighbourhoodService[]; deliveries: readonly DeliveryRow[] },
  row: DeliveryRow,
): Result<DeliveryRow> {
  if (!consortium.services.includes(row.service))
    return err(badInput(`consortium "${consortium.id}" does not offer ${row.service}`, 'service'));
  const clash = consortium.deliveries.find((d) => d.service === row.service && periodsOverlap(d, row));
  if (clash)
    return err(
      conflict(
        samePeriod(clash, row)
          ? `${row.service} for ${row.periodFrom}–${row.periodTo} is already recorded for consortium "${consortium.id}"`
          : `${row.service} for ${row.periodFrom}–${row.periodTo} overlaps the recorded period ${clash.periodFrom}–${clash.periodTo}`,
        { id: consortium.id, service: row.service, periodFrom: clash.periodFrom, periodTo: clash.periodTo },
      ),
    );
  return ok(row);
}

/** A count in 건 and an amount in 원; the amount is null unless every row carries one. */
export interface Figure {
  count: number;
  amountKRW: number | null;
}

export function sumRows(rows: readonly { count: number; amountKRW: number | null }[]): Figure {
  let count = 0;
  let amount = 0;
  let amountKnown = rows.length > 0;
  for (const r of rows) {
    count += r.count;
    if (r.amountKRW === null) amountKnown = false;
    else amount += r.amountKRW;
  }
  return { count, amountKRW: amountKnown ? amount : null };
}

/**
 * Computed against printed: null when the source prints nothing, else true only if
 * every printed figure equals the computed one (an amount printed where none can be
 * computed does not match).
 */
export function matchesReported(computed: Figure, reported: { count: number | null; amountKRW: number | null } | null): boolean | null {
  if (reported === null || (reported.count === null && reported.amountKRW === null)) return null;
  if (reported.count !== null && reported.count !== computed.count) return false;
  if (reported.amountKRW !== null && reported.amountKRW !== computed.amountKRW) return false;
  return true;
}

export interface PeriodTotal extends Period, Figure {
  reportedCount: number | null;
  reportedAmountKRW: number | null;
  matchesReported: boolean | null;
}

/** One total per period: computed from the rows, beside the printed total for the same period. */
export function periodTotals(rows: readonly DeliveryRow[], reported: readonly ReportedTotal[]): PeriodTotal[] {
  const periods: Period[] = [];
  for (const p of [...rows, ...reported])
    if (!periods.some((q) => samePeriod(p, q))) periods.push({ periodFrom: p.periodFrom, periodTo: p.periodTo });
  periods.sort((a, b) => (a.periodFrom + a.periodTo).localeCompare(b.periodFrom + b.periodTo));
  return periods.map((p) => {
    const computed = sumRows(rows.filter((r) => samePeriod(r, p)));
    const printed = reported.find((r) => samePeriod(r, p)) ?? null;
    return {
      ...p,
      ...computed,
      reportedCount: printed?.count ?? null,
      reportedAmountKRW: printed?.amountKRW ?? null,
      matchesReported: matchesReported(computed, printed),
    };
  });
}

export interface ServiceFigure extends Figure {
  service: NeighbourhoodService;
}

/** Totals per service, in the order of NEIGHBOURHOOD_SERVICES, for services that have rows. */
export function byService(rows: readonly DeliveryRow[]): ServiceFigure[] {
  return NEIGHBOURHOOD_SERVICES.filter((s) => rows.some((r) => r.service === s)).map((service) => ({
    service,
    ...sumRows(rows.filter((r) => r.service === service)),
  }));
}

// ─── Programme-wide printed tables (004 Table 1 and Table 2) ────────────────

export interface ReportRow {
  service: NeighbourhoodService;
  count: number;
  amountKRW: number | null;
  /** 돌봄SOS센터 column of the same row (demand for the service), where printed. */
  demandCount: number | null;
  demandAmountKRW: number | null;
  /** 비율(%) as printed: 나눔반장 against 돌봄SOS, by count and by amount. */
  reportedSharePercent: number | null;
  reportedAmountSharePercent: number | null;
}

export interface ReportRowInput {
  service: NeighbourhoodService;
  count: number;
  amountKRW?: number | null;
  demandCount?: number | null;
  demandAmountKRW?: number | null;
  reportedSharePercent?: number | null;
  reportedAmountSharePercent?: number | null;
}

export interface RecordProgrammeDeliveryReportInput extends Period {
  id: string;
  title: string;
  source: string;
  districts: string[];
  rows: ReportRowInput[];
  reportedTotalCount?: number | null;
  reportedTotalAmountKRW?: number | null;
  /** 소계 of the 돌봄SOS column over the same services, and its printed 비율. */
  reportedDemandCount?: number | null;
  reportedDemandAmountKRW?: number | null;
  reportedSharePercent?: number | null;
  reportedAmountSharePercent?: number | null;
  note?: string | null;
}

export interface ValidProgrammeReport extends Period {
  id: string;
  year: number;
  title: string;
  source: string;
  districts: string[];
  rows: ReportRow[];
  reportedTotalCount: number | null;
  reportedTotalAmountKRW: number | null;
  reportedDemandCount: number | null;
  reportedDemandAmountKRW: number | null;
  reportedSharePercent: number | null;
  reportedAmountSharePercent: number | null;
  note: string | null;
}

const optionalCount = (v: number | null | undefined, field: string): Result<number | null> =>
  v == null ? ok(null) : checkInt(v, field, 0, 10_000_000);
const optionalPercent = (v: number | null | undefined, field: string): Result<number | null> =>
  v == null ? ok(null) : checkInt(v, field, 0, 1_000);

export function validateProgrammeReport(input: RecordProgrammeDeliveryReportInput): Result<ValidProgrammeReport> {
  const checked = all({
    id: checkId(input.id),
    title: checkText(input.title, 'title', 200),
    source: checkText(input.source, 'source', 200),
    period: checkPeriod(input),
    reportedTotalCount:
      input.reportedTotalCount == null ? ok(null) : checkInt(input.reportedTotalCount, 'reportedTotalCount', 0, 10_000_000),
    reportedTotalAmountKRW: checkAmount(input.reportedTotalAmountKRW, 'reportedTotalAmountKRW'),
    reportedDemandCount: optionalCount(input.reportedDemandCount, 'reportedDemandCount'),
    reportedDemandAmountKRW: checkAmount(input.reportedDemandAmountKRW, 'reportedDemandAmountKRW'),
    reportedSharePercent: optionalPercent(input.reportedSharePercent, 'reportedSharePercent'),
    reportedAmountSharePercent: optionalPercent(input.reportedAmountSharePercent, 'reportedAmountSharePercent'),
    note: input.note == null ? ok(null) : checkText(input.note, 'note', 500),
    districts: checkUnique(input.districts, 'districts'),
  });
  if (!checked.ok) return checked;
  for (const d of input.districts) {
    const r = checkDistrict(d, 'districts');
    if (!r.ok) return r;
  }
  if (input.rows.length === 0) return err(badInput('a report has at least one row', 'rows'));
  const services = checkUnique(
    input.rows.map((r) => r.service),
    'rows',
  );
  if (!services.ok) return services;
  const rows: ReportRow[] = [];
  for (const [i, r] of input.rows.entries()) {
    const figures = all({
      count: checkInt(r.count, `rows[${i}].count`, 0, 10_000_000),
      amountKRW: checkAmount(r.amountKRW, `rows[${i}].amountKRW`),
      demandCount: optionalCount(r.demandCount, `rows[${i}].demandCount`),
      demandAmountKRW: checkAmount(r.demandAmountKRW, `rows[${i}].demandAmountKRW`),
      reportedSharePercent: optionalPercent(r.reportedSharePercent, `rows[${i}].reportedSharePercent`),
      reportedAmountSharePercent: optionalPercent(r.reportedAmountSharePercent, `rows[${i}].reportedAmountSharePercent`),
    });
    if (!figures.ok) return figures;
    rows.push({ service: r.service, ...figures.value });
  }
  const { period, districts, ...rest } = checked.value;
  return ok({ ...rest, ...period, year: periodYear(period), districts: [...districts], rows });
}

export interface ProgrammeReportFigures {
  total: Figure;
  matchesReported: boolean | null;
}

export function reportFigures(report: {
  rows: readonly ReportRow[];
  reportedTotalCount: number | null;
  reportedTotalAmountKRW: number | null;
}): ProgrammeReportFigures {
  const total = sumRows(report.rows);
  return { total, matchesReported: matchesReported(total, { count: report.reportedTotalCount, amountKRW: report.reportedTotalAmountKRW }) };
}

// ─── The yearly summary ─────────────────────────────────────────────────────

export interface SummaryConsortium {
  _id: string;
  district: string;
  deliveries: readonly DeliveryRow[];
  reportedDeliveryTotals: readonly ReportedTotal[];
}

export interface SummaryReport extends Period {
  _id: string;
  rows: readonly ReportRow[];
}

export interface DistrictSummary<C> {
  district: string;
  consortium: C;
  byService: ServiceFigure[];
  total: Figure;
  reportedCount: number | null;
  reportedAmountKRW: number | null;
  matchesReported: boolean | null;
}

export interface Reconciliation {
  reportId: string;
  service: NeighbourhoodService;
  reportedCount: number;
  /** The consortia's rows for the report's exact period; null when none cover it. */
  consortiaCount: number | null;
  matches: boolean | null;
}

export interface Summary<C, R> {
  year: number;
  districts: DistrictSummary<C>[];
  byService: ServiceFigure[];
  total: Figure;
  reports: R[];
  reconciliations: Reconciliation[];
}

const sumNullable = (values: (number | null)[]): number | null =>
  values.length === 0 || values.some((v) => v === null) ? null : values.reduce<number>((a, v) => a + (v ?? 0), 0);

/**
 * Per-district and grand totals for one year, computed from the consortia's rows;
 * each printed programme table is checked row by row against the district rows.
 */
export function buildSummary<C extends SummaryConsortium, R extends SummaryReport>(
  year: number,
  consortia: readonly C[],
  reports: readonly R[],
): Summary<C, R> {
  const inYear = (p: Period): boolean => periodYear(p) === year;
  const allRows: DeliveryRow[] = [];
  const districts: DistrictSummary<C>[] = [];
  for (const c of [...consortia].sort((a, b) => a.district.localeCompare(b.district, 'ko') || a._id.localeCompare(b._id))) {
    const rows = c.deliveries.filter(inYear);
    const printed = c.reportedDeliveryTotals.filter(inYear);
    if (rows.length === 0 && printed.length === 0) continue;
    allRows.push(...rows);
    const total = sumRows(rows);
    const reported =
      printed.length === 0
        ? null
        : { count: sumNullable(printed.map((p) => p.count)), amountKRW: sumNullable(printed.map((p) => p.amountKRW)) };
    districts.push({
      district: c.district,
      consortium: c,
      byService: byService(rows),
      total,
      reportedCount: reported?.count ?? null,
      reportedAmountKRW: reported?.amountKRW ?? null,
      matchesReported: matchesReported(total, reported),
    });
  }
  const yearReports = reports.filter(inYear);
  const reconciliations: Reconciliation[] = [];
  for (const r of yearReports) {
    const samePeriodRows = allRows.filter((row) => samePeriod(row, r));
    for (const row of r.rows) {
      const consortiaCount = samePeriodRows.length === 0 ? null : sumRows(samePeriodRows.filter((x) => x.service === row.service)).count;
      reconciliations.push({
        reportId: r._id,
        service: row.service,
        reportedCount: row.count,
        consortiaCount,
        matches: consortiaCount === null ? null : consortiaCount === row.count,
      });
    }
  }
  return { year, districts, byService: byService(allRows), total: sumRows(allRows), reports: yearReports, reconciliations };
}

// ─── Community centres (동주민센터) ──────────────────────────────────────────

/** At least two experienced welfare officers counsel in each pilot dong centre (002 L70, L162). */
export const PILOT_COUNSELLOR_MINIMUM = 2;

export interface RegisterCommunityCentreInput {
  id: string;
  name: string;
  district: string;
  welfareStaffCount: number;
  pilot?: boolean | null;
}
export interface ValidCommunityCentre {
  id: string;
  name: string;
  district: string;
  welfareStaffCount: number;
  pilot: boolean;
}

export function validateCommunityCentre(input: RegisterCommunityCentreInput): Result<ValidCommunityCentre> {
  const checked = all({
    id: checkId(input.id),
    name: checkText(input.name, 'name', 60),
    district: checkDistrict(input.district),
    welfareStaffCount: checkInt(input.welfareStaffCount, 'welfareStaffCount', 0, 500),
  });
  if (!checked.ok) return checked;
  if (!/(주민센터|행정복지센터)$/.test(checked.value.name))
    return err(badInput('name must be a 동 centre name ending in 주민센터 or 행정복지센터', 'name'));
  return ok({ ...checked.value, pilot: input.pilot ?? false });
}

export const meetsPilotCounsellorMinimum = (c: { pilot: boolean; welfareStaffCount: number }): boolean =>
  !c.pilot || c.welfareStaffCount >= PILOT_COUNSELLOR_MINIMUM;

// ─── Outreach visits (방문복지) and their discovery follow-up ──────────────────

/** Pseudonymous household id, never a name, address or registration number. */
const HOUSEHOLD_ID = /^HH-[A-Z0-9]{4,16}$/;
/** What free text must not contain: 주민등록번호-like and phone-number-like digit runs. */
const PII_PATTERNS = [/\d{6}\s*-\s*[1-8]\d{6}/, /01[016789]\s*-?\s*\d{3,4}\s*-?\s*\d{4}/, /0\d{1,2}-\d{3,4}-\d{4}/];

/** Off only in a switch-off test run (PASS_SWITCH_OFF=personal-data-checks, service.ts): any household id passes. */
let householdIdsChecked = true;
export const checkHouseholdIds = (on: boolean): void => {
  householdIdsChecked = on;
};

/** A household id travels in events (NeedsDiscovered, CaseOpened, ReferralMade): only a pseudonym may pass. */
export function checkHouseholdId(value: string, field = 'householdId'): Result<string> {
  return HOUSEHOLD_ID.test(value) || !householdIdsChecked
    ? ok(value)
    : err(badInput(`${field} must be a pseudonymous id like HH-7F3K2A (no names or addresses)`, field));
}

export function checkNoPii(value: string, field: string, max = 500): Result<string> {
  const text = checkText(value, field, max);
  if (!text.ok) return text;
  return PII_PATTERNS.some((p) => p.test(text.value))
    ? err(badInput(`${field} must not contain registration or phone numbers`, field))
    : text;
}

export function checkNeeds(domains: readonly NeedsDomain[], field: string): Result<NeedsDomain[]> {
  if (domains.length === 0) return err(badInput('name at least one needs domain', field));
  const unique = checkUnique(domains, field);
  return unique.ok ? ok([...domains]) : unique;
}

export interface RecordOutreachVisitInput {
  id: string;
  communityCentreId: string;
  visitorRole: VisitorRole;
  visitedOn: string;
  householdId: string;
  findings: string;
  needsDiscovery?: { domains: NeedsDomain[]; note?: string | null } | null;
  /** The resident volunteer who visited (optional; checked against the volunteer by the resolver). */
  volunteerId?: string | null;
}

export interface ValidVisit {
  id: string;
  communityCentreId: string;
  visitorRole: VisitorRole;
  visitedOn: string;
  householdId: string;
  findings: string;
  needsDiscovery: { domains: NeedsDomain[]; note: string | null } | null;
  volunteerId: string | null;
  /** DISCOVERED with needs; a visit that finds none is closed at once. */
  status: DiscoveryStatus;
  closedOn: string | null;
  closeOutcome: CloseOutcome | null;
}

export function validateVisit(input: RecordOutreachVisitInput, today: string): Result<ValidVisit> {
  const checked = all({
    id: checkId(input.id),
    communityCentreId: checkId(input.communityCentreId, 'communityCentreId'),
    visitedOn: checkDate(input.visitedOn, 'visitedOn'),
    householdId: checkHouseholdId(input.householdId),
    findings: checkNoPii(input.findings, 'findings'),
    volunteerId: input.volunteerId == null ? ok(null) : checkId(input.volunteerId, 'volunteerId'),
  });
  if (!checked.ok) return checked;
  if (checked.value.volunteerId !== null && input.visitorRole === 'WELFARE_OFFICIAL')
    return err(badInput("a welfare official's visit names no volunteer", 'volunteerId'));
  if (checked.value.visitedOn > today) return err(badInput('visitedOn must not be in the future', 'visitedOn'));
  let needs: ValidVisit['needsDiscovery'] = null;
  if (input.needsDiscovery) {
    const domains = checkNeeds(input.needsDiscovery.domains, 'needsDiscovery.domains');
    if (!domains.ok) return domains;
    const note = input.needsDiscovery.note == null ? ok(null) : checkNoPii(input.needsDiscovery.note, 'needsDiscovery.note');
    if (!note.ok) return note;
    needs = { domains: domains.value, note: note.value };
  }
  return ok({
    ...checked.value,
    visitorRole: input.visitorRole,
    needsDiscovery: needs,
    status: needs ? 'DISCOVERED' : 'CLOSED',
    closedOn: needs ? null : checked.value.visitedOn,
    closeOutcome: needs ? null : 'NO_NEEDS_FOUND',
  });
}

/**
 * A discovery's follow-up: DISCOVERED → REFERRED (one or more referrals) → CLOSED, or DISCOVERED → CLOSED
 * (declined, or handed to a case). Long-term case work lives in a Case, not on the visit.
 */
export const TRANSITIONS: Readonly<Record<DiscoveryStatus, readonly DiscoveryStatus[]>> = {
  DISCOVERED: ['REFERRED', 'CLOSED'],
  REFERRED: ['REFERRED', 'CLOSED'],
  CLOSED: [],
};

export function checkTransition(visitId: string, from: DiscoveryStatus, to: DiscoveryStatus): Result<DiscoveryStatus> {
  return TRANSITIONS[from].includes(to) ? ok(to) : err(invalidTransition('OutreachVisit', visitId, from, to));
}

export interface CloseOutreachCaseInput {
  visitId: string;
  closedOn: string;
  outcome: CloseOutcome;
}

export function planClose(
  visit: { _id: string; status: DiscoveryStatus; visitedOn: string; lastReferredOn: string | null },
  input: { closedOn: string; outcome: CloseOutcome },
): Result<DiscoveryStatus> {
  const date = checkDate(input.closedOn, 'closedOn');
  if (!date.ok) return date;
  if (input.outcome === 'NO_NEEDS_FOUND') return err(badInput('NO_NEEDS_FOUND is set only when a visit finds no needs', 'outcome'));
  const to = checkTransition(visit._id, visit.status, 'CLOSED');
  if (!to.ok) return to;
  if (input.outcome === 'SERVICES_LINKED' && visit.status !== 'REFERRED')
    return err(badInput('SERVICES_LINKED needs at least one referral', 'outcome'));
  const last = visit.lastReferredOn ?? visit.visitedOn;
  if (input.closedOn < last) return err(badInput(`closedOn must not be before ${last}`, 'closedOn'));
  return to;
}

// ─── 나눔반장 supply against 돌봄SOS demand (004 Tables 1 and 2) ─────────────────

/** A share in percent with one decimal (a ratio, not money); null when there is no demand to divide by. */
export const sharePercent = (part: number | null, whole: number | null): number | null =>
  part === null || whole === null || whole === 0 ? null : Math.round((part / whole) * 1_000) / 10;

/** The printed 비율 is a whole percent: it matches when the computed share rounds to it. */
const shareMatches = (part: number | null, whole: number | null, printed: number | null): boolean | null =>
  printed === null || part === null || whole === null || whole === 0 ? null : Math.round((part / whole) * 100) === printed;

export interface SupplyShare {
  service: NeighbourhoodService | null;
  supplyCount: number;
  demandCount: number | null;
  sharePercent: number | null;
  reportedSharePercent: number | null;
  supplyAmountKRW: number | null;
  demandAmountKRW: number | null;
  amountSharePercent: number | null;
  reportedAmountSharePercent: number | null;
  /** Every printed 비율 equals the computed share rounded; null when none is printed. */
  matchesReported: boolean | null;
}

function supplyShare(
  service: NeighbourhoodService | null,
  supply: Figure,
  demand: { count: number | null; amountKRW: number | null },
  printed: { share: number | null; amountShare: number | null },
): SupplyShare {
  const checks = [
    shareMatches(supply.count, demand.count, printed.share),
    shareMatches(supply.amountKRW, demand.amountKRW, printed.amountShare),
  ].filter((c): c is boolean => c !== null);
  return {
    service,
    supplyCount: supply.count,
    demandCount: demand.count,
    sharePercent: sharePercent(supply.count, demand.count),
    reportedSharePercent: printed.share,
    supplyAmountKRW: supply.amountKRW,
    demandAmountKRW: demand.amountKRW,
    amountSharePercent: sharePercent(supply.amountKRW, demand.amountKRW),
    reportedAmountSharePercent: printed.amountShare,
    matchesReported: checks.length === 0 ? null : checks.every(Boolean),
  };
}

export interface DistrictServiceSupply {
  district: string;
  service: NeighbourhoodService;
  supplyCount: number;
}

export interface SupplyVsDemand<R> extends Period {
  report: R;
  byService: SupplyShare[];
  /** The 일상편의 소계: supply and demand summed over the rows, beside the printed 소계. */
  total: SupplyShare & {
    reportedDemandCount: number | null;
    reportedDemandAmountKRW: number | null;
    demandMatchesReported: boolean | null;
  };
  /** Supply per district and service from the consortia's rows of the report's exact period (004 prints no demand per district). */
  byDistrict: DistrictServiceSupply[];
}

/** A printed table with a 돌봄SOS column, against the consortia's rows of the same period. */
export function supplyVsDemand<
  R extends SummaryReport & {
    reportedDemandCount: number | null;
    reportedDemandAmountKRW: number | null;
    reportedSharePercent: number | null;
    reportedAmountSharePercent: number | null;
  },
>(report: R, consortia: readonly SummaryConsortium[]): SupplyVsDemand<R> {
  const rows = report.rows.filter((r) => r.demandCount !== null);
  const shares = rows.map((r) =>
    supplyShare(
      r.service,
      { count: r.count, amountKRW: r.amountKRW },
      { count: r.demandCount, amountKRW: r.demandAmountKRW },
      {
        share: r.reportedSharePercent,
        amountShare: r.reportedAmountSharePercent,
      },
    ),
  );
  const supply = sumRows(rows);
  const demand = {
    count: sumNullable(rows.map((r) => r.demandCount)),
    amountKRW: sumNullable(rows.map((r) => r.demandAmountKRW)),
  };
  const total = supplyShare(null, supply, demand, { share: report.reportedSharePercent, amountShare: report.reportedAmountSharePercent });
  const demandMatches = [
    report.reportedDemandCount === null ? null : report.reportedDemandCount === demand.count,
    report.reportedDemandAmountKRW === null ? null : report.reportedDemandAmountKRW === demand.amountKRW,
  ].filter((c): c is boolean => c !== null);
  const byDistrict: DistrictServiceSupply[] = [];
  for (const c of [...consortia].sort((a, b) => a.district.localeCompare(b.district, 'ko'))) {
    const own = c.deliveries.filter((d) => samePeriod(d, report));
    for (const f of byService(own)) byDistrict.push({ district: c.district, service: f.service, supplyCount: f.count });
  }
  return {
    periodFrom: report.periodFrom,
    periodTo: report.periodTo,
    report,
    byService: shares,
    total: {
      ...total,
      reportedDemandCount: report.reportedDemandCount,
      reportedDemandAmountKRW: report.reportedDemandAmountKRW,
      demandMatchesReported: demandMatches.length === 0 ? null : demandMatches.every(Boolean),
    },
    byDistrict,
  };
}
