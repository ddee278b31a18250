/**
 * The gateway's entity cache and a read model another service updates after consuming an event
 * (issue 24, point 9): care-services keeps staffing's dispatch steps as a facility's
 * `substituteCoverage`. The cache must not store a facility while care-services' consumer is behind
 * staffing's event, however long that takes — the settle window alone (2 s) let it store the old
 * coverage, and serve it for the backstop age (5 min) once care-services caught up.
 *
 * To make care-services' consumer genuinely and deterministically behind, the test joins its consumer
 * group itself (a member that never commits): the rebalance gives it some partitions of
 * `staffing.substitute-dispatch`, and the dispatch's id is chosen so that kafkajs' default partitioner
 * puts its event on one of them. While the test holds it, care-services has the old coverage (asserted
 * at its own endpoint) and the gateway is asked again and again past the settle window; then the test
 * leaves the group, care-services applies the event, and the gateway must answer the new coverage promptly
 * (far under the 5-minute backstop) and cache the facility again once its hold is released.
 */
import { Partitioners, type Consumer } from 'kafkajs';
import { loadConfig } from '@pass-graph/platform';
import { askSubgraph } from './support/authz-probe';
import { eventually, kafka, metricAt, ok, topic } from './support/client';
import { testEnv } from './support/env';
import { settled } from './support/settled';

const FACILITY = 'seoul-hcc-nowon';
const TOPIC = (): string => topic('staffing.substitute-dispatch');
const GROUP = (): string => `${testEnv().namespace}.care-services`;
/** A root field of staffing whose facility is an entity fetch to care-services: the cached kind. */
const THROUGH_GATEWAY = `query CacheReadModel($f: ID!) {
  employees(facilityId: $f, first: 1) { nodes { facility { id cacheReadModel: substituteCoverage(year: 2031, month: 5) { requested } } } }
}`;
const AT_CARE_SERVICES = `query($f: ID!) { facility(id: $f) { substituteCoverage(year: 2031, month: 5) { requested } } }`;
const REQUEST = `mutation($input: RequestSubstituteDispatchInput!) { requestSubstituteDispatch(input: $input) { id status } }`;

interface Employees {
  employees: { nodes: { facility: { cacheReadModel: { requested: number } } }[] };
}

const viaGateway = async (): Promise<number> => {
  const data = await ok<Employees>(THROUGH_GATEWAY, { f: FACILITY });
  const node = data.employees.nodes[0];
  if (!node) throw new Error(`no employee at ${FACILITY}`);
  return node.facility.cacheReadModel.requested;
};

const atCareServices = async (): Promise<number> => {
  const identity = { subject: 'test-admin', roles: ['admin' as const], facilityIds: [], districts: [] };
  const { body } = await askSubgraph('care-services', identity, AT_CARE_SERVICES, { f: FACILITY });
  const facility = body.data?.['facility'] as { substituteCoverage: { requested: number } } | undefined;
  if (body.errors || !facility) throw new Error(`care-services refused: ${JSON.stringify(body.errors)}`);
  return facility.substituteCoverage.requested;
};

/** A gateway metric (summed over the series carrying the labels). */
const gatewayMetric = (name: string, labels: Record<string, string> = {}): Promise<number> =>
  metricAt(Number(new URL(testEnv().gatewayUrl).port), name, labels);
const careHits = (): Promise<number> => gatewayMetric('gateway_entity_cache_hits_total', { service: 'care-services' });

/** Whether the second of two identical queries was served from the cache (and both gave the same value). */
async function cachedValue(): Promise<{ value: number } | undefined> {
  const value = await viaGateway();
  const hits = await careHits();
  const again = await viaGateway();
  return (await careHits()) > hits && again === value ? { value } : undefined;
}

/** The partition kafkajs' default partitioner (the producers' one) gives a key. */
function partitionOf(key: string, partitions: number): number {
  const partitionMetadata = Array.from({ length: partitions }, (_, partitionId) => ({
    partitionId,
    leader: 0,
    partitionErrorCode: 0,
    replicas: [0],
    isr: [0],
  }));
  return Partitioners.DefaultPartitioner()({ topic: TOPIC(), partitionMetadata, message: { key, value: null } });
}

async function committedOffset(partition: number): Promise<number> {
  const admin = kafka().admin();
  await admin.connect();
  try {
    const [offsets] = await admin.fetchOffsets({ groupId: GROUP(), topics: [TOPIC()] });
    return Number(offsets?.partitions.find((p) => p.partition === partition)?.offset ?? -1);
  } finally {
    await admin.disconnect();
  }
}

