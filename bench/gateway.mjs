/**
 * Benchmark 1 — gateway: operations (a) nested, (b) 100-item list, (c) mutation at fixed
 * concurrency, through our gateway, through Hive Gateway (same supergraph, same subgraph
 * processes) and straight at each subgraph the plan touches (the floor). Repeats are interleaved
 * (ours, hive, direct…, ours, hive, direct…) so a noisy neighbour hurts all targets alike.
 *
 *   npm run bench:gateway [-- --quick] [--repeats=3] [--duration=3] [--warmup=2]
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fmt, log, machine, options, resultsDir, round, summarise, table, writeResult } from './lib/common.mjs';
import { latencySvg } from './lib/chart.mjs';
import { closeStack, ensureFacilities, openStack, SERVICE_NAMES, startHive } from './lib/stack.mjs';
import { startLoadGenerator } from './lib/load.mjs';
import { directFetches, OPERATIONS } from './lib/operations.mjs';

/** Stages of each operation's plan: fetches in one stage run in parallel, stages in sequence. */
const STAGES = { nested: [0, 1, 2], list100: [0, 1, 1], mutation: [0] };

export async function runGatewayBench(stack, opts, say = log) {
  await ensureFacilities(stack, 100);
  if (!stack.hive) await startHive(stack);
  const direct = await directFetches(stack);
  const pids = stack.pids();
  const load = startLoadGenerator();
  const auth = { authorization: `Bearer ${stack.token}` };
  const watchAll = { ...Object.fromEntries(SERVICE_NAMES.map((s) => [s, pids[s]])), ours: pids.gateway, hive: stack.hive.pid };
  const counters = {
    ...Object.fromEntries(SERVICE_NAMES.map((s) => [s, [stack.metricsUrl(s), 'http_graphql_requests_total']])),
    oursSubgraphRequests: [stack.metricsUrl('gateway'), 'gateway_subgraph_requests_total'],
  };
  const results = {};
  try {
    for (const [opName, op] of Object.entries(OPERATIONS)) {
      results[opName] = {};
      for (const connections of opts.concurrencies) {
        const targets = [
          { name: 'ours', url: stack.gatewayUrl, headers: auth, body: { query: op.query, variables: op.variables }, gateway: 'ours' },
          { name: 'hive', url: stack.hive.url, headers: auth, body: { query: op.query, variables: op.variables }, gateway: 'hive' },
          ...direct[opName].map((f, i) => ({
            name: `direct:${f.service}`,
            url: stack.subgraphUrl(f.service),
            headers: {},
            sign: true,
            body: { query: f.query, variables: f.variables },
            service: f.service,
            stage: STAGES[opName][i],
          })),
        ];
        const runs = Object.fromEntries(targets.map((t) => [t.name, []]));
        const latencies = {};
        for (let r = 0; r < opts.repeats; r++) {
          for (const t of targets) {
            const res = await load.run(
              {
                url: t.url,
                headers: t.headers,
                sign: t.sign === true,
                service: t.service,
                vary: op.vary,
                body: JSON.stringify(t.body),
                connections,
                drain: opts.drain === true,
                durationSec: opts.durationSec,
                // A full warm-up before a target's first repeat, a short one (fresh connections) after.
                warmupSec: r === 0 ? opts.warmupSec : opts.warmupSec / 4,
                // Every latency of the last repeat, for the distribution chart.
                record: r === opts.repeats - 1 && t.gateway !== undefined,
              },
              { watch: watchAll, counters },
            );
            if (res.latencies) latencies[t.name] = res.latencies;
            const subgraphRequests = SERVICE_NAMES.reduce((n, s) => n + res.counters[s], 0);
            const gatewayProc = t.gateway ? res.processes[t.gateway] : res.processes[t.service];
            runs[t.name].push({
              rps: res.rps,
              responses: res.requests,
              p50: res.p50,
              p95: res.p95,
              p99: res.p99,
              errors: res.errors,
              cpuPct: gatewayProc.cpuPct,
              rssMb: gatewayProc.rssMb,
              subgraphsCpuPct: SERVICE_NAMES.reduce((n, s) => n + res.processes[s].cpuPct, 0),
              subgraphRequestsPerOp: res.requests ? subgraphRequests / res.requests : NaN,
              ...(t.name === 'ours' ? { gatewayCountedPerOp: res.requests ? res.counters.oursSubgraphRequests / res.requests : NaN } : {}),
            });
            if (res.errors > 0) say(`  ${opName} c=${connections} ${t.name}: ${res.errors} errors, e.g. ${res.errorSample}`);
            say(
              `  ${opName} c=${connections} ${t.name.padEnd(22)} #${r + 1}: ${round(res.rps)} rps, p50 ${round(res.p50, 1)} p99 ${round(res.p99, 1)} ms`,
            );
          }
        }
        const summary = {};
        for (const t of targets) {
          const rs = runs[t.name];
          summary[t.name] = Object.fromEntries(Object.keys(rs[0]).map((k) => [k, summarise(rs.map((x) => x[k]))]));
          if (t.stage !== undefined) summary[t.name].stage = t.stage;
        }
        summary.floor = floorOf(targets, summary);
        const chart = path.join(resultsDir, `latency-${opName}-c${connections}.svg`);
        fs.writeFileSync(chart, latencySvg(`${op.title}, ${connections} connections (last repeat)`, latencies));
        summary.chart = path.relative(process.cwd(), chart);
        results[opName][connections] = summary;
      }
    }
  } finally {
    load.stop();
  }
  return { machine: machine(), date: new Date().toISOString(), options: opts, operations: describeOps(), results };
}

