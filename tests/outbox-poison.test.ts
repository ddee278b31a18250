/**
 * One outbox entry Kafka refuses (here: larger than the broker's message.max.bytes) must not stop a
 * service publishing (issue 24, point 1). The relay sends the rest one document at a time, parks the
 * refused document's events after three passes (later events of the same aggregate wait behind them),
 * and `retryParked` (npm run events -- outbox retry) puts them back in order once the cause is fixed.
 * Before this, the failing sweep kept the relay in "sweep" mode and every later event stayed unpublished.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import mongoose, { type Connection } from 'mongoose';
import { listParked, retryParked } from '@pass-graph/platform';
import { logDir } from '../packages/stack/src/paths';
import { testEnv } from './support/env';
import { eventually, header, ok, readTopic } from './support/client';

const TYPE = 'pass.staffing.TrainingCourseRegistered.v1';
const REGISTER = `mutation($input: RegisterTrainingCourseInput!) { registerTrainingCourse(input: $input) { id } }`;

const entry = (id: string, courseId: string, title: string) => ({
  id,
  type: TYPE,
  topic: 'staffing.training-course',
  subject: courseId,
  time: new Date().toISOString(),
  data: { courseId, title, category: 'CAPACITY', hours: 2 },
});

/** Whether staffing's log says Kafka refused the document's events (OutboxRelay.publish, "Kafka refused a document's events"). */
function refusedInLog(id: string): boolean {
  const file = path.join(logDir, 'test-staffing.log');
  if (!fs.existsSync(file)) return false;
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .some((line) => line.includes("Kafka refused a document's events") && line.includes(`"id":"${id}"`));
}

describe('a poison outbox entry', () => {
  const env = testEnv();
  const poisonId = `poison-${Date.now().toString(36)}`;
  let db: Connection;

  beforeAll(async () => {
    db = await mongoose.createConnection(env.mongodbUri, { dbName: `${env.namespace}_staffing` }).asPromise();
  });
  afterAll(async () => {
    await db.collection('training_courses').deleteOne({ _id: poisonId } as never);
    await db.collection('_outbox_parked').deleteMany({ documentId: poisonId });
    await db.close();
  });

  it('is parked while everything else keeps being published, and is published in order once retried', async () => {
    const courses = db.collection<{ _id: string }>('training_courses');
    const first = randomUUID();
    // 1.5 MB: more than the broker accepts in one message (message.max.bytes ~1 MB).
    await courses.insertOne({
      _id: poisonId,
      title: 'poison',
      category: 'CAPACITY',
      hours: 2,
      _outbox: [entry(first, poisonId, 'x'.repeat(1_500_000))],
      _pending: true,
    } as never);
    // A sweep meets it first (an idle relay sweeps at least every 16 × OUTBOX_SWEEP_MS = 8 s here): from then on,
    // before the fix, every pass was a sweep that failed on it, so the mutation below stayed unpublished.
    // The fact waited for: staffing's relay logged Kafka refusing this document.
    await eventually('a relay pass to meet the poison', async () => refusedInLog(poisonId), 60_000);

    const courseId = `course-${Date.now().toString(36)}`;
    await ok(REGISTER, { input: { id: courseId, title: 'Published beside a poison', category: 'CAPACITY', hours: 3 } });
    const seen = await readTopic('staffing.training-course', (ms) => ms.some((m) => header(m, 'ce_subject') === courseId), 30_000);
    expect(seen.some((m) => header(m, 'ce_subject') === courseId && header(m, 'ce_type') === TYPE)).toBe(true);

    const parked = await eventually('the poison parked', async () => {
      const list = await listParked(db);
      return list.some((p) => p._id === first) ? list : undefined;
    });
    expect(parked.filter((p) => p.documentId === poisonId).map((p) => p._id)).toEqual([first]);
    expect(await courses.findOne({ _id: poisonId }, { projection: { _outbox: 1, _pending: 1, _parked: 1 } })).toEqual({
      _id: poisonId,
      _outbox: [],
      _pending: false,
      _parked: true,
    });

    // A later event of the same aggregate waits behind the parked one (per-key order).
    const second = randomUUID();
    await courses.updateOne({ _id: poisonId }, {
      $push: { _outbox: entry(second, poisonId, 'second') },
      $set: { _pending: true },
    } as never);
    await eventually('the later event held behind the parked one', async () =>
      (await listParked(db)).filter((p) => p.documentId === poisonId).length === 2 ? true : undefined,
    );

    // The cause is fixed (here: the oversized payload is cut), then retried: both go out, in order.
    await db.collection('_outbox_parked').updateOne({ _id: first } as never, { $set: { 'entry.data.title': 'fixed' } });
    expect(await retryParked(db, poisonId)).toBe(2);
    const after = await readTopic(
      'staffing.training-course',
      (ms) => ms.filter((m) => header(m, 'ce_subject') === poisonId).length >= 2,
      30_000,
    );
    expect(after.filter((m) => header(m, 'ce_subject') === poisonId).map((m) => header(m, 'ce_id'))).toEqual([first, second]);
    expect(await listParked(db).then((l) => l.filter((p) => p.documentId === poisonId))).toEqual([]);
  }, 120_000);
});
