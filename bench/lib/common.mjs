/**
 * Small helpers every benchmark shares: command-line options, statistics (median and spread of
 * repeats, percentiles of samples), /proc readings of a process (CPU ticks, RSS), Prometheus
 * counters of a running process, result files and the machine description.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Committed results: each benchmark's latest JSON, `latest.json`, `latest.md` and the latency charts. */
export const resultsDir = path.join(repoRoot, 'bench', 'results');
/** Git-ignored working files: timestamped history of every run, the `--keep` state, Hive's supergraph copy. */
export const workDir = path.join(repoRoot, '.infra', 'bench');

/**
 * `--quick` shortens every phase (smoke run); `--repeats=N`, `--duration=S`, `--warmup=S` and
 * `--events=N` override.
 * Defaults are sized so that `npm run bench` takes under ten minutes on a quiet 2-core machine.
 */
export function options(argv = process.argv.slice(2)) {
  const quick = argv.includes('--quick');
  const num = (name, fallback) => {
    const a = argv.find((x) => x.startsWith(`--${name}=`));
    return a ? Number(a.split('=')[1]) : fallback;
  };
  return {
    quick,
    repeats: num('repeats', 3),
    durationSec: num('duration', quick ? 2 : 3),
    warmupSec: num('warmup', quick ? 1 : 2),
    concurrencies: quick ? [20] : [20, 50],
    events: num('events', quick ? 60 : 400),
    // Development aids (seeding takes minutes on a busy machine): leave the platform running
    // after the run (`--keep`), or run against the one a previous `--keep` left (`--reuse`).
    // Count the responses of requests still in flight at the end of a phase (see loadgen-child.mjs).
    drain: argv.includes('--drain'),
    keep: argv.includes('--keep'),
    reuse: argv.includes('--reuse'),
  };
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export const median = (xs) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The q-quantile (0..1) of samples, nearest rank. */
export const quantile = (xs, q) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};

/** Median of repeats, with min/max and the spread (max−min as a share of the median). */
export function summarise(values) {
  const finite = values.filter((v) => Number.isFinite(v));
  const med = median(finite);
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  return { median: med, min, max, spreadPct: med ? ((max - min) / med) * 100 : 0, runs: values };
}

/** Summarises each numeric field of a list of per-repeat records. */
export function summariseRecords(records) {
  const out = {};
  for (const key of Object.keys(records[0] ?? {})) {
    if (typeof records[0][key] === 'number') out[key] = summarise(records.map((r) => r[key]));
  }
  return out;
}

export const round = (v, digits = 0) => (Number.isFinite(v) ? Number(v.toFixed(digits)) : null);

// ---- /proc -------------------------------------------------------------------------------

const CLK_TCK = 100; // USER_HZ on Linux; /proc/<pid>/stat counts CPU time in these ticks

/** utime + stime of a process, in seconds. */
export function cpuSeconds(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may contain spaces) start at field 3.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
}

/** Resident set size in MB. */
export function rssMb(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const m = /^VmRSS:\s+(\d+) kB$/m.exec(status);
  return m ? Number(m[1]) / 1024 : NaN;
}

/**
 * Watches processes while something runs: CPU used (percent of one core over the wall time)
 * and peak RSS, sampled every 200 ms.
 */
export function watchProcesses(pids) {
  const start = performance.now();
  const cpu0 = Object.fromEntries(Object.entries(pids).map(([n, pid]) => [n, cpuSeconds(pid)]));
  const peak = Object.fromEntries(Object.entries(pids).map(([n, pid]) => [n, rssMb(pid)]));
  const timer = setInterval(() => {
    for (const [n, pid] of Object.entries(pids)) peak[n] = Math.max(peak[n], rssMb(pid));
  }, 200);
  return () => {
    clearInterval(timer);
    const wall = (performance.now() - start) / 1000;
    const out = {};
    for (const [n, pid] of Object.entries(pids)) {
      peak[n] = Math.max(peak[n], rssMb(pid));
      out[n] = { cpuPct: ((cpuSeconds(pid) - cpu0[n]) / wall) * 100, rssMb: peak[n] };
    }
    return out;
  };
}

// ---- Prometheus counters -----------------------------------------------------------------

/** Sum of every series of a counter (optionally only series whose labels contain `match`). */
export async function counter(metricsUrl, name, match = '') {
  const text = await (await fetch(metricsUrl)).text();
  let sum = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(name)) continue;
    const rest = line.slice(name.length);
    if (rest[0] !== ' ' && rest[0] !== '{') continue;
    if (match && !rest.includes(match)) continue;
    sum += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return sum;
}

// ---- results -----------------------------------------------------------------------------

export function machine() {
  const cpus = os.cpus();
  return {
    description: `${cpus.length}× ${cpus[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}`,
    loadAverageAtStart: os.loadavg().map((l) => round(l, 2)),
  };
}

/** Writes `<name>-latest.json` under `bench/results/` and a timestamped copy under `.infra/bench/`; returns the path. */
export function writeResult(name, result) {
  fs.mkdirSync(resultsDir, { recursive: true });
  fs.mkdirSync(workDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.join(workDir, `${name}-${stamp}.json`);
  const body = `${JSON.stringify(result, null, 2)}\n`;
  fs.writeFileSync(file, body);
  fs.writeFileSync(path.join(resultsDir, `${name}-latest.json`), body);
  return file;
}

/** A plain-text/markdown table (pipes), columns padded. */
export function table(header, rows) {
  const cells = [header, ...rows].map((r) => r.map((c) => (c === null || c === undefined ? '–' : String(c))));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(cells[0]), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...cells.slice(1).map(line)].join('\n');
}

/** `median (min–max)` of a summary, rounded. */
export const fmt = (s, digits = 0) =>
  s && Number.isFinite(s.median)
    ? s.runs.length > 1
      ? `${round(s.median, digits)} (${round(s.min, digits)}–${round(s.max, digits)})`
      : `${round(s.median, digits)}`
    : '–';

export const log = (...args) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...args);