/**
 * The direct floor: each fetch's median latency, stages summed (fetches of one stage in parallel
 * count once, the slowest); throughput limited by the slowest subgraph. It ignores that on this
 * machine all processes share two cores, so it flatters the floor a little.
 */
function floorOf(targets, summary) {
  const direct = targets.filter((t) => t.stage !== undefined);
  const stages = [...new Set(direct.map((t) => t.stage))];
  const lat = (k) =>
    stages.reduce((sum, s) => sum + Math.max(...direct.filter((t) => t.stage === s).map((t) => summary[t.name][k].median)), 0);
  return { rps: Math.min(...direct.map((t) => summary[t.name].rps.median)), p50: lat('p50'), p95: lat('p95'), p99: lat('p99') };
}

const describeOps = () => Object.fromEntries(Object.entries(OPERATIONS).map(([k, op]) => [k, { title: op.title, query: op.query }]));

export function gatewayTable(result) {
  const rows = [];
  for (const [opName, byConc] of Object.entries(result.results)) {
    for (const [conc, summary] of Object.entries(byConc)) {
      for (const [target, s] of Object.entries(summary)) {
        if (target === 'chart') continue;
        if (target === 'floor') {
          rows.push([
            OPERATIONS[opName].title,
            conc,
            'direct floor (derived)',
            round(s.rps),
            '',
            round(s.p50, 1),
            round(s.p95, 1),
            round(s.p99, 1),
            '',
            '',
            '',
            '',
            '',
          ]);
          continue;
        }
        rows.push([
          OPERATIONS[opName].title,
          conc,
          target,
          fmt(s.rps),
          fmt(s.responses),
          fmt(s.p50, 1),
          fmt(s.p95, 1),
          fmt(s.p99, 1),
          fmt(s.cpuPct),
          fmt(s.rssMb),
          fmt(s.subgraphsCpuPct),
          fmt(s.subgraphRequestsPerOp, 1),
          round(s.errors.max),
        ]);
      }
    }
  }
  return table(
    [
      'operation',
      'conc.',
      'target',
      'RPS',
      'responses',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'CPU % (gw or subgraph)',
      'RSS MB',
      'subgraphs CPU %',
      'subgraph req/op',
      'errors',
    ],
    rows,
  );
}

/** The comparison: our RPS over Hive's and over the floor, p99 side by side. */
export function gatewayRatios(result) {
  const out = {};
  for (const [opName, byConc] of Object.entries(result.results)) {
    for (const [conc, s] of Object.entries(byConc)) {
      out[`${opName}@${conc}`] = {
        oursOverHiveRps: s.ours.rps.median / s.hive.rps.median,
        oursOverFloorRps: s.ours.rps.median / s.floor.rps,
        p99Ours: s.ours.p99.median,
        p99Hive: s.hive.p99.median,
      };
    }
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const opts = options();
  const stack = await openStack(opts);
  try {
    const result = await runGatewayBench(stack, opts);
    const file = writeResult('gateway', result);
    console.log(gatewayTable(result));
    console.log(JSON.stringify(gatewayRatios(result), (k, v) => (typeof v === 'number' ? round(v, 2) : v), 2));
    log(`written ${file}`);
  } finally {
    await closeStack(stack, opts);
  }
}
