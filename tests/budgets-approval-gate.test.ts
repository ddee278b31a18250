/**
 * Executions tied to the fiscal-year budget (회계연도 예산): where an agency keeps a FiscalYearBudget for a year,
 * nothing is executed in that year unless one of its budgets is APPROVED by the board. Vouchers answer CONFLICT
 * (BUDGET_NOT_APPROVED, BUDGET_CLOSED) and write nothing; event-fed costs are recorded 미편성 with that reason (never
 * dead-lettered) and settled by finance once the budget is approved. A year without a fiscal-year budget (the
 * Jeonbuk plan prints no account tree) keeps its program lines as the authority.
 *
 * Also: a P7 safety inspection's 안전점검수당 (InspectionCompleted with the agency) lands once on the agency's
 * safety-inspection line. This file's own year (2036) and ids start with `budgets-gate-`.
 */
import { randomUUID } from 'node:crypto';
import { envelope, eventually, gql, header, ok, readAll, readTopic, send } from './support/client';
import { settled } from './support/settled';

const AGENCY = 'jeonbuk-pass';
const YEAR = 2036;
const BUDGET = `${AGENCY}:${YEAR}:ORIGINAL`;

const inspection = (inspectionId: string, inspectedOn: string, extra: Record<string, unknown> = {}) => ({
  inspectionId,
  providerId: 'jb-provider-iksan-01',
  district: '익산시',
  kind: 'SAFETY',
  safetyAreas: ['FIRE', 'ELECTRICAL', 'GAS'],
  inspectedOn,
  actions: [{ findingNo: 1, action: 'NONE', amountKRW: null }],
  feeTier: 'FULL',
  feeKRW: 400_000,
  agencyId: AGENCY,
  ...extra,
});

interface Line {
  executed: number;
  expenditures: { nodes: { id: string; amount: number; source: string; sourceId: string }[] };
}
const LINE = `query($id: ID!) { budgetLine(id: $id) { executed expenditures(first: 100) { nodes { id amount source sourceId } } } }`;
const line = async (id: string): Promise<Line> => (await ok<{ budgetLine: Line }>(LINE, { id })).budgetLine;

const REGISTER = `mutation($input: RegisterBudgetLineInput!) { registerBudgetLine(input: $input) { id } }`;
async function registerLine(code: string, thousandKRW: number, purpose: string): Promise<string> {
  const id = `budgets-gate-${YEAR}-${code}`;
  await ok(REGISTER, {
    input: {
      id,
      agencyId: AGENCY,
      fiscalYear: YEAR,
      programCode: code,
      name: `test ${code}`,
      fundingSource: 'UNSPECIFIED',
      purpose,
      amountThousandKRW: thousandKRW,
    },
  });
  return id;
}

const POST = `mutation($i: PostExecutionInput!) { postExecution(input: $i) { id amount } }`;
const voucher = (lineId: string, no: string, amount = 100_000) => ({
  budgetLineId: lineId,
  voucherNo: `budgets-gate-${no}`,
  amount,
  spentOn: `${YEAR}-03-02`,
  payee: '안전점검단',
});

const REPORT = `query { unbudgetedExecutions(agencyId: "${AGENCY}", fiscalYear: ${YEAR}) {
  count total byReason { reason count amount } executions { id reason purpose key amount source sourceId candidateLines { id } } } }`;
type Report = {
  count: number;
  total: number;
  byReason: { reason: string; count: number; amount: number }[];
  executions: { id: string; reason: string; amount: number | null; candidateLines: { id: string }[] }[];
};
const report = async (): Promise<Report> => (await ok<{ unbudgetedExecutions: Report }>(REPORT)).unbudgetedExecutions;

