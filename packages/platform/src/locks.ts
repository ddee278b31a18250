/**
 * Per-document write serialisation: within a process a queue per key, across processes a lease
 * (`leases.ts`, built on unique inserts).
 *
 * FerretDB v1 applies concurrent updates to the same document as unisolated read-modify-writes:
 * measured here, 100 concurrent `$inc` on one document left 5, and two `findOneAndUpdate`s guarded
 * by the same `{ status: 'A' }` both succeeded 90 times in 100. So every read-check-write of an
 * aggregate, and the outbox relay's removal of published events, runs under `withDocument`. The
 * in-process queue is only the fast path (one process contends for a key once at a time); the
 * cross-process lease is the guarantee, for a second replica, an overlapping deploy or a tool.
 */
import type { Connection, Model } from 'mongoose';
import { withLease } from './leases';

const tails = new Map<string, Promise<unknown>>();

/** Runs `fn` once every earlier call with the same key in this process has settled. */
export function exclusive<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  const run = previous.then(fn, fn);
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  tails.set(key, tail);
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return run;
}

/** The lease key of one document: its collection and id (the same from any process or tool). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const documentKey = (model: Model<any>, id: string): string => `${model.collection.collectionName}/${id}`;

/** Serialises `fn` on `key` of the database `db`, in this process and across processes. */
export function withKey<T>(db: Connection, key: string, fn: () => Promise<T>): Promise<T> {
  return exclusive(`${db.name}.${key}`, () => withLease(db, key, fn));
}

/** `withKey` for one document of one model (which need not exist yet). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function withDocument<T>(model: Model<any>, id: string, fn: () => Promise<T>): Promise<T> {
  return withKey(model.db, documentKey(model, id), fn);
}
