/**
 * The reliability suite's tools: a small load generator (substitute dispatches driven through their
 * lifecycle, mixed with cross-subgraph queries), a ledger of every mutation the gateway accepted,
 * the platform's control endpoint (kill / restart / add a process), direct reads of the databases
 * (outbox backlog, inbox, read models) and of whole topics.
 */
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import mongoose, { type Connection } from 'mongoose';
import type { KafkaMessage } from 'kafkajs';
import { databaseName, type ProcessName, type ServiceName } from '../../packages/platform/src/config';
import { consumerLag } from '../../packages/stack/src/lag';
import { bearer, kafka, topic } from '../support/client';
import { testEnv } from '../support/env';

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- control of the platform's processes

async function control(method: string, path: string): Promise<Record<string, unknown>> {
  const base = testEnv().controlUrl;
  if (!base) throw new Error('no control endpoint: run the suite through `npm test` / the stack CLI (tests/support/global-setup.ts)');
  const res = await fetch(`${base}${path}`, { method, signal: AbortSignal.timeout(120_000) });
  const body = (await res.json()) as Record<string, unknown>;
  if (res.status !== 200) throw new Error(`control ${method} ${path}: ${String(body['error'])}`);
  return body;
}

export const killProcess = (name: ProcessName, signal: NodeJS.Signals = 'SIGKILL'): Promise<unknown> =>
  control('POST', `/kill?name=${name}&signal=${signal}`);
/** Starts the process again (a SIGTERM first if it still runs) and waits until it answers /healthz. */
export const restartProcess = (name: ProcessName): Promise<unknown> => control('POST', `/restart?name=${name}`);
/** Another process of a service on `port`; `env` adds to the platform's environment for it alone. */
export function startInstance(name: ServiceName, port: number, env: Record<string, string> = {}): Promise<unknown> {
  const query = new URLSearchParams({ name, port: String(port) });
  for (const [key, value] of Object.entries(env)) query.append('env', `${key}=${value}`);
  return control('POST', `/instances?${query}`);
}
export const stopInstance = (port: number): Promise<unknown> => control('DELETE', `/instances?port=${port}`);

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

// ---------------------------------------------------------------- requests

/** The load acts as an administrator of its own, so its rate-limit bucket is not the other tests'. */
const LOAD_IDENTITY = { subject: 'reliability-load', roles: ['admin' as const] };

export interface Sample {
  at: number;
  ms: number;
  kind: 'mutation' | 'query';
  op: string;
  /** HTTP status, null when the request never got an answer. */
  status: number | null;
  /** `extensions.code` of each error. */
  codes: string[];
  transport: 'CONNECTION' | 'TIMEOUT' | null;
  /** A retry answered CONFLICT because an earlier attempt (whose answer was lost) had applied the step. */
  resync?: boolean;
}

export interface Answer<T> extends Sample {
  requestId: string;
  data: T | null;
  errors: { message: string; extensions?: Record<string, unknown> }[];
}

/** OK, a transport failure, or the first error code (HTTP_<status> when a failed answer has none). */
export const outcomeOf = (s: Sample): string =>
  (s.resync ? 'ALREADY_APPLIED' : null) ??
  s.transport ??
  (s.codes.length > 0 ? (s.codes[0] as string) : s.status !== null && s.status >= 400 ? `HTTP_${s.status}` : 'OK');

