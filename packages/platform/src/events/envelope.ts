/**
 * One envelope for every event: CloudEvents 1.0 in Kafka binary mode. The
 * attributes travel as `ce_*` headers, the JSON payload is the message value,
 * and the message key is the aggregate id so an aggregate's events stay ordered.
 */
import { randomUUID } from 'node:crypto';
import type { IHeaders, KafkaMessage, Message } from 'kafkajs';
import type { EventCatalog } from './catalog';

export interface DomainEvent<T = unknown> {
  id: string;
  type: string;
  source: string;
  subject: string;
  time: string;
  specversion: '1.0';
  datacontenttype: 'application/json';
  /** Request that caused the event, for tracing (CloudEvents extension `requestid`). */
  requestid?: string;
  /** W3C trace context of the span that wrote the event (CloudEvents distributed-tracing extension). */
  traceparent?: string;
  data: T;
}

/**
 * Event type → payload type. The platform knows no events: a service supplies its map (generated from
 * schemas/events by @pass-graph/contracts), and `Outbox` and the handler maps are typed by it.
 */
export type EventMap = { [type: string]: object };

const TRACEPARENT = /^[\da-f]{2}-[\da-f]{32}-[\da-f]{16}-[\da-f]{2}$/;

export const eventSource = (service: string): string => `/pass-graph/${service}`;

export function newEvent<T>(service: string, type: string, subject: string, data: T, requestid?: string): DomainEvent<T> {
  return {
    id: randomUUID(),
    type,
    source: eventSource(service),
    subject,
    time: new Date().toISOString(),
    specversion: '1.0',
    datacontenttype: 'application/json',
    ...(requestid ? { requestid } : {}),
    data,
  };
}

export function toKafkaMessage(event: DomainEvent): Message {
  const headers: IHeaders = {
    ce_specversion: event.specversion,
    ce_id: event.id,
    ce_source: event.source,
    ce_type: event.type,
    ce_time: event.time,
    ce_subject: event.subject,
    'content-type': event.datacontenttype,
  };
  if (event.requestid) headers['ce_requestid'] = event.requestid;
  // The CloudEvents extension, and the plain W3C header that Kafka instrumentations read.
  if (event.traceparent) headers['ce_traceparent'] = headers['traceparent'] = event.traceparent;
  return { key: event.subject, value: JSON.stringify(event.data), headers };
}

export function headerString(headers: IHeaders | undefined, name: string): string | undefined {
  const value = headers?.[name];
  if (value === undefined) return undefined;
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
}

export type DecodeResult =
  { ok: true; event: DomainEvent } | { ok: false; code: 'INVALID_ENVELOPE' | 'INVALID_PAYLOAD' | 'UNKNOWN_EVENT_TYPE'; reason: string };

/**
 * Reads and validates a Kafka message as a tolerant reader (`EventCatalog.read`): properties the schema
 * does not describe are dropped and enum values it does not list accepted. Never throws.
 */
export function fromKafkaMessage(message: KafkaMessage, catalog: EventCatalog): DecodeResult {
  const h = message.headers;
  const attrs = {
    specversion: headerString(h, 'ce_specversion'),
    id: headerString(h, 'ce_id'),
    source: headerString(h, 'ce_source'),
    type: headerString(h, 'ce_type'),
    time: headerString(h, 'ce_time'),
    subject: headerString(h, 'ce_subject'),
  };
  const missing = Object.entries(attrs)
    .filter(([, v]) => !v)
    .map(([k]) => `ce_${k}`);
  if (missing.length > 0) return { ok: false, code: 'INVALID_ENVELOPE', reason: `missing headers ${missing.join(', ')}` };
  if (attrs.specversion !== '1.0') return { ok: false, code: 'INVALID_ENVELOPE', reason: `unsupported specversion ${attrs.specversion}` };
  const contentType = headerString(h, 'content-type');
  if (contentType !== undefined && contentType !== 'application/json')
    return { ok: false, code: 'INVALID_ENVELOPE', reason: `unsupported content-type ${contentType}` };
  const type = attrs.type as string;
  if (!catalog.get(type)) return { ok: false, code: 'UNKNOWN_EVENT_TYPE', reason: `no schema for ${type}` };
  let data: unknown;
  try {
    data = JSON.parse(message.value?.toString('utf8') ?? '');
  } catch {
    return { ok: false, code: 'INVALID_PAYLOAD', reason: 'value is not JSON' };
  }
  const problems = catalog.read(type, data);
  if (problems) return { ok: false, code: 'INVALID_PAYLOAD', reason: problems };
  const requestid = headerString(h, 'ce_requestid');
  // A malformed trace context is dropped, never a reason to dead-letter an event.
  const traceparent = headerString(h, 'ce_traceparent') ?? headerString(h, 'traceparent');
  return {
    ok: true,
    event: {
      id: attrs.id as string,
      type,
      source: attrs.source as string,
      subject: attrs.subject as string,
      time: attrs.time as string,
      specversion: '1.0',
      datacontenttype: 'application/json',
      ...(requestid ? { requestid } : {}),
      ...(traceparent && TRACEPARENT.test(traceparent) ? { traceparent } : {}),
      data,
    },
  };
}
