/**
 * Cross-process leases, built on the one write FerretDB v1 makes atomic: an insert that a unique
 * `_id` refuses (code 11000). Updates are not atomic there (100 concurrent `$inc` on one document
 * leave 5), so no step below relies on a conditional update.
 *
 * Two collections in the service's own database:
 * - `_leases`      `{ _id: key, token, owner, expiresAt }`: the one live holder of `key`.
 * - `_lease_ends`  `{ _id: "<key>~<token>", at }`: the end of the lease `token`. Whoever inserts it
 *   first decides how that lease ends — its holder (about to write, or releasing) or a taker (the
 *   lease expired). Exactly one of them succeeds.
 *
 * acquire   insert `_leases {_id: key}`. Refused: read the holder. Live: wait and retry. Expired:
 *           insert its end marker; won → the record is that dead holder's (nobody else may touch it):
 *           delete it and retry the insert. Lost → the holder had committed: it is still writing, so
 *           wait until it is `grace` past its expiry, then clear it (a holder that died mid-write).
 * commit    before the first write made under the lease (a mongoose hook, or `beforeWrite()` for raw
 *           driver writes): insert the own end marker. Refused → the lease was taken over while this
 *           holder was paused: its write is refused (`LeaseLostError`), nothing is written.
 * release   committed: delete the own record; else insert the end marker first (refused → taken over,
 *           nothing to delete).
 * renew     every ttl/3 while the holder works: `expiresAt` moves on. A holder whose local deadline has
 *           passed (minus a margin) refuses its own writes instead of racing a taker.
 *
 * The stale-holder window that remains is a write already sent when the holder's lease ends and
 * landing after a taker has written: bounded by `grace` (the taker waits it out for committed
 * holders). On MongoDB the same code runs; there single-document updates are atomic anyway.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Connection } from 'mongoose';
import { DomainError } from './errors';
import { metrics } from './metrics';

export interface LeaseSettings {
  /** Off only in tests that prove what the guard prevents (`PASS_LEASES=off`): in-process locks remain. */
  enabled: boolean;
  /** How long a lease lives without renewal; a crashed holder blocks its key for about this long. */
  ttlMs: number;
  /** How long past its expiry a holder that had started writing is waited for. */
  graceMs: number;
  /** How long `acquire` waits for a busy key before answering SERVICE_UNAVAILABLE. */
  waitMs: number;
  /** Renewal stops after this long: a holder stuck for good lets its key go. */
  maxHoldMs: number;
}

const settings: LeaseSettings = { enabled: true, ttlMs: 10_000, graceMs: 5_000, waitMs: 30_000, maxHoldMs: 120_000 };

export function configureLeases(next: Partial<LeaseSettings>): void {
  Object.assign(settings, next);
}

export const leaseSettings = (): Readonly<LeaseSettings> => settings;

/** The holder's lease ended before it wrote (taken over, or its deadline passed): nothing was written. */
export class LeaseLostError extends DomainError {
  constructor(key: string, why: 'deadline' | 'taken_over') {
    super('SERVICE_UNAVAILABLE', 'the record is being changed by another process, try again shortly', { reason: 'LEASE_LOST', key, why });
    this.name = 'LeaseLostError';
  }
}

export const isLeaseBusy = (error: unknown): boolean =>
  error instanceof DomainError && (error.extensions as { reason?: unknown }).reason === 'LEASE_BUSY';

const busy = (key: string): DomainError =>
  new DomainError('SERVICE_UNAVAILABLE', 'the record is busy, try again shortly', { reason: 'LEASE_BUSY', key });

const owner = `${hostname()}:${process.pid}`;
const newToken = (): string => randomBytes(9).toString('base64url');
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const isDuplicate = (error: unknown): boolean => (error as { code?: unknown }).code === 11000;

interface LeaseRecord {
  _id: string;
  token: string;
  owner: string;
  expiresAt: Date;
}
interface EndRecord {
  _id: string;
  at: Date;
}

const countOp = (n = 1): void => metrics.inc('db_operations_total', 'Database operations issued', { scope: 'lease' }, n);

class Lease {
  committed = false;
  /** Writes that outlive the section (fire and forget) are no longer under this lease. */
  released = false;
  private deadline: number;
  private readonly acquiredAt = Date.now();
  private renewing: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Connection,
    readonly key: string,
    readonly token: string,
  ) {
    this.deadline = Date.now() + settings.ttlMs;
  }

  private leases() {
    return this.db.collection<LeaseRecord>('_leases');
  }
  private ends() {
    return this.db.collection<EndRecord>('_lease_ends');
  }

  startRenewing(): void {
    const every = Math.max(50, Math.floor(settings.ttlMs / 3));
    this.renewing = setInterval(() => void this.renew(), every);
    this.renewing.unref();
  }

  private async renew(): Promise<void> {
    // Past the margin a renewal could race a taker: let the lease lapse; the writes check the deadline.
    if (Date.now() > this.deadline - settings.ttlMs / 3 || Date.now() - this.acquiredAt > settings.maxHoldMs) return;
    const sent = Date.now();
    try {
      await this.leases().updateOne({ _id: this.key, token: this.token }, { $set: { expiresAt: new Date(sent + settings.ttlMs) } });
      countOp();
      this.deadline = sent + settings.ttlMs;
    } catch {
      // The next tick tries again; a lapsed lease refuses its writes.
    }
  }

  private committing: Promise<void> | null = null;

  /** Before the first write under this lease: claim its end, so no taker can take it over any more. */
  commit(): Promise<void> {
    if (this.committed || this.released) return Promise.resolve();
    // Writes made side by side under one lease share one commit.
    this.committing ??= this.claimEnd().finally(() => (this.committing = null));
    return this.committing;
  }

  private async claimEnd(): Promise<void> {
    if (Date.now() > this.deadline - settings.ttlMs / 10) {
      metrics.inc('leases_lost_total', 'Leases that ended before their holder wrote', { reason: 'deadline' });
      throw new LeaseLostError(this.key, 'deadline');
    }
    try {
      await this.ends().insertOne({ _id: `${this.key}~${this.token}`, at: new Date() });
      countOp();
    } catch (error) {
      if (!isDuplicate(error)) throw error;
      metrics.inc('leases_lost_total', 'Leases that ended before their holder wrote', { reason: 'taken_over' });
      throw new LeaseLostError(this.key, 'taken_over');
    }
    this.committed = true;
  }

  async release(): Promise<void> {
    this.released = true;
    if (this.renewing) clearInterval(this.renewing);
    if (this.committing) await this.committing.catch(() => undefined);
    if (!this.committed) {
      try {
        await this.ends().insertOne({ _id: `${this.key}~${this.token}`, at: new Date() });
        countOp();
      } catch (error) {
        if (isDuplicate(error)) return; // taken over while reading: the record is the taker's now
        throw error;
      }
    }
    await this.leases().deleteOne({ _id: this.key, token: this.token });
    countOp();
  }
}

