/**
 * `npm run bench:storage`: FerretDB's two backends side by side in one run. Starts a FerretDB on
 * SQLite and a FerretDB on the embedded PostgreSQL at the same time (own ports and data, beside the
 * checkout's infra), loads the same documents into both, and measures with the official driver:
 *   - a filtered find on a non-`_id` indexed field at 10,000 documents (one hit, and 20 hits);
 *   - 100 such finds in parallel (what the whole machine can serve);
 *   - the relay's sweep over an aggregate collection of 10,000 documents with 10 pending: today's
 *     `{'_outbox.0': {$exists: true}}` and the indexed top-level `{_pending: true}`;
 * each with FerretDB's `explain` (was the filter pushed down to the backend?). Writes
 * `bench/results/storage-latest.json` and `storage-latest.md` and prints the table with the ratios.
 *
 *   npm run bench:storage [-- --docs=10000] [--samples=200] [--sweeps=30] [--budget=20] [--keep]
 * Ports: FerretDB/SQLite 27100, FerretDB/PostgreSQL 27101, its PostgreSQL 15500 (+ PASS_INFRA_PORT_OFFSET).
 * Both are stopped at the end (`--keep` leaves them running); the data is dropped at every start.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { log, machine, quantile, median, repoRoot, resultsDir, round, table, workDir, writeResult } from './lib/common.mjs';

const require = createRequire(import.meta.url);
const { MongoClient } = require('mongoose').mongo;
const stack = (m) => require(path.join(repoRoot, 'packages', 'stack', 'dist', m));
const { ferretDbInstance, startFerretDb, stopFerretDb } = stack('ferretdb.js');
const { stopPostgres } = stack('postgres.js');
const { infraPorts } = stack('infra-config.js');

const arg = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const DOCS = arg('docs', 10_000);
const SAMPLES = arg('samples', 200);
const SWEEPS = arg('sweeps', 30);
const BUDGET_SEC = arg('budget', 20);
const PENDING = 10;
const offset = infraPorts().portOffset;
const DB = 'storage_bench';

const backends = [
  { label: 'FerretDB/SQLite', instance: ferretDbInstance('sqlite', 27100 + offset, 0, 'bench-sqlite', path.join(workDir, 'sqlite')) },
  { label: 'FerretDB/PostgreSQL', instance: ferretDbInstance('postgresql', 27101 + offset, 15500 + offset, 'bench-postgresql') },
];

const item = (i) => ({
  _id: `item-${i}`,
  code: `C${String(i).padStart(6, '0')}`,
  group: `g${i % 500}`,
  name: `Facility ${i}`,
  district: ['마포구', '성동구', '강남구', '종로구', '노원구'][i % 5],
  capacity: 10 + (i % 90),
  note: 'x'.repeat(200),
});

/** An aggregate as the platform stores it: state, a version, and `_outbox` (non-empty while events wait). */
const aggregate = (i, pending) => ({
  _id: `agg-${i}`,
  status: 'ACTIVE',
  version: 3,
  name: `Aggregate ${i}`,
  note: 'y'.repeat(200),
  _outbox: pending ? [{ id: `evt-${i}`, topic: 'pass.bench.v1', key: `agg-${i}`, payload: { n: i } }] : [],
  ...(pending ? { _pending: true } : {}),
});

async function load(db) {
  await db.dropDatabase().catch(() => undefined);
  const items = db.collection('items');
  const aggregates = db.collection('aggregates');
  await items.createIndex({ code: 1 }, { unique: true });
  await items.createIndex({ group: 1 });
  await aggregates.createIndex({ _pending: 1 });
  const t = performance.now();
  for (let i = 0; i < DOCS; i += 1_000) {
    await items.insertMany(Array.from({ length: Math.min(1_000, DOCS - i) }, (_, k) => item(i + k)));
  }
  // The pending aggregates spread through the collection, as a relay would meet them.
  const every = Math.floor(DOCS / PENDING);
  for (let i = 0; i < DOCS; i += 1_000) {
    await aggregates.insertMany(Array.from({ length: Math.min(1_000, DOCS - i) }, (_, k) => aggregate(i + k, (i + k) % every === 0)));
  }
  return (performance.now() - t) / 1000;
}

