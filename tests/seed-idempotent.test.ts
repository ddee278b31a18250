/**
 * Seeding applies every fixture once, whatever state the data is in. A second platform, in a namespace of its
 * own (fresh databases and topics), is seeded part way as if `npm start` had been stopped in the middle of the
 * governance outsourcing rounds (the step that once failed a second start), then seeded in full, then seeded
 * again. Across the first two runs each step is applied exactly once; the third applies nothing, and every
 * service's records (each collection's count and content) are the same before and after it.
 * Without the seeder's `appliedWhen` checks the third run would re-apply the set-style steps and fail on the
 * outsourcing rounds ("the next round is 6").
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import mongoose from 'mongoose';
import { databaseName, SERVICE_NAMES, type SeedStep } from '@pass-graph/platform';
import { waitForConsumers } from '../packages/stack/src/lag';
import { startPlatform, type RunningPlatform } from '../packages/stack/src/platform';
import { SEED_ORDER, seed, type SeedReport } from '../packages/stack/src/seed';
import { deleteTopics, dropDatabases } from './support/global-teardown';
import { testEnv } from './support/env';

jest.setTimeout(30 * 60_000);

/** Volatile or bookkeeping parts of a record: pending events and processed-event ids, timestamps of writes. */
const VOLATILE = new Set(['_outbox', '_inbox', 'updatedAt', '__v']);
/** Collections that record requests, not fixtures: a refused mutation is audited too. */
const isBookkeeping = (collection: string): boolean => collection.startsWith('_') || /audit|lease|lock/i.test(collection);

type Snapshot = Record<string, { count: number; digest: string }>;

/** Every collection of every service database: its record count and a digest of its records' content. */
async function snapshot(uri: string, namespace: string): Promise<Snapshot> {
  const conn = await mongoose.createConnection(uri, { serverSelectionTimeoutMS: 5_000 }).asPromise();
  try {
    const out: Snapshot = {};
    for (const service of SERVICE_NAMES) {
      const db = conn.useDb(databaseName(namespace, service)).db;
      if (!db) throw new Error(`no database for ${service}`);
      for (const { name } of await db.listCollections().toArray()) {
        if (isBookkeeping(name)) continue;
        const docs = await db.collection(name).find({}).toArray();
        const rows = docs.map((d) => JSON.stringify(Object.fromEntries(Object.entries(d).filter(([k]) => !VOLATILE.has(k))))).sort();
        out[`${service}.${name}`] = { count: docs.length, digest: createHash('sha256').update(rows.join('\n')).digest('hex') };
      }
    }
    return out;
  } finally {
    await conn.close().catch(() => undefined);
  }
}

const totals = (reports: SeedReport[]): { applied: number; existing: number } =>
  reports.reduce((t, r) => ({ applied: t.applied + r.applied, existing: t.existing + r.existing }), { applied: 0, existing: 0 });

const stepsOf = (service: string, late: boolean): SeedStep[] => {
  const mod = require(path.resolve(__dirname, '..', 'services', service, 'dist', 'seed.js')) as {
    seedSteps?: SeedStep[];
    lateSeedSteps?: SeedStep[];
  };
  return (late ? mod.lateSeedSteps : mod.seedSteps) ?? [];
};

describe('seeding is idempotent whatever the state', () => {
  const env = testEnv();
  const namespace = `${env.namespace}s`;
  let platform: RunningPlatform | undefined;

  afterAll(async () => {
    await platform?.stop();
    await dropDatabases(env.mongodbUri, namespace).catch(() => undefined);
    await deleteTopics(env.kafkaBrokers, namespace).catch(() => undefined);
  });

  it('a seed stopped part way, then a full seed, then another: each step applied once, the last changes nothing', async () => {
    const allSteps = [...SEED_ORDER.map((s) => stepsOf(s, false)), ...SEED_ORDER.map((s) => stepsOf(s, true))].flat();
    // Stop after outsourcing round 2: rounds 1–2 are there, 3–5 and everything after are not.
    const cut = stepsOf('governance', false).findIndex((s) => s.label === 'outsourcing round 3');
    expect(cut).toBeGreaterThan(0);

    platform = await startPlatform({
      portOffset: (env.ports['gateway'] ?? 4100) - 4000 + 20,
      logPrefix: 'test-seed-',
      env: { PASS_NAMESPACE: namespace, OUTBOX_SWEEP_MS: '500', RATE_LIMIT_PER_MINUTE: '100000', RATE_LIMIT_BURST: '10000' },
    });
    const settle = async (): Promise<void> => {
      expect(await waitForConsumers(env.kafkaBrokers, namespace, 120_000)).toBe(0);
    };

    const partial = totals(await seed(platform.gatewayUrl, { stopAfter: cut }));
    expect(partial).toEqual({ applied: cut, existing: 0 });
    await settle();

    const afterCrash = totals(await seed(platform.gatewayUrl));
    expect(afterCrash).toEqual({ applied: allSteps.length - cut, existing: cut });
    await settle();
    const before = await snapshot(env.mongodbUri, namespace);
    expect(Object.keys(before).length).toBeGreaterThan(SERVICE_NAMES.length);

    const again = totals(await seed(platform.gatewayUrl));
    expect(again).toEqual({ applied: 0, existing: allSteps.length });
    await settle();
    const after = await snapshot(env.mongodbUri, namespace);
    // Same collections, same counts, same content, service by service.
    expect(after).toEqual(before);
  });
});
