import { executionId, execution, fiscalYearOf, krwToThousand, thousandToKRW, validateBudgetLine } from './domain';

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
    expect(executionId('DISPATCH', 'jb-2023-disp-001')).toBe('dispatch:jb-2023-disp-001');
    // A P7 safety inspection's 안전점검수당: one execution per inspection.
    expect(executionId('SAFETY_INSPECTION', 'jb-safety-2023-001')).toBe('inspection:jb-safety-2023-001');
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

import {
  allowanceNeedsScopedLine,
  attendanceAllowance,
  decidePosting,
  monthlyExecution,
  paysAllowance,
  pickLine,
  splitByShares,
  validateShares,
} from './domain';
import { summarizeUnbudgeted } from './reports';
import { SUPPORT_GROUP_LINE } from './seed';

describe('overrun rule', () => {
  const line = { amount: 12_600_000, transfersAllowed: false };
  it('posts within the budget, refuses beyond it, and posts beyond it only under 전용', () => {
    expect(decidePosting(line, 12_000_000, 600_000)).toEqual({ outcome: 'POST', remaining: 600_000 });
    expect(decidePosting(line, 12_000_000, 600_001)).toEqual({ outcome: 'REJECT', remaining: 600_000 });
    expect(decidePosting({ ...line, transfersAllowed: true }, 12_000_000, 1_000_000)).toEqual({
      outcome: 'POST_OVER_BY_TRANSFER',
      remaining: 600_000,
    });
  });
});

describe('which line an event-fed execution goes to', () => {
  const p1 = { _id: 'jeonbuk-2023-P1', purposeScope: ['STAGED'] };
  const p2 = { _id: 'jeonbuk-2023-P2', purposeScope: ['SMALL_FACILITY'] };
  it('takes the line scoped to the programme, else the one unscoped line, and says why when it cannot', () => {
    expect(pickLine([p1, p2], 'SMALL_FACILITY')).toMatchObject({ ok: true, line: p2 });
    expect(pickLine([p1, p2], 'LABOR')).toEqual({ ok: false, code: 'NO_BUDGET_LINE', candidates: [] });
    expect(pickLine([{ _id: 'm18' }], 'BOARD')).toMatchObject({ ok: true, line: { _id: 'm18' } });
    // A kind that only a line naming it may pay does not fall back on the unscoped line.
    expect(pickLine([{ _id: 'm18' }], 'HUMAN_RIGHTS', true)).toEqual({ ok: false, code: 'NO_BUDGET_LINE', candidates: [] });
    expect(pickLine([{ _id: 'm18' }, { _id: 'hr', purposeScope: ['HUMAN_RIGHTS'] }], 'HUMAN_RIGHTS', true)).toMatchObject({
      ok: true,
      line: { _id: 'hr' },
    });
    expect(pickLine([{ _id: 'a' }, { _id: 'b', purposeScope: [] }], null)).toEqual({
      ok: false,
      code: 'AMBIGUOUS_BUDGET_LINE',
      candidates: ['a', 'b'],
    });
  });
});

describe('attendance allowances (위원회 참석수당)', () => {
  it('pays the committees M18 prices, at attendees × 100천원: the plan’s 이사회 line is 46 attendances = 4,600천원', () => {
    for (const kind of ['BOARD', 'PERSONNEL', 'ADVISORY', 'ESG', 'GRIEVANCE']) expect([kind, paysAllowance(kind)]).toEqual([kind, true]);
    expect(paysAllowance('OPERATING')).toBe(false);
    // 인권경영위원회: paid (P14/P15 print 회의수당), but only from a line that names it, never from M18.
    expect(paysAllowance('HUMAN_RIGHTS')).toBe(true);
    expect(allowanceNeedsScopedLine('HUMAN_RIGHTS')).toBe(true);
    expect(allowanceNeedsScopedLine('BOARD')).toBe(false);
    // 이사회 100천원 × 9.2명 × 5회 (L1315): four meetings of 9 and one of 10.
    const board = [9, 9, 9, 9, 10].reduce((s, n) => s + attendanceAllowance(n, 100_000), 0);
    expect(board).toBe(4_600_000);
    expect(Number.isSafeInteger(board)).toBe(true);
  });
});

