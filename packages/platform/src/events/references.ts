/**
 * Reference read models: what a service knows of another service's entities, kept from
 * their events, so it can answer NOT_FOUND for an unknown id without calling that service.
 * One collection per referenced entity (`ref_<name>`), the event payload stored as is.
 */
import { Schema, type Connection, type Model } from 'mongoose';
import { duplicateKeyIndexes, type EventHandler } from './consumer';
import type { DomainEvent } from './envelope';

export interface ReferenceDoc<T = Record<string, unknown>> {
  _id: string;
  data: T;
  sourceEventId: string;
}

export function referenceModel<T = Record<string, unknown>>(db: Connection, name: string): Model<ReferenceDoc<T>> {
  const schema = new Schema<ReferenceDoc<T>>(
    { _id: String, data: { type: Schema.Types.Mixed, required: true }, sourceEventId: { type: String, required: true } },
    { collection: `ref_${name}`, versionKey: false, minimize: false },
  );
  return db.model<ReferenceDoc<T>>(`Ref${name}`, schema);
}

/**
 * Handler that upserts the event's payload under its key: applying it twice changes nothing.
 * `many` gives the same end state for a list of events: per key only the last event counts (each one
 * replaces `data` and `sourceEventId` whole), new keys are inserted in one unordered `insertMany` and
 * only keys already known are updated one by one. On FerretDB v1 (SQLite) an insert costs a fraction
 * of an upsert (docs/performance.md), and most reference events announce a new entity.
 */
export function keepReference<T>(model: Model<ReferenceDoc<T>>, keyField: keyof T & string): EventHandler {
  const keyOf = (event: DomainEvent): string => {
    const id = (event.data as T)[keyField];
    if (typeof id !== 'string') throw new Error(`${event.type}: ${keyField} is not a string`);
    return id;
  };
  const set = (id: string, event: DomainEvent) =>
    model.updateOne({ _id: id }, { $set: { data: event.data as T, sourceEventId: event.id } }, { upsert: true });
  const handler: EventHandler = async (event) => {
    await set(keyOf(event), event);
  };
  handler.many = async (events) => {
    const last = new Map<string, DomainEvent>();
    for (const event of events) last.set(keyOf(event), event);
    const docs = [...last].map(([_id, event]) => ({ _id, data: event.data as T, sourceEventId: event.id }));
    const known: string[] = [];
    try {
      await model.collection.insertMany(docs as never[], { ordered: false });
    } catch (error) {
      const refused = duplicateKeyIndexes(error);
      if (!refused || refused.some((i) => docs[i] === undefined)) throw error;
      for (const i of refused) known.push((docs[i] as { _id: string })._id);
    }
    for (const id of known) await set(id, last.get(id) as DomainEvent);
  };
  return handler;
}
