/**
 * Care recipients' personal data through the gateway: in full only for a care manager of the
 * recipient's facility (and admins), masked for other roles that may see the list, refused to
 * anonymous callers; the 주민등록번호 nowhere in the graph; encrypted in the database; absent from
 * every event and log line; each full read on the audit trail.
 */
import fs from 'node:fs';
import path from 'node:path';
import mongoose from 'mongoose';
import type { KafkaMessage } from 'kafkajs';
import { FACILITIES, RECIPIENTS, SURVEYS } from '../services/care-services/src/seed';
import { gql, ok, readTopic } from './support/client';
import { testEnv } from './support/env';

const P = 'care-services-recipients';
const PERSON = {
  id: `${P}-0001`,
  facilityId: 'seoul-hcc-mapo',
  district: '마포구',
  name: '남궁가온',
  birthDate: '1950-06-30',
  phone: '010-5559-8765',
  address: '마포구 가상대로 99-9',
  residentRegistrationNumber: '500630-1000009',
  household: 'LIVING_ALONE',
  eligibilityReasons: ['ISOLATED_ELDER'],
  identifiedOn: '2019-09-02',
};

/** Every personal datum the fixtures and this test put in: none may leave the service readable. */
const SECRETS = [...RECIPIENTS, PERSON].flatMap((r) => [
  r.name,
  r.phone as string,
  r.address as string,
  r.residentRegistrationNumber,
  r.residentRegistrationNumber.replace('-', ''),
  r.phone!.replace(/-/g, ''),
]);
const leaks = (text: string): string[] => SECRETS.filter((s) => text.includes(s));

const RECIPIENT = `query($id: ID!) { careRecipient(id: $id) { id name personalDataVisible birthDate phone address status household eligibilityReasons facility { id } district { name } visits { totalCount } statusHistory { status on } } }`;
const REGISTER = `mutation($input: RegisterCareRecipientInput!) { registerCareRecipient(input: $input) { id name personalDataVisible birthDate phone address status } }`;
const MOVE = `mutation($id: ID!, $s: CareRecipientStatus!, $on: Date!) { moveCareRecipient(id: $id, status: $s, on: $on) { status } }`;

