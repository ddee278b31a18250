/**
 * The event catalog: an AsyncAPI 3.0 document (`schemas/asyncapi.yaml`) and its
 * markdown rendering (`docs/events.md`), both generated from the event schemas in
 * `schemas/events/` and the handler map types of every service (`CONSUMES` in `services/<service>/src/contract.ts`).
 * Nothing here is written by hand, so the catalog cannot drift from the code:
 * `catalog.test.ts` regenerates both and fails when the checked-in files differ.
 */
import fs from 'node:fs';
import path from 'node:path';
import { EventCatalog, SERVICE_NAMES, type EventDefinition } from '@pass-graph/platform';
import type { Json } from './yaml';

type JsonObject = { [key: string]: Json };

export interface CatalogEvent {
  /** CloudEvents type, e.g. `pass.staffing.SubstituteDispatchCompleted.v1`. */
  type: string;
  /** `SubstituteDispatchCompleted` */
  name: string;
  version: number;
  /** Topic without namespace. */
  topic: string;
  producer: string;
  keyField: string;
  description: string;
  schema: JsonObject;
  examples: JsonObject[];
  /** Services whose handler map handles this type. */
  consumers: string[];
}

/** Service → event types it consumes: the types of its handler map. */
export type Consumers = Record<string, string[]>;

/**
 * A service's handler map types (`consumes` of its ServiceDefinition), from its `contract` module
 * (`services/<service>/src/contract.ts`, built to dist): a module that starts and connects nothing, unlike
 * the service itself. The compiler holds each service's handler map to that list (one handler per type) and
 * start-up checks it again, so the catalog shows exactly what the consumers handle.
 */
export function readConsumers(services: readonly string[] = SERVICE_NAMES): Consumers {
  const out: Consumers = {};
  for (const service of services) {
    const contract = require(`@pass-graph/${service}/dist/contract`) as { CONSUMES?: unknown };
    if (!Array.isArray(contract.CONSUMES) || contract.CONSUMES.some((t) => typeof t !== 'string'))
      throw new Error(`@pass-graph/${service}/dist/contract does not export CONSUMES (a list of event types)`);
    out[service] = [...(contract.CONSUMES as string[])];
  }
  return out;
}

export function loadCatalogEvents(eventsDir: string, consumers: Consumers): CatalogEvent[] {
  const defs: EventDefinition[] = EventCatalog.load(eventsDir).all();
  const known = new Set(defs.map((d) => d.type));
  for (const [service, types] of Object.entries(consumers)) {
    for (const type of types) if (!known.has(type)) throw new Error(`${service} consumes ${type}, which has no schema in schemas/events`);
  }
  return defs.map((d) => {
    const [, , name = '', v = '0'] = /^pass\.([a-z-]+)\.([A-Za-z]+)\.v(\d+)$/.exec(d.type) ?? [];
    const schema = d.schema as JsonObject;
    return {
      type: d.type,
      name,
      version: Number(v),
      topic: d.topic,
      producer: d.producer,
      keyField: d.keyField,
      description: d.description,
      schema,
      examples: Array.isArray(schema['examples']) ? (schema['examples'] as JsonObject[]) : [],
      consumers: Object.entries(consumers)
        .filter(([, types]) => types.includes(d.type))
        .map(([service]) => service)
        .sort(),
    };
  });
}

export interface Topic {
  topic: string;
  producer: string;
  events: CatalogEvent[];
  consumers: string[];
}

export function topicsOf(events: CatalogEvent[]): Topic[] {
  const byTopic = new Map<string, CatalogEvent[]>();
  for (const e of events) byTopic.set(e.topic, [...(byTopic.get(e.topic) ?? []), e]);
  return [...byTopic.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([topic, list]) => ({
      topic,
      producer: list[0]?.producer ?? '',
      events: list.sort((a, b) => a.type.localeCompare(b.type)),
      consumers: [...new Set(list.flatMap((e) => e.consumers))].sort(),
    }));
}