describe('funding shares (재원)', () => {
  it('splits the 지원단’s 380,000천원 50/50 국비/시비 in whole won that add up', () => {
    const shares = SUPPORT_GROUP_LINE.fundingShares ?? [];
    expect(validateShares(shares).ok).toBe(true);
    expect(splitByShares(380_000_000, shares)).toEqual([
      { source: 'NATIONAL', percent: 50, amount: 190_000_000 },
      { source: 'CITY', percent: 50, amount: 190_000_000 },
    ]);
    const odd = splitByShares(1_001, [
      { source: 'NATIONAL', percent: 30 },
      { source: 'PROVINCIAL', percent: 70 },
    ]);
    expect(odd.reduce((s, p) => s + p.amount, 0)).toBe(1_001);
    expect(odd.every((p) => Number.isInteger(p.amount))).toBe(true);
    expect(validateShares([{ source: 'NATIONAL', percent: 60 }]).ok).toBe(false);
    expect(
      validateShares([
        { source: 'CITY', percent: 50 },
        { source: 'CITY', percent: 50 },
      ]).ok,
    ).toBe(false);
  });
});

describe('execution by month', () => {
  it('sums by month in order with the cumulative rate', () => {
    expect(
      monthlyExecution(80_000_000, [
        { amount: 52_000, spentOn: '2023-09-01' },
        { amount: 104_000, spentOn: '2023-08-20' },
        { amount: 52_000, spentOn: '2023-08-02' },
      ]),
    ).toEqual([
      { month: '2023-08', executed: 156_000, cumulative: 156_000, cumulativeRate: 156_000 / 80_000_000 },
      { month: '2023-09', executed: 52_000, cumulative: 208_000, cumulativeRate: 208_000 / 80_000_000 },
    ]);
  });
});

import { compareBudgets, summarizePrograms, validationReport } from './reports';
import type { BudgetLineDoc } from './models';

describe('reports', () => {
  const doc = (l: RegisterBudgetLineInput_): BudgetLineDoc => ({
    _id: l.id,
    agencyId: l.agencyId,
    fiscalYear: l.fiscalYear,
    programCode: l.programCode,
    name: l.name,
    fundingSource: l.fundingSource,
    purpose: l.purpose,
    amount: l.amountThousandKRW * 1000,
    items: LINE_ITEMS.filter((i) => i.programCode === l.programCode).map((i) => ({
      seq: i.seq,
      category: i.category,
      description: i.description,
      factors: i.factors,
      stated: Math.round(i.statedThousandKRW * 1000),
      note: null,
    })),
    team: l.team ?? null,
    fundingShares: l.fundingShares ?? [],
  });

  it('sums program budgets by team and 재원, splitting executions by the line’s shares', () => {
    const s = summarizePrograms([...BUDGET_LINES, SUPPORT_GROUP_LINE].map(doc), [
      { budgetLineId: 'seoul-2021-support-group', amount: 1_001, spentOn: '2021-03-02' },
    ]);
    expect(s.total).toBe(1_311_565_000 + 380_000_000);
    expect(s.byTeam.find((t) => t.team === '종합재가센터')?.amount).toBe(97_005_000);
    expect(s.byTeam.find((t) => t.team === null)?.amount).toBe(380_000_000);
    const national = s.byFundingSource.find((f) => f.source === 'NATIONAL');
    const city = s.byFundingSource.find((f) => f.source === 'CITY');
    expect([national?.amount, city?.amount]).toEqual([190_000_000, 190_000_000]);
    expect((national?.executed ?? 0) + (city?.executed ?? 0)).toBe(1_001);
    expect(s.byMonth).toEqual([{ month: '2021-03', executed: 1_001, cumulative: 1_001, cumulativeRate: 1_001 / s.total }]);
  });

  it('reports the 12 slips and no line whose items miss its amount', () => {
    const r = validationReport(BUDGET_LINES.map(doc));
    expect(r.mismatches).toHaveLength(12);
    expect(r.linesNotMatchingItems).toEqual([]);
    expect(r.mismatches.find((m) => m.programCode === 'C2' && m.seq === 1)).toMatchObject({ stated: 48_000, computed: 60_000 });
  });

  it('compares Seoul 2019 → 2020: +40,646,256천원 on each side', () => {
    const entries = (year: 2019 | 2020) =>
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
    const c = compareBudgets(entries(2019), entries(2020));
    expect([c.revenueChange, c.expenditureChange]).toEqual([40_646_256_000, 40_646_256_000]);
    expect(c.accounts.filter((a) => a.changeMatchesReported === false).map((a) => a.code)).toEqual(['R1', 'E3-2']);
  });
});

type RegisterBudgetLineInput_ = import('./domain').RegisterBudgetLineInput;

