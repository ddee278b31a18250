/**
 * The events CLI against the real broker, in this run's namespace: tail prints a
 * seeded event, replay counts a topic into a fresh group, dlq list shows a poison
 * message a consumer dead-lettered, and dlq redrive puts it back on its topic.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { EventCatalog } from '@pass-graph/platform';
import { createKafka, dlqList, dlqRedrive, replay, type EventsContext } from '../packages/devtools/src/events';
import { testEnv } from './support/env';
import { eventually, header, kafka, readTopic, topic } from './support/client';

const root = path.resolve(__dirname, '..');
const cli = path.join(root, 'packages', 'devtools', 'dist', 'events-cli.js');
const catalog = EventCatalog.load(path.join(root, 'schemas', 'events'));

function context(lines: string[]): EventsContext {
  const env = testEnv();
  return { kafka: createKafka(env.kafkaBrokers), namespace: env.namespace, catalog, out: (l) => lines.push(l) };
}

describe('events CLI', () => {
  it('tail prints a seeded AgencyRegistered event: CloudEvents headers, key and payload', async () => {
    if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` first`);
    const env = testEnv();
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [cli, 'tail', 'pass.governance.AgencyRegistered.v1', '--from-beginning', '--limit', '1', '--namespace', env.namespace],
      { env: { ...process.env, KAFKA_BROKERS: env.kafkaBrokers.join(',') }, timeout: 60_000 },
    );
    expect(stdout).toContain(`tailing ${env.namespace}.governance.agency (only pass.governance.AgencyRegistered.v1) from the beginning`);
    expect(stdout).toMatch(/^ {3}ce_type +pass\.governance\.AgencyRegistered\.v1$/m);
    expect(stdout).toMatch(/^ {3}ce_source +\/pass-graph\/governance$/m);
    // The governance fixtures register the Seoul and Jeonbuk agencies (서울/전북 사회서비스원).
    const key = /^ {3}key +(\S+)$/m.exec(stdout)?.[1];
    expect(['seoul-pass', 'jeonbuk-pass']).toContain(key);
    expect(stdout).toContain(`"agencyId": "${key}"`);
  });

  it('replay reads a topic from offset 0 into a new group and counts per type; the group cannot be reused', async () => {
    const lines: string[] = [];
    const ctx = context(lines);
    const group = `${testEnv().namespace}.catalog-events-cli-replay-${randomUUID().slice(0, 8)}`;
    try {
      const report = await replay(ctx, 'governance.agency', group);
      const agencies = report.byType['pass.governance.AgencyRegistered.v1'];
      // Two agencies in the fixtures; delivery is at least once, so at least two events.
      expect(agencies?.count).toBeGreaterThanOrEqual(2);
      expect(agencies?.invalid).toBe(0);
      expect(lines[0]).toBe(`replayed ${report.total} event(s) of ${topic('governance.agency')} into group ${group}`);
      await expect(replay(ctx, 'governance.agency', group)).rejects.toThrow(/already has offsets/);
    } finally {
      const admin = ctx.kafka.admin();
      await admin.connect();
      await admin.deleteGroups([group]).catch(() => undefined);
      await admin.disconnect();
    }
  });

  it('dlq list shows a poison message with its reason, and redrive re-publishes it to the original topic', async () => {
    // A DistrictRegistered without its required fields: care-services (its only consumer) dead-letters it.
    const eventId = randomUUID();
    const name = `catalog-events-cli-${eventId.slice(0, 8)}`;
    const producer = kafka().producer();
    await producer.connect();
    await producer.send({
      topic: topic('governance.district'),
      messages: [
        {
          key: name,
          value: JSON.stringify({ name }),
          headers: {
            ce_specversion: '1.0',
            ce_id: eventId,
            ce_source: '/pass-graph/governance',
            ce_type: 'pass.governance.DistrictRegistered.v1',
            ce_time: new Date().toISOString(),
            ce_subject: name,
            'content-type': 'application/json',
          },
        },
      ],
    });
    await producer.disconnect();

    const lines: string[] = [];
    const ctx = context(lines);
    const letter = await eventually(
      'the poison message in dlq.care-services',
      async () => {
        lines.length = 0;
        return (await dlqList(ctx, 'care-services')).find((l) => l.eventId === eventId);
      },
      60_000,
    );
    expect(letter.code).toBe('INVALID_PAYLOAD');
    expect(letter.reason).toContain('shortName');
    expect(letter.originalTopic).toBe(topic('governance.district'));
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^✗ ${eventId} pass\\.governance\\.DistrictRegistered\\.v1 from `)));
    expect(lines).toContainEqual(expect.stringMatching(/^ {3}dlq_error_code +INVALID_PAYLOAD$/));
    expect(lines).toContainEqual(`   dlq_consumer_group ${testEnv().namespace}.care-services`);

    expect(await dlqRedrive(ctx, 'care-services', eventId)).toBe(1);
    const onTopic = await readTopic('governance.district', (ms) => ms.filter((m) => header(m, 'ce_id') === eventId).length >= 2);
    const copies = onTopic.filter((m) => header(m, 'ce_id') === eventId);
    expect(copies).toHaveLength(2);
    const redriven = copies[1];
    expect(redriven?.key?.toString()).toBe(name);
    expect(redriven?.value?.toString()).toBe(JSON.stringify({ name }));
    expect(Object.keys(redriven?.headers ?? {}).filter((h) => h.startsWith('dlq_'))).toEqual([]);
    // Still invalid, so care-services dead-letters the redriven copy too.
    await eventually('the redriven copy dead-lettered again', async () => {
      const again = (await dlqList(context([]), 'care-services')).filter((l) => l.eventId === eventId);
      return again.length >= 2;
    });
  });
});
