/**
 * Reference read models: what a service knows of another service's entities, kept from
 * their events, so it can answer NOT_FOUND for an unknown id without calling that service.
 * One collection per referenced entity (`ref_<name>`), the event payload stored as is.
 */
import { Schema, type Connection, type Model } from 'mongoose';
import type { EventHandler } from './consumer';

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

/** Handler that upserts the event's payload under its key: applying it twice changes nothing. */
export function keepReference<T>(model: Model<ReferenceDoc<T>>, keyField: keyof T & string): EventHandler {
  return async (event) => {
    const data = event.data as T;
    const id = data[keyField];
    if (typeof id !== 'string') throw new Error(`${event.type}: ${keyField} is not a string`);
    await model.updateOne({ _id: id }, { $set: { data, sourceEventId: event.id } }, { upsert: true });
  };
}
