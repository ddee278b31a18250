import type { Admin, Kafka } from 'kafkajs';
import type { PlatformConfig } from '../config';
import { ensureTopics, replicationFactor, topicConfigEntries } from './kafka';

const config = (patch: Partial<PlatformConfig> = {}): PlatformConfig =>
  ({ namespace: 'pg', kafkaPartitions: 3, kafkaReplicationFactor: null, kafkaMinInsyncReplicas: null, ...patch }) as PlatformConfig;

/** An admin client over a broker that has `existing` topics and answers metadata with `leaders` (per call). */
function fakeAdmin(existing: string[], leaders: number[][] = [[0]], brokerDefault: string | null = '3') {
  const calls: [string, unknown?][] = [];
  let metadataCalls = 0;
  const admin = {
    connect: async () => void calls.push(['connect']),
    disconnect: async () => void calls.push(['disconnect']),
    listTopics: async () => existing,
    describeCluster: async () => ({ brokers: [{ nodeId: 7 }] }),
    describeConfigs: async (request: unknown) => {
      calls.push(['describeConfigs', request]);
      return {
        resources: [
          {
            configEntries: [
              { configName: 'other', configValue: '9' },
              ...(brokerDefault === null ? [] : [{ configName: 'default.replication.factor', configValue: brokerDefault }]),
            ],
          },
        ],
      };
    },
    createTopics: async (request: unknown) => void calls.push(['createTopics', request]),
    fetchTopicMetadata: async ({ topics }: { topics: string[] }) => {
      const partitionLeaders = leaders[Math.min(metadataCalls++, leaders.length - 1)] as number[];
      return { topics: topics.map((name) => ({ name, partitions: partitionLeaders.map((leader) => ({ leader })) })) };
    },
  };
  return { calls, admin: admin as unknown as Admin, metadataCalls: () => metadataCalls };
}

describe('topic settings', () => {
  it('min.insync.replicas only when configured', () => {
    expect(topicConfigEntries(config())).toEqual([]);
    expect(topicConfigEntries(config({ kafkaMinInsyncReplicas: 2 }))).toEqual([{ name: 'min.insync.replicas', value: '2' }]);
  });

  it('the configured replication factor, else the broker default, else 1', async () => {
    expect(await replicationFactor(fakeAdmin([]).admin, config({ kafkaReplicationFactor: 2 }))).toBe(2);
    const { admin, calls } = fakeAdmin([], [[0]], '3');
    expect(await replicationFactor(admin, config())).toBe(3);
    expect(calls).toEqual([
      ['describeConfigs', { includeSynonyms: false, resources: [{ type: 4, name: '7', configNames: ['default.replication.factor'] }] }],
    ]);
    expect(await replicationFactor(fakeAdmin([], [[0]], null).admin, config())).toBe(1);
    expect(await replicationFactor(fakeAdmin([], [[0]], '0').admin, config())).toBe(1);
    expect(await replicationFactor(fakeAdmin([], [[0]], '1.5').admin, config())).toBe(1);
  });
});

describe('ensureTopics', () => {
  const kafka = (admin: Admin) => ({ admin: () => admin }) as unknown as Kafka;

  it('creates the missing topics and the dead-letter topic, with the configured settings, then disconnects', async () => {
    const { admin, calls } = fakeAdmin(['pg.budgets.line']);
    await ensureTopics(kafka(admin), config({ kafkaMinInsyncReplicas: 2 }), 'budgets', [
      'budgets.line',
      'budgets.execution',
      'budgets.execution',
    ]);
    expect(calls[0]).toEqual(['connect']);
    expect(calls.find(([c]) => c === 'createTopics')).toEqual([
      'createTopics',
      {
        waitForLeaders: true,
        topics: ['pg.budgets.execution', 'pg.dlq.budgets'].map((topic) => ({
          topic,
          numPartitions: 3,
          replicationFactor: 3,
          configEntries: [{ name: 'min.insync.replicas', value: '2' }],
        })),
      },
    ]);
    expect(calls.at(-1)).toEqual(['disconnect']);
  });

  it('creates nothing when every topic exists', async () => {
    const { admin, calls } = fakeAdmin(['pg.budgets.line', 'pg.dlq.budgets']);
    await ensureTopics(kafka(admin), config(), 'budgets', ['budgets.line']);
    expect(calls.map(([c]) => c)).toEqual(['connect', 'disconnect']);
  });

  it('returns only once every partition has a leader', async () => {
    jest.useFakeTimers();
    try {
      const { admin, metadataCalls } = fakeAdmin(['pg.budgets.line', 'pg.dlq.budgets'], [[], [0, -1], [0, 1]]);
      let done = false;
      const ensured = ensureTopics(kafka(admin), config(), 'budgets', ['budgets.line']).then(() => (done = true));
      await jest.advanceTimersByTimeAsync(200);
      expect([metadataCalls(), done]).toEqual([2, false]);
      await jest.advanceTimersByTimeAsync(200);
      await ensured;
      expect(metadataCalls()).toBe(3);
    } finally {
      jest.useRealTimers();
    }
  });

  it('gives up after 50 attempts, naming the topics without leaders, and still disconnects', async () => {
    jest.useFakeTimers();
    try {
      const { admin, calls, metadataCalls } = fakeAdmin(['pg.budgets.line', 'pg.dlq.budgets'], [[-1]]);
      const ensured = ensureTopics(kafka(admin), config(), 'budgets', ['budgets.line']);
      ensured.catch(() => undefined);
      await jest.advanceTimersByTimeAsync(49 * 200);
      await expect(ensured).rejects.toThrow('topics without leaders: pg.budgets.line, pg.dlq.budgets');
      expect(metadataCalls()).toBe(50);
      expect(calls.at(-1)).toEqual(['disconnect']);
    } finally {
      jest.useRealTimers();
    }
  });
});
