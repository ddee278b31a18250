/**
 * Employees' and substitute workers' personal data (인적사항) through the gateway: in full for hr (and
 * admins), each full read on the audit trail; the masked name only for other roles that may see the
 * person, refused to anonymous callers; encrypted in the database under the keyring's current key;
 * absent from events. Then key rotation end to end: every service's personal data (staffing's and
 * care-services', a legacy `v1:` record included) re-encrypted by `npm run pii:rotate` from the
 * development key A to a new key B (keyring `B,A`), all readable and all under B, a second run finding
 * nothing; then rotated back so the running services (keyring A) read everything again.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createCipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import mongoose from 'mongoose';
import { loadPiiKeyring } from '../packages/platform/src/config';
import { decryptPii, piiKeyIdOf, piiLookupHash } from '../packages/platform/src/pii';
import { EMPLOYEE_PERSONAL_DATA, SUBSTITUTE_WORKERS } from '../services/staffing/src/seed';
import { gql, ok, readAll, readTopic } from './support/client';
import { testEnv } from './support/env';

const P = 'staffing-personal-data';
const HR = { subject: `${P}-hr`, roles: ['hr' as const] };
const CARE_MANAGER = { subject: `${P}-care-manager`, roles: ['care-manager' as const], facilities: ['seoul-hcc-mapo'] };
const FINANCE = { subject: `${P}-finance`, roles: ['finance' as const] };

const NEW_PERSON = { name: '빈가람', birthDate: '1983-05-17', phone: '010-5553-7717', address: '서울특별시 마포구 가상로 77길 7' };
const CORRECTED = { ...NEW_PERSON, phone: '010-5553-7718', address: '서울특별시 마포구 가상로 88길 8' };
const FIXTURES = [...EMPLOYEE_PERSONAL_DATA().values(), ...SUBSTITUTE_WORKERS.map((w) => w.personalData)];
const BAD_PHONE = '5553-77180';
const SECRETS = [
  ...[...FIXTURES, NEW_PERSON, CORRECTED].flatMap((p) => [p.name, p.birthDate, p.phone, p.address, p.phone.replace(/-/g, '')]),
  BAD_PHONE,
];
const leaks = (text: string): string[] => [...new Set(SECRETS.filter((s) => text.includes(s)))];

const EMPLOYEE = `query($id: ID!) { employee(id: $id) { id alias name personalDataVisible birthDate phone address } }`;
const WORKER_MASKED = `query($id: ID!) { substituteWorker(id: $id) { id alias name personalDataVisible } }`;
const WORKER_FULL = `query($id: ID!) { substituteWorker(id: $id) { id name personalDataVisible birthDate phone address } }`;
const HIRE = `mutation($i: HireEmployeeInput!) { hireEmployee(input: $i) { id name personalDataVisible birthDate phone address } }`;
const SET = `mutation($id: ID!, $p: StaffPersonalDataInput!) { setEmployeePersonalData(id: $id, personalData: $p) { id name phone address } }`;

const NEW_ID = `${P}-emp-1`;
const HIRE_INPUT = {
  id: NEW_ID,
  alias: '시험 직원 인적사항',
  agencyId: 'seoul-pass',
  facilityId: 'seoul-hcc-mapo',
  jobFamily: 'SERVICE_SUPPORT',
  grade: 'NA',
  jobType: 'CARE_WORKER',
  employmentForm: 'FULL_TIME',
  payScheme: 'SKILL_BASED',
  hiredOn: '2021-03-02', // after 2019: the 2019 정원/현원 tests (staffing, federation) must not count this employee
  personalData: NEW_PERSON,
};

async function withDatabase<T>(service: 'staffing' | 'care_services', use: (db: mongoose.Connection) => Promise<T>): Promise<T> {
  const env = testEnv();
  const db = await mongoose.createConnection(env.mongodbUri, { dbName: `${env.namespace}_${service}` }).asPromise();
  try {
    return await use(db);
  } finally {
    await db.close();
  }
}

describe('staff personal data: who sees what', () => {
  beforeAll(async () => {
    const r = await gql(HIRE, { i: HIRE_INPUT }, { as: HR });
    if (r.errors && r.errors[0]?.extensions?.code !== 'CONFLICT') throw new Error(JSON.stringify(r.errors));
  });

  it('shows hr the full record of a fixture employee, and records the read on the audit trail', async () => {
    const id = 'seoul-emp-0007';
    const want = EMPLOYEE_PERSONAL_DATA().get(id)!;
    const e = (await ok<{ employee: Record<string, unknown> }>(EMPLOYEE, { id }, HR)).employee;
    expect(e).toEqual({ id, alias: '직원 007', personalDataVisible: true, ...want });
    const audit = await readTopic('audit.trail', (ms) =>
      ms.some((m) => m.value?.toString().includes(`${P}-hr`) && m.value.toString().includes(`"${id}"`)),
    );
    const reads = audit
      .map((m) => JSON.parse(m.value!.toString()) as Record<string, unknown>)
      .filter((a) => a['subject'] === `${P}-hr` && a['action'] === 'PII_READ');
    // One record for the read, however many personal fields the query selected.
    expect(reads.filter((a) => (a['targetIds'] as string[]).includes(id))).toEqual([
      expect.objectContaining({ service: 'staffing', operation: 'Employee.personalData', targetIds: [id], roles: ['hr'] }),
    ]);
    expect(leaks(JSON.stringify(audit.map((m) => m.value?.toString())))).toEqual([]);
  });

  it('audits every full read through a cached entity type too: the gateway never serves personal data from its cache', async () => {
    // Facility is an entity type the gateway caches; staff names reached through it must still reach staffing.
    const hr2 = { subject: `${P}-hr-via-facility`, roles: ['hr' as const] };
    const QUERY = `{ facility(id: "seoul-hcc-seongdong") { staff(first: 2) { nodes { id name } } } }`;
    type R = { facility: { staff: { nodes: { id: string; name: string }[] } } };
    const first = await ok<R>(QUERY, {}, hr2);
    const second = await ok<R>(QUERY, {}, hr2);
    expect(second).toEqual(first);
    const ids = first.facility.staff.nodes.map((n) => n.id);
    expect(ids).toHaveLength(2);
    for (const n of first.facility.staff.nodes) expect(n.name).toBe(EMPLOYEE_PERSONAL_DATA().get(n.id)?.name);
    const reads = (ms: { value: Buffer | null }[]) =>
      ms
        .map((m) => JSON.parse(m.value!.toString()) as Record<string, unknown>)
        .filter((a) => a['subject'] === hr2.subject && a['operation'] === 'Employee.personalData');
    const audit = await readTopic('audit.trail', (ms) => reads(ms).length >= 2);
    // Two requests, each on the trail with both employees (one record per request and coordinate): none answered
    // from the cache unaudited.
    expect(reads(audit).map((a) => [...(a['targetIds'] as string[])].sort())).toEqual([[...ids].sort(), [...ids].sort()]);
  });

  it('shows hr the full record of a substitute worker', async () => {
    const w = SUBSTITUTE_WORKERS[0]!;
    const got = (await ok<{ substituteWorker: Record<string, unknown> }>(WORKER_FULL, { id: w.id }, HR)).substituteWorker;
    expect(got).toEqual({ id: w.id, personalDataVisible: true, ...w.personalData });
  });

  it('gives a care manager the masked name of a substitute worker and nothing else personal', async () => {
    const w = SUBSTITUTE_WORKERS[0]!;
    const masked = (await ok<{ substituteWorker: Record<string, unknown> }>(WORKER_MASKED, { id: w.id }, CARE_MANAGER)).substituteWorker;
    expect(masked).toEqual({ id: w.id, alias: w.alias, name: '모*울', personalDataVisible: false });
    const asked = await gql<{ substituteWorker: Record<string, unknown> | null }>(WORKER_FULL, { id: w.id }, { as: CARE_MANAGER });
    expect(asked.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([
      ['substituteWorker.birthDate', 'FORBIDDEN'],
      ['substituteWorker.phone', 'FORBIDDEN'],
      ['substituteWorker.address', 'FORBIDDEN'],
    ]);
    expect(leaks(JSON.stringify(asked))).toEqual([]);
    const list = await ok<{ substituteWorkers: { nodes: { name: string }[] } }>(
      `{ substituteWorkers(first: 100) { nodes { name } } }`,
      {},
      CARE_MANAGER,
    );
    expect(list.substituteWorkers.nodes.map((n) => n.name)).toEqual(expect.arrayContaining(['모*울', '승*리', '옥*결', '길*람']));
    expect(leaks(JSON.stringify(list))).toEqual([]);
  });

  it('refuses employees to anonymous callers and to roles without hr', async () => {
    expect((await gql(EMPLOYEE, { id: 'seoul-emp-0007' }, { as: 'anonymous' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await gql(WORKER_MASKED, { id: 'jb-sub-01' }, { as: 'anonymous' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const as of [CARE_MANAGER, FINANCE]) {
      const r = await gql(EMPLOYEE, { id: 'seoul-emp-0007' }, { as });
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(leaks(JSON.stringify(r))).toEqual([]);
    }
    // A dispatch's worker is reachable by finance through the dispatch: its name is still not.
    const d = await gql(`{ substituteDispatches(first: 5, status: COMPLETED) { nodes { id worker { name } } } }`, {}, { as: FINANCE });
    expect(leaks(JSON.stringify(d))).toEqual([]);
  });

  it('hires with personal data, corrects it, and refuses bad values without echoing them', async () => {
    const e = (await ok<{ employee: Record<string, unknown> }>(EMPLOYEE, { id: NEW_ID }, HR)).employee;
    expect(e).toMatchObject({ ...NEW_PERSON, personalDataVisible: true });
    const set = (await ok<{ setEmployeePersonalData: Record<string, unknown> }>(SET, { id: NEW_ID, p: CORRECTED }, HR))
      .setEmployeePersonalData;
    expect(set).toEqual({ id: NEW_ID, name: CORRECTED.name, phone: CORRECTED.phone, address: CORRECTED.address });
    const bad = await gql(SET, { id: NEW_ID, p: { ...CORRECTED, phone: BAD_PHONE } }, { as: HR });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personalData.phone' });
    expect(JSON.stringify(bad)).not.toContain(BAD_PHONE);
    expect((await gql(SET, { id: `${P}-nobody`, p: CORRECTED }, { as: HR })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await gql(SET, { id: NEW_ID, p: CORRECTED }, { as: CARE_MANAGER })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps the personal data encrypted in the database, naming the key', async () => {
    await withDatabase('staffing', async (db) => {
      for (const collection of ['employees', 'substitute_workers']) {
        const docs = await db.collection(collection).find({}).toArray();
        expect(leaks(JSON.stringify(docs))).toEqual([]);
        const sealed = docs.filter((d) => d['personalData'] != null);
        expect(sealed.length).toBeGreaterThanOrEqual(collection === 'employees' ? 90 : 4);
        for (const d of sealed) expect(String(d['personalData'])).toMatch(/^p2:dev:[A-Za-z0-9+/=]+$/);
      }
      const mine = await db.collection('employees').findOne({ _id: NEW_ID as never });
      expect(mine?.['personalData']).toEqual(expect.stringMatching(/^p2:dev:/));
      for (const k of ['name', 'phone', 'address', 'birthDate']) expect(mine).not.toHaveProperty(k);
    });
  });

  it('puts no personal data in any staffing event', async () => {
    // Once the new employee's event is out, both topics are read to their end offsets, not "the first few".
    await readTopic('staffing.employee', (ms) => ms.some((m) => m.key?.toString() === NEW_ID));
    const messages = await readAll('staffing.employee');
    const workers = await readAll('staffing.substitute-worker');
    expect(workers.length).toBeGreaterThanOrEqual(SUBSTITUTE_WORKERS.length);
    const text = [...messages, ...workers].map((m) => `${m.key?.toString()} ${m.value?.toString()}`).join('\n');
    expect(text).toContain(NEW_ID);
    expect(leaks(text)).toEqual([]);
    expect(text).not.toMatch(/"(name|phone|address|birthDate|personalData)"\s*:/);
  });

  it('writes none of it, nor the refused value, to the staffing or gateway logs', () => {
    const logs = path.resolve(__dirname, '..', '.infra', 'logs');
    const staffing = fs.readFileSync(path.join(logs, 'test-staffing.log'), 'utf8');
    // The log is really the one this run writes: the development-key warning is there.
    expect(staffing).toContain('PII_KEYS is not set');
    expect(leaks(staffing)).toEqual([]);
    expect(leaks(fs.readFileSync(path.join(logs, 'test-gateway.log'), 'utf8'))).toEqual([]);
  });
});

/** The public development keys (config.ts): A of the running services, and care-services' legacy v1 key. */
const DEV_KEY = createHash('sha256').update('pass-graph development PII key (not secret)').digest().toString('base64');
const LEGACY_CARE_KEY = createHash('sha256').update('pass-graph care-services development PII key (not secret)').digest();
const KEY_B = randomBytes(32).toString('base64');

