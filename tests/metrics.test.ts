/**
 * Prometheus metrics of the running platform, scraped from each process's `/metrics` and parsed:
 * latency histograms per operation (gateway and subgraph), gateway → subgraph fetch latency,
 * consumer lag, dead letters by code, outbox backlog, and the process metrics.
 */
import { randomUUID } from 'node:crypto';
import { testEnv } from './support/env';
import { eventually, kafka, ok, topic } from './support/client';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Prometheus text exposition → samples (comments skipped). */
function parseExposition(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) throw new Error(`not an exposition line: ${line}`);
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]!] = l[2]!.replace(/\\(.)/g, '$1');
    samples.push({ name: m[1]!, labels, value: Number(m[3]) });
  }
  return samples;
}

async function scrape(process: string): Promise<Sample[]> {
  const res = await fetch(`http://127.0.0.1:${testEnv().ports[process]}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parseExposition(await res.text());
}

const matching = (samples: Sample[], name: string, labels: Record<string, string | RegExp> = {}): Sample[] =>
  samples.filter(
    (s) =>
      s.name === name && Object.entries(labels).every(([k, v]) => (typeof v === 'string' ? s.labels[k] === v : v.test(s.labels[k] ?? ''))),
  );

const total = (samples: Sample[], name: string, labels: Record<string, string | RegExp> = {}): number =>
  matching(samples, name, labels).reduce((n, s) => n + s.value, 0);

const REQUEST = `mutation MetricsRequestDispatch($input: RequestSubstituteDispatchInput!) { requestSubstituteDispatch(input: $input) { id status } }`;

describe('metrics', () => {
  it('counts a mutation in the latency histograms of the gateway, its fetch, and the subgraph, by operation', async () => {
    const gatewayOp = { operation_name: 'MetricsRequestDispatch', operation_type: 'mutation' };
    const staffingOp = { operation_name: /^MetricsRequestDispatch__staffing__\d+$/, operation_type: 'mutation' };
    const [gatewayBefore, staffingBefore] = [await scrape('gateway'), await scrape('staffing')];

    const data = await ok<{ requestSubstituteDispatch: { status: string } }>(REQUEST, {
      input: {
        id: 'test-metrics-disp-001',
        facilityId: 'jeonbuk-hcc-jangsu',
        reason: 'LEAVE',
        absentRole: 'CARE_WORKER',
        requestedOn: '2023-11-01',
        startDate: '2023-11-27',
        endDate: '2023-11-28',
        dailyRate: 76_960,
      },
    });
    expect(data.requestSubstituteDispatch.status).toBe('REQUESTED');

    const [gateway, staffing] = [await scrape('gateway'), await scrape('staffing')];
    const count = 'graphql_request_duration_seconds_count';
    expect(total(gateway, count, gatewayOp) - total(gatewayBefore, count, gatewayOp)).toBe(1);
    expect(total(staffing, count, staffingOp) - total(staffingBefore, count, staffingOp)).toBe(1);
    // Cumulative buckets: +Inf holds every observation, and the sum is a positive duration.
    expect(total(gateway, 'graphql_request_duration_seconds_bucket', { ...gatewayOp, le: '+Inf' })).toBe(total(gateway, count, gatewayOp));
    expect(total(gateway, 'graphql_request_duration_seconds_sum', gatewayOp)).toBeGreaterThan(0);

    const fetches = 'gateway_subgraph_request_duration_seconds_count';
    expect(total(gateway, fetches, { service: 'staffing' })).toBeGreaterThan(total(gatewayBefore, fetches, { service: 'staffing' }));
    // The counters the benchmarks read are still there, under their names and labels.
    expect(total(gateway, 'gateway_subgraph_requests_total', { service: 'staffing' })).toBeGreaterThan(0);
    expect(total(staffing, 'http_graphql_requests_total', { status: '200' })).toBeGreaterThan(0);
    expect(matching(staffing, 'db_operations_total', { scope: 'request' })).toHaveLength(1);
  });

  it('reports consumer lag per topic and partition for a consumed topic', async () => {
    const lag = await eventually('budgets lag on the dispatch topic', async () => {
      const found = matching(await scrape('budgets'), 'kafka_consumer_lag', {
        service: 'budgets',
        topic: topic('staffing.substitute-dispatch'),
      });
      return found.length > 0 ? found : null;
    });
    for (const s of lag) {
      expect(s.labels['partition']).toMatch(/^\d+$/);
      expect(s.value).toBeGreaterThanOrEqual(0);
    }
  });

  it('counts a dead-lettered event by its code', async () => {
    const labels = { service: 'budgets', code: 'INVALID_ENVELOPE' };
    const before = total(await scrape('budgets'), 'events_dead_lettered_total', labels);
    const producer = kafka().producer();
    await producer.connect();
    // No CloudEvents headers at all: the consumer cannot even tell what it is.
    await producer.send({
      topic: topic('staffing.substitute-dispatch'),
      messages: [{ key: `metrics-malformed-${randomUUID()}`, value: '{}' }],
    });
    await producer.disconnect();
    const after = await eventually('the dead letter counted', async () => {
      const n = total(await scrape('budgets'), 'events_dead_lettered_total', labels);
      return n > before ? n : null;
    });
    expect(after - before).toBe(1);
  });

  it('shows each service’s outbox backlog, drained, and the process metrics of every process', async () => {
    for (const service of ['governance', 'staffing', 'budgets', 'care-services', 'consulting', 'outreach']) {
      const backlog = await eventually(`${service}'s outbox drained`, async () => {
        const s = matching(await scrape(service), 'outbox_backlog_documents', { service });
        return s.length === 1 && s[0]!.value === 0 ? s : null;
      });
      expect(backlog).toHaveLength(1);
    }
    for (const process of Object.keys(testEnv().ports)) {
      const samples = await scrape(process);
      expect(total(samples, 'process_resident_memory_bytes')).toBeGreaterThan(0);
      expect(matching(samples, 'nodejs_eventloop_lag_seconds')).toHaveLength(1);
    }
  });
});
