/**
 * DataLoaders: one database query per entity type per request, whatever the
 * list size. Every `__resolveReference` goes through one of these.
 */
import DataLoader from 'dataloader';
import type { Model } from 'mongoose';
import { trusted } from './db';

export interface Keyed {
  _id: string;
}

/** `batching: false` (PASS_SWITCH_OFF=dataloader, a switch-off test run only): one query per key, as without DataLoader. */
const settings = { batching: true };
export function configureLoaders(next: Partial<typeof settings>): void {
  Object.assign(settings, next);
}
const options = () => (settings.batching ? { maxBatchSize: 1000 } : { batch: false, cache: false });

/** Loads documents by `_id`; a missing id resolves to `null`. */
export function byIdLoader<T extends Keyed>(model: Model<T>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const docs = (await model
      .find({ _id: trusted({ $in: [...ids] }) })
      .lean()
      .exec()) as unknown as T[];
    const byId = new Map(docs.map((d) => [String(d._id), d]));
    return ids.map((id) => byId.get(id) ?? null);
  }, options());
}

/** Loads, for each key, every document whose `field` equals it (one-to-many). */
export function groupLoader<T extends object>(
  model: Model<T>,
  field: keyof T & string,
  sort: Record<string, 1 | -1> = { _id: 1 },
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const docs = (await model
      .find({ [field]: trusted({ $in: [...keys] }) } as Record<string, unknown>)
      .sort(sort)
      .lean()
      .exec()) as unknown as T[];
    const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const d of docs) groups.get(String((d as Record<string, unknown>)[field]))?.push(d);
    return keys.map((k) => groups.get(k) ?? []);
  }, options());
}
