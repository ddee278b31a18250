/**
 * Runs last (tests/support/sequencer.js): after every other file of the run has written its
 * events and log lines, no personal datum is anywhere in them — every topic of the test namespace
 * (audit trail and dead letters included) and every `.infra/logs/test-*.log`, written at `debug`
 * (tests/support/global-setup.ts runs the stack at LOG_LEVEL=debug). It looks for
 * - every personal datum of the fixtures;
 * - every personal datum the run created: what the services hold at the end (each service's declared
 *   PII holders, decrypted with the development keyring), and what the tests sent through `gql`, accepted
 *   or refused, erased since or not (tests/support/client.ts notes it in `.infra/pii-run/<namespace>.jsonl`);
 * - the digit-only forms of phone numbers and 주민등록번호 a careless formatter could print.
 * It first registers a canary person of its own through the gateway, so it can show it knows run-created data.
 * The per-suite checks look at their own service; this one catches a leak through any path.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { KafkaMessage } from 'kafkajs';
import { decryptPii, loadPiiKeyring } from '@pass-graph/platform';
import { declaredHolders } from '../packages/stack/src/pii-rotate';
import { RECIPIENTS } from '../services/care-services/src/seed';
import { EMPLOYEE_PERSONAL_DATA, SUBSTITUTE_WORKERS } from '../services/staffing/src/seed';
import { eventually, gql, kafka, ok, personalDataFile, serviceDb, type GraphQLResult } from './support/client';
import { testEnv } from './support/env';

/** Employees' and substitute workers' personal data in the staffing fixtures. */
const STAFF = [...EMPLOYEE_PERSONAL_DATA().values(), ...SUBSTITUTE_WORKERS.map((w) => w.personalData)];

/** Every personal datum the fixtures hold, and the digit-only forms a careless formatter could print. */
const FIXTURE_SECRETS = [
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

/**
 * A run-created value worth searching for: long enough not to occur by chance in unrelated text (a refused
 * input such as "x" or a two-syllable fragment would match everywhere). Names have three or more syllables.
 * Not a bare date (the authorization matrix and the bad-input sweep send 2023-01-01 as a birth date, and every
 * event is full of business dates; the fixtures' and the canary's birth dates are searched all the same) and not an
 * operator probe such as `$where` (no name, phone or address holds a `$`).
 */
const searchable = (v: string): boolean =>
  !/^\d{4}-\d{2}-\d{2}$/.test(v.trim()) && !v.includes('$') && (/[가-힣]/.test(v) ? v.trim().length >= 3 : v.trim().length >= 6);

/** A value and, for phone numbers and 주민등록번호, its digits alone. */
const withDigitForm = (v: string): string[] => {
  const digits = v.replace(/\D/g, '');
  return digits.length >= 8 && digits !== v ? [v, digits] : [v];
};

/** The strings of a decrypted personal datum: a JSON record's string fields, or the plaintext itself. */
function stringsOf(plaintext: string): string[] {
  try {
    const parsed: unknown = JSON.parse(plaintext);
    if (parsed && typeof parsed === 'object') return Object.values(parsed).filter((v): v is string => typeof v === 'string');
  } catch {
    // not JSON: a single value (the 주민등록번호)
  }
  return [plaintext];
}

/** Every personal datum the services hold at the end of the run, decrypted; and the ciphertexts no development key opens. */
async function heldByServices(): Promise<{ values: string[]; records: number; unreadable: number }> {
  const ring = loadPiiKeyring({}, false);
  const values: string[] = [];
  let records = 0;
  let unreadable = 0;
  for (const [service, holders] of declaredHolders()) {
    const db = await serviceDb(service);
    try {
      for (const holder of holders) {
        const docs = await db
          .collection(holder.collection)
          .find({}, { projection: Object.fromEntries(holder.fields.map((f) => [f.field, 1])) })
          .toArray();
        for (const doc of docs) {
          for (const f of holder.fields) {
            const stored = (doc as Record<string, unknown>)[f.field];
            if (typeof stored !== 'string' || stored === '') continue;
            records++;
            try {
              values.push(...stringsOf(decryptPii(ring, stored, f.context(String(doc._id)))));
            } catch {
              unreadable++; // under a key of a rotation test (tests/staffing-personal-data.test.ts) that did not rotate back
            }
          }
        }
      }
    } finally {
      await db.close();
    }
  }
  return { values, records, unreadable };
}

/** What the tests sent through `gql` (tests/support/client.ts). */
function sentByTests(): string[] {
  const file = personalDataFile();
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as string);
}

/** A person of this file's own, registered through the gateway: the proof that run-created data is looked for. */
const SYLLABLES = '가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허고노도로모보소오조초';
const syllable = (): string => SYLLABLES[randomBytes(1)[0]! % SYLLABLES.length]!;
const CANARY = {
  id: `pii-canary-${randomUUID().slice(0, 8)}`,
  personalData: {
    name: `${syllable()}${syllable()}${syllable()}${syllable()}`,
    birthDate: `19${50 + (randomBytes(1)[0]! % 40)}-0${1 + (randomBytes(1)[0]! % 9)}-1${randomBytes(1)[0]! % 9}`,
    phone: `010-${String(1000 + (randomBytes(2).readUInt16BE() % 9000))}-${String(1000 + (randomBytes(2).readUInt16BE() % 9000))}`,
    address: `전주시 완산구 카나리아로 ${randomBytes(2).readUInt16BE()}`,
  },
};
const REGISTER_WORKER = `mutation($input: RegisterSubstituteWorkerInput!) { registerSubstituteWorker(input: $input) { id } }`;
const READ_WORKER = `query($id: ID!) { substituteWorker(id: $id) { id name birthDate phone address personalDataVisible } }`;

