/**
 * Runs last (tests/support/sequencer.js): after every other file of the run has written its
 * events and log lines, no fixture's personal datum is anywhere in them — every topic of the
 * test namespace (audit trail and dead letters included) and every `.infra/logs/test-*.log`.
 * The per-suite checks look at their own service; this one catches a leak through any path.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { KafkaMessage } from 'kafkajs';
import { RECIPIENTS } from '../services/care-services/src/seed';
import { EMPLOYEE_PERSONAL_DATA, SUBSTITUTE_WORKERS } from '../services/staffing/src/seed';
import { kafka } from './support/client';
import { testEnv } from './support/env';

/** Employees' and substitute workers' personal data in the staffing fixtures. */
const STAFF = [...EMPLOYEE_PERSONAL_DATA().values(), ...SUBSTITUTE_WORKERS.map((w) => w.personalData)];

/** Every personal datum the fixtures hold, and the digit-only forms a careless formatter could print. */
const SECRETS = [
  ...new Set(
    [
      ...RECIPIENTS.flatMap((r) => [
        r.name,
        r.birthDate,
        r.phone,
        r.address,
        r.residentRegistrationNumber,
        r.residentRegistrationNumber.replace(/\D/g, ''),
        r.phone?.replace(/\D/g, ''),
      ]),
      ...STAFF.flatMap((p) => [p.name, p.birthDate, p.phone, p.address, p.phone.replace(/\D/g, '')]),
    ].filter((s): s is string => typeof s === 'string' && s.length > 0),
  ),
];
const leaks = (text: string): string[] => SECRETS.filter((s) => text.includes(s));

/** Every message of every topic of this run's namespace, as of now, in one consumer. */
async function everyMessage(): Promise<{ topics: string[]; messages: { topic: string; message: KafkaMessage }[] }> {
  const { namespace } = testEnv();
  const admin = kafka().admin();
  await admin.connect();
  const topics = (await admin.listTopics()).filter((t) => t.startsWith(`${namespace}.`));
  let total = 0;
  for (const t of topics) for (const o of await admin.fetchTopicOffsets(t)) total += Number(o.high) - Number(o.low);
  await admin.disconnect();
  const messages: { topic: string; message: KafkaMessage }[] = [];
  if (total === 0) return { topics, messages };
  const consumer = kafka().consumer({ groupId: `test-pii-whole-run-${Date.now()}` });
  await consumer.connect();
  await consumer.subscribe({ topics, fromBeginning: true });
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 90_000);
    void consumer.run({
      eachMessage: async ({ topic, message }) => {
        messages.push({ topic, message });
        if (messages.length >= total) {
          clearTimeout(timer);
          resolve();
        }
      },
    });
  });
  await consumer.disconnect();
  if (messages.length < total) throw new Error(`read ${messages.length} of ${total} messages`);
  return { topics, messages };
}

describe('personal data over the whole test run', () => {
  it('knows what to look for', () => {
    expect(SECRETS.length).toBeGreaterThanOrEqual(RECIPIENTS.length * 5 + STAFF.length * 4);
    // The 89 fixture employees and the substitute workers are covered, each with every field.
    expect(STAFF.length).toBeGreaterThanOrEqual(89 + 4);
    for (const p of STAFF) expect(SECRETS).toEqual(expect.arrayContaining([p.name, p.birthDate, p.phone, p.address]));
  });

  it('is in no event payload, key or header on any topic of the run', async () => {
    const { topics, messages } = await everyMessage();
    // The seed alone publishes on every service's topics: an empty read would prove nothing.
    expect(topics.length).toBeGreaterThan(10);
    expect(messages.length).toBeGreaterThan(100);
    const found = messages.flatMap(({ topic, message }) => {
      const headers = Object.values(message.headers ?? {}).map((h) => String(h));
      const text = [message.key?.toString() ?? '', message.value?.toString() ?? '', ...headers].join('\n');
      return leaks(text).map((s) => `${topic}: ${s}`);
    });
    expect(found).toEqual([]);
  }, 150_000);

  it('is in no line of any log file of the run', () => {
    const dir = path.resolve(__dirname, '..', '.infra', 'logs');
    const files = fs.readdirSync(dir).filter((f) => /^test-.*\.log$/.test(f));
    expect(files).toEqual(expect.arrayContaining(['test-gateway.log', 'test-care-services.log', 'test-staffing.log']));
    const main = ['test-gateway.log', 'test-care-services.log', 'test-staffing.log'];
    const found = files.flatMap((f) => {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      // The platform's own logs must have something to scan; other tests' processes may have logged nothing
      // (start-failure's stack stops as soon as one process fails).
      if (main.includes(f)) expect(text.length).toBeGreaterThan(0);
      return leaks(text).map((s) => `${f}: ${s}`);
    });
    expect(found).toEqual([]);
  });
});