describe('미편성 집행 (unbudgeted executions)', () => {
  it('counts them by reason, totals the known amounts in integer 원 and counts the unpriced apart', () => {
    const s = summarizeUnbudgeted([
      { amount: 300_000, reason: 'NO_BUDGET_LINE' },
      { amount: 500_000, reason: 'NO_BUDGET_LINE' },
      { amount: null, reason: 'NO_RATE' },
      { amount: 52_000, reason: 'AMBIGUOUS_BUDGET_LINE' },
    ]);
    expect(s).toEqual({
      count: 4,
      total: 852_000,
      unpricedCount: 1,
      byReason: [
        { reason: 'NO_BUDGET_LINE', count: 2, amount: 800_000 },
        { reason: 'AMBIGUOUS_BUDGET_LINE', count: 1, amount: 52_000 },
        { reason: 'NO_RATE', count: 1, amount: 0 },
      ],
    });
    expect(Number.isSafeInteger(s.total)).toBe(true);
    expect(summarizeUnbudgeted([])).toEqual({ count: 0, total: 0, unpricedCount: 0, byReason: [] });
  });
});

import { budgetId, budgetStanding, nextRevision, versionsInOrder, type FiscalYearBudgetDoc } from './fiscal-year';

describe('numbered revisions (1차, 2차 수정예산)', () => {
  const b = (
    version: 'ORIGINAL' | 'REVISED',
    revisionNo: number | null,
    status: FiscalYearBudgetDoc['status'],
    revisedOn: string | null = null,
  ) =>
    ({
      _id: budgetId('a', 2020, version, revisionNo),
      agencyId: 'a',
      year: 2020,
      version,
      revisionNo,
      revisedOn,
      status,
      approvedByResolutionId: null,
      accounts: [],
    }) as FiscalYearBudgetDoc;
  it('keeps the 1차 id of before numbering and numbers later ones', () => {
    expect([budgetId('a', 2020, 'ORIGINAL'), budgetId('a', 2020, 'REVISED', 1), budgetId('a', 2020, 'REVISED', 2)]).toEqual([
      'a:2020:ORIGINAL',
      'a:2020:REVISED',
      'a:2020:REVISED-2',
    ]);
  });
  it('derives the next revision from the latest budget, once it is approved, never dated before it', () => {
    const original = b('ORIGINAL', null, 'APPROVED');
    const first = b('REVISED', 1, 'APPROVED', '2020-09-30');
    expect(versionsInOrder([first, original]).map((x) => x._id)).toEqual(['a:2020:ORIGINAL', 'a:2020:REVISED']);
    // A revision stored before numbering (no revisionNo) reads as the 1차.
    const legacy = { ...first, revisionNo: undefined };
    expect(nextRevision([original, legacy], '2020-11-01')).toMatchObject({
      ok: true,
      value: { base: { _id: 'a:2020:REVISED' }, revisionNo: 2 },
    });
    expect(nextRevision([original], '2020-05-01')).toMatchObject({ ok: true, value: { base: { _id: 'a:2020:ORIGINAL' }, revisionNo: 1 } });
    const pending = nextRevision([original, first, b('REVISED', 2, 'SUBMITTED', '2020-11-01')], '2020-12-01');
    expect(pending.ok ? null : pending.error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'PREVIOUS_REVISION_NOT_APPROVED' });
    const draftOriginal = nextRevision([b('ORIGINAL', null, 'DRAFT')], '2020-05-01');
    expect(draftOriginal.ok ? null : draftOriginal.error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ORIGINAL_NOT_APPROVED' });
    const early = nextRevision([original, first], '2020-09-01');
    expect(early.ok ? null : early.error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'revisedOn' });
  });

  it('lets a year execute only while one of its budgets is APPROVED; a year without a fiscal-year budget keeps its lines', () => {
    // No fiscal-year budget kept (the Jeonbuk 2023 plan prints no account tree): the program lines are the authority.
    expect(budgetStanding([])).toEqual({ inForce: true, budgetId: null });
    // 예산 미성립: drafted or submitted, not approved by the board.
    expect(budgetStanding([b('ORIGINAL', null, 'DRAFT')])).toEqual({
      inForce: false,
      reason: 'BUDGET_NOT_APPROVED',
      budgetId: 'a:2020:ORIGINAL',
      status: 'DRAFT',
    });
    expect(budgetStanding([b('ORIGINAL', null, 'SUBMITTED')])).toMatchObject({
      inForce: false,
      reason: 'BUDGET_NOT_APPROVED',
      status: 'SUBMITTED',
    });
    // The approved original stays in force while a 수정예산 is drafted or submitted; the latest approved one is named.
    const original = b('ORIGINAL', null, 'APPROVED');
    expect(budgetStanding([original, b('REVISED', 1, 'SUBMITTED', '2020-09-30')])).toEqual({ inForce: true, budgetId: 'a:2020:ORIGINAL' });
    expect(budgetStanding([b('REVISED', 1, 'APPROVED', '2020-09-30'), original])).toEqual({ inForce: true, budgetId: 'a:2020:REVISED' });
    // A closed original superseded by an approved revision: the revision is in force.
    expect(budgetStanding([b('ORIGINAL', null, 'CLOSED'), b('REVISED', 1, 'APPROVED', '2020-09-30')])).toMatchObject({ inForce: true });
    // 마감: nothing approved left open.
    expect(budgetStanding([b('ORIGINAL', null, 'CLOSED')])).toEqual({
      inForce: false,
      reason: 'BUDGET_CLOSED',
      budgetId: 'a:2020:ORIGINAL',
      status: 'CLOSED',
    });
  });
});

