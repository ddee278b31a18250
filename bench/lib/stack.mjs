/**
 * The system under test: this checkout's six subgraphs and gateway (ports 4800–4806, or
 * 4000 + `BENCH_PORT_OFFSET`…; a fresh namespace, seeded through the gateway like the integration
 * tests), optionally Hive Gateway on port 4810 (offset + 4010) over the same supergraph and subgraph processes, and bench fixtures (facilities).
 * Kafka and FerretDB are the shared ones (this checkout's, started if down); only this namespace's databases
 * and topics are removed at the end.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { log, repoRoot, sleep, workDir } from './common.mjs';

const require = createRequire(import.meta.url);
const { startPlatform } = require('../../packages/stack/dist/platform.js');
const { seed } = require('../../packages/stack/dist/seed.js');
const { mintToken } = require('../../packages/stack/dist/auth.js');
const { waitForConsumers } = require('../../packages/stack/dist/lag.js');
const { infraUp } = require('../../packages/stack/dist/infra.js');
const { signIdentity, SERVICE_NAMES } = require('@pass-graph/platform');
const mongoose = require('mongoose');
const { Kafka, logLevel } = require('kafkajs');

export { SERVICE_NAMES };
/** Several checkouts share one machine: `BENCH_PORT_OFFSET` moves the whole bench platform. */
export const PORT_OFFSET = Number(process.env.BENCH_PORT_OFFSET ?? 800);
export const HIVE_PORT = 4010 + PORT_OFFSET;
/** Kafka/FerretDB given by the caller are external; otherwise this checkout's own (started if down, see startStack). */
const callerEnv = { ...process.env };
// The platform runs as `npm start` runs it (startPlatform: NODE_ENV=development); the bench's own token
// minting reads the same configuration, so it must not take an unset NODE_ENV for production.
process.env.NODE_ENV ??= 'development';
process.env.KAFKA_BROKERS ??= '127.0.0.1:9092';
process.env.MONGODB_URI ??= 'mongodb://127.0.0.1:27017';
export const brokers = process.env.KAFKA_BROKERS.split(',');

/**
 * Settings for the benchmark only: the per-client rate limit (6,000/min by default) would refuse
 * most of a load test, and request logging at `info` would measure the disk; both gateways get the
 * same log level. Everything else (auth, limits, timeouts) is as in production.
 */
export const BENCH_ENV = { LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '10000000', RATE_LIMIT_BURST: '10000000' };

/** The identity every benchmark request carries (an administrator, so nothing is masked). */
export const BENCH_IDENTITY = { subject: 'bench', roles: ['admin'], facilityIds: [], districts: [] };

export const internalSecret = () => fs.readFileSync(path.join(repoRoot, '.infra', 'auth', 'internal.key'), 'utf8').trim();

/** The identity headers a subgraph accepts for this one request (bound to the subgraph and the body, used once). */
export const signedHeaders = (service, body) => signIdentity(BENCH_IDENTITY, internalSecret(), { service, body });

/**
 * Starts the platform; `coldStartMs` is spawn → every subgraph and the gateway healthy. `portOffset`
 * and `mongoUri` let a benchmark run two platforms side by side (bench/backends.mjs: one per FerretDB backend).
 */
export async function startStack({
  seedIt = true,
  namespace = `b${Date.now().toString(36)}`,
  portOffset = PORT_OFFSET,
  mongoUri = process.env.MONGODB_URI,
  logPrefix = 'bench-',
} = {}) {
  // The local infra the platform needs, provisioned and started like `npm run infra -- up` if it is not
  // running (a no-op when it is); it is left running, warm, as the footprint's cold start assumes.
  await infraUp((line) => log(line), callerEnv);
  const t0 = performance.now();
  const platform = await startPlatform({ portOffset, logPrefix, env: { PASS_NAMESPACE: namespace, MONGODB_URI: mongoUri, ...BENCH_ENV } });
  const coldStartMs = performance.now() - t0;
  log(`platform up in ${(coldStartMs / 1000).toFixed(1)} s (namespace ${namespace})`);
  const stack = {
    platform,
    namespace,
    mongoUri,
    coldStartMs,
    seedMs: null,
    gatewayUrl: platform.gatewayUrl,
    ports: platform.ports,
    token: await mintToken({ subject: BENCH_IDENTITY.subject, roles: BENCH_IDENTITY.roles }).catch(async (error) => {
      await platform.stop();
      throw error;
    }),
    hive: null,
    pids: () => Object.fromEntries([...platform.processes].map(([n, p]) => [n, p.pid])),
    subgraphUrl: (name) => `http://127.0.0.1:${platform.ports[name]}/graphql`,
    metricsUrl: (name) => `http://127.0.0.1:${platform.ports[name]}/metrics`,
    stop: async ({ cleanup = true } = {}) => {
      await stopHive(stack);
      await platform.stop();
      if (cleanup) await dropNamespace(namespace, mongoUri);
    },
  };
  if (seedIt) {
    const t1 = performance.now();
    try {
      await seed(platform.gatewayUrl);
      // Like the integration tests: start once every consumer has applied what seeding published.
      await waitForConsumers(brokers, namespace, 120_000);
    } catch (error) {
      await stack.stop();
      throw error;
    }
    stack.seedMs = performance.now() - t1;
    log(`seeded in ${(stack.seedMs / 1000).toFixed(1)} s`);
  }
  return stack;
}

