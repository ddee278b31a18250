/**
 * Runs every benchmark on one platform, in this order: footprint (cold starts, then idle RSS on
 * the seeded platform), event pipeline, gateway (registers the 100 facilities it needs), N+1
 * (registers 900 more), and last footprint under load (abandoned requests would disturb what follows). Writes each result, `latest.json` and `latest.md` to `bench/results/`,
 * the generated section of docs/performance.md, and prints the tables.
 *
 *   npm run bench [-- --quick] [--repeats=3] [--duration=3] [--warmup=2] [--events=400]
 *   npm run bench -- --from-latest    (no run: report the latest result of each benchmark)
 */
import fs from 'node:fs';
import path from 'node:path';
import { log, machine, options, resultsDir, writeResult } from './lib/common.mjs';
import { closeStack, openStack } from './lib/stack.mjs';
import { coldStarts, footprintIdle, footprintLoad } from './footprint.mjs';
import { runEventsBench } from './events.mjs';
import { runNPlusOneBench } from './nplusone.mjs';
import { runGatewayBench } from './gateway.mjs';
import { latestJson, markdown, updateDocs, writeLatest, writeLatestMarkdown } from './lib/report.mjs';

const opts = options();
const started = Date.now();

/** `--from-latest`: no run; the report from each benchmark's latest result file (possibly of separate runs). */
if (process.argv.includes('--from-latest')) {
  // A benchmark never run into bench/results/ is reported as not run.
  const read = (name) => {
    const file = path.join(resultsDir, `${name}-latest.json`);
    return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null;
  };
  const parts = { footprint: read('footprint'), events: read('events'), nPlusOne: read('n-plus-one'), gateway: read('gateway') };
  const all = { machine: parts.gateway.machine, date: parts.gateway.date, options: parts.gateway.options, separateRuns: true, ...parts };
  const section = markdown(all);
  console.log(section);
  log(`written ${writeLatest(latestJson(all))}`);
  log(`written ${writeLatestMarkdown(section)}`);
  log(`updated ${updateDocs(section)}`);
  process.exit(0);
}

const m = machine();
let stack;
let coldStartMs;
if (opts.reuse) {
  stack = await openStack(opts);
  coldStartMs = [stack.coldStartMs];
} else {
  ({ stack, coldStartMs } = await coldStarts(opts));
}
try {
  log('footprint (idle)');
  const footprint = await footprintIdle(stack, coldStartMs, opts);
  writeResult('footprint', footprint);
  log('event pipeline');
  const events = await runEventsBench(stack, opts);
  writeResult('events', events);
  // The gateway before N+1: N+1 registers 1,000 bench facilities, and on FerretDB/SQLite every
  // non-`_id` query scans its whole collection, so the gateway's root list would measure a table
  // 50× the seeded one (125 ms per `facilities(type:)` instead of ~15 ms, the same for all targets).
  log('gateway');
  const gateway = await runGatewayBench(stack, opts);
  writeResult('gateway', gateway);
  log('N+1');
  const nPlusOne = await runNPlusOneBench(stack, opts);
  writeResult('n-plus-one', nPlusOne);
  log('footprint (under load)');
  await footprintLoad(stack, footprint, opts);
  writeResult('footprint', footprint);

  const all = { machine: m, date: new Date().toISOString(), options: opts, footprint, events, nPlusOne, gateway };
  const section = markdown(all);
  console.log(section);
  log(`written ${writeLatest(latestJson(all))}`);
  log(`written ${writeLatestMarkdown(section)}`);
  log(`updated ${updateDocs(section)}`);
  log(`all benchmarks in ${((Date.now() - started) / 60_000).toFixed(1)} min`);
} finally {
  await closeStack(stack, opts);
}
