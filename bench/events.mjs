/**
 * Benchmark 3 — event pipeline. Three measurements on the same broker, same run:
 *
 *  1. end to end: `registerFacility` mutations through the gateway (20 at a time); each one's
 *     FacilityRegistered event goes care-services outbox → relay → Kafka → staffing's consumer
 *     (inbox check, upsert, inbox write) → staffing's `ref_facilities` read model. Lag = the row
 *     appearing in staffing's database (polled every 50 ms) − the mutation's response (its write,
 *     event included, is committed by then). Events/s = events / (last row seen − first request).
 *  2. consumer stage alone: the same events produced straight into the topic (as the relay
 *     would, in batches of 100), lag = row seen − produce; shows what the consumer can absorb.
 *  3. raw kafkajs floor: the same payloads, 20 concurrent single-message sends with the relay's
 *     producer settings (idempotent, acks=all, one in flight), a plain consumer; lag = receipt −
 *     send. Also the broker's batched throughput (sendBatch of 100).
 *
 *   npm run bench:events [-- --quick] [--events=400] [--repeats=3]
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { log, machine, options, quantile, round, sleep, summariseRecords, table, fmt, writeResult } from './lib/common.mjs';
import { brokers, closeStack, facilityInput, gql, openStack, REGISTER_FACILITY } from './lib/stack.mjs';

const require = createRequire(import.meta.url);
const { Kafka, logLevel } = require('kafkajs');
const mongoose = require('mongoose');
const { newEvent, toKafkaMessage } = require('@pass-graph/platform');
const { waitForConsumers } = require('../packages/stack/dist/lag.js');

const CONCURRENCY = 20;
const POLL_MS = 50;
const FACILITY_REGISTERED = 'pass.care-services.FacilityRegistered.v1';

/** Watches staffing's read model until every id has a row; returns id → time first seen. */
async function watchReadModel(collection, ids, timeoutMs) {
  const seen = new Map();
  const pending = new Set(ids);
  const deadline = performance.now() + timeoutMs;
  let stopped = false;
  const done = (async () => {
    while (!stopped && pending.size > 0 && performance.now() < deadline) {
      const batch = [...pending].slice(0, 1000);
      const rows = await collection.find({ _id: { $in: batch } }, { projection: { _id: 1 } }).toArray();
      const now = performance.now();
      for (const r of rows) {
        if (pending.delete(r._id)) seen.set(r._id, now);
      }
      await sleep(POLL_MS);
    }
    return seen;
  })();
  return { done, stop: () => (stopped = true) };
}

const lagStats = (lags, events, spanMs) => ({
  events,
  eventsPerSec: (events / spanMs) * 1000,
  lagP50: quantile(lags, 0.5),
  lagP99: quantile(lags, 0.99),
  lagMax: Math.max(...lags),
});

export async function endToEnd(stack, collection, tag, n) {
  const ids = Array.from({ length: n }, (_, i) => `bench-ev-${tag}-${String(i).padStart(5, '0')}`);
  const watcher = await watchReadModel(collection, ids, 180_000);
  const committed = new Map();
  const t0 = performance.now();
  let next = 0;
  let errors = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < ids.length) {
        const i = next++;
        const r = await gql(stack, REGISTER_FACILITY, { input: facilityInput(ids[i], i) });
        if (r.errors) errors++;
        committed.set(ids[i], performance.now());
      }
    }),
  );
  const mutationsDone = performance.now();
  const seen = await watcher.done;
  if (seen.size < n) log(`  end-to-end: only ${seen.size}/${n} events reached the read model`);
  const lags = ids.filter((id) => seen.has(id)).map((id) => seen.get(id) - committed.get(id));
  const last = Math.max(...seen.values());
  return { ...lagStats(lags, seen.size, last - t0), mutationsPerSec: (n / (mutationsDone - t0)) * 1000, errors };
}

