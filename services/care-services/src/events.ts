/** What care-services publishes (schemas in schemas/events/) and consumes. */
export const PUBLISHES = {
  FacilityRegistered: 'pass.care-services.FacilityRegistered.v1',
  FacilityEntrustmentStarted: 'pass.care-services.FacilityEntrustmentStarted.v1',
  FacilityOpened: 'pass.care-services.FacilityOpened.v1',
  FacilityEntrustmentEnded: 'pass.care-services.FacilityEntrustmentEnded.v1',
} as const;

export const CONSUMES = {
  /** Kept in `ref_agencies`: a facility's operator must be a registered agency. */
  AgencyRegistered: 'pass.governance.AgencyRegistered.v1',
  /** Kept in `ref_districts`: a facility's district must be a registered district. */
  DistrictRegistered: 'pass.governance.DistrictRegistered.v1',
} as const;
