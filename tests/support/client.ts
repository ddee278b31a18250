/** Helpers for tests that talk to the running platform. */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Kafka, logLevel, type KafkaMessage } from 'kafkajs';
import mongoose from 'mongoose';
import { mintToken, type TokenSpec } from '../../packages/stack/src/auth';
import { testEnv } from './env';

export interface GraphQLResult<T> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [k: string]: unknown } }[];
}

/** Who a test request acts as: a token spec, or nobody. */
export type As = TokenSpec | 'anonymous';

/** Unless a test says otherwise it acts as an administrator (authorization has tests of its own). */
export const TEST_ADMIN: TokenSpec = { subject: 'test-admin', roles: ['admin'] };

const tokens = new Map<string, Promise<string>>();
export function bearer(spec: TokenSpec): Promise<string> {
  const key = JSON.stringify(spec);
  let t = tokens.get(key);
  if (!t) tokens.set(key, (t = mintToken(spec)));
  return t;
}

/** Where the personal data the tests send through `gql` is noted, one JSON string a line (tests/pii-whole-run.test.ts). */
export const personalDataFile = (namespace: string = testEnv().namespace): string =>
  path.resolve(__dirname, '..', '..', '.infra', 'pii-run', `${namespace}.jsonl`);

/**
 * The personal data in a request's variables: every string of a `personalData` input (staffing's persons)
 * and the personal fields of an input that carries a 주민등록번호 (care-services' recipients) — sent by a
 * test, accepted or refused, so the whole-run scan looks for it too.
 */
export function personalDataIn(value: unknown, found: string[] = [], under = ''): string[] {
  if (Array.isArray(value)) for (const v of value) personalDataIn(v, found, under);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const personal = under === 'personalData' ? Object.keys(o) : 'residentRegistrationNumber' in o ? PERSONAL_FIELDS : [];
    for (const k of personal) if (typeof o[k] === 'string') found.push(o[k]);
    for (const [k, v] of Object.entries(o)) personalDataIn(v, found, k);
  }
  return found;
}
const PERSONAL_FIELDS = ['name', 'birthDate', 'phone', 'address', 'residentRegistrationNumber'];

function notePersonalData(variables: Record<string, unknown>): void {
  const found = personalDataIn(variables);
  if (found.length === 0) return;
  const file = personalDataFile();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.appendFileSync(file, found.map((v) => `${JSON.stringify(v)}\n`).join(''));
}

export async function gql<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  opts: { as?: As; headers?: Record<string, string> } = {},
): Promise<GraphQLResult<T>> {
  notePersonalData(variables);
  const as = opts.as ?? TEST_ADMIN;
  const auth: Record<string, string> = as === 'anonymous' ? {} : { authorization: `Bearer ${await bearer(as)}` };
  const res = await fetch(testEnv().gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth, ...opts.headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GraphQLResult<T>, 'status'>;
  return { status: res.status, ...body };
}

/** Asserts no errors and returns data. */
export async function ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, as?: As): Promise<T> {
  const r = await gql<T>(query, variables, as ? { as } : {});
  if (r.errors || !r.data) throw new Error(`unexpected errors: ${JSON.stringify(r.errors)}`);
  return r.data;
}

export async function eventually<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await probe();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 250)); // poll: eventually() checks again until its deadline
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

export const kafka = (): Kafka =>
  new Kafka({ clientId: 'pass-test', brokers: testEnv().kafkaBrokers, logLevel: logLevel.NOTHING, retry: { retries: 8 } });

export const topic = (name: string): string => `${testEnv().namespace}.${name}`;

