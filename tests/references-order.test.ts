/**
 * A late or redriven event never overwrites newer data (issue 24, point 3): reference read models keep the
 * time of the event their data came from and an older event changes nothing. Here care-services' view of
 * staffing's emergency-care pool gets a worker's registration and a newer availability change, then —
 * as a redrive from the dead-letter topic or a replay would deliver them — an older availability change
 * and the registration again under new event ids. Without the time guard both overwrite the newer state.
 */
import { randomUUID } from 'node:crypto';
import type mongoose from 'mongoose';
import { envelope, send, serviceDb } from './support/client';
import { settled } from './support/settled';

const TOPIC = 'staffing.emergency-care-worker';
const REGISTERED = 'pass.staffing.EmergencyCareWorkerRegistered.v1';
const CHANGED = 'pass.staffing.EmergencyCareWorkerAvailabilityChanged.v1';

const at = (type: string, key: string, data: Record<string, unknown>, time: Date) => {
  const e = envelope('staffing', type, key, data, randomUUID());
  return { ...e, headers: { ...e.headers, ce_time: time.toISOString() } };
};

describe('reference read models keep the newest data', () => {
  let db: mongoose.Connection;
  beforeAll(async () => {
    db = await serviceDb('care-services');
  });
  afterAll(() => db.close());

  it('ignores an older availability change and a redriven registration that arrive after a newer change', async () => {
    const workerId = `refs-order-${Date.now().toString(36)}`;
    const now = Date.now();
    const [t0, t1, t2] = [new Date(now - 180_000), new Date(now - 120_000), new Date(now - 60_000)] as const;
    const registration = { workerId, districts: ['전주시'], available: true };
    await send(
      TOPIC,
      at(REGISTERED, workerId, registration, t0),
      at(CHANGED, workerId, { workerId, available: false }, t2),
      // Delivered late: an older change, and the registration redriven under a new event id.
      at(CHANGED, workerId, { workerId, available: true }, t1),
      at(REGISTERED, workerId, { ...registration, districts: ['전주시', '완주군'] }, t0),
    );
    await settled();
    const doc = await db.collection('ref_emergency_care_workers').findOne({ _id: workerId as never });
    expect(doc).toMatchObject({ data: { workerId, districts: ['전주시'], available: false }, eventTime: t2 });
  });
});
