/**
 * What outreach publishes (schemas in schemas/events/) and consumes. Payloads carry ids, never
 * personal data: households appear only as pseudonymous ids (HH-…) with their district, never findings.
 */
import type {
  CloseOutcome,
  DeliveryRow,
  DiscoveryStatus,
  NeedsDomain,
  ValidCommunityCentre,
  ValidConsortium,
  ValidProgrammeReport,
} from './domain';
import { reportFigures } from './domain';
import { PILOT_EVENTS } from './pilot';
import { CASE_EVENTS } from './cases';
import { RIGHTS_EVENTS } from './rights';
import { CAMPAIGN_EVENTS } from './campaigns';
import { COUNCIL_EVENTS } from './councils';

export const PUBLISHES = {
  ConsortiumRegistered: 'pass.outreach.ConsortiumRegistered.v1',
  NeighbourhoodServiceSupplied: 'pass.outreach.NeighbourhoodServiceSupplied.v1',
  ProgrammeDeliveryReported: 'pass.outreach.ProgrammeDeliveryReported.v1',
  CommunityCentreRegistered: 'pass.outreach.CommunityCentreRegistered.v1',
  OutreachVisitRecorded: 'pass.outreach.OutreachVisitRecorded.v1',
  NeedsDiscovered: 'pass.outreach.NeedsDiscovered.v1',
  ReferralMade: 'pass.outreach.ReferralMade.v1',
  DiscoveryClosed: 'pass.outreach.DiscoveryClosed.v1',
  ...PILOT_EVENTS,
  ...CASE_EVENTS,
  ...RIGHTS_EVENTS,
  ...CAMPAIGN_EVENTS,
  ...COUNCIL_EVENTS,
} as const;

export const CONSUMES = {
  /** care-services opened a 돌봄SOS request; with our referralId it marks the referral RECEIVED. */
  CareRequestReceived: 'pass.care-services.CareRequestReceived.v1',
  /** The request's outcome (SERVED …) closes the referral loop. */
  CareRequestResolved: 'pass.care-services.CareRequestResolved.v1',
} as const;

export const consortiumRegistered = (c: ValidConsortium) => ({
  consortiumId: c.id,
  name: c.name,
  district: c.district,
  leadOrganisationName: c.leadOrganisationName,
  leadLegalForm: c.leadLegalForm,
  services: c.services,
  memberCount: c.memberOrganisations.length,
});

export const neighbourhoodServiceSupplied = (consortiumId: string, district: string, row: DeliveryRow) => ({
  consortiumId,
  district,
  periodFrom: row.periodFrom,
  periodTo: row.periodTo,
  service: row.service,
  count: row.count,
  amountKRW: row.amountKRW,
});

export const programmeDeliveryReported = (r: ValidProgrammeReport) => {
  const { total, matchesReported } = reportFigures(r);
  return {
    reportId: r.id,
    year: r.year,
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    districts: r.districts,
    computedCount: total.count,
    computedAmountKRW: total.amountKRW,
    reportedCount: r.reportedTotalCount,
    reportedAmountKRW: r.reportedTotalAmountKRW,
    matchesReported,
  };
};

export const communityCentreRegistered = (c: ValidCommunityCentre) => ({
  communityCentreId: c.id,
  name: c.name,
  district: c.district,
  welfareStaffCount: c.welfareStaffCount,
  pilot: c.pilot,
});

interface VisitFacts {
  _id: string;
  communityCentreId: string;
  district: string;
  visitorRole: string;
  visitedOn: string;
  status: DiscoveryStatus;
  householdId: string;
  needsDiscovery: { domains: NeedsDomain[] } | null;
}

export const outreachVisitRecorded = (v: VisitFacts) => ({
  visitId: v._id,
  communityCentreId: v.communityCentreId,
  district: v.district,
  visitorRole: v.visitorRole,
  visitedOn: v.visitedOn,
  status: v.status,
  needsDomains: v.needsDiscovery?.domains ?? [],
});

/** Only for a visit that found needs. */
export const needsDiscovered = (v: VisitFacts, domains: NeedsDomain[]) => ({
  visitId: v._id,
  householdId: v.householdId,
  communityCentreId: v.communityCentreId,
  district: v.district,
  visitorRole: v.visitorRole,
  needs: domains,
  discoveredOn: v.visitedOn,
});

export const discoveryClosed = (v: VisitFacts, from: DiscoveryStatus, outcome: CloseOutcome, closedOn: string) => ({
  visitId: v._id,
  communityCentreId: v.communityCentreId,
  district: v.district,
  fromStatus: from,
  outcome,
  closedOn,
});
