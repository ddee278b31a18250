/**
 * What care-services keeps of other services' events, beyond governance's agencies and districts:
 * staffing's emergency-care pool (a visit's workers), staffing's substitute dispatches to our
 * facilities (coverage), and outreach's discovered needs (expected 돌봄SOS demand). Rules here are
 * free of I/O; the handlers write idempotently (upserts keyed by the source's id, the event id kept).
 */
import { EventTypes } from '@pass-graph/contracts';
import {
  conflict,
  type DomainError,
  type DomainEvent,
  err,
  notFound,
  notNewerThan,
  ok,
  type EventHandler,
  type EventHandlers,
  type Result,
} from '@pass-graph/platform';
import { servicesForReferral, type SosService } from './domain';
import type { EmergencyCareWorkerAvailabilityChangedData, EventsIn, NeedsDiscoveredData } from '@pass-graph/contracts';
import type { CareLeadDoc, DispatchStage, FacilityDispatchDoc, Models } from './models';

// ---------------------------------------------------------------- the emergency-care pool (긴급·틈새돌봄지원단)

export interface PoolWorker {
  workerId: string;
  districts: string[];
  available: boolean;
}

/**
 * Every worker named on a visit must be in staffing's pool (NOT_FOUND otherwise) and cover the
 * recipient's district (CONFLICT, reason WORKER_NOT_ELIGIBLE). Availability is not required: it
 * governs matching of new work, and a visit is recorded after it was delivered.
 */
export function checkWorkers(workerIds: string[], pool: PoolWorker[], district: string): Result<string[], DomainError> {
  const byId = new Map(pool.map((w) => [w.workerId, w]));
  for (const id of workerIds) {
    const worker = byId.get(id);
    if (!worker) return err(notFound('EmergencyCareWorker', id));
    if (!worker.districts.includes(district))
      return err(
        conflict(`emergency-care worker "${id}" does not cover ${district}`, {
          reason: 'WORKER_NOT_ELIGIBLE',
          workerId: id,
          district,
        }),
      );
  }
  return ok(workerIds);
}

/**
 * Availability changes come after the registration on the same topic and key: the entry exists.
 * One older than what the entry holds (a redriven or replayed event) changes nothing.
 */
export const availabilityChanged =
  (models: Models): EventHandler<EmergencyCareWorkerAvailabilityChangedData> =>
  async (event) => {
    const d = event.data;
    const eventTime = new Date(event.time);
    const res = await models.KnownWorker.collection.updateOne(notNewerThan(d.workerId, eventTime) as never, {
      $set: { 'data.available': d.available, sourceEventId: event.id, eventTime },
    });
    if (res.matchedCount === 0 && !(await models.KnownWorker.exists({ _id: d.workerId })))
      throw new Error(`${event.type}: worker "${d.workerId}" is not registered yet`);
  };

// ---------------------------------------------------------------- substitute-worker coverage (대체인력 지원)

/** The five dispatch steps (staffing's SubstituteDispatch* events). */
export const DISPATCH_STEPS = [
  EventTypes.SubstituteDispatchRequested,
  EventTypes.SubstituteDispatchMatched,
  EventTypes.SubstituteDispatchStarted,
  EventTypes.SubstituteDispatchCompleted,
  EventTypes.SubstituteDispatchCancelled,
] as const;
type DispatchSteps = EventsIn<typeof DISPATCH_STEPS>;
/** The facts of a dispatch a step may carry. */
type DispatchFacts = Partial<Pick<FacilityDispatchDoc, 'workerId' | 'absentRole' | 'jobType' | 'startDate' | 'endDate' | 'days'>>;
const PROGRESS: DispatchStage[] = ['REQUESTED', 'MATCHED', 'DISPATCHED', 'COMPLETED'];

/** The dispatch's status from the steps seen: cancelled wins, else the furthest step (order of arrival does not matter). */
export function dispatchStatus(stages: Partial<Record<DispatchStage, string>>): DispatchStage {
  if (stages.CANCELLED) return 'CANCELLED';
  return [...PROGRESS].reverse().find((s) => stages[s]) ?? 'REQUESTED';
}

/**
 * The handlers of the five dispatch events: each sets its step (with the event id) and the facts it
 * carries on the dispatch's document. Applying an event again sets the same values. A dispatch to a
 * private provider (facilityId null) is not a facility's coverage and is not kept.
 */
