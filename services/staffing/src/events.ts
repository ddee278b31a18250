/** What staffing publishes (schemas in schemas/events/) and consumes. */
export const PUBLISHES = {
  HeadcountPlanSet: 'pass.staffing.HeadcountPlanSet.v1',
  EmployeeHired: 'pass.staffing.EmployeeHired.v1',
  SubstituteWorkerRegistered: 'pass.staffing.SubstituteWorkerRegistered.v1',
  SubstituteDispatchRequested: 'pass.staffing.SubstituteDispatchRequested.v1',
  SubstituteDispatchMatched: 'pass.staffing.SubstituteDispatchMatched.v1',
  SubstituteDispatchStarted: 'pass.staffing.SubstituteDispatchStarted.v1',
  SubstituteDispatchCompleted: 'pass.staffing.SubstituteDispatchCompleted.v1',
  SubstituteDispatchCancelled: 'pass.staffing.SubstituteDispatchCancelled.v1',
} as const;

export const CONSUMES = {
  /** Keeps `known_facilities`: a dispatch can only be requested for a facility that exists. */
  FacilityRegistered: 'pass.care-services.FacilityRegistered.v1',
} as const;

export interface FacilityRegisteredData {
  facilityId: string;
  name: string;
  operatorId: string;
  district: string;
}
