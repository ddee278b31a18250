import { ConfigResourceTypes, Kafka, logLevel as KafkaLogLevel, type Admin, type LogEntry } from 'kafkajs';
import { deadLetterTopic, topicName, type PlatformConfig, type ServiceName } from '../config';
import type { Logger } from '../logger';

// The default partitioner is the one we want; its one-time migration notice is noise in every log.
process.env['KAFKAJS_NO_PARTITIONER_WARNING'] ??= '1';

/** A kafkajs client whose logs go through pino. */
export function createKafka(config: PlatformConfig, clientId: string, log: Logger): Kafka {
  return new Kafka({
    clientId,
    brokers: config.kafkaBrokers,
    connectionTimeout: 3_000,
    requestTimeout: 10_000,
    retry: { initialRetryTime: 200, maxRetryTime: 5_000, retries: 5 },
    logLevel: KafkaLogLevel.WARN,
    logCreator:
      () =>
      ({ level, log: entry }: LogEntry) => {
        const { message, ...rest } = entry;
        const fields = { kafka: rest };
        if (level <= KafkaLogLevel.ERROR) log.error(fields, message);
        else log.warn(fields, message);
      },
  });
}

/**
 * KAFKA_REPLICATION_FACTOR, else the broker's `default.replication.factor` (1 on the local broker, 3 on
 * a three-broker cluster). kafkajs speaks CreateTopics ≤ v3, which cannot ask the broker for its default (-1).
 */
export async function replicationFactor(admin: Admin, config: PlatformConfig): Promise<number> {
  if (config.kafkaReplicationFactor !== null) return config.kafkaReplicationFactor;
  const { brokers } = await admin.describeCluster();
  const { resources } = await admin.describeConfigs({
    includeSynonyms: false,
    resources: [{ type: ConfigResourceTypes.BROKER, name: String(brokers[0]?.nodeId ?? 1), configNames: ['default.replication.factor'] }],
  });
  const value = Number(resources[0]?.configEntries.find((e) => e.configName === 'default.replication.factor')?.configValue);
  return Number.isInteger(value) && value > 0 ? value : 1;
}

/** Settings of the topics the platform creates: `min.insync.replicas` from KAFKA_MIN_INSYNC_REPLICAS, else the broker's. */
export function topicConfigEntries(config: PlatformConfig): { name: string; value: string }[] {
  return config.kafkaMinInsyncReplicas === null ? [] : [{ name: 'min.insync.replicas', value: String(config.kafkaMinInsyncReplicas) }];
}

/**
 * Creates, if missing, the topics a service produces to, the topics it consumes and its dead-letter
 * topic, with the configured partition count, and returns once every one of them has a leader for each
 * partition. Idempotent and safe when services race to create the same topic.
 *
 * A consumer must never subscribe to a topic that is still being created by its producer: the group's
 * assignment is computed from the metadata of that moment, and a topic seen without partitions is not
 * assigned again until the next metadata refresh (minutes) — its events would sit unread.
 */
export async function ensureTopics(kafka: Kafka, config: PlatformConfig, service: ServiceName, topics: string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const wanted = [...new Set([...topics.map((t) => topicName(config.namespace, t)), deadLetterTopic(config.namespace, service)])];
    const existing = new Set(await admin.listTopics());
    const missing = wanted.filter((t) => !existing.has(t));
    if (missing.length > 0) {
      const rf = await replicationFactor(admin, config);
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({
          topic,
          numPartitions: config.kafkaPartitions,
          replicationFactor: rf,
          configEntries: topicConfigEntries(config),
        })),
      });
    }
    for (let attempt = 1; ; attempt++) {
      const { topics: described } = await admin.fetchTopicMetadata({ topics: wanted });
      const unready = described.filter((t) => t.partitions.length === 0 || t.partitions.some((p) => p.leader < 0)).map((t) => t.name);
      if (unready.length === 0) return;
      if (attempt >= 50) throw new Error(`topics without leaders: ${unready.join(', ')}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    await admin.disconnect();
  }
}
