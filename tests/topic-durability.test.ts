/**
 * Durability settings of the topics the platform creates (issue 24, point 6): `min.insync.replicas` from
 * KAFKA_MIN_INSYNC_REPLICAS as a topic setting, else the broker's default (nothing set on the topic).
 * Against the test stack's broker, in a namespace of this test's own.
 */
import { ConfigResourceTypes, ConfigSource, type Admin } from 'kafkajs';
import { deadLetterTopic, loadConfig, topicName } from '../packages/platform/src/config';
import { createKafka, ensureTopics } from '../packages/platform/src/events/kafka';
import { createLogger } from '../packages/platform/src/logger';
import { eventually } from './support/client';
import { testEnv } from './support/env';

const TOPIC = 'staffing.emergency-care-worker';
const log = createLogger('topic-durability-test', 'fatal');

async function minInsync(admin: Admin, topic: string): Promise<{ value: string | undefined; onTopic: boolean }> {
  const { resources } = await admin.describeConfigs({
    includeSynonyms: false,
    resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configNames: ['min.insync.replicas'] }],
  });
  const entry = resources[0]?.configEntries.find((e) => e.configName === 'min.insync.replicas');
  return { value: entry?.configValue, onTopic: entry?.configSource === ConfigSource.TOPIC_CONFIG };
}

describe('topics the platform creates', () => {
  it.each([
    ['KAFKA_MIN_INSYNC_REPLICAS=1', { KAFKA_MIN_INSYNC_REPLICAS: '1' }, true],
    ['the broker default when unset', {}, false],
  ])('take min.insync.replicas from %s', async (_, extra, onTopic) => {
    const namespace = `td${Date.now().toString(36)}`;
    const config = loadConfig({ ...process.env, PASS_NAMESPACE: namespace, KAFKA_BROKERS: testEnv().kafkaBrokers.join(','), ...extra });
    const topics = [topicName(namespace, TOPIC), deadLetterTopic(namespace, 'staffing')];
    // Retried as a whole: another file (events.test.ts) stops and restarts the broker while files run side by side.
    const settings = await eventually(
      `the topics of ${namespace}`,
      async () => {
        const kafka = createKafka(config, 'topic-durability-test', log);
        await ensureTopics(kafka, config, 'staffing', [TOPIC]);
        const admin = kafka.admin();
        await admin.connect();
        try {
          return await Promise.all(topics.map(async (topic) => [topic, await minInsync(admin, topic)] as const));
        } finally {
          await admin.disconnect();
        }
      },
      90_000,
    );
    expect(settings).toEqual(topics.map((topic) => [topic, { value: '1', onTopic }]));
    const admin = createKafka(config, 'topic-durability-test', log).admin();
    await admin.connect();
    await admin.deleteTopics({ topics }).catch(() => undefined);
    await admin.disconnect();
  });
});