const stateFile = path.join(workDir, 'stack.json');

/** The platform for a benchmark script: a new one, or (`--reuse`) the one a `--keep` run left. */
export async function openStack(opts) {
  if (opts.reuse && fs.existsSync(stateFile)) {
    const state = JSON.parse(fs.readFileSync(stateFile, 'utf8'));
    const healthy = await fetch(state.gatewayUrl.replace(/graphql$/, 'healthz'))
      .then((r) => r.status === 200)
      .catch(() => false);
    if (healthy) {
      log(`reusing the platform of namespace ${state.namespace}`);
      const stack = {
        ...state,
        attached: true,
        hive: null,
        token: await mintToken({ subject: BENCH_IDENTITY.subject, roles: BENCH_IDENTITY.roles }),
        pids: () => state.pids,
        subgraphUrl: (name) => `http://127.0.0.1:${state.ports[name]}/graphql`,
        metricsUrl: (name) => `http://127.0.0.1:${state.ports[name]}/metrics`,
        stop: () => stopHive(stack),
      };
      return stack;
    }
  }
  return startStack();
}

/** Stops what `openStack` started, unless `--keep` (then its whereabouts go to .infra/bench/stack.json). */
export async function closeStack(stack, opts) {
  if (opts.keep) {
    await stopHive(stack);
    const { namespace, gatewayUrl, coldStartMs, seedMs } = stack;
    const state = { namespace, gatewayUrl, coldStartMs, seedMs, ports: stack.ports ?? stack.platform.ports, pids: stack.pids() };
    fs.mkdirSync(workDir, { recursive: true });
    fs.writeFileSync(stateFile, JSON.stringify(state, null, 2));
    log(`platform left running (namespace ${namespace}); stop it with: npm run bench:stop`);
    return;
  }
  await stack.stop();
}

/** Stops a platform a `--keep` run left (only the processes it recorded) and drops its namespace. */
export async function stopKept() {
  if (!fs.existsSync(stateFile)) return;
  const state = JSON.parse(fs.readFileSync(stateFile, 'utf8'));
  for (const pid of Object.values(state.pids)) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  await sleep(3000);
  await dropNamespace(state.namespace);
  fs.rmSync(stateFile);
}

/** POST a GraphQL operation through our gateway as the bench identity. */
export async function gql(stack, query, variables = {}) {
  const res = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.token}` },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

/** POST straight to a subgraph with freshly signed identity headers. */
export async function gqlDirect(stack, service, query, variables = {}) {
  const body = JSON.stringify({ query, variables });
  const res = await fetch(stack.subgraphUrl(service), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signedHeaders(service, body) },
    body,
  });
  return res.json();
}

// ---- Hive Gateway -------------------------------------------------------------------------

/**
 * Starts `hive-gateway supergraph` with bench/gateway.config.mjs over a copy of the checked-in
 * supergraph whose subgraph URLs point at this run's ports (the only difference).
 */
export async function startHive(stack) {
  fs.mkdirSync(workDir, { recursive: true });
  const sdl = fs
    .readFileSync(path.join(repoRoot, 'schemas', 'supergraph.graphql'), 'utf8')
    .replace(/http:\/\/127\.0\.0\.1:(\d+)\/graphql/g, (_, port) => `http://127.0.0.1:${Number(port) + PORT_OFFSET}/graphql`);
  const file = path.join(workDir, 'supergraph.hive.graphql');
  fs.writeFileSync(file, sdl);
  const bin = require.resolve('@graphql-hive/gateway/package.json').replace(/package\.json$/, 'dist/bin.js');
  const out = fs.openSync(path.join(repoRoot, '.infra', 'logs', 'bench-hive-gateway.log'), 'a');
  const t0 = performance.now();
  const child = spawn(
    process.execPath,
    [
      bin,
      'supergraph',
      file,
      '--config-path',
      path.join(repoRoot, 'bench', 'gateway.config.mjs'),
      '--host',
      '127.0.0.1',
      '--port',
      String(HIVE_PORT),
    ],
    { env: { ...process.env, ...BENCH_ENV }, stdio: ['ignore', out, out], cwd: repoRoot },
  );
  fs.closeSync(out);
  const url = `http://127.0.0.1:${HIVE_PORT}/graphql`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error('hive-gateway exited; see .infra/logs/bench-hive-gateway.log');
    const ready = await fetch(`http://127.0.0.1:${HIVE_PORT}/readiness`)
      .then((r) => r.status === 200)
      .catch(() => false);
    if (ready) break;
    if (Date.now() > deadline) throw new Error('hive-gateway did not become ready in 60 s');
    await sleep(250);
  }
  stack.hive = { child, url, pid: child.pid, startMs: performance.now() - t0 };
  log(`hive-gateway up in ${(stack.hive.startMs / 1000).toFixed(1)} s`);
  return stack.hive;
}

