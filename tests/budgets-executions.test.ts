/**
 * Executions (집행) fed by other services' events, injected on their topics with the platform's envelope
 * (the producers are built elsewhere): consulting fees, care visits and committee attendance allowances land on
 * the agency's line of the year, once per fact however often the event arrives; the overrun rule refuses what a
 * line cannot pay unless it allows 전용; vouchers answer CONFLICT OVERRUN with what is left.
 *
 * The lines here are this file's own, in fiscal years no fixture uses (2031, 2032), so other test files' events
 * cannot move their figures. The Jeonbuk 2023 rate card stays in force in those years (versioned by year).
 */
import { randomUUID } from 'node:crypto';
import { envelope, eventually, gql, header, ok, readAll, readTopic, send } from './support/client';
import { settled } from './support/settled';

const AGENCY = 'jeonbuk-pass';
const YEAR = 2031;

const session = (sessionId: string, feeKRW: number, programmeCode = 'STAGED') => ({
  sessionId,
  caseId: 'budgets-executions-case-1',
  providerId: 'jb-provider-test',
  agencyId: AGENCY,
  programmeCode,
  heldOn: `${YEAR}-04-12`,
  hours: feeKRW / 100_000,
  consultantIds: ['jb-consultant-01'],
  hourlyFeeKRW: 100_000,
  feeKRW,
});

const visit = (visitId: string, deliveredOn: string) => ({
  visitId,
  recipientId: 'budgets-executions-rcp-1',
  agencyId: AGENCY,
  facilityId: null,
  workerId: 'jb-ecw-01',
  serviceType: 'EMERGENCY_CARE',
  district: '전주시',
  deliveredOn,
  hours: 3,
  unitPriceKRW: 52_000,
  unitHours: 3,
  amountKRW: 52_000,
});

const meeting = (meetingId: string, kind: string, attendees: number, heldOn = `${YEAR}-02-20`) => ({
  meetingId,
  committeeId: `budgets-executions-${kind.toLowerCase()}`,
  agencyId: AGENCY,
  kind,
  heldOn,
  attendees,
  quorate: true,
});

interface Line {
  amount: number;
  executed: number;
  remaining: number;
  overspent: boolean;
  transfersAllowed: boolean;
  expenditures: { nodes: { id: string; amount: number; source: string; sourceId: string; exceededLine: boolean }[] };
  rejectedExecutions: { nodes: { id: string; amount: number; remaining: number; source: string }[] };
  executionByMonth: { month: string; executed: number; cumulative: number; cumulativeRate: number }[];
}
const LINE = `query($id: ID!) { budgetLine(id: $id) { amount executed remaining overspent transfersAllowed
  expenditures(first: 100) { nodes { id amount source sourceId exceededLine } }
  rejectedExecutions(first: 100) { nodes { id amount remaining source } }
  executionByMonth { month executed cumulative cumulativeRate } } }`;
const line = async (id: string): Promise<Line> => (await ok<{ budgetLine: Line }>(LINE, { id })).budgetLine;

const REGISTER = `mutation($input: RegisterBudgetLineInput!) { registerBudgetLine(input: $input) { id } }`;
async function registerLine(
  code: string,
  thousandKRW: number,
  purpose: string,
  extra: Record<string, unknown> = {},
  year = YEAR,
): Promise<string> {
  const id = `budgets-executions-${year}-${code}`;
  await ok(REGISTER, {
    input: {
      id,
      agencyId: AGENCY,
      fiscalYear: year,
      programCode: code,
      name: `test ${code}`,
      fundingSource: 'UNSPECIFIED',
      purpose,
      amountThousandKRW: thousandKRW,
      ...extra,
    },
  });
  return id;
}

