/**
 * One trace spans a mutation and its consumer's handling: a client's `traceparent` is continued
 * by the gateway, handed to the subgraph it calls, stored with the event in the outbox, published
 * as Kafka headers, and continued by the consuming service's `process <event type>` span.
 * Every process exports its spans (OTLP/HTTP JSON) to the receiver tests/support started.
 */
import { randomBytes } from 'node:crypto';
import { testEnv } from './support/env';
import { eventually, gql, header, ok, readTopic } from './support/client';
import { readSpans, SPAN_KIND, type RecordedSpan } from './support/otlp-receiver';

const REQUEST = `mutation($input: RequestSubstituteDispatchInput!) { requestSubstituteDispatch(input: $input) { id } }`;
const MATCH = `mutation($id: ID!, $w: ID!) { matchSubstituteDispatch(id: $id, workerId: $w) { status } }`;
const START = `mutation($id: ID!) { startSubstituteDispatch(id: $id) { status } }`;
const COMPLETE = `mutation TracedComplete($id: ID!) { completeSubstituteDispatch(id: $id) { status } }`;
const COMPLETED = 'pass.staffing.SubstituteDispatchCompleted.v1';

describe('distributed tracing', () => {
  it('follows one trace from the client through the gateway and staffing, over Kafka, into budgets', async () => {
    const id = 'test-trace-disp-001';
    await ok(REQUEST, {
      input: {
        id,
        facilityId: 'jeonbuk-hcc-jangsu',
        reason: 'LEAVE',
        absentRole: 'CARE_WORKER',
        requestedOn: '2023-11-01',
        startDate: '2023-11-20',
        endDate: '2023-11-21',
        dailyRate: 76_960,
      },
    });
    await ok(MATCH, { id, w: 'jb-sub-02' });
    await ok(START, { id });

    const traceId = randomBytes(16).toString('hex');
    const callerSpanId = randomBytes(8).toString('hex');
    const completed = await gql<{ completeSubstituteDispatch: { status: string } }>(
      COMPLETE,
      { id },
      { headers: { traceparent: `00-${traceId}-${callerSpanId}-01` } },
    );
    expect(completed.data?.completeSubstituteDispatch.status).toBe('COMPLETED');

    const spans = await eventually(
      'the consumer span of the completed dispatch',
      async () => {
        const mine = readSpans(testEnv().spansFile).filter((s) => s.traceId === traceId);
        return mine.some((s) => s.service === 'budgets' && s.name === `process ${COMPLETED}`) ? mine : null;
      },
      60_000,
    );
    const one = (what: string, match: (s: RecordedSpan) => boolean): RecordedSpan => {
      const found = spans.filter(match);
      if (found.length !== 1) throw new Error(`expected one ${what}, found ${JSON.stringify(found)} in ${JSON.stringify(spans)}`);
      return found[0]!;
    };
    const byId = new Map(spans.map((s) => [s.spanId, s]));
    const ancestors = (s: RecordedSpan): RecordedSpan[] => {
      const chain: RecordedSpan[] = [];
      for (let p = s.parentSpanId && byId.get(s.parentSpanId); p; p = p.parentSpanId && byId.get(p.parentSpanId)) chain.push(p);
      return chain;
    };

    // The gateway continues the client's span, and fetches from staffing in a child client span.
    const gatewayRequest = one('gateway request span', (s) => s.service === 'gateway' && s.kind === SPAN_KIND.SERVER);
    expect(gatewayRequest).toMatchObject({ parentSpanId: callerSpanId, name: 'mutation TracedComplete' });
    expect(gatewayRequest.attributes).toMatchObject({ 'graphql.operation.name': 'TracedComplete', 'graphql.operation.type': 'mutation' });
    const fetch = one('gateway fetch span', (s) => s.service === 'gateway' && s.name === 'fetch staffing');
    expect(fetch.kind).toBe(SPAN_KIND.CLIENT);
    expect(ancestors(fetch)).toContain(gatewayRequest);

    // Staffing's request span is the child of that fetch (traceparent injected in the subgraph request).
    const staffing = one('staffing request span', (s) => s.service === 'staffing' && s.kind === SPAN_KIND.SERVER);
    expect(staffing.parentSpanId).toBe(fetch.spanId);
    expect(staffing.name).toMatch(/^mutation TracedComplete__staffing__\d+$/);

    // Budgets' handling of the event is the child of the staffing span that wrote it to the outbox.
    const processing = one('budgets process span', (s) => s.service === 'budgets' && s.name === `process ${COMPLETED}`);
    expect(processing.kind).toBe(SPAN_KIND.CONSUMER);
    expect(processing.parentSpanId).toBe(staffing.spanId);
    expect(processing.attributes['messaging.destination.name']).toBe(`${testEnv().namespace}.staffing.substitute-dispatch`);

    // On the wire: the W3C header and the CloudEvents distributed-tracing extension.
    const messages = await readTopic('staffing.substitute-dispatch', (ms) =>
      ms.some((m) => header(m, 'ce_subject') === id && header(m, 'ce_type') === COMPLETED),
    );
    const message = messages.find((m) => header(m, 'ce_subject') === id && header(m, 'ce_type') === COMPLETED);
    expect(header(message!, 'traceparent')).toBe(`00-${traceId}-${staffing.spanId}-01`);
    expect(header(message!, 'ce_traceparent')).toBe(header(message!, 'traceparent'));
  });

  it('starts a trace at the gateway when the client sends none, and keeps it across the subgraph call', async () => {
    await ok(`query TraceRoot { districts(first: 1) { nodes { name } } }`);
    const spans = await eventually('the spans of an untraced query', async () => {
      const all = readSpans(testEnv().spansFile);
      const root = all.find((s) => s.service === 'gateway' && s.name === 'query TraceRoot');
      const sub = root && all.find((s) => s.traceId === root.traceId && s.service === 'governance' && s.kind === SPAN_KIND.SERVER);
      return root && sub ? { root, sub } : null;
    });
    expect(spans.root.parentSpanId).toBeNull();
    expect(spans.sub.name).toMatch(/^query TraceRoot__governance__\d+$/);
  });
});
