/**
 * The events CLI's operations, as functions that write lines to `out` (the CLI
 * prints them; the integration test collects them):
 *
 * - `tail`: follow a topic (or one event type), headers and payload pretty-printed;
 * - `replay`: read a topic from offset 0 into a fresh consumer group, counting per type;
 * - `dlqList` / `dlqRedrive`: show dead letters with their reasons, re-publish them to
 *   the topic they came from (consumers dedupe by ce_id, so a redrive is safe to repeat).
 *
 * Reading tools use throw-away consumer groups (`<namespace>.events-cli.<random>`),
 * deleted afterwards, so they never move a service's offsets.
 */
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type IHeaders, type KafkaMessage } from 'kafkajs';
import { deadLetterTopic, EVENT_TYPE_PATTERN, headerString, topicName, type EventCatalog, type ServiceName } from '@pass-graph/platform';

export type Out = (line: string) => void;

export interface EventsContext {
  kafka: Kafka;
  namespace: string;
  catalog: EventCatalog;
  out: Out;
}

export const createKafka = (brokers: string[]): Kafka =>
  new Kafka({ clientId: 'pass-events-cli', brokers, logLevel: logLevel.NOTHING, retry: { retries: 5 } });

export interface Target {
  /** Full topic name, with namespace. */
  topic: string;
  /** Only this CloudEvents type, when an event type was named. */
  type?: string;
}

/** `pass.staffing.SubstituteDispatchCompleted.v1` → its topic and type; `staffing.substitute-dispatch` → that topic. */
export function resolveTarget(catalog: EventCatalog, namespace: string, name: string): Target {
  if (EVENT_TYPE_PATTERN.test(name)) {
    const def = catalog.get(name);
    if (!def) throw new Error(`no schema for event type ${name} in schemas/events`);
    return { topic: topicName(namespace, def.topic), type: name };
  }
  const bare = name.startsWith(`${namespace}.`) ? name.slice(namespace.length + 1) : name;
  const known = new Set(catalog.all().map((d) => d.topic));
  if (!known.has(bare) && !bare.startsWith('dlq.')) throw new Error(`unknown topic ${name}; topics: ${[...known].sort().join(', ')}`);
  return { topic: topicName(namespace, bare) };
}

const headersOf = (headers: IHeaders | undefined): [string, string][] =>
  Object.keys(headers ?? {})
    .sort()
    .map((k) => [k, headerString(headers, k) ?? '']);

/** Headers, key and payload of one message, for a terminal. */
export function formatMessage(topic: string, partition: number, message: KafkaMessage): string[] {
  const time = new Date(Number(message.timestamp)).toISOString();
  const lines = [
    `── ${topic} [${partition}] @${message.offset}  ${time}`,
    `   key            ${message.key?.toString('utf8') ?? '(none)'}`,
  ];
  for (const [k, v] of headersOf(message.headers)) lines.push(`   ${k.padEnd(14)} ${v}`);
  const value = message.value?.toString('utf8') ?? '';
  let pretty: string;
  try {
    pretty = JSON.stringify(JSON.parse(value), null, 2);
  } catch {
    pretty = value;
  }
  lines.push(...pretty.split('\n').map((l) => `   ${l}`));
  return lines;
}

const ephemeralGroup = (namespace: string, what: string): string => `${namespace}.events-cli.${what}.${randomUUID().slice(0, 8)}`;

async function deleteGroup(kafka: Kafka, groupId: string): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.deleteGroups([groupId]).catch(() => undefined);
  } finally {
    await admin.disconnect();
  }
}

/** End offsets (high watermarks) per partition right now; an absent topic has none. */
async function endOffsets(kafka: Kafka, topic: string): Promise<Map<number, bigint>> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const topics = await admin.listTopics();
    if (!topics.includes(topic)) throw new Error(`topic ${topic} does not exist`);
    const offsets = await admin.fetchTopicOffsets(topic);
    return new Map(offsets.map((o) => [o.partition, BigInt(o.high)]));
  } finally {
    await admin.disconnect();
  }
}

export interface ReadOptions {
  groupId: string;
  /** Called for each message; return true to stop early. */
  onMessage: (topic: string, partition: number, message: KafkaMessage) => boolean | void;
  timeoutMs?: number;
}

