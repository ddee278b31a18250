/**
 * governance's event contract. `CONSUMES` is the list of event types its handler map (service.ts) handles, one
 * handler each: the compiler holds the map to it (`ServiceDefinition<…, Consumed>`), start-up checks it again,
 * and the event catalog (packages/devtools) reads it from here. Nothing here starts or connects anything.
 */
import { EventTypes, type EventsIn, type EventsOf } from '@pass-graph/contracts';
import type { ServiceRuntime } from '@pass-graph/platform';

/** References, the events that feed KPI actuals (strategy.ts) and the audit trail (audit-trail.ts). */
export const CONSUMES = [
  EventTypes.ProviderRegistered,
  EventTypes.SubstituteDispatchCompleted,
  EventTypes.FacilityEntrustmentStarted,
  EventTypes.TrainingCompleted,
  /** Closed staged consulting cases (outcome CLOSED) count towards the staged-consulting KPI, once per case. */
  EventTypes.ConsultingCaseClosed,
  /** Kept queryable by admins (`auditTrail`): every service's audit records. */
  EventTypes.AuditRecorded,
] as const;

/** Type → payload of what governance consumes: the handler map's shape. */
export type Consumed = EventsIn<typeof CONSUMES>;
/** Type → payload of what governance publishes: what its outbox accepts. */
export type Published = EventsOf<'governance'>;
/** The runtime governance's modules get: its outbox is typed by `Published`. */
export type Runtime = ServiceRuntime<Published>;
