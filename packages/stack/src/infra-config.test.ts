import { infraConfig, infraPorts, readInfraConfig } from './infra-config';

describe('infrastructure settings from the environment', () => {
  it('defaults to FerretDB on PostgreSQL at the usual ports', () => {
    expect(readInfraConfig({})).toEqual({
      ok: true,
      config: { portOffset: 0, dbBackend: 'postgresql', kafkaPort: 9092, kafkaControllerPort: 9093, mongoPort: 27017, postgresPort: 15432 },
    });
  });

  it('PASS_DB_BACKEND=sqlite keeps the SQLite backend; PASS_INFRA_PORT_OFFSET shifts every port', () => {
    expect(infraConfig({ PASS_DB_BACKEND: 'sqlite', PASS_INFRA_PORT_OFFSET: '3000' })).toEqual({
      portOffset: 3000,
      dbBackend: 'sqlite',
      kafkaPort: 12092,
      kafkaControllerPort: 12093,
      mongoPort: 30017,
      postgresPort: 18432,
    });
  });

  it('refuses an unknown backend or a bad offset, naming each variable', () => {
    expect(readInfraConfig({ PASS_DB_BACKEND: 'postgres', PASS_INFRA_PORT_OFFSET: '-1' })).toEqual({
      ok: false,
      problems: [
        'PASS_INFRA_PORT_OFFSET must be an integer from 0 to 30000, got "-1"',
        'PASS_DB_BACKEND must be one of postgresql, sqlite, got "postgres"',
      ],
    });
    expect(readInfraConfig({ PASS_INFRA_PORT_OFFSET: '100.5' })).toMatchObject({ ok: false });
    expect(readInfraConfig({ PASS_INFRA_PORT_OFFSET: 'abc' })).toMatchObject({ ok: false });
    expect(() => infraConfig({ PASS_DB_BACKEND: 'SQLite' })).toThrow('PASS_DB_BACKEND must be one of postgresql, sqlite, got "SQLite"');
  });

  it('gives the ports alone even when the backend is invalid (importing the Kafka settings must not fail)', () => {
    expect(infraPorts({ PASS_DB_BACKEND: 'mysql', PASS_INFRA_PORT_OFFSET: '100' }).kafkaPort).toBe(9192);
  });
});
