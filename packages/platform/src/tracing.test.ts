import { context, trace } from '@opentelemetry/api';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-node';
import { loadConfig } from './config';
import { currentTraceparent, extractContext, inSpan, processEventSpan, SpanKind, startTracing } from './tracing';

const env = { NODE_ENV: 'development', PASS_INTERNAL_SECRET: 'x'.repeat(32) };
const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER = '00f067aa0ba902b7';

describe('tracing', () => {
  const tracing = startTracing('unit', loadConfig(env).tracing);
  afterAll(() => tracing.shutdown());

  it('continues a caller traceparent and hands the active span on to the outbox', async () => {
    const parent = extractContext({ traceparent: `00-${TRACE}-${CALLER}-01` });
    await inSpan('POST /graphql', { kind: SpanKind.SERVER, parent }, async (span) => {
      const own = span.spanContext();
      expect(own.traceId).toBe(TRACE);
      expect((span as unknown as ReadableSpan).parentSpanContext?.spanId).toBe(CALLER);
      expect(currentTraceparent()).toBe(`00-${TRACE}-${own.spanId}-01`);
    });
    expect(currentTraceparent()).toBeUndefined();
  });

  it("makes the consumer's process span a child of the span that wrote the event", async () => {
    const writer = '1122334455667788';
    const event = { id: 'e1', type: 'pass.staffing.SubstituteDispatchCompleted.v1', traceparent: `00-${TRACE}-${writer}-01` };
    const seen = await processEventSpan(event, 'pass.staffing.substitute-dispatch', 2, async () => {
      const span = trace.getSpan(context.active()) as unknown as ReadableSpan;
      return { name: span.name, trace: span.spanContext().traceId, parent: span.parentSpanContext?.spanId, kind: span.kind };
    });
    expect(seen).toEqual({ name: `process ${event.type}`, trace: TRACE, parent: writer, kind: SpanKind.CONSUMER });
  });

  it('starts a new trace for an event without trace context, and ends the span when the handler fails', async () => {
    let span: ReadableSpan | undefined;
    await expect(
      processEventSpan({ id: 'e2', type: 't' }, 'topic', 0, async () => {
        span = trace.getSpan(context.active()) as unknown as ReadableSpan;
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(span?.parentSpanContext).toBeUndefined();
    expect(span?.ended).toBe(true);
    expect(span?.status.code).toBe(2);
  });
});

describe('tracing config', () => {
  it('exports only when an OTLP endpoint is set, and validates it', () => {
    expect(loadConfig(env).tracing).toEqual({ exporterUrl: null, batchDelayMs: 5_000 });
    expect(loadConfig({ ...env, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318/' }).tracing.exporterUrl).toBe(
      'http://127.0.0.1:4318/v1/traces',
    );
    expect(
      loadConfig({ ...env, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://a:4318', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://b:4318/traces' })
        .tracing.exporterUrl,
    ).toBe('http://b:4318/traces');
    expect(() => loadConfig({ ...env, OTEL_EXPORTER_OTLP_ENDPOINT: 'jaeger:4318' })).toThrow(
      /OTEL_EXPORTER_OTLP_ENDPOINT="jaeger:4318\/v1\/traces"/,
    );
    expect(() => loadConfig({ ...env, OTEL_BSP_SCHEDULE_DELAY: 'soon' })).toThrow(/OTEL_BSP_SCHEDULE_DELAY/);
  });
});

describe('tracing lifecycle', () => {
  it('shares one provider between services of one process and unregisters it after the last stops', async () => {
    const a = startTracing('a', loadConfig(env).tracing);
    const b = startTracing('b', loadConfig(env).tracing);
    const traced = (): Promise<string | undefined> => inSpan('x', { kind: SpanKind.INTERNAL }, async () => currentTraceparent());
    await a.shutdown();
    await a.shutdown();
    expect(await traced()).toMatch(/^00-[\da-f]{32}-[\da-f]{16}-01$/);
    await b.shutdown();
    expect(await traced()).toBeUndefined();
    const c = startTracing('c', loadConfig(env).tracing);
    expect(await traced()).toMatch(/^00-/);
    await c.shutdown();
  });
});