describe('care recipients: personal data', () => {
  beforeAll(async () => {
    const r = await gql(REGISTER, { input: PERSON });
    if (r.errors && r.errors[0]?.extensions?.code !== 'CONFLICT') throw new Error(JSON.stringify(r.errors));
  });

  const careWorker = { subject: `${P}-worker`, roles: ['care-worker' as const], facilities: ['jeonbuk-hcc-jeonbuk', 'seoul-hcc-mapo'] };
  const otherManager = { subject: `${P}-other-manager`, roles: ['care-manager' as const], facilities: ['seoul-hcc-seongdong'] };
  const mapoManager = { subject: `${P}-mapo-manager`, roles: ['care-manager' as const], facilities: ['seoul-hcc-mapo'] };

  it('refuses anonymous callers and callers without a care role', async () => {
    expect((await gql(RECIPIENT, { id: 'jb-rcp-0001' }, { as: 'anonymous' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const hr = await gql(RECIPIENT, { id: 'jb-rcp-0001' }, { as: { subject: `${P}-hr`, roles: ['hr'] } });
    expect(hr.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(leaks(JSON.stringify(hr))).toEqual([]);
  });

  it('shows everything to a care manager of the facility, and records the read on the audit trail', async () => {
    const full = (await ok<{ careRecipient: Record<string, unknown> }>(RECIPIENT, { id: PERSON.id }, mapoManager)).careRecipient;
    expect(full).toMatchObject({
      name: PERSON.name,
      personalDataVisible: true,
      birthDate: PERSON.birthDate,
      phone: PERSON.phone,
      address: PERSON.address,
    });
    // A care manager of another facility does not reach the recipient at all (scopes, issue 29).
    const other = await gql(RECIPIENT, { id: PERSON.id }, { as: otherManager });
    expect({ codes: other.errors?.map((e) => e.extensions?.code), data: other.data }).toEqual({
      codes: ['FORBIDDEN'],
      data: { careRecipient: null },
    });
    expect(leaks(JSON.stringify(other))).toEqual([]);
    const audit = await readTopic('audit.trail', (ms) => ms.some((m) => m.value?.toString().includes(`${P}-mapo-manager`)));
    const mine = audit
      .map((m) => JSON.parse(m.value!.toString()) as Record<string, unknown>)
      .filter((a) => a['subject'] === `${P}-mapo-manager`);
    expect(mine).toEqual([
      expect.objectContaining({
        action: 'PII_READ',
        operation: 'CareRecipient.personalData',
        targetIds: [PERSON.id],
        roles: ['care-manager'],
      }),
    ]);
    expect(leaks(JSON.stringify(audit.map((m) => m.value?.toString())))).toEqual([]);
  });

  it('masks the name and withholds birth date, phone, address and care history from a care worker', async () => {
    const seeded = (await ok<{ careRecipient: Record<string, unknown> }>(RECIPIENT, { id: 'jb-rcp-0001' }, careWorker)).careRecipient;
    expect(seeded).toMatchObject({
      name: '한*람',
      personalDataVisible: false,
      birthDate: null,
      phone: null,
      address: null,
      visits: null,
      facility: { id: 'jeonbuk-hcc-jeonbuk' },
      district: { name: '전주시' },
    });
    const mine = (await ok<{ careRecipient: Record<string, unknown> }>(RECIPIENT, { id: PERSON.id }, careWorker)).careRecipient;
    expect(mine).toMatchObject({ name: '남**온', birthDate: null, phone: null, address: null, status: expect.any(String) });
    const list = await ok<{ careRecipients: { nodes: { name: string }[] } }>(
      `{ careRecipients(first: 100) { nodes { name } } }`,
      {},
      careWorker,
    );
    // jb-rcp-0001 and PERSON, of the worker's two facilities (others are out of scope and left out).
    expect(list.careRecipients.nodes.length).toBeGreaterThanOrEqual(2);
    expect(leaks(JSON.stringify(list))).toEqual([]);
  });

  it('has no field for the 주민등록번호 on any output type', async () => {
    const schema = await ok<{ __schema: { types: { name: string; kind: string; fields: { name: string }[] | null }[] } }>(
      `{ __schema { types { name kind fields { name } } } }`,
    );
    const outputFields = schema.__schema.types
      .filter((t) => t.kind === 'OBJECT')
      .flatMap((t) => (t.fields ?? []).map((f) => `${t.name}.${f.name}`));
    expect(outputFields).toContain('CareRecipient.name');
    expect(outputFields.filter((f) => /resident|rrn|registrationNumber/i.test(f))).toEqual([]);
  });

  it('refuses a second registration of the same 주민등록번호 without echoing it', async () => {
    const r = await gql(REGISTER, { input: { ...PERSON, id: `${P}-dup` } });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE_RECIPIENT' });
    expect(leaks(JSON.stringify(r))).toEqual([]);
    const wrongBirth = await gql(REGISTER, { input: { ...PERSON, id: `${P}-bad`, residentRegistrationNumber: '500631-1000019' } });
    expect(wrongBirth.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'residentRegistrationNumber' });
    expect(JSON.stringify(wrongBirth)).not.toContain('500631');
  });

  it('walks IDENTIFIED → SCREENED → SELECTED → RECEIVING and refuses skipping a step', async () => {
    const id = `${P}-0002`;
    await ok(REGISTER, { input: { ...PERSON, id, residentRegistrationNumber: '500630-1000017' } });
    const skip = await gql(MOVE, { id, s: 'RECEIVING', on: '2019-09-03' });
    expect(skip.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'INVALID_TRANSITION',
      from: 'IDENTIFIED',
      to: 'RECEIVING',
    });
    for (const [s, on] of [
      ['SCREENED', '2019-09-03'],
      ['SELECTED', '2019-09-05'],
      ['RECEIVING', '2019-09-06'],
    ] as const)
      expect((await ok<{ moveCareRecipient: { status: string } }>(MOVE, { id, s, on })).moveCareRecipient.status).toBe(s);
    const back = await gql(MOVE, { id, s: 'SCREENED', on: '2019-09-07' });
    expect(back.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
    const r = await ok<{ careRecipient: { statusHistory: { status: string; on: string }[] } }>(RECIPIENT, { id });
    expect(r.careRecipient.statusHistory.map((h) => h.status)).toEqual(['IDENTIFIED', 'SCREENED', 'SELECTED', 'RECEIVING']);

    const selected = await readTopic('care-services.care-recipient', (ms) => ms.some((m) => m.key?.toString() === id));
    const event = selected.find((m) => m.key?.toString() === id);
    expect(JSON.parse(event!.value!.toString())).toEqual({
      recipientId: id,
      agencyId: 'seoul-pass',
      facilityId: 'seoul-hcc-mapo',
      district: '마포구',
      eligibilityReasons: ['ISOLATED_ELDER'],
      selectedOn: '2019-09-05',
    });
  });

  it('keeps the personal data encrypted in the database', async () => {
    const env = testEnv();
    const conn = await mongoose.createConnection(env.mongodbUri, { dbName: `${env.namespace}_care_services` }).asPromise();
    try {
      const docs = await conn.collection('care_recipients').find({}).toArray();
      expect(docs.length).toBeGreaterThanOrEqual(3);
      expect(leaks(JSON.stringify(docs))).toEqual([]);
      // Written under the platform keyring's current key (the development key `dev` in tests), naming it.
      for (const d of docs) {
        expect(String(d['pii'])).toMatch(/^p2:dev:/);
        expect(String(d['rrn'])).toMatch(/^p2:dev:/);
      }
    } finally {
      await conn.close();
    }
  });

  it('puts no personal data in any care-services event', async () => {
    // Each topic is read until the seeded events (and this file's selection) are all there.
    const expected: Record<string, string[]> = {
      'care-services.care-recipient': ['jb-rcp-0001', 'jb-rcp-0002', `${P}-0002`],
      'care-services.care-request': ['seoul-sos-req-0001', 'seoul-sos-req-0002', 'seoul-sos-req-0003'],
      'care-services.care-visit': ['jb-visit-0001', 'jb-visit-0002', 'jb-visit-0003', 'jb-visit-0004'],
      'care-services.facility': FACILITIES.map((f) => f.id),
      'care-services.complaint': ['jb-cmp-0001', 'jb-cmp-0002'],
      'care-services.satisfaction-survey': SURVEYS.map((v) => `${v.facilityId}:${v.year}:${v.respondentGroup}`),
    };
    for (const [t, ids] of Object.entries(expected)) {
      const seen = (ms: KafkaMessage[]) => ms.map((m) => `${m.key?.toString()} ${m.value?.toString()}`).join('\n');
      const messages = await readTopic(t, (ms) => ids.every((id) => seen(ms).includes(`"${id}"`)));
      expect([t, ids.filter((id) => !seen(messages).includes(`"${id}"`))]).toEqual([t, []]);
      const text = messages.map((m) => `${m.key?.toString()} ${m.value?.toString()}`).join('\n');
      expect([t, leaks(text)]).toEqual([t, []]);
      // Events about people carry ids, never personal fields (a facility's name and address are public).
      if (t !== 'care-services.facility') expect(text).not.toMatch(/"(name|phone|address|birthDate|residentRegistrationNumber)"\s*:/);
    }
  });

  it('writes no personal data to the service and gateway logs', () => {
    const logs = path.resolve(__dirname, '..', '.infra', 'logs');
    const service = fs.readFileSync(path.join(logs, 'test-care-services.log'), 'utf8');
    // The log is really the one this run writes: the development-key warning is there.
    expect(service).toContain('PII_KEYS is not set');
    expect(leaks(service)).toEqual([]);
    expect(leaks(fs.readFileSync(path.join(logs, 'test-gateway.log'), 'utf8'))).toEqual([]);
  });
});
