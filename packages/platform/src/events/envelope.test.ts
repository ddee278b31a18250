import fs from 'node:fs';
import path from 'node:path';
import type { KafkaMessage } from 'kafkajs';
import { EventCatalog } from './catalog';
import { fromKafkaMessage, headerString, newEvent, toKafkaMessage } from './envelope';

const dir = path.resolve(__dirname, '..', '..', '..', '..', 'schemas', 'events');
const catalog = EventCatalog.load(dir);
const TYPE = 'pass.governance.DistrictRegistered.v1';
const example = (JSON.parse(fs.readFileSync(path.join(dir, `${TYPE}.json`), 'utf8')) as { examples: Record<string, unknown>[] })
  .examples[0];
const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

function received(headers: Record<string, string>, value: string): KafkaMessage {
  return { key: null, value: Buffer.from(value), headers, offset: '0', timestamp: '0', attributes: 0 };
}

describe('envelope trace context', () => {
  it('carries traceparent as the CloudEvents extension and the plain W3C header, and reads it back', () => {
    const event = { ...newEvent('governance', TYPE, 'x', example), traceparent: TRACEPARENT };
    const message = toKafkaMessage(event);
    expect(headerString(message.headers, 'ce_traceparent')).toBe(TRACEPARENT);
    expect(headerString(message.headers, 'traceparent')).toBe(TRACEPARENT);
    const decoded = fromKafkaMessage(received(message.headers as Record<string, string>, String(message.value)), catalog);
    expect(decoded).toMatchObject({ ok: true, event: { traceparent: TRACEPARENT } });
  });

  it('drops a malformed trace context instead of dead-lettering the event', () => {
    const message = toKafkaMessage({ ...newEvent('governance', TYPE, 'x', example), traceparent: 'not-a-trace' });
    const decoded = fromKafkaMessage(received(message.headers as Record<string, string>, String(message.value)), catalog);
    expect(decoded.ok).toBe(true);
    expect(decoded.ok && decoded.event.traceparent).toBeUndefined();
  });
});

