/**
 * Issue 24 point 7: a consumer stays in its group while a backlog takes longer than the session timeout.
 * kafkajs heartbeats only between the calls it makes; budgets' postings on one line run one after the
 * other (each reads the line's expenditures), so a sub-batch of completions for one line can outlast the
 * session. The coordinator then removes the member, the group rebalances and the sub-batch, not committed,
 * is handled again — by the member after it rejoins, or by the other one.
 *
 * A second budgets process with a 6 s session timeout (the broker's minimum) and 3 s sub-batches joins the
 * group; two sub-batches worth of completions for one line are put, in one produce request, on a partition it
 * owns. Asserted once everything settled: the group is Stable with the same two members (a removed member
 * rejoins under a new id), neither process joined again, every completion was applied exactly once (no
 * event handled twice, none skipped as a duplicate) and posted once, and the postings took longer than the
 * session timeout (else the backlog would prove nothing).
 */
import { randomUUID } from 'node:crypto';
import { AssignerProtocol, type Admin } from 'kafkajs';
import type mongoose from 'mongoose';
import { envelope, eventually, gql, kafka, metricAt, serviceDb, topic } from './support/client';
import { testEnv } from './support/env';
import { startReplica, stopReplica, type Replica } from './support/replicas';
import { settled } from './support/settled';
import { registerDispatchLine } from './support/budget-lines';

const SESSION_MS = 6_000;
const SUB_BATCH_MAX_MS = 3_000;
/**
 * Two of the consumer's sub-batches (SUB_BATCH 100): each posting reads every expenditure of the line, so the
 * second sub-batch alone takes about three times the first, and the whole backlog outlasts the 6 s session with
 * room to spare even on an idle machine (100 took 7.0–127.9 s here).
 */
const COMPLETIONS = 200;
const LINE = 'test-heartbeat-2041-S12';
const COST = 76_960;
const P = `hb-${randomUUID().slice(0, 8)}`;
const DISPATCH_TOPIC = topic('staffing.substitute-dispatch');

function completion(i: number) {
  const dispatchId = `${P}-${String(i).padStart(3, '0')}`;
  return envelope('staffing', 'pass.staffing.SubstituteDispatchCompleted.v1', dispatchId, {
    dispatchId,
    facilityId: 'test-heartbeat-facility',
    agencyId: 'jeonbuk-pass',
    workerId: 'jb-sub-03',
    startDate: '2041-03-04',
    endDate: '2041-03-04',
    days: 1,
    dailyRateKRW: COST,
    costKRW: COST,
    completedAt: '2041-03-04T18:00:00.000Z',
  });
}

interface Member {
  memberId: string;
  partitions: number[];
}

/** Budgets' group: its state and each member with its partitions of the dispatch topic. */
async function budgetsGroup(admin: Admin): Promise<{ state: string; members: Member[] }> {
  const { groups } = await admin.describeGroups([`${testEnv().namespace}.budgets`]);
  const group = groups[0];
  if (!group) throw new Error('no budgets group');
  return {
    state: group.state,
    members: group.members.map((m) => ({
      memberId: m.memberId,
      partitions: AssignerProtocol.MemberAssignment.decode(m.memberAssignment)?.assignment[DISPATCH_TOPIC] ?? [],
    })),
  };
}

/** Counters of one budgets process that a rebalance or a redone sub-batch moves. */
async function counters(port: number): Promise<{ joins: number; applied: number; duplicates: number; cutByTime: number }> {
  const consumed = (result: string) => metricAt(port, 'events_consumed_total', { service: 'budgets', result });
  return {
    joins: await metricAt(port, 'kafka_consumer_group_joins_total', { service: 'budgets' }),
    applied: await consumed('applied'),
    duplicates: await consumed('duplicate'),
    cutByTime: await metricAt(port, 'events_sub_batches_cut_total', { service: 'budgets', reason: 'time' }),
  };
}

