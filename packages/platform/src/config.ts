/**
 * Every setting of every process, read from the environment in one place,
 * validated, with local defaults. A bad value stops the process at start with
 * all problems listed, never halfway through a request.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createPiiKeyring, type PiiKeyring } from './pii';

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
  /** Replication factor of the topics the platform creates; null: the broker's `default.replication.factor`. */
  kafkaReplicationFactor: number | null;
  /** `min.insync.replicas` of the topics the platform creates; null: the broker's default. */
  kafkaMinInsyncReplicas: number | null;
  outboxSweepMs: number;
  /** Inbox records (`_inbox`, events applied) older than this are deleted; keep it above the topics' retention. */
  inboxRetentionDays: number;
  /**
   * Audit records (each service's `_audit`, governance's audit trail) older than this are deleted. At least a year:
   * 개인정보의 안전성 확보조치 기준 §8 keeps access records 1 year, 2 years where 고유식별정보 (주민등록번호) is processed.
   */
  auditRetentionDays: number;
  /** How often the retention sweep runs. */
  retentionSweepMs: number;
  /** First delay before an event whose handler failed transiently is tried again; it doubles per attempt. */
  consumerRetryBaseMs: number;
  /** Longest delay between two attempts of a transiently failing event (it is retried until it applies). */
  consumerRetryMaxMs: number;
  /** Every this many attempts of one event, an error is logged: its partition has waited long. */
  consumerRetryAlertAttempts: number;
  /** The consumer group's session timeout: a member that sends no heartbeat for this long is removed (a rebalance). */
  consumerSessionTimeoutMs: number;
  /** After this long a sub-batch starts no new event: what is done is committed, the rest fetched again. */
  consumerSubBatchMaxMs: number;
  /** Directory holding `<service>.graphql`, `supergraph.graphql` and `events/`. */
  schemasDir: string;
  /**
   * Anything but NODE_ENV=development (or `test`, which jest sets): no introspection, suggestions,
   * GraphiQL or public metrics, no dev keys or key files, HS256 refused, a real JWKS over https.
   */
  production: boolean;
  /** Bearer token that `/metrics` requires in production (METRICS_TOKEN); null: `/metrics` is off there. */
  metricsToken: string | null;
  /** Operations the gateway accepts when set (GRAPHQL_ALLOWLIST_FILE): sha256 hex of each allowed query text. */
  allowlist: string[] | null;
  auth: AuthConfig;
  limits: LimitsConfig;
  entityCache: EntityCacheConfig;
  tracing: TracingConfig;
  leases: LeasesConfig;
  /** Guarantee mechanisms switched off for a switch-off test run (PASS_SWITCH_OFF); always empty in production. */
  switchedOff: ReadonlySet<Switchable>;
}

/**
 * Mechanisms a test run may switch off (PASS_SWITCH_OFF=inbox,…, development and test only), so that
 * `npm run test:switch-off` can prove the tests of each guarantee fail without it (tests/switch-off.json).
 */
export const SWITCHABLE = [
  'inbox',
  'dataloader',
  'authorization',
  'audit',
  'scopes',
  'outbox',
  'dead-letters',
  'cache-eviction',
  'log-redaction',
  'fact-keys',
  'personal-data-checks',
] as const;
export type Switchable = (typeof SWITCHABLE)[number];

/** The gateway's entity cache (gateway/src/entity-cache.ts); `maxEntries` 0 turns it off. */
export interface EntityCacheConfig {
  maxEntries: number;
  /** Backstop age of an entry, for a change no event names. */
  maxAgeMs: number;
  /** After an event names an id, results fetched before it or within this window are not stored. */
  settleMs: number;
  /** Entity types cached (public, no personal data whose reads are audited). */
  types: string[];
}

/** Cross-process leases (leases.ts). `enabled: false` only in tests that show what they prevent. */
export interface LeasesConfig {
  enabled: boolean;
  ttlMs: number;
  graceMs: number;
  waitMs: number;
}

