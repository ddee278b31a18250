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