/** Takes `key` in `db` for this process, waiting while another holds it. */
async function acquire(db: Connection, key: string, waitMs: number): Promise<Lease> {
  const leases = db.collection<LeaseRecord>('_leases');
  const ends = db.collection<EndRecord>('_lease_ends');
  const giveUpAt = Date.now() + waitMs;
  for (let attempt = 0; ; attempt++) {
    const token = newToken();
    try {
      await leases.insertOne({ _id: key, token, owner, expiresAt: new Date(Date.now() + settings.ttlMs) });
      countOp();
      if (attempt > 0) metrics.inc('lease_waits_total', 'Lease acquisitions that had to wait');
      return new Lease(db, key, token);
    } catch (error) {
      countOp();
      if (!isDuplicate(error)) throw error;
    }
    const holder = await leases.findOne({ _id: key });
    countOp();
    if (holder && holder.expiresAt.getTime() < Date.now()) {
      try {
        await ends.insertOne({ _id: `${key}~${holder.token}`, at: new Date() });
        countOp();
        // Ours to end: nobody else can remove that holder's record now.
        await leases.deleteOne({ _id: key });
        countOp();
        metrics.inc('leases_taken_over_total', 'Expired leases taken over', { state: 'uncommitted' });
        continue;
      } catch (error) {
        if (!isDuplicate(error)) throw error;
        // It had committed (or released just now): it may still be writing. Wait out the grace.
        if (holder.expiresAt.getTime() + settings.graceMs < Date.now()) {
          await leases.deleteOne({ _id: key, token: holder.token });
          countOp();
          metrics.inc('leases_taken_over_total', 'Expired leases taken over', { state: 'committed' });
          continue;
        }
      }
    }
    if (Date.now() > giveUpAt) throw busy(key);
    await sleep(Math.min(100, 5 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random()));
  }
}

/** The leases held by the running code, innermost last. */
const held = new AsyncLocalStorage<Lease[]>();

/**
 * Runs `fn` holding the cross-process lease `key` in `db`. Callers within one process should queue
 * first (`withDocument` does), so one process contends for a key at most once at a time.
 */
export async function withLease<T>(db: Connection, key: string, fn: () => Promise<T>, waitMs = settings.waitMs): Promise<T> {
  if (!settings.enabled) return fn();
  const lease = await acquire(db, key, waitMs);
  lease.startRenewing();
  try {
    return await held.run([...(held.getStore() ?? []), lease], fn);
  } finally {
    await lease.release().catch(() => {
      metrics.inc('lease_release_failures_total', 'Lease releases that failed (the lease expires instead)');
    });
  }
}

/**
 * Call before a write made under leases: commits every lease held, or throws `LeaseLostError` and the
 * write must not happen. Mongoose writes do it by themselves (the hook in db.ts); raw driver writes call it.
 */
export async function beforeWrite(): Promise<void> {
  const leases = held.getStore();
  if (!leases) return;
  for (const lease of leases) await lease.commit();
}

export async function ensureLeaseIndexes(db: Connection): Promise<void> {
  await db.collection<EndRecord>('_lease_ends').createIndex({ at: 1 });
}

/** Whether the running code holds a lease it can still write under. */
export const holdsLease = (): boolean => held.getStore()?.some((l) => !l.released) ?? false;

const reported = new Set<string>();
/**
 * An update of an aggregate made outside any lease: on FerretDB v1 it can overwrite a concurrent
 * writer's change. Counted, and said once per collection and operation (the stack shows the caller).
 */
export function reportUnguardedWrite(collection: string, op: string): void {
  if (!settings.enabled) return;
  metrics.inc('unguarded_aggregate_writes_total', 'Aggregate updates made outside a lease', { collection, op });
  const key = `${collection}.${op}`;
  if (reported.has(key)) return;
  reported.add(key);
  process.emitWarning(`${op} on ${collection} outside a lease (withDocument)`, { code: 'PASS_UNGUARDED_WRITE', detail: new Error().stack });
}

/** End markers outlive any stale holder that could still try to commit; older ones are removed. */
export async function collectLeaseGarbage(db: Connection, olderThanMs = 10 * 60_000): Promise<number> {
  const result = await db.collection<EndRecord>('_lease_ends').deleteMany({ at: { $lt: new Date(Date.now() - olderThanMs) } });
  countOp();
  return result.deletedCount;
}
