/** Care-services rules, free of I/O. */
import { all, badInput, checkDate, checkId, checkInt, checkText, err, ok, type Result } from '@pass-graph/platform';

export const FACILITY_TYPES = [
  'HOME_CARE_CENTRE',
  'LONG_TERM_CARE_FACILITY',
  'PUBLIC_DAYCARE_CENTRE',
  'COMMUNITY_CHILD_CARE_CENTRE',
  'FAMILY_CENTRE',
  'ELDER_PROTECTION_AGENCY',
  'ELDER_ABUSE_SHELTER',
  'SUBSTITUTE_WORKFORCE_CENTRE',
] as const;
export type FacilityType = (typeof FACILITY_TYPES)[number];
export type HomeCareCentreModel = 'BASIC' | 'EXTENDED' | 'NURSING' | 'DAY_VISIT';
export type OperationMode = 'DIRECT' | 'ENTRUSTED';
export type FacilityStatus = 'CANDIDATE' | 'ENTRUSTED' | 'OPERATING' | 'ENDED';
export type DatePrecision = 'DAY' | 'MONTH';
export type CareService =
  | 'HOME_CARE'
  | 'HOME_BATHING'
  | 'HOME_NURSING'
  | 'DAY_NIGHT_CARE'
  | 'SHORT_TERM_CARE'
  | 'DISABILITY_ACTIVITY_SUPPORT'
  | 'EMERGENCY_CARE'
  | 'CHILDCARE'
  | 'ELDER_PROTECTION'
  | 'FAMILY_SUPPORT';

/** What `registerFacility` receives (enums already checked by GraphQL). */
export interface RegisterFacilityInput {
  id: string;
  name: string;
  type: FacilityType;
  centreModel?: HomeCareCentreModel | null;
  operationMode: OperationMode;
  operatorId: string;
  district: string;
  address?: string | null;
  areaSquareMeters?: number | null;
  capacity?: number | null;
  services: CareService[];
  openedOn?: string | null;
  openedOnPrecision?: DatePrecision | null;
  status: FacilityStatus;
}

export type ValidFacility = Required<{ [K in keyof RegisterFacilityInput]: Exclude<RegisterFacilityInput[K], undefined> }>;

/** Full Korean district names end in 구 (Seoul), 시 or 군 (Jeonbuk). */
const DISTRICT_PATTERN = /^[가-힣]{1,10}(구|시|군)$/;

export function validateFacility(input: RegisterFacilityInput): Result<ValidFacility> {
  const checked = all({
    id: checkId(input.id),
    name: checkText(input.name, 'name', 100),
    operatorId: checkId(input.operatorId, 'operatorId'),
    district: DISTRICT_PATTERN.test(input.district)
      ? ok(input.district)
      : err(badInput('district must be a full Korean district name such as 마포구 or 전주시', 'district')),
    address: input.address == null ? ok(null) : checkText(input.address, 'address', 200),
    capacity: input.capacity == null ? ok(null) : checkInt(input.capacity, 'capacity', 0, 100_000),
    openedOn: input.openedOn == null ? ok(null) : checkDate(input.openedOn, 'openedOn'),
    areaSquareMeters:
      input.areaSquareMeters == null
        ? ok(null)
        : Number.isFinite(input.areaSquareMeters) && input.areaSquareMeters > 0 && input.areaSquareMeters < 1e6
          ? ok(input.areaSquareMeters)
          : err(badInput('areaSquareMeters must be a positive number', 'areaSquareMeters')),
  });
  if (!checked.ok) return checked;
  const centreModel = input.centreModel ?? null;
  if (input.type === 'HOME_CARE_CENTRE' && centreModel === null)
    return err(badInput('a HOME_CARE_CENTRE needs its centreModel (기본형/확대형/간호특화형/통원형)', 'centreModel'));
  if (input.type !== 'HOME_CARE_CENTRE' && centreModel !== null)
    return err(badInput('centreModel applies only to HOME_CARE_CENTRE', 'centreModel'));
  if (new Set(input.services).size !== input.services.length) return err(badInput('services must not repeat', 'services'));
  return ok({
    ...checked.value,
    type: input.type,
    centreModel,
    operationMode: input.operationMode,
    services: input.services,
    openedOnPrecision: checked.value.openedOn === null ? null : (input.openedOnPrecision ?? 'DAY'),
    status: input.status,
  });
}