// ---------------------------------------------------------------------------------------------
// AsyncAPI

const KAFKA_BINDING_VERSION = '0.5.0';
const EXAMPLE_EVENT_ID = '00000000-0000-4000-8000-000000000001';

/** The payload schema without the catalog's own keywords (they are carried by the message). */
function payloadSchema(schema: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k === '$schema' || k === '$id' || k === 'examples' || k.startsWith('x-')) continue;
    out[k] = v;
  }
  return out;
}

/** CloudEvents 1.0 binary mode, as written by `toKafkaMessage` in packages/platform/src/events/envelope.ts. */
function cloudEventHeaders(e: CatalogEvent): JsonObject {
  return {
    type: 'object',
    required: ['ce_specversion', 'ce_id', 'ce_source', 'ce_type', 'ce_time', 'ce_subject', 'content-type'],
    properties: {
      ce_specversion: { type: 'string', const: '1.0', description: 'CloudEvents specification version.' },
      ce_id: { type: 'string', format: 'uuid', description: 'Event id; consumers skip ids already in their inbox.' },
      ce_source: { type: 'string', const: `/pass-graph/${e.producer}`, description: 'The producing service.' },
      ce_type: { type: 'string', const: e.type, description: 'Event type, the name of its schema in schemas/events/.' },
      ce_time: { type: 'string', format: 'date-time', description: 'When the event was written to the outbox.' },
      ce_subject: { type: 'string', description: `The aggregate id (payload field \`${e.keyField}\`), also the Kafka key.` },
      ce_requestid: { type: 'string', description: 'Optional: x-request-id of the GraphQL request that caused the event.' },
      ce_traceparent: {
        type: 'string',
        description: 'Optional: W3C trace context of the span that wrote the event (CloudEvents distributed-tracing extension).',
      },
      traceparent: { type: 'string', description: 'Optional: the same trace context as a plain W3C header, for Kafka instrumentations.' },
      'content-type': { type: 'string', const: 'application/json' },
    },
  };
}

function keyBinding(e: CatalogEvent): JsonObject {
  return {
    kafka: {
      key: {
        type: 'string',
        description: `The value of payload field \`${e.keyField}\`: an aggregate's events stay in one partition, in order.`,
      },
      bindingVersion: KAFKA_BINDING_VERSION,
    },
  };
}

function message(e: CatalogEvent): JsonObject {
  return {
    name: e.name,
    title: `${e.name} v${e.version}`,
    summary: e.description,
    contentType: 'application/json',
    correlationId: { description: 'The CloudEvents id.', location: '$message.header#/ce_id' },
    headers: cloudEventHeaders(e),
    payload: payloadSchema(e.schema),
    bindings: keyBinding(e),
    examples: e.examples.map((payload, i) => ({
      name: `example${i + 1}`,
      headers: {
        ce_specversion: '1.0',
        ce_id: EXAMPLE_EVENT_ID,
        ce_source: `/pass-graph/${e.producer}`,
        ce_type: e.type,
        ce_time: '2024-01-01T00:00:00.000Z',
        ce_subject: String(payload[e.keyField] ?? ''),
        'content-type': 'application/json',
      },
      payload,
    })),
    'x-event-type': e.type,
    'x-producer': e.producer,
    'x-key': e.keyField,
    'x-consumers': e.consumers,
  };
}

const DLQ_HEADERS: [string, string][] = [
  [
    'dlq_error_code',
    'INVALID_ENVELOPE, INVALID_PAYLOAD, UNKNOWN_EVENT_TYPE or the PermanentEventError code (HANDLER_FAILED only on dead letters from before transient failures were retried until they apply).',
  ],
  ['dlq_error_message', 'Why the event could not be applied (at most 2000 characters).'],
  ['dlq_original_topic', 'The topic the event was read from, with its namespace.'],
  ['dlq_original_partition', 'Its partition.'],
  ['dlq_original_offset', 'Its offset.'],
  ['dlq_consumer_group', 'The consumer group that gave up on it.'],
  ['dlq_failed_at', 'When (ISO 8601).'],
];

