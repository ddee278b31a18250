/**
 * Idempotent consumer with a dead-letter topic.
 *
 * - Group `<namespace>.<service>`, reading from the beginning the first time, so
 *   a new read model is built from the whole history.
 * - Messages come in batches (`eachBatch`), partitions side by side. A batch is worked in
 *   sub-batches of up to SUB_BATCH messages: one inbox read (`$in`) per sub-batch, the handlers,
 *   one inbox `insertMany`, then the sub-batch's last offset is resolved and committed. A crash
 *   therefore redoes at most the unfinished sub-batch (handlers are idempotent, the inbox dedups).
 * - Within a sub-batch, messages with the same Kafka key (the aggregate id) are handled in offset
 *   order, one after the other; different keys run side by side (bounded). Kafka orders a
 *   partition only for the sake of its keys, so per-aggregate order is what it promised.
 * - Every message is decoded and schema-checked as a tolerant reader (unknown properties dropped,
 *   unknown enum values accepted); one of a handled type that fails goes to the service's dead-letter
 *   topic with the reason in headers, and the consumer moves on. A type the service does not handle —
 *   even one its catalog does not know — is skipped (`events_consumed_total{result="skipped"}` for the
 *   unknown ones), never dead-lettered.
 * - An inbox (`_inbox`, processed event ids) skips events already applied.
 *   Handlers also write idempotently (keyed by the event id or a guarded update),
 *   so a crash between a handler's write and the inbox record cannot double-apply.
 * - A handler error is retried; `PermanentEventError` or too many attempts send
 *   the event to the dead-letter topic. While the database is unreachable the
 *   message is retried until it is back: an outage is not a poison message.
 */
