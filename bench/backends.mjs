/**
 * `npm run bench:backends`: the whole platform on FerretDB/SQLite and on FerretDB/PostgreSQL side by
 * side in one run. Two platforms run at once (same Kafka, same checkout, own namespaces and ports):
 * one on this checkout's FerretDB/PostgreSQL (the default, `npm run infra -- up`), one on a FerretDB/SQLite
 * started for the run. Both are seeded like `npm start`; then, repeats interleaved (SQLite, PostgreSQL,
 * floor, SQLite, …) so a noisy neighbour hurts every target alike:
 *   - a one-subgraph list query through the gateway (five home-care centres from care-services);
 *   - the README's first query (care-services → staffing → budgets) through the gateway;
 *   - the floor of the list query: its database work (counted: `db_operations_total` per request)
 *     replayed with the raw driver on the same database, same concurrency; ours ÷ floor;
 *   - the event pipeline end to end (bench/events.mjs: registerFacility → outbox → relay → Kafka →
 *     staffing's consumer → read model).
 * The data-store-only comparison (a find at 10,000 documents, the relay sweep) is `npm run bench:storage`.
 * Writes `bench/results/backends-latest.json` and `backends-latest.md` and prints the table.
 *
 *   npm run bench:backends [-- --repeats=3] [--duration=5] [--warmup=2] [--events=150] [--connections=10]
 * Ports: platform on PostgreSQL 4800–4806, on SQLite 4900–4906 (+ BENCH_PORT_OFFSET − 800); the run's
 * FerretDB/SQLite 27102 (+ PASS_INFRA_PORT_OFFSET). Everything the run created is removed at the end.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { counter, fmt, log, machine, options, resultsDir, round, summariseRecords, table, workDir, writeResult } from './lib/common.mjs';
import { PORT_OFFSET, SERVICE_NAMES, startStack } from './lib/stack.mjs';
import { startLoadGenerator } from './lib/load.mjs';
import { endToEnd } from './events.mjs';

const require = createRequire(import.meta.url);
const { MongoClient } = require('mongoose').mongo;
const { ferretDbInstance, startFerretDb, stopFerretDb } = require('../packages/stack/dist/ferretdb.js');
const { infraPorts } = require('../packages/stack/dist/infra-config.js');
const { infraUp } = require('../packages/stack/dist/infra.js');

const opts = options();
const arg = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const DURATION = arg('duration', 5);
const CONNECTIONS = arg('connections', 10);
const EVENTS = arg('events', 150);
const infraOffset = infraPorts().portOffset;

/** (1) One subgraph, one collection: the page query `paginate` issues (`first + 1` rows, `_id` order). */
const LIST = {
  name: 'list',
  title: 'one-subgraph list: `facilities(first: 5, type: HOME_CARE_CENTRE)`',
  query: `query List { facilities(first: 5, type: HOME_CARE_CENTRE) { nodes { id name type operationMode } } }`,
  /** The same database work with the bare driver (care-services' `facilities` collection). */
  floor: (db) => db.collection('facilities').find({ type: 'HOME_CARE_CENTRE' }).sort({ _id: 1 }).limit(6).toArray(),
  floorDb: 'care_services',
};

/** (2) The README's first example, verbatim (README.md, "Try it"). */
const README_QUERY = (() => {
  const readme = fs.readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'README.md'), 'utf8');
  const block = readme.match(/```graphql\n([\s\S]*?)```/);
  if (!block) throw new Error('README.md has no graphql block');
  return { name: 'readme', title: "README's first query: care-services → staffing → budgets", query: block[1] };
})();

const backends = [
  { label: 'FerretDB/SQLite', key: 'sqlite', portOffset: PORT_OFFSET + 100 },
  { label: 'FerretDB/PostgreSQL', key: 'postgresql', portOffset: PORT_OFFSET },
];

const sqliteFerret = ferretDbInstance('sqlite', 27102 + infraOffset, 0, 'bench-platform-sqlite', path.join(workDir, 'sqlite-platform'));