/**
 * Milliseconds per call: up to `samples` sequential calls after a warm-up of three, stopping early
 * (after at least five) once `BUDGET_SEC` has passed — a scan of 10,000 documents on a busy machine takes seconds.
 */
async function timed(fn, samples) {
  for (let i = 0; i < 3; i++) await fn(i);
  const ms = [];
  const deadline = performance.now() + BUDGET_SEC * 1000;
  for (let i = 0; i < samples && (i < 5 || performance.now() < deadline); i++) {
    const t = performance.now();
    await fn(i);
    ms.push(performance.now() - t);
  }
  return { medianMs: round(median(ms), 2), p95Ms: round(quantile(ms, 0.95), 2), samples: ms.length };
}

/** Calls per second with `workers` calls always in flight for `BUDGET_SEC` (a call running at the end still counts). */
async function throughput(fn, workers) {
  let done = 0;
  const t = performance.now();
  const deadline = t + BUDGET_SEC * 1000;
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      for (let i = w; performance.now() < deadline; i += workers) {
        await fn(i);
        done++;
      }
    }),
  );
  return { perSec: round(done / ((performance.now() - t) / 1000), 1), calls: done, workers };
}

/** FerretDB v1's explain says whether the filter went to the backend (`filterPushdown`). */
async function pushdown(db, collection, filter) {
  const r = await db.command({ explain: { find: collection, filter }, verbosity: 'queryPlanner' }).catch((e) => ({ error: String(e) }));
  return typeof r.filterPushdown === 'boolean' ? r.filterPushdown : null;
}

async function measure(label, uri, dataDir) {
  const client = await MongoClient.connect(uri, { maxPoolSize: 100 });
  try {
    const db = client.db(DB);
    log(`${label}: loading ${DOCS} items and ${DOCS} aggregates`);
    const loadSec = await load(db);
    const items = db.collection('items');
    const aggregates = db.collection('aggregates');
    const code = (i) => `C${String((i * 7919) % DOCS).padStart(6, '0')}`;
    const one = async (i) => {
      const r = await items.find({ code: code(i) }).toArray();
      if (r.length !== 1) throw new Error(`expected 1 item, got ${r.length}`);
    };
    const twenty = async (i) => {
      const r = await items.find({ group: `g${(i * 13) % 500}` }).toArray();
      if (r.length !== DOCS / 500) throw new Error(`expected ${DOCS / 500} items, got ${r.length}`);
    };
    log(`${label}: finds`);
    const findOne = await timed(one, SAMPLES);
    const findTwenty = await timed(twenty, SAMPLES);
    // 20 finds always in flight: what the backend serves to a busy platform.
    const parallel = await throughput(one, 20);
    log(`${label}: relay sweeps`);
    const sweep = (filter) => async () => {
      const r = await aggregates.find(filter, { projection: { _outbox: 1 } }).toArray();
      if (r.length !== PENDING) throw new Error(`expected ${PENDING} pending aggregates, got ${r.length}`);
    };
    const outboxFilter = { '_outbox.0': { $exists: true } };
    const pendingFilter = { _pending: true };
    const sweepOutbox = await timed(sweep(outboxFilter), SWEEPS);
    const sweepPending = await timed(sweep(pendingFilter), SWEEPS);
    return {
      loadSec: round(loadSec, 1),
      // The whole data directory with both collections loaded (PostgreSQL's includes its catalog and WAL).
      dataDirMb: diskMb(dataDir),
      findByIndexedField: { ...findOne, pushdown: await pushdown(db, 'items', { code: code(1) }) },
      find20ByIndexedField: { ...findTwenty, pushdown: await pushdown(db, 'items', { group: 'g1' }) },
      parallelFinds: parallel,
      relaySweepOutbox: { ...sweepOutbox, pushdown: await pushdown(db, 'aggregates', outboxFilter) },
      relaySweepPending: { ...sweepPending, pushdown: await pushdown(db, 'aggregates', pendingFilter) },
    };
  } finally {
    await client
      .db(DB)
      .dropDatabase()
      .catch(() => undefined);
    await client.close();
  }
}

/** Disk used by a directory tree, in MB (`du`-like: allocated blocks). */
function diskMb(dir) {
  let bytes = 0;
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) bytes += fs.statSync(p).blocks * 512;
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return round(bytes / 2 ** 20, 1);
}

