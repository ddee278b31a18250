/**
 * Local infrastructure, provisioned by the project itself and cached in `.infra/`:
 * - Apache Kafka 4.1.1 (KRaft, single combined node) from Maven Central, on the JDK, at 127.0.0.1:9092 (kafka.ts);
 * - FerretDB v1.24.0 (MongoDB wire protocol) built from the Go module proxy, at 127.0.0.1:27017 (ferretdb.ts),
 *   on PASS_DB_BACKEND: `postgresql` (default; PostgreSQL from the npm registry at 127.0.0.1:15432, postgres.ts)
 *   or `sqlite`.
 * PASS_INFRA_PORT_OFFSET shifts every port (infra-config.ts). When `KAFKA_BROKERS` / `MONGODB_URI`
 * are set, that component is external and left alone.
 */
import { defaultFerretDb, provisionFerretDb, startFerretDb, stopFerretDb } from './ferretdb';
import { infraConfig, infraPorts } from './infra-config';
import { provisionKafka, startKafka, stopKafka } from './kafka';
import { postgresInstance, provisionPostgres, startPostgres, stopPostgres } from './postgres';

export { KAFKA_CLUSTER_ID, KAFKA_PORT, KAFKA_SETTINGS, kafkaReady, startKafka, stopKafka } from './kafka';
export { mongoReady, startFerretDb, stopFerretDb } from './ferretdb';

type Say = (line: string) => void;

export type InfraPart = 'kafka' | 'ferretdb' | 'postgres';

export interface InfraState {
  kafkaExternal: boolean;
  mongoExternal: boolean;
  /** What this call started (and so what its caller should stop). */
  started: InfraPart[];
}

/** Starts what is not external and not running; provisions on first use. Idempotent. */
export async function infraUp(say: Say, env: NodeJS.ProcessEnv = process.env): Promise<InfraState> {
  const config = infraConfig(env);
  const ferret = defaultFerretDb(env);
  const state: InfraState = { kafkaExternal: Boolean(env['KAFKA_BROKERS']), mongoExternal: Boolean(env['MONGODB_URI']), started: [] };
  const postgres = !state.mongoExternal && ferret.storage.backend === 'postgresql' ? ferret.storage.postgres : null;
  // Provision in parallel: the jar download, the Go build and the npm install are independent.
  await Promise.all([
    state.kafkaExternal ? undefined : provisionKafka(say),
    state.mongoExternal ? undefined : provisionFerretDb(say),
    postgres ? provisionPostgres(say) : undefined,
  ]);
  const startDatabase = async (): Promise<void> => {
    if (state.mongoExternal) return;
    if (postgres && (await startPostgres(say, postgres))) state.started.push('postgres');
    if (await startFerretDb(say, ferret)) state.started.push('ferretdb');
  };
  const startBroker = async (): Promise<void> => {
    if (!state.kafkaExternal && (await startKafka(say))) state.started.push('kafka');
  };
  await Promise.all([startBroker(), startDatabase()]);
  // Shifted ports: everything started from here on (platform, tests) must find them.
  if (config.portOffset !== 0) {
    if (!state.kafkaExternal) env['KAFKA_BROKERS'] = `127.0.0.1:${config.kafkaPort}`;
    if (!state.mongoExternal) env['MONGODB_URI'] = `mongodb://127.0.0.1:${config.mongoPort}`;
  }
  return state;
}

/** Stops the given parts (default all of this checkout's): FerretDB before the PostgreSQL under it. */
export async function infraDown(which: InfraPart[] = ['kafka', 'ferretdb', 'postgres']): Promise<void> {
  // Whatever PASS_DB_BACKEND says now: a PostgreSQL of this checkout still running is stopped too.
  const database = async (): Promise<void> => {
    if (which.includes('ferretdb')) await stopFerretDb();
    if (which.includes('postgres')) await stopPostgres(postgresInstance(infraPorts().postgresPort));
  };
  await Promise.all([which.includes('kafka') ? stopKafka() : undefined, database()]);
}
