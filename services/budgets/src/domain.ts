/** Budget rules, free of I/O: units, derived totals, which line a cost belongs to. */
import { all, checkId, checkInt, checkText, type Result } from '@pass-graph/platform';

export type FundingSource =
  | 'UNSPECIFIED'
  | 'NATIONAL'
  | 'NATIONAL_MATCHING'
  | 'PROVINCIAL'
  | 'CITY'
  | 'CITY_COUNTY'
  | 'SPECIAL_ACCOUNT'
  | 'OWN_REVENUE'
  | 'CONTRIBUTION';
export type BudgetPurpose = 'SUBSTITUTE_DISPATCH' | 'GENERAL';

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
}

export function validateBudgetLine(
  input: RegisterBudgetLineInput,
): Result<{ id: string; agencyId: string; fiscalYear: number; programCode: string; name: string; amountThousandKRW: number }> {
  return all({
    id: checkId(input.id),
    agencyId: checkId(input.agencyId, 'agencyId'),
    fiscalYear: checkInt(input.fiscalYear, 'fiscalYear', 2000, 2100),
    programCode: checkText(input.programCode, 'programCode', 20),
    name: checkText(input.name, 'name', 200),
    // 48,800,299천원 is the largest budget in the sources: 1e9 천원 leaves room and stays a safe integer in 원.
    amountThousandKRW: checkInt(input.amountThousandKRW, 'amountThousandKRW', 0, 1_000_000_000),
  });
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

/** Expenditure ids are derived from what caused them, so recording twice is a duplicate key, not a double charge. */
export const dispatchExpenditureId = (dispatchId: string): string => `dispatch:${dispatchId}`;

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
