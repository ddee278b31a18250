/**
 * The local infrastructure's settings from the environment, validated in one place:
 * - `PASS_INFRA_PORT_OFFSET` (integer ≥ 0, default 0) shifts every local port, so a second checkout's infra runs beside this one;
 * - `PASS_DB_BACKEND` (`postgresql` | `sqlite`, default `postgresql`) chooses FerretDB's storage.
 * `MONGODB_URI` / `KAFKA_BROKERS` mean "external, leave alone" and are read where the infra starts (infra.ts).
 */
export const DB_BACKENDS = ['postgresql', 'sqlite'] as const;
export type DbBackend = (typeof DB_BACKENDS)[number];
export const DEFAULT_DB_BACKEND: DbBackend = 'postgresql';

export interface InfraPorts {
  portOffset: number;
  kafkaPort: number;
  kafkaControllerPort: number;
  /** FerretDB's MongoDB wire protocol port. */
  mongoPort: number;
  /** The embedded PostgreSQL under FerretDB; away from 5432 so a system PostgreSQL never collides. */
  postgresPort: number;
}

export interface InfraConfig extends InfraPorts {
  dbBackend: DbBackend;
}

export type InfraConfigResult = { ok: true; config: InfraConfig } | { ok: false; problems: string[] };

type Env = Readonly<Record<string, string | undefined>>;

export const isDbBackend = (value: string): value is DbBackend => (DB_BACKENDS as readonly string[]).includes(value);

export function readInfraConfig(env: Env): InfraConfigResult {
  const problems: string[] = [];
  const rawOffset = env['PASS_INFRA_PORT_OFFSET'] ?? '';
  const portOffset = rawOffset === '' ? 0 : Number(rawOffset);
  if (!Number.isInteger(portOffset) || portOffset < 0 || portOffset > 30_000) {
    problems.push(`PASS_INFRA_PORT_OFFSET must be an integer from 0 to 30000, got ${JSON.stringify(rawOffset)}`);
  }
  const rawBackend = env['PASS_DB_BACKEND'] ?? '';
  const backend = rawBackend === '' ? DEFAULT_DB_BACKEND : rawBackend;
  if (!isDbBackend(backend)) problems.push(`PASS_DB_BACKEND must be one of ${DB_BACKENDS.join(', ')}, got ${JSON.stringify(rawBackend)}`);
  if (problems.length > 0 || !isDbBackend(backend)) return { ok: false, problems };
  return { ok: true, config: { ...portsAt(portOffset), dbBackend: backend } };
}

const portsAt = (portOffset: number): InfraPorts => ({
  portOffset,
  kafkaPort: 9092 + portOffset,
  kafkaControllerPort: 9093 + portOffset,
  mongoPort: 27017 + portOffset,
  postgresPort: 15432 + portOffset,
});

/** The validated settings, or an error naming every bad variable (the stack's commands stop on it). */
export function infraConfig(env: Env = process.env): InfraConfig {
  const result = readInfraConfig(env);
  if (!result.ok) throw new Error(`invalid infrastructure settings:\n  ${result.problems.join('\n  ')}`);
  return result.config;
}

/**
 * The ports alone, for module constants: an invalid PASS_DB_BACKEND must not break importing the
 * Kafka settings; it is reported when the infra starts. An invalid offset falls back to 0 here and
 * is reported there too.
 */
export function infraPorts(env: Env = process.env): InfraPorts {
  const result = readInfraConfig({ PASS_INFRA_PORT_OFFSET: env['PASS_INFRA_PORT_OFFSET'] });
  return result.ok ? portsAt(result.config.portOffset) : portsAt(0);
}