function deadLetterMessage(): JsonObject {
  return {
    name: 'DeadLetter',
    title: 'Dead letter',
    summary:
      'An event a consumer could never apply, as it was read (same key, value and ce_* headers, which may be missing or wrong) plus the dlq_* headers. `npm run events -- dlq redrive` re-publishes it to dlq_original_topic.',
    headers: {
      type: 'object',
      required: DLQ_HEADERS.map(([h]) => h),
      properties: Object.fromEntries(DLQ_HEADERS.map(([h, description]) => [h, { type: 'string', description }])),
    },
    payload: { description: 'The original message value, unchanged (normally the JSON payload of the event).' },
    bindings: { kafka: { key: { type: 'string', description: 'The original key.' }, bindingVersion: KAFKA_BINDING_VERSION } },
  };
}

const channelRef = (id: string): JsonObject => ({ $ref: `#/channels/${id}` });
const operationId = (service: string, action: 'sends' | 'receives', topic: string): string =>
  `${service}-${action}-${topic.replace(/\./g, '-')}`;

export function buildAsyncApi(events: CatalogEvent[]): JsonObject {
  const topics = topicsOf(events);
  const channels: JsonObject = {};
  const operations: JsonObject = {};
  const messages: JsonObject = {};
  for (const e of [...events].sort((a, b) => a.type.localeCompare(b.type))) messages[e.type] = message(e);

  for (const t of topics) {
    channels[t.topic] = {
      address: `{namespace}.${t.topic}`,
      title: t.topic,
      description: `Events of ${t.producer} on topic \`<namespace>.${t.topic}\`, keyed by aggregate id.`,
      parameters: { namespace: { $ref: '#/components/parameters/namespace' } },
      messages: Object.fromEntries(t.events.map((e) => [e.name, { $ref: `#/components/messages/${e.type}` }])),
    };
    operations[operationId(t.producer, 'sends', t.topic)] = {
      action: 'send',
      channel: channelRef(t.topic),
      summary: `${t.producer} publishes through its outbox (same document update as the state change).`,
      messages: t.events.map((e) => ({ $ref: `#/channels/${t.topic}/messages/${e.name}` })),
    };
    for (const consumer of t.consumers) {
      const consumed = t.events.filter((e) => e.consumers.includes(consumer));
      operations[operationId(consumer, 'receives', t.topic)] = {
        action: 'receive',
        channel: channelRef(t.topic),
        summary: `${consumer} applies these events idempotently (inbox by ce_id); others on the topic are skipped.`,
        messages: consumed.map((e) => ({ $ref: `#/channels/${t.topic}/messages/${e.name}` })),
        bindings: {
          kafka: {
            groupId: { type: 'string', description: `Consumer group <namespace>.${consumer}`, examples: [`pass.${consumer}`] },
            bindingVersion: KAFKA_BINDING_VERSION,
          },
        },
      };
    }
  }

  const consumingServices = [...new Set(events.flatMap((e) => e.consumers))].sort();
  for (const service of consumingServices) {
    const id = `dlq.${service}`;
    channels[id] = {
      address: `{namespace}.dlq.${service}`,
      title: id,
      description: `Dead letters of ${service}'s consumer: events it could never apply.`,
      parameters: { namespace: { $ref: '#/components/parameters/namespace' } },
      messages: { DeadLetter: { $ref: '#/components/messages/DeadLetter' } },
    };
    operations[operationId(service, 'sends', id)] = {
      action: 'send',
      channel: channelRef(id),
      summary: `${service} dead-letters an event it cannot decode, validate or apply.`,
      messages: [{ $ref: `#/channels/${id}/messages/DeadLetter` }],
    };
  }
  messages['DeadLetter'] = deadLetterMessage();

  return {
    asyncapi: '3.0.0',
    info: {
      title: 'PASS Graph domain events',
      version: '1.0.0',
      description:
        "Generated by `npm run catalog` from schemas/events/*.json and the event types of each service's handler map (CONSUMES in services/*/src/contract.ts); do not edit. Every event is a CloudEvents 1.0 message in Kafka binary mode: attributes in ce_* headers, the JSON payload as the value, the aggregate id as the key. Topics are prefixed by the stack namespace (PASS_NAMESPACE).",
      license: { name: 'Apache-2.0' },
    },
    defaultContentType: 'application/json',
    servers: {
      local: {
        host: '127.0.0.1:9092',
        protocol: 'kafka',
        description: 'The local broker (`npm run infra up`); set KAFKA_BROKERS for another one.',
      },
    },
    channels,
    operations,
    components: {
      parameters: {
        namespace: {
          description: 'PASS_NAMESPACE of the stack: `pass` by default, `t<base36 time>` for a test run.',
          default: 'pass',
          examples: ['pass'],
        },
      },
      messages,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Markdown

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function typeText(p: JsonObject): string {
  if (Array.isArray(p['enum'])) return p['enum'].map((v) => JSON.stringify(v)).join(' | ');
  if (p['const'] !== undefined) return JSON.stringify(p['const']);
  const types = Array.isArray(p['type']) ? (p['type'] as string[]) : typeof p['type'] === 'string' ? [p['type']] : ['any'];
  return types
    .map((t) => {
      if (t === 'string' && typeof p['format'] === 'string') return `string (${p['format']})`;
      if (t === 'array' && p['items'] && typeof p['items'] === 'object') return `array of ${typeText(p['items'] as JsonObject)}`;
      return t;
    })
    .join(' or ');
}

function constraints(p: JsonObject): string[] {
  const out: string[] = [];
  const n = (k: string): number | undefined => (typeof p[k] === 'number' ? (p[k] as number) : undefined);
  const minLength = n('minLength');
  const maxLength = n('maxLength');
  if (minLength !== undefined && maxLength !== undefined) out.push(`${minLength}–${maxLength} characters`);
  else if (maxLength !== undefined) out.push(`at most ${maxLength} characters`);
  else if (minLength !== undefined) out.push(`at least ${minLength} characters`);
  if (n('minimum') !== undefined) out.push(`≥ ${n('minimum')}`);
  if (n('exclusiveMinimum') !== undefined) out.push(`> ${n('exclusiveMinimum')}`);
  if (n('maximum') !== undefined) out.push(`≤ ${n('maximum')}`);
  if (n('multipleOf') !== undefined) out.push(`multiple of ${n('multipleOf')}`);
  if (typeof p['pattern'] === 'string') out.push(`matches \`${p['pattern']}\``);
  if (n('minItems') !== undefined) out.push(`at least ${n('minItems')} items`);
  if (n('maxItems') !== undefined) out.push(`at most ${n('maxItems')} items`);
  if (p['uniqueItems'] === true) out.push('unique items');
  return out;
}

interface FieldRow {
  path: string;
  type: string;
  required: boolean;
  description: string;
}

function fieldRows(schema: JsonObject, prefix = ''): FieldRow[] {
  const props = (schema['properties'] ?? {}) as Record<string, JsonObject>;
  const required = new Set(Array.isArray(schema['required']) ? (schema['required'] as string[]) : []);
  return Object.entries(props).flatMap(([name, p]) => {
    const fieldPath = `${prefix}${name}`;
    const description = [typeof p['description'] === 'string' ? p['description'] : '', ...constraints(p)].filter(Boolean).join('; ');
    const row: FieldRow = { path: fieldPath, type: typeText(p), required: required.has(name), description };
    const items = p['items'] as JsonObject | undefined;
    const nested = p['properties'] ? fieldRows(p, `${fieldPath}.`) : items?.['properties'] ? fieldRows(items, `${fieldPath}[].`) : [];
    return [row, ...nested];
  });
}

const list = (names: string[]): string => (names.length > 0 ? names.join(', ') : '—');
const anchor = (topic: string): string => topic.replace(/\./g, '');

function eventSection(e: CatalogEvent): string[] {
  const rows = fieldRows(e.schema).map(
    (r) => `| \`${r.path}\` | ${cell(r.type)} | ${r.required ? 'yes' : 'no'} | ${cell(r.description) || '—'} |`,
  );
  const out = [
    `### ${e.name} (v${e.version})`,
    '',
    `\`${e.type}\` — ${e.description}`,
    '',
    `- Producer: ${e.producer}`,
    `- Consumers: ${list(e.consumers)}`,
    `- Key: \`${e.keyField}\` (Kafka key and \`ce_subject\`)`,
    '',
    '| Field | Type | Required | Description |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ];
  for (const example of e.examples) out.push('Example:', '', '```json', JSON.stringify(example, null, 2), '```', '');
  return out;
}

export function renderMarkdown(events: CatalogEvent[]): string {
  const topics = topicsOf(events);
  const out = [
    '# Event catalog',
    '',
    "<!-- Generated by `npm run catalog` from schemas/events/*.json and the services' handler maps (CONSUMES in services/*/src/contract.ts). Do not edit. -->",
    '',
    'Every domain event is a [CloudEvents 1.0](https://github.com/cloudevents/spec) message in Kafka binary mode, written by',
    "the producer's outbox in the same document update as the state change. The machine-readable catalog is",
    '[`schemas/asyncapi.yaml`](../schemas/asyncapi.yaml) (AsyncAPI 3.0); tools: [events CLI and kcat recipes](events-cli.md).',
    '',
    '- Topic on the broker: `<namespace>.<topic>` (namespace `pass` by default, `PASS_NAMESPACE`).',
    '- Key: the aggregate id (the payload field named below), so one aggregate’s events are ordered.',
    '- Value: the JSON payload, valid against `schemas/events/<type>.json`.',
    '- Headers: `ce_specversion` (`1.0`), `ce_id` (uuid; consumers dedupe by it), `ce_source` (`/pass-graph/<service>`), `ce_type`,',
    '  `ce_time`, `ce_subject` (= key), `content-type` (`application/json`), optional `ce_requestid`, optional `ce_traceparent`',
    '  and `traceparent` (W3C trace context of the mutation that wrote the event; a consumer continues the trace).',
    '- Consumer groups: `<namespace>.<service>`. An event a consumer can never apply goes to `<namespace>.dlq.<service>`',
    '  with `dlq_error_code`, `dlq_error_message`, `dlq_original_topic`, `dlq_original_partition`, `dlq_original_offset`,',
    '  `dlq_consumer_group` and `dlq_failed_at` headers.',
    '- Evolution: only additive changes within a version (`npm run schema:check`); a breaking change is a new `v<N+1>` type.',
    '  Additive includes new optional fields and new enum values: a consumer must ignore fields it does not know and treat',
    '  an enum value it does not know as "other" rather than reject the event.',
    '',
    '## Topics',
    '',
    '| Topic | Producer | Events | Consumers |',
    '| --- | --- | --- | --- |',
    ...topics.map(
      (t) => `| [\`${t.topic}\`](#${anchor(t.topic)}) | ${t.producer} | ${t.events.map((e) => e.name).join(', ')} | ${list(t.consumers)} |`,
    ),
    '',
  ];
  for (const t of topics) {
    out.push(
      `## ${t.topic}`,
      '',
      `Producer: ${t.producer} · Consumers: ${list(t.consumers)} · Keys: ${[...new Set(t.events.map((e) => `\`${e.keyField}\``))].join(', ')}`,
      '',
    );
    for (const e of t.events) out.push(...eventSection(e));
  }
  return `${out.join('\n').trimEnd()}\n`;
}
