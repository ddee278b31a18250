import { ConfigError, isDevelopment, loadConfig } from './config';

const secret = 'i'.repeat(40);
/** What a production deployment must set besides secrets: a real identity provider. */
const PROVIDER = { AUTH_JWKS_URL: 'https://idp.example/jwks.json', AUTH_ISSUER: 'https://idp.example/', AUTH_AUDIENCE: 'pass-graph-prod' };
const DEV = { NODE_ENV: 'development' };

describe('production mode refuses development settings', () => {
  it('refuses an HS256 secret in production and accepts it in development', () => {
    const env = { PASS_INTERNAL_SECRET: secret, AUTH_HS256_SECRET: 'h'.repeat(40) };
    expect(loadConfig({ ...env, ...DEV }).auth.hs256Secret).toBe('h'.repeat(40));
    expect(() => loadConfig({ ...env, ...PROVIDER, NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...env, ...PROVIDER, NODE_ENV: 'production' })).toThrow(/AUTH_HS256_SECRET is for development only/);
  });

  it('requires PASS_INTERNAL_SECRET in production (no local key file fallback)', () => {
    expect(() => loadConfig({ ...PROVIDER, NODE_ENV: 'production' })).toThrow(/PASS_INTERNAL_SECRET is required/);
    expect(loadConfig({ ...PROVIDER, NODE_ENV: 'production', PASS_INTERNAL_SECRET: secret }).production).toBe(true);
  });

  it('treats only development (and jest’s test) as development: unset, prod, staging or a typo are production', () => {
    for (const NODE_ENV of [undefined, '', 'prod', 'staging', 'Production', 'developement'])
      expect({ NODE_ENV, production: loadConfig({ ...PROVIDER, NODE_ENV, PASS_INTERNAL_SECRET: secret }).production }).toEqual({
        NODE_ENV,
        production: true,
      });
    expect(isDevelopment({ NODE_ENV: 'development' })).toBe(true);
    expect(isDevelopment({ NODE_ENV: 'test' })).toBe(true);
    expect(() => loadConfig({ NODE_ENV: 'staging', AUTH_HS256_SECRET: 'h'.repeat(40), PASS_INTERNAL_SECRET: secret })).toThrow(
      /AUTH_HS256_SECRET is for development only/,
    );
  });

  it('refuses the JWKS file fallback, a plain-http JWKS URL and the default issuer/audience in production', () => {
    const base = { NODE_ENV: 'production', PASS_INTERNAL_SECRET: secret };
    expect(() => loadConfig({ ...base, AUTH_ISSUER: PROVIDER.AUTH_ISSUER, AUTH_AUDIENCE: PROVIDER.AUTH_AUDIENCE })).toThrow(
      /AUTH_JWKS_URL is required in production/,
    );
    expect(() => loadConfig({ ...base, ...PROVIDER, AUTH_JWKS_URL: 'http://idp.example/jwks.json' })).toThrow(
      /must be https in production/,
    );
    expect(() => loadConfig({ ...base, AUTH_JWKS_URL: PROVIDER.AUTH_JWKS_URL })).toThrow(/AUTH_ISSUER must be set in production/);
    expect(() => loadConfig({ ...base, AUTH_JWKS_URL: PROVIDER.AUTH_JWKS_URL, AUTH_ISSUER: PROVIDER.AUTH_ISSUER })).toThrow(
      /AUTH_AUDIENCE must be set in production/,
    );
    const prod = loadConfig({ ...base, ...PROVIDER, AUTH_JWKS_FILE: '/tmp/jwks.json' });
    expect(prod.auth.jwksFile).toBeNull();
    expect(loadConfig({ ...DEV, PASS_INTERNAL_SECRET: secret, AUTH_JWKS_FILE: '/tmp/jwks.json' }).auth.jwksFile).toBe('/tmp/jwks.json');
  });
});

describe('KAFKA_REPLICATION_FACTOR', () => {
  it('is the broker default (null) when unset, a number from 1 to 16 when set, refused otherwise', () => {
    const env = { ...DEV, PASS_INTERNAL_SECRET: secret };
    expect(loadConfig(env).kafkaReplicationFactor).toBeNull();
    expect(loadConfig({ ...env, KAFKA_REPLICATION_FACTOR: '3' }).kafkaReplicationFactor).toBe(3);
    expect(() => loadConfig({ ...env, KAFKA_REPLICATION_FACTOR: '0' })).toThrow(
      /KAFKA_REPLICATION_FACTOR="0" must be an integer from 1 to 16/,
    );
  });
});

