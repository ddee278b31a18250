/** Stops the test platform and removes its databases and topics. */
import { Kafka, logLevel } from 'kafkajs';
import mongoose from 'mongoose';
import { databaseName, SERVICE_NAMES } from '../../packages/platform/src/config';
import { testEnv } from './env';

export default async function globalTeardown(): Promise<void> {
  await globalThis.__PASS_CONTROL__?.close();
  await globalThis.__PASS_PLATFORM__?.stop();
  await globalThis.__PASS_OTLP__?.close();
  const env = testEnv();
  const conn = await mongoose.createConnection(env.mongodbUri).asPromise();
  for (const service of SERVICE_NAMES) await conn.useDb(databaseName(env.namespace, service)).dropDatabase();
  await conn.close();
  const admin = new Kafka({ clientId: 'pass-test-teardown', brokers: env.kafkaBrokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  const topics = (await admin.listTopics()).filter((t) => t.startsWith(`${env.namespace}.`));
  if (topics.length) await admin.deleteTopics({ topics });
  await admin.disconnect();
}
