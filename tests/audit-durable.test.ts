/**
 * Issue 24 point 5: the audit trail cannot be skipped. The fault is real and in the database: care-services'
 * `_audit` collection refuses every insert (a unique index that each new record of the service collides
 * with), as a full disk, a lost primary or a crash between two writes would. Then
 * - a mutation still changes state *and* is on the audit trail: its record rode in the write of the
 *   document it changed (the same `_outbox`), not in a second write that can fail or never happen;
 * - a care manager's full read of personal data returns no personal data, only SERVICE_UNAVAILABLE: data
 *   leaves the subgraph only once its read is recorded.
 * With the mechanism switched off (PASS_SWITCH_OFF=audit: records written after the fact, as before) both fail.
 */
import { randomUUID } from 'node:crypto';
import type mongoose from 'mongoose';
import { gql, ok, readTopic, serviceDb } from './support/client';
import { settled } from './support/settled';

const P = `audit-durable-${randomUUID().slice(0, 8)}`;
const PERSON = {
  id: `${P}-0001`,
  facilityId: 'seoul-hcc-mapo',
  district: '마포구',
  name: '선우다온',
  birthDate: '1948-03-14',
  phone: '010-5551-2468',
  address: '마포구 가상로 12-3',
  residentRegistrationNumber: '480314-2000007',
  household: 'LIVING_ALONE',
  eligibilityReasons: ['ISOLATED_ELDER'],
  identifiedOn: '2019-09-02',
};
const REGISTER = `mutation($input: RegisterCareRecipientInput!) { registerCareRecipient(input: $input) { id } }`;
const RECIPIENT = `query($id: ID!) { careRecipient(id: $id) { id name personalDataVisible phone status } }`;
const MOVE = `mutation($id: ID!, $on: Date!) { moveCareRecipient(id: $id, status: SCREENED, on: $on) { id status } }`;
const manager = { subject: `${P}-manager`, roles: ['care-manager' as const], facilities: ['seoul-hcc-mapo'] };
const admin = { subject: `${P}-admin`, roles: ['admin' as const] };

/** The audit collection, moved aside while the fault is on, and the fault itself. */
const ASIDE = `_audit_aside_${P.replace(/-/g, '_')}`;
let db: mongoose.Connection;
let refused = false;

async function refuseAuditWrites(): Promise<void> {
  await settled(); // nothing of `_audit` left to publish
  await db.collection('_audit').rename(ASIDE);
  await db.collection('_audit').insertOne({ _id: `${P}-sentinel` as never, record: { service: 'care-services' } });
  await db.collection('_audit').createIndex({ 'record.service': 1 }, { unique: true, name: 'fault_refuse_audit' });
  refused = true;
}

async function restoreAuditWrites(): Promise<void> {
  if (!refused) return;
  refused = false;
  await db.collection('_audit').drop();
  await db.collection(ASIDE).rename('_audit');
}

describe('the audit trail under a failing audit write', () => {
  beforeAll(async () => {
    await ok(REGISTER, { input: PERSON });
    db = await serviceDb('care-services');
    await refuseAuditWrites();
  });
  afterAll(async () => {
    await restoreAuditWrites();
    await db.close();
  });

  it('the fault is real: the database refuses a record of the service', async () => {
    await expect(
      db.collection('_audit').insertOne({ _id: `${P}-probe` as never, record: { service: 'care-services' } }),
    ).rejects.toMatchObject({
      code: 11000,
    });
  });

  it('a mutation that changed state is on the audit trail, its record written with the change', async () => {
    const moved = await ok<{ moveCareRecipient: { status: string } }>(MOVE, { id: PERSON.id, on: '2019-09-09' }, admin);
    expect(moved.moveCareRecipient.status).toBe('SCREENED');
    const trail = await readTopic('audit.trail', (ms) => ms.some((m) => m.value?.toString().includes(`${P}-admin`)), 20_000);
    const mine = trail.map((m) => JSON.parse(m.value!.toString()) as Record<string, unknown>).filter((r) => r['subject'] === `${P}-admin`);
    expect(mine).toEqual([
      expect.objectContaining({
        service: 'care-services',
        action: 'MUTATION',
        operation: 'Mutation.moveCareRecipient',
        targetIds: [PERSON.id],
        outcome: 'OK',
        roles: ['admin'],
      }),
    ]);
  });

  it('a full read of personal data that cannot be audited returns none of it', async () => {
    const answer = await gql(RECIPIENT, { id: PERSON.id }, { as: manager });
    expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
    const text = JSON.stringify(answer);
    for (const secret of [PERSON.name, PERSON.phone]) expect(text).not.toContain(secret);
  });

  it('reads, and audits the read, once the audit collection takes writes again', async () => {
    await restoreAuditWrites();
    const read = await ok<{ careRecipient: { name: string } }>(RECIPIENT, { id: PERSON.id }, manager);
    expect(read.careRecipient.name).toBe(PERSON.name);
    const trail = await readTopic('audit.trail', (ms) => ms.some((m) => m.value?.toString().includes(`${P}-manager`)), 20_000);
    const reads = trail
      .map((m) => JSON.parse(m.value!.toString()) as Record<string, unknown>)
      .filter((r) => r['subject'] === `${P}-manager`);
    // One record: the refused read before left none, and no data.
    expect(reads).toEqual([
      expect.objectContaining({ action: 'PII_READ', operation: 'CareRecipient.personalData', targetIds: [PERSON.id] }),
    ]);
  });
});
