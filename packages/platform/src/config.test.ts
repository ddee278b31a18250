import { ConfigError, loadConfig } from './config';

const secret = 'i'.repeat(40);

describe('production mode refuses development settings', () => {
  it('refuses an HS256 secret with NODE_ENV=production and accepts it in development', () => {
    const env = { PASS_INTERNAL_SECRET: secret, AUTH_HS256_SECRET: 'h'.repeat(40) };
    expect(loadConfig(env).auth.hs256Secret).toBe('h'.repeat(40));
    expect(() => loadConfig({ ...env, NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...env, NODE_ENV: 'production' })).toThrow(/AUTH_HS256_SECRET is for development only/);
  });

  it('requires PASS_INTERNAL_SECRET in production (no local key file fallback)', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/PASS_INTERNAL_SECRET is required/);
    expect(loadConfig({ NODE_ENV: 'production', PASS_INTERNAL_SECRET: secret }).production).toBe(true);
  });
});

describe('KAFKA_REPLICATION_FACTOR', () => {
  it('is the broker default (null) when unset, a number from 1 to 16 when set, refused otherwise', () => {
    const env = { PASS_INTERNAL_SECRET: secret };
    expect(loadConfig(env).kafkaReplicationFactor).toBeNull();
    expect(loadConfig({ ...env, KAFKA_REPLICATION_FACTOR: '3' }).kafkaReplicationFactor).toBe(3);
    expect(() => loadConfig({ ...env, KAFKA_REPLICATION_FACTOR: '0' })).toThrow(/KAFKA_REPLICATION_FACTOR="0" must be an integer from 1 to 16/);
  });
});
