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
