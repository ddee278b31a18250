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

export async function runFootprintBench(stack, coldStartMs, opts, say = log) {
  const pids = stack.pids();
  await ensureFacilities(stack, 100);
  // Idle: after seeding and consumers caught up; three readings a second apart.
  await sleep(5_000);
  const idle = {};
  for (let i = 0; i < 3; i++) {
    for (const [name, pid] of Object.entries(pids)) (idle[name] ??= []).push(rssMb(pid));
    await sleep(1_000);
  }
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
  const processes = {};
  for (const name of Object.keys(pids)) {
    processes[name] = {
      rssMbIdle: median(idle[name]),
      rssMbLoad: summarise(loaded.map((l) => l[name].rssMb)),
      cpuPctLoad: summarise(loaded.map((l) => l[name].cpuPct)),
    };
  }
  return {
    machine: machine(),
    date: new Date().toISOString(),
    options: opts,
    coldStartMs: summarise(coldStartMs),
    seedMs: stack.seedMs,
    load: 'operation (b), 100-item list, through our gateway at concurrency 50',
    processes,
  };
}

export function footprintTable(result) {
  const rows = Object.entries(result.processes).map(([name, p]) => [name, round(p.rssMbIdle), fmt(p.rssMbLoad), fmt(p.cpuPctLoad)]);
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
    const result = await runFootprintBench(stack, coldStartMs, opts);
    const file = writeResult('footprint', result);
    console.log(footprintTable(result));
    log(`written ${file}`);
  } finally {
    await closeStack(stack, opts);
  }
}
