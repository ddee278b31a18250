/**
 * BudgetErratum (정오표): a correction the author filed for a printed figure of a budget, with its date. The printed
 * 증감 stays as `reportedChange`; the erratum records before → after and when, so a corrected figure reads
 * differently from a discrepancy nobody corrected (seed 000: the 2019-08-30 정오표 corrects the 2020 영업수익 증감
 * 11,838,575 → 11,814,575천원, DQ-000-1; 인건비 소속기관, DQ-000-2, is not in it and stays a MISMATCH).
 */
import { all, badInput, checkDate, checkId, checkInt, checkText, conflict, err, ok, type Result } from '@pass-graph/platform';
import { thousandToKRW } from './domain';
import type { AccountEntry } from './fiscal-year';

/** Errata correct the printed 증감 (the only printed-only figure an account keeps). */
export const ERRATUM_FIELDS = ['CHANGE'] as const;
export type ErratumField = (typeof ERRATUM_FIELDS)[number];

export interface BudgetErratumDoc {
  code: string;
  field: ErratumField;
  /** 원, as printed before the correction. */
  before: number;
  /** 원, as corrected. */
  after: number;
  filedOn: string;
  source: string;
}

export interface BudgetErratumInput {
  code: string;
  field?: ErratumField | null;
  beforeThousandKRW: number;
  afterThousandKRW: number;
  filedOn: string;
  source: string;
}

const AMOUNT = 1_000_000_000;

export function validateErratum(input: BudgetErratumInput): Result<BudgetErratumDoc> {
  const v = all({
    code: checkId(input.code, 'code'),
    before: checkInt(input.beforeThousandKRW, 'beforeThousandKRW', -AMOUNT, AMOUNT),
    after: checkInt(input.afterThousandKRW, 'afterThousandKRW', -AMOUNT, AMOUNT),
    filedOn: checkDate(input.filedOn, 'filedOn'),
    source: checkText(input.source, 'source', 200),
  });
  if (!v.ok) return v;
  if (v.value.before === v.value.after) return err(badInput('an erratum changes the figure: before equals after', 'afterThousandKRW'));
  return ok({ ...v.value, field: input.field ?? 'CHANGE', before: thousandToKRW(v.value.before), after: thousandToKRW(v.value.after) });
}

/**
 * An erratum applies to an account that prints the figure it corrects (its `before` is the printed 증감), once per
 * account and field: filing it again answers CONFLICT (ALREADY_CORRECTED).
 */
export function checkErratum(accounts: AccountEntry[], errata: BudgetErratumDoc[], e: BudgetErratumDoc): Result<BudgetErratumDoc> {
  const account = accounts.find((a) => a.code === e.code);
  if (!account) return err(badInput(`no account ${e.code} in this budget`, 'code'));
  if (account.reportedChange === null) return err(badInput(`account ${e.code} prints no 증감 to correct`, 'code'));
  if (errata.some((x) => x.code === e.code && x.field === e.field))
    return err(conflict(`account ${e.code}'s ${e.field} was already corrected`, { reason: 'ALREADY_CORRECTED', account: e.code }));
  if (account.reportedChange !== e.before)
    return err(badInput(`before (${e.before}원) is not the printed 증감 of ${e.code} (${account.reportedChange}원)`, 'beforeThousandKRW'));
  return ok(e);
}

export type ChangeStatus = 'MATCHES' | 'CORRECTED' | 'MISMATCH';

/**
 * How the printed 증감 reads against the computed one: MATCHES; CORRECTED when an erratum brought it to the computed
 * value; MISMATCH otherwise (also when an erratum corrected it to yet another figure). Null without both figures.
 */
export function changeStatus(reportedChange: number | null, change: number | null, erratum: BudgetErratumDoc | null): ChangeStatus | null {
  if (reportedChange === null || change === null) return null;
  if (reportedChange === change) return 'MATCHES';
  return erratum !== null && erratum.after === change ? 'CORRECTED' : 'MISMATCH';
}
