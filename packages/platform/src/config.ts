/**
 * Every setting of every process, read from the environment in one place,
 * validated, with local defaults. A bad value stops the process at start with
 * all problems listed, never halfway through a request.
 */
import path from 'node:path';

export const SERVICE_NAMES = ['governance', 'staffing', 'budgets', 'care-services', 'consulting', 'outreach'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];
export type ProcessName = ServiceName | 'gateway';

export const DEFAULT_PORTS: Readonly<Record<ProcessName, number>> = {
  gateway: 4000,
  governance: 4001,
  staffing: 4002,
  budgets: 4003,
  'care-services': 4004,
  consulting: 4005,
  outreach: 4006,
};

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface PlatformConfig {
  /** Prefix of database names and Kafka topics: lets a test run share the broker with a dev stack. */
  namespace: string;
  host: string;
  mongodbUri: string;
  kafkaBrokers: string[];
  logLevel: LogLevel;
  ports: Record<ProcessName, number>;
  subgraphUrls: Record<ServiceName, string>;
  kafkaPartitions: number;
  outboxSweepMs: number;
  consumerMaxAttempts: number;
  /** Directory holding `<service>.graphql`, `supergraph.graphql` and `events/`. */
  schemasDir: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/** `care-services` → `CARE_SERVICES` */
export const envPrefix = (name: ProcessName): string => name.toUpperCase().replace(/-/g, '_');

/** `pass` + `care-services` → `pass_care_services` */
export const databaseName = (namespace: string, service: ServiceName): string => `${namespace}_${service.replace(/-/g, '_')}`;

/** `pass` + `staffing.substitute-dispatch` → `pass.staffing.substitute-dispatch` */
export const topicName = (namespace: string, topic: string): string => `${namespace}.${topic}`;

export const deadLetterTopic = (namespace: string, service: ServiceName): string => `${namespace}.dlq.${service}`;

export function findRepoRoot(from: string = __dirname): string {
  // packages/platform/{src,dist} → repo root
  return path.resolve(from, '..', '..', '..');
}

type Env = Readonly<Record<string, string | undefined>>;

export function loadConfig(env: Env = process.env): PlatformConfig {
  const problems: string[] = [];

  const str = (key: string, fallback: string, pattern?: RegExp): string => {
    const raw = env[key];
    const value = raw === undefined || raw === '' ? fallback : raw.trim();
    if (pattern && !pattern.test(value)) problems.push(`${key}="${value}" must match ${pattern}`);
    return value;
  };
  const int = (key: string, fallback: number, min: number, max: number): number => {
    const raw = env[key];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${key}="${raw}" must be an integer from ${min} to ${max}`);
      return fallback;
    }
    return value;
  };

  const namespace = str('PASS_NAMESPACE', 'pass', /^[a-z][a-z0-9]{0,30}$/);
  const host = str('HOST', '127.0.0.1');
  const mongodbUri = str('MONGODB_URI', 'mongodb://127.0.0.1:27017', /^mongodb(\+srv)?:\/\/\S+$/);
  const brokers = str('KAFKA_BROKERS', '127.0.0.1:9092')
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  for (const b of brokers) if (!/^[\w.-]+:\d{1,5}$/.test(b)) problems.push(`KAFKA_BROKERS entry "${b}" must be host:port`);
  const logLevel = str('LOG_LEVEL', 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL="${logLevel}" must be one of ${LOG_LEVELS.join(', ')}`);

  const ports = {} as Record<ProcessName, number>;
  for (const name of Object.keys(DEFAULT_PORTS) as ProcessName[]) {
    ports[name] = int(`${envPrefix(name)}_PORT`, DEFAULT_PORTS[name], 1, 65535);
  }
  const subgraphUrls = {} as Record<ServiceName, string>;
  for (const name of SERVICE_NAMES) {
    const url = str(`${envPrefix(name)}_URL`, `http://${host}:${ports[name]}/graphql`);
    if (!/^https?:\/\/\S+$/.test(url)) problems.push(`${envPrefix(name)}_URL="${url}" must be an http(s) URL`);
    subgraphUrls[name] = url;
  }

  const config: PlatformConfig = {
    namespace,
    host,
    mongodbUri,
    kafkaBrokers: brokers,
    logLevel,
    ports,
    subgraphUrls,
    kafkaPartitions: int('KAFKA_PARTITIONS', 3, 1, 64),
    outboxSweepMs: int('OUTBOX_SWEEP_MS', 2000, 50, 600_000),
    consumerMaxAttempts: int('CONSUMER_MAX_ATTEMPTS', 3, 1, 100),
    schemasDir: str('PASS_SCHEMAS_DIR', path.join(findRepoRoot(), 'schemas')),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
