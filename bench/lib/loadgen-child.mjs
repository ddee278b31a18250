/**
 * The load generator: a child process of its own (so it never shares a CPU-time slice or event
 * loop with the bench driver or a gateway) running autocannon on request from the parent over IPC.
 *
 * A job: `{ url, body, headers, sign, vary, connections, durationSec, warmupSec }`.
 *  - `sign`: add freshly signed identity headers to every request (direct subgraph calls);
 *  - `vary: 'headcountPlan'`: a new `authorised` value in every request's body, so every
 *    mutation is a real write (see bench/lib/operations.mjs).
 * Latencies are every response's own time (autocannon's 'response' event), so p95 is exact.
 */
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');
const { signIdentity } = require('@pass-graph/platform');

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const secret = () => fs.readFileSync(path.join(repoRoot, '.infra', 'auth', 'internal.key'), 'utf8').trim();
const IDENTITY = { subject: 'bench', roles: ['admin'], facilityIds: [], districts: [] };

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;

function requestsFor(job, counters) {
  const key = secret();
  let seq = Math.floor(Math.random() * 50_000);
  return [
    {
      method: 'POST',
      path: new URL(job.url).pathname,
      headers: { 'content-type': 'application/json', ...job.headers },
      body: job.body,
      setupRequest: (req) => {
        let body = req.body;
        if (job.vary === 'headcountPlan') {
          seq++;
          const parsed = JSON.parse(job.body);
          // 64 plan rows (years 2030–2093) so requests rarely wait on one document's lock, and a
          // value that always differs from the row's current one: each request writes and emits.
          parsed.variables.input.year = 2030 + (seq % 64);
          parsed.variables.input.authorised = seq % 100_000;
          body = JSON.stringify(parsed);
        }
        // Signed per request, for the subgraph and the body (identity.ts: bound to the request, nonce used once).
        const headers = job.sign ? { ...req.headers, ...signIdentity(IDENTITY, key, { service: job.service, body }) } : req.headers;
        return { ...req, headers, body };
      },
      onResponse: (status, body) => {
        if (status !== 200 || body.includes('"errors"')) {
          counters.errors++;
          counters.sample ??= `${status} ${body.slice(0, 300)}`;
        }
      },
    },
  ];
}

function run(job, durationSec, record) {
  const counters = { errors: 0, sample: null };
  const latencies = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: job.url,
        connections: job.connections,
        duration: durationSec,
        pipelining: 1,
        timeout: 30,
        requests: requestsFor(job, counters),
      },
      (error, result) => {
        if (error) return reject(error);
        latencies.sort((a, b) => a - b);
        resolve({
          requests: latencies.length,
          rps: latencies.length / durationSec,
          p50: quantile(latencies, 0.5),
          p95: quantile(latencies, 0.95),
          p99: quantile(latencies, 0.99),
          max: latencies[latencies.length - 1] ?? NaN,
          errors: counters.errors + result.errors + result.timeouts,
          errorSample: counters.sample,
          // Every latency, rounded to 0.1 ms, for the distribution chart (only when asked).
          ...(record ? { latencies: latencies.map((l) => Math.round(l * 10) / 10) } : {}),
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

/**
 * `drain` mode, for a platform slower than the phase (autocannon drops the requests still in
 * flight when its time is up, so a phase shorter than one response measures nothing): closed-loop
 * clients on Node's fetch; requests started before the end are waited for and counted, and
 * RPS = responses / (phase + drain). Slower per request than autocannon on the client side, so
 * only for targets that answer in tens of milliseconds or more.
 */
async function runDrained(job, durationSec, record) {
  const [request] = requestsFor(job, { errors: 0 });
  const counters = { errors: 0, sample: null };
  const latencies = [];
  const t0 = performance.now();
  const deadline = t0 + durationSec * 1000;
  await Promise.all(
    Array.from({ length: job.connections }, async () => {
      while (performance.now() < deadline) {
        const { headers, body } = request.setupRequest({ headers: request.headers, body: request.body });
        const started = performance.now();
        try {
          const res = await fetch(job.url, { method: 'POST', headers, body });
          const text = await res.text();
          if (res.status !== 200 || text.includes('"errors"')) {
            counters.errors++;
            counters.sample ??= `${res.status} ${text.slice(0, 300)}`;
          }
        } catch (error) {
          counters.errors++;
          counters.sample ??= String(error);
        }
        latencies.push(performance.now() - started);
      }
    }),
  );
  const elapsed = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    rps: latencies.length / elapsed,
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    p99: quantile(latencies, 0.99),
    max: latencies[latencies.length - 1] ?? NaN,
    errors: counters.errors,
    errorSample: counters.sample,
    drainSec: elapsed - durationSec,
    ...(record ? { latencies: latencies.map((l) => Math.round(l * 10) / 10) } : {}),
  };
}

process.on('message', async (msg) => {
  const measure = msg.job.drain ? runDrained : run;
  try {
    if (msg.job.warmupSec > 0) await measure(msg.job, msg.job.warmupSec, false);
    process.send?.({ id: msg.id, phase: 'measuring' });
    const result = await measure(msg.job, msg.job.durationSec, msg.job.record === true);
    process.send?.({ id: msg.id, result });
  } catch (error) {
    process.send?.({ id: msg.id, error: String(error?.stack ?? error) });
  }
});