/** Closed-loop load through the gateway (the load generator's `drain` mode: every request started is counted). */
async function throughGateway(load, stack, op) {
  // Database operations the subgraphs issued for requests (not background work) during the measured phase.
  const counters = Object.fromEntries(SERVICE_NAMES.map((s) => [s, [stack.metricsUrl(s), 'db_operations_total', 'scope="request"']]));
  const r = await load.run(
    {
      url: stack.gatewayUrl,
      headers: { authorization: `Bearer ${stack.token}` },
      body: JSON.stringify({ query: op.query }),
      connections: CONNECTIONS,
      durationSec: DURATION,
      warmupSec: opts.warmupSec,
      drain: true,
    },
    { counters },
  );
  const ops = Object.values(r.counters).reduce((a, b) => a + b, 0);
  const { latencies: _, counters: __, processes: ___, ...rest } = r;
  return { ...rest, dbOpsPerRequest: ops / Math.max(1, r.requests) };
}

/** The same database work with the official driver, same concurrency, closed loop. */
async function floor(client, namespace, op) {
  const db = client.db(`${namespace}_${op.floorDb}`);
  const latencies = [];
  let errors = 0;
  const loop = async (until, record) => {
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (performance.now() < until) {
          const t = performance.now();
          try {
            const rows = await op.floor(db);
            if (rows.length === 0) errors++;
          } catch {
            errors++;
          }
          if (record) latencies.push(performance.now() - t);
        }
      }),
    );
  };
  await loop(performance.now() + opts.warmupSec * 1000, false);
  const t0 = performance.now();
  await loop(t0 + DURATION * 1000, true);
  const elapsed = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  const q = (p) => latencies[Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)];
  return { requests: latencies.length, rps: latencies.length / elapsed, p50: q(0.5), p95: q(0.95), p99: q(0.99), errors };
}

const m = machine();
const started = Date.now();
const loadAtStart = os.loadavg().map((l) => round(l, 2));
await infraUp((line) => log(line));
fs.rmSync(sqliteFerret.storage.dir, { recursive: true, force: true });
await startFerretDb(log, sqliteFerret);
const uris = { sqlite: `mongodb://127.0.0.1:${sqliteFerret.port}`, postgresql: process.env.MONGODB_URI };
const stacks = {};
const clients = {};
const load = startLoadGenerator();
const tag = Date.now().toString(36);
try {
  // Both platforms up and seeded before either is measured.
  for (const b of backends) {
    stacks[b.key] = await startStack({
      namespace: `b${tag}${b.key.slice(0, 2)}`,
      portOffset: b.portOffset,
      mongoUri: uris[b.key],
      logPrefix: `bench-${b.key}-`,
    });
    clients[b.key] = await new MongoClient(uris[b.key]).connect();
  }
  const runs = Object.fromEntries(backends.map((b) => [b.key, { list: [], readme: [], floor: [], ofFloor: [], events: [] }]));
  for (let r = 0; r < opts.repeats; r++) {
    for (const op of [LIST, README_QUERY]) {
      for (const b of backends) {
        const res = await throughGateway(load, stacks[b.key], op);
        runs[b.key][op.name].push(res);
        log(
          `#${r + 1} ${op.name} ${b.label}: ${round(res.rps, 1)} req/s, p50 ${round(res.p50)} ms, ${round(res.dbOpsPerRequest, 2)} db ops/request, ${res.errors} errors`,
        );
        if (op === LIST) {
          const f = await floor(clients[b.key], stacks[b.key].namespace, LIST);
          runs[b.key].floor.push(f);
          runs[b.key].ofFloor.push({ ratio: res.rps / f.rps });
          log(`#${r + 1} floor ${b.label}: ${round(f.rps, 1)} finds/s, p50 ${round(f.p50, 1)} ms`);
        }
      }
    }
    for (const b of backends) {
      const staffing = clients[b.key].db(`${stacks[b.key].namespace}_staffing`).collection('ref_facilities');
      const e = await endToEnd(stacks[b.key], staffing, `${tag}${b.key.slice(0, 2)}${r}`, EVENTS);
      runs[b.key].events.push(e);
      log(`#${r + 1} events ${b.label}: ${round(e.eventsPerSec, 1)} ev/s, lag p50 ${round(e.lagP50)} ms, p99 ${round(e.lagP99)} ms`);
    }
  }
  const result = {
    machine: m,
    date: new Date().toISOString(),
    options: { repeats: opts.repeats, durationSec: DURATION, warmupSec: opts.warmupSec, connections: CONNECTIONS, events: EVENTS },
    loadAverage: { start: loadAtStart, end: os.loadavg().map((l) => round(l, 2)) },
    operations: { list: LIST.query, readme: README_QUERY.query },
    backends: Object.fromEntries(
      backends.map((b) => [b.label, Object.fromEntries(Object.entries(runs[b.key]).map(([k, v]) => [k, summariseRecords(v)]))]),
    ),
    minutes: round((Date.now() - started) / 60_000, 1),
  };
  const md = markdownOf(result);
  console.log(md);
  log(`written ${writeResult('backends', result)}`);
  fs.writeFileSync(path.join(resultsDir, 'backends-latest.md'), md);
} finally {
  load.stop();
  for (const c of Object.values(clients)) await c.close();
  for (const s of Object.values(stacks)) await s.stop().catch((e) => log(`stop: ${e.message}`));
  await stopFerretDb('SIGTERM', sqliteFerret.name);
}

