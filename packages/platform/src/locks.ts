/**
 * Per-document write serialisation inside one service process.
 *
 * FerretDB v1 (SQLite) applies concurrent updates to the same document as unisolated
 * read-modify-writes: measured here, a `$set` racing a `$pop` on one document lost one of
 * the two writes 192 times in 200, and two `findOneAndUpdate`s guarded by the same
 * `{ status: 'A' }` both succeeded 90 times in 100. So every read-check-write of an
 * aggregate, and the outbox relay's removal of published events, runs under this lock.
 * On MongoDB single-document updates are atomic and the lock only costs a little latency.
 * It assumes one process per service writes a given database (how the platform runs).
 */
import type { Model } from 'mongoose';

const tails = new Map<string, Promise<unknown>>();

/** Runs `fn` once every earlier call with the same key has settled. */
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

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const documentKey = (model: Model<any>, id: string): string => `${model.db?.name ?? ''}.${model.modelName}/${id}`;

/** `exclusive` keyed by one document of one model. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function withDocument<T>(model: Model<any>, id: string, fn: () => Promise<T>): Promise<T> {
  return exclusive(documentKey(model, id), fn);
}