const RECORD_VISIT = `mutation($i: RecordOutreachVisitInput!) { recordOutreachVisit(input: $i) { id } }`;
let householdRefusal: GraphQLResult<{ recordOutreachVisit: { id: string } | null }> | undefined;

let SECRETS: string[] = [];
let fromRun = { held: 0, sent: 0, unreadable: 0, records: 0 };
const leaks = (text: string): string[] => SECRETS.filter((s) => text.includes(s));

beforeAll(async () => {
  // Written and read through the gateway (a full read of personal data is audited and logged at debug).
  await ok(REGISTER_WORKER, {
    input: {
      id: CANARY.id,
      alias: `canary-${CANARY.id.slice(-8)}`,
      jobType: 'CARE',
      residenceDistrict: '전주시',
      personalData: CANARY.personalData,
    },
  });
  // The canary's name offered where an event would carry it: a visit's household id travels in NeedsDiscovered.
  // Refused (asserted below); with the check switched off (PASS_SWITCH_OFF=personal-data-checks) it reaches Kafka.
  householdRefusal = await gql<{ recordOutreachVisit: { id: string } | null }>(RECORD_VISIT, {
    i: {
      id: `${CANARY.id}-visit`,
      communityCentreId: 'dong-nowon-sanggye1',
      visitorRole: 'NEIGHBOURHOOD_HEAD',
      visitedOn: '2019-09-02',
      householdId: CANARY.personalData.name,
      findings: 'canary visit',
      needsDiscovery: { domains: ['CARE'] },
    },
  });
  const read = await ok<{ substituteWorker: { name: string | null; phone: string | null } | null }>(READ_WORKER, { id: CANARY.id });
  expect(read.substituteWorker).toMatchObject({ name: CANARY.personalData.name, phone: CANARY.personalData.phone });
  const held = await heldByServices();
  const sent = sentByTests();
  fromRun = { held: held.values.length, sent: sent.length, unreadable: held.unreadable, records: held.records };
  SECRETS = [
    ...new Set([
      ...FIXTURE_SECRETS,
      // The canary's every field, its birth date too: random, so it cannot collide with a business date.
      ...Object.values(CANARY.personalData).flatMap(withDigitForm),
      ...[...held.values, ...sent].filter(searchable).flatMap(withDigitForm),
    ]),
  ];
}, 120_000);

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
  it('knows what to look for: the fixtures, what the services hold and what the tests sent', () => {
    expect(FIXTURE_SECRETS.length).toBeGreaterThanOrEqual(RECIPIENTS.length * 5 + STAFF.length * 4);
    // The 89 fixture employees and the substitute workers are covered, each with every field.
    expect(STAFF.length).toBeGreaterThanOrEqual(89 + 4);
    for (const p of STAFF) expect(SECRETS).toEqual(expect.arrayContaining([p.name, p.birthDate, p.phone, p.address]));
    // The services' databases were read and decrypted: at least every fixture person is there.
    expect(fromRun.records).toBeGreaterThanOrEqual(RECIPIENTS.length + STAFF.length);
    expect(fromRun.held).toBeGreaterThanOrEqual(RECIPIENTS.length + STAFF.length);
    // The canary, created during the run, is searched for: found in the database and in what the tests sent.
    const { name, birthDate, phone, address } = CANARY.personalData;
    expect(SECRETS).toEqual(expect.arrayContaining([name, birthDate, phone, phone.replace(/\D/g, ''), address]));
    expect(sentByTests()).toEqual(expect.arrayContaining([name, birthDate, phone, address]));
    console.log(
      `personal data searched for: ${SECRETS.length} values (${FIXTURE_SECRETS.length} of the fixtures; ${fromRun.held} decrypted from ` +
        `${fromRun.records} stored ciphertexts, ${fromRun.unreadable} under a key of another test; ${fromRun.sent} sent by the tests)`,
    );
  });

  it('scans logs written at debug level', async () => {
    // The gateway logs every request at debug: a request of this file's own must be there.
    const requestId = `pii-debug-${randomUUID()}`;
    await gql(READ_WORKER, { id: CANARY.id }, { headers: { 'x-request-id': requestId } });
    const file = path.resolve(__dirname, '..', '.infra', 'logs', 'test-gateway.log');
    await eventually('the debug line of the request', async () =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .some((l) => l.includes(requestId) && l.includes('"level":20')),
    );
  });

  it('is refused where an event would carry it (a name as a household id)', () => {
    expect(householdRefusal?.data?.recordOutreachVisit ?? null).toBeNull();
    expect(householdRefusal?.errors?.map((e) => [e.extensions?.['code'], e.extensions?.['field']])).toEqual([
      ['BAD_USER_INPUT', 'householdId'],
    ]);
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
