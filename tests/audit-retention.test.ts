/**
 * Audit records do not grow without bound (issue 24, point 8): the periodic retention sweep (RETENTION_SWEEP_MS,
 * 3 s in the test stack) deletes audit records older than AUDIT_RETENTION_DAYS (730, at least 365 by law) from
 * governance's audit trail and from a service's own `_audit` collection (once their event is published).
 */
import type mongoose from 'mongoose';
import { eventually, serviceDb } from './support/client';

const DAY = 86_400_000;
const tag = `audit-retention-${Date.now().toString(36)}`;
const ago = (days: number): string => new Date(Date.now() - days * DAY).toISOString();

describe('audit retention', () => {
  const dbs: mongoose.Connection[] = [];
  afterAll(() => Promise.all(dbs.map((db) => db.close())));

  it("deletes governance's audit trail entries older than the retention and keeps younger ones", async () => {
    const db = await serviceDb('governance');
    dbs.push(db);
    const entry = (name: string, ageDays: number) => {
      const at = ago(ageDays);
      return { _id: `${at}_${tag}-${name}`, auditId: `${tag}-${name}`, service: 'test', action: 'MUTATION', at };
    };
    const trail = db.collection<{ _id: string }>('audit_trail');
    const entries = [entry('old', 731), entry('young', 700), entry('fresh', 0)];
    await trail.insertMany(entries);
    await eventually('the 731-day-old entry to be swept', async () => (await trail.countDocuments({ _id: entries[0]!._id })) === 0, 30_000);
    const left = await trail.find({ _id: { $in: [entries[1]!._id, entries[2]!._id] } }).toArray();
    expect(left).toHaveLength(2);
  });

  it("deletes a service's own (published) audit records older than the retention and keeps younger ones", async () => {
    const db = await serviceDb('care-services');
    dbs.push(db);
    const record = (name: string, ageDays: number) => ({
      _id: `${tag}-${name}`,
      record: { auditId: `${tag}-${name}`, service: 'care-services', at: ago(ageDays) },
      at: new Date(ago(ageDays)),
      _outbox: [],
      _pending: false,
    });
    const audit = db.collection<{ _id: string }>('_audit');
    await audit.insertMany([record('old', 731), record('young', 700), record('fresh', 0)]);
    await eventually('the 731-day-old record to be swept', async () => (await audit.countDocuments({ _id: `${tag}-old` })) === 0, 30_000);
    const left = await audit.find({ _id: { $in: [`${tag}-young`, `${tag}-fresh`] } }).toArray();
    expect(left.map((r) => r._id).sort()).toEqual([`${tag}-fresh`, `${tag}-young`]);
  });
});
