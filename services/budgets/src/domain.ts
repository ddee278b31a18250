/** Budget rules, free of I/O: units, derived totals, which line a cost belongs to. */
import { all, badInput, checkId, checkInt, checkText, err, ok, type Result } from '@pass-graph/platform';

/** What a line pays for; event-fed executions find their line by agency, fiscal year and purpose. */
export const PURPOSES = [
  'SUBSTITUTE_DISPATCH',
  'CONSULTING',
  'CARE_PROVISION',
  'COMMITTEE_ALLOWANCE',
  'SAFETY_INSPECTION',
  'GENERAL',
] as const;
export type BudgetPurpose = (typeof PURPOSES)[number];
export const FUNDING_SOURCES = [
  'UNSPECIFIED',
  'NATIONAL',
  'NATIONAL_MATCHING',
  'PROVINCIAL',
  'CITY',
  'CITY_COUNTY',
  'SPECIAL_ACCOUNT',
  'OWN_REVENUE',
  'CONTRIBUTION',
] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/** The sources print budgets in 천원; storage is integer 원. */
export const thousandToKRW = (thousand: number): number => thousand * 1000;
export const krwToThousand = (krw: number): number => krw / 1000;

export interface RegisterBudgetLineInput {
  id: string;
  agencyId: string;
  fiscalYear: number;
  programCode: string;
  name: string;
  fundingSource: FundingSource;
  purpose: BudgetPurpose;
  amountThousandKRW: number;
  /** Consulting programmes or care service types the line funds; empty: any of its purpose. */
  purposeScope?: string[] | null;
  /** 전용 (transfer) allowed: an execution beyond the budget is posted and the line flagged, not rejected. */
  transfersAllowed?: boolean | null;
  /** 담당 팀 as printed in the plan. */
  team?: string | null;
  /** Shares per funding source; omitted: 100% fundingSource. */
  fundingShares?: FundingShare[] | null;
}

export interface ValidBudgetLine {
  id: string;
  agencyId: string;
  fiscalYear: number;
  programCode: string;
  name: string;
  amountThousandKRW: number;
  purposeScope: string[];
  team: string | null;
  fundingShares: FundingShare[];
}

export function validateBudgetLine(input: RegisterBudgetLineInput): Result<ValidBudgetLine> {
  const v = all({
    id: checkId(input.id),
    agencyId: checkId(input.agencyId, 'agencyId'),
    fiscalYear: checkInt(input.fiscalYear, 'fiscalYear', 2000, 2100),
    programCode: checkText(input.programCode, 'programCode', 20),
    name: checkText(input.name, 'name', 200),
    // 48,800,299천원 is the largest budget in the sources: 1e9 천원 leaves room and stays a safe integer in 원.
    amountThousandKRW: checkInt(input.amountThousandKRW, 'amountThousandKRW', 0, 1_000_000_000),
    team: input.team == null ? ok(null) : checkText(input.team, 'team', 60),
    fundingShares: input.fundingShares == null || input.fundingShares.length === 0 ? ok([]) : validateShares(input.fundingShares),
  });
  if (!v.ok) return v;
  const purposeScope: string[] = [];
  for (const key of input.purposeScope ?? []) {
    if (!/^[A-Z][A-Z0-9_]{0,39}$/.test(key)) return err(badInput(`purposeScope "${key}" is a code such as STAGED`, 'purposeScope'));
    if (!purposeScope.includes(key)) purposeScope.push(key);
  }
  return ok({ ...v.value, purposeScope });
}

export interface Execution {
  executed: number;
  remaining: number;
  executionRate: number;
}

export function execution(amount: number, expenditures: { amount: number }[]): Execution {
  const executed = expenditures.reduce((sum, e) => sum + e.amount, 0);
  return { executed, remaining: amount - executed, executionRate: amount === 0 ? 0 : executed / amount };
}

/** The fiscal year (회계연도 = calendar year) a cost falls in: the year its period ends. */
export const fiscalYearOf = (date: string): number => Number(date.slice(0, 4));

/**
 * 산출내역: unit price (천원) × quantities. Computed in integer 원 (the unit price rounded to the
 * won, then multiplied), compared with the stated amount; a difference is flagged, never fixed.
 */
export function computedItemAmount(factors: { value: number }[]): number | null {
  const [price, ...quantities] = factors;
  if (!price) return null;
  // Averaged quantities (9.2명 per meeting) make the product fractional in binary: round it to the won.
  return Math.round(quantities.reduce((product, q) => product * q.value, price.value * 1000));
}

export const formulaOf = (factors: { value: number; unit: string }[]): string =>
  factors.map((f, i) => (i === 0 ? `${f.value.toLocaleString('en-US')}천원` : `${f.value.toLocaleString('en-US')}${f.unit}`)).join(' × ');

export interface ItemCheck {
  computed: number | null;
  matchesStated: boolean | null;
}