function markdownOf(result) {
  const [s, p] = backends.map((b) => result.backends[b.label]);
  const times = (x) => (Number.isFinite(x) ? `${round(x, x < 10 ? 2 : 0)}×` : '–');
  const ratio = (a, b) => times(a.median / b.median);
  const rate = (x) => `${fmt(x.rps, 1)}; p50 ${fmt(x.p50)}, p99 ${fmt(x.p99)} ms`;
  const rows = [
    [`${LIST.title}, req/s`, rate(s.list), rate(p.list), ratio(p.list.rps, s.list.rps)],
    ['  its database work with the raw driver (floor), finds/s', rate(s.floor), rate(p.floor), ratio(p.floor.rps, s.floor.rps)],
    ['  list through the gateway ÷ floor (per repeat)', fmt(s.ofFloor.ratio, 2), fmt(p.ofFloor.ratio, 2), ''],
    ['  database operations per request', fmt(s.list.dbOpsPerRequest, 2), fmt(p.list.dbOpsPerRequest, 2), ''],
    [`${README_QUERY.title}, req/s`, rate(s.readme), rate(p.readme), ratio(p.readme.rps, s.readme.rps)],
    ['  database operations per request', fmt(s.readme.dbOpsPerRequest, 1), fmt(p.readme.dbOpsPerRequest, 1), ''],
    [
      `event pipeline end to end (${result.options.events} registerFacility), events/s`,
      fmt(s.events.eventsPerSec, 1),
      fmt(p.events.eventsPerSec, 1),
      ratio(p.events.eventsPerSec, s.events.eventsPerSec),
    ],
    ['  lag p50 / p99, ms', `${fmt(s.events.lagP50)} / ${fmt(s.events.lagP99)}`, `${fmt(p.events.lagP50)} / ${fmt(p.events.lagP99)}`, ''],
  ];
  return [
    `Backends side by side (\`npm run bench:backends\`, ${result.date.slice(0, 16)}Z, ${result.machine.description}; ` +
      `load average ${result.loadAverage.start.join(' / ')} at start, ${result.loadAverage.end.join(' / ')} at end; ${result.minutes} min). ` +
      `Two seeded platforms at once, one per FerretDB backend; median (min–max) of ${result.options.repeats} interleaved repeats, ` +
      `${result.options.connections} closed-loop clients, ${result.options.durationSec} s each after ${result.options.warmupSec} s of warm-up.`,
    '',
    table(['Measurement', 'FerretDB/SQLite', 'FerretDB/PostgreSQL', 'PostgreSQL ÷ SQLite'], rows),
    '',
  ].join('\n');
}