import { executionBySource } from './domain';

describe('execution by source (a facility’s 집행)', () => {
  it('sums per source in integer 원, old rows without a source counting as dispatches', () => {
    expect(
      executionBySource([
        { amount: 52_000, source: 'CARE_VISIT' },
        { amount: 95_000 },
        { amount: 104_000, source: 'CARE_VISIT' },
        { amount: 95_000, source: 'DISPATCH' },
      ]),
    ).toEqual([
      { source: 'DISPATCH', amount: 190_000, count: 2 },
      { source: 'CARE_VISIT', amount: 156_000, count: 2 },
    ]);
    expect(executionBySource([])).toEqual([]);
  });
});

import { EXECUTION_SOURCES } from './domain';

describe('validateBudgetLine: what a client is told', () => {
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
  /** The refusal as a client sees it: the field in `extensions.field`, and the message. */
  const refusal = (patch: Partial<Parameters<typeof validateBudgetLine>[0]>) => {
    const r = validateBudgetLine({ ...input, ...patch });
    return r.ok ? 'accepted' : [r.error.extensions['field'], r.error.message];
  };

  it('names the field it refuses, in extensions.field and in the message', () => {
    expect(refusal({ id: '$where' })).toEqual(['id', 'id "$where" is not a valid id']);
    expect(refusal({ agencyId: 'a b' })).toEqual(['agencyId', 'agencyId "a b" is not a valid id']);
    expect(refusal({ fiscalYear: 1899 })).toEqual(['fiscalYear', 'fiscalYear must be an integer from 2000 to 2100']);
    expect(refusal({ programCode: '  ' })).toEqual(['programCode', 'programCode must not be empty']);
    expect(refusal({ name: 'x'.repeat(201) })).toEqual(['name', 'name must be at most 200 characters']);
    expect(refusal({ amountThousandKRW: -1 })).toEqual(['amountThousandKRW', 'amountThousandKRW must be an integer from 0 to 1000000000']);
    expect(refusal({ team: ' ' })).toEqual(['team', 'team must not be empty']);
  });

  it('team: trimmed, or null when not given', () => {
    const valid = (patch: Partial<Parameters<typeof validateBudgetLine>[0]>) => {
      const r = validateBudgetLine({ ...input, ...patch });
      if (!r.ok) throw r.error;
      return r.value;
    };
    expect(valid({ team: ' 돌봄지원팀 ' }).team).toBe('돌봄지원팀');
    expect(valid({ team: null }).team).toBeNull();
    expect(valid({}).team).toBeNull();
  });

  it('fundingShares: none (omitted, null or empty) is no shares; given ones are checked', () => {
    const sharesOfLine = (fundingShares: Parameters<typeof validateBudgetLine>[0]['fundingShares']) => {
      const r = validateBudgetLine({ ...input, fundingShares });
      return r.ok ? r.value.fundingShares : [r.error.extensions['field'], r.error.message];
    };
    expect(sharesOfLine(undefined)).toEqual([]);
    expect(sharesOfLine(null)).toEqual([]);
    expect(sharesOfLine([])).toEqual([]);
    const half = [
      { source: 'NATIONAL' as const, percent: 50 },
      { source: 'CITY' as const, percent: 50 },
    ];
    expect(sharesOfLine(half)).toEqual(half);
    expect(sharesOfLine([{ source: 'NATIONAL', percent: 60 }])).toEqual(['fundingShares', 'funding shares add up to 100%']);
  });

  it('purposeScope: codes, each once, in the order given; none is an empty scope', () => {
    const scopeOf = (purposeScope: string[] | null | undefined) => {
      const r = validateBudgetLine({ ...input, purposeScope });
      return r.ok ? r.value.purposeScope : [r.error.extensions['field'], r.error.message];
    };
    expect(scopeOf(undefined)).toEqual([]);
    expect(scopeOf(null)).toEqual([]);
    expect(scopeOf(['STAGED', 'HOME_CARE', 'STAGED', 'P7'])).toEqual(['STAGED', 'HOME_CARE', 'P7']);
    expect(scopeOf(['A'.repeat(40)])).toEqual(['A'.repeat(40)]);
    // Not a code: lower case, a leading digit or underscore, anything around the code, more than 40 characters.
    for (const bad of ['staged', 'Staged', '7DAYS', '_STAGED', 'xSTAGED', 'STAGED x', 'A'.repeat(41), '']) {
      expect(scopeOf(['STAGED', bad])).toEqual(['purposeScope', `purposeScope "${bad}" is a code such as STAGED`]);
    }
  });
});

