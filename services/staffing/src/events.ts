/** What staffing publishes (schemas in schemas/events/) and consumes. */
export const PUBLISHES = {
  HeadcountPlanSet: 'pass.staffing.HeadcountPlanSet.v1',
  HeadcountTargetSet: 'pass.staffing.HeadcountTargetSet.v1',
  EmployeeHired: 'pass.staffing.EmployeeHired.v1',
  EmployeeLeft: 'pass.staffing.EmployeeLeft.v1',
  EmployeePromoted: 'pass.staffing.EmployeePromoted.v1',
  EmployeeDisciplined: 'pass.staffing.EmployeeDisciplined.v1',
  EvaluationRecorded: 'pass.staffing.EvaluationRecorded.v1',
  TrainingCourseRegistered: 'pass.staffing.TrainingCourseRegistered.v1',
  TrainingCompleted: 'pass.staffing.TrainingCompleted.v1',
  SubstituteWorkerRegistered: 'pass.staffing.SubstituteWorkerRegistered.v1',
  EmergencyCareWorkerRegistered: 'pass.staffing.EmergencyCareWorkerRegistered.v1',
  EmergencyCareWorkerAvailabilityChanged: 'pass.staffing.EmergencyCareWorkerAvailabilityChanged.v1',
  DispatchTargetSet: 'pass.staffing.DispatchTargetSet.v1',
  SubstituteDispatchRequested: 'pass.staffing.SubstituteDispatchRequested.v1',
  SubstituteDispatchMatched: 'pass.staffing.SubstituteDispatchMatched.v1',
  SubstituteDispatchStarted: 'pass.staffing.SubstituteDispatchStarted.v1',
  SubstituteDispatchCompleted: 'pass.staffing.SubstituteDispatchCompleted.v1',
  SubstituteDispatchCancelled: 'pass.staffing.SubstituteDispatchCancelled.v1',
} as const;

export const CONSUMES = {
  /** Kept in `ref_agencies`: plans, hires and targets belong to a registered agency. */
  AgencyRegistered: 'pass.governance.AgencyRegistered.v1',
  /** Kept in `ref_org_units`: an HQ employee belongs to a unit of the same agency. */
  OrgUnitRegistered: 'pass.governance.OrgUnitRegistered.v1',
  /** Kept in `ref_facilities`: a dispatch, a plan or a hire needs a facility that exists. */
  FacilityRegistered: 'pass.care-services.FacilityRegistered.v1',
  /** Opens the facility's 정원 for the start year (when the entrustment names it). */
  FacilityEntrustmentStarted: 'pass.care-services.FacilityEntrustmentStarted.v1',
  /** Ends the facility's employments that day (고용승계 to the next operator). */
  FacilityEntrustmentEnded: 'pass.care-services.FacilityEntrustmentEnded.v1',
  /** Applies the personnel actions (승진, 징계) of adopted personnel-committee or board resolutions. */
  ResolutionAdopted: 'pass.governance.ResolutionAdopted.v1',
  /** Kept in `ref_providers`: a private provider can be a demand site too. */
  ProviderRegistered: 'pass.consulting.ProviderRegistered.v1',
} as const;

export interface FacilityRegisteredData {
  facilityId: string;
  name: string;
  operatorId: string;
  district: string;
}

export interface ProviderRegisteredData {
  providerId: string;
  name: string;
  district: string;
}

export interface EntrustmentStartedData {
  facilityId: string;
  agencyId: string;
  entrustmentStart: string;
  entrustmentEnd: string;
  authorisedStaff: number | null;
}

export interface EntrustmentEndedData {
  facilityId: string;
  agencyId: string;
  endedOn: string;
}

export interface OrgUnitRegisteredData {
  orgUnitId: string;
  agencyId: string;
  name: string;
}

export interface ResolutionAdoptedData {
  resolutionId: string;
  committeeKind: string;
  agencyId: string;
  decidedOn: string;
  personnelActions: { kind: 'PROMOTION' | 'DISCIPLINE'; employeeId: string; toGrade: string | null; note: string | null }[];
}
