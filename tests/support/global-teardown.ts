/** Stops the test platform and removes its databases and topics. */
import fs from 'node:fs';
import { Kafka, logLevel } from 'kafkajs';
import mongoose from 'mongoose';
import { databaseName, SERVICE_NAMES } from '../../packages/platform/src/config';
import { personalDataFile } from './client';
import { testEnv } from './env';

export default async function globalTeardown(): Promise<void> {
  await globalThis.__PASS_CONTROL__?.close();
  await globalThis.__PASS_PLATFORM__?.stop();
  await globalThis.__PASS_OTLP__?.close();
  const env = testEnv();
  // The personal data the tests sent (tests/support/client.ts), read by tests/pii-whole-run.test.ts: gone with the run.
  fs.rmSync(personalDataFile(env.namespace), { force: true });
  // Cleanup only: the suite's results are in. A failed cleanup is reported, never turned into a failed run.
  await dropDatabases(env.mongodbUri, env.namespace).catch((e: Error) => console.warn(`teardown: databases not dropped: ${e.message}`));
  await deleteTopics(env.kafkaBrokers, env.namespace).catch((e: Error) => console.warn(`teardown: topics not deleted: ${e.message}`));
}

export async function dropDatabases(uri: string, namespace: string): Promise<void> {
  // FerretDB/SQLite can crash (SIGBUS in the WAL) when a database is dropped while a write of a client that has
  // just gone is still running on it: give the server a moment to finish what the stopped processes left.
  // pacing: cleanup after the results are in, no assertion follows
  await new Promise((r) => setTimeout(r, 1_000));
  const conn = await mongoose.createConnection(uri, { serverSelectionTimeoutMS: 5_000 }).asPromise();
  try {
    for (const service of SERVICE_NAMES) await conn.useDb(databaseName(namespace, service)).dropDatabase();
  } finally {
    await conn.close().catch(() => undefined);
  }
}

export async function deleteTopics(brokers: string[], namespace: string): Promise<void> {
  const admin = new Kafka({ clientId: 'pass-test-teardown', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(`${namespace}.`));
    if (topics.length) await admin.deleteTopics({ topics });
  } finally {
    await admin.disconnect();
  }
}