export function dispatchSteps(models: Models): EventHandlers<DispatchSteps> {
  const step = async (
    stage: DispatchStage,
    event: DomainEvent<{ dispatchId: string; facilityId: string | null }>,
    facts: DispatchFacts,
  ): Promise<void> => {
    const d = event.data;
    if (d.facilityId === null) return;
    const $set: Record<string, unknown> = { facilityId: d.facilityId, [`stages.${stage}`]: event.id, ...facts };
    await models.FacilityDispatch.updateOne({ _id: d.dispatchId }, { $set }, { upsert: true });
  };
  return {
    // Requested and Completed carry the period, Matched, Started and Completed the worker.
    [EventTypes.SubstituteDispatchRequested]: (e) => {
      const { absentRole, jobType, startDate, endDate, days } = e.data;
      return step('REQUESTED', e, { absentRole, jobType, startDate, endDate, days });
    },
    [EventTypes.SubstituteDispatchMatched]: (e) => step('MATCHED', e, { workerId: e.data.workerId }),
    [EventTypes.SubstituteDispatchStarted]: (e) => step('DISPATCHED', e, { workerId: e.data.workerId }),
    [EventTypes.SubstituteDispatchCompleted]: (e) => {
      const { workerId, startDate, endDate, days } = e.data;
      return step('COMPLETED', e, { workerId, startDate, endDate, days });
    },
    [EventTypes.SubstituteDispatchCancelled]: (e) => step('CANCELLED', e, {}),
  };
}

export interface SubstituteCoverage {
  year: number;
  month: number | null;
  requested: number;
  confirmed: number;
  dispatched: number;
  completed: number;
  cancelled: number;
  daysCovered: number;
  daysScheduled: number;
}

/**
 * A facility's dispatches starting in the year (or month): `requested` counts them all; `confirmed`
 * those with a worker matched and not cancelled (MATCHED, DISPATCHED, COMPLETED); `daysCovered` sums
 * the 파견일수 of completed dispatches, `daysScheduled` those of confirmed ones not completed yet.
 * A dispatch whose period is not known yet (no Requested/Completed seen) is not counted.
 */
export function substituteCoverage(dispatches: FacilityDispatchDoc[], year: number, month: number | null): SubstituteCoverage {
  const prefix = month === null ? `${year}-` : `${year}-${String(month).padStart(2, '0')}-`;
  const out: SubstituteCoverage = {
    year,
    month,
    requested: 0,
    confirmed: 0,
    dispatched: 0,
    completed: 0,
    cancelled: 0,
    daysCovered: 0,
    daysScheduled: 0,
  };
  for (const d of dispatches) {
    if (!d.startDate?.startsWith(prefix)) continue;
    const status = dispatchStatus(d.stages ?? {});
    out.requested++;
    if (status === 'CANCELLED') out.cancelled++;
    if (status === 'DISPATCHED') out.dispatched++;
    if (status === 'COMPLETED') {
      out.completed++;
      out.daysCovered += d.days ?? 0;
    }
    if (status === 'MATCHED' || status === 'DISPATCHED') out.daysScheduled += d.days ?? 0;
    if (status !== 'REQUESTED' && status !== 'CANCELLED') out.confirmed++;
  }
  return out;
}

// ---------------------------------------------------------------- discovered needs (발굴) as expected demand

/**
 * A 방문복지 visit's discovered needs are kept as a lead (keyed by the visit): what the district may
 * ask of 돌봄SOS. No request is opened: outreach refers the households it means us to serve
 * (ReferralMade opens that request), and most discovered needs are met elsewhere.
 */
export const needsDiscovered =
  (models: Models): EventHandler<NeedsDiscoveredData> =>
  async (event) => {
    const d = event.data;
    const lead: Omit<CareLeadDoc, '_id'> = {
      householdId: d.householdId,
      communityCentreId: d.communityCentreId,
      district: d.district,
      needs: d.needs,
      services: servicesForReferral([], d.needs),
      discoveredOn: d.discoveredOn,
      sourceEventId: event.id,
    };
    await models.CareLead.updateOne({ _id: d.visitId }, { $set: lead }, { upsert: true });
  };

export interface CareDemand {
  district: string;
  year: number;
  visits: number;
  households: number;
  byService: { serviceType: SosService; households: number }[];
  referralRequests: number;
}

/**
 * Per district: the 발굴 visits of the year, the distinct households they found, the households per
 * service their needs map to (CARE → 일시재가, MEALS → 식사지원, …: the referral mapping), and the
 * referral requests (channel 의뢰) opened that year — what discovery led to.
 */
export function careDemand(leads: CareLeadDoc[], referralRequests: { district: string }[], year: number): CareDemand[] {
  const districts = [...new Set([...leads.map((l) => l.district), ...referralRequests.map((r) => r.district)])].sort();
  return districts.map((district) => {
    const here = leads.filter((l) => l.district === district);
    const perService = new Map<SosService, Set<string>>();
    for (const l of here) for (const s of l.services) perService.set(s, (perService.get(s) ?? new Set()).add(l.householdId));
    return {
      district,
      year,
      visits: here.length,
      households: new Set(here.map((l) => l.householdId)).size,
      byService: [...perService]
        .map(([serviceType, hs]) => ({ serviceType, households: hs.size }))
        .sort((a, b) => a.serviceType.localeCompare(b.serviceType)),
      referralRequests: referralRequests.filter((r) => r.district === district).length,
    };
  });
}
