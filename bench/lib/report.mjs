/**
 * The run-all report: `bench/results/latest.json` in the shape the issue asks for (comparable across
 * commits), the goals with measured ratios, and the generated section of docs/performance.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { repoRoot, resultsDir, round, table } from './common.mjs';
import { eventsTable } from '../events.mjs';
import { footprintTable } from '../footprint.mjs';
import { gatewayRatios, gatewayTable } from '../gateway.mjs';
import { nPlusOneTable } from '../nplusone.mjs';

const pick = (s) => ({
  rps: round(s.rps.median ?? s.rps),
  p50: round(s.p50.median ?? s.p50, 1),
  p95: round(s.p95.median ?? s.p95, 1),
  p99: round(s.p99.median ?? s.p99, 1),
});

export function latestJson({ machine, date, gateway, nPlusOne, events, footprint }) {
  const gw = {};
  for (const [op, byConc] of Object.entries(gateway.results)) {
    for (const [conc, s] of Object.entries(byConc)) {
      gw[`${op}@c${conc}`] = {
        ours: pick(s.ours),
        hive: pick(s.hive),
        direct: { rps: round(s.floor.rps), p50: round(s.floor.p50, 1), p95: round(s.floor.p95, 1), p99: round(s.floor.p99, 1) },
      };
    }
  }
  const e = events?.results;
  return {
    machine: machine.description,
    loadAverageAtStart: machine.loadAverageAtStart,
    date,
    gateway: gw,
    nPlusOne: nPlusOne ? Object.fromEntries(Object.entries(nPlusOne.entities).map(([k, v]) => [k, round(v)])) : null,
    events: e && {
      eventsPerSec: round(e.endToEnd.eventsPerSec.median),
      lagP50: round(e.endToEnd.lagP50.median),
      lagP99: round(e.endToEnd.lagP99.median),
      rawKafkajsPerSec: round(e.raw.eventsPerSec.median),
      consumerOnlyPerSec: round(e.consumerOnly.eventsPerSec.median),
      rawKafkajsBatchedPerSec: round(e.raw.batchedPerSec.median),
    },
    footprint: footprint && {
      coldStartMs: round(footprint.coldStartMs.median),
      rssMbIdle: Object.fromEntries(Object.entries(footprint.processes).map(([n, p]) => [n, round(p.rssMbIdle)])),
      rssMbLoad: Object.fromEntries(Object.entries(footprint.processes).map(([n, p]) => [n, round(p.rssMbLoad?.median)])),
    },
  };
}

/** The goals against this run's numbers. */
export function goals({ gateway, nPlusOne, events, footprint }) {
  const rows = [];
  const ratios = gatewayRatios(gateway);
  for (const [key, r] of Object.entries(ratios)) {
    if (key.startsWith('mutation')) continue;
    rows.push([
      `${key}: ours ≥ 1.5× Hive RPS, p99 ≤ Hive's`,
      `${round(r.oursOverHiveRps, 2)}×, p99 ${round(r.p99Ours)} vs ${round(r.p99Hive)} ms`,
      !Number.isFinite(r.oursOverHiveRps) ? 'no data' : r.oursOverHiveRps >= 1.5 && r.p99Ours <= r.p99Hive ? 'met' : 'missed',
    ]);
    if (key.startsWith('nested'))
      rows.push([
        `${key}: ours within 2× of the direct floor`,
        `floor/ours RPS ${round(1 / r.oursOverFloorRps, 2)}×`,
        !Number.isFinite(r.oursOverFloorRps) ? 'no data' : 1 / r.oursOverFloorRps <= 2 ? 'met' : 'missed',
      ]);
  }
  if (nPlusOne)
    rows.push(['N+1: DB ops per request flat for 10/100/1,000 items', JSON.stringify(nPlusOne.entities), nPlusOne.flat ? 'met' : 'missed']);
  if (events) eventGoals(events, rows);
  if (footprint) footprintGoals(footprint, rows);
  return table(['goal (issue 11)', 'this run', ''], rows);
}