describe('envelope: CloudEvents 1.0 in Kafka binary mode', () => {
  const patched = (message: KafkaMessage, patch: Partial<KafkaMessage>): KafkaMessage => ({ ...message, ...patch }) as KafkaMessage;
  const headersOf = (event: ReturnType<typeof newEvent>) => toKafkaMessage(event).headers as Record<string, string>;
  const encoded = (event: ReturnType<typeof newEvent>): KafkaMessage => {
    const message = toKafkaMessage(event);
    return received(message.headers as Record<string, string>, String(message.value));
  };

  it('a new event carries the CloudEvents attributes, a fresh id and the current time', () => {
    const before = Date.now();
    const a = newEvent('governance', TYPE, '마포구', example, 'req-1');
    const b = newEvent('governance', TYPE, '마포구', example);
    expect(a).toMatchObject({
      type: TYPE,
      source: '/pass-graph/governance',
      subject: '마포구',
      specversion: '1.0',
      datacontenttype: 'application/json',
      requestid: 'req-1',
      data: example,
    });
    expect(a.id).toMatch(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/);
    expect(a.id).not.toBe(b.id);
    expect(Date.parse(a.time)).toBeGreaterThanOrEqual(before - 1);
    expect(Date.parse(a.time)).toBeLessThanOrEqual(Date.now() + 1);
    expect(new Date(a.time).toISOString()).toBe(a.time);
    expect('requestid' in b).toBe(false);
  });

  it('writes the attributes as ce_* headers, the subject as key and the payload as JSON value', () => {
    const event = newEvent('governance', TYPE, '마포구', example, 'req-1');
    const message = toKafkaMessage(event);
    expect(message.key).toBe('마포구');
    expect(JSON.parse(String(message.value))).toEqual(example);
    expect(message.headers).toEqual({
      ce_specversion: '1.0',
      ce_id: event.id,
      ce_source: '/pass-graph/governance',
      ce_type: TYPE,
      ce_time: event.time,
      ce_subject: '마포구',
      'content-type': 'application/json',
      ce_requestid: 'req-1',
    });
    const plain = headersOf(newEvent('governance', TYPE, 'x', example));
    expect(Object.keys(plain)).not.toContain('ce_requestid');
    expect(Object.keys(plain)).not.toContain('ce_traceparent');
    expect(Object.keys(plain)).not.toContain('traceparent');
  });

  it('reads back exactly the event that was written', () => {
    const event = newEvent('governance', TYPE, '마포구', example, 'req-1');
    expect(fromKafkaMessage(encoded(event), catalog)).toEqual({ ok: true, event });
    const bare = newEvent('governance', TYPE, '마포구', example);
    const decoded = fromKafkaMessage(encoded(bare), catalog);
    expect(decoded).toEqual({ ok: true, event: bare });
    expect(decoded.ok && Object.keys(decoded.event)).not.toContain('requestid');
    expect(decoded.ok && Object.keys(decoded.event)).not.toContain('traceparent');
  });

  it('prefers the CloudEvents traceparent to the plain W3C header when both are there', () => {
    const other = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    const message = encoded({ ...newEvent('governance', TYPE, 'x', example), traceparent: TRACEPARENT });
    const decoded = fromKafkaMessage(patched(message, { headers: { ...message.headers, traceparent: other } }), catalog);
    expect(decoded).toMatchObject({ ok: true, event: { traceparent: TRACEPARENT } });
  });

  it('reads the plain W3C traceparent header when the CloudEvents one is absent', () => {
    const message = encoded(newEvent('governance', TYPE, 'x', example));
    const decoded = fromKafkaMessage(patched(message, { headers: { ...message.headers, traceparent: TRACEPARENT } }), catalog);
    expect(decoded).toMatchObject({ ok: true, event: { traceparent: TRACEPARENT } });
  });

  it('refuses a trace context that only contains a valid one', () => {
    for (const bad of [`x${TRACEPARENT}`, `${TRACEPARENT}x`, TRACEPARENT.toUpperCase(), TRACEPARENT.replace('-01', '-1')]) {
      const message = toKafkaMessage({ ...newEvent('governance', TYPE, 'x', example), traceparent: bad });
      const decoded = fromKafkaMessage(received(message.headers as Record<string, string>, String(message.value)), catalog);
      expect([bad, decoded.ok && decoded.event.traceparent]).toEqual([bad, undefined]);
    }
  });

  it('names every missing attribute header', () => {
    const message = encoded(newEvent('governance', TYPE, 'x', example));
    const headers = { ...message.headers } as Record<string, string>;
    delete headers['ce_id'];
    delete headers['ce_time'];
    expect(fromKafkaMessage(patched(message, { headers }), catalog)).toEqual({
      ok: false,
      code: 'INVALID_ENVELOPE',
      reason: 'missing headers ce_id, ce_time',
    });
    for (const name of ['ce_specversion', 'ce_source', 'ce_type', 'ce_subject']) {
      const without = { ...message.headers } as Record<string, string>;
      delete without[name];
      expect(fromKafkaMessage(patched(message, { headers: without }), catalog)).toEqual({
        ok: false,
        code: 'INVALID_ENVELOPE',
        reason: `missing headers ${name}`,
      });
    }
    expect(fromKafkaMessage(patched(message, { headers: { ...message.headers, ce_id: '' } }), catalog)).toMatchObject({
      ok: false,
      code: 'INVALID_ENVELOPE',
    });
  });

  it('refuses another specversion or content type, and an unknown event type', () => {
    const message = encoded(newEvent('governance', TYPE, 'x', example));
    expect(fromKafkaMessage(patched(message, { headers: { ...message.headers, ce_specversion: '0.3' } }), catalog)).toEqual({
      ok: false,
      code: 'INVALID_ENVELOPE',
      reason: 'unsupported specversion 0.3',
    });
    expect(fromKafkaMessage(patched(message, { headers: { ...message.headers, 'content-type': 'text/plain' } }), catalog)).toEqual({
      ok: false,
      code: 'INVALID_ENVELOPE',
      reason: 'unsupported content-type text/plain',
    });
    const noContentType = { ...message.headers } as Record<string, string>;
    delete noContentType['content-type'];
    expect(fromKafkaMessage(patched(message, { headers: noContentType }), catalog).ok).toBe(true);
    expect(fromKafkaMessage(patched(message, { headers: { ...message.headers, ce_type: 'pass.governance.Nothing.v1' } }), catalog)).toEqual(
      {
        ok: false,
        code: 'UNKNOWN_EVENT_TYPE',
        reason: 'no schema for pass.governance.Nothing.v1',
      },
    );
  });

  it('refuses a value that is not JSON, or not a valid payload, as INVALID_PAYLOAD', () => {
    const message = encoded(newEvent('governance', TYPE, 'x', example));
    expect(fromKafkaMessage(patched(message, { value: Buffer.from('{nope') }), catalog)).toEqual({
      ok: false,
      code: 'INVALID_PAYLOAD',
      reason: 'value is not JSON',
    });
    expect(fromKafkaMessage(patched(message, { value: null }), catalog)).toEqual({
      ok: false,
      code: 'INVALID_PAYLOAD',
      reason: 'value is not JSON',
    });
    const invalid = fromKafkaMessage(patched(message, { value: Buffer.from(JSON.stringify({ ...example, name: 7 })) }), catalog);
    expect(invalid).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
    expect(!invalid.ok && invalid.reason).toMatch(/\/name must be string/);
  });

  it('headerString reads strings, buffers and the first of repeated headers', () => {
    expect(headerString(undefined, 'a')).toBeUndefined();
    expect(headerString({}, 'a')).toBeUndefined();
    expect(headerString({ a: 'x' }, 'a')).toBe('x');
    expect(headerString({ a: Buffer.from('마포') }, 'a')).toBe('마포');
    expect(headerString({ a: [Buffer.from('one'), 'two'] }, 'a')).toBe('one');
    expect(headerString({ a: [] }, 'a')).toBeUndefined();
  });
});
