/**
 * Idempotent consumer with a dead-letter topic.
 *
 * - Group `<namespace>.<service>`, reading from the beginning the first time, so
 *   a new read model is built from the whole history.
 * - Every message is decoded and schema-checked; one that fails goes to the
 *   service's dead-letter topic with the reason in headers, and the consumer moves on.
 * - An inbox (`_inbox`, processed event ids) skips events already applied.
 *   Handlers also write idempotently (keyed by the event id or a guarded update),
 *   so a crash between a handler's write and the inbox record cannot double-apply.
 * - A handler error is retried; `PermanentEventError` or too many attempts send
 *   the event to the dead-letter topic. While the database is unreachable the
 *   message is retried until it is back: an outage is not a poison message.
 */
import type { Connection } from 'mongoose';
import type { Consumer, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { deadLetterTopic, topicName, type PlatformConfig, type ServiceName } from '../config';
import { classifyDatabaseError } from '../errors';
import type { Logger } from '../logger';
import { metrics } from '../metrics';
import { observeConsumerLag } from '../observe';
import { processEventSpan } from '../tracing';
import type { EventCatalog } from './catalog';
import { fromKafkaMessage, type DomainEvent } from './envelope';

/** The event cannot ever be applied (e.g. refers to something that does not exist): dead-letter it. */
export class PermanentEventError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'PermanentEventError';
  }
}

export type EventHandler = (event: DomainEvent) => Promise<void>;

export interface ConsumerOptions {
  kafka: Kafka;
  config: PlatformConfig;
  service: ServiceName;
  catalog: EventCatalog;
  db: Connection;
  log: Logger;
  /** Event type → handler. Topics subscribed are those of the handled types. */
  handlers: Record<string, EventHandler>;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

const PARTITIONS_IN_PARALLEL = 8;

export class EventConsumer {
  private consumer: Consumer | null = null;
  private dlqProducer: Producer | null = null;
  private stopping = false;

  constructor(private readonly opts: ConsumerOptions) {
    for (const type of Object.keys(opts.handlers)) {
      if (!opts.catalog.get(type)) throw new Error(`${opts.service} handles ${type}, which has no schema in schemas/events`);
    }
  }

  get groupId(): string {
    return `${this.opts.config.namespace}.${this.opts.service}`;
  }

  topics(): string[] {
    const topics = new Set(Object.keys(this.opts.handlers).map((t) => this.opts.catalog.get(t)?.topic ?? ''));
    return [...topics].filter(Boolean).map((t) => topicName(this.opts.config.namespace, t));
  }

  /** Connects, subscribes and runs; on failure everything it opened is closed again, so it can be retried. */
  async start(): Promise<void> {
    try {
      await this.connectAndRun();
    } catch (error) {
      await this.consumer?.disconnect().catch(() => undefined);
      await this.dlqProducer?.disconnect().catch(() => undefined);
      this.consumer = null;
      this.dlqProducer = null;
      throw error;
    }
  }

  private async connectAndRun(): Promise<void> {
    const { kafka } = this.opts;
    this.dlqProducer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    await this.dlqProducer.connect();
    const consumer = kafka.consumer({
      groupId: this.groupId,
      sessionTimeout: 15_000,
      heartbeatInterval: 1_000,
      allowAutoTopicCreation: false,
      retry: { retries: 10, initialRetryTime: 300, maxRetryTime: 5_000 },
    });
    this.consumer = consumer;
    observeConsumerLag(consumer, this.opts.service);
    await consumer.connect();
    await consumer.subscribe({ topics: this.topics(), fromBeginning: true });
    await consumer.run({
      autoCommit: true,
      // Partitions (of all subscribed topics) are handled side by side, each in order: a burst on one
      // topic (say the audit trail) does not hold back another's events. Handlers are idempotent and
      // lock what they read-check-write, so two partitions never race on one document.
      partitionsConsumedConcurrently: PARTITIONS_IN_PARALLEL,
      eachMessage: async ({ topic, partition, message, heartbeat }) => {
        await this.handle(topic, partition, message, heartbeat);
      },
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.consumer?.disconnect().catch(() => undefined);
    await this.dlqProducer?.disconnect().catch(() => undefined);
  }

  private inbox() {
    const db = this.opts.db.db;
    if (!db) throw new Error('database not connected');
    return db.collection<{ _id: string; type: string; topic: string; partition: number; offset: string; processedAt: Date }>('_inbox');
  }

  private async handle(topic: string, partition: number, message: KafkaMessage, heartbeat: () => Promise<void>): Promise<void> {
    const { log, catalog, handlers, service, config } = this.opts;
    const decoded = fromKafkaMessage(message, catalog);
    if (!decoded.ok) {
      await this.deadLetter(topic, partition, message, decoded.code, decoded.reason);
      return;
    }
    const event = decoded.event;
    const handler = handlers[event.type];
    if (!handler) return; // another consumer's business
    const inbox = this.inbox();
    for (let attempt = 1; ; attempt++) {
      try {
        if (await inbox.findOne({ _id: event.id }, { projection: { _id: 1 } })) {
          metrics.inc('events_consumed_total', 'Events consumed', { service, result: 'duplicate' });
          return;
        }
        await processEventSpan(event, topic, partition, () => handler(event));
        await inbox.updateOne(
          { _id: event.id },
          { $setOnInsert: { type: event.type, topic, partition, offset: message.offset, processedAt: new Date() } },
          { upsert: true },
        );
        metrics.inc('events_consumed_total', 'Events consumed', { service, result: 'applied' });
        return;
      } catch (error) {
        if (error instanceof PermanentEventError) {
          await this.deadLetter(topic, partition, message, error.code, error.message);
          return;
        }
        const reason = error instanceof Error ? error.message : String(error);
        if (classifyDatabaseError(error) === 'SERVICE_UNAVAILABLE' && !this.stopping) {
          log.warn({ eventId: event.id, err: reason }, 'database unavailable; retrying event');
          await sleep(Math.min(5_000, 250 * attempt));
          await heartbeat().catch(() => undefined);
          attempt = 0;
          continue;
        }
        if (attempt >= config.consumerMaxAttempts || this.stopping) {
          await this.deadLetter(topic, partition, message, 'HANDLER_FAILED', reason);
          return;
        }
        log.warn({ eventId: event.id, attempt, err: reason }, 'event handler failed; retrying');
        await sleep(100 * 2 ** attempt);
      }
    }
  }

  private async deadLetter(topic: string, partition: number, message: KafkaMessage, code: string, reason: string): Promise<void> {
    const { config, service, log } = this.opts;
    const dlq = deadLetterTopic(config.namespace, service);
    log.warn({ topic, partition, offset: message.offset, code, reason }, 'event sent to dead-letter topic');
    if (!this.dlqProducer) throw new Error('consumer not started');
    const headers = { ...(message.headers ?? {}) };
    Object.assign(headers, {
      dlq_error_code: code,
      dlq_error_message: reason.slice(0, 2_000),
      dlq_original_topic: topic,
      dlq_original_partition: String(partition),
      dlq_original_offset: message.offset,
      dlq_consumer_group: this.groupId,
      dlq_failed_at: new Date().toISOString(),
    });
    // If this send fails the error propagates, the offset is not committed and the message comes back: nothing is lost.
    await this.dlqProducer.send({ topic: dlq, acks: -1, messages: [{ key: message.key, value: message.value, headers }] });
    metrics.inc('events_consumed_total', 'Events consumed', { service, result: 'dead_lettered' });
    metrics.inc('events_dead_lettered_total', 'Events sent to the dead-letter topic', { service, code });
  }
}
