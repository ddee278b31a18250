/**
 * consulting's event contract. `CONSUMES` is the list of event types its handler map (service.ts) handles, one
 * handler each: the compiler holds the map to it (`ServiceDefinition<…, Consumed>`), start-up checks it again,
 * and the event catalog (packages/devtools) reads it from here. Nothing here starts or connects anything.
 */
import { EventTypes, type EventsIn, type EventsOf } from '@pass-graph/contracts';
import type { ServiceRuntime } from '@pass-graph/platform';

/** Consulting consumes nothing: it must keep serving (and accepting writes) while Kafka is down. */
export const CONSUMES = [] as const;

/** Type → payload of what consulting consumes: the handler map's shape. */
export type Consumed = EventsIn<typeof CONSUMES>;
/** Type → payload of what consulting publishes: what its outbox accepts. */
export type Published = EventsOf<'consulting'>;
/** The runtime consulting's modules get: its outbox is typed by `Published`. */
export type Runtime = ServiceRuntime<Published>;
