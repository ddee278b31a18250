/**
 * 연계 (referral) of discovered needs, and the loop back from care-services.
 *
 * A referral comes from a visit's 발굴 (needs discovery) or from a Case. One to care-services
 * publishes the shared contract `pass.outreach.ReferralMade.v1`; care-services opens a 돌봄SOS
 * CareRequest and answers with `CareRequestReceived` and `CareRequestResolved`, naming our
 * referral id. Status: MADE → RECEIVED → SERVED | NOT_ELIGIBLE | WITHDRAWN | REFERRED_ELSEWHERE.
 * An outcome whose referralId is null is not ours (a direct request) and is ignored; one naming a
 * referral id we never made can never apply and is dead-lettered. Applying an outcome twice changes
 * nothing. A referral to another agency (public service, private resource) has no event loop: an
 * outreach worker records its outcome (`recordReferralOutcome`): MADE → SERVED | NOT_SERVED | DECLINED,
 * once, with a reason unless served, dated between the referral and today.
 */
import type { CareRequestReceivedData, CareRequestResolvedData } from '@pass-graph/contracts';
import {
  aggregateSchema,
  all,
  badInput,
  checkDate,
  checkId,
  conflict,
  err,
  invalidTransition,
  ok,
  PermanentEventError,
  withDocument,
  type Result,
} from '@pass-graph/platform';
import type { Model } from 'mongoose';
import type { Connection } from 'mongoose';
import { checkNeeds, checkNoPii, type NeedsDomain } from './domain';

export const REFERRAL_TARGETS = ['CARE_SERVICES', 'PUBLIC_SERVICE', 'PRIVATE_RESOURCE'] as const;
export type ReferralTarget = (typeof REFERRAL_TARGETS)[number];
/** The services a 돌봄SOS request can ask for (the ReferralMade contract's requestedServices). */
export const CARE_SOS_SERVICES = [
  'TEMPORARY_HOME_CARE',
  'SHORT_TERM_FACILITY',
  'MEAL_SUPPORT',
  'MOBILITY_SUPPORT',
  'HOUSING_CONVENIENCE',
  'WELLBEING_CHECK',
  'HEALTH_SUPPORT',
  'INFORMATION_COUNSELLING',
] as const;
export type CareSosService = (typeof CARE_SOS_SERVICES)[number];
export const CARE_OUTCOMES = ['SERVED', 'NOT_ELIGIBLE', 'WITHDRAWN', 'REFERRED_ELSEWHERE'] as const;
export type CareOutcome = (typeof CARE_OUTCOMES)[number];
/** What another agency did with a referral (recorded by an outreach worker; no events come back). */
export const AGENCY_OUTCOMES = ['SERVED', 'NOT_SERVED', 'DECLINED'] as const;
export type AgencyReferralOutcome = (typeof AGENCY_OUTCOMES)[number];
export type ReferralStatus = 'MADE' | 'RECEIVED' | CareOutcome | AgencyReferralOutcome;

export interface ReferralDoc {
  _id: string;
  householdId: string;
  caseId: string | null;
  visitId: string | null;
  district: string;
  target: ReferralTarget;
  /** The agency or service referred to, for targets other than care-services. */
  targetAgencyName: string | null;
  needs: NeedsDomain[];
  requestedServices: CareSosService[];
  referredOn: string;
  status: ReferralStatus;
  careRequestId: string | null;
  receivedOn: string | null;
  resolvedOn: string | null;
  outcomeReason: string | null;
  createdAt: Date;
}

// ---------------------------------------------------------------- rules

export interface ReferNeedsInput {
  id?: string | null;
  visitId?: string | null;
  caseId?: string | null;
  target: ReferralTarget;
  serviceName?: string | null;
  needs?: NeedsDomain[] | null;
  requestedServices?: CareSosService[] | null;
  referredOn: string;
}

export interface ValidReferralInput {
  id: string | null;
  visitId: string | null;
  caseId: string | null;
  target: ReferralTarget;
  targetAgencyName: string | null;
  needs: NeedsDomain[] | null;
  requestedServices: CareSosService[];
  referredOn: string;
}

const optional = <T>(value: T | null | undefined, check: (v: T) => Result<T>): Result<T | null> =>
  value == null ? ok(null) : check(value);