describe('executions and the fiscal-year budget (예산 성립 전 집행 금지)', () => {
  let general: string;
  let allowance: string;
  let safety: string;

  beforeAll(async () => {
    general = await registerLine('S1', 800, 'GENERAL');
    allowance = await registerLine('M18', 12_600, 'COMMITTEE_ALLOWANCE');
    safety = await registerLine('P7', 14_600, 'SAFETY_INSPECTION');
  });

  it('posts against the lines of a year without a fiscal-year budget (the plan’s lines are the authority)', async () => {
    expect((await ok<{ postExecution: unknown }>(POST, { i: voucher(general, '0001') })).postExecution).toEqual({
      id: 'voucher:budgets-gate-0001',
      amount: 100_000,
    });
  });

  it('refuses a voucher while the year’s budget is only drafted or submitted, and writes nothing', async () => {
    await ok(`mutation { draftBudget(input: { agencyId: "${AGENCY}", year: ${YEAR} }) { id } }`);
    const refused = await gql(POST, { i: voucher(general, '0002') });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'BUDGET_NOT_APPROVED',
      budgetId: BUDGET,
      status: 'DRAFT',
    });
    const ACC = `mutation($a: BudgetAccountInput!) { setBudgetAccount(budgetId: "${BUDGET}", account: $a) { totals { balanced } } }`;
    await ok(ACC, { a: { code: 'R', side: 'REVENUE', name: '수입 계', amountThousandKRW: 1_000 } });
    await ok(ACC, { a: { code: 'E', side: 'EXPENDITURE', name: '지출 계', amountThousandKRW: 1_000 } });
    await ok(`mutation { submitBudget(id: "${BUDGET}") { status } }`);
    expect((await gql(POST, { i: voucher(general, '0002') })).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'BUDGET_NOT_APPROVED',
      status: 'SUBMITTED',
    });
    const l = await line(general);
    expect(l.executed).toBe(100_000);
    expect(l.expenditures.nodes.map((e) => e.id)).toEqual(['voucher:budgets-gate-0001']);
  });

  it('records event-fed costs of an unapproved year 미편성 (BUDGET_NOT_APPROVED), once, naming the line, never dead-lettered', async () => {
    // The board meeting that will approve the budget is itself paid (M18): its allowance arrives before approval.
    await ok(
      `mutation { recordMeeting(input: { id: "budgets-gate-board-${YEAR}-1", committeeId: "jeonbuk-pass-board", heldOn: "${YEAR}-02-10", attendees: 7 }) { quorate } }`,
    );
    const early = envelope(
      'consulting',
      'pass.consulting.InspectionCompleted.v1',
      'budgets-gate-insp-1',
      inspection('budgets-gate-insp-1', `${YEAR}-02-20`),
    );
    await send('consulting.inspection', early, early, { ...early, headers: { ...early.headers, ce_id: randomUUID() } });
    const r = await eventually('the allowance and the inspection fee recorded 미편성', async () => {
      const x = await report();
      return x.count >= 2 ? x : undefined;
    });
    await settled();
    expect(await report()).toEqual(r);
    expect(r.executions).toEqual([
      {
        id: `meeting:budgets-gate-board-${YEAR}-1`,
        reason: 'BUDGET_NOT_APPROVED',
        purpose: 'COMMITTEE_ALLOWANCE',
        key: 'BOARD',
        amount: 700_000,
        source: 'MEETING_ALLOWANCE',
        sourceId: `budgets-gate-board-${YEAR}-1`,
        candidateLines: [{ id: allowance }],
      },
      {
        id: 'inspection:budgets-gate-insp-1',
        reason: 'BUDGET_NOT_APPROVED',
        purpose: 'SAFETY_INSPECTION',
        key: null,
        amount: 400_000,
        source: 'SAFETY_INSPECTION',
        sourceId: 'budgets-gate-insp-1',
        candidateLines: [{ id: safety }],
      },
    ]);
    expect(r).toMatchObject({ count: 2, total: 1_100_000, byReason: [{ reason: 'BUDGET_NOT_APPROVED', count: 2, amount: 1_100_000 }] });
    expect((await line(allowance)).executed).toBe(0);
    expect((await line(safety)).executed).toBe(0);
    // Settling before approval is refused the same way.
    const ASSIGN = `mutation($id: ID!, $line: ID!) { assignUnbudgetedExecution(id: $id, budgetLineId: $line) { id amount source } }`;
    expect((await gql(ASSIGN, { id: 'inspection:budgets-gate-insp-1', line: safety })).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'BUDGET_NOT_APPROVED',
    });
    await settled();
    const dead = await readAll('dlq.budgets');
    expect(dead.filter((m) => ['budgets-gate-insp-1', 'jeonbuk-pass-board'].includes(m.key?.toString() ?? ''))).toEqual([]);
  });

  it('executes once the board approves the budget: settles the 미편성 costs and posts new ones, once per inspection', async () => {
    await ok(
      `mutation { recordResolution(input: { id: "budgets-gate-${YEAR}-budget", meetingId: "budgets-gate-board-${YEAR}-1", title: "${YEAR}년 예산 승인", votesFor: 7, votesAgainst: 0, abstentions: 0 }) { outcome } }`,
    );
    const APPROVE = `mutation { approveBudget(id: "${BUDGET}", resolutionId: "budgets-gate-${YEAR}-budget") { status } }`;
    const approved = await eventually('budgets to learn of the resolution', async () => {
      const r = await gql<{ approveBudget: { status: string } }>(APPROVE);
      return r.errors?.[0]?.extensions?.code === 'NOT_FOUND' ? undefined : r;
    });
    expect(approved.data?.approveBudget).toEqual({ status: 'APPROVED' });
    const approvals = await readTopic('budgets.fiscal-year', (ms) =>
      ms.some((m) => m.key?.toString() === BUDGET && header(m, 'ce_type') === 'pass.budgets.BudgetApproved.v1'),
    );
    const approval = approvals.filter((m) => m.key?.toString() === BUDGET && header(m, 'ce_type') === 'pass.budgets.BudgetApproved.v1');
    expect(approval).toHaveLength(1);
    expect(JSON.parse(approval[0]!.value!.toString())).toMatchObject({
      budgetId: BUDGET,
      agencyId: AGENCY,
      year: YEAR,
      version: 'ORIGINAL',
      revenueKRW: 1_000_000,
      expenditureKRW: 1_000_000,
      resolutionId: `budgets-gate-${YEAR}-budget`,
    });

    const ASSIGN = `mutation($id: ID!, $line: ID!) { assignUnbudgetedExecution(id: $id, budgetLineId: $line) { id amount source } }`;
    expect(
      (await ok<{ assignUnbudgetedExecution: unknown }>(ASSIGN, { id: 'inspection:budgets-gate-insp-1', line: safety }))
        .assignUnbudgetedExecution,
    ).toEqual({
      id: 'inspection:budgets-gate-insp-1',
      amount: 400_000,
      source: 'SAFETY_INSPECTION',
    });
    await ok(ASSIGN, { id: `meeting:budgets-gate-board-${YEAR}-1`, line: allowance });
    expect(await report()).toMatchObject({ count: 0, total: 0 });

    // New inspections post at once; a redelivery (or the same inspection under a new event id) does nothing; an
    // inspection of no agency (the Seoul table's kind) or without a fee posts nothing.
    const next = envelope(
      'consulting',
      'pass.consulting.InspectionCompleted.v1',
      'budgets-gate-insp-2',
      inspection('budgets-gate-insp-2', `${YEAR}-04-01`, { feeTier: 'BASIC', feeKRW: 100_000 }),
    );
    await send(
      'consulting.inspection',
      next,
      next,
      { ...next, headers: { ...next.headers, ce_id: randomUUID() } },
      envelope(
        'consulting',
        'pass.consulting.InspectionCompleted.v1',
        'budgets-gate-insp-3',
        inspection('budgets-gate-insp-3', `${YEAR}-04-02`, { agencyId: null }),
      ),
      envelope(
        'consulting',
        'pass.consulting.InspectionCompleted.v1',
        'budgets-gate-insp-4',
        inspection('budgets-gate-insp-4', `${YEAR}-04-03`, { feeTier: null, feeKRW: null }),
      ),
    );
    await eventually('the second inspection fee posted', async () => ((await line(safety)).executed > 400_000 ? true : undefined));
    await settled();
    const l = await line(safety);
    expect(l.expenditures.nodes).toEqual([
      { id: 'inspection:budgets-gate-insp-1', amount: 400_000, source: 'SAFETY_INSPECTION', sourceId: 'budgets-gate-insp-1' },
      { id: 'inspection:budgets-gate-insp-2', amount: 100_000, source: 'SAFETY_INSPECTION', sourceId: 'budgets-gate-insp-2' },
    ]);
    expect(l.executed).toBe(500_000);
    expect((await line(allowance)).executed).toBe(700_000);
    expect(await report()).toMatchObject({ count: 0 });
    expect((await ok<{ postExecution: { id: string } }>(POST, { i: voucher(general, '0003') })).postExecution.id).toBe(
      'voucher:budgets-gate-0003',
    );
  });

  it('refuses vouchers of a closed year and records late event-fed costs 미편성 (BUDGET_CLOSED)', async () => {
    await ok(`mutation { closeBudget(id: "${BUDGET}") { status } }`);
    expect((await gql(POST, { i: voucher(general, '0004') })).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'BUDGET_CLOSED',
      budgetId: BUDGET,
      status: 'CLOSED',
    });
    await send(
      'consulting.inspection',
      envelope(
        'consulting',
        'pass.consulting.InspectionCompleted.v1',
        'budgets-gate-insp-5',
        inspection('budgets-gate-insp-5', `${YEAR}-11-20`),
      ),
    );
    const r = await eventually('the late fee recorded 미편성', async () => {
      const x = await report();
      return x.count === 1 ? x : undefined;
    });
    expect(r.executions).toEqual([
      expect.objectContaining({ id: 'inspection:budgets-gate-insp-5', reason: 'BUDGET_CLOSED', amount: 400_000 }),
    ]);
    expect((await line(safety)).executed).toBe(500_000);
    expect((await line(general)).executed).toBe(200_000);
  });
});