describe('PASS_SWITCH_OFF', () => {
  it('switches off known mechanisms outside production only, and names unknown ones', () => {
    const env = { ...DEV, PASS_INTERNAL_SECRET: secret };
    expect([...loadConfig(env).switchedOff]).toEqual([]);
    expect([...loadConfig({ ...env, PASS_SWITCH_OFF: ' inbox ' }).switchedOff]).toEqual(['inbox']);
    expect(() => loadConfig({ ...env, PASS_SWITCH_OFF: 'inbox,lease' })).toThrow(/PASS_SWITCH_OFF entry "lease" must be one of inbox/);
    expect(() => loadConfig({ ...PROVIDER, NODE_ENV: 'production', PASS_INTERNAL_SECRET: secret, PASS_SWITCH_OFF: 'inbox' })).toThrow(
      /PASS_SWITCH_OFF is for switch-off test runs only/,
    );
  });
});

describe('consumer retry settings', () => {
  const env = { ...DEV, PASS_INTERNAL_SECRET: secret };

  it('default to 250 ms doubling up to 30 s, an error log every 20 attempts', () => {
    const c = loadConfig(env);
    expect([c.consumerRetryBaseMs, c.consumerRetryMaxMs, c.consumerRetryAlertAttempts]).toEqual([250, 30_000, 20]);
  });

  it('refuse a cap below the first delay, and the removed CONSUMER_MAX_ATTEMPTS', () => {
    expect(() => loadConfig({ ...env, CONSUMER_RETRY_BASE_MS: '5000', CONSUMER_RETRY_MAX_MS: '1000' })).toThrow(
      /CONSUMER_RETRY_MAX_MS=1000 must not be below CONSUMER_RETRY_BASE_MS=5000/,
    );
    expect(() => loadConfig({ ...env, CONSUMER_MAX_ATTEMPTS: '3' })).toThrow(/CONSUMER_MAX_ATTEMPTS was removed/);
  });
});

describe('consumer session timeout', () => {
  const env = { ...DEV, PASS_INTERNAL_SECRET: secret };

  it('defaults to 15 s, takes the broker minimum of 6 s, refuses less than 1 s', () => {
    expect(loadConfig(env).consumerSessionTimeoutMs).toBe(15_000);
    expect(loadConfig({ ...env, CONSUMER_SESSION_TIMEOUT_MS: '6000' }).consumerSessionTimeoutMs).toBe(6_000);
    expect(() => loadConfig({ ...env, CONSUMER_SESSION_TIMEOUT_MS: '500' })).toThrow(
      /CONSUMER_SESSION_TIMEOUT_MS="500" must be an integer/,
    );
  });
});

describe('CONSUMER_SUB_BATCH_MAX_MS', () => {
  const env = { ...DEV, PASS_INTERNAL_SECRET: secret };

  it('defaults to 5 s and must stay below the session timeout', () => {
    expect(loadConfig(env).consumerSubBatchMaxMs).toBe(5_000);
    expect(loadConfig({ ...env, CONSUMER_SESSION_TIMEOUT_MS: '6000', CONSUMER_SUB_BATCH_MAX_MS: '3000' }).consumerSubBatchMaxMs).toBe(
      3_000,
    );
    expect(() => loadConfig({ ...env, CONSUMER_SESSION_TIMEOUT_MS: '6000', CONSUMER_SUB_BATCH_MAX_MS: '6000' })).toThrow(
      /CONSUMER_SUB_BATCH_MAX_MS=6000 must be below CONSUMER_SESSION_TIMEOUT_MS=6000/,
    );
    expect(() => loadConfig({ ...env, CONSUMER_SESSION_TIMEOUT_MS: '5000' })).toThrow(/CONSUMER_SUB_BATCH_MAX_MS=5000 must be below/);
  });
});

describe('KAFKA_MIN_INSYNC_REPLICAS', () => {
  it('is the broker default (null) when unset, a number from 1 to 16 not above the replication factor when set', () => {
    const env = { ...DEV, PASS_INTERNAL_SECRET: secret };
    expect(loadConfig(env).kafkaMinInsyncReplicas).toBeNull();
    expect(loadConfig({ ...env, KAFKA_MIN_INSYNC_REPLICAS: '2' }).kafkaMinInsyncReplicas).toBe(2);
    expect(loadConfig({ ...env, KAFKA_REPLICATION_FACTOR: '3', KAFKA_MIN_INSYNC_REPLICAS: '2' }).kafkaMinInsyncReplicas).toBe(2);
    expect(() => loadConfig({ ...env, KAFKA_MIN_INSYNC_REPLICAS: 'two' })).toThrow(
      /KAFKA_MIN_INSYNC_REPLICAS="two" must be an integer from 1 to 16/,
    );
    expect(() => loadConfig({ ...env, KAFKA_REPLICATION_FACTOR: '1', KAFKA_MIN_INSYNC_REPLICAS: '2' })).toThrow(
      /KAFKA_MIN_INSYNC_REPLICAS=2 must not exceed KAFKA_REPLICATION_FACTOR=1/,
    );
  });
});
