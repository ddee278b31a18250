/**
 * Reference read models: what a service knows of another service's entities, kept from
 * their events, so it can answer NOT_FOUND for an unknown id without calling that service.
 * One collection per referenced entity (`ref_<name>`), the event payload stored as is, with the
 * time of the event it came from (`eventTime`, the envelope's `time`): an event older than what a
 * document holds changes nothing, so a redriven or late event never overwrites newer data.
 */
import { Schema, type Connection, type Model } from 'mongoose';
import { duplicateKeyIndexes, type EventHandler } from './consumer';
import type { DomainEvent } from './envelope';

export interface ReferenceDoc<T = Record<string, unknown>> {
  _id: string;
  data: T;
  sourceEventId: string;
  /** The envelope time of the event the data came from; absent on documents written before it was kept. */
  eventTime?: Date;
}

/**
 * The filter that lets an event at `time` write a reference document: the document holds nothing
 * newer. Events of one key arrive in order, so this only ever refuses a redriven or replayed old one.
 */
export const notNewerThan = (id: string, time: Date) => ({
  _id: id,
  $or: [{ eventTime: { $lte: time } }, { eventTime: { $exists: false } }],
});

export function referenceModel<T = Record<string, unknown>>(db: Connection, name: string): Model<ReferenceDoc<T>> {
  const schema = new Schema<ReferenceDoc<T>>(
    { _id: String, data: { type: Schema.Types.Mixed, required: true }, sourceEventId: { type: String, required: true }, eventTime: Date },
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
export function keepReference<T>(model: Model<ReferenceDoc<T>>, keyField: keyof T & string): EventHandler<T> {
  const keyOf = (event: DomainEvent<T>): string => {
    const id = event.data[keyField];
    if (typeof id !== 'string') throw new Error(`${event.type}: ${keyField} is not a string`);
    return id;
  };
  const docOf = (id: string, event: DomainEvent<T>) => ({
    _id: id,
    data: event.data,
    sourceEventId: event.id,
    eventTime: new Date(event.time),
  });
  /**
   * A key already known: replaced unless it holds newer data (then the event is stale and changes nothing).
   * The driver's own collection: the filter is ours (operators and all), not a caller's to sanitise.
   */
  const replace = async (id: string, event: DomainEvent<T>): Promise<void> => {
    const { _id, ...fields } = docOf(id, event);
    await model.collection.updateOne(notNewerThan(_id, fields.eventTime) as never, { $set: fields });
  };
  /** Insert first (most events announce a new entity: one round trip); a known key is replaced. */
  const set = async (id: string, event: DomainEvent<T>): Promise<void> => {
    try {
      await model.collection.insertOne(docOf(id, event) as never);
    } catch (error) {
      if (!duplicateKeyIndexes(error)) throw error;
      await replace(id, event);
    }
  };
  const handler: EventHandler<T> = async (event) => {
    await set(keyOf(event), event);
  };
  handler.many = async (events) => {
    const last = new Map<string, DomainEvent<T>>();
    for (const event of events) {
      const prev = last.get(keyOf(event));
      if (!prev || new Date(prev.time) <= new Date(event.time)) last.set(keyOf(event), event);
    }
    const docs = [...last].map(([_id, event]) => docOf(_id, event));
    const known: string[] = [];
    try {
      await model.collection.insertMany(docs as never[], { ordered: false });
    } catch (error) {
      const refused = duplicateKeyIndexes(error);
      if (!refused || refused.some((i) => docs[i] === undefined)) throw error;
      for (const i of refused) known.push((docs[i] as { _id: string })._id);
    }
    for (const id of known) await replace(id, last.get(id) as DomainEvent<T>);
  };
  return handler;
}