import type { Connection } from 'mongoose';
import type { Batch, Consumer, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { deadLetterTopic, topicName, type PlatformConfig, type ServiceName } from '../config';
import { classifyDatabaseError } from '../errors';
import type { Logger } from '../logger';
import { metrics } from '../metrics';
import { observeConsumerLag } from '../observe';
import { processEventSpan } from '../tracing';
import type { EventCatalog } from './catalog';
import { fromKafkaMessage, headerString, type DomainEvent } from './envelope';

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

/**
 * Applies one event. A handler may also offer `many`: the same effect for a list of events in offset
 * order (several keys, each key's events in order) with fewer database round trips. The consumer calls
 * `many` for the keys of a sub-batch whose events all go to that handler; if it throws, those events
 * are applied one by one (with retries and dead-lettering) as if `many` did not exist.
 */
export type EventHandler = ((event: DomainEvent) => Promise<void>) & { many?: (events: DomainEvent[]) => Promise<void> };

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
/** Messages per inbox read / inbox write / commit. A crash redoes at most this many. */
const SUB_BATCH = 100;
/** Keys (aggregates) of one sub-batch handled side by side. */
const KEYS_IN_PARALLEL = 16;

interface InboxRecord {
  _id: string;
  type: string;
  topic: string;
  partition: number;
  offset: string;
  processedAt: Date;
}

/** Runs `work` over every item with at most `limit` at a time. */
async function eachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/**
 * Inbox records are written once and never change, so they are inserted, not upserted: on FerretDB v1
 * (SQLite) an unordered `insertMany` of 100 took 0.1–0.3 s where a `bulkWrite` of 100 `$setOnInsert`
 * upserts took 8–12 s on the same machine in the same minute (docs/performance.md). A record already there
 * (a redelivery raced another instance, or a crash after this write) is a duplicate key, which is the
 * upsert's no-op; any other write error is thrown.
 */
export async function insertIgnoringDuplicates<T extends { _id: string }>(
  collection: { insertMany: (docs: T[], options: { ordered: false }) => Promise<unknown> },
  docs: T[],
): Promise<void> {
  if (docs.length === 0) return;
  try {
    await collection.insertMany(docs, { ordered: false });
  } catch (error) {
    if (!duplicateKeyIndexes(error)) throw error;
  }
}

/** The indexes of the documents an unordered `insertMany` refused as duplicate keys; null if it failed otherwise. */
export function duplicateKeyIndexes(error: unknown): number[] | null {
  const { code, writeErrors } = error as { code?: number; writeErrors?: WriteError[] | WriteError };
  const errors = writeErrors === undefined ? [{ code, index: -1 }] : Array.isArray(writeErrors) ? writeErrors : [writeErrors];
  if (errors.length === 0 || errors.some((e) => e.code !== 11000)) return null;
  return errors.map((e) => e.index);
}
interface WriteError {
  code?: number;
  index: number;
}

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
      // Commit as soon as a sub-batch is resolved (`commitOffsetsIfNecessary` below), not only at the end of a batch.
      autoCommitThreshold: 1,
      // Partitions (of all subscribed topics) are handled side by side, each in key order: a burst on one
      // topic (say the audit trail) does not hold back another's events. Handlers are idempotent and
      // lock what they read-check-write, so two partitions never race on one document.
      partitionsConsumedConcurrently: PARTITIONS_IN_PARALLEL,
      eachBatchAutoResolve: false,
      eachBatch: async ({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale }) => {
        for (let i = 0; i < batch.messages.length; i += SUB_BATCH) {
          // After a rebalance or on shutdown the rest of the batch belongs to someone else (or to the next start).
          if (!isRunning() || isStale()) return;
          const chunk = batch.messages.slice(i, i + SUB_BATCH);
          await this.handleChunk(batch, chunk, heartbeat);
          resolveOffset((chunk[chunk.length - 1] as KafkaMessage).offset);
          await commitOffsetsIfNecessary();
          await heartbeat();
        }
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
    return db.collection<InboxRecord>('_inbox');
  }

  /** Runs a database operation until the database answers: an outage is waited out, not counted as a failure. */
  private async untilDatabase<T>(what: string, op: () => Promise<T>, heartbeat: () => Promise<void>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await op();
      } catch (error) {
        if (classifyDatabaseError(error) !== 'SERVICE_UNAVAILABLE' || this.stopping) throw error;
        this.opts.log.warn({ err: error instanceof Error ? error.message : String(error) }, `database unavailable; retrying ${what}`);
        await sleep(Math.min(5_000, 250 * attempt));
        await heartbeat().catch(() => undefined);
      }
    }
  }

  /** One sub-batch of a partition: decode, one inbox read, handlers (per key in order), one inbox write. */
  private async handleChunk(batch: Batch, messages: KafkaMessage[], heartbeat: () => Promise<void>): Promise<void> {
    const { catalog, handlers, service } = this.opts;
    const { topic, partition } = batch;
    const work: { message: KafkaMessage; event: DomainEvent }[] = [];
    for (const message of messages) {
      const decoded = fromKafkaMessage(message, catalog);
      const type = decoded.ok ? decoded.event.type : headerString(message.headers, 'ce_type');
      if (type !== undefined && !handlers[type] && (decoded.ok || decoded.code !== 'INVALID_ENVELOPE')) {
        // Another consumer's business, even one this catalog does not know yet (counted): skipped, not dead-lettered.
        if (!decoded.ok && decoded.code === 'UNKNOWN_EVENT_TYPE')
          metrics.inc('events_consumed_total', 'Events consumed', { service, result: 'skipped' });
        continue;
      }
      if (!decoded.ok) {
        await this.deadLetter(topic, partition, message, decoded.code, decoded.reason);
        continue;
      }
      work.push({ message, event: decoded.event });
    }
    if (work.length === 0) return;
    const ids = [...new Set(work.map((w) => w.event.id))];
    const found = await this.untilDatabase(
      'inbox read',
      () =>
        this.inbox()
          .find({ _id: { $in: ids } }, { projection: { _id: 1 } })
          .toArray(),
      heartbeat,
    );
    const done = new Set(found.map((r) => r._id));
    const byKey = new Map<string, { message: KafkaMessage; event: DomainEvent }[]>();
    for (const w of work) {
      const key = w.message.key?.toString() ?? w.event.subject;
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      list.push(w);
    }
    const applied: InboxRecord[] = [];
    const record = (message: KafkaMessage, event: DomainEvent): void => {
      applied.push({ _id: event.id, type: event.type, topic, partition, offset: message.offset, processedAt: new Date() });
    };
    // Keys whose events (not yet applied) all go to one handler with `many`: one call for all of them.
    const batched = new Map<EventHandler, { message: KafkaMessage; event: DomainEvent }[]>();
    const single: { message: KafkaMessage; event: DomainEvent }[][] = [];
    for (const list of byKey.values()) {
      const fresh = list.filter((w, i) => !done.has(w.event.id) && list.findIndex((o) => o.event.id === w.event.id) === i);
      const handler = fresh[0] && handlers[fresh[0].event.type];
      if (handler?.many && fresh.every((w) => handlers[w.event.type] === handler)) {
        let group = batched.get(handler);
        if (!group) batched.set(handler, (group = []));
        group.push(...fresh);
        for (const w of list) {
          if (!fresh.includes(w)) metrics.inc('events_consumed_total', 'Events consumed', { service, result: 'duplicate' });
          done.add(w.event.id);
        }
      } else single.push(list);
    }
    for (const [handler, group] of batched) {
      const many = handler.many as (events: DomainEvent[]) => Promise<void>;
      const write = many(group.map((w) => w.event));
      write.catch(() => undefined); // awaited through the spans below
      try {
        await Promise.all(group.map(({ event }) => processEventSpan(event, topic, partition, () => write)));
        for (const { message, event } of group) {
          metrics.inc('events_consumed_total', 'Events consumed', { service, result: 'applied' });
          record(message, event);
        }
      } catch (error) {
        this.opts.log.warn(
          { err: error instanceof Error ? error.message : String(error), events: group.length },
          'batched apply failed; applying one by one',
        );
        for (const w of group) done.delete(w.event.id);
        const keyed = new Map<string, { message: KafkaMessage; event: DomainEvent }[]>();
        for (const w of group) {
          const key = w.message.key?.toString() ?? w.event.subject;
          keyed.set(key, [...(keyed.get(key) ?? []), w]);
        }
        single.push(...keyed.values());
      }
    }
    await eachLimited(single, KEYS_IN_PARALLEL, async (list) => {
      for (const { message, event } of list) {
        // `done` also catches the same event twice in one sub-batch (a redelivery after a producer retry).
        if (done.has(event.id)) {
          metrics.inc('events_consumed_total', 'Events consumed', { service, result: 'duplicate' });
          continue;
        }
        done.add(event.id);
        if (await this.apply(topic, partition, message, event, heartbeat)) record(message, event);
      }
    });
    if (applied.length === 0) return;
    // After the handlers: a crash before this write only means the handlers run again (they are idempotent).
    await this.untilDatabase('inbox write', () => insertIgnoringDuplicates(this.inbox(), applied), heartbeat);
  }

  /** Runs the event's handler with retries; true when applied, false when it went to the dead-letter topic. */
  private async apply(
    topic: string,
    partition: number,
    message: KafkaMessage,
    event: DomainEvent,
    heartbeat: () => Promise<void>,
  ): Promise<boolean> {
    const { log, handlers, service, config } = this.opts;
    const handler = handlers[event.type] as EventHandler;
    for (let attempt = 1; ; attempt++) {
      try {
        await processEventSpan(event, topic, partition, () => handler(event));
        metrics.inc('events_consumed_total', 'Events consumed', { service, result: 'applied' });
        return true;
      } catch (error) {
        if (error instanceof PermanentEventError) {
          await this.deadLetter(topic, partition, message, error.code, error.message);
          return false;
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
          return false;
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
