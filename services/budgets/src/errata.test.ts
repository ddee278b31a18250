import { changeStatus, checkErratum, validateErratum, type BudgetErratumDoc } from './errata';
import type { AccountEntry } from './fiscal-year';
import { SEOUL_2020_ERRATUM } from './seed';

const R1: AccountEntry = { code: 'R1', parentCode: 'R', side: 'REVENUE', name: '영업수익', amount: null, reportedChange: 11_838_575_000 };
const E32: AccountEntry = {
  code: 'E3-2',
  parentCode: 'E3',
  side: 'EXPENDITURE',
  name: '소속기관',
  amount: 1,
  reportedChange: 27_589_389_000,
};
const plain: AccountEntry = { ...R1, code: 'R2', reportedChange: null };

describe('errata (정오표, seed 000 L1177–1215)', () => {
  const erratum = validateErratum(SEOUL_2020_ERRATUM);

  it('reads the 2019-08-30 erratum in 원: 11,838,575 → 11,814,575천원', () => {
    expect(erratum).toEqual({
      ok: true,
      value: {
        code: 'R1',
        field: 'CHANGE',
        before: 11_838_575_000,
        after: 11_814_575_000,
        filedOn: '2019-08-30',
        source: SEOUL_2020_ERRATUM.source,
      },
    });
  });

  it('refuses an erratum that changes nothing, a bad date or a non-integer amount', () => {
    expect(validateErratum({ ...SEOUL_2020_ERRATUM, afterThousandKRW: 11_838_575 }).ok).toBe(false);
    expect(validateErratum({ ...SEOUL_2020_ERRATUM, filedOn: '2019-8-30' }).ok).toBe(false);
    expect(validateErratum({ ...SEOUL_2020_ERRATUM, beforeThousandKRW: 1.5 }).ok).toBe(false);
  });

  it('applies only to an account printing that figure, once', () => {
    const e = (erratum as { value: BudgetErratumDoc }).value;
    expect(checkErratum([R1, E32], [], e).ok).toBe(true);
    const again = checkErratum([R1], [e], e);
    expect(again.ok).toBe(false);
    expect(!again.ok && again.error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_CORRECTED' });
    expect(checkErratum([plain], [], { ...e, code: 'R2' }).ok).toBe(false);
    expect(checkErratum([R1], [], { ...e, code: 'R9' }).ok).toBe(false);
    const wrongBefore = checkErratum([R1], [], { ...e, before: 1 });
    expect(!wrongBefore.ok && wrongBefore.error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'beforeThousandKRW' });
  });

  it('tells a corrected figure from an uncorrected discrepancy (DQ-000-1 vs DQ-000-2)', () => {
    const e = (erratum as { value: BudgetErratumDoc }).value;
    expect(changeStatus(11_838_575_000, 11_814_575_000, e)).toBe('CORRECTED');
    expect(changeStatus(11_838_575_000, 11_814_575_000, null)).toBe('MISMATCH');
    expect(changeStatus(27_589_389_000, 27_589_789_000, null)).toBe('MISMATCH');
    expect(changeStatus(11_838_575_000, 11_814_575_000, { ...e, after: 1 })).toBe('MISMATCH');
    expect(changeStatus(5, 5, null)).toBe('MATCHES');
    expect(changeStatus(null, 5, null)).toBeNull();
    expect(changeStatus(5, null, null)).toBeNull();
  });
});
