import { dispatchExpenditureId, execution, fiscalYearOf, krwToThousand, thousandToKRW, validateBudgetLine } from './domain';

describe('money units', () => {
  it('stores 천원 as integer 원 and keeps the largest source figure a safe integer', () => {
    expect(thousandToKRW(503_000)).toBe(503_000_000);
    expect(Number.isSafeInteger(thousandToKRW(48_800_299))).toBe(true);
    expect(krwToThousand(503_000_000)).toBe(503_000);
  });
});

describe('execution', () => {
  it('derives executed, remaining and rate from the expenditures', () => {
    expect(execution(503_000_000, [{ amount: 384_800 }, { amount: 923_520 }])).toEqual({
      executed: 1_308_320,
      remaining: 501_691_680,
      executionRate: 1_308_320 / 503_000_000,
    });
    expect(execution(0, []).executionRate).toBe(0);
    expect(execution(100, [{ amount: 150 }]).remaining).toBe(-50);
  });
});

describe('charging dispatches', () => {
  it('charges to the fiscal year in which the period ends, once per dispatch', () => {
    expect(fiscalYearOf('2023-12-29')).toBe(2023);
    expect(dispatchExpenditureId('jb-2023-disp-001')).toBe('dispatch:jb-2023-disp-001');
  });
});

describe('validateBudgetLine', () => {
  const input = {
    id: 'jeonbuk-2023-S12',
    agencyId: 'jeonbuk-pass',
    fiscalYear: 2023,
    programCode: 'S12',
    name: '인력 공백에 대한 대체인력 파견',
    fundingSource: 'SPECIAL_ACCOUNT' as const,
    purpose: 'SUBSTITUTE_DISPATCH' as const,
    amountThousandKRW: 503_000,
  };
  it('accepts the S12 line and rejects fractional or negative amounts', () => {
    expect(validateBudgetLine(input).ok).toBe(true);
    expect(validateBudgetLine({ ...input, amountThousandKRW: 1.5 }).ok).toBe(false);
    expect(validateBudgetLine({ ...input, amountThousandKRW: -1 }).ok).toBe(false);
    expect(validateBudgetLine({ ...input, fiscalYear: 1899 }).ok).toBe(false);
  });
});
