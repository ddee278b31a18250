/**
 * budgets's event contract. `CONSUMES` is the list of event types its handler map (service.ts) handles, one
 * handler each: the compiler holds the map to it (`ServiceDefinition<…, Consumed>`), start-up checks it again,
 * and the event catalog (packages/devtools) reads it from here. Nothing here starts or connects anything.
 */
import { EventTypes, type EventsIn, type EventsOf } from '@pass-graph/contracts';
import type { ServiceRuntime } from '@pass-graph/platform';

export const CONSUMES = [
  /** Kept in `ref_resolutions`: a budget is approved by an adopted board resolution. */
  EventTypes.ResolutionAdopted,
  /** Kept in `ref_agencies`: a budget line belongs to a registered agency. */
  EventTypes.AgencyRegistered,
  /** A completed dispatch's cost is charged to the agency's substitute-dispatch line. */
  EventTypes.SubstituteDispatchCompleted,
  /** A session's fee is posted against the agency's consulting line for its programme. */
  EventTypes.ConsultingSessionHeld,
  /** A delivered visit's amount is posted against the agency's care-provision line. */
  EventTypes.CareVisitDelivered,
  /** A paying committee's meeting: attendees × 위원회 참석수당 against the committee-allowance line. */
  EventTypes.MeetingHeld,
  /** A P7 safety inspection with an agency and a fee tier: 안전점검수당 against the agency's safety-inspection line. */
  EventTypes.InspectionCompleted,
] as const;

/** Type → payload of what budgets consumes: the handler map's shape. */
export type Consumed = EventsIn<typeof CONSUMES>;
/** Type → payload of what budgets publishes: what its outbox accepts. */
export type Published = EventsOf<'budgets'>;
/** The runtime budgets's modules get: its outbox is typed by `Published`. */
export type Runtime = ServiceRuntime<Published>;
