/** What outreach publishes (schemas in schemas/events/) and consumes. Payloads carry no PII: no household codes, no findings. */
import type {
  CaseStatus,
  CloseOutcome,
  DeliveryRow,
  NeedsDomain,
  Referral,
  ValidCommunityCentre,
  ValidConsortium,
  ValidProgrammeReport,
} from './domain';
import { reportFigures } from './domain';
import { PILOT_EVENTS } from './pilot';

export const PUBLISHES = {
  ConsortiumRegistered: 'pass.outreach.ConsortiumRegistered.v1',
  ServiceDeliveryRecorded: 'pass.outreach.ServiceDeliveryRecorded.v1',
  ProgrammeDeliveryReported: 'pass.outreach.ProgrammeDeliveryReported.v1',
  CommunityCentreRegistered: 'pass.outreach.CommunityCentreRegistered.v1',
  OutreachVisitRecorded: 'pass.outreach.OutreachVisitRecorded.v1',
  NeedsReferred: 'pass.outreach.NeedsReferred.v1',
  OutreachCaseClosed: 'pass.outreach.OutreachCaseClosed.v1',
  ...PILOT_EVENTS,
} as const;

/** Outreach consumes no events yet. */
export const CONSUMES = {} as const;

export const consortiumRegistered = (c: ValidConsortium) => ({
  consortiumId: c.id,
  name: c.name,
  district: c.district,
  leadOrganisationName: c.leadOrganisationName,
  leadLegalForm: c.leadLegalForm,
  services: c.services,
  memberCount: c.memberOrganisations.length,
});

export const serviceDeliveryRecorded = (consortiumId: string, district: string, row: DeliveryRow) => ({
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
  status: CaseStatus;
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

export const needsReferred = (v: VisitFacts, from: CaseStatus, to: CaseStatus, referral: Referral) => ({
  visitId: v._id,
  communityCentreId: v.communityCentreId,
  district: v.district,
  fromStatus: from,
  status: to,
  target: referral.target,
  serviceName: referral.serviceName,
  needsDomains: v.needsDiscovery?.domains ?? [],
  referredOn: referral.referredOn,
});

export const outreachCaseClosed = (v: VisitFacts, from: CaseStatus, outcome: CloseOutcome, closedOn: string) => ({
  visitId: v._id,
  communityCentreId: v.communityCentreId,
  district: v.district,
  fromStatus: from,
  outcome,
  closedOn,
});