function eventGoals(events, rows) {
  const e = events.results;
  const eps = e.endToEnd.eventsPerSec.median;
  rows.push(['events: ≥ 5,000 events/s end to end', `${round(eps, 1)} events/s`, eps >= 5000 ? 'met' : 'missed']);
  rows.push(['events: p99 lag < 500 ms', `${round(e.endToEnd.lagP99.median)} ms`, e.endToEnd.lagP99.median < 500 ? 'met' : 'missed']);
  const overhead = e.raw.eventsPerSec.median / eps;
  rows.push(['events: within 3× raw kafkajs', `raw/ours ${round(overhead, 1)}×`, overhead <= 3 ? 'met' : 'missed']);
}

function footprintGoals(footprint, rows) {
  const cold = footprint.coldStartMs.median;
  rows.push(['cold start < 10 s', `${round(cold / 1000, 1)} s`, cold < 10_000 ? 'met' : 'missed']);
  const heaviest = Object.entries(footprint.processes)
    .filter(([n]) => n !== 'gateway')
    .sort((a, b) => b[1].rssMbIdle - a[1].rssMbIdle)[0];
  rows.push([
    'each subgraph < 150 MB RSS idle',
    `largest: ${heaviest[0]} ${round(heaviest[1].rssMbIdle)} MB`,
    heaviest[1].rssMbIdle < 150 ? 'met' : 'missed',
  ]);
}

const runOf = (name, r) =>
  `${r.date.slice(0, 16).replace('T', ' ')} UTC, ${r.options.repeats} repeat${r.options.repeats === 1 ? '' : 's'}` +
  (name === 'gateway' || name === 'footprint' ? `, ${r.options.durationSec} s phases after ${r.options.warmupSec} s warm-up` : '') +
  (name === 'events' ? `, ${r.options.events} events per repeat` : '');

const NOT_RUN = 'Not run for this report (no `bench/results/` file); its last figures are quoted in the text below.';

export function markdown(all) {
  const { machine, date, options } = all;
  const separately = all.separateRuns
    ? [
        '',
        '**Assembled from separate runs** (`npm run bench -- --from-latest`): ' +
          ['gateway', 'nPlusOne', 'events', 'footprint'].map((k) => `${k}: ${all[k] ? runOf(k, all[k]) : 'not run'}`).join('; ') +
          '.',
      ]
    : [];
  return [
    `Run of ${date} on ${machine.description}; load average at start ${machine.loadAverageAtStart.join(' / ')} ` +
      `(other work was running: absolute numbers are noisy, compare within the run). ` +
      `${options.repeats} repeats, ${options.durationSec} s each after ${options.warmupSec} s warm-up; cells are median (min–max).`,
    ...separately,
    '',
    '### Goals',
    '',
    goals(all),
    '',
    '### 1. Gateway',
    '',
    gatewayTable(all.gateway),
    '',
    '### 2. N+1 (database operations per request)',
    '',
    all.nPlusOne ? nPlusOneTable(all.nPlusOne) : NOT_RUN,
    '',
    '### 3. Event pipeline',
    '',
    all.events ? eventsTable(all.events) : NOT_RUN,
    '',
    '### 4. Footprint',
    '',
    all.footprint ? footprintTable(all.footprint) : NOT_RUN,
  ].join('\n');
}

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

/** Replaces the generated section of docs/performance.md and formats the file with Prettier. */
export function updateDocs(section) {
  const file = path.join(repoRoot, 'docs', 'performance.md');
  const text = fs.readFileSync(file, 'utf8');
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < a) throw new Error(`docs/performance.md lacks the ${START} … ${END} markers`);
  fs.writeFileSync(file, `${text.slice(0, a + START.length)}\n\n${section}\n\n${text.slice(b)}`);
  execFileSync(path.join(repoRoot, 'node_modules', '.bin', 'prettier'), ['--write', file], { stdio: 'ignore' });
  return file;
}

export function writeLatest(json) {
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, 'latest.json');
  fs.writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  return file;
}

/** The tables of the run as markdown, beside `latest.json` (the same section docs/performance.md gets). */
export function writeLatestMarkdown(section) {
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, 'latest.md');
  fs.writeFileSync(
    file,
    `# Latest benchmark results\n\nGenerated by \`npm run bench\`; method and reading in [docs/performance.md](../../docs/performance.md).\n\n${section}\n`,
  );
  execFileSync(path.join(repoRoot, 'node_modules', '.bin', 'prettier'), ['--write', file], { stdio: 'ignore' });
  return file;
}
