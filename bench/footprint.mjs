/**
 * Benchmark 4 — footprint: cold start of the whole platform (six subgraphs + gateway spawned →
 * every /healthz 200; Kafka and FerretDB already warm; each start in a fresh namespace, so empty
 * databases and new topics), repeated; then, on the last (seeded) start, RSS of every process at
 * idle and its peak and CPU under load (operation (b) through our gateway at concurrency 50).
 *
 *   npm run bench:footprint [-- --quick] [--repeats=3]
 */
import { pathToFileURL } from 'node:url';
import { fmt, log, machine, median, options, round, rssMb, sleep, summarise, table, writeResult } from './lib/common.mjs';
import { closeStack, ensureFacilities, startStack } from './lib/stack.mjs';
import { startLoadGenerator } from './lib/load.mjs';
import { OPERATIONS } from './lib/operations.mjs';

/** Cold-starts the platform `repeats` times; returns the measurements and the last (seeded) stack. */
export async function coldStarts(opts, say = log) {
  const coldStartMs = [];
  for (let r = 0; r < opts.repeats - 1; r++) {
    const s = await startStack({ seedIt: false });
    coldStartMs.push(s.coldStartMs);
    await s.stop();
  }
  const stack = await startStack();
  coldStartMs.push(stack.coldStartMs);
  say(`  cold starts (ms): ${coldStartMs.map((m) => round(m)).join(', ')}`);
  return { stack, coldStartMs };
}

/** RSS of every process at idle: after seeding, consumers caught up; three readings a second apart. */
export async function footprintIdle(stack, coldStartMs, opts) {
  const pids = stack.pids();
  await sleep(5_000);
  const idle = {};
  for (let i = 0; i < 3; i++) {
    for (const [name, pid] of Object.entries(pids)) (idle[name] ??= []).push(rssMb(pid));
    await sleep(1_000);
  }
  return {
    machine: machine(),
    date: new Date().toISOString(),
    options: opts,
    coldStartMs: summarise(coldStartMs),
    seedMs: stack.seedMs,
    load: 'operation (b), 100-item list, through our gateway at concurrency 50',
    processes: Object.fromEntries(Object.entries(idle).map(([name, xs]) => [name, { rssMbIdle: median(xs) }])),
  };
}

/**
 * Peak RSS and CPU of every process under load. Run last (run-all does): requests the load
 * generator abandons at the end of a phase keep the subgraphs and the database busy for a while.
 */
export async function footprintLoad(stack, result, opts, say = log) {
  const pids = stack.pids();
  await ensureFacilities(stack, 100);
  const load = startLoadGenerator();
  const loaded = [];
  try {
    for (let r = 0; r < opts.repeats; r++) {
      const op = OPERATIONS.list100;
      const res = await load.run(
        {
          url: stack.gatewayUrl,
          headers: { authorization: `Bearer ${stack.token}` },
          body: JSON.stringify({ query: op.query, variables: op.variables }),
          connections: 50,
          drain: opts.drain === true,
          durationSec: opts.durationSec * 2,
          warmupSec: r === 0 ? opts.warmupSec : 0,
        },
        { watch: pids },
      );
      loaded.push(res.processes);
      say(`  under load #${r + 1}: ${round(res.rps)} rps`);
    }
  } finally {
    load.stop();
  }
  for (const name of Object.keys(pids)) {
    result.processes[name].rssMbLoad = summarise(loaded.map((l) => l[name].rssMb));
    result.processes[name].cpuPctLoad = summarise(loaded.map((l) => l[name].cpuPct));
  }
  return result;
}

export function footprintTable(result) {
  const rows = Object.entries(result.processes).map(([name, p]) => [
    name,
    round(p.rssMbIdle),
    p.rssMbLoad ? fmt(p.rssMbLoad) : '–',
    p.cpuPctLoad ? fmt(p.cpuPctLoad) : '–',
  ]);
  return [
    `Cold start (spawn → all healthy), ms: ${fmt(result.coldStartMs)}; seeding afterwards: ${round((result.seedMs ?? NaN) / 1000, 1)} s`,
    '',
    table(['process', 'RSS MB idle', 'RSS MB peak under load', 'CPU % under load'], rows),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const opts = options();
  const { stack, coldStartMs } = await coldStarts(opts);
  try {
    const result = await footprintLoad(stack, await footprintIdle(stack, coldStartMs, opts), opts);
    const file = writeResult('footprint', result);
    console.log(footprintTable(result));
    log(`written ${file}`);
  } finally {
    await closeStack(stack, opts);
  }
}
