/**
 * Transactional outbox without multi-document transactions (FerretDB v1 has none):
 * a mutation appends its events to the `_outbox` array of the very document it
 * changes, in the same single-document write. State and events commit together.
 * `outboxPlugin` also appends the running mutation's audit record (audit.ts) to its writes
 * until one of them has committed, so no state change is ever without its audit record.
 *
 * The same write sets the top-level `_pending` flag (indexed), so the relay finds documents
 * with events to publish without scanning every collection.
 *
 * The relay then publishes each document's pending events in order and removes them under the
 * document's lease (`withDocument`, cross-process): it re-reads the outbox, drops exactly the entries
 * it published (a prefix) and clears `_pending` when nothing is left. One relay of a service runs a
 * pass at a time, whichever process holds the service's relay lease; the others retry shortly.
 * Delivery is at least once; consumers' inboxes make it exactly once in effect.
 */
import { Schema, type Model } from 'mongoose';
import type { Kafka, Producer } from 'kafkajs';
import { topicName, type ServiceName } from '../config';
import type { Logger } from '../logger';
import { metrics } from '../metrics';
import { requestScope, type MutationAudit } from '../request-scope';
import { currentTraceparent } from '../tracing';
import { withDocument } from '../locks';
import { beforeWrite, holdsLease, isLeaseBusy, reportUnguardedWrite, withLease } from '../leases';
import { conflict } from '../errors';
import type { EventCatalog } from './catalog';
import { eventSource, newEvent, toKafkaMessage, type DomainEvent, type EventMap } from './envelope';
import { parkOutbox } from './parking';

export interface OutboxEntry {
  id: string;
  type: string;
  topic: string;
  subject: string;
  time: string;
  requestid?: string;
  traceparent?: string;
  data: Record<string, unknown>;
}

const OutboxEntrySchema = new Schema<OutboxEntry>(
  {
    id: { type: String, required: true },
    type: { type: String, required: true },
    topic: { type: String, required: true },
    subject: { type: String, required: true },
    time: { type: String, required: true },
    requestid: { type: String },
    traceparent: { type: String },
    data: { type: Schema.Types.Mixed, required: true },
  },
  { _id: false, minimize: false },
);

/**
 * Mongoose plugin: gives an aggregate's schema its `_outbox` (never exposed in the graph).
 * Not `select: false`: FerretDB v1 rejects findAndModify with a projection ("fields ... not
 * implemented yet"), and the array is empty once the relay has published it.
 */
export function outboxPlugin(schema: Schema): void {
  schema.add({
    _outbox: { type: [OutboxEntrySchema], default: [] },
    _pending: { type: Boolean, default: false },
    _parked: { type: Boolean },
  });
  schema.index({ _pending: 1 });
  schema.pre('save', function flagPending() {
    const audit = pendingAudit();
    if (audit) (this.get('_outbox') as OutboxEntry[]).push(audit.entry(String(this._id)));
    if ((this.get('_outbox') as unknown[] | undefined)?.length) this.set('_pending', true);
  });
  schema.post('save', function auditCommitted() {
    const audit = pendingAudit();
    if (audit?.event && (this.get('_outbox') as OutboxEntry[] | undefined)?.some((e) => e.id === audit.event?.id)) audit.committed = true;
  });
  schema.pre('insertMany', function flagPendingMany(next: () => void, docs: unknown) {
    const list = Array.isArray(docs) ? (docs as Record<string, unknown>[]) : [];
    const audit = pendingAudit();
    if (audit && list[0])
      list[0]['_outbox'] = [...((list[0]['_outbox'] as OutboxEntry[] | undefined) ?? []), audit.entry(String(list[0]['_id']))];
    for (const doc of list) if (Array.isArray(doc['_outbox']) && doc['_outbox'].length > 0) doc['_pending'] = true;
    next();
  });
  schema.post('insertMany', function auditCommittedMany(docs: unknown) {
    const audit = pendingAudit();
    const written = Array.isArray(docs) ? (docs as { _outbox?: OutboxEntry[] }[]) : [];
    if (audit?.event && written.some((d) => d._outbox?.some((e) => e.id === audit.event?.id))) audit.committed = true;
  });
  for (const op of ['findOneAndUpdate', 'updateOne', 'updateMany'] as const) {
    schema.pre(op, function flagPendingUpdate() {
      const update = this.getUpdate() as { $push?: Record<string, unknown>; $set?: Record<string, unknown> } | null;
      if (!update || Array.isArray(update)) return;
      const audit = pendingAudit();
      if (audit) {
        const id = (this.getFilter() as { _id?: unknown })['_id'];
        const pushed = update.$push?.['_outbox'] as { $each?: OutboxEntry[] } | undefined;
        const entry = audit.entry(typeof id === 'string' ? id : '');
        update.$push = { ...update.$push, _outbox: { $each: [...(pushed?.$each ?? []), entry] } };
        carriers.add(this);
      }
      const pushed = update.$push?.['_outbox'] as { $each?: unknown[] } | undefined;
      // `outbox.push()` of no events is `{ $each: [] }`: nothing pending then.
      if (pushed !== undefined && (!Array.isArray(pushed.$each) || pushed.$each.length > 0))
        update.$set = { ...update.$set, _pending: true };
    });
    schema.post(op, function auditCommittedUpdate(result: unknown) {
      const audit = pendingAudit();
      if (audit && carriers.has(this) && wrote(result)) audit.committed = true;
    });
  }
}

