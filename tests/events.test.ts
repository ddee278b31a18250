/**
 * Mutation → CloudEvent on Kafka (binary mode, schema-valid) → consumed by budgets →
 * visible through the gateway. Then the same with the broker down: the mutation still
 * succeeds, and once Kafka is back the event arrives and is applied exactly once.
 */
import path from 'node:path';
import { EventCatalog } from '../packages/platform/src/events/catalog';
import { partControl } from './support/infra-control';
import { eventually, gql, header, ok, readTopic } from './support/client';

const catalog = EventCatalog.load(path.resolve(__dirname, '..', 'schemas', 'events'));

const REQUEST = `mutation($input: RequestSubstituteDispatchInput!) { requestSubstituteDispatch(input: $input) { id status cost } }`;
const MATCH = `mutation($id: ID!, $w: ID!) { matchSubstituteDispatch(id: $id, workerId: $w) { status } }`;
const START = `mutation($id: ID!) { startSubstituteDispatch(id: $id) { status } }`;
const COMPLETE = `mutation($id: ID!) { completeSubstituteDispatch(id: $id) { status } }`;
const EXPENDITURE = `query($id: ID!) { substituteDispatch(id: $id) { id expenditure { id amount budgetLine { programCode } } } budgetLine(id: "jeonbuk-2023-S12") { executed expenditures(first: 100) { totalCount nodes { dispatch { id } } } } }`;

interface Expenditure {
  substituteDispatch: { expenditure: { id: string; amount: number; budgetLine: { programCode: string } } | null };
  budgetLine: { executed: number; expenditures: { totalCount: number; nodes: { dispatch: { id: string } | null }[] } };
}

async function runDispatch(id: string, workerId: string, startDate: string, endDate: string): Promise<number> {
  const req = await ok<{ requestSubstituteDispatch: { cost: number } }>(REQUEST, {
    input: {
      id,
      facilityId: 'jeonbuk-hcc-jangsu',
      reason: 'LEAVE',
      absentRole: 'CARE_WORKER',
      requestedOn: '2023-07-03',
      startDate,
      endDate,
      dailyRate: 76_960,
    },
  });
  expect((await ok<{ matchSubstituteDispatch: { status: string } }>(MATCH, { id, w: workerId })).matchSubstituteDispatch.status).toBe(
    'MATCHED',
  );
  expect((await ok<{ startSubstituteDispatch: { status: string } }>(START, { id })).startSubstituteDispatch.status).toBe('DISPATCHED');
  expect((await ok<{ completeSubstituteDispatch: { status: string } }>(COMPLETE, { id })).completeSubstituteDispatch.status).toBe(
    'COMPLETED',
  );
  return req.requestSubstituteDispatch.cost;
}

describe('domain events', () => {
  it('publishes the dispatch lifecycle as CloudEvents that budgets applies', async () => {
    const id = 'test-evt-disp-001';
    const cost = await runDispatch(id, 'jb-sub-01', '2023-08-07', '2023-08-09');
    expect(cost).toBe(3 * 76_960);

    const messages = await readTopic('staffing.substitute-dispatch', (ms) =>
      ms.some((m) => header(m, 'ce_subject') === id && header(m, 'ce_type')?.endsWith('Completed.v1')),
    );
    // At least once on the wire: a redelivered event carries the same ce_id, so dedupe by it.
    const byId = new Map(messages.filter((m) => m.key?.toString() === id).map((m) => [header(m, 'ce_id'), m]));
    const mine = [...byId.values()];
    expect(mine.map((m) => header(m, 'ce_type'))).toEqual([
      'pass.staffing.SubstituteDispatchRequested.v1',
      'pass.staffing.SubstituteDispatchMatched.v1',
      'pass.staffing.SubstituteDispatchStarted.v1',
      'pass.staffing.SubstituteDispatchCompleted.v1',
    ]);
    for (const m of mine) {
      expect(header(m, 'ce_specversion')).toBe('1.0');
      expect(header(m, 'ce_source')).toBe('/pass-graph/staffing');
      expect(header(m, 'content-type')).toBe('application/json');
      expect(Number.isNaN(Date.parse(header(m, 'ce_time') ?? ''))).toBe(false);
      expect(header(m, 'ce_id')).toMatch(/^[0-9a-f-]{36}$/);
      const data: unknown = JSON.parse(m.value?.toString() ?? '');
      expect(catalog.check(header(m, 'ce_type') ?? '', data)).toBeNull();
    }
    const completedData = JSON.parse(mine[3]?.value?.toString() ?? '{}') as { costKRW: number; agencyId: string };
    expect(completedData).toMatchObject({ costKRW: cost, agencyId: 'jeonbuk-pass' });

    const seen = await eventually('the expenditure in budgets', async () => {
      const d = await ok<Expenditure>(EXPENDITURE, { id });
      return d.substituteDispatch.expenditure ? d : undefined;
    });
    expect(seen.substituteDispatch.expenditure).toEqual({ id: `dispatch:${id}`, amount: cost, budgetLine: { programCode: 'S12' } });

    const recorded = await readTopic('budgets.expenditure', (ms) => ms.some((m) => m.key?.toString() === `dispatch:${id}`));
    expect(recorded.filter((m) => m.key?.toString() === `dispatch:${id}`)).toHaveLength(1);
  });

  it('keeps accepting mutations while Kafka is down and delivers exactly once after it returns', async () => {
    // This checkout's broker, or an external one through PASS_TEST_KAFKA_CONTROL (tests/support/infra-control.ts).
    const broker = partControl('kafka');
    const before = await ok<Expenditure>(EXPENDITURE, { id: 'none' });
    const id = 'test-outage-disp-001';
    expect(await broker.stop()).toBe(true);
    let cost: number;
    try {
      cost = await runDispatch(id, 'jb-sub-02', '2023-08-21', '2023-08-25');
      // Nothing can have reached budgets: the broker is down.
      const during = await gql<Expenditure>(EXPENDITURE, { id });
      expect(during.data?.substituteDispatch.expenditure).toBeNull();
    } finally {
      await broker.start();
    }
    const after = await eventually(
      'the outbox to drain and budgets to apply the event',
      async () => {
        const d = await ok<Expenditure>(EXPENDITURE, { id });
        return d.substituteDispatch.expenditure ? d : undefined;
      },
      90_000,
    );
    expect(after.substituteDispatch.expenditure?.amount).toBe(cost);
    expect(after.budgetLine.executed - before.budgetLine.executed).toBe(cost);
    expect(after.budgetLine.expenditures.nodes.filter((n) => n.dispatch?.id === id)).toHaveLength(1);
    const messages = await readTopic('staffing.substitute-dispatch', (ms) =>
      ms.some((m) => m.key?.toString() === id && header(m, 'ce_type')?.endsWith('Completed.v1')),
    );
    const ids = messages.filter((m) => m.key?.toString() === id).map((m) => header(m, 'ce_type'));
    expect(ids).toContain('pass.staffing.SubstituteDispatchCompleted.v1');
  }, 180_000);
});
