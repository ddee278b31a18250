/**
 * Tolerant readers (issue 24, point 4): a consumer applies an event of a type it handles that carries a
 * property its schema does not know (a producer's additive change deployed first), and skips — and counts —
 * an event of a type nobody knows on a topic it reads. Neither is dead-lettered: proven by reading the
 * dead-letter topics up to their high watermark after the consumers have passed both events.
 */
import { randomUUID } from 'node:crypto';
import { newEvent, toKafkaMessage } from '../packages/platform/src/events/envelope';
import { eventually, gql, header, kafka, ok, readAll, topic } from './support/client';
import { testEnv } from './support/env';
import { registerDispatchLine } from './support/budget-lines';

const LINE = 'test-tolerant-2037-S12';
const COMPLETED = 'pass.staffing.SubstituteDispatchCompleted.v1';
const UNKNOWN = 'pass.staffing.SubstituteDispatchTeleported.v1';
const CONSUMERS = ['budgets', 'governance'] as const; // both read staffing.substitute-dispatch

async function skipped(service: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${testEnv().ports[service]}/metrics`)).text();
  const m = new RegExp(`^events_consumed_total\\{service="${service}",result="skipped"\\} (\\d+)$`, 'm').exec(text);
  return Number(m?.[1] ?? 0);
}

describe('tolerant readers', () => {
  // A budget line of its own (fiscal year 2037, used by no other test: budgets-executions needs 2034 without a dispatch line), so this charge touches no other test's figures.
  beforeAll(async () => {
    await registerDispatchLine(LINE, 2037, '대체인력 지원 (tolerant reader test)');
  });

  it('applies an event with an unknown property and skips an unknown type, dead-lettering neither', async () => {
    const before = Object.fromEntries(await Promise.all(CONSUMERS.map(async (s) => [s, await skipped(s)] as const)));
    const dispatchId = `test-tolerant-${randomUUID().slice(0, 8)}`;
    const extra = newEvent('staffing', COMPLETED, dispatchId, {
      dispatchId,
      facilityId: 'test-tolerant-facility',
      agencyId: 'jeonbuk-pass',
      workerId: 'jb-sub-03',
      startDate: '2037-10-02',
      endDate: '2037-10-03',
      days: 2,
      dailyRateKRW: 76_960,
      costKRW: 153_920,
      completedAt: '2037-10-03T09:00:00.000Z',
      overtimeHours: 3, // added by a newer producer of the same version
    });
    const unknown = newEvent('staffing', UNKNOWN, dispatchId, { dispatchId, to: 'Mars' });
    // One key, one partition, in this order: once a consumer has counted the unknown one, it has decoded the other.
    const producer = kafka().producer();
    await producer.connect();
    await producer.send({ topic: topic('staffing.substitute-dispatch'), acks: -1, messages: [extra, unknown].map(toKafkaMessage) });
    await producer.disconnect();

    const charged = await eventually('the charge of the event with an unknown property', async () => {
      const d = await ok<{ budgetLine: { expenditures: { nodes: { amount: number; dispatch: { id: string } | null }[] } } }>(
        `{ budgetLine(id: "${LINE}") { expenditures(first: 100) { nodes { amount dispatch { id } } } } }`,
      );
      return d.budgetLine.expenditures.nodes.find((n) => n.dispatch?.id === dispatchId);
    });
    expect(charged.amount).toBe(153_920);
    for (const service of CONSUMERS) {
      await eventually(`${service} counting the unknown type as skipped`, async () => (await skipped(service)) > (before[service] ?? 0));
    }

    for (const service of CONSUMERS) {
      const dead = (await readAll(`dlq.${service}`)).filter((m) => [extra.id, unknown.id].includes(header(m, 'ce_id') ?? ''));
      expect([service, dead.map((m) => `${header(m, 'ce_type')} ${header(m, 'dlq_error_code')}`)]).toEqual([service, []]);
    }
  });
});
