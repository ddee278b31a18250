/**
 * Governance through the gateway: the plan's strategy tree, a plan item across governance and
 * budgets, board terms, and KPI actuals fed end to end by other services' events through Kafka,
 * counted once however often an event is delivered.
 */
import { randomUUID } from 'node:crypto';
import { KPIS, PLAN_ITEMS, PRACTICE_PROJECTS, STRATEGIC_TASKS, VISIONS } from '../services/governance/src/strategy-fixtures';
import { eventually, gql, kafka, ok, topic } from './support/client';
import { settled } from './support/settled';

type Kpi = { actual: number | null; achievementRate: number | null; target: number; byMonth: { month: number; count: number }[] };
const KPI = `query($a: ID!, $y: Int!) { performanceIndicators(agencyId: $a, year: $y) { id target actual achievementRate byMonth { month count } } }`;
const kpi = async (agencyId: string, year: number, id: string): Promise<Kpi> => {
  const d = await ok<{ performanceIndicators: (Kpi & { id: string })[] }>(KPI, { a: agencyId, y: year });
  const found = d.performanceIndicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
};

describe('strategy tree', () => {
  it('has the plan’s 5 visions, 5 goals, 15 strategic tasks, 50 practice projects and 54 plan items', async () => {
    const d = await ok<{
      strategy: {
        counts: Record<string, number>;
        visions: { goal: string; strategicTasks: { practiceProjects: { businessPlanItems: { code: string }[] }[] }[] }[];
      };
    }>(
      `{ strategy(agencyId: "jeonbuk-pass", year: 2023) {
          counts { visions goals strategicTasks practiceProjects businessPlanItems }
          visions { goal strategicTasks { practiceProjects { businessPlanItems { code } } } }
      } }`,
    );
    expect(d.strategy.counts).toEqual({
      visions: VISIONS.length,
      goals: 5,
      strategicTasks: STRATEGIC_TASKS.length,
      practiceProjects: PRACTICE_PROJECTS.length,
      businessPlanItems: PLAN_ITEMS.length,
    });
    expect([VISIONS.length, STRATEGIC_TASKS.length, PRACTICE_PROJECTS.length, PLAN_ITEMS.length]).toEqual([5, 15, 50, 54]);
    const tree = d.strategy.visions.flatMap((v) =>
      v.strategicTasks.flatMap((t) => t.practiceProjects.flatMap((p) => p.businessPlanItems.map((i) => i.code))),
    );
    expect(tree.sort()).toEqual(PRACTICE_PROJECTS.flatMap((p) => p.planItemCodes).sort()); // every mapped item reachable from the tree
  });

  it('shows a plan item with its budget and execution from budgets in one query', async () => {
    const d = await ok<{
      businessPlanItem: {
        code: string;
        nonBudget: boolean;
        statedBudgetThousandKRW: number;
        practiceProject: { title: string };
        budgetLine: { amountThousandKRW: number; executed: number; executionRate: number };
      };
    }>(
      `{ businessPlanItem(id: "jeonbuk-2023-S12") { code nonBudget statedBudgetThousandKRW practiceProject { title } budgetLine { amountThousandKRW executed executionRate } } }`,
    );
    const item = d.businessPlanItem;
    expect(item).toMatchObject({ code: 'S12', nonBudget: false, statedBudgetThousandKRW: 503_000 });
    expect(item.budgetLine.amountThousandKRW).toBe(item.statedBudgetThousandKRW); // the plan's figure and the budget agree
    expect(item.budgetLine.executionRate).toBeCloseTo(item.budgetLine.executed / 503_000_000, 12);
    const kpis = await ok<{
      businessPlanItem: { indicators: { id: string; target: number; actual: number; businessPlanItem: { code: string } }[] };
    }>(`{ businessPlanItem(id: "jeonbuk-2023-S12") { indicators { id target actual businessPlanItem { code } } } }`);
    expect(kpis.businessPlanItem.indicators).toEqual([
      { id: 'jb-2023-kpi-s12', target: 1500, actual: expect.any(Number), businessPlanItem: { code: 'S12' } },
    ]);
    const m1 = await ok<{ businessPlanItem: { nonBudget: boolean; budgetLine: null } }>(
      `{ businessPlanItem(id: "jeonbuk-2023-M1") { nonBudget budgetLine { id } } }`,
    );
    expect(m1.businessPlanItem).toEqual({ nonBudget: true, budgetLine: null });
  });
});

