/**
 * Consumers are idempotent and never stall: a redelivered event is applied once,
 * an invalid one goes to the dead-letter topic with the reason and the consumer moves on.
 */
import { randomUUID } from 'node:crypto';
import { eventually, gql, header, kafka, metricValue, ok, readTopic, topic } from './support/client';
import { settled } from './support/settled';
import { registerDispatchLine } from './support/budget-lines';

const EXPENDITURE = `query($id: ID!) { substituteDispatch(id: $id) { expenditure { amount } } budgetLine(id: "test-consumers-2030-S12") { executed expenditures(first: 100) { nodes { dispatch { id } } } } }`;

interface View {
  substituteDispatch: { expenditure: { amount: number } | null } | null;
  budgetLine: { executed: number; expenditures: { nodes: { dispatch: { id: string } | null }[] } };
}

function completedEvent(dispatchId: string, eventId: string, data: Record<string, unknown> = {}) {
  return {
    key: dispatchId,
    value: JSON.stringify({
      dispatchId,
      // A facility of its own, so these injected charges do not mix with the seeded ones.
      facilityId: 'test-consumer-facility',
      agencyId: 'jeonbuk-pass',
      workerId: 'jb-sub-03',
      startDate: '2030-10-02',
      endDate: '2030-10-03',
      days: 2,
      dailyRateKRW: 76_960,
      costKRW: 153_920,
      completedAt: '2030-10-03T09:00:00.000Z',
      ...data,
    }),
    headers: {
      ce_specversion: '1.0',
      ce_id: eventId,
      ce_source: '/pass-graph/staffing',
      ce_type: 'pass.staffing.SubstituteDispatchCompleted.v1',
      ce_time: new Date().toISOString(),
      ce_subject: dispatchId,
      'content-type': 'application/json',
    },
  };
}

describe('idempotent consumers and dead letters', () => {
  // A budget line of its own (fiscal year 2030), so these injected charges touch no seeded figure or KPI.
  beforeAll(async () => {
    await registerDispatchLine('test-consumers-2030-S12', 2030, '대체인력 지원 (consumer tests)');
  });

  it('applies the same event delivered twice only once', async () => {
    const producer = kafka().producer();
    await producer.connect();
    const dispatchId = 'test-dup-disp-001';
    const before = await ok<View>(EXPENDITURE, { id: 'none' });
    const duplicatesBefore = await metricValue('budgets', 'events_consumed_total', { result: 'duplicate' });
    const message = completedEvent(dispatchId, randomUUID());
    await producer.send({ topic: topic('staffing.substitute-dispatch'), messages: [message] });
    await producer.send({ topic: topic('staffing.substitute-dispatch'), messages: [message] });
    // A second publication of the same fact under a new event id (a relay retry after a crash) is absorbed too.
    await producer.send({
      topic: topic('staffing.substitute-dispatch'),
      messages: [{ ...message, headers: { ...message.headers, ce_id: randomUUID() } }],
    });
    await producer.disconnect();

    const after = await eventually('the charge', async () => {
      const d = await ok<View>(EXPENDITURE, { id: 'none' });
      return d.budgetLine.expenditures.nodes.some((n) => n.dispatch?.id === dispatchId) ? d : undefined;
    });
    // Once everything published has been consumed, the duplicates have had their chance: check once more.
    await settled();
    const final = await ok<View>(EXPENDITURE, { id: 'none' });
    expect(final.budgetLine.expenditures.nodes.filter((n) => n.dispatch?.id === dispatchId)).toHaveLength(1);
    expect(final.budgetLine.executed - before.budgetLine.executed).toBe(153_920);
    expect(after.budgetLine.executed).toBe(final.budgetLine.executed);
    // The second delivery of the same event id was recognised by the inbox, not only absorbed by the
    // handler's own idempotent write (with PASS_SWITCH_OFF=inbox this fails: npm run test:switch-off).
    expect((await metricValue('budgets', 'events_consumed_total', { result: 'duplicate' })) - duplicatesBefore).toBeGreaterThanOrEqual(1);
  });

  it('dead-letters an invalid event with its reason and keeps consuming', async () => {
    const producer = kafka().producer();
    await producer.connect();
    const badId = randomUUID();
    await producer.send({
      topic: topic('staffing.substitute-dispatch'),
      messages: [
        completedEvent('test-bad-disp-001', badId, { costKRW: 'a lot' }),
        {
          key: 'garbage',
          value: 'not json',
          headers: {
            ce_specversion: '1.0',
            ce_id: randomUUID(),
            ce_source: '/x',
            ce_type: 'pass.staffing.SubstituteDispatchCompleted.v1',
            ce_time: new Date().toISOString(),
            ce_subject: 'garbage',
          },
        },
        completedEvent('test-after-bad-001', randomUUID()),
      ],
    });
    await producer.disconnect();

    const dead = await readTopic(
      'dlq.budgets',
      (ms) => ms.filter((m) => ['test-bad-disp-001', 'garbage'].includes(m.key?.toString() ?? '')).length >= 2,
    );
    const bad = dead.find((m) => header(m, 'ce_id') === badId);
    expect(header(bad!, 'dlq_error_code')).toBe('INVALID_PAYLOAD');
    expect(header(bad!, 'dlq_error_message')).toContain('costKRW');
    expect(header(bad!, 'dlq_original_topic')).toBe(topic('staffing.substitute-dispatch'));
    const garbage = dead.find((m) => m.key?.toString() === 'garbage');
    expect(header(garbage!, 'dlq_error_code')).toBe('INVALID_PAYLOAD');

    const next = await eventually('the event after the poison ones', async () => {
      const d = await ok<{ budgetLine: { expenditures: { nodes: { amount: number; dispatch: { id: string } | null }[] } } }>(
        `{ budgetLine(id: "test-consumers-2030-S12") { expenditures(first: 100) { nodes { amount dispatch { id } } } } }`,
      );
      return d.budgetLine.expenditures.nodes.find((n) => n.dispatch?.id === 'test-after-bad-001');
    });
    expect(next.amount).toBe(153_920);
  });
});
