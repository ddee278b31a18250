/**
 * The inbox does not grow without bound (issue 24, point 8): FerretDB has no TTL index, so each service
 * deletes inbox records older than INBOX_RETENTION_DAYS (30) in a periodic sweep (RETENTION_SWEEP_MS,
 * 3 s in the test stack). A record of 40 days ago disappears; one of 29 days ago and a fresh one stay.
 */
import type mongoose from 'mongoose';
import { eventually, serviceDb } from './support/client';

const DAY = 86_400_000;

describe('inbox retention', () => {
  let db: mongoose.Connection;
  beforeAll(async () => {
    db = await serviceDb('budgets');
  });
  afterAll(() => db.close());

  it('deletes inbox records older than the retention and keeps younger ones', async () => {
    const tag = `retention-${Date.now().toString(36)}`;
    const record = (name: string, ageDays: number) => ({
      _id: `${tag}-${name}`,
      type: 'pass.test.Retention.v1',
      topic: 'test',
      partition: 0,
      offset: '0',
      processedAt: new Date(Date.now() - ageDays * DAY),
    });
    const inbox = db.collection<{ _id: string }>('_inbox');
    await inbox.insertMany([record('old', 40), record('young', 29), record('fresh', 0)]);
    await eventually('the 40-day-old record to be swept', async () => (await inbox.countDocuments({ _id: `${tag}-old` })) === 0, 30_000);
    const left = await inbox.find({ _id: { $in: [`${tag}-young`, `${tag}-fresh`] } }).toArray();
    expect(left.map((r) => r._id).sort()).toEqual([`${tag}-fresh`, `${tag}-young`]);
  });
});