/**
 * Reads `topic` from offset 0 up to its end offsets as of the start, then stops.
 * Offsets are committed in `groupId` as it goes.
 */
export async function readToEnd(kafka: Kafka, topic: string, opts: ReadOptions): Promise<void> {
  const ends = await endOffsets(kafka, topic);
  const pending = new Set([...ends.entries()].filter(([, high]) => high > 0n).map(([p]) => p));
  if (pending.size === 0) return;
  const consumer = kafka.consumer({ groupId: opts.groupId, allowAutoTopicCreation: false });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    let finish: () => void = () => undefined;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const timer = setTimeout(finish, opts.timeoutMs ?? 60_000);
    await consumer.run({
      eachMessage: async ({ topic: t, partition, message }) => {
        if (!pending.has(partition)) return;
        const stop = opts.onMessage(t, partition, message);
        if (BigInt(message.offset) + 1n >= (ends.get(partition) ?? 0n)) pending.delete(partition);
        if (stop || pending.size === 0) finish();
      },
    });
    await finished;
    clearTimeout(timer);
    if (pending.size > 0) throw new Error(`timed out reading ${topic}: partitions ${[...pending].join(', ')} not read to the end`);
  } finally {
    await consumer.disconnect();
  }
}

export interface TailOptions {
  fromBeginning: boolean;
  /** Stop after this many (matching) messages; default: follow until interrupted. */
  limit?: number;
  /** Resolves when the caller wants to stop (Ctrl-C). */
  stopSignal?: Promise<void>;
}

/** Prints messages of a topic (or of one event type) as they arrive; returns how many were printed. */
export async function tail(ctx: EventsContext, name: string, opts: TailOptions): Promise<number> {
  const target = resolveTarget(ctx.catalog, ctx.namespace, name);
  const groupId = ephemeralGroup(ctx.namespace, 'tail');
  const consumer = ctx.kafka.consumer({ groupId, allowAutoTopicCreation: false });
  let printed = 0;
  await consumer.connect();
  try {
    await consumer.subscribe({ topic: target.topic, fromBeginning: opts.fromBeginning });
    let finish: () => void = () => undefined;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    void opts.stopSignal?.then(finish);
    ctx.out(`tailing ${target.topic}${target.type ? ` (only ${target.type})` : ''}${opts.fromBeginning ? ' from the beginning' : ''}`);
    await consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        if (opts.limit !== undefined && printed >= opts.limit) return;
        if (target.type && headerString(message.headers, 'ce_type') !== target.type) return;
        for (const line of formatMessage(topic, partition, message)) ctx.out(line);
        printed++;
        if (opts.limit !== undefined && printed >= opts.limit) finish();
      },
    });
    await finished;
  } finally {
    await consumer.disconnect();
    await deleteGroup(ctx.kafka, groupId);
  }
  return printed;
}

export interface ReplayReport {
  total: number;
  /** ce_type → messages and how many of them fail their schema. */
  byType: Record<string, { count: number; invalid: number }>;
}

/**
 * Reads a topic from offset 0 into `groupId`, which must be new (no committed
 * offsets), and counts events per type. The group ends at the topic's end: a read
 * model rebuilt under that group id starts from where the replay stopped.
 */
export async function replay(ctx: EventsContext, name: string, groupId: string): Promise<ReplayReport> {
  const target = resolveTarget(ctx.catalog, ctx.namespace, name);
  await endOffsets(ctx.kafka, target.topic); // a clear error when the topic does not exist
  const admin = ctx.kafka.admin();
  await admin.connect();
  try {
    const [committed] = await admin.fetchOffsets({ groupId, topics: [target.topic] });
    if (committed?.partitions.some((p) => p.offset !== '-1'))
      throw new Error(`consumer group ${groupId} already has offsets on ${target.topic}: replay needs a new group`);
  } finally {
    await admin.disconnect();
  }
  const report: ReplayReport = { total: 0, byType: {} };
  await readToEnd(ctx.kafka, target.topic, {
    groupId,
    onMessage: (_topic, _partition, message) => {
      const type = headerString(message.headers, 'ce_type') ?? '(no ce_type)';
      if (target.type && type !== target.type) return;
      const entry = (report.byType[type] ??= { count: 0, invalid: 0 });
      entry.count++;
      report.total++;
      let data: unknown;
      try {
        data = JSON.parse(message.value?.toString('utf8') ?? '');
      } catch {
        data = undefined;
      }
      if (data === undefined || ctx.catalog.check(type, data) !== null) entry.invalid++;
    },
  });
  ctx.out(`replayed ${report.total} event(s) of ${target.topic} into group ${groupId}`);
  for (const [type, { count, invalid }] of Object.entries(report.byType).sort(([a], [b]) => a.localeCompare(b))) {
    ctx.out(`  ${String(count).padStart(6)}  ${type}${invalid > 0 ? `  (${invalid} invalid)` : ''}`);
  }
  return report;
}

