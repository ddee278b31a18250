/**
 * Event contracts as code. Everything here comes from `schemas/events/*.json` (generated at build time by
 * scripts/generate.js into src/generated/): the schema is the one declaration of an event, and producers
 * (`Outbox.entry`) and consumers (handler maps) are typed by it, so renaming a payload field breaks the
 * build of every service that writes or reads it. No runtime: this package is types and string constants.
 */
import type { EventData, EventProducers, EventType } from './generated/events';

export * from './generated/events';

/** The event types a service produces (`x-producer`). */
export type EventTypeOf<Producer extends string> = { [K in EventType]: EventProducers[K] extends Producer ? K : never }[EventType];

/** Type → payload of the events a service produces: what its outbox accepts. */
export type EventsOf<Producer extends string> = Pick<EventData, EventTypeOf<Producer>>;

/** Type → payload of the given event types (a consumer's list): what its handler map must cover. */
export type EventsIn<Types extends readonly EventType[]> = Pick<EventData, Types[number]>;
