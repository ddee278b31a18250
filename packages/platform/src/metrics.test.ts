import { Metrics } from './metrics';

describe('Metrics', () => {
  it('renders counters under the same names and labels as before, in Prometheus text format', async () => {
    const m = new Metrics();
    m.inc('db_operations_total', 'Database operations issued', { scope: 'request' });
    m.inc('db_operations_total', 'Database operations issued', { scope: 'request' }, 4);
    m.inc('db_operations_total', 'Database operations issued', { scope: 'background' });
    m.inc('outbox_relay_stalls_total', 'Relay passes abandoned');
    const text = await m.render();
    expect(text).toContain('# TYPE db_operations_total counter');
    expect(text).toMatch(/^db_operations_total\{scope="request"\} 5$/m);
    expect(text).toMatch(/^db_operations_total\{scope="background"\} 1$/m);
    expect(text).toMatch(/^outbox_relay_stalls_total 1$/m);
    expect(await m.get('db_operations_total', { scope: 'request' })).toBe(5);
    expect(await m.get('db_operations_total', { scope: 'nowhere' })).toBe(0);
  });

  it('counts histogram observations per label set into cumulative buckets', async () => {
    const m = new Metrics();
    const labels = { operation_name: 'Facilities', operation_type: 'query' };
    m.observe('graphql_request_duration_seconds', 'latency', labels, 0.004);
    m.observe('graphql_request_duration_seconds', 'latency', labels, 0.3);
    const text = await m.render();
    expect(text).toContain('# TYPE graphql_request_duration_seconds histogram');
    expect(text).toMatch(/^graphql_request_duration_seconds_bucket\{le="0.005",operation_name="Facilities",operation_type="query"\} 1$/m);
    expect(text).toMatch(/^graphql_request_duration_seconds_bucket\{le="0.5",operation_name="Facilities",operation_type="query"\} 2$/m);
    expect(text).toMatch(/^graphql_request_duration_seconds_count\{operation_name="Facilities",operation_type="query"\} 2$/m);
  });

  it('computes gauges on scrape from every source, leaving out one that fails', async () => {
    const m = new Metrics();
    let pending = 3;
    m.computed('outbox_backlog_documents', 'backlog', ['service'], async () => [{ labels: { service: 'staffing' }, value: pending }]);
    const remove = m.computed('outbox_backlog_documents', 'backlog', ['service'], async () => {
      throw new Error('database down');
    });
    expect(await m.render()).toMatch(/^outbox_backlog_documents\{service="staffing"\} 3$/m);
    pending = 0;
    remove();
    expect(await m.render()).toMatch(/^outbox_backlog_documents\{service="staffing"\} 0$/m);
  });

  it('bounds operation-name labels', () => {
    const m = new Metrics();
    expect(m.operationLabel(undefined)).toBe('anonymous');
    expect(m.operationLabel('Facilities')).toBe('Facilities');
    expect(m.operationLabel('x'.repeat(101))).toBe('other');
    for (let i = 0; i < 300; i++) m.operationLabel(`Op${i}`);
    expect(m.operationLabel('Facilities')).toBe('Facilities');
    expect(m.operationLabel('Op150')).toBe('Op150');
    expect(m.operationLabel('Op250')).toBe('other');
  });

  it('adds the process metrics once', async () => {
    const m = new Metrics();
    m.enableProcessMetrics();
    m.enableProcessMetrics();
    const text = await m.render();
    expect(text).toMatch(/^process_cpu_user_seconds_total \d/m);
    expect(text).toContain('nodejs_eventloop_lag_seconds');
  });
});