export const checkItem = (item: { factors: { value: number }[]; stated: number }): ItemCheck => {
  const computed = computedItemAmount(item.factors);
  return { computed, matchesStated: computed === null ? null : computed === item.stated };
};

// ---------------------------------------------------------------- funding shares

export interface FundingShare {
  source: FundingSource;
  /** Whole percent, as the sources print them (국비 50%, 시비 50%). */
  percent: number;
}

/** Shares of a line; a line registered with one source is 100% that source. */
export const sharesOf = (line: { fundingSource: FundingSource; fundingShares?: FundingShare[] | null }): FundingShare[] =>
  line.fundingShares && line.fundingShares.length > 0 ? line.fundingShares : [{ source: line.fundingSource, percent: 100 }];

export function validateShares(shares: FundingShare[]): Result<FundingShare[]> {
  for (const s of shares) {
    const p = checkInt(s.percent, 'fundingShares', 1, 100);
    if (!p.ok) return p;
  }
  if (new Set(shares.map((s) => s.source)).size !== shares.length) return err(badInput('a funding source appears once', 'fundingShares'));
  if (shares.reduce((sum, s) => sum + s.percent, 0) !== 100) return err(badInput('funding shares add up to 100%', 'fundingShares'));
  return ok(shares);
}

/**
 * Splits an amount (원) by shares in whole won: each share gets floor(amount × percent / 100) and the won left
 * over go to the largest shares first, so the parts always add up to the amount (never a float).
 */
export function splitByShares(amount: number, shares: FundingShare[]): { source: FundingSource; percent: number; amount: number }[] {
  const parts = shares.map((s) => ({ ...s, amount: Math.floor((amount * s.percent) / 100) }));
  let left = amount - parts.reduce((sum, p) => sum + p.amount, 0);
  const order = [...parts].sort((a, b) => b.percent - a.percent);
  for (let i = 0; left > 0; i = (i + 1) % order.length, left--) order[i]!.amount += 1;
  return parts;
}

// ---------------------------------------------------------------- executions (집행)

export const EXECUTION_SOURCES = [
  'DISPATCH',
  'CONSULTING_SESSION',
  'CARE_VISIT',
  'MEETING_ALLOWANCE',
  'SAFETY_INSPECTION',
  'VOUCHER',
] as const;
export type ExecutionSource = (typeof EXECUTION_SOURCES)[number];

/**
 * An execution's id is derived from the fact that caused it (the dispatch, session, visit, meeting, inspection or voucher),
 * not from the event id: a redelivery, or the same fact republished under a new event id, maps to the same id
 * and cannot post twice.
 */
export const executionId = (source: ExecutionSource, sourceId: string): string =>
  `${
    {
      DISPATCH: 'dispatch',
      CONSULTING_SESSION: 'consulting',
      CARE_VISIT: 'care',
      MEETING_ALLOWANCE: 'meeting',
      SAFETY_INSPECTION: 'inspection',
      VOUCHER: 'voucher',
    }[source]
  }:${sourceId}`;

export type PostingDecision =
  | { outcome: 'POST'; remaining: number }
  | { outcome: 'POST_OVER_BY_TRANSFER'; remaining: number }
  | { outcome: 'REJECT'; remaining: number };

/**
 * The overrun rule: an execution that would take a line beyond its budget is rejected, unless the line allows
 * transfers (전용), in which case it is posted and the line shows as overspent. `remaining` is before posting.
 */
export function decidePosting(line: { amount: number; transfersAllowed: boolean }, executed: number, amount: number): PostingDecision {
  const remaining = line.amount - executed;
  if (amount <= remaining) return { outcome: 'POST', remaining };
  return line.transfersAllowed ? { outcome: 'POST_OVER_BY_TRANSFER', remaining } : { outcome: 'REJECT', remaining };
}

/**
 * Picks the line an event-fed execution goes to among the agency's lines of that fiscal year and purpose: the one
 * whose scope names the key (a consulting programme, a care service type), else the one line with no scope
 * (unless `scopedOnly`: then only a line naming the key will do). None, or more than one, is the reason the
 * execution is 미편성 (unbudgeted, see `UNBUDGETED_REASONS`).
 */
export function pickLine<T extends { _id: string; purposeScope?: string[] | null }>(
  lines: T[],
  key: string | null,
  scopedOnly = false,
): { ok: true; line: T } | { ok: false; code: 'NO_BUDGET_LINE' | 'AMBIGUOUS_BUDGET_LINE'; candidates: string[] } {
  const scoped = key === null ? [] : lines.filter((l) => (l.purposeScope ?? []).includes(key));
  const pool = scoped.length > 0 || scopedOnly ? scoped : lines.filter((l) => (l.purposeScope ?? []).length === 0);
  if (pool.length === 1) return { ok: true, line: pool[0]! };
  return { ok: false, code: pool.length === 0 ? 'NO_BUDGET_LINE' : 'AMBIGUOUS_BUDGET_LINE', candidates: pool.map((l) => l._id) };
}