describe('resolution follow-up (환류)', () => {
  it('closes an open follow-up once', async () => {
    await ok(
      `mutation { recordMeeting(input: { id: "test-board-2023-1", committeeId: "jeonbuk-pass-board", heldOn: "2023-02-20", attendees: 8 }) { quorate } }`,
    );
    const r = await ok<{ recordResolution: { followUpStatus: string } }>(
      `mutation { recordResolution(input: { id: "test-board-2023-1-r1", meetingId: "test-board-2023-1", title: "2023년 수정 사업계획 승인", votesFor: 8, votesAgainst: 0, abstentions: 0, followUpOwner: "경영기획팀" }) { followUpStatus } }`,
    );
    expect(r.recordResolution.followUpStatus).toBe('OPEN');
    const done = await ok<{ completeResolutionFollowUp: { followUpStatus: string } }>(
      `mutation { completeResolutionFollowUp(id: "test-board-2023-1-r1") { followUpStatus } }`,
    );
    expect(done.completeResolutionFollowUp.followUpStatus).toBe('DONE');
    const again = await gql(`mutation { completeResolutionFollowUp(id: "test-board-2023-1-r1") { followUpStatus } }`);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', from: 'DONE' });
    const calendar = await ok<{ committee: { plannedMeetingsPerYear: number; meetingsHeld: number } }>(
      `{ committee(id: "jeonbuk-pass-board") { plannedMeetingsPerYear meetingsHeld(year: 2023) } }`,
    );
    expect(calendar.committee.plannedMeetingsPerYear).toBe(5);
    expect(calendar.committee.meetingsHeld).toBeGreaterThanOrEqual(1);
  });
});

describe('board terms', () => {
  it('lists the members whose terms end within N days', async () => {
    const q = `query($d: Int!, $on: Date!) { boardMembers(agencyId: "seoul-pass", expiringWithinDays: $d, asOf: $on) { id termEnd } }`;
    const soon = await ok<{ boardMembers: { termEnd: string }[] }>(q, { d: 30, on: '2022-02-20' });
    expect(soon.boardMembers.length).toBeGreaterThan(0);
    expect(soon.boardMembers.every((m) => m.termEnd >= '2022-02-20' && m.termEnd <= '2022-03-22')).toBe(true);
    expect((await ok<{ boardMembers: unknown[] }>(q, { d: 30, on: '2020-06-01' })).boardMembers).toEqual([]);
  });
});