describe('a consumer stays in its group through a backlog longer than its session timeout', () => {
  let admin: Admin;
  let db: mongoose.Connection;
  let replica: Replica | null = null;

  beforeAll(async () => {
    // A line of its own (fiscal year 2041, used by no other test) with room for every completion.
    await registerDispatchLine(LINE, 2041, '대체인력 지원 (consumer heartbeat test)');
    admin = kafka().admin();
    await admin.connect();
    db = await serviceDb('budgets');
  });

  afterAll(async () => {
    if (replica) await stopReplica(replica);
    await admin?.disconnect();
    await db?.close();
  });

  // Generous: the whole platform on two shared cores, and on the old consumer the two processes fight over the line.
  it('applies a backlog on one line once, with no rebalance and no sub-batch redone', async () => {
    const main = testEnv().ports.budgets as number;
    const before = new Set((await budgetsGroup(admin)).members.map((m) => m.memberId));
    replica = await startReplica('budgets', {
      CONSUMER_SESSION_TIMEOUT_MS: String(SESSION_MS),
      CONSUMER_SUB_BATCH_MAX_MS: String(SUB_BATCH_MAX_MS),
    });
    const port = replica.port;
    // The group has settled on both processes; the replica is the member that was not there before.
    const joined = await eventually(
      'the budgets group Stable with the replica',
      async () => {
        const group = await budgetsGroup(admin);
        const fresh = group.members.filter((m) => !before.has(m.memberId));
        return group.state === 'Stable' && group.members.length === 2 && fresh.length === 1 ? { group, replica: fresh[0] as Member } : null;
      },
      120_000,
    );
    const partition = joined.replica.partitions[0];
    if (partition === undefined) throw new Error(`the replica owns no partition of ${DISPATCH_TOPIC}`);
    // Earlier files' events all consumed: the counters below move for this backlog alone.
    await settled(180_000);
    const counted = { main: await counters(main), replica: await counters(port) };

    // One produce request: the whole backlog is on the partition when the replica fetches it.
    const producer = kafka().producer();
    await producer.connect();
    await producer.send({
      topic: DISPATCH_TOPIC,
      acks: -1,
      messages: Array.from({ length: COMPLETIONS }, (_, i) => ({ ...completion(i), partition })),
    });
    await producer.disconnect();

    const expenditures = db.collection<{ _id: string; dispatchId: string; recordedAt: Date }>('expenditures');
    const mine = { budgetLineId: LINE, dispatchId: { $regex: `^${P}-` } };
    // Not thrown: when they do not all arrive, the report below says what else went wrong.
    const waited = await eventually(
      `${COMPLETIONS} postings on ${LINE}`,
      async () => (await expenditures.countDocuments(mine)) >= COMPLETIONS,
      600_000,
    )
      // Committed to the end of every partition and nothing left to publish: whatever was redone has been.
      .then(() => settled(300_000))
      .then(
        () => 'settled',
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      );

    const posted = await expenditures.find(mine).toArray();
    const times = posted.map((e) => e.recordedAt.getTime());
    const postingMs = Math.max(...times) - Math.min(...times);
    const group = await budgetsGroup(admin);
    const now = { main: await counters(main), replica: await counters(port) };
    const moved = (k: 'applied' | 'duplicates') => now.main[k] - counted.main[k] + (now.replica[k] - counted.replica[k]);
    const report = {
      waited,
      group: group.state,
      members: group.members.map((m) => m.memberId).sort(),
      joins: { main: now.main.joins - counted.main.joins, replica: now.replica.joins - counted.replica.joins },
      applied: moved('applied'),
      duplicates: moved('duplicates'),
      postings: posted.length,
      dispatches: new Set(posted.map((e) => e.dispatchId)).size,
      longerThanSession: postingMs > SESSION_MS,
      cutByTime: now.replica.cutByTime > counted.replica.cutByTime,
    };
    console.log(JSON.stringify({ partition, postingMs, cuts: now.replica.cutByTime - counted.replica.cutByTime, ...report }));

    expect(report).toEqual({
      waited: 'settled',
      group: 'Stable',
      members: joined.group.members.map((m) => m.memberId).sort(),
      joins: { main: 0, replica: 0 },
      applied: COMPLETIONS,
      duplicates: 0,
      postings: COMPLETIONS,
      dispatches: COMPLETIONS,
      longerThanSession: true,
      cutByTime: true,
    });
  }, 1_200_000);
});
