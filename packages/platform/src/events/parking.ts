/**
 * Producer-side dead letters: outbox entries the relay could not publish pass after pass (a payload
 * Kafka refuses as too large, a topic that is gone) are parked, so they stop holding back every other
 * event of the service. Parking moves a document's whole outbox into `_outbox_parked` under the
 * document's lease and marks the document `_parked`; while it is marked, later events of that document
 * are parked behind the first (per-aggregate order is kept). `npm run events -- outbox list|retry`
 * shows them and puts them back in front of the document's outbox once the cause is fixed.
 */
import type { Connection } from 'mongoose';
import { withKey } from '../locks';
import { beforeWrite } from '../leases';
import { metrics } from '../metrics';
import type { OutboxEntry } from './outbox';

export interface ParkedEntry {
  /** The event id. */
  _id: string;
  collection: string;
  documentId: string;
  /** Order within the document: when it was parked, then its place in the outbox then. */
  parkedAt: Date;
  position: number;
  reason: string;
  entry: OutboxEntry;
}

interface OutboxDoc {
  _id: string;
  _outbox?: OutboxEntry[];
  _parked?: boolean;
}

export const PARKED_COLLECTION = '_outbox_parked';

const parked = (db: Connection) => db.collection<ParkedEntry>(PARKED_COLLECTION);
const lockKey = (collection: string, id: string): string => `${collection}/${id}`;

/** Moves everything in the document's outbox to the parked entries (under its lease); returns how many. */
export async function parkOutbox(db: Connection, collection: string, id: string, reason: string, service: string): Promise<number> {
  return withKey(db, lockKey(collection, id), async () => {
    const docs = db.collection<OutboxDoc>(collection);
    const current = await docs.findOne({ _id: id }, { projection: { _outbox: 1 } });
    const outbox = current?._outbox ?? [];
    if (outbox.length === 0) return 0;
    const parkedAt = new Date();
    await beforeWrite();
    try {
      await parked(db).insertMany(
        outbox.map((entry, position) => ({
          _id: entry.id,
          collection,
          documentId: id,
          parkedAt,
          position,
          reason: reason.slice(0, 500),
          entry,
        })),
        { ordered: false },
      );
    } catch (error) {
      if ((error as { code?: unknown }).code !== 11000 && !String(error).includes('E11000')) throw error;
    }
    await docs.updateOne({ _id: id }, { $set: { _outbox: [], _pending: false, _parked: true } });
    metrics.inc('outbox_parked_total', 'Outbox entries parked after failing to publish', { service }, outbox.length);
    return outbox.length;
  });
}

export async function listParked(db: Connection): Promise<ParkedEntry[]> {
  return parked(db).find({}).sort({ collection: 1, documentId: 1, parkedAt: 1, position: 1 }).toArray();
}

/** Puts a document's parked entries back in front of its outbox, in their order; returns how many. */
async function retryDocument(db: Connection, collection: string, id: string): Promise<number> {
  return withKey(db, lockKey(collection, id), async () => {
    const entries = await parked(db).find({ collection, documentId: id }).sort({ parkedAt: 1, position: 1 }).toArray();
    if (entries.length === 0) return 0;
    const docs = db.collection<OutboxDoc>(collection);
    const current = await docs.findOne({ _id: id }, { projection: { _outbox: 1 } });
    const ids = new Set(entries.map((e) => e._id));
    const later = (current?._outbox ?? []).filter((e) => !ids.has(e.id));
    await beforeWrite();
    await docs.updateOne({ _id: id }, { $set: { _outbox: [...entries.map((e) => e.entry), ...later], _pending: true, _parked: false } });
    await parked(db).deleteMany({ _id: { $in: [...ids] } });
    return entries.length;
  });
}

/** Retries every parked document (or only `documentId`): the relay publishes them at its next sweep. */
export async function retryParked(db: Connection, documentId?: string): Promise<number> {
  const all = await listParked(db);
  const targets = new Map<string, { collection: string; id: string }>();
  for (const e of all)
    if (!documentId || e.documentId === documentId)
      targets.set(`${e.collection}/${e.documentId}`, { collection: e.collection, id: e.documentId });
  let n = 0;
  for (const t of targets.values()) n += await retryDocument(db, t.collection, t.id);
  return n;
}