// ---------------------------------------------------------------- entrustment lifecycle

export type FacilityAction = 'entrust' | 'open' | 'end';

/** CANDIDATE → ENTRUSTED → OPERATING → ENDED; an entrustment can also end before opening. */
export const FACILITY_TRANSITIONS: Readonly<Record<FacilityAction, { from: FacilityStatus[]; to: FacilityStatus }>> = {
  entrust: { from: ['CANDIDATE'], to: 'ENTRUSTED' },
  open: { from: ['ENTRUSTED'], to: 'OPERATING' },
  end: { from: ['ENTRUSTED', 'OPERATING'], to: 'ENDED' },
};

export const canFacility = (status: FacilityStatus, action: FacilityAction): boolean => FACILITY_TRANSITIONS[action].from.includes(status);

export interface EntrustInput {
  id: string;
  entrustmentStart: string;
  entrustmentEnd: string;
  authorisedStaff?: number | null;
}

export function validateEntrustment(
  input: EntrustInput,
): Result<{ id: string; entrustmentStart: string; entrustmentEnd: string; authorisedStaff: number | null }> {
  const checked = all({
    id: checkId(input.id),
    entrustmentStart: checkDate(input.entrustmentStart, 'entrustmentStart'),
    entrustmentEnd: checkDate(input.entrustmentEnd, 'entrustmentEnd'),
    authorisedStaff: input.authorisedStaff == null ? ok(null) : checkInt(input.authorisedStaff, 'authorisedStaff', 0, 10_000),
  });
  if (!checked.ok) return checked;
  if (checked.value.entrustmentEnd <= checked.value.entrustmentStart)
    return err(badInput('entrustmentEnd must be after entrustmentStart', 'entrustmentEnd'));
  return checked;
}

// ---------------------------------------------------------------- care recipients (이용자)

export type RecipientStatus = 'IDENTIFIED' | 'SCREENED' | 'SELECTED' | 'RECEIVING' | 'FOLLOW_UP' | 'CLOSED';
export type Household = 'LIVING_ALONE' | 'ELDERLY_COUPLE' | 'WITH_FAMILY' | 'OTHER';
/** 대상자 기준 of the emergency/gap care (003 L3982) and rural care (003 L3871–3876). */
export type EligibilityReason =
  | 'COVID_INFECTION'
  | 'SUDDEN_CRISIS'
  | 'SERVICE_TRANSITION_GAP'
  | 'OUTSIDE_FORMAL_HOURS'
  | 'RURAL_BLIND_SPOT'
  | 'ISOLATED_ELDER'
  | 'LOW_INCOME_HOUSING_OR_HEALTH';

/** 발굴 → 선정 → 서비스 제공 → 사후관리 → 종결; anyone not yet closed can be closed (screened out, withdrew). */
export const RECIPIENT_TRANSITIONS: Readonly<Record<RecipientStatus, readonly RecipientStatus[]>> = {
  IDENTIFIED: ['SCREENED', 'CLOSED'],
  SCREENED: ['SELECTED', 'CLOSED'],
  SELECTED: ['RECEIVING', 'CLOSED'],
  RECEIVING: ['FOLLOW_UP', 'CLOSED'],
  FOLLOW_UP: ['CLOSED'],
  CLOSED: [],
};

export const canMoveRecipient = (from: RecipientStatus, to: RecipientStatus): boolean => RECIPIENT_TRANSITIONS[from].includes(to);

export interface RegisterRecipientInput {
  id: string;
  facilityId?: string | null;
  district: string;
  name: string;
  birthDate: string;
  phone?: string | null;
  address?: string | null;
  residentRegistrationNumber: string;
  household: Household;
  eligibilityReasons: EligibilityReason[];
  identifiedOn: string;
}

export interface ValidRecipient {
  id: string;
  facilityId: string | null;
  district: string;
  name: string;
  birthDate: string;
  phone: string | null;
  address: string | null;
  rrn: string;
  household: Household;
  eligibilityReasons: EligibilityReason[];
  identifiedOn: string;
}

