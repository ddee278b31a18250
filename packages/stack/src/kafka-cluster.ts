/**
 * A three-node Kafka cluster from the same jars as the local broker (infra.ts provisionKafka): KRaft,
 * every node broker and controller with a three-voter quorum, replication factor 3 and
 * min.insync.replicas 2 by default, so one node can be lost without losing an acknowledged write.
 * `PASS_KAFKA_BROKERS_LOCAL=3` makes `npm start` / `npm test` / `npm run infra` use it (infra.ts),
 * and tests/reliability/kafka-cluster.test.ts starts its own on ports of its own to stop a node under load.
 */
import fs from 'node:fs';
import path from 'node:path';
import { infraDir } from './paths';
import { KAFKA_CLUSTER_ID, KAFKA_PORT, KAFKA_SETTINGS, kafkaReady, provisionKafka, writeKafkaLog4j } from './kafka';
import { portOpen, run, runningPid, spawnDaemon, stopDaemon, waitFor } from './proc';

type Say = (line: string) => void;

/** Nodes of the local cluster: `PASS_KAFKA_BROKERS_LOCAL` (1, the single broker, or 3). */
export function localKafkaNodes(env: NodeJS.ProcessEnv = process.env): 1 | 3 {
  const raw = env['PASS_KAFKA_BROKERS_LOCAL'];
  if (raw === undefined || raw === '' || raw === '1') return 1;
  if (raw === '3') return 3;
  throw new Error(`PASS_KAFKA_BROKERS_LOCAL="${raw}" must be 1 or 3`);
}

/** What differs from the single broker's KAFKA_SETTINGS: replicated internal topics, RF 3 and two in-sync replicas. */
export const CLUSTER_SETTINGS: Readonly<Record<string, string>> = {
  'default.replication.factor': '3',
  'min.insync.replicas': '2',
  'offsets.topic.replication.factor': '3',
  'transaction.state.log.replication.factor': '3',
  'transaction.state.log.min.isr': '2',
  'share.coordinator.state.topic.replication.factor': '3',
  'share.coordinator.state.topic.min.isr': '2',
  'unclean.leader.election.enable': 'false',
};

export interface KafkaClusterOptions {
  /** Daemon names `<name>-<id>`, data in `.infra/<name>/<id>/`. */
  name: string;
  /** Node i listens on basePort + 2(i−1) (clients) and basePort + 2(i−1) + 1 (controller). */
  basePort: number;
  /** Heap of each node (three JVMs share this machine with everything else). */
  heapMb?: number;
}

export class KafkaCluster {
  static readonly NODE_IDS = [1, 2, 3] as const;
  private readonly home: string;

  constructor(private readonly opts: KafkaClusterOptions) {
    this.home = path.join(infraDir, opts.name);
  }

  clientPort = (id: number): number => this.opts.basePort + 2 * (id - 1);
  private controllerPort = (id: number): number => this.opts.basePort + 2 * (id - 1) + 1;
  private daemon = (id: number): string => `${this.opts.name}-${id}`;
  get brokers(): string[] {
    return KafkaCluster.NODE_IDS.map((id) => `127.0.0.1:${this.clientPort(id)}`);
  }
  running(id: number): boolean {
    return runningPid(this.daemon(id)) !== null;
  }

  private writeConfig(id: number): string {
    const dir = path.join(this.home, String(id));
    fs.mkdirSync(dir, { recursive: true });
    const props = path.join(dir, 'server.properties');
    const settings = { ...KAFKA_SETTINGS, ...CLUSTER_SETTINGS, 'node.id': String(id) };
    fs.writeFileSync(
      props,
      [
        `controller.quorum.voters=${KafkaCluster.NODE_IDS.map((n) => `${n}@127.0.0.1:${this.controllerPort(n)}`).join(',')}`,
        `listeners=PLAINTEXT://127.0.0.1:${this.clientPort(id)},CONTROLLER://127.0.0.1:${this.controllerPort(id)}`,
        `advertised.listeners=PLAINTEXT://127.0.0.1:${this.clientPort(id)}`,
        'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
        `log.dirs=${path.join(dir, 'data')}`,
        ...Object.entries(settings).map(([k, v]) => `${k}=${v}`),
        '',
      ].join('\n'),
    );
    writeKafkaLog4j(path.join(this.home, 'log4j2.properties'));
    return props;
  }

