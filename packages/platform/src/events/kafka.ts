import { Kafka, logLevel as KafkaLogLevel, type LogEntry } from 'kafkajs';
import { deadLetterTopic, topicName, type PlatformConfig, type ServiceName } from '../config';
import type { Logger } from '../logger';

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
 * Creates, if missing, the topics a service produces to and its dead-letter topic,
 * with the configured partition count. Idempotent.
 */
export async function ensureTopics(kafka: Kafka, config: PlatformConfig, service: ServiceName, topics: string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const wanted = [...topics.map((t) => topicName(config.namespace, t)), deadLetterTopic(config.namespace, service)];
    const existing = new Set(await admin.listTopics());
    const missing = wanted.filter((t) => !existing.has(t));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({ topic, numPartitions: config.kafkaPartitions, replicationFactor: 1 })),
      });
    }
  } finally {
    await admin.disconnect();
  }
}
