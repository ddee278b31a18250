/**
 * The embedded PostgreSQL under FerretDB (packages/stack/src/postgres.ts), on an instance of its own
 * beside the suite's: a document written through FerretDB survives a clean stop and a crash; after
 * the crash a postmaster.pid naming a live process of PostgreSQL's user that is not PostgreSQL (a reused pid) is removed
 * and PostgreSQL recovers from its WAL. Without the removal PostgreSQL refuses to start ("lock file
 * already exists"), so this test fails when that mechanism is switched off.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import mongoose from 'mongoose';
import { ferretDbInstance, startFerretDb, stopFerretDb } from '../packages/stack/src/ferretdb';
import { infraPorts } from '../packages/stack/src/infra-config';
import { logDir } from '../packages/stack/src/paths';
import { alive, runningPid } from '../packages/stack/src/proc';
import { asUser, dataDir, ensureRunAs, postgresReady, startPostgres, stopPostgres } from '../packages/stack/src/postgres';

const offset = infraPorts().portOffset;
const ferret = ferretDbInstance('postgresql', 27600 + offset, 15600 + offset, 'test-lifecycle');
if (ferret.storage.backend !== 'postgresql') throw new Error('expected the PostgreSQL backend');
const pg = ferret.storage.postgres;
const log = (): string => fs.readFileSync(path.join(logDir, `${pg.name}.log`), 'utf8');

async function readBack(id: string): Promise<unknown> {
  const conn = await mongoose.createConnection(`mongodb://127.0.0.1:${ferret.port}`, { serverSelectionTimeoutMS: 20_000 }).asPromise();
  try {
    const doc = await conn.db?.collection<{ _id: string }>('lifecycle').findOne({ _id: id });
    return doc?._id;
  } finally {
    await conn.close();
  }
}

/** After PostgreSQL restarts, FerretDB's first query may meet a pooled connection of the old server and fail once. */
async function readBackEventually(id: string): Promise<unknown> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      return await readBack(id);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 250)); // poll: read again until the deadline
    }
  }
}

async function write(id: string): Promise<void> {
  const conn = await mongoose.createConnection(`mongodb://127.0.0.1:${ferret.port}`, { serverSelectionTimeoutMS: 20_000 }).asPromise();
  try {
    await conn.db?.collection<{ _id: string }>('lifecycle').insertOne({ _id: id });
  } finally {
    await conn.close();
  }
}

/** The program a process runs (/proc/<pid>/comm), or null. */
function comm(pid: number | undefined): string | null {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return null;
  }
}

afterAll(async () => {
  await stopFerretDb('SIGTERM', ferret.name);
  await stopPostgres(pg);
});

describe('the embedded PostgreSQL under FerretDB', () => {
  const id = `doc-${Date.now()}`;

  it('keeps its data over a clean stop (SIGINT: fast shutdown) and a start on the same data directory', async () => {
    await startFerretDb(() => undefined, ferret);
    expect(await postgresReady(pg)).toBe(true);
    await write(id);
    await stopFerretDb('SIGTERM', ferret.name);
    expect(await stopPostgres(pg)).toBe(true);
    expect(log()).toContain('database system is shut down');
    expect(fs.existsSync(path.join(dataDir(pg), 'postmaster.pid'))).toBe(false);
    await startFerretDb(() => undefined, ferret);
    expect(await readBack(id)).toBe(id);
  });

  it('restarts after a crash whose postmaster.pid names a live process of its user that is not PostgreSQL', async () => {
    const late = `${id}-late`;
    await write(late);
    // A crash: the postmaster and every child killed at once, nothing flushed or cleaned up.
    const pid = runningPid(pg.name);
    if (pid === null) throw new Error('PostgreSQL is not running');
    process.kill(-pid, 'SIGKILL');
    while (alive(pid)) await new Promise((r) => setTimeout(r, 50)); // poll: until the killed postmaster is gone
    const pidFile = path.join(dataDir(pg), 'postmaster.pid');
    const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
    // The pid reused by another program of PostgreSQL's user (PostgreSQL itself ignores a pid that is gone
    // or belongs to another user, but refuses to start over one of its own user's live processes).
    const [cmd, args] = asUser(ensureRunAs(), 'sleep', ['120']);
    const other = spawn(cmd, args, { stdio: 'ignore' });
    try {
      // The fact, not a pause: the spawned program runs (as PostgreSQL's user, setpriv has exec'd `sleep`).
      const deadline = Date.now() + 10_000;
      while (comm(other.pid) !== 'sleep') {
        if (Date.now() > deadline) throw new Error(`the stand-in process ${other.pid} did not start`);
        await new Promise((r) => setTimeout(r, 20)); // poll: until it runs or the deadline
      }
      fs.writeFileSync(pidFile, [String(other.pid), ...lines.slice(1)].join('\n'));
      const messages: string[] = [];
      expect(await startPostgres((l) => messages.push(l), pg)).toBe(true);
      expect(messages.join('\n')).toContain(`removing the stale postmaster.pid of pid ${other.pid}`);
    } finally {
      other.kill('SIGKILL');
    }
    expect(log()).toContain('database system was not properly shut down; automatic recovery in progress');
    // FerretDB kept running and reconnects to the restarted PostgreSQL; the write just before the crash is there.
    expect(await readBackEventually(id)).toBe(id);
    expect(await readBackEventually(late)).toBe(late);
  });
});