/** Queries that carry the running mutation's audit event (pre and post middleware share the query object). */
const carriers = new WeakSet<object>();

/** The running mutation's audit event while none of its writes carrying it has committed (request-scope.ts). */
function pendingAudit(): MutationAudit | undefined {
  const audit = requestScope.getStore()?.mutationAudit;
  return audit && !audit.committed ? audit : undefined;
}

/** Whether an update's result says a document was written (`updateOne`/`updateMany` counts, `findOneAndUpdate`'s document). */
function wrote(result: unknown): boolean {
  if (result === null || typeof result !== 'object') return false;
  const r = result as { modifiedCount?: number; upsertedCount?: number; value?: unknown; lastErrorObject?: unknown; _id?: unknown };
  if (typeof r.modifiedCount === 'number') return r.modifiedCount > 0 || (r.upsertedCount ?? 0) > 0;
  if ('lastErrorObject' in r) return r.value != null;
  return r._id !== undefined;
}

export class EventPayloadError extends Error {
  override name = 'EventPayloadError';
}

/** The trace the event belongs to (the mutation's span), carried to its consumers. */
const traced = (traceparent: string | undefined): { traceparent?: string } => (traceparent ? { traceparent } : {});

/**
 * Builds schema-valid outbox entries for one service. Typed by the map of the events the service
 * produces: `entry(type, data)` takes exactly that type's payload (checked again against the schema at run time).
 */
export class Outbox<Events extends EventMap = EventMap> {
  constructor(
    private readonly service: ServiceName,
    private readonly catalog: EventCatalog,
  ) {}

  /** A validated event ready to be `$push`ed; an invalid payload is a programming error and throws. */
  entry<K extends keyof Events & string>(type: K, data: Events[K]): OutboxEntry {
    const def = this.catalog.get(type);
    if (!def || def.producer !== this.service) throw new EventPayloadError(`${this.service} does not produce ${type}`);
    const problems = this.catalog.check(type, data);
    if (problems) throw new EventPayloadError(`${type}: ${problems}`);
    const subject = (data as Record<string, unknown>)[def.keyField];
    if (typeof subject !== 'string') throw new EventPayloadError(`${type}: key field ${def.keyField} must be a string`);
    const event = newEvent(this.service, type, subject, data, requestScope.getStore()?.requestId);
    return {
      id: event.id,
      type,
      topic: def.topic,
      subject,
      time: event.time,
      ...(event.requestid ? { requestid: event.requestid } : {}),
      ...traced(currentTraceparent()),
      data: data as Record<string, unknown>,
    };
  }

