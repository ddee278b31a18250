/**
 * Local infrastructure, provisioned by the project itself and cached in `.infra/`:
 * - Apache Kafka 4.1.1 (KRaft, single combined node) from Maven Central, on the JDK, at 127.0.0.1:9092.
 * - FerretDB v1.24.0 (MongoDB wire protocol, SQLite backend) built from the Go module proxy, at 127.0.0.1:27017.
 * When `KAFKA_BROKERS` / `MONGODB_URI` are set, that component is external and left alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import mongoose from 'mongoose';
import { infraDir, repoRoot } from './paths';
import { portOpen, run, runningPid, spawnDaemon, stopDaemon, waitFor } from './proc';

/** PASS_INFRA_PORT_OFFSET runs a second, independent local infra (e.g. fault tests beside a dev stack). */
const INFRA_PORT_OFFSET = Number(process.env['PASS_INFRA_PORT_OFFSET'] ?? 0);
export const KAFKA_PORT = 9092 + INFRA_PORT_OFFSET;
export const KAFKA_CONTROLLER_PORT = 9093 + INFRA_PORT_OFFSET;
export const MONGO_PORT = 27017 + INFRA_PORT_OFFSET;

const kafkaHome = path.join(infraDir, 'kafka');
const kafkaLibs = path.join(kafkaHome, 'libs');
const kafkaData = path.join(kafkaHome, 'data');
const ferretHome = path.join(infraDir, 'ferretdb');
const ferretBin = path.join(ferretHome, 'ferretdb');
const ferretData = path.join(ferretHome, 'data');

type Say = (line: string) => void;

export interface InfraState {
  kafkaExternal: boolean;
  mongoExternal: boolean;
  /** What this call started (and so what its caller should stop). */
  started: ('kafka' | 'ferretdb')[];
}

export async function provisionKafka(say: Say): Promise<void> {
  const marker = path.join(kafkaLibs, '.complete');
  const pom = path.join(repoRoot, 'infra', 'kafka', 'pom.xml');
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === fs.readFileSync(pom, 'utf8')) return;
  say('provisioning Kafka from Maven Central (first run only)…');
  const t = Date.now();
  fs.rmSync(kafkaLibs, { recursive: true, force: true });
  await run('mvn', ['-q', '-B', '-f', pom, 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${kafkaLibs}`], {
    quiet: true,
  });
  fs.writeFileSync(marker, fs.readFileSync(pom, 'utf8'));
  say(`  Kafka jars ready in ${((Date.now() - t) / 1000).toFixed(1)}s`);
}

export async function provisionFerretDb(say: Say): Promise<void> {
  const src = path.join(repoRoot, 'infra', 'ferretdb');
  const stamp = ['go.mod', 'go.sum', 'main.go'].map((f) => fs.readFileSync(path.join(src, f), 'utf8')).join('\0');
  const marker = path.join(ferretHome, '.complete');
  if (fs.existsSync(ferretBin) && fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === stamp) return;
  say('building FerretDB from the Go module proxy (first run only, ~2 min)…');
  const t = Date.now();
  fs.mkdirSync(ferretHome, { recursive: true });
  await run('go', ['build', '-o', ferretBin, '.'], { cwd: src, quiet: true, env: { ...process.env, CGO_ENABLED: '0' } });
  fs.writeFileSync(marker, stamp);
  say(`  FerretDB built in ${((Date.now() - t) / 1000).toFixed(1)}s`);
}

/** The KRaft cluster id the local broker's storage is formatted with (docker-compose.yml uses it too). */
export const KAFKA_CLUSTER_ID = 'cGFzcy1ncmFwaC1rYWZrYQ';

/**
 * The broker's settings apart from its addresses and paths: a single combined KRaft node, explicit
 * topics only, nothing expires. docker-compose.yml's kafka service sets the same (compose-sync.test.ts).
 */
export const KAFKA_SETTINGS: Readonly<Record<string, string>> = {
  'process.roles': 'broker,controller',
  'node.id': '1',
  'controller.listener.names': 'CONTROLLER',
  'inter.broker.listener.name': 'PLAINTEXT',
  'num.partitions': '3',
  'offsets.topic.replication.factor': '1',
  'offsets.topic.num.partitions': '10',
  'transaction.state.log.replication.factor': '1',
  'transaction.state.log.min.isr': '1',
  'share.coordinator.state.topic.replication.factor': '1',
  'share.coordinator.state.topic.min.isr': '1',
  'group.initial.rebalance.delay.ms': '0',
  'auto.create.topics.enable': 'false',
  'delete.topic.enable': 'true',
  'log.retention.hours': '-1',
};

function writeKafkaConfig(): string {
  fs.mkdirSync(kafkaHome, { recursive: true });
  const props = path.join(kafkaHome, 'server.properties');
  fs.writeFileSync(
    props,
    [
      `controller.quorum.voters=1@127.0.0.1:${KAFKA_CONTROLLER_PORT}`,
      `listeners=PLAINTEXT://127.0.0.1:${KAFKA_PORT},CONTROLLER://127.0.0.1:${KAFKA_CONTROLLER_PORT}`,
      `advertised.listeners=PLAINTEXT://127.0.0.1:${KAFKA_PORT}`,
      'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
      `log.dirs=${kafkaData}`,
      ...Object.entries(KAFKA_SETTINGS).map(([key, value]) => `${key}=${value}`),
      '',
    ].join('\n'),
  );
  writeKafkaLog4j(path.join(kafkaHome, 'log4j2.properties'));
  return props;
}