export interface TracingConfig {
  /** OTLP/HTTP traces URL (`…/v1/traces`); null: spans are not exported (propagation stays on). */
  exporterUrl: string | null;
  /** Batch span processor delay between exports (`OTEL_BSP_SCHEDULE_DELAY`). */
  batchDelayMs: number;
}

export interface AuthConfig {
  /** Expected `iss` and `aud` of bearer tokens. */
  issuer: string;
  audience: string;
  /** RS256 verification keys: a JWKS URL (https in production), else — development only — a JWKS file. */
  jwksUrl: string | null;
  jwksFile: string | null;
  /** Dev only: an HS256 shared secret accepted besides RS256. */
  hs256Secret: string | null;
  /** HMAC key the gateway signs forwarded identities with and subgraphs verify. */
  internalSecret: string;
}

export interface LimitsConfig {
  /** Tokens of a query text, counted before it is parsed. */
  maxTokens: number;
  /** Weighed cost (gateway/src/limits.ts: lists × first, counts, fields). */
  maxCost: number;
  maxDepth: number;
  /** Fields selected in one operation, aliases included (a cost bound). */
  maxFields: number;
  maxBodyBytes: number;
  requestTimeoutMs: number;
  /** Token bucket per client (subject, else address). */
  ratePerMinute: number;
  rateBurst: number;
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

/**
 * Development is a positive switch: NODE_ENV=development (or `test`, set by jest). Anything else —
 * unset, `prod`, `staging`, a typo — is production and fails closed.
 */
export const isDevelopment = (env: Env): boolean => env.NODE_ENV === 'development' || env.NODE_ENV === 'test';

/** Defaults that only make sense on a developer's machine; production must set its own. */
export const DEVELOPMENT_ISSUER = 'https://auth.pass-graph.local/';
export const DEVELOPMENT_AUDIENCE = 'pass-graph';

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

  const kafkaReplicationFactor = int('KAFKA_REPLICATION_FACTOR', 0, 1, 16) || null;
  const kafkaMinInsyncReplicas = int('KAFKA_MIN_INSYNC_REPLICAS', 0, 1, 16) || null;
  if (kafkaMinInsyncReplicas !== null && kafkaReplicationFactor !== null && kafkaMinInsyncReplicas > kafkaReplicationFactor)
    problems.push(`KAFKA_MIN_INSYNC_REPLICAS=${kafkaMinInsyncReplicas} must not exceed KAFKA_REPLICATION_FACTOR=${kafkaReplicationFactor}`);

  const production = !isDevelopment(env);
  const authDir = path.join(findRepoRoot(), '.infra', 'auth');
  const jwksUrlRaw = str('AUTH_JWKS_URL', '');
  if (jwksUrlRaw && !/^https?:\/\/\S+$/.test(jwksUrlRaw)) problems.push(`AUTH_JWKS_URL="${jwksUrlRaw}" must be an http(s) URL`);
  if (production) {
    if (!jwksUrlRaw) problems.push('AUTH_JWKS_URL is required in production (the JWKS file fallback is for development)');
    else if (!jwksUrlRaw.startsWith('https://')) problems.push(`AUTH_JWKS_URL="${jwksUrlRaw}" must be https in production`);
    for (const [key, fallback] of [
      ['AUTH_ISSUER', DEVELOPMENT_ISSUER],
      ['AUTH_AUDIENCE', DEVELOPMENT_AUDIENCE],
    ] as const)
      if (str(key, fallback) === fallback) problems.push(`${key} must be set in production (the default "${fallback}" is for development)`);
  }
  const metricsToken = str('METRICS_TOKEN', '');
  if (metricsToken && metricsToken.length < 32) problems.push('METRICS_TOKEN must be at least 32 characters');
  const allowlistFile = str('GRAPHQL_ALLOWLIST_FILE', '');
  let allowlist: string[] | null = null;
  if (allowlistFile) {
    try {
      allowlist = (JSON.parse(fs.readFileSync(allowlistFile, 'utf8')) as unknown[]).filter(
        (h): h is string => typeof h === 'string' && /^[0-9a-f]{64}$/.test(h),
      );
    } catch {
      problems.push(`GRAPHQL_ALLOWLIST_FILE="${allowlistFile}" must be a JSON array of sha256 hex digests`);
    }
  }
  const hs256 = str('AUTH_HS256_SECRET', '');
  if (hs256 && production)
    problems.push('AUTH_HS256_SECRET is for development only; use RS256 (AUTH_JWKS_URL/AUTH_JWKS_FILE) in production');
  if (hs256 && hs256.length < 32) problems.push('AUTH_HS256_SECRET must be at least 32 characters');
  let internalSecret = str('PASS_INTERNAL_SECRET', '');
  if (!internalSecret && !production) {
    // `npm start` / `npm test` generate one per checkout (packages/stack/src/auth.ts).
    const file = path.join(authDir, 'internal.key');
    if (fs.existsSync(file)) internalSecret = fs.readFileSync(file, 'utf8').trim();
  }
  if (!internalSecret) problems.push('PASS_INTERNAL_SECRET is required (npm start generates a local one in .infra/auth/internal.key)');
  else if (internalSecret.length < 32) problems.push('PASS_INTERNAL_SECRET must be at least 32 characters');