describe('rate card (단가표)', () => {
  it('answers the Jeonbuk 2023 card for 2023 and for later years until a newer card, none before', async () => {
    const Q = `query($y: Int!) { rateCard(agencyId: "jeonbuk-pass", year: $y) { year rates { code } rate(code: "COMMITTEE_ATTENDANCE") { name unitPrice unitPriceThousandKRW per } } }`;
    const card = (await ok<{ rateCard: { year: number; rates: { code: string }[]; rate: Record<string, unknown> } }>(Q, { y: 2023 }))
      .rateCard;
    expect(card.rate).toEqual({ name: '위원회 참석수당', unitPrice: 100_000, unitPriceThousandKRW: 100, per: '인·회' });
    expect(card.rates.map((r) => r.code)).toEqual(expect.arrayContaining(['CONSULTING_HOURLY', 'CARE_VISIT']));
    expect((await ok<{ rateCard: { year: number } }>(Q, { y: YEAR })).rateCard.year).toBe(2023);
    expect((await ok<{ rateCard: null }>(Q, { y: 2022 })).rateCard).toBeNull();
    const bad = await gql(
      `mutation { setRateCard(input: { agencyId: "jeonbuk-pass", year: 2040, rates: [{ code: "x y", name: "n", unitPriceThousandKRW: 1, per: "회" }] }) { id } }`,
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('executions from events', () => {
  it('posts a consulting session’s fee once under duplicate delivery, refuses an overrun and keeps the attempt', async () => {
    const id = await registerLine('P1', 300, 'CONSULTING', { purposeScope: ['STAGED'] });
    const first = envelope(
      'consulting',
      'pass.consulting.ConsultingSessionHeld.v1',
      'budgets-executions-case-1',
      session('be-s1', 200_000),
    );
    // The same event twice, then the same fact under a new event id (a producer's retry after a crash).
    await send('consulting.consulting-case', first, first, { ...first, headers: { ...first.headers, ce_id: randomUUID() } });
    await eventually('the fee to be posted', async () => ((await line(id)).executed > 0 ? true : undefined));

    // 200,000원 posted of 300,000원: another 200,000원 session would overrun the line, which allows no 전용.
    const over = envelope('consulting', 'pass.consulting.ConsultingSessionHeld.v1', 'budgets-executions-case-1', session('be-s2', 200_000));
    await send('consulting.consulting-case', over, over);
    const overrun = await readTopic('budgets.budget-line', (ms) =>
      ms.some((m) => m.key?.toString() === id && JSON.parse(m.value?.toString() ?? '{}').executionId === 'consulting:be-s2'),
    );
    await settled();
    const l = await line(id);
    expect(l.expenditures.nodes).toEqual([
      { id: 'consulting:be-s1', amount: 200_000, source: 'CONSULTING_SESSION', sourceId: 'be-s1', exceededLine: false },
    ]);
    expect(l).toMatchObject({ amount: 300_000, executed: 200_000, remaining: 100_000, overspent: false });
    expect(l.rejectedExecutions.nodes).toEqual([
      { id: 'consulting:be-s2', amount: 200_000, remaining: 100_000, source: 'CONSULTING_SESSION' },
    ]);
    const event = overrun.filter((m) => JSON.parse(m.value?.toString() ?? '{}').executionId === 'consulting:be-s2');
    expect(new Set(event.map((m) => header(m, 'ce_id'))).size).toBe(1);
    expect(header(event[0]!, 'ce_type')).toBe('pass.budgets.BudgetLineOverrun.v1');
    expect(JSON.parse(event[0]!.value?.toString() ?? '{}')).toMatchObject({
      outcome: 'REJECTED',
      amountKRW: 200_000,
      remainingKRW: 100_000,
    });

    // The posted fee is an ExecutionPosted event, and the case shows its fees (ConsultingCase extended by budgets).
    const posted = await readTopic('budgets.execution', (ms) => ms.some((m) => m.key?.toString() === 'consulting:be-s1'));
    const mine = posted.filter((m) => m.key?.toString() === 'consulting:be-s1');
    expect(new Set(mine.map((m) => header(m, 'ce_id'))).size).toBe(1);
    expect(JSON.parse(mine[0]!.value?.toString() ?? '{}')).toMatchObject({
      budgetLineId: id,
      amountKRW: 200_000,
      source: 'CONSULTING_SESSION',
      consultingCaseId: 'budgets-executions-case-1',
      remainingKRW: 100_000,
      exceededLine: false,
    });
    const fees = await ok<{
      budgetLine: { expenditures: { nodes: { consultingCase: { id: string; fees: { total: number; sessionCount: number } } }[] } };
    }>(`query($id: ID!) { budgetLine(id: $id) { expenditures { nodes { consultingCase { id fees { total sessionCount } } } } } }`, { id });
    expect(fees.budgetLine.expenditures.nodes[0]?.consultingCase).toEqual({
      id: 'budgets-executions-case-1',
      fees: { total: 200_000, sessionCount: 1 },
    });
  });

  it('posts care visits at 돌봄제공단가 and, on a line with 전용, posts beyond the budget and flags it', async () => {
    const id = await registerLine('C5', 100, 'CARE_PROVISION', { transfersAllowed: true });
    const v1 = envelope(
      'care-services',
      'pass.care-services.CareVisitDelivered.v1',
      'budgets-executions-rcp-1',
      visit('be-v1', `${YEAR}-08-02`),
    );
    const v2 = envelope(
      'care-services',
      'pass.care-services.CareVisitDelivered.v1',
      'budgets-executions-rcp-1',
      visit('be-v2', `${YEAR}-09-01`),
    );
    await send('care-services.care-visit', v1, v2, v1);
    const l = await eventually('both visits', async () => {
      const x = await line(id);
      return x.expenditures.nodes.length === 2 ? x : undefined;
    });
    await settled();
    const final = await line(id);
    expect(final.expenditures.nodes.map((e) => [e.id, e.amount, e.exceededLine])).toEqual([
      ['care:be-v1', 52_000, false],
      ['care:be-v2', 52_000, true],
    ]);
    expect(final).toMatchObject({ executed: 104_000, remaining: -4_000, overspent: true, transfersAllowed: true });
    expect(final.rejectedExecutions.nodes).toEqual([]);
    expect(l.executionByMonth).toEqual([
      { month: `${YEAR}-08`, executed: 52_000, cumulative: 52_000, cumulativeRate: 0.52 },
      { month: `${YEAR}-09`, executed: 52_000, cumulative: 104_000, cumulativeRate: 1.04 },
    ]);
  });

  it('pays attendance allowances (attendees × 100천원) for the committees that pay them, once per meeting', async () => {
    const id = await registerLine('M18', 12_600, 'COMMITTEE_ALLOWANCE');
    const board = envelope('governance', 'pass.governance.MeetingHeld.v1', 'budgets-executions-board', meeting('be-board-1', 'BOARD', 9));
    await send(
      'governance.committee',
      board,
      board,
      envelope('governance', 'pass.governance.MeetingHeld.v1', 'budgets-executions-esg', meeting('be-esg-1', 'ESG', 6)),
      // 인권경영위원회 and 운영위원회: no allowance from this line (their 회의수당 sit in program lines, or nowhere;
      // the 인권경영위원회's is recorded 미편성, below).
      envelope('governance', 'pass.governance.MeetingHeld.v1', 'budgets-executions-hr', meeting('be-hr-1', 'HUMAN_RIGHTS', 5)),
      envelope('governance', 'pass.governance.MeetingHeld.v1', 'budgets-executions-op', meeting('be-op-1', 'OPERATING', 12)),
    );
    await eventually('both allowances', async () => ((await line(id)).expenditures.nodes.length === 2 ? true : undefined));
    await settled();
    const l = await line(id);
    // M18 prices 이사회 100천원 × 9명 and ESG위 100천원 × 6명 × 1회 = 600천원 (003 L1315, L1318).
    expect(l.expenditures.nodes.map((e) => [e.id, e.amount, e.source])).toEqual([
      ['meeting:be-board-1', 900_000, 'MEETING_ALLOWANCE'],
      ['meeting:be-esg-1', 600_000, 'MEETING_ALLOWANCE'],
    ]);
    expect(l.executed).toBe(1_500_000);
    expect(Number.isSafeInteger(l.executed)).toBe(true);
  });

  it('records 미편성 (unbudgeted) what no line of a budgeted year pays, once per fact, and reports it', async () => {
    // 2031 has this file's lines (P1 scoped STAGED, M18 unscoped …) but none for 노무 자문 sessions or 인권경영위원회.
    const labour = envelope('consulting', 'pass.consulting.ConsultingSessionHeld.v1', 'budgets-executions-case-labour', {
      ...session('be-labour-1', 300_000, 'LABOR'),
      caseId: 'budgets-executions-case-labour',
    });
    await send('consulting.consulting-case', labour, labour, { ...labour, headers: { ...labour.headers, ce_id: randomUUID() } });
    const REPORT = `query($y: Int!) { unbudgetedExecutions(agencyId: "jeonbuk-pass", fiscalYear: $y) {
      fiscalYear count total unpricedCount byReason { reason count amount }
      executions { id reason purpose key amount spentOn source sourceId payee candidateLines { id } consultingCase { id } } } }`;
    type Report = {
      count: number;
      total: number;
      unpricedCount: number;
      byReason: { reason: string; count: number; amount: number }[];
      executions: { id: string; reason: string; key: string; amount: number | null; candidateLines: { id: string }[] }[];
    };
    const report = async (y: number) => (await ok<{ unbudgetedExecutions: Report }>(REPORT, { y })).unbudgetedExecutions;
    const r = await eventually('the 노무 session and the 인권경영위원회 recorded 미편성', async () => {
      const x = await report(YEAR);
      return x.count >= 2 ? x : undefined;
    });
    await settled();
    const final = await report(YEAR);
    expect(final).toEqual(r);
    expect(final.executions).toEqual([
      {
        id: 'meeting:be-hr-1',
        reason: 'NO_BUDGET_LINE',
        purpose: 'COMMITTEE_ALLOWANCE',
        key: 'HUMAN_RIGHTS',
        amount: 500_000,
        spentOn: `${YEAR}-02-20`,
        source: 'MEETING_ALLOWANCE',
        sourceId: 'be-hr-1',
        payee: 'budgets-executions-human_rights',
        candidateLines: [],
        consultingCase: null,
      },
      {
        id: 'consulting:be-labour-1',
        reason: 'NO_BUDGET_LINE',
        purpose: 'CONSULTING',
        key: 'LABOR',
        amount: 300_000,
        spentOn: `${YEAR}-04-12`,
        source: 'CONSULTING_SESSION',
        sourceId: 'be-labour-1',
        payee: 'jb-consultant-01',
        candidateLines: [],
        consultingCase: { id: 'budgets-executions-case-labour' },
      },
    ]);
    expect(final).toMatchObject({
      count: 2,
      total: 800_000,
      unpricedCount: 0,
      byReason: [{ reason: 'NO_BUDGET_LINE', count: 2, amount: 800_000 }],
    });
    // Nothing of it reached a line or the dead-letter topic.
    await settled();
    const dead = await readAll('dlq.budgets');
    expect(dead.filter((m) => ['budgets-executions-case-labour', 'budgets-executions-hr'].includes(m.key?.toString() ?? ''))).toEqual([]);
  });

  it('lets finance settle a 미편성 execution against a line of its year, under the overrun rule, once', async () => {
    const ASSIGN = `mutation($id: ID!, $line: ID!) { assignUnbudgetedExecution(id: $id, budgetLineId: $line) {
      id amount source sourceId exceededLine budgetLine { id executed } consultingCase { id } } }`;
    const small = await registerLine('S5-small', 200, 'GENERAL');
    const s5 = await registerLine('S5', 9_460, 'GENERAL');
    const other = await registerLine('S5', 9_460, 'GENERAL', {}, 2035);
    const id = 'consulting:be-labour-1';
    expect((await gql(ASSIGN, { id, line: small })).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'OVERRUN',
      remaining: 200_000,
    });
    expect((await gql(ASSIGN, { id, line: other })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'budgetLineId',
    });
    expect((await gql(ASSIGN, { id, line: 'no-such-line' })).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect((await gql(ASSIGN, { id: 'consulting:no-such', line: s5 })).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    // Nothing was written by the refusals.
    expect((await line(small)).expenditures.nodes).toEqual([]);
    expect((await ok<{ assignUnbudgetedExecution: unknown }>(ASSIGN, { id, line: s5 })).assignUnbudgetedExecution).toEqual({
      id,
      amount: 300_000,
      source: 'CONSULTING_SESSION',
      sourceId: 'be-labour-1',
      exceededLine: false,
      budgetLine: { id: s5, executed: 300_000 },
      consultingCase: { id: 'budgets-executions-case-labour' },
    });
    expect((await gql(ASSIGN, { id, line: s5 })).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const left = await ok<{ unbudgetedExecutions: { count: number; executions: { id: string }[] } }>(
      `{ unbudgetedExecutions(agencyId: "jeonbuk-pass", fiscalYear: ${YEAR}) { count executions { id } } }`,
    );
    expect(left.unbudgetedExecutions).toEqual({ count: 1, executions: [{ id: 'meeting:be-hr-1' }] });
  });

  it('records an allowance without a rate (NO_RATE) 미편성 with no amount, naming the line', async () => {
    // 2021: before the Jeonbuk 2023 rate card took effect.
    const id = await registerLine('M18', 12_600, 'COMMITTEE_ALLOWANCE', {}, 2021);
    await send(
      'governance.committee',
      envelope(
        'governance',
        'pass.governance.MeetingHeld.v1',
        'budgets-executions-board-2021',
        meeting('be-board-2021', 'BOARD', 7, '2021-03-02'),
      ),
    );
    const r = await eventually('the 2021 allowance recorded', async () => {
      const x = (
        await ok<{ unbudgetedExecutions: { count: number; unpricedCount: number; total: number; executions: unknown[] } }>(
          `{ unbudgetedExecutions(agencyId: "jeonbuk-pass", fiscalYear: 2021) { count unpricedCount total executions { id reason amount candidateLines { id } } } }`,
        )
      ).unbudgetedExecutions;
      return x.count === 1 ? x : undefined;
    });
    expect(r).toEqual({
      count: 1,
      unpricedCount: 1,
      total: 0,
      executions: [{ id: 'meeting:be-board-2021', reason: 'NO_RATE', amount: null, candidateLines: [{ id }] }],
    });
    expect((await line(id)).expenditures.nodes).toEqual([]);
    const assign = await gql(
      `mutation($line: ID!) { assignUnbudgetedExecution(id: "meeting:be-board-2021", budgetLineId: $line) { id } }`,
      {
        line: id,
      },
    );
    expect(assign.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'UNPRICED' });
  });

  it('shows a facility’s execution by source through the gateway, with its 미편성 costs apart', async () => {
    // 2034: a care-provision line only, so the dispatch to the same facility has no line to go to.
    const YEAR_F = 2034;
    await registerLine('C5', 1_000, 'CARE_PROVISION', {}, YEAR_F);
    await send(
      'care-services.care-visit',
      envelope('care-services', 'pass.care-services.CareVisitDelivered.v1', 'budgets-executions-rcp-f', {
        ...visit('be-fv1', `${YEAR_F}-05-02`),
        facilityId: 'jeonbuk-hcc-jangsu',
      }),
    );
    await send(
      'staffing.substitute-dispatch',
      envelope('staffing', 'pass.staffing.SubstituteDispatchCompleted.v1', 'be-fd1', {
        dispatchId: 'be-fd1',
        facilityId: 'jeonbuk-hcc-jangsu',
        providerId: null,
        agencyId: AGENCY,
        workerId: 'jb-sub-01',
        startDate: `${YEAR_F}-06-01`,
        endDate: `${YEAR_F}-06-02`,
        days: 2,
        dailyRateKRW: 76_960,
        costKRW: 153_920,
        completedAt: `${YEAR_F}-06-02T09:00:00.000Z`,
      }),
    );
    const Q = `query($y: Int) { facility(id: "jeonbuk-hcc-jangsu") { name execution(fiscalYear: $y) {
      fiscalYear amount count bySource { source amount count } unbudgetedAmount unbudgetedCount } } }`;
    type F = { facility: { name: string; execution: Record<string, unknown> & { count: number; unbudgetedCount: number } } };
    const d = await eventually('the visit posted and the dispatch recorded 미편성', async () => {
      const x = await ok<F>(Q, { y: YEAR_F });
      return x.facility.execution.count === 1 && x.facility.execution.unbudgetedCount === 1 ? x : undefined;
    });
    expect(d.facility).toEqual({
      name: '장수종합재가센터',
      execution: {
        fiscalYear: YEAR_F,
        amount: 52_000,
        count: 1,
        bySource: [{ source: 'CARE_VISIT', amount: 52_000, count: 1 }],
        unbudgetedAmount: 153_920,
        unbudgetedCount: 1,
      },
    });
    expect((await gql(Q, { y: 1999 })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fiscalYear' });
  });

  it('dead-letters an execution of a year the agency has no budget for (redrive once it is registered), with the reason', async () => {
    const eventId = randomUUID();
    await send(
      'governance.committee',
      envelope(
        'governance',
        'pass.governance.MeetingHeld.v1',
        'budgets-executions-board-2039',
        meeting('be-board-2039', 'BOARD', 5, '2039-03-01'),
        eventId,
      ),
    );
    const dead = await readTopic('dlq.budgets', (ms) => ms.some((m) => header(m, 'ce_id') === eventId));
    const m = dead.find((x) => header(x, 'ce_id') === eventId);
    expect(header(m!, 'dlq_error_code')).toBe('NO_BUDGET_LINE');
    expect(header(m!, 'dlq_error_message')).toBe(
      'no committee-allowance budget line for jeonbuk-pass in 2039 (BOARD): the agency has no budget lines that year',
    );
  });
});

describe('vouchers (postExecution)', () => {
  it('posts within the budget, answers CONFLICT OVERRUN with what is left beyond it, and posts a voucher once', async () => {
    const id = await registerLine('S1', 800, 'GENERAL', {}, 2032);
    const POST = `mutation($i: PostExecutionInput!) { postExecution(input: $i) { id amount source payee budgetLine { remaining } } }`;
    const input = { budgetLineId: id, voucherNo: 'be-2032-0001', amount: 600_000, spentOn: '2032-05-10', payee: '여행사 가' };
    expect((await ok<{ postExecution: unknown }>(POST, { i: input })).postExecution).toEqual({
      id: 'voucher:be-2032-0001',
      amount: 600_000,
      source: 'VOUCHER',
      payee: '여행사 가',
      budgetLine: { remaining: 200_000 },
    });
    const again = await gql(POST, { i: input });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const over = await gql(POST, { i: { ...input, voucherNo: 'be-2032-0002', amount: 200_001 } });
    expect(over.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'OVERRUN', remaining: 200_000 });
    expect((await gql(POST, { i: { ...input, voucherNo: 'be-2032-0003', amount: 1.5 } })).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await gql(POST, { i: { ...input, voucherNo: 'be-2032-0004', spentOn: '2031-12-31' } })).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'WRONG_FISCAL_YEAR',
    });
    // With 전용 allowed the same voucher posts and the line shows overspent.
    await ok(`mutation($id: ID!) { setBudgetLineTransfers(budgetLineId: $id, allowed: true) { transfersAllowed } }`, { id });
    await ok(POST, { i: { ...input, voucherNo: 'be-2032-0002', amount: 200_001 } });
    expect(await line(id)).toMatchObject({ executed: 800_001, remaining: -1, overspent: true });
  });
});