async function consumerOnly(stack, kafka, collection, tag, n) {
  const ids = Array.from({ length: n }, (_, i) => `bench-inj-${tag}-${String(i).padStart(5, '0')}`);
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
  await producer.connect();
  const watcher = await watchReadModel(collection, ids, 180_000);
  const produced = new Map();
  const t0 = performance.now();
  for (let k = 0; k < n; k += 100) {
    const slice = ids.slice(k, k + 100);
    const messages = slice.map((id, j) => {
      const input = facilityInput(id, k + j);
      const data = {
        facilityId: id,
        name: input.name,
        type: input.type,
        centreModel: null,
        operationMode: input.operationMode,
        operatorId: input.operatorId,
        district: input.district,
        status: 'CANDIDATE',
        openedOn: null,
      };
      return toKafkaMessage(newEvent('care-services', FACILITY_REGISTERED, id, data));
    });
    await producer.send({ topic: `${stack.namespace}.care-services.facility`, acks: -1, messages });
    const now = performance.now();
    for (const id of slice) produced.set(id, now);
  }
  await producer.disconnect();
  const seen = await watcher.done;
  const lags = ids.filter((id) => seen.has(id)).map((id) => seen.get(id) - produced.get(id));
  return lagStats(lags, seen.size, Math.max(...seen.values()) - t0);
}

async function rawKafkajs(stack, kafka, tag, n) {
  const topic = `${stack.namespace}.bench.raw`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 3, replicationFactor: 1 }] }).catch(() => undefined);
  await admin.disconnect();
  // A payload the size of a FacilityRegistered event, with the same headers.
  const payload = (id, i) => {
    const input = facilityInput(id, i);
    return toKafkaMessage(newEvent('care-services', FACILITY_REGISTERED, id, { facilityId: id, ...input, status: 'CANDIDATE' }));
  };
  const consumer = kafka.consumer({ groupId: `${stack.namespace}.bench-raw-${tag}`, sessionTimeout: 15_000, heartbeatInterval: 1_000 });
  const received = new Map();
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: false });
  const joined = new Promise((r) => consumer.on(consumer.events.GROUP_JOIN, r));
  await consumer.run({
    eachMessage: async ({ message }) => {
      const key = message.key.toString();
      if (!received.has(key)) received.set(key, performance.now());
    },
  });
  await joined;
  await sleep(500);
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
  await producer.connect();

  // Single sends, 20 at a time (the relay sends per document).
  const ids = Array.from({ length: n }, (_, i) => `raw-${tag}-${i}`);
  const sent = new Map();
  const t0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < ids.length) {
        const i = next++;
        sent.set(ids[i], performance.now());
        await producer.send({ topic, acks: -1, messages: [payload(ids[i], i)] });
      }
    }),
  );
  const deadline = performance.now() + 60_000;
  while (ids.some((id) => !received.has(id)) && performance.now() < deadline) await sleep(10);
  const lags = ids.filter((id) => received.has(id)).map((id) => received.get(id) - sent.get(id));
  const single = lagStats(lags, lags.length, Math.max(...received.values()) - t0);

  // Batched: what the broker and client take when events are sent 100 at a time.
  const many = Math.max(n * 5, 2000);
  const bIds = Array.from({ length: many }, (_, i) => `rawb-${tag}-${i}`);
  const t1 = performance.now();
  for (let k = 0; k < many; k += 100) {
    await producer.send({ topic, acks: -1, messages: bIds.slice(k, k + 100).map((id, j) => payload(id, k + j)) });
  }
  const deadline2 = performance.now() + 60_000;
  while (bIds.some((id) => !received.has(id)) && performance.now() < deadline2) await sleep(10);
  const bLast = Math.max(...bIds.filter((id) => received.has(id)).map((id) => received.get(id)));
  await producer.disconnect();
  await consumer.disconnect();
  return { ...single, batchedPerSec: (many / (bLast - t1)) * 1000 };
}