  /** Starts node `id` (formatting its storage on first use); does not wait for it. */
  async startNode(id: number): Promise<void> {
    if (this.running(id)) return;
    if (await portOpen(this.clientPort(id))) throw new Error(`port ${this.clientPort(id)} is taken`);
    const props = this.writeConfig(id);
    const cp = `${path.join(infraDir, 'kafka', 'libs')}/*`;
    if (!fs.existsSync(path.join(this.home, String(id), 'data', 'meta.properties')))
      await run(java(), ['-cp', cp, 'kafka.tools.StorageTool', 'format', '-t', KAFKA_CLUSTER_ID, '-c', props], { quiet: true });
    const heap = this.opts.heapMb ?? 384;
    spawnDaemon(this.daemon(id), java(), [
      '-Xms128m',
      `-Xmx${heap}m`,
      '-XX:+UseG1GC',
      '-XX:TieredStopAtLevel=1',
      `-Dlog4j2.configurationFile=${path.join(this.home, 'log4j2.properties')}`,
      '-cp',
      cp,
      'kafka.Kafka',
      props,
    ]);
  }

  /** Stops node `id`: SIGTERM is a controlled shutdown (leaders moved first), SIGKILL a crash. */
  stopNode(id: number, signal: NodeJS.Signals = 'SIGTERM'): Promise<boolean> {
    return stopDaemon(this.daemon(id), 30_000, signal);
  }

  /** Provisions the jars, starts the three nodes and waits until the cluster answers with all three brokers. */
  async start(say: Say): Promise<void> {
    await provisionKafka(say);
    const t = Date.now();
    // Side by side: formatting the storage is a JVM start of its own per node.
    await Promise.all(KafkaCluster.NODE_IDS.map((id) => this.startNode(id)));
    await waitFor('the Kafka cluster', () => this.allBrokersUp(), 180_000);
    say(`Kafka 4.1.1 cluster of three KRaft nodes ready on ${this.brokers.join(',')} (${((Date.now() - t) / 1000).toFixed(1)}s)`);
  }

  async allBrokersUp(): Promise<boolean> {
    if (!(await kafkaReady(this.brokers))) return false;
    const { Kafka, logLevel } = await import('kafkajs');
    const admin = new Kafka({
      clientId: 'pass-stack-probe',
      brokers: this.brokers,
      logLevel: logLevel.NOTHING,
      retry: { retries: 0 },
    }).admin();
    try {
      await admin.connect();
      return (await admin.describeCluster()).brokers.length === KafkaCluster.NODE_IDS.length;
    } catch {
      return false;
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }

  async stop(): Promise<void> {
    await Promise.all(KafkaCluster.NODE_IDS.map((id) => this.stopNode(id)));
  }

  /** Removes the data of every node (stopped first). */
  async destroy(): Promise<void> {
    await this.stop();
    fs.rmSync(this.home, { recursive: true, force: true });
  }
}

const java = (): string => (process.env['JAVA_HOME'] ? path.join(process.env['JAVA_HOME'], 'bin', 'java') : 'java');

/** The local cluster of `PASS_KAFKA_BROKERS_LOCAL=3`: node 1 on the single broker's ports, nodes 2 and 3 on the next four. */
export const localCluster = (): KafkaCluster => new KafkaCluster({ name: 'kafka-cluster', basePort: KAFKA_PORT });

/** Starts the local cluster unless it runs; true when this call started it. Sets KAFKA_BROKERS in `env`. */
export async function startLocalCluster(say: Say, env: NodeJS.ProcessEnv): Promise<boolean> {
  const cluster = localCluster();
  env['KAFKA_BROKERS'] = cluster.brokers.join(',');
  if (KafkaCluster.NODE_IDS.every((id) => cluster.running(id))) {
    await waitFor('the Kafka cluster', () => cluster.allBrokersUp(), 120_000);
    return false;
  }
  await cluster.start(say);
  return true;
}

export const stopLocalCluster = (): Promise<void> => localCluster().stop();
