/**
 * Fiscal-year budgets through the gateway: the Seoul account trees with computed parents and the
 * printed 증감 kept beside the computed one; approval only by an adopted board resolution and only
 * when revenue equals expenditure.
 */
import { SEOUL_BUDGET_TREE } from '../services/budgets/src/seed';
import { eventually, gql, ok } from './support/client';

type Account = {
  code: string;
  amount: number;
  change: number | null;
  reportedChange: number | null;
  changeMatchesReported: boolean | null;
};
type Budget = {
  fiscalYearBudget: { status: string; totals: { revenue: number; expenditure: number; balanced: boolean }; accounts: Account[] };
};
const BUDGET = `query($y: Int!) { fiscalYearBudget(agencyId: "seoul-pass", year: $y) { status totals { revenue expenditure balanced } accounts { code amount change reportedChange changeMatchesReported } } }`;

describe('program budget lines (산출내역)', () => {
  it('shows each line’s calculation, flags the plan’s arithmetic slips, and adds up to the line', async () => {
    const d = await ok<{
      budgetLines: {
        nodes: {
          programCode: string;
          amount: number;
          itemsStatedTotal: number;
          itemsMatchLine: boolean | null;
          items: { formula: string; stated: number; computed: number | null; matchesStated: boolean | null }[];
        }[];
      };
    }>(
      `{ budgetLines(first: 100, agencyId: "jeonbuk-pass", fiscalYear: 2023) { nodes { programCode amount itemsStatedTotal itemsMatchLine items { formula stated computed matchesStated } } } }`,
    );
    const lines = d.budgetLines.nodes;
    expect(lines).toHaveLength(30);
    expect(lines.reduce((s, l) => s + l.amount, 0)).toBe(1_311_565_000);
    expect(lines.every((l) => l.itemsMatchLine === true && l.itemsStatedTotal === l.amount)).toBe(true);
    const s11 = lines.find((l) => l.programCode === 'S11')?.items[0];
    expect(s11).toMatchObject({ stated: 2_150_000, computed: 2_150_000_000, matchesStated: false });
    const m18 = lines.find((l) => l.programCode === 'M18')?.items ?? [];
    expect(m18.every((i) => i.matchesStated === true)).toBe(true);
    const bad = await gql(
      `mutation { setBudgetLineItems(budgetLineId: "jeonbuk-2023-S11", items: [{ seq: 1, category: "x", description: "y", factors: [{ value: -1, unit: "명" }], statedThousandKRW: 1 }]) { id } }`,
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('fiscal-year budgets', () => {
  it('computes the Seoul trees and flags the printed 증감 that do not fit', async () => {
    const b19 = (await ok<Budget>(BUDGET, { y: 2019 })).fiscalYearBudget;
    const b20 = (await ok<Budget>(BUDGET, { y: 2020 })).fiscalYearBudget;
    expect(b19.totals).toEqual({ revenue: 8_154_043_000, expenditure: 8_154_043_000, balanced: true });
    expect(b20.totals).toEqual({ revenue: 48_800_299_000, expenditure: 48_800_299_000, balanced: true });
    // Every leaf as entered, every parent the sum of its children.
    for (const r of SEOUL_BUDGET_TREE) {
      const a = b20.accounts.find((x) => x.code === r.code);
      const children = SEOUL_BUDGET_TREE.filter((c) => c.parentCode === r.code).map(
        (c) => b20.accounts.find((x) => x.code === c.code)?.amount ?? 0,
      );
      expect([r.code, a?.amount]).toEqual([r.code, children.length ? children.reduce((s, n) => s + n, 0) : (r.y2020 ?? 0) * 1000]);
    }
    const flagged = b20.accounts.filter((a) => a.changeMatchesReported === false);
    expect(flagged.map((a) => [a.code, a.reportedChange, a.change])).toEqual([
      ['R1', 11_838_575_000, 11_814_575_000],
      ['E3-2', 27_589_389_000, 27_589_789_000],
    ]);
    expect(b20.accounts.find((a) => a.code === 'E')?.change).toBe(40_646_256_000);
  });

  it('approves only with an adopted board resolution of the agency, and only a balanced budget', async () => {
    const APPROVE = `mutation($r: ID!) { approveBudget(id: "seoul-pass:2019:ORIGINAL", resolutionId: $r) { status approvedByResolutionId } }`;
    expect((await gql(APPROVE, { r: 'no-such-resolution' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await ok(
      `mutation { registerCommittee(input: { id: "test-seoul-board", agencyId: "seoul-pass", name: "이사회", kind: BOARD, memberCount: 11, plannedMeetingsPerYear: 4 }) { id } }`,
    );
    await ok(
      `mutation { recordMeeting(input: { id: "test-seoul-board-2019-1", committeeId: "test-seoul-board", heldOn: "2019-03-20", attendees: 9 }) { quorate } }`,
    );
    await ok(
      `mutation { recordResolution(input: { id: "test-seoul-budget-2019", meetingId: "test-seoul-board-2019-1", title: "2019년 예산 승인", votesFor: 9, votesAgainst: 0, abstentions: 0 }) { outcome } }`,
    );
    const approved = await eventually('budgets to learn of the resolution', async () => {
      const r = await gql<{ approveBudget: { status: string; approvedByResolutionId: string } }>(APPROVE, { r: 'test-seoul-budget-2019' });
      return r.errors?.[0]?.extensions?.code === 'NOT_FOUND' ? undefined : r;
    });
    expect(approved.data?.approveBudget).toEqual({ status: 'APPROVED', approvedByResolutionId: 'test-seoul-budget-2019' });
    expect((await gql(APPROVE, { r: 'test-seoul-budget-2019' })).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      from: 'APPROVED',
    });

    // An unbalanced revision cannot be approved; a DRAFT's accounts change, a submitted one's do not.
    await ok(`mutation { draftBudget(input: { agencyId: "seoul-pass", year: 2019, version: REVISED, revisedOn: "2019-09-30" }) { id } }`);
    const ACC = `mutation($a: BudgetAccountInput!) { setBudgetAccount(budgetId: "seoul-pass:2019:REVISED", account: $a) { totals { balanced } } }`;
    await ok(ACC, { a: { code: 'R', side: 'REVENUE', name: '수입 계' } });
    await ok(ACC, { a: { code: 'R2-2', parentCode: 'R', side: 'REVENUE', name: '출연금', amountThousandKRW: 100 } });
    await ok(ACC, { a: { code: 'E', side: 'EXPENDITURE', name: '지출 계' } });
    const last = await ok<{ setBudgetAccount: { totals: { balanced: boolean } } }>(ACC, {
      a: { code: 'E4', parentCode: 'E', side: 'EXPENDITURE', name: '예비비', amountThousandKRW: 90 },
    });
    expect(last.setBudgetAccount.totals.balanced).toBe(false);
    expect(
      (await gql(ACC, { a: { code: 'R', side: 'REVENUE', name: '수입 계', amountThousandKRW: 5 } })).errors?.[0]?.extensions?.field,
    ).toBe('amountThousandKRW');
    expect(
      (await gql(ACC, { a: { code: 'E9', parentCode: 'R', side: 'EXPENDITURE', name: 'x', amountThousandKRW: 1 } })).errors?.[0]?.extensions
        ?.field,
    ).toBe('side');
    await ok(`mutation { submitBudget(id: "seoul-pass:2019:REVISED") { status } }`);
    expect(
      (await gql(ACC, { a: { code: 'E5', parentCode: 'E', side: 'EXPENDITURE', name: '기본재산', amountThousandKRW: 10 } })).errors?.[0]
        ?.extensions,
    ).toMatchObject({ code: 'CONFLICT', reason: 'NOT_DRAFT' });
    const unbalanced = await gql(
      `mutation { approveBudget(id: "seoul-pass:2019:REVISED", resolutionId: "test-seoul-budget-2019") { status } }`,
    );
    expect(unbalanced.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'UNBALANCED' });
  });
});
