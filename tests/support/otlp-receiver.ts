/**
 * A tiny OTLP/HTTP trace receiver (JSON encoding) for the integration tests: the platform's
 * exporters post to it, and it appends each span, flattened, as one JSON line to a file under
 * `.infra/`, which the tests read.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

export interface RecordedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
  name: string;
  /** OTLP span kind: 1 internal, 2 server, 3 client, 4 producer, 5 consumer. */
  kind: number;
  attributes: Record<string, string | number | boolean>;
}

export const SPAN_KIND = { INTERNAL: 1, SERVER: 2, CLIENT: 3, PRODUCER: 4, CONSUMER: 5 } as const;

interface AnyValue {
  stringValue?: string;
  intValue?: number | string;
  doubleValue?: number;
  boolValue?: boolean;
}
interface KeyValue {
  key: string;
  value: AnyValue;
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes?: KeyValue[];
}
interface ExportRequest {
  resourceSpans?: { resource?: { attributes?: KeyValue[] }; scopeSpans?: { spans?: OtlpSpan[] }[] }[];
}

const scalar = (v: AnyValue): string | number | boolean =>
  v.stringValue ?? v.boolValue ?? v.doubleValue ?? (v.intValue !== undefined ? Number(v.intValue) : '');

const attributesOf = (kvs: KeyValue[] = []): Record<string, string | number | boolean> =>
  Object.fromEntries(kvs.map((kv) => [kv.key, scalar(kv.value)]));

/** OTLP/JSON ids are hex; tolerate base64 from an exporter that sends protobuf-style JSON. */
const hexId = (id: string | undefined): string | null => {
  if (!id) return null;
  return /^[\da-f]+$/i.test(id) ? id.toLowerCase() : Buffer.from(id, 'base64').toString('hex');
};

export function flatten(request: ExportRequest): RecordedSpan[] {
  const out: RecordedSpan[] = [];
  for (const rs of request.resourceSpans ?? []) {
    const service = String(attributesOf(rs.resource?.attributes)['service.name'] ?? 'unknown');
    for (const ss of rs.scopeSpans ?? [])
      for (const s of ss.spans ?? [])
        out.push({
          service,
          traceId: hexId(s.traceId) ?? '',
          spanId: hexId(s.spanId) ?? '',
          parentSpanId: hexId(s.parentSpanId),
          name: s.name,
          kind: s.kind,
          attributes: attributesOf(s.attributes),
        });
  }
  return out;
}

export interface OtlpReceiver {
  /** Base URL, as `OTEL_EXPORTER_OTLP_ENDPOINT` wants it (the exporter adds `/v1/traces`). */
  endpoint: string;
  close: () => Promise<void>;
}

export async function startOtlpReceiver(file: string): Promise<OtlpReceiver> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, '');
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        if (req.method !== 'POST' || req.url !== '/v1/traces') throw new Error(`unexpected ${req.method} ${req.url}`);
        const raw = Buffer.concat(chunks);
        const body = req.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw) : raw;
        const spans = flatten(JSON.parse(body.toString('utf8')) as ExportRequest);
        if (spans.length) fs.appendFileSync(file, spans.map((s) => JSON.stringify(s)).join('\n') + '\n');
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      } catch (error) {
        res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ message: String(error) }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export function readSpans(file: string): RecordedSpan[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as RecordedSpan);
}