export interface DeadLetter {
  partition: number;
  offset: string;
  eventId?: string;
  type?: string;
  code?: string;
  reason?: string;
  originalTopic?: string;
  message: KafkaMessage;
}

export async function readDeadLetters(ctx: EventsContext, service: ServiceName): Promise<DeadLetter[]> {
  const topic = deadLetterTopic(ctx.namespace, service);
  const letters: DeadLetter[] = [];
  const groupId = ephemeralGroup(ctx.namespace, 'dlq');
  try {
    await readToEnd(ctx.kafka, topic, {
      groupId,
      onMessage: (_t, partition, message) => {
        const h = message.headers;
        letters.push({
          partition,
          offset: message.offset,
          eventId: headerString(h, 'ce_id'),
          type: headerString(h, 'ce_type'),
          code: headerString(h, 'dlq_error_code'),
          reason: headerString(h, 'dlq_error_message'),
          originalTopic: headerString(h, 'dlq_original_topic'),
          message,
        });
      },
    });
  } finally {
    await deleteGroup(ctx.kafka, groupId);
  }
  return letters.sort((a, b) => Number(a.message.timestamp) - Number(b.message.timestamp));
}

export async function dlqList(ctx: EventsContext, service: ServiceName): Promise<DeadLetter[]> {
  const letters = await readDeadLetters(ctx, service);
  ctx.out(`${letters.length} dead letter(s) in ${deadLetterTopic(ctx.namespace, service)}`);
  for (const l of letters) {
    ctx.out(
      `✗ ${l.eventId ?? '(no ce_id)'} ${l.type ?? '(no ce_type)'} from ${l.originalTopic ?? '?'}: ${l.code ?? '?'} ${l.reason ?? ''}`,
    );
    for (const line of formatMessage(deadLetterTopic(ctx.namespace, service), l.partition, l.message)) ctx.out(line);
  }
  return letters;
}

/** The original message: same key, value and headers, without the dead-letter ones. */
function originalHeaders(headers: IHeaders | undefined): IHeaders {
  const out: IHeaders = {};
  for (const [k, v] of Object.entries(headers ?? {})) if (!k.startsWith('dlq_') && v !== undefined) out[k] = v;
  return out;
}

/** Re-publishes dead letters (all, or those with ce_id `eventId`) to their original topics; returns how many. */
export async function dlqRedrive(ctx: EventsContext, service: ServiceName, eventId?: string): Promise<number> {
  const letters = (await readDeadLetters(ctx, service)).filter((l) => eventId === undefined || l.eventId === eventId);
  if (eventId !== undefined && letters.length === 0) throw new Error(`no dead letter with ce_id ${eventId} for ${service}`);
  const producer = ctx.kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
  await producer.connect();
  try {
    for (const l of letters) {
      if (!l.originalTopic) {
        ctx.out(`skipped ${l.partition}@${l.offset}: no dlq_original_topic header`);
        continue;
      }
      await producer.send({
        topic: l.originalTopic,
        acks: -1,
        messages: [{ key: l.message.key, value: l.message.value, headers: originalHeaders(l.message.headers) }],
      });
      ctx.out(`redriven ${l.eventId ?? '(no ce_id)'} ${l.type ?? ''} → ${l.originalTopic} (was ${l.code ?? '?'}: ${l.reason ?? ''})`);
    }
  } finally {
    await producer.disconnect();
  }
  return letters.filter((l) => l.originalTopic).length;
}