/**
 * Committee kinds whose members are paid 위원회 참석수당 from the committee-allowance line: the ones the Jeonbuk
 * plan prices in M18 (003 L1315–1320: 이사회, 인사위원회, 운영자문위원회, ESG경영위원회, 고충심의위원회, and
 * 기타각종위원회 for the rest, read as 분과위원회). Not paid from it:
 * - HUMAN_RIGHTS: M18 runs the 인권경영위원회 (L1321) but prices no allowance for it; its 회의수당 sit in the
 *   P14 and P15 program lines (L3315, L3403), and which of the two pays a meeting is not stated
 *   (`SCOPED_ALLOWANCE_KINDS`).
 * - OPERATING: Seoul's 운영위원회; no source prices an allowance for it.
 */
export const ALLOWANCE_KINDS = ['BOARD', 'PERSONNEL', 'ADVISORY', 'ESG', 'GRIEVANCE', 'SUBCOMMITTEE'] as const;
/**
 * Committee kinds whose members are paid an allowance (the plan prints 회의수당 for them) but not from the general
 * committee-allowance line: only a committee-allowance line whose scope names the kind pays them. HUMAN_RIGHTS: P14
 * and P15 both print 회의수당 100천원×2명×2회 (003 L3315, L3403) without saying which pays the 인권경영위원회, so
 * the Jeonbuk plan has no such line and the allowance is recorded 미편성 (unbudgeted) for finance to settle.
 */
export const SCOPED_ALLOWANCE_KINDS = ['HUMAN_RIGHTS'] as const;
export const paysAllowance = (kind: string): boolean =>
  (ALLOWANCE_KINDS as readonly string[]).includes(kind) || (SCOPED_ALLOWANCE_KINDS as readonly string[]).includes(kind);
export const allowanceNeedsScopedLine = (kind: string): boolean => (SCOPED_ALLOWANCE_KINDS as readonly string[]).includes(kind);

/**
 * 미편성 집행 (unbudgeted execution): a real cost of an agency whose year has a budget, but no line of it pays for
 * the cost (NO_BUDGET_LINE), several could (AMBIGUOUS_BUDGET_LINE), or the rate card prices none (NO_RATE: the
 * amount is unknown). It is recorded and reported, never posted against a line and never dead-lettered: the
 * event is a legitimate business fact. The same holds when the agency keeps a fiscal-year budget for the year that
 * is not in force (BUDGET_NOT_APPROVED: only drafted or submitted; BUDGET_CLOSED: 마감), see `budgetStanding`.
 * An agency with no budget lines at all in that year is different: its
 * budget is not loaded, the event waits in the dead-letter topic to be redriven once it is.
 */
export const UNBUDGETED_REASONS = ['NO_BUDGET_LINE', 'AMBIGUOUS_BUDGET_LINE', 'NO_RATE', 'BUDGET_NOT_APPROVED', 'BUDGET_CLOSED'] as const;
export type UnbudgetedReason = (typeof UNBUDGETED_REASONS)[number];

/** 위원회 참석수당: attendees × the rate per person per meeting, integer 원. */
export const attendanceAllowance = (attendees: number, ratePerPerson: number): number => attendees * ratePerPerson;

/** Executions by source (in EXECUTION_SOURCES order, sources without any omitted), integer 원. */
export function executionBySource(
  executions: { amount: number; source?: ExecutionSource | null }[],
): { source: ExecutionSource; amount: number; count: number }[] {
  const by = new Map<ExecutionSource, { amount: number; count: number }>();
  for (const e of executions) {
    // Rows from before executions had sources are dispatch charges.
    const source = e.source ?? 'DISPATCH';
    const b = by.get(source) ?? { amount: 0, count: 0 };
    by.set(source, { amount: b.amount + e.amount, count: b.count + 1 });
  }
  return EXECUTION_SOURCES.filter((s) => by.has(s)).map((source) => ({ source, ...by.get(source)! }));
}

/** 집행 by month (YYYY-MM, months without executions omitted) with the cumulative amount and rate. */
export function monthlyExecution(
  budget: number,
  executions: { amount: number; spentOn: string }[],
): { month: string; executed: number; cumulative: number; cumulativeRate: number }[] {
  const byMonth = new Map<string, number>();
  for (const e of executions) byMonth.set(e.spentOn.slice(0, 7), (byMonth.get(e.spentOn.slice(0, 7)) ?? 0) + e.amount);
  let cumulative = 0;
  return [...byMonth.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, executed]) => {
      cumulative += executed;
      return { month, executed, cumulative, cumulativeRate: budget === 0 ? 0 : cumulative / budget };
    });
}