export function validateReferralInput(input: ReferNeedsInput): Result<ValidReferralInput> {
  const v = all({
    id: optional(input.id, (x) => checkId(x)),
    visitId: optional(input.visitId, (x) => checkId(x, 'visitId')),
    caseId: optional(input.caseId, (x) => checkId(x, 'caseId')),
    targetAgencyName: optional(input.serviceName, (x) => checkNoPii(x, 'serviceName', 100)),
    needs: optional(input.needs, (x) => checkNeeds(x, 'needs')),
    referredOn: checkDate(input.referredOn, 'referredOn'),
  });
  if (!v.ok) return v;
  if (v.value.visitId === null && v.value.caseId === null) return err(badInput('a referral comes from a visit or a case', 'visitId'));
  const requested = [...(input.requestedServices ?? [])];
  if (new Set(requested).size !== requested.length) return err(badInput('requestedServices must not repeat', 'requestedServices'));
  if (input.target === 'CARE_SERVICES') {
    if (requested.length === 0) return err(badInput('a referral to care-services names the requested services', 'requestedServices'));
    if (v.value.targetAgencyName !== null) return err(badInput('a referral to care-services names no other agency', 'serviceName'));
  } else {
    if (v.value.targetAgencyName === null) return err(badInput('a referral to a service names the service', 'serviceName'));
    if (requested.length > 0) return err(badInput('requestedServices are for referrals to care-services', 'requestedServices'));
  }
  return ok({ ...v.value, target: input.target, requestedServices: requested });
}

/** Where a referral comes from, as far as the rules need it. */
export interface ReferralSource {
  householdId: string;
  district: string;
  visitId: string | null;
  caseId: string | null;
  /** The needs the visit discovered; null when the source does not limit them (a case). */
  discoveredNeeds: NeedsDomain[] | null;
  /** A referral is not dated before its visit or the case's opening. */
  notBefore: string;
}

export const defaultReferralId = (v: ValidReferralInput): string =>
  `${v.visitId ?? v.caseId ?? 'referral'}.ref.${v.referredOn}.${v.target.toLowerCase()}`;

export function planReferral(source: ReferralSource, v: ValidReferralInput, now: Date): Result<ReferralDoc> {
  const needs = v.needs ?? source.discoveredNeeds;
  if (needs === null) return err(badInput('a referral from a case names its needs', 'needs'));
  const undiscovered = source.discoveredNeeds ? needs.filter((n) => !source.discoveredNeeds?.includes(n)) : [];
  if (undiscovered.length > 0) return err(badInput(`the visit did not discover ${undiscovered.join(', ')}`, 'needs'));
  if (v.referredOn < source.notBefore) return err(badInput(`referredOn must not be before ${source.notBefore}`, 'referredOn'));
  return ok({
    _id: v.id ?? defaultReferralId(v),
    householdId: source.householdId,
    caseId: source.caseId,
    visitId: source.visitId,
    district: source.district,
    target: v.target,
    targetAgencyName: v.targetAgencyName,
    needs: [...needs],
    requestedServices: v.requestedServices,
    referredOn: v.referredOn,
    status: 'MADE',
    careRequestId: null,
    receivedOn: null,
    resolvedOn: null,
    outcomeReason: null,
    createdAt: now,
  });
}

/** The shared contract, exactly: ids, district, needs and services; no personal data. */
export const referralMade = (r: ReferralDoc) => ({
  referralId: r._id,
  householdId: r.householdId,
  caseId: r.caseId,
  visitId: r.visitId,
  district: r.district,
  target: r.target === 'CARE_SERVICES' ? ('CARE_SERVICES' as const) : ('OTHER_AGENCY' as const),
  targetAgencyName: r.targetAgencyName,
  needs: r.needs,
  requestedServices: r.requestedServices,
  referredOn: r.referredOn,
});

const isResolved = (s: ReferralStatus): boolean => s !== 'MADE' && s !== 'RECEIVED';

/** What a request of another referral id would do to ours: it can never apply. */
function checkApplies(r: ReferralDoc, requestId: string): void {
  if (r.target !== 'CARE_SERVICES')
    throw new PermanentEventError('NOT_A_CARE_REFERRAL', `referral "${r._id}" went to ${r.target}, not to care-services`);
  if (r.careRequestId !== null && r.careRequestId !== requestId)
    throw new PermanentEventError(
      'REFERRAL_ALREADY_LINKED',
      `referral "${r._id}" is linked to care request "${r.careRequestId}", not "${requestId}"`,
    );
}

/** The fields CareRequestReceived sets on our referral; null when it changes nothing (already applied). */
export function onReceived(r: ReferralDoc, e: CareRequestReceivedData): Partial<ReferralDoc> | null {
  checkApplies(r, e.requestId);
  if (r.receivedOn !== null) return null;
  return { careRequestId: e.requestId, receivedOn: e.receivedOn, ...(isResolved(r.status) ? {} : { status: 'RECEIVED' as const }) };
}

/** The fields CareRequestResolved sets; null when already applied. */
export function onResolved(r: ReferralDoc, e: CareRequestResolvedData): Partial<ReferralDoc> | null {
  checkApplies(r, e.requestId);
  if (isResolved(r.status)) return null;
  return { careRequestId: e.requestId, status: e.outcome, resolvedOn: e.resolvedOn, outcomeReason: e.reason };
}

