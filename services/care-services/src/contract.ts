/**
 * care-services's event contract. `CONSUMES` is the list of event types its handler map (service.ts) handles, one
 * handler each: the compiler holds the map to it (`ServiceDefinition<…, Consumed>`), start-up checks it again,
 * and the event catalog (packages/devtools) reads it from here. Nothing here starts or connects anything.
 */
import { EventTypes, type EventsIn, type EventsOf } from '@pass-graph/contracts';
import type { ServiceRuntime } from '@pass-graph/platform';

export const CONSUMES = [
  /** Kept in `ref_agencies`: a facility's operator must be a registered agency. */
  EventTypes.AgencyRegistered,
  /** Kept in `ref_districts`: a facility's district must be a registered district. */
  EventTypes.DistrictRegistered,
  /** A referral to care-services opens a 돌봄SOS CareRequest (channel REFERRAL); other targets are not ours. */
  EventTypes.ReferralMade,
  /** A household's discovered needs: kept in `care_leads` as expected 돌봄SOS demand per district (no request is opened). */
  EventTypes.NeedsDiscovered,
  /** Kept in `ref_emergency_care_workers`: a visit's workers must be in the pool and cover its district. */
  EventTypes.EmergencyCareWorkerRegistered,
  /** Updates the pool entry's availability (shown, not enforced on visits: they are recorded after delivery). */
  EventTypes.EmergencyCareWorkerAvailabilityChanged,
  /** The five dispatch steps are kept in `facility_dispatches`: a facility's substitute-worker coverage (대체인력 지원). */
  EventTypes.SubstituteDispatchRequested,
  EventTypes.SubstituteDispatchMatched,
  EventTypes.SubstituteDispatchStarted,
  EventTypes.SubstituteDispatchCompleted,
  EventTypes.SubstituteDispatchCancelled,
  /** Kept in `ref_providers`: a care-partner agreement (돌봄파트너 협약) is signed with a registered provider. */
  EventTypes.ProviderRegistered,
] as const;

/** Type → payload of what care-services consumes: the handler map's shape. */
export type Consumed = EventsIn<typeof CONSUMES>;
/** Type → payload of what care-services publishes: what its outbox accepts. */
export type Published = EventsOf<'care-services'>;
/** The runtime care-services's modules get: its outbox is typed by `Published`. */
export type Runtime = ServiceRuntime<Published>;
