/** What budgets publishes (schemas in schemas/events/) and consumes. */
export const PUBLISHES = {
  BudgetLineRegistered: 'pass.budgets.BudgetLineRegistered.v1',
  ExpenditureRecorded: 'pass.budgets.ExpenditureRecorded.v1',
  BudgetSubmitted: 'pass.budgets.BudgetSubmitted.v1',
  BudgetApproved: 'pass.budgets.BudgetApproved.v1',
  BudgetClosed: 'pass.budgets.BudgetClosed.v1',
} as const;

export const CONSUMES = {
  /** Kept in `ref_resolutions`: a budget is approved by an adopted board resolution. */
  ResolutionAdopted: 'pass.governance.ResolutionAdopted.v1',
  /** Kept in `ref_agencies`: a budget line belongs to a registered agency. */
  AgencyRegistered: 'pass.governance.AgencyRegistered.v1',
  /** A completed dispatch's cost is charged to the agency's substitute-dispatch line. */
  SubstituteDispatchCompleted: 'pass.staffing.SubstituteDispatchCompleted.v1',
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
