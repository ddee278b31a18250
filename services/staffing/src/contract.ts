/**
 * staffing's event contract. `CONSUMES` is the list of event types its handler map (service.ts) handles, one
 * handler each: the compiler holds the map to it (`ServiceDefinition<…, Consumed>`), start-up checks it again,
 * and the event catalog (packages/devtools) reads it from here. Nothing here starts or connects anything.
 */
import { EventTypes, type EventsIn, type EventsOf } from '@pass-graph/contracts';
import type { ServiceRuntime } from '@pass-graph/platform';

export const CONSUMES = [
  /** Kept in `ref_agencies`: plans, hires and targets belong to a registered agency. */
  EventTypes.AgencyRegistered,
  /** Kept in `ref_org_units`: an HQ employee belongs to a unit of the same agency. */
  EventTypes.OrgUnitRegistered,
  /** Kept in `ref_facilities`: a dispatch, a plan or a hire needs a facility that exists. */
  EventTypes.FacilityRegistered,
  /** Opens the facility's 정원 for the start year (when the entrustment names it). */
  EventTypes.FacilityEntrustmentStarted,
  /** Ends the facility's employments that day (고용승계 to the next operator). */
  EventTypes.FacilityEntrustmentEnded,
  /** Applies the personnel actions (승진, 징계) of adopted personnel-committee or board resolutions. */
  EventTypes.ResolutionAdopted,
  /** Kept in `ref_providers`: a private provider can be a demand site too. */
  EventTypes.ProviderRegistered,
] as const;

/** Type → payload of what staffing consumes: the handler map's shape. */
export type Consumed = EventsIn<typeof CONSUMES>;
/** Type → payload of what staffing publishes: what its outbox accepts. */
export type Published = EventsOf<'staffing'>;
/** The runtime staffing's modules get: its outbox is typed by `Published`. */
export type Runtime = ServiceRuntime<Published>;
