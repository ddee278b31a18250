/**
 * outreach's event contract. `CONSUMES` is the list of event types its handler map (service.ts) handles, one
 * handler each: the compiler holds the map to it (`ServiceDefinition<…, Consumed>`), start-up checks it again,
 * and the event catalog (packages/devtools) reads it from here. Nothing here starts or connects anything.
 */
import { EventTypes, type EventsIn, type EventsOf } from '@pass-graph/contracts';
import type { ServiceRuntime } from '@pass-graph/platform';

export const CONSUMES = [
  /** care-services opened a 돌봄SOS request; with our referralId it marks the referral RECEIVED. */
  EventTypes.CareRequestReceived,
  /** The request's outcome (SERVED …) closes the referral loop. */
  EventTypes.CareRequestResolved,
] as const;

/** Type → payload of what outreach consumes: the handler map's shape. */
export type Consumed = EventsIn<typeof CONSUMES>;
/** Type → payload of what outreach publishes: what its outbox accepts. */
export type Published = EventsOf<'outreach'>;
/** The runtime outreach's modules get: its outbox is typed by `Published`. */
export type Runtime = ServiceRuntime<Published>;