const PERSON_NAME = /^[가-힣]{2,5}$|^[A-Za-z][A-Za-z .'-]{1,49}$/;
const PHONE = /^0\d{1,2}-\d{3,4}-\d{4}$/;
const RRN = /^(\d{2})(\d{2})(\d{2})-?([1-8])\d{6}$/;

/**
 * 주민등록번호: YYMMDD-GNNNNNN whose date is the birth date and whose 7th digit fits the
 * century (1, 2, 5, 6: 1900s; 3, 4, 7, 8: 2000s). No checksum: numbers issued since
 * October 2020 have none. Error messages never echo the value.
 */
export function checkRrn(rrn: string, birthDate: string): Result<string> {
  const m = RRN.exec(rrn.trim());
  if (!m) return err(badInput('residentRegistrationNumber must look like YYMMDD-NNNNNNN', 'residentRegistrationNumber'));
  const [, yy, mm, dd, g] = m as unknown as [string, string, string, string, string];
  const century = '1256'.includes(g) ? '19' : '20';
  if (`${century}${yy}-${mm}-${dd}` !== birthDate)
    return err(badInput('residentRegistrationNumber does not match birthDate', 'residentRegistrationNumber'));
  return ok(rrn.trim().replace('-', ''));
}

export function validateRecipient(input: RegisterRecipientInput, today: string): Result<ValidRecipient> {
  const checked = all({
    id: checkId(input.id),
    facilityId: input.facilityId == null ? ok(null) : checkId(input.facilityId, 'facilityId'),
    district: checkDistrict(input.district),
    birthDate: checkDate(input.birthDate, 'birthDate'),
    identifiedOn: checkDate(input.identifiedOn, 'identifiedOn'),
    address: input.address == null ? ok(null) : checkText(input.address, 'address', 200),
  });
  if (!checked.ok) return checked;
  const v = checked.value;
  const name = input.name.trim();
  if (!PERSON_NAME.test(name)) return err(badInput('name must be 2–5 Hangul syllables or a romanised name', 'name'));
  const phone = input.phone == null ? null : input.phone.trim();
  if (phone !== null && !PHONE.test(phone)) return err(badInput('phone must look like 010-1234-5678', 'phone'));
  if (v.birthDate > today || v.birthDate < '1900-01-01') return err(badInput('birthDate is not plausible', 'birthDate'));
  if (v.identifiedOn > today) return err(badInput('identifiedOn must not be in the future', 'identifiedOn'));
  const rrn = checkRrn(input.residentRegistrationNumber, v.birthDate);
  if (!rrn.ok) return rrn;
  if (input.eligibilityReasons.length === 0) return err(badInput('at least one eligibility reason is needed', 'eligibilityReasons'));
  if (new Set(input.eligibilityReasons).size !== input.eligibilityReasons.length)
    return err(badInput('eligibilityReasons must not repeat', 'eligibilityReasons'));
  return ok({ ...v, name, phone, rrn: rrn.value, household: input.household, eligibilityReasons: input.eligibilityReasons });
}

export function checkDistrict(district: string, field = 'district'): Result<string> {
  return DISTRICT_PATTERN.test(district)
    ? ok(district)
    : err(badInput(`${field} must be a full Korean district name such as 마포구 or 전주시`, field));
}

// ---------------------------------------------------------------- 돌봄SOS requests (신청)

/** The eight 돌봄SOS services (004 L116–127). */
export const SOS_SERVICES = [
  'TEMPORARY_HOME_CARE',
  'SHORT_TERM_FACILITY',
  'MEAL_SUPPORT',
  'MOBILITY_SUPPORT',
  'HOUSING_CONVENIENCE',
  'WELLBEING_CHECK',
  'HEALTH_SUPPORT',
  'INFORMATION_COUNSELLING',
] as const;
export type SosService = (typeof SOS_SERVICES)[number];
/** 일상편의서비스 (daily-convenience services): 식사지원, 이동지원, 주거편의 (004 L120–123). */
export const DAILY_CONVENIENCE: readonly SosService[] = ['MEAL_SUPPORT', 'MOBILITY_SUPPORT', 'HOUSING_CONVENIENCE'];
export type IntakeChannel = 'COMMUNITY_CENTRE' | 'CALL_CENTRE' | 'VISIT' | 'REFERRAL';
export type CareRequestStatus = 'RECEIVED' | 'ASSESSED' | 'PLANNED' | 'RESOLVED';
export type CareRequestOutcome = 'SERVED' | 'NOT_ELIGIBLE' | 'WITHDRAWN' | 'REFERRED_ELSEWHERE';

/** 접수 → 욕구사정 → 돌봄계획 → 종결. Only a planned request can be SERVED; any open one can end otherwise. */
export function canResolve(status: CareRequestStatus, outcome: CareRequestOutcome): boolean {
  if (status === 'RESOLVED') return false;
  return outcome === 'SERVED' ? status === 'PLANNED' : true;
}

/**
 * Outreach refers needs; when it names no services, each need maps to the 돌봄SOS service that
 * answers it (jobs and education only get 정보상담, the SOS centre's referral desk).
 */
export function servicesForReferral(requested: SosService[], needs: string[]): SosService[] {
  if (requested.length > 0) return requested;
  const byNeed: Record<string, SosService> = {
    CARE: 'TEMPORARY_HOME_CARE',
    MEALS: 'MEAL_SUPPORT',
    HOUSING: 'HOUSING_CONVENIENCE',
    HEALTH: 'HEALTH_SUPPORT',
    JOBS: 'INFORMATION_COUNSELLING',
    EDUCATION: 'INFORMATION_COUNSELLING',
  };
  const out = [...new Set(needs.map((n) => byNeed[n] ?? 'INFORMATION_COUNSELLING'))];
  return out.length > 0 ? out : ['INFORMATION_COUNSELLING'];
}

export function checkServices(services: SosService[], field = 'requestedServices'): Result<SosService[]> {
  if (services.length === 0) return err(badInput(`${field} must name at least one service`, field));
  if (new Set(services).size !== services.length) return err(badInput(`${field} must not repeat`, field));
  return ok(services);
}

// ---------------------------------------------------------------- care visits and caps (C5, 003 L3959, L3988)

export type VisitServiceType = SosService | 'EMERGENCY_CARE' | 'GAP_CARE';
export type CareActivity = 'PHYSICAL_CARE' | 'HOUSEWORK' | 'DAILY_LIVING_SUPPORT' | 'MOBILITY_SUPPORT';
export type CareCap = 'EMERGENCY_72H_PER_30_DAYS' | 'GAP_60H_PER_RECIPIENT' | 'COVID_5_DAYS_PER_30_DAYS';

/** 돌봄제공단가 52천원 per 3 hours (003 L3959), the rate of emergency and gap care. */
export const C5_RATE = { unitPriceKRW: 52_000, unitHours: 3 } as const;

/** "코로나 19 돌봄 최대 5일 내, 30일 내 긴급돌봄 72시간, 틈새돌봄 60시간" (003 L3988). */
export const CAPS = {
  EMERGENCY_72H_PER_30_DAYS: { limit: 72, windowDays: 30, unit: 'HOURS' },
  GAP_60H_PER_RECIPIENT: { limit: 60, windowDays: null, unit: 'HOURS' },
  COVID_5_DAYS_PER_30_DAYS: { limit: 5, windowDays: 30, unit: 'DAYS' },
} as const satisfies Record<CareCap, { limit: number; windowDays: number | null; unit: 'HOURS' | 'DAYS' }>;

export interface VisitFacts {
  deliveredOn: string;
  hours: number;
  serviceType: VisitServiceType;
  covidRelated: boolean;
}

/** Hours are half-hour steps from 0.5 to 24 (the CareVisitDelivered contract). */
export function checkVisitHours(hours: number): Result<number> {
  return Number.isFinite(hours) && hours > 0 && hours <= 24 && Number.isInteger(hours * 2)
    ? ok(hours)
    : err(badInput('hours must be a multiple of 0.5 from 0.5 to 24', 'hours'));
}

/** amountKRW = floor(unitPrice × hours ÷ unitHours), 원 미만 절사; integer arithmetic on half hours. */
export function visitAmount(unitPriceKRW: number, hours: number, unitHours: number): number {
  return Math.floor((unitPriceKRW * Math.round(hours * 2)) / Math.round(unitHours * 2));
}

const daysBetween = (from: string, to: string): number => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

/** The caps a visit counts against. */
export function capsOf(v: Pick<VisitFacts, 'serviceType' | 'covidRelated'>): CareCap[] {
  const caps: CareCap[] = [];
  if (v.serviceType === 'EMERGENCY_CARE') caps.push('EMERGENCY_72H_PER_30_DAYS');
  if (v.serviceType === 'GAP_CARE') caps.push('GAP_60H_PER_RECIPIENT');
  if (v.covidRelated) caps.push('COVID_5_DAYS_PER_30_DAYS');
  return caps;
}

/** What one cap has used of `visits`, in the window of 30 days ending on `end` (inclusive), or over all time. */
export function usedIn(cap: CareCap, visits: VisitFacts[], end: string): number {
  const { windowDays } = CAPS[cap];
  const inWindow = visits.filter(
    (v) => capsOf(v).includes(cap) && (windowDays === null || (v.deliveredOn <= end && daysBetween(v.deliveredOn, end) < windowDays)),
  );
  return CAPS[cap].unit === 'DAYS' ? new Set(inWindow.map((v) => v.deliveredOn)).size : inWindow.reduce((s, v) => s + v.hours, 0);
}

/**
 * The most a cap has used in any window that contains `on`: windows end on `on` or on a later
 * visit up to 29 days after it, so a back-dated visit cannot overfill a window already recorded.
 */
export function peakUsage(cap: CareCap, visits: VisitFacts[], on: string): number {
  const { windowDays } = CAPS[cap];
  if (windowDays === null) return usedIn(cap, visits, on);
  const ends = new Set([on, ...visits.map((v) => v.deliveredOn).filter((d) => d > on && daysBetween(on, d) < windowDays)]);
  return Math.max(...[...ends].map((end) => usedIn(cap, visits, end)));
}

export interface CapCheck {
  cap: CareCap;
  limit: number;
  unit: 'HOURS' | 'DAYS';
  usedBefore: number;
  usedAfter: number;
  remainingBefore: number;
}

/** Checks a new visit against every cap it counts against; `exceeded` is the first cap it would break. */
export function checkCaps(existing: VisitFacts[], visit: VisitFacts): { checks: CapCheck[]; exceeded: CapCheck | null } {
  const checks = capsOf(visit).map((cap): CapCheck => {
    const { limit, unit } = CAPS[cap];
    const usedBefore = peakUsage(cap, existing, visit.deliveredOn);
    const usedAfter = peakUsage(cap, [...existing, visit], visit.deliveredOn);
    return { cap, limit, unit, usedBefore, usedAfter, remainingBefore: Math.max(0, limit - usedBefore) };
  });
  return { checks, exceeded: checks.find((c) => c.usedAfter > c.limit) ?? null };
}

// ---------------------------------------------------------------- satisfaction (C3/C4, 003 L3792–3793)

export const SATISFACTION_ELEMENTS = ['timeliness', 'expertise', 'courtesy', 'information', 'responsiveness', 'needsMet'] as const;
export type SatisfactionElement = (typeof SATISFACTION_ELEMENTS)[number];
export type ElementScores = Record<SatisfactionElement, number>;

/**
 * 서비스요소별 만족도(70%) + 전반적만족도(30%): the mean of the six element scores × 0.7 plus
 * the overall score × 0.3, on 0–100, rounded to one decimal for display.
 */
export function satisfactionScore(elements: ElementScores, overall: number): number {
  const mean = SATISFACTION_ELEMENTS.reduce((s, k) => s + elements[k], 0) / SATISFACTION_ELEMENTS.length;
  return Math.round((mean * 0.7 + overall * 0.3) * 10) / 10;
}

/** 목표: 소속시설·재가센터 80점 이상 (003 L1732–1736), 농어촌 돌봄 90% 이상 (003 L3848, L3897). */
export const satisfactionTarget = (rural: boolean): number => (rural ? 90 : 80);

export function checkScore(value: number, field: string): Result<number> {
  return Number.isFinite(value) && value >= 0 && value <= 100 ? ok(value) : err(badInput(`${field} must be from 0 to 100`, field));
}

// ---------------------------------------------------------------- complaints (불만/고충, 003 L3811–3813)

export type ComplaintChannel = 'VISIT' | 'PHONE' | 'KAKAOTALK' | 'POST' | 'EMAIL';
/**
 * 발생 및 접수 → 원인파악 및 요구사항 파악 → 대책 수립 및 이행 → 조치 및 결과 전달 → 사후관리,
 * then RESOLVED when the aftercare ends. Each stage follows the one before; none is skipped.
 */
export const COMPLAINT_STAGES = ['RECEIVED', 'ANALYSED', 'ACTION_TAKEN', 'RESULT_COMMUNICATED', 'AFTERCARE', 'RESOLVED'] as const;
export type ComplaintStage = (typeof COMPLAINT_STAGES)[number];

export const nextComplaintStage = (stage: ComplaintStage): ComplaintStage | null =>
  COMPLAINT_STAGES[COMPLAINT_STAGES.indexOf(stage) + 1] ?? null;

/** Age in whole days: from receipt to resolution, or to `asOf` while open. */
export const complaintAgeDays = (c: { receivedOn: string; resolvedOn: string | null }, asOf: string): number =>
  daysBetween(c.receivedOn, c.resolvedOn ?? asOf);

export interface StageSummary {
  stage: ComplaintStage;
  count: number;
  oldestAgeDays: number | null;
  meanAgeDays: number | null;
}

/** 단계별 현황: every stage, with how many complaints sit there and how old they are. */
export function complaintsByStage(
  complaints: { stage: ComplaintStage; receivedOn: string; resolvedOn: string | null }[],
  asOf: string,
): StageSummary[] {
  return COMPLAINT_STAGES.map((stage) => {
    const ages = complaints.filter((c) => c.stage === stage).map((c) => complaintAgeDays(c, asOf));
    return {
      stage,
      count: ages.length,
      oldestAgeDays: ages.length ? Math.max(...ages) : null,
      meanAgeDays: ages.length ? Math.round((ages.reduce((s, a) => s + a, 0) / ages.length) * 10) / 10 : null,
    };
  });
}

// ---------------------------------------------------------------- monitoring and diagnosis (S1, 003 L1436–1517)

export type MonitoringMode = 'IN_PERSON' | 'REMOTE';
export type DiagnosisTrigger = 'MONITORING' | 'TIP' | 'LOCAL_GOVERNMENT_REQUEST' | 'ENTRUSTMENT' | 'SELF_INSPECTION_SUPPORT';
export type DiagnosisScope = 'WHOLE_FACILITY' | 'SPECIFIC_ISSUE';
export type DiagnosisStatus = 'IN_PROGRESS' | 'COMPLETED';
export type InnovationMeasure =
  'REORGANISATION' | 'CAPACITY_TRAINING' | 'HR_IMPROVEMENT' | 'ACCOUNTING_IMPROVEMENT' | 'OPERATING_RULES_REVISION';

/** '23년 24회: 대면 16회 + 비대면 8회 (003 L1444, L1474, L1480). */
export const MONITORING_TARGETS: Readonly<Record<number, { inPerson: number; remote: number }>> = {
  2023: { inPerson: 16, remote: 8 },
};

export function monitoringProgress(year: number, monitorings: { mode: MonitoringMode; monitoredOn: string }[]) {
  const ofYear = monitorings.filter((m) => m.monitoredOn.startsWith(`${year}-`));
  const inPerson = ofYear.filter((m) => m.mode === 'IN_PERSON').length;
  const remote = ofYear.length - inPerson;
  const target = MONITORING_TARGETS[year] ?? null;
  return {
    year,
    inPerson,
    remote,
    total: ofYear.length,
    inPersonTarget: target?.inPerson ?? null,
    remoteTarget: target?.remote ?? null,
    target: target ? target.inPerson + target.remote : null,
  };
}
