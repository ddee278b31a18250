/**
 * Idempotent consumer with a dead-letter topic for what can never be applied, and patient retries for everything else.
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
 * - Failures are permanent or transient. Permanent: the message cannot be decoded or fails its schema
 *   (above), or the handler throws `PermanentEventError` — to the dead-letter topic. Everything else
 *   (an entity the event refers to has not arrived yet, the database is unreachable, a lock conflict,
 *   a bug being fixed) is transient and never dead-lettered: the event is retried until it applies,
 *   with a growing, capped delay (CONSUMER_RETRY_BASE_MS doubling up to CONSUMER_RETRY_MAX_MS).
 *   Between attempts its partition is paused and the batch given back to kafkajs with the event's
 *   offset unresolved, so the next fetch of that partition starts at it again: later events of the
 *   partition (so of the event's key) wait behind it, earlier ones are committed, and the events of
 *   other keys in its sub-batch that did apply are in the inbox and are skipped when it comes back.
 *   Waiting outside `eachBatch` matters: kafkajs' fetcher for a broker waits until every batch of
 *   its last fetch is handled before fetching again, so a handler sleeping in `eachBatch` would hold
 *   back every partition led by that broker (including the one carrying the missing entity); a
 *   paused partition is just left out of the next fetches while the others flow, and the fetch loop
 *   keeps sending heartbeats, so the group does not rebalance. Each retry counts in
 *   `event_handler_retries_total`, `events_retrying` shows the partitions waiting, a warning is
 *   logged at most every RETRY_LOG_MS per partition and an error every CONSUMER_RETRY_ALERT_ATTEMPTS
 *   attempts: an event that fails forever stalls its partition visibly instead of being parked.
 * - Liveness (`sub-batch-watch.ts`): kafkajs heartbeats only from its fetch loop and when we call it, so
 *   while a sub-batch's handlers run a timer heartbeats; a long backlog no longer outlasts the session
 *   timeout (CONSUMER_SESSION_TIMEOUT_MS) and gets the member removed and its sub-batch redone. After
 *   CONSUMER_SUB_BATCH_MAX_MS a sub-batch starts no new event (nor when a heartbeat answers that the group
 *   rebalances, nor when stopping): like a stuck event, but without the pause, the prefix of offsets that
 *   is done is committed and the rest is fetched again at once; events applied beyond it are in the inbox.
 * - Shutdown stops consuming: an event that fails while stopping is neither retried nor
 *   dead-lettered; its offset is not resolved, so it comes back on the next start.
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
import { fromKafkaMessage, headerString, type DomainEvent, type EventMap } from './envelope';
import { SubBatchWatch, type CutReason } from './sub-batch-watch';

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
export type EventHandler<T = unknown> = ((event: DomainEvent<T>) => Promise<void>) & { many?: (events: DomainEvent<T>[]) => Promise<void> };

/**
 * One handler per consumed event type, each receiving that type's payload (`Events` is the service's
 * type → payload map, see `EventMap`). The consumer checks a payload against its schema (tolerant reader:
 * properties the schema does not describe are dropped) before the handler sees it.
 */
export type EventHandlers<Events extends EventMap> = { [K in keyof Events & string]: EventHandler<Events[K]> };

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
/** A partition waiting for a transient failure logs a warning at most this often. */
const RETRY_LOG_MS = 10_000;

/** Kafka's advice: heartbeat at most a third of the session timeout apart (1 s for the default 15 s). */
export const heartbeatInterval = (sessionTimeoutMs: number): number => Math.min(1_000, Math.floor(sessionTimeoutMs / 3));

/** Delay before attempt `attempt + 1` of an event that failed `attempt` times: doubling from `baseMs`, at most `maxMs`. */
export function retryDelay(attempt: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.min(Math.max(attempt - 1, 0), 30));
}

interface Work {
  message: KafkaMessage;
  event: DomainEvent;
}

/** The first event of a sub-batch whose handler failed transiently: the partition waits there. */
interface Stuck extends Work {
  error: unknown;
}