  // OTel's own variables: a signal-specific endpoint is used as is, the generic one gets `/v1/traces`.
  const tracesEndpoint = str('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', '');
  const otlpEndpoint = str('OTEL_EXPORTER_OTLP_ENDPOINT', '');
  const exporterUrl = tracesEndpoint || (otlpEndpoint ? `${otlpEndpoint.replace(/\/+$/, '')}/v1/traces` : '');
  if (exporterUrl && !/^https?:\/\/\S+$/.test(exporterUrl))
    problems.push(
      `${tracesEndpoint ? 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT' : 'OTEL_EXPORTER_OTLP_ENDPOINT'}="${exporterUrl}" must be an http(s) URL`,
    );

  const switchedOff = new Set<Switchable>();
  for (const name of str('PASS_SWITCH_OFF', '')
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean)) {
    if (!(SWITCHABLE as readonly string[]).includes(name))
      problems.push(`PASS_SWITCH_OFF entry "${name}" must be one of ${SWITCHABLE.join(', ')}`);
    else if (production) problems.push('PASS_SWITCH_OFF is for switch-off test runs only, never in production');
    else switchedOff.add(name as Switchable);
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
    kafkaReplicationFactor,
    kafkaMinInsyncReplicas,
    outboxSweepMs: int('OUTBOX_SWEEP_MS', 2000, 50, 600_000),
    inboxRetentionDays: int('INBOX_RETENTION_DAYS', 30, 1, 3650),
    auditRetentionDays: int('AUDIT_RETENTION_DAYS', 730, 365, 36_500),
    retentionSweepMs: int('RETENTION_SWEEP_MS', 3_600_000, 100, 86_400_000),
    consumerRetryBaseMs: int('CONSUMER_RETRY_BASE_MS', 250, 10, 60_000),
    consumerRetryMaxMs: int('CONSUMER_RETRY_MAX_MS', 30_000, 100, 3_600_000),
    consumerRetryAlertAttempts: int('CONSUMER_RETRY_ALERT_ATTEMPTS', 20, 1, 100_000),
    // Brokers accept group.min.session.timeout.ms (6 s) to group.max.session.timeout.ms (30 min) by default.
    consumerSessionTimeoutMs: int('CONSUMER_SESSION_TIMEOUT_MS', 15_000, 1_000, 1_800_000),
    consumerSubBatchMaxMs: int('CONSUMER_SUB_BATCH_MAX_MS', 5_000, 100, 1_800_000),
    schemasDir: str('PASS_SCHEMAS_DIR', path.join(findRepoRoot(), 'schemas')),
    production,
    metricsToken: metricsToken || null,
    allowlist,
    auth: {
      issuer: str('AUTH_ISSUER', DEVELOPMENT_ISSUER),
      audience: str('AUTH_AUDIENCE', DEVELOPMENT_AUDIENCE),
      jwksUrl: jwksUrlRaw || null,
      jwksFile: production ? null : str('AUTH_JWKS_FILE', path.join(authDir, 'jwks.json')),
      hs256Secret: hs256 || null,
      internalSecret,
    },
    limits: {
      maxTokens: int('GRAPHQL_MAX_TOKENS', 5_000, 100, 1_000_000),
      maxCost: int('GRAPHQL_MAX_COST', 20_000, 100, 100_000_000),
      maxDepth: int('GRAPHQL_MAX_DEPTH', 12, 2, 100),
      maxFields: int('GRAPHQL_MAX_FIELDS', 500, 10, 100_000),
      maxBodyBytes: int('HTTP_MAX_BODY_BYTES', 1024 * 1024, 1024, 64 * 1024 * 1024),
      requestTimeoutMs: int('HTTP_REQUEST_TIMEOUT_MS', 30_000, 1_000, 600_000),
      ratePerMinute: int('RATE_LIMIT_PER_MINUTE', 6_000, 1, 10_000_000),
      rateBurst: int('RATE_LIMIT_BURST', 1_000, 1, 10_000_000),
    },
    entityCache: {
      maxEntries: int('GATEWAY_ENTITY_CACHE_MAX', 20_000, 0, 10_000_000),
      maxAgeMs: int('GATEWAY_ENTITY_CACHE_MAX_AGE_MS', 300_000, 1_000, 86_400_000),
      settleMs: int('GATEWAY_ENTITY_CACHE_SETTLE_MS', 2_000, 0, 600_000),
      types: str('GATEWAY_ENTITY_CACHE_TYPES', 'Facility,SubstituteDispatch,BudgetLine,BusinessPlanItem,Agency,District')
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    },
    tracing: {
      exporterUrl: exporterUrl || null,
      batchDelayMs: int('OTEL_BSP_SCHEDULE_DELAY', 5_000, 10, 600_000),
    },
    leases: {
      enabled: str('PASS_LEASES', 'on', /^(on|off)$/) === 'on',
      ttlMs: int('PASS_LEASE_TTL_MS', 10_000, 500, 600_000),
      graceMs: int('PASS_LEASE_GRACE_MS', 5_000, 0, 600_000),
      waitMs: int('PASS_LEASE_WAIT_MS', 30_000, 0, 600_000),
    },
    switchedOff,
  };
  if (config.consumerRetryMaxMs < config.consumerRetryBaseMs)
    problems.push(
      `CONSUMER_RETRY_MAX_MS=${config.consumerRetryMaxMs} must not be below CONSUMER_RETRY_BASE_MS=${config.consumerRetryBaseMs}`,
    );
  if (config.consumerSubBatchMaxMs >= config.consumerSessionTimeoutMs)
    problems.push(
      `CONSUMER_SUB_BATCH_MAX_MS=${config.consumerSubBatchMaxMs} must be below CONSUMER_SESSION_TIMEOUT_MS=${config.consumerSessionTimeoutMs}`,
    );
  // Its meaning is gone (transient failures are no longer dead-lettered after N attempts): say so rather than ignore it.
  if (env['CONSUMER_MAX_ATTEMPTS'])
    problems.push(
      'CONSUMER_MAX_ATTEMPTS was removed: transient handler failures are retried until they apply (CONSUMER_RETRY_BASE_MS, CONSUMER_RETRY_MAX_MS, CONSUMER_RETRY_ALERT_ATTEMPTS)',
    );
  if (!config.leases.enabled && production) problems.push('PASS_LEASES=off is for tests only: it drops the cross-process write guard');
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/**
 * The PII keyring (packages/platform/src/pii.ts) from `PII_KEYS`: comma-separated `id:base64`
 * entries of 32-byte keys, the first the current one (it encrypts), the rest older keys that
 * still decrypt until `npm run pii:rotate` has re-encrypted everything; `PII_HASH_KEY` (32 bytes,
 * base64, never rotated) keys lookup hashes, default the last key of `PII_KEYS` (set it explicitly
 * before a rotation: dropping the last key would otherwise change it). Unset, a fixed public
 * development key is used — refused when `production`. `CARE_PII_KEY` (32 bytes, base64) is the
 * legacy key of care-services' `v1:` ciphertexts from before the keyring: read-only, kept until
 * `npm run pii:rotate` has re-encrypted them (outside production its public development key is
 * the default). Every problem is listed at once.
 */
