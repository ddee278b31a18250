/** Staffing rules, free of I/O: the dispatch lifecycle, its cost, input checks. */
import { all, badInput, checkDate, checkId, checkInt, checkText, err, inclusiveDays, ok, type Result } from '@pass-graph/platform';

export type DispatchStatus = 'REQUESTED' | 'MATCHED' | 'DISPATCHED' | 'COMPLETED' | 'CANCELLED';
export type DispatchReason = 'VACANCY' | 'LEAVE' | 'SICK_LEAVE' | 'TRAINING' | 'PARENTAL_LEAVE';
export type SubstituteJobType = 'CARE' | 'COOK';
export type JobType =
  'FACILITY_HEAD' | 'SOCIAL_WORKER' | 'CARE_WORKER' | 'ACTIVITY_SUPPORT_WORKER' | 'NURSE' | 'CHILDCARE_TEACHER' | 'COOK' | 'ADMINISTRATIVE';
export type EmploymentForm = 'FULL_TIME' | 'PART_TIME';
export type EmployeeStatus = 'ACTIVE' | 'ON_LEAVE' | 'LEFT';

export type DispatchAction = 'match' | 'start' | 'complete' | 'cancel';

/** REQUESTED → MATCHED → DISPATCHED → COMPLETED; REQUESTED/MATCHED → CANCELLED. */
export const TRANSITIONS: Readonly<Record<DispatchAction, { from: DispatchStatus[]; to: DispatchStatus }>> = {
  match: { from: ['REQUESTED'], to: 'MATCHED' },
  start: { from: ['MATCHED'], to: 'DISPATCHED' },
  complete: { from: ['DISPATCHED'], to: 'COMPLETED' },
  cancel: { from: ['REQUESTED', 'MATCHED'], to: 'CANCELLED' },
};

export const canTransition = (status: DispatchStatus, action: DispatchAction): boolean => TRANSITIONS[action].from.includes(status);

/** Longest period one request may cover (a year): longer gaps are recruitment, not substitution. */
export const MAX_DISPATCH_DAYS = 366;
export const MAX_DAILY_RATE_KRW = 1_000_000;

export interface RequestDispatchInput {
  id: string;
  facilityId: string;
  reason: DispatchReason;
  jobType: SubstituteJobType;
  startDate: string;
  endDate: string;
  dailyRate: number;
}

export interface ValidDispatchRequest extends RequestDispatchInput {
  days: number;
  cost: number;
}

export function validateDispatchRequest(input: RequestDispatchInput): Result<ValidDispatchRequest> {
  const checked = all({
    id: checkId(input.id),
    facilityId: checkId(input.facilityId, 'facilityId'),
    startDate: checkDate(input.startDate, 'startDate'),
    endDate: checkDate(input.endDate, 'endDate'),
    dailyRate: checkInt(input.dailyRate, 'dailyRate', 1, MAX_DAILY_RATE_KRW),
  });
  if (!checked.ok) return checked;
  const days = inclusiveDays(input.startDate, input.endDate);
  if (days < 1) return err(badInput('endDate must not be before startDate', 'endDate'));
  if (days > MAX_DISPATCH_DAYS) return err(badInput(`a dispatch covers at most ${MAX_DISPATCH_DAYS} days`, 'endDate'));
  return ok({ ...input, days, cost: dispatchCost(days, input.dailyRate) });
}

/** Integer won: days × daily rate. */
export const dispatchCost = (days: number, dailyRate: number): number => days * dailyRate;

/** Two inclusive date ranges overlap. Dates are YYYY-MM-DD, so string order is date order. */
export const overlaps = (a: { startDate: string; endDate: string }, b: { startDate: string; endDate: string }): boolean =>
  a.startDate <= b.endDate && b.startDate <= a.endDate;

export function validateHeadcountPlan(input: { facilityId: string; year: number; authorized: number }): Result<typeof input> {
  return all({
    facilityId: checkId(input.facilityId, 'facilityId'),
    year: checkInt(input.year, 'year', 2000, 2100),
    authorized: checkInt(input.authorized, 'authorized', 0, 100_000),
  });
}

export function validateAlias(alias: string): Result<string> {
  return checkText(alias, 'alias', 60);
}

export interface HeadcountFigures {
  year: number;
  authorized: number;
  actual: number;
  vacancies: number;
}

export const headcount = (year: number, authorized: number, actual: number): HeadcountFigures => ({
  year,
  authorized,
  actual,
  vacancies: authorized - actual,
});
