/** What budgets publishes (schemas in schemas/events/) and consumes. */
export const PUBLISHES = {
  BudgetLineRegistered: 'pass.budgets.BudgetLineRegistered.v1',
  ExpenditureRecorded: 'pass.budgets.ExpenditureRecorded.v1',
  BudgetSubmitted: 'pass.budgets.BudgetSubmitted.v1',
  BudgetApproved: 'pass.budgets.BudgetApproved.v1',
  BudgetClosed: 'pass.budgets.BudgetClosed.v1',
  BudgetRevised: 'pass.budgets.BudgetRevised.v1',
  /** Every posted execution, whatever its source. */
  ExecutionPosted: 'pass.budgets.ExecutionPosted.v1',
  /** An execution beyond a line's budget: refused, or posted under 전용. */
  BudgetLineOverrun: 'pass.budgets.BudgetLineOverrun.v1',
} as const;

export const CONSUMES = {
  /** Kept in `ref_resolutions`: a budget is approved by an adopted board resolution. */
  ResolutionAdopted: 'pass.governance.ResolutionAdopted.v1',
  /** Kept in `ref_agencies`: a budget line belongs to a registered agency. */
  AgencyRegistered: 'pass.governance.AgencyRegistered.v1',
  /** A completed dispatch's cost is charged to the agency's substitute-dispatch line. */
  SubstituteDispatchCompleted: 'pass.staffing.SubstituteDispatchCompleted.v1',
  /** A session's fee is posted against the agency's consulting line for its programme. */
  ConsultingSessionHeld: 'pass.consulting.ConsultingSessionHeld.v1',
  /** A delivered visit's amount is posted against the agency's care-provision line. */
  CareVisitDelivered: 'pass.care-services.CareVisitDelivered.v1',
  /** A paying committee's meeting: attendees × 위원회 참석수당 against the committee-allowance line. */
  MeetingHeld: 'pass.governance.MeetingHeld.v1',
  /** A P7 safety inspection with an agency and a fee tier: 안전점검수당 against the agency's safety-inspection line. */
  InspectionCompleted: 'pass.consulting.InspectionCompleted.v1',
} as const;

export interface SubstituteDispatchCompletedData {
  dispatchId: string;
  /** Null when the demand site is a private provider. */
  facilityId: string | null;
  providerId?: string | null;
  agencyId: string;
  workerId: string;
  startDate: string;
  endDate: string;
  days: number;
  dailyRateKRW: number;
  costKRW: number;
  completedAt: string;
}

export interface ConsultingSessionHeldData {
  sessionId: string;
  caseId: string;
  providerId: string;
  agencyId: string;
  programmeCode: string;
  heldOn: string;
  hours: number;
  consultantIds: string[];
  hourlyFeeKRW: number;
  feeKRW: number;
}

export interface CareVisitDeliveredData {
  visitId: string;
  recipientId: string;
  agencyId: string;
  facilityId: string | null;
  workerId: string | null;
  serviceType: string;
  district: string;
  deliveredOn: string;
  hours: number;
  unitPriceKRW: number;
  unitHours: number;
  amountKRW: number;
}

export interface MeetingHeldData {
  meetingId: string;
  committeeId: string;
  agencyId: string;
  kind: string;
  heldOn: string;
  attendees: number;
  quorate: boolean;
}

/** The fields of pass.consulting.InspectionCompleted.v1 budgets reads (agencyId and feeKRW are optional there). */
export interface InspectionCompletedData {
  inspectionId: string;
  providerId: string;
  district: string;
  kind: 'SITE' | 'SAFETY';
  inspectedOn: string;
  feeTier?: 'BASIC' | 'FULL' | null;
  feeKRW?: number | null;
  /** The agency whose programme (P7) the inspection is; absent for the Seoul district table's inspections. */
  agencyId?: string | null;
}