  /** Update fragment: `{ $push: outbox.push(e1, e2) }`. */
  push(...entries: OutboxEntry[]): { _outbox: { $each: OutboxEntry[] } } {
    return { _outbox: { $each: entries } };
  }
}

/** Any model whose schema uses `outboxPlugin` (the relay only touches `_id` and `_outbox`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AggregateModel = Model<any>;

/** The relay uses the driver directly (no mongoose hooks), so it counts its own operations. */
const countBackground = (n: number): void => metrics.inc('db_operations_total', 'Database operations issued', { scope: 'background' }, n);

interface PendingDoc {
  _id: string;
  _outbox?: OutboxEntry[];
  /** Earlier events of this document are parked (parking.ts): later ones wait behind them. */
  _parked?: boolean;
}

/** Passes in a row a document's events may be refused by Kafka before they are parked. */
const PARK_AFTER = 3;

/** Kafka error types that concern what was sent, not whether Kafka can be reached. */
const CONTENT_ERRORS = new Set([
  'MESSAGE_TOO_LARGE',
  'RECORD_LIST_TOO_LARGE',
  'INVALID_RECORD',
  'CORRUPT_MESSAGE',
  'UNKNOWN_TOPIC_OR_PARTITION',
  'INVALID_TOPIC_EXCEPTION',
  'TOPIC_AUTHORIZATION_FAILED',
  'POLICY_VIOLATION',
  'INVALID_REQUIRED_ACKS',
]);

/** Whether Kafka refused what was sent (some document's events), as opposed to being unreachable or slow. */
export function refusedForContent(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const e = error as { type?: unknown; originalError?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.type === 'string' && CONTENT_ERRORS.has(e.type)) return true;
  if (Array.isArray(e.errors) && e.errors.some((x) => refusedForContent(x, depth + 1))) return true;
  return refusedForContent(e.originalError, depth + 1) || refusedForContent(e.cause, depth + 1);
}

export interface RelayOptions {
  kafka: Kafka;
  namespace: string;
  service: ServiceName;
  models: AggregateModel[];
  /**
   * Models whose documents are written once and never change (the audit trail): their published
   * events are cleared with one bulk update per chunk, without per-document locks.
   */
  appendOnly?: AggregateModel[];
  log: Logger;
  sweepMs: number;
  /**
   * PASS_SWITCH_OFF=outbox (switch-off test runs only): one attempt per event, dropped when Kafka refuses
   * it — what publishing right after the write, without an outbox, amounts to.
   */
  bestEffort?: boolean;
}

/**
 * Publishes pending outbox entries. `kick(model, id)` right after a mutation gives
 * low latency; a periodic sweep catches whatever a crash or a Kafka outage left.
 */
const SEND_TIMEOUT_MS = 20_000;
/** With `bestEffort` (the outbox switched off), how late an event may still go out. */
const BEST_EFFORT_MS = 2_000;
const STALL_MS = 60_000;
/** Documents published per Kafka request. */
const PUBLISH_CHUNK = 100;
/** Documents whose published events are removed side by side (each under its own lock). */
const POPS_IN_PARALLEL = 16;
/** A pass that found another process relaying tries again after this long. */
const BUSY_RETRY_MS = 250;
/** An idle relay sweeps at most every MAX_SWEEP_BACKOFF × `sweepMs` (32 s with the default 2 s). */
const MAX_SWEEP_BACKOFF = 16;

