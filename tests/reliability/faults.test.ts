/**
 * Reliability, short form: each fault once while a steady mix of dispatch mutations and cross-subgraph
 * queries runs (tests/reliability/harness.ts), then the reconciliation of everything the load got accepted.
 * Kills and restarts this checkout's own Kafka, FerretDB and platform processes; see docs/reliability.md.
 */
import { Databases } from './harness';
import {
  consumerKilled,
  consumerRebalanced,
  databaseKilled,
  eventsInjected,
  gatewayRestarted,
  kafkaKilled,
  subgraphKilled,
  type FaultContext,
  type FaultResult,
} from './faults';
import { reconcile, report } from './run';

jest.setTimeout(300_000);

describe('reliability under faults', () => {
  const results: FaultResult[] = [];
  const startedAt = Date.now();
  let ctx: FaultContext;

  beforeAll(async () => {
    ctx = { dbs: await Databases.open(), round: 0 };
  });
  afterAll(async () => {
    await ctx?.dbs.close();
  });

  const run = async (fault: (c: FaultContext) => Promise<FaultResult>): Promise<void> => {
    results.push(await fault(ctx));
  };

  it('(a) Kafka SIGKILLed and restarted: mutations keep succeeding, the outbox drains, every event once', () => run(kafkaKilled));
  it('(b) a subgraph SIGKILLed: partial answers with SUBGRAPH_UNAVAILABLE, never a 500, recovery on its own', () => run(subgraphKilled));
  it('(c) FerretDB SIGKILLed: SERVICE_UNAVAILABLE fast, /readyz red then green, nothing half-written', () => run(databaseKilled));
  it('(d) a consumer SIGKILLed mid-batch: no loss, no double application', () => run(consumerKilled));
  it('(e) duplicate, out-of-order and malformed events: idempotent, dead letters with reasons', () => run(eventsInjected));
  it('(f) a second consumer instance joins and leaves: no loss, no duplicates', () => run(consumerRebalanced));
  it('(g) the gateway restarted: connection errors only while it restarts', () => run(gatewayRestarted));

  it('reconciles: events exactly once, read model = replay from offset 0, cross-service totals agree', async () => {
    const rec = await reconcile(ctx.dbs, startedAt);
    console.log(report('reliability-report', results, rec, startedAt));
    expect(rec.firstMismatch).toBeNull();
    expect(rec.pass).toBe(true);
    expect(rec.events.found).toBe(rec.events.expected);
    expect(rec.executions.executed).toBe(rec.executions.completed);
    expect(rec.executions.executedTotalKRW).toBe(rec.executions.costTotalKRW);
    expect(rec.executions.kpiFacts).toBe(rec.executions.completed);
    expect(rec.replay.mismatches).toBe(0);
    expect(rec.dispatches).toBeGreaterThan(0);
  });
});