/** Kafka's log4j2 settings: warnings, and the server's start and stop lines (kafka-cluster.ts uses them too). */
export function writeKafkaLog4j(file: string): void {
  fs.writeFileSync(
    file,
    [
      'status = warn',
      'appender.console.type = Console',
      'appender.console.name = STDOUT',
      'appender.console.layout.type = PatternLayout',
      'appender.console.layout.pattern = [%d] %p %m (%c)%n',
      'rootLogger.level = warn',
      'rootLogger.appenderRef.stdout.ref = STDOUT',
      'logger.server.name = kafka.server.KafkaRaftServer',
      'logger.server.level = info',
      '',
    ].join('\n'),
  );
}

const java = (): string => (process.env['JAVA_HOME'] ? path.join(process.env['JAVA_HOME'], 'bin', 'java') : 'java');

export async function kafkaReady(brokers = [`127.0.0.1:${KAFKA_PORT}`]): Promise<boolean> {
  const kafka = new Kafka({
    clientId: 'pass-stack-probe',
    brokers,
    logLevel: logLevel.NOTHING,
    retry: { retries: 0 },
    connectionTimeout: 1_000,
  });
  const admin = kafka.admin();
  try {
    await admin.connect();
    await admin.describeCluster();
    await admin.listTopics();
    return true;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

export async function startKafka(say: Say): Promise<boolean> {
  if (runningPid('kafka') !== null) {
    await waitFor('Kafka', () => kafkaReady(), 60_000);
    return false;
  }
  if (await portOpen(KAFKA_PORT)) {
    if (await kafkaReady()) {
      say(`using the Kafka broker already on 127.0.0.1:${KAFKA_PORT}`);
      return false;
    }
    throw new Error(`port ${KAFKA_PORT} is taken by something that is not a Kafka broker`);
  }
  await provisionKafka(say);
  const props = writeKafkaConfig();
  const cp = `${kafkaLibs}/*`;
  if (!fs.existsSync(path.join(kafkaData, 'meta.properties'))) {
    await run(java(), ['-cp', cp, 'kafka.tools.StorageTool', 'format', '-t', KAFKA_CLUSTER_ID, '-c', props], { quiet: true });
  }
  const t = Date.now();
  spawnDaemon('kafka', java(), [
    '-Xms256m',
    '-Xmx512m',
    '-XX:+UseG1GC',
    `-Dlog4j2.configurationFile=${path.join(kafkaHome, 'log4j2.properties')}`,
    '-cp',
    cp,
    'kafka.Kafka',
    props,
  ]);
  await waitFor('Kafka', () => kafkaReady(), 180_000);
  say(`Kafka 4.1.1 ready on 127.0.0.1:${KAFKA_PORT} (${((Date.now() - t) / 1000).toFixed(1)}s)`);
  return true;
}

export async function mongoReady(uri = `mongodb://127.0.0.1:${MONGO_PORT}`): Promise<boolean> {
  const conn = mongoose.createConnection(uri, { serverSelectionTimeoutMS: 1_000 });
  try {
    await conn.asPromise();
    await conn.db?.admin().ping();
    return true;
  } catch {
    return false;
  } finally {
    await conn.close().catch(() => undefined);
  }
}

export async function startFerretDb(say: Say): Promise<boolean> {
  if (runningPid('ferretdb') !== null) {
    await waitFor('FerretDB', () => mongoReady(), 30_000);
    return false;
  }
  if (await portOpen(MONGO_PORT)) {
    if (await mongoReady()) {
      say(`using the MongoDB-protocol server already on 127.0.0.1:${MONGO_PORT}`);
      return false;
    }
    throw new Error(`port ${MONGO_PORT} is taken by something that does not speak the MongoDB protocol`);
  }
  await provisionFerretDb(say);
  fs.mkdirSync(ferretData, { recursive: true });
  const t = Date.now();
  spawnDaemon('ferretdb', ferretBin, ['--listen-addr', `127.0.0.1:${MONGO_PORT}`, '--sqlite-dir', ferretData]);
  await waitFor('FerretDB', () => mongoReady(), 30_000);
  say(`FerretDB 1.24.0 (SQLite) ready on 127.0.0.1:${MONGO_PORT} (${((Date.now() - t) / 1000).toFixed(1)}s)`);
  return true;
}

export const stopKafka = (signal: NodeJS.Signals = 'SIGTERM'): Promise<boolean> => stopDaemon('kafka', 20_000, signal);
export const stopFerretDb = (signal: NodeJS.Signals = 'SIGTERM'): Promise<boolean> => stopDaemon('ferretdb', 10_000, signal);

/** Starts what is not external and not running; provisions on first use. Idempotent. */
export async function infraUp(say: Say, env: NodeJS.ProcessEnv = process.env): Promise<InfraState> {
  const state: InfraState = { kafkaExternal: Boolean(env['KAFKA_BROKERS']), mongoExternal: Boolean(env['MONGODB_URI']), started: [] };
  // Provision both in parallel: the jar download and the Go build are independent.
  await Promise.all([
    state.kafkaExternal ? Promise.resolve() : provisionKafka(say),
    state.mongoExternal ? Promise.resolve() : provisionFerretDb(say),
  ]);
  // PASS_KAFKA_BROKERS_LOCAL=3: a three-node cluster instead of the single broker (kafka-cluster.ts; sets KAFKA_BROKERS).
  const cluster = state.kafkaExternal ? null : await import('./kafka-cluster');
  const threeNodes = cluster !== null && cluster.localKafkaNodes(env) === 3;
  const [k, f] = await Promise.all([
    state.kafkaExternal ? Promise.resolve(false) : threeNodes ? cluster.startLocalCluster(say, env) : startKafka(say),
    state.mongoExternal ? Promise.resolve(false) : startFerretDb(say),
  ]);
  if (k) state.started.push('kafka');
  if (f) state.started.push('ferretdb');
  // Shifted ports: everything started from here on (platform, tests) must find them.
  if (INFRA_PORT_OFFSET !== 0) {
    if (!state.kafkaExternal && !threeNodes) env['KAFKA_BROKERS'] = `127.0.0.1:${KAFKA_PORT}`;
    if (!state.mongoExternal) env['MONGODB_URI'] = `mongodb://127.0.0.1:${MONGO_PORT}`;
  }
  return state;
}

export async function infraDown(which: ('kafka' | 'ferretdb')[] = ['kafka', 'ferretdb']): Promise<void> {
  await Promise.all([
    which.includes('kafka') ? stopKafka() : undefined,
    which.includes('kafka') ? import('./kafka-cluster').then((c) => c.stopLocalCluster()) : undefined,
    which.includes('ferretdb') ? stopFerretDb() : undefined,
  ]);
}