async function settleWithin<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not finish in ${ms} ms`)), ms))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export class OutboxRelay {
  private producer: Producer | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly kicked = new Map<string, Set<string>>();
  private running: Promise<void> | null = null;
  private rerun = false;
  private sweepDue = true;
  /**
   * The sweep is the safety net (kicks publish right away): it reads every aggregate collection with a
   * filter FerretDB v1 (SQLite) cannot push down, i.e. a full scan of each one. A sweep that finds nothing
   * doubles the time to the next one, up to MAX_SWEEP_BACKOFF × `sweepMs`; finding something or failing
   * brings it back to `sweepMs` (a failed pass asks for a sweep at the next tick anyway).
   */
  private sweepInterval: number;
  private nextSweepAt = 0;
  private stopped = false;
  private lastError: string | null = null;
  /** What the current pass is doing and since when: a pass that makes no progress for a minute is abandoned. */
  private phase = 'idle';
  private progressAt = Date.now();
  private generation = 0;
  /** Whether a sweep has looked for documents by their outbox (those written before `_pending` existed). */
  private legacySwept = false;
  private retryTimer: NodeJS.Timeout | null = null;
  /** Passes in a row each document's events were refused (`collection/id`). */
  private readonly failures = new Map<string, number>();

  constructor(private readonly opts: RelayOptions) {
    this.sweepInterval = opts.sweepMs;
  }

  private step(phase: string): void {
    this.phase = phase;
    this.progressAt = Date.now();
  }

  start(): void {
    this.timer = setInterval(() => {
      if (Date.now() >= this.nextSweepAt) this.sweepDue = true;
      // Watchdog: seen under heavy load, a pass stalled for good with events pending and nothing
      // logged. Abandon it (a new generation starts; the old one stops at its next step), say where
      // it stalled, and sweep again. An event the old pass still sends goes out twice: consumers dedupe.
      if (this.running && Date.now() - this.progressAt > STALL_MS) {
        this.opts.log.error({ phase: this.phase, stalledMs: Date.now() - this.progressAt }, 'outbox relay pass stalled; starting over');
        metrics.inc('outbox_relay_stalls_total', 'Relay passes abandoned by the watchdog', { service: this.opts.service });
        this.generation++;
        this.running = null;
        this.sweepDue = true;
        const stuck = this.producer;
        this.producer = null;
        if (stuck) void stuck.disconnect().catch(() => undefined);
      }
      this.schedule();
    }, this.opts.sweepMs);
    this.timer.unref();
    this.schedule();
  }

  /** Publish this document's pending events now (fire and forget). */
  kick(model: AggregateModel, id: string): void {
    this.kickId(model.collection.collectionName, id);
    this.schedule();
  }

  private kickId(collection: string, id: string): void {
    let ids = this.kicked.get(collection);
    if (!ids) this.kicked.set(collection, (ids = new Set()));
    ids.add(id);
  }

  get healthy(): boolean {
    return this.lastError === null;
  }

  /** Runs passes until nothing is pending (or the time is up); true when drained. */
  async drain(timeoutMs = 10_000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      this.sweepDue = true;
      this.schedule();
      await this.running;
      if ((await this.pendingCount()) === 0) return true;
      await new Promise((r) => setTimeout(r, 200));
    }
    return false;
  }

  async pendingCount(): Promise<number> {
    let n = 0;
    for (const model of this.opts.models) n += await model.collection.countDocuments({ _pending: true });
    return n;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    await this.running;
    this.stopped = true;
    if (this.producer) await this.producer.disconnect().catch(() => undefined);
    this.producer = null;
  }

  private schedule(): void {
    if (this.stopped) return;
    if (this.running) {
      this.rerun = true;
      return;
    }
    const generation = this.generation;
    this.step('starting');
    const run = (async () => {
      do {
        this.rerun = false;
        await this.pass(generation);
      } while (this.rerun && !this.stopped && generation === this.generation);
    })().finally(() => {
      if (this.running === run) this.running = null;
      this.step('idle');
    });
    this.running = run;
  }

  private async pass(generation: number): Promise<void> {
    const sweep = this.sweepDue;
    this.sweepDue = false;
    const kicked = new Map(this.kicked);
    this.kicked.clear();
    const db = this.opts.models[0]?.db;
    if (!db) return;
    try {
      // One pass of this service's relays at a time, in whichever process: no event is sent twice by two relays.
      await withLease(db, `relay/${this.opts.service}`, () => this.passHoldingLease(generation, sweep, kicked), 0);
    } catch (error) {
      if (!isLeaseBusy(error)) return this.failed(error);
      // Another process is relaying: keep what was kicked here and try again shortly.
      for (const [name, ids] of kicked) for (const id of ids) this.kickId(name, id);
      if (sweep) this.sweepDue = true;
      if (!this.retryTimer && !this.stopped)
        this.retryTimer = setTimeout(() => {
          this.retryTimer = null;
          this.schedule();
        }, BUSY_RETRY_MS).unref();
    }
  }

  private async passHoldingLease(generation: number, sweep: boolean, kicked: Map<string, Set<string>>): Promise<void> {
    let swept = 0;
    let failure: unknown;
    try {
      for (const model of this.opts.models) {
        if (generation !== this.generation) return; // abandoned by the watchdog
        const coll = model.collection;
        this.step(`find ${coll.collectionName}`);
        let docs: PendingDoc[];
        if (sweep) {
          // Indexed top-level flag; documents written before it existed are found once, by their outbox.
          const filter = this.legacySwept ? { _pending: true } : { '_outbox.0': { $exists: true } };
          docs = (await coll
            .find(filter, { projection: { _outbox: 1, _parked: 1 } })
            .limit(500)
            .toArray()) as unknown as PendingDoc[];
          countBackground(1);
          swept += docs.length;
        } else {
          // One `$in` read for every document kicked since the last pass, not one `findOne` each.
          const ids = [...(kicked.get(coll.collectionName) ?? [])];
          docs = [];
          for (let i = 0; i < ids.length; i += 500) {
            const found = await coll
              .find({ _id: { $in: ids.slice(i, i + 500) } as never }, { projection: { _outbox: 1, _parked: 1 } })
              .toArray();
            countBackground(1);
            docs.push(...(found as unknown as PendingDoc[]));
          }
        }
        const pending = docs.filter((d) => d._outbox && d._outbox.length > 0);
        // Flagged with nothing left to publish (a write that pushed no events before the flag knew better): unflag.
        for (const d of docs.filter((x) => !x._parked && (x._outbox?.length ?? 0) === 0))
          await withDocument(model, d._id, () => this.removePublished(model, { _id: d._id, _outbox: [] }));
        // One Kafka round trip per chunk of documents, not per document: a sweep after an outage or
        // under load drains in seconds. Order within each document (aggregate) is kept. A collection
        // that fails does not keep the others from publishing.
        try {
          for (let i = 0; i < pending.length && generation === this.generation; i += PUBLISH_CHUNK)
            await this.publish(model, pending.slice(i, i + PUBLISH_CHUNK));
        } catch (error) {
          failure ??= error;
        }
      }
      if (failure !== undefined) throw failure;
      if (this.lastError) this.opts.log.info('outbox relay recovered');
      this.lastError = null;
      if (sweep) {
        this.legacySwept = true;
        this.sweepInterval = swept === 0 ? Math.min(this.sweepInterval * 2, this.opts.sweepMs * MAX_SWEEP_BACKOFF) : this.opts.sweepMs;
        this.nextSweepAt = Date.now() + this.sweepInterval;
      }
    } catch (error) {
      await this.failed(error);
    }
  }

  private async failed(error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    if (this.lastError !== message) this.opts.log.warn({ err: message }, 'outbox relay pass failed; events stay pending');
    this.lastError = message;
    this.sweepDue = true;
    this.sweepInterval = this.opts.sweepMs;
    await this.resetProducer();
  }

  /**
   * Publishes a chunk of documents' outboxes and removes what went out. A chunk Kafka refuses for
   * something in it (not because it is unreachable) is sent again one document at a time, so the rest
   * goes out; a document refused PARK_AFTER passes in a row is parked (parking.ts), and so is every later
   * event of a document with parked ones.
   */
  private async publish(model: AggregateModel, docs: PendingDoc[]): Promise<void> {
    const collection = model.collection.collectionName;
    for (const doc of docs.filter((d) => d._parked)) await this.park(model, doc, 'held behind earlier parked events of the same aggregate');
    let ready = docs.filter((d) => !d._parked);
    if (this.opts.bestEffort) {
      // A publish right after the write either went out then or never: events not sent within a moment are dropped.
      const late = ready.filter((d) => Date.now() - Date.parse(d._outbox?.[0]?.time ?? '') > BEST_EFFORT_MS);
      if (late.length > 0) this.opts.log.warn({ collection, documents: late.length }, 'events dropped (outbox switched off)');
      await this.removeAll(model, late);
      ready = ready.filter((d) => !late.includes(d));
    }
    if (ready.length === 0) return;
    try {
      await this.send(model, ready);
      for (const d of ready) this.failures.delete(`${collection}/${d._id}`);
      return this.removeAll(model, ready);
    } catch (error) {
      if (this.opts.bestEffort) {
        this.opts.log.warn({ collection, documents: ready.length, err: String(error) }, 'events dropped (outbox switched off)');
        return this.removeAll(model, ready);
      }
      if (!refusedForContent(error)) throw error;
    }
    const sent: PendingDoc[] = [];
    for (const doc of ready) {
      const key = `${collection}/${doc._id}`;
      try {
        await this.send(model, [doc]);
        sent.push(doc);
        this.failures.delete(key);
      } catch (error) {
        if (!refusedForContent(error)) throw error;
        const failures = (this.failures.get(key) ?? 0) + 1;
        this.failures.set(key, failures);
        const reason = error instanceof Error ? error.message : String(error);
        this.opts.log.warn({ collection, id: doc._id, failures, err: reason }, "Kafka refused a document's events");
        if (failures >= PARK_AFTER) {
          await this.park(model, doc, reason);
          this.failures.delete(key);
        }
      }
    }
    await this.removeAll(model, sent);
  }

  private async park(model: AggregateModel, doc: PendingDoc, reason: string): Promise<void> {
    const n = await parkOutbox(model.db, model.collection.collectionName, doc._id, reason, this.opts.service);
    if (n > 0)
      this.opts.log.error({ collection: model.collection.collectionName, id: doc._id, events: n, reason }, 'outbox entries parked');
  }

  private async send(model: AggregateModel, docs: PendingDoc[]): Promise<void> {
    this.step(`connect (${model.collection.collectionName})`);
    const producer = await this.connectedProducer();
    const byTopic = new Map<string, DomainEvent[]>();
    for (const doc of docs) {
      for (const e of doc._outbox ?? []) {
        const event: DomainEvent = {
          id: e.id,
          type: e.type,
          source: eventSource(this.opts.service),
          subject: e.subject,
          time: e.time,
          specversion: '1.0',
          datacontenttype: 'application/json',
          ...(e.requestid ? { requestid: e.requestid } : {}),
          ...traced(e.traceparent),
          data: e.data,
        };
        const topic = topicName(this.opts.namespace, e.topic);
        let list = byTopic.get(topic);
        if (!list) byTopic.set(topic, (list = []));
        list.push(event);
      }
    }
    // A send that never settles (seen once under heavy load) would stall every later event of the
    // service: give up on it, so the pass fails, the producer is replaced and the next sweep retries.
    // If the abandoned send lands after all, an event goes out twice — consumers are idempotent.
    this.step(`send ${docs.length} ${model.collection.collectionName}`);
    await settleWithin(
      producer.sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, events]) => ({ topic, messages: events.map(toKafkaMessage) })),
      }),
      SEND_TIMEOUT_MS,
      'publishing to Kafka',
    );
    const count = docs.reduce((n, d) => n + (d._outbox?.length ?? 0), 0);
    metrics.inc('outbox_published_total', 'Events published from outboxes', { service: this.opts.service }, count);
  }

  /** Removes the published events of these documents from their outboxes. */
  private async removeAll(model: AggregateModel, docs: PendingDoc[]): Promise<void> {
    if (docs.length === 0) return;
    if (this.opts.appendOnly?.includes(model)) {
      this.step(`clear ${docs.length} ${model.collection.collectionName}`);
      await beforeWrite();
      await model.collection.updateMany({ _id: { $in: docs.map((d) => d._id) } as never }, { $set: { _outbox: [], _pending: false } });
      countBackground(1);
      return;
    }
    this.step(`pop ${docs.length} ${model.collection.collectionName}`);
    // Documents side by side (the pops of one document stay in order): a pass costs about one database
    // round trip per event of the busiest document, not one per event published.
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < docs.length) {
        const doc = docs[next++] as PendingDoc;
        // Under the document's lease: on FerretDB v1 a concurrent mutation of this document (in any
        // process) would otherwise be lost. Exactly the published prefix goes; later entries stay.
        await withDocument(model, doc._id, () => this.removePublished(model, doc));
        this.step(`pop ${docs.length - next} more ${model.collection.collectionName}`); // progress, for the watchdog
      }
    };
    await Promise.all(Array.from({ length: Math.min(POPS_IN_PARALLEL, docs.length) }, lane));
  }

  private async removePublished(model: AggregateModel, published: PendingDoc): Promise<void> {
    const current = (await model.collection.findOne({ _id: published._id as never }, { projection: { _outbox: 1 } })) as PendingDoc | null;
    countBackground(1);
    if (!current) return;
    const sent = new Set((published._outbox ?? []).map((e) => e.id));
    const outbox = current._outbox ?? [];
    let n = 0;
    while (n < outbox.length && sent.has((outbox[n] as OutboxEntry).id)) n++;
    if (n === 0 && !(outbox.length === 0 && sent.size === 0)) return; // removed already (another pass), nothing of ours left
    const rest = outbox.slice(n);
    await beforeWrite();
    await model.collection.updateOne({ _id: published._id as never }, { $set: { _outbox: rest, _pending: rest.length > 0 } });
    countBackground(1);
  }

  private async connectedProducer(): Promise<Producer> {
    if (this.producer) return this.producer;
    const producer = this.opts.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
    });
    await settleWithin(producer.connect(), SEND_TIMEOUT_MS, 'connecting to Kafka');
    this.producer = producer;
    return producer;
  }

  private async resetProducer(): Promise<void> {
    const p = this.producer;
    this.producer = null;
    if (p) await p.disconnect().catch(() => undefined);
  }
}

/**
 * Creates an aggregate with its first events in one insert and publishes them.
 * A duplicate id answers CONFLICT (the insert is the check: no read-then-write race).
 */
export async function insertAggregate<T extends { _id: string }>(
  model: AggregateModel,
  doc: T,
  events: OutboxEntry[],
  publish: (model: AggregateModel, id: string) => void,
  what: string,
): Promise<T> {
  try {
    const created = await model.create({ ...doc, _outbox: events });
    publish(model, doc._id);
    const { _outbox: _ignored, ...plain } = created.toObject() as T & { _outbox?: unknown };
    return plain as T;
  } catch (error) {
    if ((error as { code?: unknown }).code === 11000) throw conflict(`${what} "${doc._id}" already exists`, { id: doc._id });
    throw error;
  }
}

/** The keys of one secondary index, in order (`{ facilityId: 1, _id: 1 }`: equality fields, then the sort). */
export type IndexKeys = Record<string, 1 | -1>;

/**
 * The schema of an aggregate: a string `_id` (the stable id the service chose), no version key,
 * an `_outbox` unless it is a plain read model (`outbox: false`), and the indexes its hot filters need.
 */
export function aggregateSchema<T>(
  collection: string,
  definition: Record<string, unknown>,
  options: { outbox?: boolean; indexes?: IndexKeys[] } = {},
): Schema<T> {
  const schema = new Schema<T>({ _id: { type: String, required: true }, ...definition }, { collection, versionKey: false });
  if (options.outbox !== false) schema.plugin(outboxPlugin);
  for (const keys of options.indexes ?? []) schema.index(keys);
  // Any update of a stored document outside its lease can lose a concurrent writer's change on FerretDB v1.
  for (const op of ['findOneAndUpdate', 'updateOne', 'updateMany', 'replaceOne', 'findOneAndReplace'] as const)
    schema.pre(op, function reportUnguarded() {
      if (!holdsLease()) reportUnguardedWrite(collection, op);
    });
  return schema;
}
