/**
 * Cross-process leases (packages/platform/src/leases.ts) against the real database: two OS processes
 * increment one document under `withDocument`; a stale holder's write is refused; a killed holder's
 * key is taken over. The same contention with the leases switched off (`PASS_LEASES=off`) loses
 * updates: the test shows the guard is what keeps them.
 */
import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import mongoose, { type Connection } from 'mongoose';
import { configureLeases, LeaseLostError, withLease } from '@pass-graph/platform';
import { testEnv } from './support/env';

const worker = path.join(__dirname, 'support', 'lease-worker.js');
const ROUNDS = 40;
const PARALLEL = 4;

function runWorker(uri: string, dbName: string, leases: 'on' | 'off'): Promise<{ done: number }> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [worker, uri, dbName, String(ROUNDS), String(PARALLEL), leases],
      { timeout: 100_000 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${error.message}\n${stderr}`));
        else resolve(JSON.parse(stdout) as { done: number });
      },
    );
  });
}

describe('cross-process leases on the real database', () => {
  const env = testEnv();
  const dbName = `${env.namespace}_leases`;
  let db: Connection;

  beforeAll(async () => {
    db = await mongoose.createConnection(env.mongodbUri, { dbName, retryWrites: false }).asPromise();
  });
  afterAll(async () => {
    await db.dropDatabase().catch(() => undefined);
    await db.close();
    configureLeases({ enabled: true, ttlMs: 10_000, graceMs: 5_000, waitMs: 30_000 });
  });

  async function contend(leases: 'on' | 'off'): Promise<{ n: number; log: string[]; done: number }> {
    const counters = db.collection<{ _id: string; n: number; log: string[] }>('counters');
    await counters.deleteMany({});
    await counters.insertOne({ _id: 'c', n: 0, log: [] });
    const results = await Promise.all([runWorker(env.mongodbUri, dbName, leases), runWorker(env.mongodbUri, dbName, leases)]);
    const doc = await counters.findOne({ _id: 'c' });
    return { n: doc?.n ?? -1, log: doc?.log ?? [], done: results.reduce((s, r) => s + r.done, 0) };
  }

  it('two processes lose no update under the leases', async () => {
    const { n, log, done } = await contend('on');
    expect(done).toBe(2 * ROUNDS);
    expect(n).toBe(2 * ROUNDS);
    expect(new Set(log).size).toBe(2 * ROUNDS);
  }, 110_000);

  it('the same contention without the cross-process lease loses updates (what the guard prevents)', async () => {
    const { n, done } = await contend('off');
    expect(done).toBe(2 * ROUNDS);
    expect(n).toBeLessThan(2 * ROUNDS);
  }, 110_000);

  /** A child process that takes `key`, prints `held`, then runs `body` (JS source, with `db` and `lease` in scope). */
  function holder(key: string, body: string): { child: ReturnType<typeof spawn>; held: Promise<void>; out: Promise<string> } {
    const script = `
      const mongoose = require('mongoose');
      const { withLease, configureLeases } = require(${JSON.stringify(path.resolve(__dirname, '..', 'packages', 'platform', 'dist'))});
      configureLeases({ enabled: true, ttlMs: 1000, graceMs: 500, waitMs: 5000 });
      mongoose.createConnection(process.argv[1], { dbName: process.argv[2], retryWrites: false }).asPromise().then((db) =>
        withLease(db, ${JSON.stringify(key)}, async () => { process.stdout.write('held\\n'); ${body} })
          .then(() => process.stdout.write('wrote\\n'), (e) => process.stdout.write((e.extensions && e.extensions.reason) + '\\n'))
          .finally(() => db.close()));`;
    const child = spawn(process.execPath, ['-e', script, env.mongodbUri, dbName], { stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    const held = new Promise<void>((resolve) =>
      child.stdout?.on('data', (d: Buffer) => {
        text += d.toString();
        if (text.includes('held')) resolve();
      }),
    );
    const out = new Promise<string>((resolve) => child.on('exit', () => resolve(text)));
    return { child, held, out };
  }

  it("refuses a stale holder's write and lets a taker in", async () => {
    configureLeases({ enabled: true, ttlMs: 1_000, graceMs: 500, waitMs: 10_000 });
    const docs = db.collection<{ _id: string; owner: string }>('stale');
    await docs.deleteMany({});
    const Stale = db.model('Stale', new mongoose.Schema({ _id: String, owner: String }, { collection: 'stale', versionKey: false }));
    // The holder reads, then its whole process freezes for 2.5 s (a GC pause, a stopped VM: no timer
    // runs, so no renewal) before it writes. Its lease (1 s) lapses; a taker writes in the meantime.
    const stale = holder(
      'stale/x',
      `Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2500);
       await db.collection('stale').countDocuments();
       await db.model('Stale', new mongoose.Schema({ _id: String, owner: String }, { collection: 'stale', versionKey: false }))
         .updateOne({ _id: 'x' }, { $set: { owner: 'stale' } }, { upsert: true });`,
    );
    await stale.held;
    await withLease(db, 'stale/x', async () => {
      await Stale.create({ _id: 'x', owner: 'taker' });
    });
    // Its write is refused before it reaches the database: the taker's stays.
    expect((await stale.out).trim().split('\n')).toEqual(['held', 'LEASE_LOST']);
    expect(await docs.find({}).toArray()).toEqual([{ _id: 'x', owner: 'taker' }]);
  }, 30_000);

  it('the same frozen holder without the fence overwrites the taker (what the fence prevents)', async () => {
    configureLeases({ enabled: true, ttlMs: 1_000, graceMs: 500, waitMs: 10_000 });
    const docs = db.collection<{ _id: string; owner: string }>('stale');
    await docs.deleteMany({});
    // Raw driver writes skip the fence (mongoose's hook calls beforeWrite): this is a holder without it.
    const stale = holder(
      'stale/z',
      `Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2500);
       await db.collection('stale').updateOne({ _id: 'z' }, { $set: { owner: 'stale' } }, { upsert: true });`,
    );
    await stale.held;
    await withLease(db, 'stale/z', async () => {
      await docs.insertOne({ _id: 'z', owner: 'taker' });
    });
    expect((await stale.out).trim().split('\n')).toEqual(['held', 'wrote']);
    expect(await docs.find({ _id: 'z' }).toArray()).toEqual([{ _id: 'z', owner: 'stale' }]);
  }, 30_000);

  it("takes over a killed process's lease within seconds", async () => {
    configureLeases({ enabled: true, ttlMs: 1_000, graceMs: 500, waitMs: 20_000 });
    const crashed = holder('crash/y', 'await new Promise(() => undefined);');
    await crashed.held;
    crashed.child.kill('SIGKILL');
    const t0 = Date.now();
    await withLease(db, 'crash/y', async () => undefined);
    // The dead holder never renews again: its lease (1 s) ends, and the next one is taken at once.
    expect(Date.now() - t0).toBeLessThan(3_000);
  }, 30_000);
});
