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

import { accountTree, flatten, totals, validateAccount, type AccountEntry } from './fiscal-year';
import { SEOUL_BUDGET_TREE } from './seed';

describe('account tree', () => {
  const entries = (year: 2019 | 2020): AccountEntry[] =>
    SEOUL_BUDGET_TREE.map((r) => {
      const v = validateAccount({
        ...r,
        parentCode: r.parentCode ?? null,
        amountThousandKRW: year === 2019 ? r.y2019 : r.y2020,
        reportedChangeThousandKRW: year === 2020 ? r.reportedChange2020 : null,
      });
      if (!v.ok) throw v.error;
      return v.value;
    });

  it('sums the Seoul 2019 and 2020 budgets to their printed totals (8,154,043 and 48,800,299천원) and balances', () => {
    const tree2019 = accountTree(entries(2019));
    expect(tree2019.ok && totals(tree2019.value)).toEqual({ revenue: 8_154_043_000, expenditure: 8_154_043_000, balanced: true });
    const tree2020 = accountTree(entries(2020));
    expect(tree2020.ok && totals(tree2020.value)).toEqual({ revenue: 48_800_299_000, expenditure: 48_800_299_000, balanced: true });
  });

  it('computes parents from children: 2020 인건비 32,721,908천원, and finds the two printed 증감 that do not fit', () => {
    const t19 = accountTree(entries(2019));
    const t20 = accountTree(entries(2020));
    if (!t19.ok || !t20.ok) throw new Error('tree');
    const a19 = new Map(flatten(t19.value).map((n) => [n.code, n.amount]));
    const nodes20 = flatten(t20.value);
    expect(nodes20.find((n) => n.code === 'E3')?.amount).toBe(32_721_908_000);
    const mismatches = nodes20
      .filter((n) => n.reportedChange !== null && n.reportedChange !== n.amount - (a19.get(n.code) ?? 0))
      .map((n) => n.code);
    expect(mismatches).toEqual(['R1', 'E3-2']); // DQ-000-1 and DQ-000-2
  });

  it('refuses an account under a parent that does not exist', () => {
    expect(accountTree([{ code: 'X1', parentCode: 'X', side: 'REVENUE', name: 'x', amount: 1, reportedChange: null }]).ok).toBe(false);
    expect(validateAccount({ code: 'bad code', side: 'REVENUE', name: 'x' }).ok).toBe(false);
    expect(validateAccount({ code: 'X1', parentCode: 'X1', side: 'REVENUE', name: 'x' }).ok).toBe(false);
  });
});

import { checkItem, formulaOf } from './domain';
import { LINE_ITEMS, PROGRAM_TOTALS } from './line-item-fixtures';
import { BUDGET_LINES } from './seed';

describe('산출내역 of the Jeonbuk 2023 plan', () => {
  it('adds up, program by program, to the printed totals and the registered lines', () => {
    for (const p of PROGRAM_TOTALS) {
      const items = LINE_ITEMS.filter((i) => i.programCode === p.programCode);
      expect([p.programCode, Math.round(items.reduce((s, i) => s + i.statedThousandKRW * 1000, 0))]).toEqual([
        p.programCode,
        p.statedThousandKRW * 1000,
      ]);
      expect(BUDGET_LINES.find((l) => l.programCode === p.programCode)?.amountThousandKRW).toBe(p.statedThousandKRW);
    }
    expect(PROGRAM_TOTALS.reduce((s, p) => s + p.statedThousandKRW, 0)).toBe(1_311_565);
  });

  it('flags exactly the lines whose printed amount is not unit price × quantities (kept, not fixed)', () => {
    const flagged = LINE_ITEMS.filter(
      (i) => checkItem({ factors: i.factors, stated: Math.round(i.statedThousandKRW * 1000) }).matchesStated === false,
    ).map((i) => `${i.programCode}#${i.seq}`);
    // The plan's own arithmetic slips, e.g. S11 "1,075,000"(sic) × 2 printed as 2,150 and C2 4×5명×3회 printed as 48.
    expect(flagged).toEqual(['S7#4', 'S10#2', 'S11#1', 'P3#1', 'P5#4', 'P5#5', 'P5#6', 'P12#1', 'C2#1', 'C2#2', 'C4#1', 'C5#4']);
    expect(
      formulaOf([
        { value: 100, unit: '천원' },
        { value: 10, unit: '명' },
      ]),
    ).toBe('100천원 × 10명');
    expect(checkItem({ factors: [], stated: 503_000_000 }).matchesStated).toBeNull();
  });
});

import { cardInForce, rateOf, validateRate } from './rate-card';
import { JEONBUK_RATES_2023 } from './seed';

describe('rate card (단가표)', () => {
  it('holds the Jeonbuk 2023 unit prices in integer 원, each the unit price of the plan line that states it', () => {
    const rates = JEONBUK_RATES_2023.map((r) => {
      const v = validateRate(r);
      if (!v.ok) throw v.error;
      return v.value;
    });
    const card = { year: 2023, rates };
    expect(rateOf(card, 'COMMITTEE_ATTENDANCE')?.unitPrice).toBe(100_000);
    expect(rateOf(card, 'CONSULTING_HOURLY')?.unitPrice).toBe(100_000);
    expect(rateOf(card, 'CARE_VISIT')?.unitPrice).toBe(52_000);
    // Every rate whose source line is a budget row is that row's unit price (L2407 is a footnote, not a row).
    for (const r of JEONBUK_RATES_2023) {
      const line = r.source?.replace('003 ', '');
      const items = LINE_ITEMS.filter((i) => i.sourceLine === line);
      if (items.length === 0) continue;
      expect([r.code, items.some((i) => i.factors[0]?.value === r.unitPriceThousandKRW)]).toEqual([r.code, true]);
    }
  });

  it('is versioned by year: a card stays in force until a later one', () => {
    const cards = [{ year: 2023 }, { year: 2025 }];
    expect(cardInForce(cards, 2022)).toBeNull();
    expect(cardInForce(cards, 2024)?.year).toBe(2023);
    expect(cardInForce(cards, 2026)?.year).toBe(2025);
    expect(validateRate({ code: 'x', name: 'n', unitPriceThousandKRW: 1, per: '회' }).ok).toBe(false);
    expect(validateRate({ code: 'MEAL', name: 'n', unitPriceThousandKRW: 1.5, per: '회' }).ok).toBe(false);
  });
});