describe('KPI actuals fed by other services’ events', () => {
  it('counts the seeded statutory training of 2019 as sessions, not attendances', async () => {
    await ok(`mutation($i: DefinePerformanceIndicatorInput!) { definePerformanceIndicator(input: $i) { id } }`, {
      i: {
        id: 'test-kpi-seoul-training',
        agencyId: 'seoul-pass',
        year: 2019,
        category: '교육',
        name: '법정의무교육',
        measure: '교육실시 횟수',
        target: 14,
        unit: '회',
        source: 'TRAINING_SESSIONS',
      },
    });
    const k = await eventually('training sessions to be counted', async () => {
      const x = await kpi('seoul-pass', 2019, 'test-kpi-seoul-training');
      return x.actual === 14 ? x : undefined;
    });
    expect(k.achievementRate).toBe(1);
    expect(k.byMonth.find((m) => m.month === 9)?.count).toBe(14);
  });

  it('moves the dispatch KPI when a dispatch completes, once per dispatch whatever is redelivered', async () => {
    const before = await kpi('jeonbuk-pass', 2023, 'jb-2023-kpi-s12');
    const progress = await ok<{ dispatchProgress: { completed: number } }>(
      `{ dispatchProgress(agencyId: "jeonbuk-pass", year: 2023) { completed } }`,
    );
    expect(before.actual).toBe(progress.dispatchProgress.completed); // governance agrees with staffing
    const id = 'test-kpi-dispatch-1';
    await ok(`mutation($i: RequestSubstituteDispatchInput!) { requestSubstituteDispatch(input: $i) { id } }`, {
      i: {
        id,
        facilityId: 'jeonbuk-hcc-jeonbuk',
        absentRole: 'COOK',
        reason: 'SICK_LEAVE',
        requestedOn: '2023-10-16',
        startDate: '2023-10-16',
        endDate: '2023-10-17',
        dailyRate: 76_960,
      },
    });
    for (const step of [
      'matchSubstituteDispatch(id: $id, workerId: "jb-sub-04")',
      'startSubstituteDispatch(id: $id)',
      'completeSubstituteDispatch(id: $id)',
    ])
      await ok(`mutation($id: ID!) { ${step} { status } }`, { id });
    const after = await eventually('the KPI to count the dispatch', async () => {
      const x = await kpi('jeonbuk-pass', 2023, 'jb-2023-kpi-s12');
      return x.actual === (before.actual ?? 0) + 1 ? x : undefined;
    });
    expect(after.achievementRate).toBeCloseTo((after.actual ?? 0) / 1500, 12);
    expect(after.byMonth.find((m) => m.month === 10)?.count).toBe((before.byMonth.find((m) => m.month === 10)?.count ?? 0) + 1);

    // The same fact published again, under a new event id (a relay retry): still counted once.
    const producer = kafka().producer();
    await producer.connect();
    await producer.send({
      topic: topic('staffing.substitute-dispatch'),
      messages: [
        {
          key: id,
          value: JSON.stringify({
            dispatchId: id,
            facilityId: 'jeonbuk-hcc-jeonbuk',
            providerId: null,
            agencyId: 'jeonbuk-pass',
            workerId: 'jb-sub-04',
            startDate: '2023-10-16',
            endDate: '2023-10-17',
            days: 2,
            dailyRateKRW: 76_960,
            costKRW: 153_920,
            completedAt: new Date().toISOString(),
          }),
          headers: {
            ce_specversion: '1.0',
            ce_id: randomUUID(),
            ce_source: '/pass-graph/staffing',
            ce_type: 'pass.staffing.SubstituteDispatchCompleted.v1',
            ce_time: new Date().toISOString(),
            ce_subject: id,
            'content-type': 'application/json',
          },
        },
      ],
    });
    await producer.disconnect();
    await settled();
    expect((await kpi('jeonbuk-pass', 2023, 'jb-2023-kpi-s12')).actual).toBe(after.actual);
  });

  it('counts the staged consulting cases consulting closed for Jeonbuk providers, as consulting itself reports them', async () => {
    const cases = await ok<{
      consultingCases: { nodes: { program: string; closedOn: string | null; provider: { district: { province: string } } }[] };
    }>(`{ consultingCases(first: 100, status: CLOSED) { nodes { program closedOn provider { district { province } } } } }`);
    const expected = cases.consultingCases.nodes.filter(
      (c) => c.program === 'STAGED' && c.closedOn?.startsWith('2023') && c.provider.district.province === '전북특별자치도',
    ).length;
    expect(expected).toBeGreaterThan(0);
    const k = await eventually('consulting cases to be counted', async () => {
      const x = await kpi('jeonbuk-pass', 2023, 'jb-2023-kpi-3-3');
      return x.actual === expected ? x : undefined;
    });
    expect(k.achievementRate).toBeCloseTo(expected / 70, 12);
  });

  it('counts facilities entrusted in the year towards the 3-facility target', async () => {
    const before = await kpi('jeonbuk-pass', 2023, 'jb-2023-kpi-1-2');
    expect(before.target).toBe(KPIS.find((k) => k.id === 'jb-2023-kpi-1-2')?.target);
    await ok(`mutation($i: RegisterFacilityInput!) { registerFacility(input: $i) { id } }`, {
      i: {
        id: 'test-kpi-shelter',
        name: '시험 학대피해노인전용쉼터',
        type: 'ELDER_ABUSE_SHELTER',
        operationMode: 'ENTRUSTED',
        operatorId: 'jeonbuk-pass',
        district: '전주시',
      },
    });
    await ok(
      `mutation { entrustFacility(input: { id: "test-kpi-shelter", entrustmentStart: "2023-03-01", entrustmentEnd: "2025-12-31" }) { status } }`,
    );
    const after = await eventually('the entrustment to be counted', async () => {
      const x = await kpi('jeonbuk-pass', 2023, 'jb-2023-kpi-1-2');
      return (x.actual ?? 0) > (before.actual ?? 0) ? x : undefined;
    });
    expect(after.actual).toBe((before.actual ?? 0) + 1);
    expect(after.achievementRate).toBeCloseTo((after.actual ?? 0) / 3, 12);
    const noSource = await kpi('jeonbuk-pass', 2023, 'jb-2023-kpi-1-1');
    expect([noSource.actual, noSource.achievementRate]).toEqual([null, null]);
    const bad = await gql(
      `mutation { definePerformanceIndicator(input: { id: "x", agencyId: "no-such", year: 2023, category: "c", name: "n", measure: "m", target: 1, unit: "건" }) { id } }`,
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
