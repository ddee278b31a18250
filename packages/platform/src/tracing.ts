/**
 * OpenTelemetry tracing of a process: one NodeTracerProvider (`service.name` = the process),
 * W3C trace-context propagation always on, and an OTLP/HTTP exporter only when
 * `OTEL_EXPORTER_OTLP_ENDPOINT` / `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` is set. Without an exporter
 * spans are created and dropped (a few microseconds), and a caller's `traceparent` still travels
 * through the gateway, the subgraphs and Kafka, so traces stay whole wherever they are collected.
 */
import {
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  context,
  propagation,
  trace,
  type Attributes,
  type Context,
  type Span,
  type Tracer,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import type { TracingConfig } from './config';

export interface Tracing {
  /** Exports what is still buffered; call once when the process stops. */
  shutdown: () => Promise<void>;
}

let active: { provider: NodeTracerProvider; users: number } | null = null;

/**
 * Sets up tracing for this process. Several services started in one process (tests, tools) share
 * the first one's provider; the last to shut down flushes it and unregisters it, so a later start
 * can register a fresh one.
 */
export function startTracing(service: string, config: TracingConfig): Tracing {
  if (!active) {
    const spanProcessors = config.exporterUrl ? [exportingProcessor(config.exporterUrl, config.batchDelayMs)] : [];
    const provider = new NodeTracerProvider({ resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: service }), spanProcessors });
    provider.register({ propagator: new W3CTraceContextPropagator() });
    active = { provider, users: 0 };
  }
  const mine = active;
  mine.users++;
  let stopped = false;
  return {
    shutdown: async () => {
      if (stopped) return;
      stopped = true;
      if (--mine.users > 0 || active !== mine) return;
      active = null;
      await mine.provider.shutdown().catch(() => undefined);
      trace.disable();
      propagation.disable();
      context.disable();
    },
  };
}

/** Loaded only when exporting: a process that does not export does not pay for the exporter's modules. */
function exportingProcessor(url: string, delayMs: number): BatchSpanProcessor {
  const { OTLPTraceExporter } =
    require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  return new BatchSpanProcessor(new OTLPTraceExporter({ url }), { scheduledDelayMillis: delayMs });
}

export const tracer = (): Tracer => trace.getTracer('@pass-graph/platform');

/** Header carrier as node:http gives it (string, string[] or absent values). */
export type HeaderCarrier = Readonly<Record<string, string | string[] | undefined>>;

/** The context a caller sent (`traceparent`, `tracestate`), or the root context. */
export function extractContext(headers: HeaderCarrier): Context {
  return propagation.extract(ROOT_CONTEXT, headers);
}

/** Writes the active span's `traceparent` (and `tracestate`) with `set`. */
export function injectContext(set: (name: string, value: string) => void, ctx: Context = context.active()): void {
  const carrier: Record<string, string> = {};
  propagation.inject(ctx, carrier);
  for (const [k, v] of Object.entries(carrier)) set(k, v);
}

/** The active span's W3C `traceparent`, if there is a valid one (kept with outbox events). */
export function currentTraceparent(): string | undefined {
  let traceparent: string | undefined;
  injectContext((k, v) => {
    if (k === 'traceparent') traceparent = v;
  });
  return traceparent;
}

/** Runs `work` in a new span (child of `parent`), ending it with the outcome. */
export async function inSpan<T>(
  name: string,
  options: { kind: SpanKind; attributes?: Attributes; parent?: Context },
  work: (span: Span) => Promise<T>,
): Promise<T> {
  const parent = options.parent ?? context.active();
  const span = tracer().startSpan(name, { kind: options.kind, ...(options.attributes ? { attributes: options.attributes } : {}) }, parent);
  try {
    return await context.with(trace.setSpan(parent, span), () => work(span));
  } catch (error) {
    span.recordException(error instanceof Error ? error : String(error));
    span.setStatus({ code: SpanStatusCode.ERROR });
    throw error;
  } finally {
    span.end();
  }
}

export interface ConsumedEvent {
  id: string;
  type: string;
  traceparent?: string;
}

/**
 * A consumer's `process <event type>` span, whose parent is the span that wrote the event to the
 * outbox (its `traceparent` travelled with the event), so one trace spans a mutation and its effects.
 */
export function processEventSpan<T>(event: ConsumedEvent, topic: string, partition: number, work: () => Promise<T>): Promise<T> {
  const parent = event.traceparent ? extractContext({ traceparent: event.traceparent }) : ROOT_CONTEXT;
  const attributes: Attributes = {
    'messaging.system': 'kafka',
    'messaging.operation.type': 'process',
    'messaging.destination.name': topic,
    'messaging.destination.partition.id': String(partition),
    'messaging.message.id': event.id,
    'cloudevents.event_type': event.type,
  };
  return inSpan(`process ${event.type}`, { kind: SpanKind.CONSUMER, attributes, parent }, () => work());
}

export { SpanKind };
