/**
 * FerretDB v1.24.0 (MongoDB wire protocol), built from the Go module proxy by the small module in
 * `infra/ferretdb/` and cached in `.infra/ferretdb/`, at 127.0.0.1:27017 (+ PASS_INFRA_PORT_OFFSET).
 * Its storage is PASS_DB_BACKEND: `postgresql` (default; the embedded PostgreSQL of postgres.ts) or
 * `sqlite` (a directory of SQLite files, `.infra/ferretdb/data/`).
 */
import fs from 'node:fs';
import path from 'node:path';
import mongoose from 'mongoose';
import type { DbBackend } from './infra-config';
import { infraConfig } from './infra-config';
import { infraDir, repoRoot, runDir } from './paths';
import { postgresInstance, postgresUrl, startPostgres, type PostgresInstance } from './postgres';
import { portOpen, run, runningPid, spawnDaemon, stopDaemon, waitFor } from './proc';

type Say = (line: string) => void;

const ferretHome = path.join(infraDir, 'ferretdb');
const ferretBin = path.join(ferretHome, 'ferretdb');
export const SQLITE_DIR = path.join(ferretHome, 'data');

export type FerretStorage = { backend: 'sqlite'; dir: string } | { backend: 'postgresql'; postgres: PostgresInstance };

export interface FerretDbInstance {
  /** Pid file and log name. */
  name: string;
  port: number;
  storage: FerretStorage;
}

/** The wrapper's arguments (infra/ferretdb/main.go): `-postgresql-url` selects the PostgreSQL backend. */
export function ferretDbArgs(i: FerretDbInstance): string[] {
  const listen = ['--listen-addr', `127.0.0.1:${i.port}`];
  return i.storage.backend === 'postgresql'
    ? [...listen, '--postgresql-url', postgresUrl(i.storage.postgres.port)]
    : [...listen, '--sqlite-dir', i.storage.dir];
}

/**
 * A local FerretDB for a backend: on an embedded PostgreSQL at `postgresPort` (instance `postgres`
 * for the default FerretDB, `<name>-postgres` for another), or on SQLite files in `sqliteDir`.
 */
export function ferretDbInstance(
  backend: DbBackend,
  port: number,
  postgresPort: number,
  name = 'ferretdb',
  sqliteDir = SQLITE_DIR,
): FerretDbInstance {
  const storage: FerretStorage =
    backend === 'postgresql'
      ? { backend, postgres: postgresInstance(postgresPort, name === 'ferretdb' ? 'postgres' : `${name}-postgres`) }
      : { backend, dir: sqliteDir };
  return { name, port, storage };
}

/** The default instance from PASS_DB_BACKEND and PASS_INFRA_PORT_OFFSET. */
export function defaultFerretDb(env: NodeJS.ProcessEnv = process.env): FerretDbInstance {
  const config = infraConfig(env);
  return ferretDbInstance(config.dbBackend, config.mongoPort, config.postgresPort);
}

export async function provisionFerretDb(say: Say): Promise<void> {
  const src = path.join(repoRoot, 'infra', 'ferretdb');
  const stamp = ['go.mod', 'go.sum', 'main.go'].map((f) => fs.readFileSync(path.join(src, f), 'utf8')).join('\0');
  const marker = path.join(ferretHome, '.complete');
  if (fs.existsSync(ferretBin) && fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === stamp) return;
  say('building FerretDB from the Go module proxy (first run only, ~2 min)…');
  const t = Date.now();
  fs.mkdirSync(ferretHome, { recursive: true });
  await run('go', ['build', '-o', ferretBin, '.'], { cwd: src, quiet: true, env: { ...process.env, CGO_ENABLED: '0' } });
  fs.writeFileSync(marker, stamp);
  say(`  FerretDB built in ${((Date.now() - t) / 1000).toFixed(1)}s`);
}

export async function mongoReady(uri = `mongodb://127.0.0.1:${defaultFerretDb().port}`): Promise<boolean> {
  const conn = mongoose.createConnection(uri, { serverSelectionTimeoutMS: 1_000 });
  try {
    await conn.asPromise();
    await conn.db?.admin().ping();
    return true;
  } catch {
    return false;
  } finally {
    await conn.close().catch(() => undefined);
  }
}

/** The backend a running FerretDB of ours was started with (written beside its pid file). */
const backendFile = (name: string): string => path.join(runDir, `${name}.backend`);
export function runningBackend(name = 'ferretdb'): DbBackend | null {
  if (runningPid(name) === null) return null;
  try {
    const backend = fs.readFileSync(backendFile(name), 'utf8').trim();
    return backend === 'postgresql' || backend === 'sqlite' ? backend : null;
  } catch {
    return 'sqlite'; // started before backends were recorded: the old default
  }
}

/**
 * Starts FerretDB (and, for the PostgreSQL backend, the embedded PostgreSQL first) unless it runs;
 * returns whether this call started FerretDB. A FerretDB of ours running on the other backend is an
 * error: the data would silently be another database's.
 */
export async function startFerretDb(say: Say, i: FerretDbInstance = defaultFerretDb()): Promise<boolean> {
  const uri = `mongodb://127.0.0.1:${i.port}`;
  if (runningPid(i.name) !== null) {
    const backend = runningBackend(i.name);
    if (backend !== i.storage.backend) {
      throw new Error(
        `FerretDB is running on ${backend ?? 'an unknown backend'}, not ${i.storage.backend}: \`npm run infra -- down\` first`,
      );
    }
    await waitFor('FerretDB', () => mongoReady(uri), 30_000);
    return false;
  }
  if (await portOpen(i.port)) {
    if (await mongoReady(uri)) {
      say(`using the MongoDB-protocol server already on 127.0.0.1:${i.port}`);
      return false;
    }
    throw new Error(`port ${i.port} is taken by something that does not speak the MongoDB protocol`);
  }
  await provisionFerretDb(say);
  if (i.storage.backend === 'postgresql') {
    await startPostgres(say, i.storage.postgres);
  } else {
    fs.mkdirSync(i.storage.dir, { recursive: true });
  }
  const t = Date.now();
  spawnDaemon(i.name, ferretBin, ferretDbArgs(i));
  fs.writeFileSync(backendFile(i.name), i.storage.backend);
  await waitFor('FerretDB', () => mongoReady(uri), 30_000);
  const label = i.storage.backend === 'postgresql' ? 'PostgreSQL' : 'SQLite';
  say(`FerretDB 1.24.0 (${label}) ready on 127.0.0.1:${i.port} (${((Date.now() - t) / 1000).toFixed(1)}s)`);
  return true;
}

export const stopFerretDb = (signal: NodeJS.Signals = 'SIGTERM', name = 'ferretdb'): Promise<boolean> => stopDaemon(name, 10_000, signal);
