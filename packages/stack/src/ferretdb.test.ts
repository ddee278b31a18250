import { defaultFerretDb, ferretDbArgs, ferretDbInstance, SQLITE_DIR } from './ferretdb';
import { postgresInstance } from './postgres';

describe('the local FerretDB', () => {
  it('runs on the embedded PostgreSQL by default, at the shifted ports', () => {
    const ferret = defaultFerretDb({ PASS_INFRA_PORT_OFFSET: '3000' });
    expect(ferret).toEqual({ name: 'ferretdb', port: 30017, storage: { backend: 'postgresql', postgres: postgresInstance(18432) } });
    expect(ferretDbArgs(ferret)).toEqual([
      '--listen-addr',
      '127.0.0.1:30017',
      '--postgresql-url',
      'postgres://postgres@127.0.0.1:18432/postgres',
    ]);
  });

  it('PASS_DB_BACKEND=sqlite keeps the SQLite files in .infra/ferretdb/data', () => {
    const ferret = defaultFerretDb({ PASS_DB_BACKEND: 'sqlite' });
    expect(ferretDbArgs(ferret)).toEqual(['--listen-addr', '127.0.0.1:27017', '--sqlite-dir', SQLITE_DIR]);
  });

  it('a second FerretDB (the storage benchmark) gets a PostgreSQL instance of its own', () => {
    const bench = ferretDbInstance('postgresql', 27400, 15800, 'bench-pg');
    expect(bench.storage).toEqual({ backend: 'postgresql', postgres: postgresInstance(15800, 'bench-pg-postgres') });
    expect(ferretDbInstance('sqlite', 27401, 15801, 'bench-sqlite', '/tmp/x').storage).toEqual({ backend: 'sqlite', dir: '/tmp/x' });
  });

  it('refuses an invalid PASS_DB_BACKEND instead of guessing', () => {
    expect(() => defaultFerretDb({ PASS_DB_BACKEND: 'pg' })).toThrow('PASS_DB_BACKEND');
  });
});