export function loadPiiKeyring(env: Env = process.env, production = !isDevelopment(env)): PiiKeyring {
  const problems: string[] = [];
  const key32 = (name: string, raw: string): Buffer | null => {
    const key = Buffer.from(raw, 'base64');
    if (key.length === 32 && key.toString('base64') === raw) return key;
    problems.push(`${name} must be exactly 32 bytes in standard base64 (e.g. \`openssl rand -base64 32\`)`);
    return null;
  };
  const raw = (env.PII_KEYS ?? '').trim();
  const hashRaw = (env.PII_HASH_KEY ?? '').trim();
  const legacyRaw = (env.CARE_PII_KEY ?? '').trim();
  const legacy = legacyRaw ? key32('CARE_PII_KEY', legacyRaw) : production ? undefined : LEGACY_CARE_DEVELOPMENT_KEY;
  if (legacy && production && legacy.equals(LEGACY_CARE_DEVELOPMENT_KEY)) problems.push('CARE_PII_KEY is the public development key');
  if (raw === '') {
    if (production) throw new ConfigError(['PII_KEYS is required in production (the development key protects nothing)', ...problems]);
    if (problems.length > 0 || legacy === null) throw new ConfigError(problems);
    return createPiiKeyring([{ id: 'dev', key: PII_DEVELOPMENT_KEY }], PII_DEVELOPMENT_KEY, true, legacy);
  }
  const masters: { id: string; key: Buffer }[] = [];
  for (const entry of raw.split(',').map((e) => e.trim())) {
    const at = entry.indexOf(':');
    const id = at > 0 ? entry.slice(0, at) : '';
    if (!/^[a-z0-9]{1,16}$/.test(id)) {
      problems.push(`PII_KEYS entry "${id || entry.slice(0, 8)}…" must be id:base64 with an id of 1–16 [a-z0-9]`);
      continue;
    }
    if (id === 'dev' && production) problems.push('PII_KEYS must not use the development key id "dev" in production');
    if (masters.some((m) => m.id === id)) problems.push(`PII_KEYS key id "${id}" appears twice`);
    const key = key32(`PII_KEYS key "${id}"`, entry.slice(at + 1));
    if (key && production && key.equals(PII_DEVELOPMENT_KEY)) problems.push(`PII_KEYS key "${id}" is the public development key`);
    if (key) masters.push({ id, key });
  }
  const hash = hashRaw ? key32('PII_HASH_KEY', hashRaw) : (masters[masters.length - 1]?.key ?? null);
  if (problems.length > 0 || !hash || legacy === null)
    throw new ConfigError(problems.length > 0 ? problems : ['PII_KEYS holds no valid key']);
  return createPiiKeyring(masters, hash, false, legacy);
}

/** Fixed and public so a fresh checkout starts without secrets; start-up warns, production refuses it. */
const PII_DEVELOPMENT_KEY = createHash('sha256').update('pass-graph development PII key (not secret)').digest();
/** care-services' development `CARE_PII_KEY` from before the keyring, so `v1:` data of a dev database stays readable. */
const LEGACY_CARE_DEVELOPMENT_KEY = createHash('sha256').update('pass-graph care-services development PII key (not secret)').digest();