/** Applies a care-services outcome to the referral it names, under the referral's lock. */
export async function applyCareOutcome<E extends { referralId: string | null; requestId: string }>(
  Referral: Model<ReferralDoc>,
  event: E,
  change: (r: ReferralDoc, e: E) => Partial<ReferralDoc> | null,
): Promise<void> {
  const id = event.referralId;
  if (id === null) return; // a request that did not come from us
  await withDocument(Referral, id, async () => {
    const r = await Referral.findById(id).lean<ReferralDoc>().exec();
    if (!r) throw new PermanentEventError('UNKNOWN_REFERRAL', `referral "${id}" was never made by outreach`);
    const fields = change(r, event);
    if (fields) await Referral.updateOne({ _id: id }, { $set: fields }).exec();
  });
}

export interface RecordReferralOutcomeInput {
  referralId: string;
  outcome: AgencyReferralOutcome;
  reason?: string | null;
  decidedOn: string;
}

/** The input's shape, before the referral is known. */
export function validateOutcomeInput(input: RecordReferralOutcomeInput, today: string): Result<RecordReferralOutcomeInput> {
  const v = all({
    referralId: checkId(input.referralId, 'referralId'),
    reason: optional(input.reason, (x) => checkNoPii(x, 'reason', 300)),
    decidedOn: checkDate(input.decidedOn, 'decidedOn'),
  });
  if (!v.ok) return v;
  if (input.outcome !== 'SERVED' && v.value.reason === null) return err(badInput(`a ${input.outcome} outcome gives its reason`, 'reason'));
  if (v.value.decidedOn > today) return err(badInput('decidedOn must not be in the future', 'decidedOn'));
  return ok({ ...v.value, outcome: input.outcome });
}

/**
 * The fields an other-agency outcome sets: MADE → SERVED | NOT_SERVED | DECLINED. A referral to
 * care-services is closed by care-services' events only (CONFLICT CARE_SERVICES_LOOP); a resolved one
 * cannot move again (CONFLICT INVALID_TRANSITION).
 */
export function planAgencyOutcome(r: ReferralDoc, o: RecordReferralOutcomeInput): Result<Partial<ReferralDoc>> {
  if (r.target === 'CARE_SERVICES')
    return err(
      conflict(`referral "${r._id}" went to care-services; its outcome comes from care-services' events`, {
        reason: 'CARE_SERVICES_LOOP',
        id: r._id,
      }),
    );
  if (r.status !== 'MADE') return err(invalidTransition('Referral', r._id, r.status, o.outcome));
  if (o.decidedOn < r.referredOn) return err(badInput(`decidedOn must not be before the referral (${r.referredOn})`, 'decidedOn'));
  return ok({ status: o.outcome, resolvedOn: o.decidedOn, outcomeReason: o.reason ?? null });
}

// ---------------------------------------------------------------- funnel

export interface Funnel {
  district: string;
  visits: number;
  discoveries: number;
  referrals: number;
  referralsToCareServices: number;
  received: number;
  served: number;
}

/** 발굴 funnel of one district, computed from its visits and referrals: visits → discoveries → referrals → served. */
export function funnel(
  district: string,
  visits: readonly { needsDiscovery: unknown }[],
  referrals: readonly { target: ReferralTarget; status: ReferralStatus; receivedOn: string | null }[],
): Funnel {
  return {
    district,
    visits: visits.length,
    discoveries: visits.filter((v) => v.needsDiscovery != null).length,
    referrals: referrals.length,
    referralsToCareServices: referrals.filter((r) => r.target === 'CARE_SERVICES').length,
    received: referrals.filter((r) => r.receivedOn !== null).length,
    served: referrals.filter((r) => r.status === 'SERVED').length,
  };
}

export const conflictingHousehold = (visitHousehold: string, caseHousehold: string) =>
  conflict(`the visit's household ${visitHousehold} is not the case's household ${caseHousehold}`, { reason: 'HOUSEHOLD_MISMATCH' });

// ---------------------------------------------------------------- data access

export function createReferralModels(db: Connection) {
  const str = { type: String, required: true };
  const nullable = { type: String, default: null };
  const schema = aggregateSchema<ReferralDoc>('referrals', {
    householdId: str,
    caseId: nullable,
    visitId: nullable,
    district: str,
    target: str,
    targetAgencyName: nullable,
    needs: { type: [String], default: [] },
    requestedServices: { type: [String], default: [] },
    referredOn: str,
    status: str,
    careRequestId: nullable,
    receivedOn: nullable,
    resolvedOn: nullable,
    outcomeReason: nullable,
    createdAt: { type: Date, required: true },
  });
  schema.index({ district: 1 });
  schema.index({ visitId: 1 });
  schema.index({ caseId: 1 });
  schema.index({ householdId: 1 });
  return { Referral: db.model<ReferralDoc>('Referral', schema) };
}
export type ReferralModels = ReturnType<typeof createReferralModels>;
