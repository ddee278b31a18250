/**
 * `node bench/indexes.mjs`: what the hot-filter indexes change at 10,000 documents (docs/performance.md,
 * "Indexes for the hot filters"). For three hot filters of budgets' expenditures — postExecution's
 * `{budgetLineId}`, programBudgets' `{agencyId, fiscalYear}`, and the expendituresByLine DataLoader batch
 * `{budgetLineId: {$in: 10 keys}}` — the median and p95 ms per query without the index and with it, on the
 * local FerretDB (this checkout's infra: PostgreSQL by default) and, with `--sqlite`, a FerretDB on SQLite
 * started beside it (port 27102 + PASS_INFRA_PORT_OFFSET, stopped at the end). Explain's pushdown is printed.
 *
 *   node bench/indexes.mjs [--docs=10000] [--samples=40] [--sqlite]
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import { log, median, quantile, repoRoot, round, workDir } from './lib/common.mjs';

const require = createRequire(import.meta.url);
const { MongoClient } = require('mongoose').mongo;
const stack = (m) => require(path.join(repoRoot, 'packages', 'stack', 'dist', m));
const { defaultFerretDb, ferretDbInstance, startFerretDb, stopFerretDb } = stack('ferretdb.js');

const arg = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const DOCS = arg('docs', 10_000);
const SAMPLES = arg('samples', 40);
const offset = Number(process.env.PASS_INFRA_PORT_OFFSET ?? 0);

const FILTERS = [
  ["postExecution: a line's executions", { budgetLineId: 1 }, (i) => ({ budgetLineId: `L${(i * 37) % 500}` })],
  ["programBudgets: an agency's year", { agencyId: 1, fiscalYear: 1 }, (i) => ({ agencyId: `A${i % 20}`, fiscalYear: 2019 + (i % 5) })],
  [
    'expendituresByLine batch ($in, 10 lines)',
    { budgetLineId: 1 },
    (i) => ({ budgetLineId: { $in: Array.from({ length: 10 }, (_, k) => `L${(i * 37 + k) % 500}`) } }),
  ],
];

async function timeFilter(coll, make) {
  const ms = [];
  for (let i = 0; i < SAMPLES; i++) {
    const t = performance.now();
    await coll.find(make(i)).toArray();
    ms.push(performance.now() - t);
  }
  return { median: round(median(ms), 1), p95: round(quantile(ms, 0.95), 1) };
}

async function measure(label, uri) {
  const client = await MongoClient.connect(uri);
  try {
    const db = client.db('bench_indexes');
    await db.dropDatabase();
    const coll = db.collection('expenditures');
    await coll.insertMany(
      Array.from({ length: DOCS }, (_, i) => ({
        _id: `E${String(i).padStart(6, '0')}`,
        budgetLineId: `L${i % 500}`,
        agencyId: `A${i % 20}`,
        fiscalYear: 2019 + (i % 5),
        amount: 1000 + i,
        facilityId: `F${i % 300}`,
      })),
    );
    const rows = [];
    for (const [what, keys, make] of FILTERS) {
      const before = await timeFilter(coll, make);
      const name = await coll.createIndex(keys);
      const after = await timeFilter(coll, make);
      const explain = await db.command({ explain: { find: 'expenditures', filter: make(1) }, verbosity: 'queryPlanner' });
      const node = explain.queryPlanner?.Plan?.['Node Type'] ?? explain.queryPlanner?.winningPlan?.stage ?? '-';
      await coll.dropIndex(name);
      rows.push({ backend: label, what, before, after, pushdown: explain.filterPushdown ?? null, node });
    }
    await db.dropDatabase();
    return rows;
  } finally {
    await client.close();
  }
}

const results = [];
log(`FerretDB of this checkout, ${DOCS} documents`);
results.push(...(await measure('FerretDB (infra default)', `mongodb://127.0.0.1:${defaultFerretDb().port}`)));
if (process.argv.includes('--sqlite')) {
  const sqlite = ferretDbInstance('sqlite', 27102 + offset, 0, 'bench-indexes-sqlite', path.join(workDir, 'indexes-sqlite'));
  if (await startFerretDb(log, sqlite)) {
    try {
      results.push(...(await measure('FerretDB/SQLite', `mongodb://127.0.0.1:${sqlite.port}`)));
    } finally {
      await stopFerretDb('SIGTERM', sqlite.name);
    }
  }
}
console.log(`\n| backend | hot filter (${DOCS} docs) | no index: median / p95 ms | index: median / p95 ms | pushdown | plan |`);
console.log('|---|---|---|---|---|---|');
for (const r of results)
  console.log(
    `| ${r.backend} | ${r.what} | ${r.before.median} / ${r.before.p95} | ${r.after.median} / ${r.after.p95} | ${r.pushdown} | ${r.node} |`,
  );
