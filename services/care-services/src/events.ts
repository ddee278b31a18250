/** What care-services publishes (schemas in schemas/events/) and consumes. */
export const PUBLISHES = {
  FacilityRegistered: 'pass.care-services.FacilityRegistered.v1',
  FacilityEntrustmentStarted: 'pass.care-services.FacilityEntrustmentStarted.v1',
  FacilityOpened: 'pass.care-services.FacilityOpened.v1',
  FacilityEntrustmentEnded: 'pass.care-services.FacilityEntrustmentEnded.v1',
  CareRecipientSelected: 'pass.care-services.CareRecipientSelected.v1',
  CareRequestReceived: 'pass.care-services.CareRequestReceived.v1',
  CareRequestResolved: 'pass.care-services.CareRequestResolved.v1',
  CareVisitDelivered: 'pass.care-services.CareVisitDelivered.v1',
  CareCapReached: 'pass.care-services.CareCapReached.v1',
  ComplaintReceived: 'pass.care-services.ComplaintReceived.v1',
  ComplaintResolved: 'pass.care-services.ComplaintResolved.v1',
  SatisfactionSurveyCompleted: 'pass.care-services.SatisfactionSurveyCompleted.v1',
} as const;

export const CONSUMES = {
  /** Kept in `ref_agencies`: a facility's operator must be a registered agency. */
  AgencyRegistered: 'pass.governance.AgencyRegistered.v1',
  /** Kept in `ref_districts`: a facility's district must be a registered district. */
  DistrictRegistered: 'pass.governance.DistrictRegistered.v1',
  /** A referral to care-services opens a 돌봄SOS CareRequest (channel REFERRAL); other targets are not ours. */
  ReferralMade: 'pass.outreach.ReferralMade.v1',
  /** A household's discovered needs: kept in `care_leads` as expected 돌봄SOS demand per district (no request is opened). */
  NeedsDiscovered: 'pass.outreach.NeedsDiscovered.v1',
  /** Kept in `ref_emergency_care_workers`: a visit's workers must be in the pool and cover its district. */
  EmergencyCareWorkerRegistered: 'pass.staffing.EmergencyCareWorkerRegistered.v1',
  /** Updates the pool entry's availability (shown, not enforced on visits: they are recorded after delivery). */
  EmergencyCareWorkerAvailabilityChanged: 'pass.staffing.EmergencyCareWorkerAvailabilityChanged.v1',
  /** The five dispatch steps are kept in `facility_dispatches`: a facility's substitute-worker coverage (대체인력 지원). */
  SubstituteDispatchRequested: 'pass.staffing.SubstituteDispatchRequested.v1',
  SubstituteDispatchMatched: 'pass.staffing.SubstituteDispatchMatched.v1',
  SubstituteDispatchStarted: 'pass.staffing.SubstituteDispatchStarted.v1',
  SubstituteDispatchCompleted: 'pass.staffing.SubstituteDispatchCompleted.v1',
  SubstituteDispatchCancelled: 'pass.staffing.SubstituteDispatchCancelled.v1',
  /** Kept in `ref_providers`: a care-partner agreement (돌봄파트너 협약) is signed with a registered provider. */
  ProviderRegistered: 'pass.consulting.ProviderRegistered.v1',
} as const;

export interface AgencyRegisteredData {
  agencyId: string;
  region: string;
}

export interface DistrictRegisteredData {
  name: string;
  province: string;
}

export interface ReferralMadeData {
  referralId: string;
  householdId: string;
  district: string;
  target: 'CARE_SERVICES' | 'OTHER_AGENCY';
  needs: string[];
  requestedServices: string[];
  referredOn: string;
}

export interface NeedsDiscoveredData {
  visitId: string;
  householdId: string;
  communityCentreId: string;
  district: string;
  visitorRole: string;
  needs: string[];
  discoveredOn: string;
}

export interface EmergencyCareWorkerRegisteredData {
  workerId: string;
  districts: string[];
  available: boolean;
}

export interface EmergencyCareWorkerAvailabilityChangedData {
  workerId: string;
  available: boolean;
}

/** The fields the five SubstituteDispatch* events share or add; Requested and Completed carry the period. */
export interface SubstituteDispatchData {
  dispatchId: string;
  facilityId: string | null;
  workerId?: string;
  absentRole?: string;
  jobType?: string;
  startDate?: string;
  endDate?: string;
  days?: number;
}

export interface ProviderRegisteredData {
  providerId: string;
  name: string;
  type: string;
  district: string;
}