/**
 * How a sub-batch ended. `undone`: the first message not done — the stuck event, or the first one not
 * started because the sub-batch was cut (`cut`); every message before it is done. Null when all are.
 */
interface ChunkOutcome {
  undone: KafkaMessage | null;
  stuck: Stuck | null;
  cut: CutReason | null;
}

/** A partition held back by a transient failure: which offset, how many attempts, when it resumes. */
interface Held {
  topic: string;
  partition: number;
  offset: string;
  eventId: string;
  attempts: number;
  since: number;
  loggedAt: number;
  timer: NodeJS.Timeout | null;
}

/**
 * Deletes inbox records older than `days` (FerretDB has no TTL index). A duplicate can only arrive while the
 * topic still holds the event, so `days` must exceed the topics' retention; handlers stay idempotent beyond it.
 */
export async function sweepInbox(db: Connection, days: number): Promise<number> {
  const { deletedCount } = await db.collection('_inbox').deleteMany({ processedAt: { $lt: new Date(Date.now() - days * 86_400_000) } });
  if (deletedCount > 0) metrics.inc('inbox_records_expired_total', 'Inbox records deleted by the retention sweep', {}, deletedCount);
  return deletedCount;
}

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
  /** `topic|partition` → the event it waits for. */
  private readonly held = new Map<string, Held>();
  /**
   * `topic|partition` → offsets dead-lettered beyond the first message not done of the partition's last
   * sub-batch (a held event, or where a sub-batch was cut): they come back with it and are skipped, not
   * dead-lettered again.
   */
  private readonly lettered = new Map<string, Set<string>>();

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
    const { kafka, config, log, service } = this.opts;
    // The retention sweep (sweepInbox) deletes by age: pushed down to the index on FerretDB/PostgreSQL and MongoDB.
    await this.inbox().createIndex({ processedAt: 1 });
    this.dlqProducer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    await this.dlqProducer.connect();
    const consumer = kafka.consumer({
      groupId: this.groupId,
      sessionTimeout: config.consumerSessionTimeoutMs,
      heartbeatInterval: heartbeatInterval(config.consumerSessionTimeoutMs),
      // An idle fetch waits this long on the broker; a partition resumed after a retry delay joins the next fetch,
      // so this bounds how much later than its delay a retry runs (the default 5 s would swamp the first delays).
      maxWaitTimeInMs: 1_000,
      allowAutoTopicCreation: false,
      retry: { retries: 10, initialRetryTime: 300, maxRetryTime: 5_000 },
    });
    this.consumer = consumer;
    observeConsumerLag(consumer, service);
    // A held partition given to another member is its business now: forget it here (its timer, the gauge).
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
      // The first join at start, then one per rebalance this member took part in.
      metrics.inc('kafka_consumer_group_joins_total', 'Times the consumer joined its group (at start, then once per rebalance)', {
        service,
      });
      log.info({ groupId: this.groupId, memberId: payload.memberId, durationMs: payload.duration }, 'joined the consumer group');
      for (const [key, h] of this.held) {
        if (payload.memberAssignment[h.topic]?.includes(h.partition)) continue;
        if (h.timer) clearTimeout(h.timer);
        this.held.delete(key);
      }
      for (const key of this.lettered.keys()) {
        const [topic = '', partition = ''] = key.split('|');
        if (!payload.memberAssignment[topic]?.includes(Number(partition))) this.lettered.delete(key);
      }
      this.countHeld();
    });
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
      eachBatch: async ({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale, pause }) => {
        for (let i = 0; i < batch.messages.length; i += SUB_BATCH) {
          // After a rebalance or on shutdown the rest of the batch belongs to someone else (or to the next start).
          if (!isRunning() || isStale()) return;
          const chunk = batch.messages.slice(i, i + SUB_BATCH);
          // Heartbeats while the handlers run, and a bound on how long the sub-batch starts new events.
          const watch = new SubBatchWatch({
            heartbeat,
            heartbeatIntervalMs: heartbeatInterval(config.consumerSessionTimeoutMs),
            maxMs: config.consumerSubBatchMaxMs,
            running: () => isRunning() && !this.stopping,
            log,
            topic: batch.topic,
            partition: batch.partition,
          });
          const outcome = await this.handleChunk(batch, chunk, heartbeat, watch).finally(() => watch.stop());
          const { undone, stuck, cut } = outcome;
          if (undone) {
            // Everything before it is done (applied, dead-lettered or not ours): keep that progress.
            const before = BigInt(undone.offset) - 1n;
            if (before >= BigInt((chunk[0] as KafkaMessage).offset)) {
              resolveOffset(before.toString());
              await commitOffsetsIfNecessary();
            }
            if (cut) this.cutShort(batch, outcome, chunk.length, watch.elapsedMs());
            // The rest of the batch is fetched again from `undone` on: after the retry delay when an event is stuck, else at once.
            if (stuck) this.hold(batch.topic, batch.partition, stuck, pause);
            return;
          }
          this.release(batch.topic, batch.partition, (chunk[chunk.length - 1] as KafkaMessage).offset);
          resolveOffset((chunk[chunk.length - 1] as KafkaMessage).offset);
          await commitOffsetsIfNecessary();
          await heartbeat();
        }
      },
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    // Held partitions stay paused: what they wait for is not committed and comes back on the next start.
    for (const h of this.held.values()) if (h.timer) clearTimeout(h.timer);
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
        metrics.inc('consumer_database_waits_total', 'Inbox reads and writes retried while the database was unavailable', {
          service: this.opts.service,
        });
        await sleep(Math.min(5_000, 250 * attempt));
        await heartbeat().catch(() => undefined);
      }
    }
  }

  /**
   * One sub-batch of a partition: decode, one inbox read, handlers (per key in order), one inbox write.
   * Returns the earliest event whose handler failed transiently (its key's later events were not
   * tried) and the first message not done: that event, or the first one not started because `watch`
   * cut the sub-batch short. Both null when every message was applied, skipped or dead-lettered.
   */
  private async handleChunk(
    batch: Batch,
    messages: KafkaMessage[],
    heartbeat: () => Promise<void>,
    watch: SubBatchWatch,
  ): Promise<ChunkOutcome> {
    const { catalog, handlers, service } = this.opts;
    const { topic, partition } = batch;
    const skip = this.lettered.get(`${topic}|${partition}`);
    const lettered: string[] = [];
    const work: Work[] = [];
    for (const message of messages) {
      if (skip?.has(message.offset)) continue;
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
        lettered.push(message.offset);
        continue;
      }
      work.push({ message, event: decoded.event });
    }
    if (work.length === 0) return this.outcome(topic, partition, messages, lettered, [], [], null);
    const ids = [...new Set(work.map((w) => w.event.id))];
    // Switched off only in a switch-off test run: every delivery is then handled as new.
    const inboxOn = !this.opts.config.switchedOff.has('inbox');
    const found = !inboxOn
      ? []
      : await this.untilDatabase(
          'inbox read',
          () =>
            this.inbox()
              .find({ _id: { $in: ids } }, { projection: { _id: 1 } })
              .toArray(),
          heartbeat,
        );
    const done = new Set(found.map((r) => r._id));
    const byKey = new Map<string, Work[]>();
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
    const batched = new Map<EventHandler, Work[]>();
    const single: Work[][] = [];
    for (const list of byKey.values()) {
      const fresh = list.filter((w, i) => !done.has(w.event.id) && (!inboxOn || list.findIndex((o) => o.event.id === w.event.id) === i));
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
    const unstarted: KafkaMessage[] = [];
    let cut: CutReason | null = null;
    for (const [handler, group] of batched) {
      if ((cut ??= watch.startNext())) {
        unstarted.push(...group.map((w) => w.message));
        continue;
      }
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
        const keyed = new Map<string, Work[]>();
        for (const w of group) {
          const key = w.message.key?.toString() ?? w.event.subject;
          keyed.set(key, [...(keyed.get(key) ?? []), w]);
        }
        single.push(...keyed.values());
      }
    }
    const stuck: Stuck[] = [];
    await eachLimited(single, KEYS_IN_PARALLEL, async (list) => {
      for (const { message, event } of list) {
        // `done` also catches the same event twice in one sub-batch (a redelivery after a producer retry).
        if (inboxOn && done.has(event.id)) {
          metrics.inc('events_consumed_total', 'Events consumed', { service, result: 'duplicate' });
          continue;
        }
        // Cut short (time, rebalance, shutdown): this event and the key's later ones are fetched again.
        const now = watch.startNext();
        if (now) {
          cut ??= now;
          unstarted.push(message);
          return;
        }
        done.add(event.id);
        const outcome = await this.apply(topic, partition, message, event);
        if (outcome === 'applied') record(message, event);
        else if (outcome === 'dead_lettered') lettered.push(message.offset);
        else {
          stuck.push({ message, event, error: outcome.error });
          return; // the key's later events wait behind this one
        }
      }
    });
    // After the handlers: a crash before this write only means the handlers run again (they are idempotent).
    // Written even when an event is stuck, so the events of other keys are not applied again when it comes back.
    if (applied.length > 0) await this.untilDatabase('inbox write', () => insertIgnoringDuplicates(this.inbox(), applied), heartbeat);
    return this.outcome(topic, partition, messages, lettered, stuck, unstarted, cut);
  }

  /** The sub-batch's outcome; remembers what it dead-lettered beyond the first message not done (see `lettered`). */
  private outcome(
    topic: string,
    partition: number,
    messages: KafkaMessage[],
    lettered: string[],
    stuck: Stuck[],
    unstarted: KafkaMessage[],
    cut: CutReason | null,
  ): ChunkOutcome {
    const earliest = <T>(items: T[], offset: (item: T) => string): T | null =>
      items.reduce<T | null>((a, b) => (a && BigInt(offset(a)) < BigInt(offset(b)) ? a : b), null);
    const first = earliest(stuck, (s) => s.message.offset);
    const undone = earliest([...(first ? [first.message] : []), ...unstarted], (m) => m.offset);
    const key = `${topic}|${partition}`;
    const beyond = BigInt((undone ?? (messages[messages.length - 1] as KafkaMessage)).offset);
    const kept = [...(this.lettered.get(key) ?? []), ...lettered].filter((o) => BigInt(o) > beyond);
    if (kept.length > 0) this.lettered.set(key, new Set(kept));
    else this.lettered.delete(key);
    return { undone, stuck: first, cut: unstarted.length > 0 ? cut : null };
  }

  /** A sub-batch cut short: counted and logged; its rest is fetched again (the inbox skips what was applied after the cut). */
  private cutShort(batch: Batch, outcome: ChunkOutcome, size: number, elapsedMs: number): void {
    const { log, service } = this.opts;
    const reason = outcome.cut as CutReason;
    metrics.inc('events_sub_batches_cut_total', 'Sub-batches that stopped starting events (time bound, rebalance, shutdown)', {
      service,
      reason,
    });
    const fields = { topic: batch.topic, partition: batch.partition, reason, elapsedMs, size, resumeAt: outcome.undone?.offset };
    if (reason === 'time') log.info(fields, 'sub-batch cut at its time bound; the rest is fetched again');
    else log.warn(fields, 'sub-batch cut short; the rest is fetched again');
  }

  /** Pauses the partition at a transiently failing event and resumes it after the retry delay. */
  private hold(topic: string, partition: number, stuck: Stuck, pause: () => () => void): void {
    const { config, log, service } = this.opts;
    const key = `${topic}|${partition}`;
    const now = Date.now();
    const previous = this.held.get(key);
    const h: Held =
      previous && previous.offset === stuck.message.offset
        ? previous
        : {
            topic,
            partition,
            offset: stuck.message.offset,
            eventId: stuck.event.id,
            attempts: 0,
            since: now,
            loggedAt: 0,
            timer: null,
          };
    h.attempts++;
    this.held.set(key, h);
    const unavailable = classifyDatabaseError(stuck.error) === 'SERVICE_UNAVAILABLE';
    metrics.inc('event_handler_retries_total', 'Transient event handler failures; each event is retried until it applies', {
      service,
      reason: unavailable ? 'database_unavailable' : 'handler_failed',
    });
    this.countHeld();
    if (this.stopping) return; // not retried now and not committed: it comes back on the next start
    // A database outage is the same for every event: retry at least every 5 s, so the backlog moves soon after it ends.
    const delayMs = retryDelay(
      h.attempts,
      config.consumerRetryBaseMs,
      unavailable ? Math.min(5_000, config.consumerRetryMaxMs) : config.consumerRetryMaxMs,
    );
    const fields = {
      topic,
      partition,
      offset: h.offset,
      eventId: h.eventId,
      type: stuck.event.type,
      attempts: h.attempts,
      failingForMs: now - h.since,
      retryInMs: delayMs,
      err: stuck.error instanceof Error ? stuck.error.message : String(stuck.error),
    };
    if (h.attempts % config.consumerRetryAlertAttempts === 0) {
      log.error(fields, 'event still failing; its partition waits for it (not dead-lettered)');
      h.loggedAt = now;
    } else if (now - h.loggedAt >= RETRY_LOG_MS) {
      log.warn(fields, unavailable ? 'database unavailable; retrying event' : 'event handler failed; retrying');
      h.loggedAt = now;
    }
    const resume = pause();
    h.timer = setTimeout(() => {
      h.timer = null;
      resume();
    }, delayMs);
  }

  /** A sub-batch up to `lastOffset` went through: a partition held before it waits no more. */
  private release(topic: string, partition: number, lastOffset: string): void {
    const key = `${topic}|${partition}`;
    const h = this.held.get(key);
    if (!h || BigInt(h.offset) > BigInt(lastOffset)) return;
    this.held.delete(key);
    this.countHeld();
    this.opts.log.info(
      { topic, partition, offset: h.offset, eventId: h.eventId, failedAttempts: h.attempts, failingForMs: Date.now() - h.since },
      'partition moves on after retrying an event',
    );
  }

  private countHeld(): void {
    const waiting = this.stopping ? 0 : this.held.size;
    metrics.set(
      'events_retrying',
      'Partitions waiting to retry an event whose handler failed transiently',
      { service: this.opts.service },
      waiting,
    );
  }

  /**
   * Runs the event's handler once: applied, dead-lettered (`PermanentEventError`), or failed — a
   * transient failure the caller retries later, never a dead letter.
   */
  private async apply(
    topic: string,
    partition: number,
    message: KafkaMessage,
    event: DomainEvent,
  ): Promise<'applied' | 'dead_lettered' | { error: unknown }> {
    const { handlers, service } = this.opts;
    const handler = handlers[event.type] as EventHandler;
    try {
      await processEventSpan(event, topic, partition, () => handler(event));
      metrics.inc('events_consumed_total', 'Events consumed', { service, result: 'applied' });
      return 'applied';
    } catch (error) {
      if (!(error instanceof PermanentEventError)) return { error };
      await this.deadLetter(topic, partition, message, error.code, error.message);
      return 'dead_lettered';
    }
  }

  private async deadLetter(topic: string, partition: number, message: KafkaMessage, code: string, reason: string): Promise<void> {
    const { config, service, log } = this.opts;
    const dlq = deadLetterTopic(config.namespace, service);
    log.warn({ topic, partition, offset: message.offset, code, reason }, 'event sent to dead-letter topic');
    if (!this.dlqProducer) throw new Error('consumer not started');
    // PASS_SWITCH_OFF=dead-letters: the event is logged and skipped (its offset committed), as a consumer without a dead-letter topic would.
    if (config.switchedOff.has('dead-letters')) return;
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