/** One GraphQL request with a request id of ours (the gateway forwards it; events carry it as `ce_requestid`). */
export async function send<T>(
  kind: Sample['kind'],
  op: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Answer<T>> {
  const requestId = `rel-${randomUUID()}`;
  const at = Date.now();
  const base = { at, kind, op, requestId };
  try {
    const res = await fetch(testEnv().gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await bearer(LOAD_IDENTITY)}`, 'x-request-id': requestId },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    let body: { data?: T | null; errors?: Answer<T>['errors'] } = {};
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      /* not JSON: the status says what happened */
    }
    const errors = body.errors ?? [];
    return {
      ...base,
      ms: Date.now() - at,
      status: res.status,
      codes: errors.map((e) => String(e.extensions?.['code'] ?? 'NO_CODE')),
      transport: null,
      data: body.data ?? null,
      errors,
    };
  } catch (error) {
    const timeout = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    return { ...base, ms: Date.now() - at, status: null, codes: [], transport: timeout ? 'TIMEOUT' : 'CONNECTION', data: null, errors: [] };
  }
}

// ---------------------------------------------------------------- the ledger: what the gateway accepted

export const STEPS = ['request', 'match', 'start', 'complete'] as const;
export type Step = (typeof STEPS)[number];
export const EVENT_OF: Record<Step, string> = {
  request: 'pass.staffing.SubstituteDispatchRequested.v1',
  match: 'pass.staffing.SubstituteDispatchMatched.v1',
  start: 'pass.staffing.SubstituteDispatchStarted.v1',
  complete: 'pass.staffing.SubstituteDispatchCompleted.v1',
};
const STATUS_AFTER: Record<Step, string> = { request: 'REQUESTED', match: 'MATCHED', start: 'DISPATCHED', complete: 'COMPLETED' };
const ORDER = ['REQUESTED', 'MATCHED', 'DISPATCHED', 'COMPLETED'];

export interface DispatchRecord {
  id: string;
  phase: string;
  /** The dispatch's one day (start = end = requested). */
  day: string;
  cost: number;
  /**
   * Steps known applied: `requestId` when the gateway answered it without errors (its event must carry that id),
   * null when an earlier attempt's answer was lost and a retry found the step already done (CONFLICT).
   */
  steps: Partial<Record<Step, { requestId: string | null; at: number }>>;
}

/** Event ids the suite itself put on the topics (fault e): not the platform publishing a step twice. */
export const injectedEventIds = new Set<string>();

/**
 * The dead letters the suite means to cause (fault e): `<service>:<key>` → the error code expected. The
 * reconciliation requires exactly these on the dead-letter topics for the run, nothing more, nothing less.
 */
export const expectedDeadLetters = new Map<string, string>();

/** Every dispatch the load drove, across all faults of the run: the reconciliation's expectations. */
export const ledger = new Map<string, DispatchRecord>();

// A private provider (consulting's) paid for by the Jeonbuk agency: charges land on S12, and no facility's list of
// dispatches grows (other test files page through those).
const PROVIDER = 'jb-provider-namwon-01';
const DAILY_RATE = 76_960; // the Jeonbuk plan's 대체인력 daily rate used by the seed and the events test

const REQUEST = `mutation($input: RequestSubstituteDispatchInput!) { requestSubstituteDispatch(input: $input) { id status cost } }`;
const MATCH = `mutation($id: ID!, $w: ID!) { matchSubstituteDispatch(id: $id, workerId: $w) { id status } }`;
const START = `mutation($id: ID!) { startSubstituteDispatch(id: $id) { id status } }`;
const COMPLETE = `mutation($id: ID!) { completeSubstituteDispatch(id: $id) { id status } }`;
const REGISTER_WORKER = `mutation($input: RegisterSubstituteWorkerInput!) { registerSubstituteWorker(input: $input) { id } }`;
/** Root in care-services, 정원/현원 (nullable) from staffing: one query across two subgraphs. */
export const CROSS_QUERY = `{ facilities(first: 3, district: "장수군") { nodes { id name headcount { authorised actual } } } }`;
/** staffing → governance (the agency). No personal data: reads of it are audited, which would load the relays. */
const PROGRESS_QUERY = `{ dispatchProgress(agencyId: "jeonbuk-pass", year: 2023) { completed agency { nameKo } } }`;

/** 2023-01-01 + n days (mod 360): each lane's dispatches get their own day, so a worker is never double-booked. */
function dayOf(n: number): string {
  const d = new Date(Date.UTC(2023, 0, 1) + (n % 360) * 86_400_000);
  return d.toISOString().slice(0, 10);
}

export interface LoadOptions {
  lanes?: number;
  /** Requests per second per lane (one mutation, then two queries). */
  ratePerLane?: number;
}

export interface LoadSummary {
  phase: string;
  requests: number;
  byOutcome: Record<string, number>;
  mutations: { sent: number; accepted: number; failed: number };
  dispatches: DispatchRecord[];
}

/**
 * Lanes, each with a substitute worker of its own, drive dispatches request → match → start → complete
 * (one step per mutation tick, retried until applied) and read in between. Every answer is kept.
 */
export class Load {
  readonly samples: Sample[] = [];
  readonly dispatches: DispatchRecord[] = [];
  private stopping = false;
  private running: Promise<void>[] = [];
  private readonly lanes: number;
  private readonly period: number;

  constructor(
    readonly phase: string,
    opts: LoadOptions = {},
  ) {
    this.lanes = opts.lanes ?? 3;
    this.period = 1000 / (opts.ratePerLane ?? 2);
  }

  async start(): Promise<this> {
    for (let i = 0; i < this.lanes; i++) {
      const r = await send('mutation', 'registerSubstituteWorker', REGISTER_WORKER, {
        input: { id: this.worker(i), alias: `신뢰성 ${this.phase} ${i}`, jobType: 'CARE', residenceDistrict: '장수군' },
      });
      if (r.errors.length > 0 && !r.codes.includes('CONFLICT'))
        throw new Error(`cannot register a load worker: ${JSON.stringify(r.errors)}`);
    }
    this.running = Array.from({ length: this.lanes }, (_, i) => this.lane(i));
    return this;
  }

  /** Stops the queries and lets each lane finish the dispatch it is on (so every dispatch ends COMPLETED). */
  async stop(): Promise<LoadSummary> {
    this.stopping = true;
    await Promise.all(this.running);
    return this.summary();
  }

  summary(): LoadSummary {
    const byOutcome: Record<string, number> = {};
    for (const s of this.samples) byOutcome[`${s.kind}:${outcomeOf(s)}`] = (byOutcome[`${s.kind}:${outcomeOf(s)}`] ?? 0) + 1;
    const mutations = this.samples.filter((s) => s.kind === 'mutation');
    const accepted = mutations.filter((s) => outcomeOf(s) === 'OK').length;
    return {
      phase: this.phase,
      requests: this.samples.length,
      byOutcome,
      mutations: { sent: mutations.length, accepted, failed: mutations.length - accepted },
      dispatches: this.dispatches,
    };
  }

  /** Samples answered in [from, to] (ms timestamps). */
  between(from: number, to: number): Sample[] {
    return this.samples.filter((s) => s.at >= from && s.at <= to);
  }

  completed(): DispatchRecord[] {
    return this.dispatches.filter((d) => d.steps.complete);
  }

  private worker(lane: number): string {
    return `rel-w-${this.phase}-${lane}`;
  }

  private async lane(lane: number): Promise<void> {
    let n = 0;
    let current: DispatchRecord | null = null;
    let next: Step | 'done' = 'done';
    let drainAttempts = 200;
    for (let tick = 0; ; tick++) {
      const unfinished = current !== null && next !== 'done';
      if (this.stopping && (!unfinished || drainAttempts-- <= 0)) return;
      const t0 = Date.now();
      if (tick % 3 !== 0 && !this.stopping) {
        const r = tick % 3 === 1 ? await send('query', 'cross', CROSS_QUERY) : await send('query', 'progress', PROGRESS_QUERY);
        this.samples.push(strip(r));
      } else {
        if (!current || next === 'done') {
          // One day at the daily rate: cost = 1 × 76,960원.
          current = { id: `rel-${this.phase}-${lane}-${n}`, phase: this.phase, day: dayOf(n), cost: DAILY_RATE, steps: {} };
          n++;
          this.dispatches.push(current);
          ledger.set(current.id, current);
          next = 'request';
        }
        next = await this.step(current, next, lane);
      }
      await sleep(Math.max(0, this.period - (Date.now() - t0))); // pacing: the load's steady rate
    }
  }

  private async step(d: DispatchRecord, step: Step, lane: number): Promise<Step | 'done'> {
    const day = d.day;
    const r =
      step === 'request'
        ? await send('mutation', step, REQUEST, {
            input: {
              id: d.id,
              providerId: PROVIDER,
              agencyId: 'jeonbuk-pass',
              reason: 'SICK_LEAVE', // may start the day it is requested
              absentRole: 'CARE_WORKER',
              requestedOn: day,
              startDate: day,
              endDate: day,
              dailyRate: DAILY_RATE,
            },
          })
        : step === 'match'
          ? await send('mutation', step, MATCH, { id: d.id, w: this.worker(lane) })
          : await send('mutation', step, step === 'start' ? START : COMPLETE, { id: d.id });
    const sample = strip(r);
    this.samples.push(sample);
    const advance = (): Step | 'done' => STEPS[STEPS.indexOf(step) + 1] ?? 'done';
    if (r.errors.length === 0 && r.data) {
      d.steps[step] = { requestId: r.requestId, at: r.at };
      return advance();
    }
    // A lost answer (connection cut, subgraph killed) may hide an applied step: the retry then answers CONFLICT.
    const e = r.errors[0]?.extensions;
    const already =
      e?.['code'] === 'CONFLICT' &&
      (step === 'request'
        ? e['reason'] === undefined
        : e['reason'] === 'INVALID_TRANSITION' && ORDER.indexOf(String(e['from'])) >= ORDER.indexOf(STATUS_AFTER[step]));
    if (already) {
      sample.resync = true;
      d.steps[step] = { requestId: null, at: r.at };
      return advance();
    }
    return step;
  }
}

const strip = (a: Answer<unknown>): Sample => ({
  at: a.at,
  ms: a.ms,
  kind: a.kind,
  op: a.op,
  status: a.status,
  codes: a.codes,
  transport: a.transport,
});

// ---------------------------------------------------------------- databases

/** Direct reads of the services' databases (the reconciliation audits them; nothing here writes). */
export class Databases {
  private constructor(private readonly conn: Connection) {}

  static async open(): Promise<Databases> {
    const conn = mongoose.createConnection(testEnv().mongodbUri, { serverSelectionTimeoutMS: 3_000, retryWrites: false });
    await conn.asPromise();
    return new Databases(conn);
  }

  collection(service: ServiceName, name: string) {
    const db = this.conn.useDb(databaseName(testEnv().namespace, service), { useCache: true }).db;
    if (!db) throw new Error('not connected');
    return db.collection<Record<string, unknown> & { _id: string }>(name);
  }

  /** Documents of these collections with events still in their outbox. */
  async outboxBacklog(collections: [ServiceName, string][] = DEFAULT_OUTBOXES): Promise<number> {
    let n = 0;
    for (const [service, name] of collections) n += await this.collection(service, name).countDocuments({ '_outbox.0': { $exists: true } });
    return n;
  }

  /** Where events are stuck: pending documents per collection and the first one's pending types. */
  async backlogDetail(collections: [ServiceName, string][] = DEFAULT_OUTBOXES): Promise<string> {
    const parts: string[] = [];
    for (const [service, name] of collections) {
      const coll = this.collection(service, name);
      const n = await coll.countDocuments({ '_outbox.0': { $exists: true } });
      if (n === 0) continue;
      const first = await coll.findOne({ '_outbox.0': { $exists: true } });
      const types = ((first?.['_outbox'] as { type: string; topic: string }[] | undefined) ?? []).map((e) => `${e.type}→${e.topic}`);
      parts.push(`${service}.${name}: ${n} pending (first ${String(first?._id)}: ${types.join(', ')})`);
    }
    return parts.join('; ') || 'none';
  }

  async close(): Promise<void> {
    await this.conn.close();
  }
}

/** The relay's counters of one service (`outbox_published_total`, `outbox_pass_timeouts_total`). */
export async function relayCounters(service: ServiceName): Promise<string> {
  const text = await (await fetch(`http://127.0.0.1:${testEnv().ports[service]}/metrics`, { signal: AbortSignal.timeout(5_000) })).text();
  return text
    .split('\n')
    .filter((l) => l.startsWith('outbox_'))
    .join(', ');
}

const DEFAULT_OUTBOXES: [ServiceName, string][] = [
  ['staffing', 'substitute_dispatches'],
  ['staffing', '_audit'],
  ['budgets', 'expenditures'],
  ['budgets', 'rejected_executions'],
];

/** Polls the outbox backlog in the background and keeps its maximum (a database outage reads as "unknown"). */
export class BacklogMonitor {
  max = 0;
  last = 0;
  private timer: NodeJS.Timeout | null = null;
  private busy = false;

  constructor(private readonly dbs: Databases) {}

  start(everyMs = 1_000): this {
    this.timer = setInterval(() => {
      if (this.busy) return;
      this.busy = true;
      void this.dbs
        .outboxBacklog()
        .then((n) => {
          this.last = n;
          this.max = Math.max(this.max, n);
        })
        .catch(() => undefined)
        .finally(() => (this.busy = false));
    }, everyMs);
    return this;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}

// ---------------------------------------------------------------- Kafka

export interface TopicMessage {
  partition: number;
  message: KafkaMessage;
}

/** Every message of a topic, from offset 0 to the high watermark at call time, with a fresh consumer group. */
export async function readAll(name: string, timeoutMs = 60_000): Promise<TopicMessage[]> {
  const admin = kafka().admin();
  await admin.connect();
  const ends = await admin.fetchTopicOffsets(topic(name));
  await admin.disconnect();
  const remaining = new Map(ends.filter((e) => Number(e.high) > Number(e.low)).map((e) => [e.partition, Number(e.high)]));
  const out: TopicMessage[] = [];
  if (remaining.size === 0) return out;
  const consumer = kafka().consumer({ groupId: `rel-replay-${randomUUID()}` });
  await consumer.connect();
  await consumer.subscribe({ topic: topic(name), fromBeginning: true });
  let finish: () => void = () => undefined;
  const done = new Promise<void>((r) => (finish = r));
  await consumer.run({
    eachMessage: async ({ partition, message }) => {
      const high = remaining.get(partition);
      if (high === undefined) return;
      out.push({ partition, message });
      if (Number(message.offset) + 1 >= high) remaining.delete(partition);
      if (remaining.size === 0) finish();
    },
  });
  const timer = setTimeout(finish, timeoutMs);
  await done;
  clearTimeout(timer);
  await consumer.disconnect();
  if (remaining.size > 0) throw new Error(`could not read ${name} to its end in ${timeoutMs / 1000}s`);
  return out;
}

export const headerOf = (m: KafkaMessage, name: string): string | undefined => m.headers?.[name]?.toString();

export const lag = (): Promise<number> => consumerLag(testEnv().kafkaBrokers, testEnv().namespace);

/** Waits until the outboxes are empty and every consumer group has applied everything; returns the ms it took. */
export async function settle(dbs: Databases, timeoutMs = 120_000): Promise<number> {
  const t0 = Date.now();
  let last = '';
  while (Date.now() - t0 < timeoutMs) {
    try {
      const backlog = await dbs.outboxBacklog();
      const behind = backlog === 0 ? await lag() : -1;
      if (backlog === 0 && behind === 0) return Date.now() - t0;
      last = `backlog ${backlog}, lag ${behind}`;
    } catch (error) {
      last = String(error);
    }
    await sleep(500); // poll: settle() checks again until its deadline
  }
  const detail = await dbs.backlogDetail().catch((e: unknown) => String(e));
  const relays = await Promise.all((['staffing', 'budgets'] as const).map((svc) => relayCounters(svc).catch(() => `${svc} down`)));
  throw new Error(`events did not settle in ${timeoutMs / 1000}s (${last}); pending: ${detail}; relays: ${relays.join(' | ')}`);
}

/** Polls until `probe` is truthy; returns the ms it took. */
export async function timeUntil(what: string, probe: () => Promise<boolean>, timeoutMs = 60_000, everyMs = 250): Promise<number> {
  const t0 = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    if (await probe().catch(() => false)) return Date.now() - t0;
    await sleep(everyMs); // poll: timeUntil checks again until its deadline
  }
  throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}`);
}

export async function readyz(service: ServiceName): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${testEnv().ports[service]}/readyz`, { signal: AbortSignal.timeout(5_000) });
  return res.status;
}