export async function runEventsBench(stack, opts, say = log) {
  const kafka = new Kafka({ clientId: 'pass-bench', brokers, logLevel: logLevel.NOTHING });
  const client = new mongoose.mongo.MongoClient(process.env.MONGODB_URI);
  await client.connect();
  const collection = client.db(`${stack.namespace}_staffing`).collection('ref_facilities');
  const runs = { endToEnd: [], consumerOnly: [], raw: [] };
  try {
    const tag = Date.now().toString(36);
    // Warm-up: a few events through each path (connections, JIT, topic metadata).
    await endToEnd(stack, collection, `${tag}w`, 10);
    await rawKafkajs(stack, kafka, `${tag}w`, 10);
    for (let r = 0; r < opts.repeats; r++) {
      runs.endToEnd.push(await endToEnd(stack, collection, `${tag}${r}`, opts.events));
      say(`  events e2e #${r + 1}: ${round(runs.endToEnd.at(-1).eventsPerSec)} ev/s, lag p50 ${round(runs.endToEnd.at(-1).lagP50)} ms`);
      runs.consumerOnly.push(await consumerOnly(stack, kafka, collection, `${tag}${r}`, opts.events));
      say(`  consumer only #${r + 1}: ${round(runs.consumerOnly.at(-1).eventsPerSec)} ev/s`);
      runs.raw.push(await rawKafkajs(stack, kafka, `${tag}${r}`, opts.events));
      say(`  raw kafkajs #${r + 1}: ${round(runs.raw.at(-1).eventsPerSec)} ev/s, lag p50 ${round(runs.raw.at(-1).lagP50, 1)} ms`);
    }
    await waitForConsumers(brokers, stack.namespace, 180_000);
    await removeBenchFacilities(client, stack.namespace, say);
  } finally {
    await client.close();
  }
  return {
    machine: machine(),
    date: new Date().toISOString(),
    options: opts,
    results: Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, summariseRecords(v)])),
  };
}

/**
 * The runs register ~1,200 facilities (`bench-ev-…`) and inject ~1,200 more into read models (`bench-inj-…`). On FerretDB/SQLite every non-`_id`
 * query scans its whole collection, so left in place they would slow the benchmarks run after this
 * one (the gateway's `facilities(type:)` root: ~110 ms instead of ~5 ms). Removed from every facility
 * collection of the namespace once every consumer group has caught up.
 */
async function removeBenchFacilities(client, namespace, say) {
  const { databases } = await client.db().admin().listDatabases();
  let removed = 0;
  for (const { name } of databases.filter((d) => d.name.startsWith(`${namespace}_`))) {
    for (const { name: coll } of await client.db(name).listCollections().toArray()) {
      if (!/facilit/i.test(coll)) continue;
      removed += (
        await client
          .db(name)
          .collection(coll)
          .deleteMany({ _id: { $regex: '^bench-(ev|inj)-' } })
      ).deletedCount;
    }
  }
  say(`  removed ${removed} bench facility records`);
}

export function eventsTable(result) {
  const r = result.results;
  const row = (name, s) => [name, fmt(s.events), fmt(s.eventsPerSec, 1), fmt(s.lagP50), fmt(s.lagP99), fmt(s.lagMax)];
  return table(
    ['path', 'events', 'events/s', 'lag p50 ms', 'lag p99 ms', 'lag max ms'],
    [
      row('mutation → outbox → relay → Kafka → consumer → read model', r.endToEnd),
      row('Kafka → consumer → read model (events injected)', r.consumerOnly),
      row('raw kafkajs, single sends ×20 (floor)', r.raw),
      ['raw kafkajs, sendBatch of 100', '', fmt(r.raw.batchedPerSec), '', '', ''],
    ],
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const opts = options();
  const stack = await openStack(opts);
  try {
    const result = await runEventsBench(stack, opts);
    // `--name=events-ferretdb-postgresql`: a run on another database (MONGODB_URI) kept beside events-latest.json.
    const name = process.argv.find((a) => a.startsWith('--name='))?.slice('--name='.length) ?? 'events';
    const file = writeResult(name, {
      ...result,
      database: process.env.BENCH_DATABASE ?? `FerretDB 1.24.0 (${process.env.PASS_DB_BACKEND === 'sqlite' ? 'SQLite' : 'PostgreSQL'})`,
    });
    console.log(eventsTable(result));
    log(`written ${file}`);
  } finally {
    await closeStack(stack, opts);
  }
}