describe('gateway entity cache and read models updated by consumers', () => {
  let member: Consumer | null = null;
  afterEach(async () => {
    // Whatever happened, care-services gets its partitions back.
    await member?.disconnect().catch(() => undefined);
    member = null;
  });

  it('does not store an entity while a consumer of its event is behind, and answers the new value once it caught up', async () => {
    const { settleMs, maxAgeMs } = loadConfig({ ...process.env }).entityCache;

    // 1. The facility is cached (the cache is live, and no consumer is still applying an event that names it:
    //    right after the platform was seeded they may be well behind on a loaded machine).
    await settled(180_000);
    const { value: before } = await eventually('the facility served from the cache', cachedValue, 60_000);

    // 2. A member of care-services' consumer group that never commits: the rebalance hands it partitions.
    const assigned: number[] = [];
    const seen = new Map<string, { offset: number; partition: number; at: number }>();
    member = kafka().consumer({ groupId: GROUP(), sessionTimeout: 15_000, heartbeatInterval: 1_000, maxWaitTimeInMs: 200 });
    member.on(member.events.GROUP_JOIN, ({ payload }) => {
      assigned.splice(0, assigned.length, ...(payload.memberAssignment[TOPIC()] ?? []));
    });
    await member.connect();
    await member.subscribe({ topic: TOPIC(), fromBeginning: false });
    await member.run({
      autoCommit: false,
      eachMessage: async ({ partition, message }) => {
        if (message.key) seen.set(message.key.toString(), { offset: Number(message.offset), partition, at: Date.now() });
      },
    });
    await eventually('a partition of the dispatch topic assigned to the test’s member', async () => assigned.length > 0, 60_000);

    // 3. A dispatch whose event lands on a partition the test holds.
    const admin = kafka().admin();
    await admin.connect();
    const { topics } = await admin.fetchTopicMetadata({ topics: [TOPIC()] });
    await admin.disconnect();
    const partitions = topics[0]?.partitions.length ?? 0;
    const tag = Date.now().toString(36);
    let n = 0;
    while (!assigned.includes(partitionOf(`cache-rm-${tag}-${n}`, partitions))) n++;
    const id = `cache-rm-${tag}-${n}`;
    const partition = partitionOf(id, partitions);
    const committedBefore = await committedOffset(partition);

    const heldRefusalsBefore = await gatewayMetric('gateway_entity_cache_not_stored_total', { reason: 'held' });
    const releasesBefore = await gatewayMetric('gateway_entity_cache_releases_total', { reason: 'consumed' });
    await ok(REQUEST, {
      input: {
        id,
        facilityId: FACILITY,
        absentRole: 'CARE_WORKER',
        reason: 'LEAVE',
        startDate: '2031-05-19',
        endDate: '2031-05-20',
        dailyRate: 76_960,
      },
    });
    const event = await eventually('the dispatch’s event on the held partition', async () => seen.get(id), 60_000);
    expect(event.partition).toBe(partition);
    expect(event.offset).toBeGreaterThanOrEqual(committedBefore);

    // 4. While care-services is behind, the gateway is asked past the settle window: every answer is the
    //    old coverage (that is what care-services has), and the cache must not keep it.
    const windowEnds = event.at + settleMs + 3_000;
    let askedAfterSettle = 0;
    while (Date.now() < windowEnds || askedAfterSettle < 4) {
      expect(await viaGateway()).toBe(before);
      if (Date.now() > event.at + settleMs) askedAfterSettle++;
      await new Promise((r) => setTimeout(r, 250)); // scenario: asked again and again through the settle window
    }
    const heldGauge = await gatewayMetric('gateway_entity_cache_held_ids');
    // The precondition, so this cannot pass vacuously: care-services still has the old value and has not committed the event.
    expect(await atCareServices()).toBe(before);
    expect(await committedOffset(partition)).toBeLessThanOrEqual(event.offset);
    const heldFor = Date.now() - event.at;

    // 5. The test leaves the group: care-services gets the partition back and applies the event.
    const left = Date.now();
    await member.disconnect();
    member = null;
    await eventually('care-services applying the dispatch', async () => (await atCareServices()) === before + 1, 60_000);
    const applied = Date.now();
    const fresh = await eventually(
      'the new coverage through the gateway',
      async () => {
        const answer = await viaGateway();
        if (answer === before + 1) return true;
        throw new Error(
          `the gateway answered ${answer} ${((Date.now() - applied) / 1000).toFixed(1)} s after care-services had ${before + 1}`,
        );
      },
      60_000,
    );
    const answered = Date.now();
    expect(fresh).toBe(true);
    // Prompt: right after care-services (not after the cache's backstop age).
    expect(answered - left).toBeLessThan(Math.min(30_000, maxAgeMs / 10));

    // 6. The hold is released once care-services has committed the event, and the facility is cached again.
    const again = await eventually('the facility cached again', cachedValue, 30_000);
    const cachedAgain = Date.now();
    expect(again.value).toBe(before + 1);
    expect(await gatewayMetric('gateway_entity_cache_releases_total', { reason: 'consumed' })).toBeGreaterThan(releasesBefore);
    // The hold refused to store the facility while care-services was behind.
    expect(await gatewayMetric('gateway_entity_cache_not_stored_total', { reason: 'held' })).toBeGreaterThan(heldRefusalsBefore);
    expect(heldGauge).toBeGreaterThan(0);

    console.log(
      `cache-read-model: held partition ${partition} for ${(heldFor / 1000).toFixed(1)} s after the event ` +
        `(${askedAfterSettle} gateway queries past the ${settleMs} ms settle window, all ${before}); after leaving the group ` +
        `care-services applied it in ${((applied - left) / 1000).toFixed(1)} s, the gateway answered ${before + 1} after ` +
        `${((answered - left) / 1000).toFixed(1)} s and cached it again after ${((cachedAgain - left) / 1000).toFixed(1)} s`,
    );
  }, 240_000);
});
