/**
 * Budgets' reports through the gateway, checked against the source documents' figures: program budgets by team
 * and 재원 (Jeonbuk 2023, 1,311,565천원; the Seoul 지원단 380,000천원 50/50 국비/시비), the 산출내역 validation
 * report (the plan's 12 slips), year-over-year change (Seoul 2019 → 2020), business-plan items with their budget
 * (federation), and a 수정예산 derived from an approved original (BudgetRevised).
 */
import { LINE_ITEMS, PROGRAM_TOTALS } from '../services/budgets/src/line-item-fixtures';
import { eventually, gql, header, ok, readTopic } from './support/client';

const thousand = (codes: (p: string) => boolean): number =>
  PROGRAM_TOTALS.filter((p) => codes(p.programCode)).reduce((s, p) => s + p.statedThousandKRW * 1000, 0);

describe('program budgets by team and funding source', () => {
  it('splits the Jeonbuk 2023 programs (1,311,565천원) by the plan’s teams and 재원', async () => {
    const d = await ok<{
      programBudgets: {
        lineCount: number;
        total: number;
        byTeam: { team: string; lineCount: number; amount: number; share: number }[];
        byFundingSource: { source: string; amount: number }[];
      };
    }>(
      `{ programBudgets(agencyId: "jeonbuk-pass", fiscalYear: 2023) { lineCount total byTeam { team lineCount amount share } byFundingSource { source amount } } }`,
    );
    const p = d.programBudgets;
    expect(p).toMatchObject({ lineCount: 30, total: 1_311_565_000 });
    const team = (name: string) => p.byTeam.find((t) => t.team === name);
    expect(team('경영기획팀')).toMatchObject({ lineCount: 2, amount: thousand((c) => c.startsWith('M')) });
    expect(team('시설지원팀')?.amount).toBe(thousand((c) => c.startsWith('S')));
    expect(team('종합재가센터')?.amount).toBe(97_005_000); // C1 112 + C2 3,393 + C4 10,500 + C5 80,000 + C6 3,000
    expect(p.byTeam.reduce((s, t) => s + t.amount, 0)).toBe(1_311_565_000);
    const source = Object.fromEntries(p.byFundingSource.map((s) => [s.source, s.amount]));
    // S12 특별회계 503,000; P17 도비 100% 400,000; C5 국비매칭 80,000; the rest name no source.
    expect(source).toEqual({
      SPECIAL_ACCOUNT: 503_000_000,
      PROVINCIAL: 400_000_000,
      UNSPECIFIED: 328_565_000,
      NATIONAL_MATCHING: 80_000_000,
    });
  });

  it('splits the 지원단’s 380백만원 50/50 국비/시비', async () => {
    const d = await ok<{
      programBudgets: { total: number; byFundingSource: { source: string; amount: number; share: number }[] };
      budgetLine: { fundingShares: { source: string; percent: number; amount: number }[] };
    }>(
      `{ programBudgets(agencyId: "seoul-pass", fiscalYear: 2021) { total byFundingSource { source amount share } }
         budgetLine(id: "seoul-2021-support-group") { fundingShares { source percent amount } } }`,
    );
    expect(d.programBudgets.total).toBe(380_000_000);
    expect(d.programBudgets.byFundingSource).toEqual([
      { source: 'CITY', amount: 190_000_000, share: 0.5 },
      { source: 'NATIONAL', amount: 190_000_000, share: 0.5 },
    ]);
    expect(d.budgetLine.fundingShares).toEqual([
      { source: 'NATIONAL', percent: 50, amount: 190_000_000 },
      { source: 'CITY', percent: 50, amount: 190_000_000 },
    ]);
    const bad = await gql(
      `mutation { registerBudgetLine(input: { id: "budgets-reports-bad", agencyId: "seoul-pass", fiscalYear: 2021, programCode: "x", name: "x", fundingSource: CITY, amountThousandKRW: 1, fundingShares: [{ source: CITY, percent: 60 }] }) { id } }`,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fundingShares' });
  });

  it('extends governance’s business-plan items with their budget, execution rate and team (federation)', async () => {
    const d = await ok<{
      budgetLines: {
        nodes: { programCode: string; team: string; businessPlanItem: { team: string; budget: number; statedBudgetThousandKRW: number } }[];
      };
      businessPlanItem: { budget: number; budgetExecutionRate: number; budgetLine: { executed: number } };
      m1: { budget: number | null; budgetExecutionRate: number | null };
    }>(
      `{ budgetLines(first: 100, agencyId: "jeonbuk-pass", fiscalYear: 2023) { nodes { programCode team businessPlanItem { team budget statedBudgetThousandKRW } } }
         businessPlanItem(id: "jeonbuk-2023-S12") { budget budgetExecutionRate budgetLine { executed } }
         m1: businessPlanItem(id: "jeonbuk-2023-M1") { budget budgetExecutionRate } }`,
    );
    for (const l of d.budgetLines.nodes) {
      expect([l.programCode, l.team]).toEqual([l.programCode, l.businessPlanItem.team]);
      expect([l.programCode, l.businessPlanItem.budget]).toEqual([l.programCode, l.businessPlanItem.statedBudgetThousandKRW * 1000]);
    }
    expect(d.businessPlanItem.budget).toBe(503_000_000);
    expect(d.businessPlanItem.budgetExecutionRate).toBeCloseTo(d.businessPlanItem.budgetLine.executed / 503_000_000, 12);
    expect(d.m1).toEqual({ budget: null, budgetExecutionRate: null }); // 비예산
  });
});

describe('the stated-vs-computed validation report', () => {
  it('lists the plan’s 12 arithmetic slips with both figures and finds every line adding up', async () => {
    const d = await ok<{
      budgetValidationReport: {
        lineCount: number;
        itemCount: number;
        statedTotal: number;
        mismatches: {
          programCode: string;
          seq: number;
          stated: number;
          computed: number;
          difference: number;
          budgetLine: { id: string };
        }[];
        linesNotMatchingItems: { id: string }[];
      };
    }>(
      `{ budgetValidationReport(agencyId: "jeonbuk-pass", fiscalYear: 2023) { lineCount itemCount statedTotal mismatches { programCode seq stated computed difference budgetLine { id } } linesNotMatchingItems { id } } }`,
    );
    const r = d.budgetValidationReport;
    expect(r).toMatchObject({ lineCount: 30, itemCount: LINE_ITEMS.length, statedTotal: 1_311_565_000, linesNotMatchingItems: [] });
    expect(r.mismatches.map((m) => `${m.programCode}#${m.seq}`).sort()).toEqual(
      ['S7#4', 'S10#2', 'S11#1', 'P3#1', 'P5#4', 'P5#5', 'P5#6', 'P12#1', 'C2#1', 'C2#2', 'C4#1', 'C5#4'].sort(),
    );
    // C2: 4천원×5명×3회 printed 48 (L3721); S11 "1,075,000"(sic)×2 printed 2,150 (L2275); C4 202×52 printed 10,500 (L3862).
    const find = (code: string, seq: number) => r.mismatches.find((m) => m.programCode === code && m.seq === seq);
    expect(find('C2', 1)).toMatchObject({ stated: 48_000, computed: 60_000, difference: -12_000, budgetLine: { id: 'jeonbuk-2023-C2' } });
    expect(find('S11', 1)).toMatchObject({ stated: 2_150_000, computed: 2_150_000_000 });
    expect(find('C4', 1)).toMatchObject({ stated: 10_500_000, computed: 10_504_000, difference: -4_000 });
  });
});

describe('year-over-year change', () => {
  it('compares the Seoul 2019 and 2020 budgets account by account and keeps the two printed 증감 that do not fit', async () => {
    const d = await ok<{
      budgetComparison: {
        revenueChange: number;
        expenditureChange: number;
        accounts: {
          code: string;
          fromAmount: number;
          toAmount: number;
          change: number;
          changeRate: number | null;
          changeMatchesReported: boolean | null;
          reportedChange: number | null;
        }[];
      };
    }>(
      `{ budgetComparison(agencyId: "seoul-pass", fromYear: 2019, toYear: 2020) { revenueChange expenditureChange accounts { code fromAmount toAmount change changeRate reportedChange changeMatchesReported } } }`,
    );
    const c = d.budgetComparison;
    // 48,800,299 − 8,154,043 = 40,646,256천원 (000 L336–447).
    expect(c.revenueChange).toBe(40_646_256_000);
    expect(c.expenditureChange).toBe(40_646_256_000);
    const acc = (code: string) => c.accounts.find((a) => a.code === code);
    expect(acc('E3')).toMatchObject({
      fromAmount: 2_985_789_000,
      toAmount: 32_721_908_000,
      change: 29_736_119_000,
      changeMatchesReported: true,
    });
    expect(acc('E5')).toMatchObject({ change: -1_000_000_000, changeRate: -1 });
    expect(acc('R1-2')?.changeRate).toBeNull(); // 어린이집 수익: nothing in 2019
    expect(c.accounts.filter((a) => a.changeMatchesReported === false).map((a) => a.code)).toEqual(['R1', 'E3-2']);
    expect(
      (await ok<{ budgetComparison: null }>(`{ budgetComparison(agencyId: "seoul-pass", fromYear: 2019, toYear: 2031) { toYear } }`))
        .budgetComparison,
    ).toBeNull();
  });
});

describe('수정예산 (revised budget)', () => {
  it('derives a revision from the approved original only, and publishes BudgetRevised when it is approved', async () => {
    const DRAFT = `mutation { draftBudget(input: { agencyId: "seoul-pass", year: 2020, version: REVISED, revisedOn: "2020-09-30" }) { id status accounts { code } totals { revenue } } }`;
    expect((await gql(DRAFT)).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ORIGINAL_NOT_APPROVED' });

    await ok(
      `mutation { registerCommittee(input: { id: "budgets-reports-board", agencyId: "seoul-pass", name: "이사회", kind: BOARD, memberCount: 11, plannedMeetingsPerYear: 4 }) { id } }`,
    );
    await ok(
      `mutation { recordMeeting(input: { id: "budgets-reports-board-2020-1", committeeId: "budgets-reports-board", heldOn: "2020-03-20", attendees: 9 }) { quorate } }`,
    );
    await ok(
      `mutation { recordResolution(input: { id: "budgets-reports-2020-budget", meetingId: "budgets-reports-board-2020-1", title: "2020년 예산 승인", votesFor: 9, votesAgainst: 0, abstentions: 0 }) { outcome } }`,
    );
    const APPROVE = `mutation($id: ID!) { approveBudget(id: $id, resolutionId: "budgets-reports-2020-budget") { status } }`;
    await eventually('budgets to learn of the resolution', async () => {
      const r = await gql(APPROVE, { id: 'seoul-pass:2020:ORIGINAL' });
      return r.errors?.[0]?.extensions?.code === 'NOT_FOUND' ? undefined : r;
    });

    const revised = (await ok<{ draftBudget: { status: string; accounts: { code: string }[]; totals: { revenue: number } } }>(DRAFT))
      .draftBudget;
    expect(revised.status).toBe('DRAFT');
    expect(revised.totals.revenue).toBe(48_800_299_000); // starts as the approved original
    expect(revised.accounts).toHaveLength(20);
    // A balanced revision: 출연금 and 예비비 both up by 100,000천원.
    const ACC = `mutation($a: BudgetAccountInput!) { setBudgetAccount(budgetId: "seoul-pass:2020:REVISED", account: $a) { totals { revenue expenditure balanced } } }`;
    await ok(ACC, { a: { code: 'R2-2', parentCode: 'R2', side: 'REVENUE', name: '출연금', amountThousandKRW: 36_110_619 } });
    const t = await ok<{ setBudgetAccount: { totals: { revenue: number; balanced: boolean } } }>(ACC, {
      a: { code: 'E4', parentCode: 'E', side: 'EXPENDITURE', name: '예비비', amountThousandKRW: 100_000 },
    });
    expect(t.setBudgetAccount.totals).toEqual({ revenue: 48_900_299_000, expenditure: 48_900_299_000, balanced: true });
    await ok(`mutation { submitBudget(id: "seoul-pass:2020:REVISED") { status } }`);
    expect((await ok<{ approveBudget: { status: string } }>(APPROVE, { id: 'seoul-pass:2020:REVISED' })).approveBudget.status).toBe(
      'APPROVED',
    );

    const events = await readTopic('budgets.fiscal-year', (ms) =>
      ms.some((m) => m.key?.toString() === 'seoul-pass:2020:REVISED' && header(m, 'ce_type') === 'pass.budgets.BudgetRevised.v1'),
    );
    const revisedEvent = events.find((m) => header(m, 'ce_type') === 'pass.budgets.BudgetRevised.v1');
    expect(JSON.parse(revisedEvent?.value?.toString() ?? '{}')).toEqual({
      budgetId: 'seoul-pass:2020:REVISED',
      originalBudgetId: 'seoul-pass:2020:ORIGINAL',
      agencyId: 'seoul-pass',
      year: 2020,
      revisedOn: '2020-09-30',
      originalRevenueKRW: 48_800_299_000,
      originalExpenditureKRW: 48_800_299_000,
      revenueKRW: 48_900_299_000,
      expenditureKRW: 48_900_299_000,
      resolutionId: 'budgets-reports-2020-budget',
      revisionNo: 1,
      previousBudgetId: 'seoul-pass:2020:ORIGINAL',
      previousRevenueKRW: 48_800_299_000,
      previousExpenditureKRW: 48_800_299_000,
    });
  });

  it('numbers revisions (1차, 2차 추경): the 2차 derives from the approved 1차, only once it is approved, and replaces it', async () => {
    // Runs after the 1차 above was approved.
    const DRAFT = `mutation($on: Date!) { draftBudget(input: { agencyId: "seoul-pass", year: 2020, version: REVISED, revisedOn: $on }) { id revisionNo status totals { revenue } } }`;
    expect((await gql(DRAFT, { on: '2020-09-01' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'revisedOn' });
    const second = (await ok<{ draftBudget: Record<string, unknown> }>(DRAFT, { on: '2020-11-20' })).draftBudget;
    expect(second).toEqual({ id: 'seoul-pass:2020:REVISED-2', revisionNo: 2, status: 'DRAFT', totals: { revenue: 48_900_299_000 } });
    // A 3차 waits for the 2차's approval.
    expect((await gql(DRAFT, { on: '2020-12-01' })).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'PREVIOUS_REVISION_NOT_APPROVED',
      budgetId: 'seoul-pass:2020:REVISED-2',
    });
    const ACC = `mutation($a: BudgetAccountInput!) { setBudgetAccount(budgetId: "seoul-pass:2020:REVISED-2", account: $a) { totals { revenue expenditure balanced } } }`;
    await ok(ACC, { a: { code: 'R2-2', parentCode: 'R2', side: 'REVENUE', name: '출연금', amountThousandKRW: 36_160_619 } });
    await ok(ACC, { a: { code: 'E4', parentCode: 'E', side: 'EXPENDITURE', name: '예비비', amountThousandKRW: 150_000 } });
    await ok(`mutation { submitBudget(id: "seoul-pass:2020:REVISED-2") { status } }`);
    await ok(
      `mutation { recordMeeting(input: { id: "budgets-reports-board-2020-2", committeeId: "budgets-reports-board", heldOn: "2020-11-27", attendees: 10 }) { quorate } }`,
    );
    await ok(
      `mutation { recordResolution(input: { id: "budgets-reports-2020-budget-2", meetingId: "budgets-reports-board-2020-2", title: "2020년 2차 추가경정예산 승인", votesFor: 10, votesAgainst: 0, abstentions: 0 }) { outcome } }`,
    );
    const APPROVE = `mutation { approveBudget(id: "seoul-pass:2020:REVISED-2", resolutionId: "budgets-reports-2020-budget-2") { status } }`;
    await eventually('budgets to learn of the 2차 resolution', async () => {
      const r = await gql(APPROVE);
      return r.errors?.[0]?.extensions?.code === 'NOT_FOUND' ? undefined : r;
    });
    const list = await ok<{
      fiscalYearBudgets: { id: string; version: string; revisionNo: number | null; status: string; totals: { revenue: number } }[];
    }>(`{ fiscalYearBudgets(agencyId: "seoul-pass", year: 2020) { id version revisionNo status totals { revenue } } }`);
    expect(list.fiscalYearBudgets).toEqual([
      { id: 'seoul-pass:2020:ORIGINAL', version: 'ORIGINAL', revisionNo: null, status: 'APPROVED', totals: { revenue: 48_800_299_000 } },
      { id: 'seoul-pass:2020:REVISED', version: 'REVISED', revisionNo: 1, status: 'APPROVED', totals: { revenue: 48_900_299_000 } },
      { id: 'seoul-pass:2020:REVISED-2', version: 'REVISED', revisionNo: 2, status: 'APPROVED', totals: { revenue: 48_950_299_000 } },
    ]);
    const latest = `query($n: Int) { fiscalYearBudget(agencyId: "seoul-pass", year: 2020, version: REVISED, revisionNo: $n) { id } }`;
    expect((await ok<{ fiscalYearBudget: { id: string } }>(latest, {})).fiscalYearBudget.id).toBe('seoul-pass:2020:REVISED-2');
    expect((await ok<{ fiscalYearBudget: { id: string } }>(latest, { n: 1 })).fiscalYearBudget.id).toBe('seoul-pass:2020:REVISED');
    expect(
      (await gql(`{ fiscalYearBudget(agencyId: "seoul-pass", year: 2020, revisionNo: 1) { id } }`)).errors?.[0]?.extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'revisionNo',
    });

    const events = await readTopic('budgets.fiscal-year', (ms) =>
      ms.some((m) => m.key?.toString() === 'seoul-pass:2020:REVISED-2' && header(m, 'ce_type') === 'pass.budgets.BudgetRevised.v1'),
    );
    const revised = events.find(
      (m) => m.key?.toString() === 'seoul-pass:2020:REVISED-2' && header(m, 'ce_type') === 'pass.budgets.BudgetRevised.v1',
    );
    expect(JSON.parse(revised?.value?.toString() ?? '{}')).toEqual({
      budgetId: 'seoul-pass:2020:REVISED-2',
      originalBudgetId: 'seoul-pass:2020:ORIGINAL',
      agencyId: 'seoul-pass',
      year: 2020,
      revisedOn: '2020-11-20',
      originalRevenueKRW: 48_800_299_000,
      originalExpenditureKRW: 48_800_299_000,
      revenueKRW: 48_950_299_000,
      expenditureKRW: 48_950_299_000,
      resolutionId: 'budgets-reports-2020-budget-2',
      revisionNo: 2,
      previousBudgetId: 'seoul-pass:2020:REVISED',
      previousRevenueKRW: 48_900_299_000,
      previousExpenditureKRW: 48_900_299_000,
    });
  });
});