/** Reads a topic from the beginning with a fresh group until `done` says so. */
export async function readTopic(name: string, done: (messages: KafkaMessage[]) => boolean, timeoutMs = 30_000): Promise<KafkaMessage[]> {
  const consumer = kafka().consumer({ groupId: `test-reader-${Date.now()}-${Math.random().toString(36).slice(2)}` });
  const messages: KafkaMessage[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic: topic(name), fromBeginning: true });
  let resolveDone: () => void = () => undefined;
  const finished = new Promise<void>((r) => (resolveDone = r));
  await consumer.run({
    eachMessage: async ({ message }) => {
      messages.push(message);
      if (done(messages)) resolveDone();
    },
  });
  const timer = setTimeout(resolveDone, timeoutMs);
  await finished;
  clearTimeout(timer);
  await consumer.disconnect();
  return messages;
}

/** Every message on the topic up to its end as of now. */
export async function readAll(name: string): Promise<KafkaMessage[]> {
  const admin = kafka().admin();
  await admin.connect();
  const offsets = await admin.fetchTopicOffsets(topic(name));
  await admin.disconnect();
  const total = offsets.reduce((n, o) => n + Number(o.high) - Number(o.low), 0);
  if (total === 0) return [];
  const messages = await readTopic(name, (ms) => ms.length >= total);
  if (messages.length < total) throw new Error(`read ${messages.length} of ${total} messages on ${name}`);
  return messages;
}

export const header = (m: KafkaMessage, name: string): string | undefined => m.headers?.[name]?.toString();

/** A domain event as a producing service would put it on Kafka (CloudEvents headers), for injecting facts. */
export function envelope(producer: string, type: string, key: string, data: Record<string, unknown>, eventId: string = randomUUID()) {
  return {
    key,
    value: JSON.stringify(data),
    headers: {
      ce_specversion: '1.0',
      ce_id: eventId,
      ce_source: `/pass-graph/${producer}`,
      ce_type: type,
      ce_time: new Date().toISOString(),
      ce_subject: key,
      'content-type': 'application/json',
    },
  };
}

async function produce(topicName: string, requests: ReturnType<typeof envelope>[][]): Promise<void> {
  const producer = kafka().producer();
  await producer.connect();
  for (const messages of requests) await producer.send({ topic: topic(topicName), messages });
  await producer.disconnect();
}

/** Produces the messages to this run's topic, one at a time, in order. */
export const send = (topicName: string, ...messages: ReturnType<typeof envelope>[]): Promise<void> =>
  produce(
    topicName,
    messages.map((m) => [m]),
  );

/** Produces the messages to this run's topic in one request: every partition's share is there at the same moment. */
export const sendAtOnce = (topicName: string, ...messages: ReturnType<typeof envelope>[]): Promise<void> => produce(topicName, [messages]);

/** Sum of `db_operations_total{scope="request"}` over every subgraph. */
export async function requestDbOperations(): Promise<number> {
  const env = testEnv();
  let total = 0;
  for (const [name, port] of Object.entries(env.ports)) {
    if (name === 'gateway') continue;
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    const m = /^db_operations_total\{scope="request"\} (\d+)$/m.exec(text);
    total += m ? Number(m[1]) : 0;
  }
  return total;
}

/** A counter of one subgraph's `/metrics`, summed over the series that carry every given label. */
export const metricValue = (service: string, name: string, labels: Record<string, string> = {}): Promise<number> =>
  metricAt(testEnv().ports[service] as number, name, labels);

/** `metricValue` of the process listening on `port` (a replica, say). */
export async function metricAt(port: number, name: string, labels: Record<string, string> = {}): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  let total = 0;
  for (const line of text.split('\n')) {
    const m = /^(\w+)(?:\{(.*)\})? ([\d.e+-]+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    if (Object.entries(labels).every(([k, v]) => (m[2] ?? '').split(',').includes(`${k}="${v}"`))) total += Number(m[3]);
  }
  return total;
}

/** A connection to one service's database of this run (close it in afterAll). */
export const serviceDb = (service: string): Promise<mongoose.Connection> => {
  const env = testEnv();
  return mongoose
    .createConnection(env.mongodbUri, { dbName: `${env.namespace}_${service.replace(/-/g, '_')}`, retryWrites: false })
    .asPromise();
};
