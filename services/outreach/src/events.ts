/**
 * What outreach publishes (schemas in schemas/events/) and consumes. Payloads carry ids, never
 * personal data: households appear only as pseudonymous ids (HH-…) with their district, never findings.
 */
import type {
  DeliveryRow,
  DiscoveryStatus,
  NeedsDomain,
  ValidCommunityCentre,
  ValidConsortium,
  ValidProgrammeReport,
  VisitorRole,
} from './domain';
import { reportFigures } from './domain';
import type { DiscoveryClosedData, OutreachVisitRecordedData } from '@pass-graph/contracts';

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
  visitorRole: VisitorRole;
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
  // validateVisit records a visit DISCOVERED or CLOSED; REFERRED comes later.
  status: v.status as OutreachVisitRecordedData['status'],
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

export const discoveryClosed = (
  v: VisitFacts,
  from: DiscoveryClosedData['fromStatus'],
  outcome: DiscoveryClosedData['outcome'],
  closedOn: string,
) => ({
  visitId: v._id,
  communityCentreId: v.communityCentreId,
  district: v.district,
  fromStatus: from,
  outcome,
  closedOn,
});