async function stopHive(stack) {
  const child = stack.hive?.child;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

// ---- fixtures -----------------------------------------------------------------------------

/** Bench facilities: 다함께돌봄센터 in Jeonbuk's counties (synthetic rows, ids `bench-ccc-NNNN`). */
export const BENCH_FACILITY_TYPE = 'COMMUNITY_CHILD_CARE_CENTRE';
const COUNTIES = [
  '전주시',
  '군산시',
  '익산시',
  '정읍시',
  '남원시',
  '김제시',
  '완주군',
  '진안군',
  '무주군',
  '장수군',
  '임실군',
  '순창군',
  '고창군',
  '부안군',
];
export const REGISTER_FACILITY = `mutation Register($input: RegisterFacilityInput!) { registerFacility(input: $input) { id } }`;
export const facilityInput = (id, i) => ({
  id,
  name: `다함께돌봄센터 ${i}`,
  type: BENCH_FACILITY_TYPE,
  operationMode: 'ENTRUSTED',
  operatorId: 'jeonbuk-pass',
  district: COUNTIES[i % COUNTIES.length],
  services: ['CHILDCARE'],
});

/** Makes sure at least `n` bench facilities exist (registering the missing ones, 10 at a time). */
export async function ensureFacilities(stack, n) {
  const existing = await countFacilities(stack);
  if (existing >= n) return existing;
  log(`registering ${n - existing} bench facilities`);
  const ids = Array.from({ length: n }, (_, i) => i + 1);
  for (let k = 0; k < ids.length; k += 10) {
    await Promise.all(
      ids.slice(k, k + 10).map(async (i) => {
        const r = await gql(stack, REGISTER_FACILITY, { input: facilityInput(`bench-ccc-${String(i).padStart(4, '0')}`, i) });
        const code = r.errors?.[0]?.extensions?.code;
        if (r.errors && code !== 'CONFLICT') throw new Error(`registerFacility: ${JSON.stringify(r.errors)}`);
      }),
    );
  }
  await waitForConsumers(brokers, stack.namespace, 120_000);
  return countFacilities(stack);
}

async function countFacilities(stack) {
  const r = await gql(stack, `query Count($type: FacilityType) { facilities(first: 1, type: $type) { totalCount } }`, {
    type: BENCH_FACILITY_TYPE,
  });
  if (r.errors) throw new Error(`facilities: ${JSON.stringify(r.errors)}`);
  return r.data.facilities.totalCount;
}

// ---- clean-up of this run's namespace ------------------------------------------------------

export async function dropNamespace(namespace, mongoUri = process.env.MONGODB_URI) {
  if (!/^b[a-z0-9]+$/.test(namespace)) return; // only ever a bench namespace
  const client = new mongoose.mongo.MongoClient(mongoUri);
  try {
    await client.connect();
    for (const service of SERVICE_NAMES) await client.db(`${namespace}_${service.replace(/-/g, '_')}`).dropDatabase();
  } catch (error) {
    log(`could not drop the ${namespace} databases: ${error.message}`);
  } finally {
    await client.close();
  }
  const admin = new Kafka({ clientId: 'pass-bench', brokers, logLevel: logLevel.NOTHING }).admin();
  try {
    await admin.connect();
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(`${namespace}.`));
    if (topics.length) await admin.deleteTopics({ topics });
  } catch (error) {
    log(`could not delete the ${namespace} topics: ${error.message}`);
  } finally {
    await admin.disconnect();
  }
}
