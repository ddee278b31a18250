/**
 * A consumer while its database is down: budgets receives a completed substitute dispatch during a FerretDB
 * outage. It cannot apply it, so it waits the database out (`consumer_database_waits_total` for its inbox read,
 * `event_handler_retries_total{reason="database_unavailable"}` for its handler) without committing the offset and
 * without dead-lettering; once the database is back the event applies exactly once.
 */
import { randomUUID } from 'node:crypto';
import { eventually, gql, kafka, metricValue, ok, readAll, topic } from './support/client';
import { partControl } from './support/infra-control';
import { settled } from './support/settled';
import { registerDispatchLine } from './support/budget-lines';

const LINE = 'test-dbout-2044-S12';
const DISPATCH = 'test-dbout-disp-001';
const COST = 153_920;
const VIEW = `query { budgetLine(id: "${LINE}") { executed expenditures(first: 10) { nodes { amount dispatch { id } } } } }`;

interface View {
  budgetLine: { executed: number; expenditures: { nodes: { amount: number; dispatch: { id: string } | null }[] } };
}

const completed = (eventId: string) => ({
  key: DISPATCH,
  value: JSON.stringify({
    dispatchId: DISPATCH,
    facilityId: 'test-dbout-facility',
    agencyId: 'jeonbuk-pass',
    workerId: 'jb-sub-03',
    startDate: '2044-03-02',
    endDate: '2044-03-03',
    days: 2,
    dailyRateKRW: 76_960,
    costKRW: COST,
    completedAt: '2044-03-03T09:00:00.000Z',
  }),
  headers: {
    ce_specversion: '1.0',
    ce_id: eventId,
    ce_source: '/pass-graph/staffing',
    ce_type: 'pass.staffing.SubstituteDispatchCompleted.v1',
    ce_time: new Date().toISOString(),
    ce_subject: DISPATCH,
    'content-type': 'application/json',
  },
});

/** budgets' consumer waiting out the database: its inbox read or its handler retried on an unavailable database. */
const retries = async (): Promise<number> =>
  (await metricValue('budgets', 'consumer_database_waits_total', { service: 'budgets' })) +
  (await metricValue('budgets', 'event_handler_retries_total', { service: 'budgets', reason: 'database_unavailable' }));

describe('a consumer during a database outage', () => {
  beforeAll(async () => {
    await registerDispatchLine(LINE, 2044, '대체인력 지원 (database outage test)');
  });

  it('retries the event while the database is away, then applies it once and dead-letters nothing', async () => {
    const database = partControl('database');
    const before = await ok<View>(VIEW);
    const retriesBefore = await retries();
    expect(await database.stop(true)).toBe(true);
    try {
      const producer = kafka().producer();
      await producer.connect();
      await producer.send({ topic: topic('staffing.substitute-dispatch'), messages: [completed(randomUUID())] });
      await producer.disconnect();
      // The fact that budgets has the event and could not apply it: its handler failed on the database at least twice.
      await eventually('budgets to retry the event on the unavailable database', async () => (await retries()) >= retriesBefore + 2, 60_000);
    } finally {
      await database.start();
    }
    const after = await eventually(
      'the event to apply once the database is back',
      async () => {
        const d = await ok<View>(VIEW);
        return d.budgetLine.expenditures.nodes.some((n) => n.dispatch?.id === DISPATCH) ? d : undefined;
      },
      90_000,
    );
    await settled();
    const final = await ok<View>(VIEW);
    expect(final.budgetLine.expenditures.nodes.filter((n) => n.dispatch?.id === DISPATCH)).toEqual([{ amount: COST, dispatch: { id: DISPATCH } }]);
    expect(final.budgetLine.executed - before.budgetLine.executed).toBe(COST);
    expect(after.budgetLine.executed).toBe(final.budgetLine.executed);
    const dead = (await readAll('dlq.budgets')).filter((m) => m.key?.toString() === DISPATCH);
    expect(dead).toEqual([]);
  }, 240_000);
});
