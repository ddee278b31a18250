import path from 'node:path';
import { infraDir } from './paths';
import { asUser, dataDir, initdbArgs, parsePostmasterPid, postgresArgs, postgresBase, postgresInstance, postgresUrl } from './postgres';

describe('the embedded PostgreSQL', () => {
  const main = postgresInstance(18432);

  it('keeps each instance in a stable directory of its checkout (a second start finds its data)', () => {
    const base = postgresBase();
    expect(main).toEqual({ name: 'postgres', home: path.join(base, 'main'), port: 18432 });
    expect(dataDir(main)).toBe(path.join(base, 'main', 'data'));
    expect(postgresInstance(15433, 'bench-postgres').home).toBe(path.join(base, 'bench-postgres'));
  });

  it('as root, outside the checkout, where pass-postgres can reach it whatever the checkout folder allows', () => {
    expect(postgresBase('/home/u/repo', false)).toBe(path.join('/home/u/repo', '.infra', 'postgres'));
    const asRoot = postgresBase('/tmp/tmp.Ab12/repo', true);
    expect(asRoot).toMatch(/^\/var\/lib\/pass-graph\/[0-9a-f]{12}\/postgres$/);
    expect(postgresBase('/tmp/tmp.Ab12/repo', true)).toBe(asRoot); // the same checkout finds its data again
    expect(postgresBase('/tmp/tmp.Cd34/repo', true)).not.toBe(asRoot); // another checkout has its own
    expect(infraDir.startsWith('/')).toBe(true);
  });

  it('initdb: superuser postgres with trust authentication, UTF-8, no locale dependence', () => {
    expect(initdbArgs('/d')).toEqual(['-D', '/d', '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-instructions']);
  });

  it('the server listens on loopback only, its socket in its own directory', () => {
    const args = postgresArgs(main);
    expect(args.slice(0, 4)).toEqual(['-D', dataDir(main), '-p', '18432']);
    expect(args).toContain('listen_addresses=127.0.0.1');
    expect(args).toContain(`unix_socket_directories=${path.join(main.home, 'sock')}`);
    expect(postgresUrl(18432)).toBe('postgres://postgres@127.0.0.1:18432/postgres');
  });

  it('runs as the unprivileged user through setpriv when root, else unchanged', () => {
    expect(asUser(null, '/bin/initdb', ['-D', '/d'])).toEqual(['/bin/initdb', ['-D', '/d']]);
    expect(asUser({ user: 'pass-postgres', uid: 998, gid: 997 }, '/bin/postgres', ['-D', '/d'])).toEqual([
      'setpriv',
      ['--reuid=998', '--regid=997', '--clear-groups', '--', '/bin/postgres', '-D', '/d'],
    ]);
  });

  it('reads the pid and status from postmaster.pid; anything else is not a pid file', () => {
    const file = ['16203', '/d', '1765000000', '18432', '/sock', '127.0.0.1', '  1234   5678', 'ready   ', ''].join('\n');
    expect(parsePostmasterPid(file)).toEqual({ pid: 16203, status: 'ready' });
    expect(parsePostmasterPid(['16203', '/d', '1', '18432', '/sock', '127.0.0.1', '1 2', 'starting'].join('\n'))?.status).toBe('starting');
    expect(parsePostmasterPid('')).toBeNull();
    expect(parsePostmasterPid('garbage\n')).toBeNull();
  });
});
