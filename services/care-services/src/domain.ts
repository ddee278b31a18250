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