describe('funding shares: refusals and the won left over', () => {
  const refusal = (s: Parameters<typeof validateShares>[0]) => {
    const r = validateShares(s);
    return r.ok ? 'accepted' : [r.error.extensions['field'], r.error.message];
  };

  it('each share is a whole percent from 1 to 100, even when they add up to 100', () => {
    expect(
      refusal([
        { source: 'NATIONAL', percent: 0 },
        { source: 'CITY', percent: 100 },
      ]),
    ).toEqual(['fundingShares', 'fundingShares must be an integer from 1 to 100']);
    expect(
      refusal([
        { source: 'NATIONAL', percent: 50.5 },
        { source: 'CITY', percent: 49.5 },
      ]),
    ).toEqual(['fundingShares', 'fundingShares must be an integer from 1 to 100']);
    expect(
      refusal([
        { source: 'CITY', percent: 50 },
        { source: 'CITY', percent: 50 },
      ]),
    ).toEqual(['fundingShares', 'a funding source appears once']);
    expect(refusal([{ source: 'NATIONAL', percent: 99 }])).toEqual(['fundingShares', 'funding shares add up to 100%']);
    expect(refusal([{ source: 'NATIONAL', percent: 100 }])).toBe('accepted');
  });

  it('gives the won left over to the largest shares first, and keeps the shares in their order', () => {
    // 1,003원 at 20/30/50%: floors 200 + 300 + 501 = 1,001, two won left over: one to the 50% share, one to the 30%.
    expect(
      splitByShares(1_003, [
        { source: 'CITY', percent: 20 },
        { source: 'PROVINCIAL', percent: 30 },
        { source: 'NATIONAL', percent: 50 },
      ]),
    ).toEqual([
      { source: 'CITY', percent: 20, amount: 200 },
      { source: 'PROVINCIAL', percent: 30, amount: 301 },
      { source: 'NATIONAL', percent: 50, amount: 502 },
    ]);
    // Equal shares: the first listed of them first. 1,002원 at 33/33/34%: 330 + 330 + 340, two won left over.
    expect(
      splitByShares(1_002, [
        { source: 'NATIONAL', percent: 33 },
        { source: 'PROVINCIAL', percent: 33 },
        { source: 'CITY', percent: 34 },
      ]).map((p) => p.amount),
    ).toEqual([331, 330, 341]);
  });
});

describe('executions and rates: the remaining cases', () => {
  it('derives each source’s execution id from its own prefix, so two sources never share an id', () => {
    const ids = EXECUTION_SOURCES.map((source) => executionId(source, 'x-1'));
    expect(ids).toEqual(['dispatch:x-1', 'consulting:x-1', 'care:x-1', 'meeting:x-1', 'inspection:x-1', 'voucher:x-1']);
  });

  it('a year without budget has a cumulative rate of 0, not Infinity', () => {
    expect(monthlyExecution(0, [{ amount: 52_000, spentOn: '2023-08-02' }])).toEqual([
      { month: '2023-08', executed: 52_000, cumulative: 52_000, cumulativeRate: 0 },
    ]);
  });

  it('prints the first factor, the unit price, in 천원 whatever unit it is labelled with', () => {
    expect(
      formulaOf([
        { value: 1_200, unit: '' },
        { value: 2, unit: '명' },
        { value: 9.5, unit: '회' },
      ]),
    ).toBe('1,200천원 × 2명 × 9.5회');
  });
});
