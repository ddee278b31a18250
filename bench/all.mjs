/**
 * Runs every benchmark on one platform, in this order: footprint (cold starts, then idle and
 * loaded RSS on the seeded platform), event pipeline (which also registers the 1,000+ facilities
 * the next two need), N+1, gateway. Writes each result and `latest.json` to `.infra/bench/`,
 * the generated section of docs/performance.md, and prints the tables.
 *
 *   npm run bench [-- --quick] [--repeats=3] [--duration=3] [--warmup=2] [--events=400]
 */
import { log, machine, options, writeResult } from './lib/common.mjs';
import { closeStack, openStack } from './lib/stack.mjs';
import { coldStarts, runFootprintBench } from './footprint.mjs';
import { runEventsBench } from './events.mjs';
import { runNPlusOneBench } from './nplusone.mjs';
import { runGatewayBench } from './gateway.mjs';
import { latestJson, markdown, updateDocs, writeLatest } from './lib/report.mjs';

const opts = options();
const started = Date.now();
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
  log('footprint');
  const footprint = await runFootprintBench(stack, coldStartMs, opts);
  writeResult('footprint', footprint);
  log('event pipeline');
  const events = await runEventsBench(stack, opts);
  writeResult('events', events);
  log('N+1');
  const nPlusOne = await runNPlusOneBench(stack, opts);
  writeResult('n-plus-one', nPlusOne);
  log('gateway');
  const gateway = await runGatewayBench(stack, opts);
  writeResult('gateway', gateway);

  const all = { machine: m, date: new Date().toISOString(), options: opts, footprint, events, nPlusOne, gateway };
  const section = markdown(all);
  console.log(section);
  log(`written ${writeLatest(latestJson(all))}`);
  log(`updated ${updateDocs(section)}`);
  log(`all benchmarks in ${((Date.now() - started) / 60_000).toFixed(1)} min`);
} finally {
  await closeStack(stack, opts);
}