/** What care-services wrote before the keyring: `v1:` under HKDF(CARE_PII_KEY), RRN hash under the legacy key. */
function legacyV1(plaintext: string, context: string): string {
  const key = Buffer.from(hkdfSync('sha256', LEGACY_CARE_KEY, Buffer.alloc(0), 'care-services pii aes-256-gcm v1', 32));
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return `v1:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
}
const legacyRrnHash = (digits: string): string =>
  createHmac('sha256', Buffer.from(hkdfSync('sha256', LEGACY_CARE_KEY, Buffer.alloc(0), 'care-services rrn hmac-sha256 v1', 32)))
    .update(digits, 'utf8')
    .digest('base64url');

const LEGACY_ID = `${P}-legacy-rcp`;
const LEGACY_PERSON = { name: '모다온', birthDate: '1944-03-03', phone: '010-5553-4402', address: '마포구 가상로 44' };
const LEGACY_RRN = '4403032000007'; // no other test registers it (RRNs are unique platform-wide)

async function rotate(keys: string): Promise<string> {
  const env = testEnv();
  const cli = path.resolve(__dirname, '..', 'packages', 'stack', 'dist', 'cli.js');
  const { stdout } = await promisify(execFile)(process.execPath, [cli, 'pii-rotate'], {
    env: { ...process.env, PASS_NAMESPACE: env.namespace, MONGODB_URI: env.mongodbUri, PII_KEYS: keys, PII_HASH_KEY: DEV_KEY },
    timeout: 120_000,
  });
  return stdout;
}

/** Rotated record counts per `service collection` from the command's report. */
const rotatedCounts = (report: string): Record<string, number> =>
  Object.fromEntries([...report.matchAll(/^(\S+ \S+): (\d+) records, (\d+) rotated/gm)].map((m) => [m[1]!, Number(m[3])]));

describe('key rotation (npm run pii:rotate)', () => {
  it('reads a legacy v1 record and finds its 주민등록번호 as a duplicate before rotation', async () => {
    await withDatabase('care_services', async (db) => {
      await db.collection('care_recipients').deleteOne({ _id: LEGACY_ID as never });
      await db.collection('care_recipients').insertOne({
        _id: LEGACY_ID as never,
        agencyId: 'seoul-pass',
        facilityId: 'seoul-hcc-mapo',
        district: '마포구',
        pii: legacyV1(JSON.stringify(LEGACY_PERSON), `${LEGACY_ID}:pii`),
        rrn: legacyV1(LEGACY_RRN, `${LEGACY_ID}:rrn`),
        rrnHash: legacyRrnHash(LEGACY_RRN),
        household: 'LIVING_ALONE',
        eligibilityReasons: ['ISOLATED_ELDER'],
        status: 'IDENTIFIED',
        identifiedOn: '2019-09-02',
        statusHistory: [{ status: 'IDENTIFIED', on: '2019-09-02' }],
        registeredAt: new Date(),
        _outbox: [],
      });
    });
    const r = await ok<{ careRecipient: Record<string, unknown> }>(
      `query($id: ID!) { careRecipient(id: $id) { name birthDate phone address } }`,
      {
        id: LEGACY_ID,
      },
    );
    expect(r.careRecipient).toEqual(LEGACY_PERSON);
    const dup = await gql(`mutation($i: RegisterCareRecipientInput!) { registerCareRecipient(input: $i) { id } }`, {
      i: {
        id: `${LEGACY_ID}-dup`,
        facilityId: 'seoul-hcc-mapo',
        district: '마포구',
        ...LEGACY_PERSON,
        residentRegistrationNumber: '440303-2000007',
        household: 'LIVING_ALONE',
        eligibilityReasons: ['ISOLATED_ELDER'],
        identifiedOn: '2019-09-03',
      },
    });
    expect(dup.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE_RECIPIENT' });
  });

  it('re-encrypts everything under the new key B, all readable with B,A, and a second run finds nothing', async () => {
    const report = await rotate(`b:${KEY_B},dev:${DEV_KEY}`);
    expect(leaks(report)).toEqual([]);
    const counts = rotatedCounts(report);
    expect(counts['staffing employees']).toBeGreaterThanOrEqual(90);
    expect(counts['staffing substitute_workers']).toBeGreaterThanOrEqual(4);
    expect(counts['care-services care_recipients']).toBeGreaterThanOrEqual(3);
    expect(report).toMatch(/care-services care_recipients: .*\(\d+ ciphertexts, 2 legacy v1\)/);

    const ring = loadPiiKeyring({ PII_KEYS: `b:${KEY_B},dev:${DEV_KEY}`, PII_HASH_KEY: DEV_KEY }, false);
    await withDatabase('staffing', async (db) => {
      const employees = (await db.collection('employees').find({}).toArray()).filter((d) => d['personalData'] != null);
      for (const d of employees) expect(piiKeyIdOf(String(d['personalData']))).toBe('b');
      const fixtures = EMPLOYEE_PERSONAL_DATA();
      for (const d of employees) {
        const plain = JSON.parse(decryptPii(ring, String(d['personalData']), `employee:${String(d._id)}:personal`)) as unknown;
        const want = fixtures.get(String(d._id)) ?? (String(d._id) === NEW_ID ? CORRECTED : undefined);
        if (want) expect(plain).toEqual(want);
      }
      for (const d of await db.collection('substitute_workers').find({}).toArray())
        if (d['personalData'] != null) expect(piiKeyIdOf(String(d['personalData']))).toBe('b');
    });
    await withDatabase('care_services', async (db) => {
      const docs = await db.collection('care_recipients').find({}).toArray();
      for (const d of docs) {
        expect(piiKeyIdOf(String(d['pii']))).toBe('b');
        expect(piiKeyIdOf(String(d['rrn']))).toBe('b');
      }
      const legacy = docs.find((d) => String(d._id) === LEGACY_ID)!;
      expect(JSON.parse(decryptPii(ring, String(legacy['pii']), `${LEGACY_ID}:pii`))).toEqual(LEGACY_PERSON);
      expect(decryptPii(ring, String(legacy['rrn']), `${LEGACY_ID}:rrn`)).toBe(LEGACY_RRN);
      // Its lookup hash was re-made with the keyring's hashing key.
      expect(legacy['rrnHash']).toBe(piiLookupHash(ring, LEGACY_RRN));
    });

    const again = await rotate(`b:${KEY_B},dev:${DEV_KEY}`);
    expect(Object.values(rotatedCounts(again)).every((n) => n === 0)).toBe(true);
    expect(again).toMatch(/done: everything is under key "b"/);
  }, 240_000);

  it('rotates back to A, after which the running services read every record again', async () => {
    const report = await rotate(`dev:${DEV_KEY},b:${KEY_B}`);
    expect(rotatedCounts(report)['staffing employees']).toBeGreaterThanOrEqual(90);
    const e = (await ok<{ employee: Record<string, unknown> }>(EMPLOYEE, { id: 'seoul-emp-0042' }, HR)).employee;
    expect(e).toMatchObject({ ...EMPLOYEE_PERSONAL_DATA().get('seoul-emp-0042'), personalDataVisible: true });
    const r = await ok<{ careRecipient: Record<string, unknown> }>(`query($id: ID!) { careRecipient(id: $id) { name phone } }`, {
      id: LEGACY_ID,
    });
    expect(r.careRecipient).toEqual({ name: LEGACY_PERSON.name, phone: LEGACY_PERSON.phone });
    await withDatabase('staffing', async (db) => {
      for (const d of await db.collection('employees').find({}).toArray())
        if (d['personalData'] != null) expect(piiKeyIdOf(String(d['personalData']))).toBe('dev');
    });
  }, 240_000);
});