function markdownOf(result) {
  const [s, p] = backends.map((b) => result.backends[b.label]);
  const ratio = (a, b) => (a && b ? `${a / b >= 10 ? Math.round(a / b) : round(a / b, 1)}×` : '–');
  const push = (x) => (x === null ? '' : x ? ' (pushed down)' : ' (scan)');
  const ms = (v) => (v >= 100 ? Math.round(v).toLocaleString('en') : String(round(v, 1)));
  const row = (what, key) => [
    what,
    `${ms(s[key].medianMs)} / ${ms(s[key].p95Ms)}${push(s[key].pushdown)}`,
    `${ms(p[key].medianMs)} / ${ms(p[key].p95Ms)}${push(p[key].pushdown)}`,
    ratio(s[key].medianMs, p[key].medianMs),
  ];
  return [
    `Storage backends side by side (\`npm run bench:storage\`, ${result.date.slice(0, 16)}Z, ${result.machine.description}; ` +
      `load average ${result.machine.loadAverageAtStart.join(' / ')} at start, ${result.loadAverageAtEnd.join(' / ')} at end). ` +
      `${DOCS.toLocaleString('en')} documents per collection; median / p95 ms of up to ${SAMPLES} sequential calls ` +
      `(sweeps: ${SWEEPS}; each stops after ${BUDGET_SEC} s, at least 5 calls), finds/s over ${BUDGET_SEC} s.`,
    '',
    table(
      ['Operation', 'FerretDB/SQLite', 'FerretDB/PostgreSQL', 'SQLite ÷ PostgreSQL'],
      [
        row('`find({code})`, unique index, 1 hit', 'findByIndexedField'),
        row('`find({group})`, index, 20 hits', 'find20ByIndexedField'),
        [
          '20 `find({code})` in flight: finds/s',
          String(s.parallelFinds.perSec),
          String(p.parallelFinds.perSec),
          `${ratio(p.parallelFinds.perSec, s.parallelFinds.perSec)} fewer`,
        ],
        row("relay sweep `{'_outbox.0': {$exists: true}}`", 'relaySweepOutbox'),
        row('relay sweep `{_pending: true}`, index', 'relaySweepPending'),
        ['loading 2 × 10,000 documents, s', String(s.loadSec), String(p.loadSec), ratio(s.loadSec, p.loadSec)],
        ['data directory after loading, MB', String(s.dataDirMb), String(p.dataDirMb), ratio(s.dataDirMb, p.dataDirMb)],
      ],
    ),
    '',
  ].join('\n');
}

const m = machine();
log(
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
fs.rmSync(path.join(workDir, 'sqlite'), { recursive: true, force: true });
const started = [];
const stopStarted = async () => {
  if (process.argv.includes('--keep')) return;
  for (const b of started.splice(0).reverse()) {
    await stopFerretDb('SIGTERM', b.instance.name);
    if (b.instance.storage.backend === 'postgresql') await stopPostgres(b.instance.storage.postgres);
  }
};
// Ctrl-C (or a timeout's SIGTERM) still stops the two servers this run started.
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void stopStarted().then(() => process.exit(130)));
try {
  // Both up before either is measured: one run, the same minute, the same machine load.
  for (const b of backends) {
    if (await startFerretDb(log, b.instance)) started.push(b);
  }
  const result = {
    machine: m,
    date: new Date().toISOString(),
    options: { docs: DOCS, samples: SAMPLES, sweeps: SWEEPS, pending: PENDING, budgetSec: BUDGET_SEC },
    backends: {},
  };
  for (const b of backends) {
    const dir = b.instance.storage.backend === 'postgresql' ? path.join(b.instance.storage.postgres.home, 'data') : b.instance.storage.dir;
    result.backends[b.label] = await measure(b.label, `mongodb://127.0.0.1:${b.instance.port}`, dir);
  }
  result.loadAverageAtEnd = os.loadavg().map((l) => round(l, 2));
  const md = markdownOf(result);
  console.log(md);
  log(`written ${writeResult('storage', result)}`);
  fs.writeFileSync(path.join(resultsDir, 'storage-latest.md'), md);
} finally {
  await stopStarted();
}
