/**
 * Apache Kafka 4.1.1 from Maven Central (the jars `infra/kafka/pom.xml` names, cached in `.infra/kafka/`),
 * run on the JDK as a single combined KRaft node at 127.0.0.1:9092 (+ PASS_INFRA_PORT_OFFSET).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { infraPorts } from './infra-config';
import { infraDir, repoRoot } from './paths';
import { portOpen, run, runningPid, spawnDaemon, stopDaemon, waitFor } from './proc';

const { kafkaPort: KAFKA_PORT, kafkaControllerPort: KAFKA_CONTROLLER_PORT } = infraPorts();
export { KAFKA_PORT, KAFKA_CONTROLLER_PORT };

const kafkaHome = path.join(infraDir, 'kafka');
const kafkaLibs = path.join(kafkaHome, 'libs');
const kafkaData = path.join(kafkaHome, 'data');

type Say = (line: string) => void;

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

/** The KRaft cluster id the local broker's storage is formatted with (docker-compose.yml uses it too). */
export const KAFKA_CLUSTER_ID = 'cGFzcy1ncmFwaC1rYWZrYQ';

/**
 * The broker's settings apart from its addresses and paths: a single combined KRaft node, explicit
 * topics only, nothing expires. docker-compose.yml's Kafka nodes set the same, with the three-node CLUSTER_SETTINGS (compose-sync.test.ts).
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

export const stopKafka = (signal: NodeJS.Signals = 'SIGTERM'): Promise<boolean> => stopDaemon('kafka', 20_000, signal);
