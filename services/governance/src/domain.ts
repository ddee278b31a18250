/** Governance rules, free of I/O. */
import { all, badInput, checkDate, checkId, checkText, conflict, err, ok, type Result } from '@pass-graph/platform';

export type AgencyLegalForm = 'CONTRIBUTED_INSTITUTION' | 'INVESTED_INSTITUTION';
export type DistrictKind = 'AUTONOMOUS_DISTRICT' | 'CITY' | 'COUNTY';
export type BoardRole = 'CHAIR' | 'CEO' | 'DIRECTOR' | 'AUDITOR';
export type BoardStanding = 'STANDING' | 'NON_STANDING';
export type BoardSelection = 'APPOINTED' | 'EX_OFFICIO';

// ---------------------------------------------------------------- agencies

/** What `registerAgency` receives (enums already checked by GraphQL). */
export interface RegisterAgencyInput {
  id: string;
  nameKo: string;
  nameEn: string;
  establishedOn?: string | null;
  legalForm: AgencyLegalForm;
  legalBasis: string;
  region: string;
}

export type ValidAgency = Required<{ [K in keyof RegisterAgencyInput]: Exclude<RegisterAgencyInput[K], undefined> }>;

/** 광역자치단체: 서울특별시, 부산광역시, 세종특별자치시, 전북특별자치도, 경기도 … */
const PROVINCE_PATTERN = /^[가-힣]{2,10}(특별시|광역시|특별자치시|특별자치도|도)$/;
const LATIN_TEXT = /^[\x20-\x7E]+$/;

const checkProvince = (value: string, field: string): Result<string> =>
  PROVINCE_PATTERN.test(value.trim())
    ? ok(value.trim())
    : err(badInput(`${field} must be a province or metropolitan city such as 서울특별시 or 전북특별자치도`, field));

export function validateAgency(input: RegisterAgencyInput): Result<ValidAgency> {
  const checked = all({
    id: checkId(input.id),
    nameKo: checkText(input.nameKo, 'nameKo', 100),
    nameEn: checkText(input.nameEn, 'nameEn', 200),
    establishedOn: input.establishedOn == null ? ok(null) : checkDate(input.establishedOn, 'establishedOn'),
    legalBasis: checkText(input.legalBasis, 'legalBasis', 300),
    region: checkProvince(input.region, 'region'),
  });
  if (!checked.ok) return checked;
  if (!LATIN_TEXT.test(checked.value.nameEn)) return err(badInput('nameEn must be written in Latin script', 'nameEn'));
  return ok({ ...checked.value, legalForm: input.legalForm });
}

// --------------------------------------------------------------- districts

/** What `registerDistrict` receives. */
export interface RegisterDistrictInput {
  name: string;
  shortName: string;
  romanizedName: string;
  province: string;
  kind: DistrictKind;
}

export type ValidDistrict = RegisterDistrictInput;

/** The Korean and romanised suffix of each kind. */
export const DISTRICT_SUFFIX: Readonly<Record<DistrictKind, { ko: string; rr: string }>> = {
  AUTONOMOUS_DISTRICT: { ko: '구', rr: 'gu' },
  CITY: { ko: '시', rr: 'si' },
  COUNTY: { ko: '군', rr: 'gun' },
};

/** Full Korean district names end in 구 (Seoul), 시 or 군 (Jeonbuk); same pattern care-services checks. */
export const DISTRICT_NAME_PATTERN = /^[가-힣]{1,10}(구|시|군)$/;
const ROMANIZED_PATTERN = /^[A-Z][a-z]+-(gu|si|gun)$/;
/** 자치구 exist only in a 특별시 or 광역시. */
const METROPOLITAN_PATTERN = /(특별시|광역시)$/;

export function validateDistrict(input: RegisterDistrictInput): Result<ValidDistrict> {
  const name = input.name.trim();
  const shortName = input.shortName.trim();
  const romanizedName = input.romanizedName.trim();
  const suffix = DISTRICT_SUFFIX[input.kind];
  if (!DISTRICT_NAME_PATTERN.test(name)) return err(badInput('name must be a full Korean district name such as 마포구 or 전주시', 'name'));
  if (!name.endsWith(suffix.ko)) return err(badInput(`a ${input.kind} name must end in ${suffix.ko}`, 'name'));
  const stem = name.slice(0, -1);
  // The printed form drops the suffix (마포구 → 마포) unless only one syllable would remain (중구 stays 중구).
  const expectedShort = stem.length >= 2 ? stem : name;
  if (shortName !== expectedShort) return err(badInput(`shortName of ${name} must be ${expectedShort}`, 'shortName'));
  if (!ROMANIZED_PATTERN.test(romanizedName))
    return err(badInput('romanizedName must be Revised Romanization such as Mapo-gu, Jeonju-si or Jangsu-gun', 'romanizedName'));
  if (!romanizedName.endsWith(`-${suffix.rr}`))
    return err(badInput(`romanizedName of a ${input.kind} must end in -${suffix.rr}`, 'romanizedName'));
  const province = checkProvince(input.province, 'province');
  if (!province.ok) return province;
  if (input.kind === 'AUTONOMOUS_DISTRICT' && !METROPOLITAN_PATTERN.test(province.value))
    return err(badInput('an AUTONOMOUS_DISTRICT (자치구) belongs to a 특별시 or 광역시', 'province'));
  return ok({ name, shortName, romanizedName, province: province.value, kind: input.kind });
}

// ------------------------------------------------------------------- board

/** What `appointBoardMember` receives. */
export interface AppointBoardMemberInput {
  id: string;
  agencyId: string;
  name: string;
  role: BoardRole;
  standing: BoardStanding;
  selection: BoardSelection;
  termStart: string;
  termEnd?: string | null;
}

export type ValidAppointment = Required<{ [K in keyof AppointBoardMemberInput]: Exclude<AppointBoardMemberInput[K], undefined> }>;

/** The part of a member the board rules look at; dates are `YYYY-MM-DD`, `termEnd` inclusive. */
export interface BoardTerm {
  id: string;
  role: BoardRole;
  termStart: string;
  termEnd: string | null;
}

/** 이사 9명(이사장 및 대표이사 포함), 감사 2명 (seed 000 L50). */
export const MAX_DIRECTORS = 9;
export const MAX_AUDITORS = 2;
/** 선임직 terms run at most 3 years ('19.3.11–'22.3.10, seed 000 L62–63). */
export const MAX_APPOINTED_TERM_YEARS = 3;
/** Roles that sit as directors (이사): the chair and the CEO are directors too. */
export const DIRECTOR_ROLES: readonly BoardRole[] = ['CHAIR', 'CEO', 'DIRECTOR'];
/** Roles only one person may hold at a time. */
const SINGLE_SEAT_ROLES: readonly BoardRole[] = ['CHAIR', 'CEO'];
/** Display order on a board list. */
export const ROLE_ORDER: Readonly<Record<BoardRole, number>> = { CHAIR: 0, CEO: 1, DIRECTOR: 2, AUDITOR: 3 };

const toUtc = (date: string): Date => new Date(`${date}T00:00:00Z`);
const fromUtc = (d: Date): string => d.toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** Same calendar date `years` later (29 Feb rolls to 1 Mar). */
export function addYears(date: string, years: number): string {
  const d = toUtc(date);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return fromUtc(d);
}

/** Today's civil date in Asia/Seoul, where the agency works. */
export function seoulToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function validateAppointment(input: AppointBoardMemberInput): Result<ValidAppointment> {
  const checked = all({
    id: checkId(input.id),
    agencyId: checkId(input.agencyId, 'agencyId'),
    name: checkText(input.name, 'name', 50),
    termStart: checkDate(input.termStart, 'termStart'),
    termEnd: input.termEnd == null ? ok(null) : checkDate(input.termEnd, 'termEnd'),
  });
  if (!checked.ok) return checked;
  const { termStart, termEnd } = checked.value;
  if (termEnd !== null && termEnd <= termStart) return err(badInput('termEnd must be after termStart', 'termEnd'));
  if (input.selection === 'APPOINTED') {
    if (termEnd === null) return err(badInput('an APPOINTED (선임직) member needs a termEnd', 'termEnd'));
    const limit = addYears(termStart, MAX_APPOINTED_TERM_YEARS);
    if (termEnd >= limit)
      return err(
        badInput(`an APPOINTED (선임직) term lasts at most ${MAX_APPOINTED_TERM_YEARS} years: termEnd must be before ${limit}`, 'termEnd'),
      );
  }
  return ok({ ...checked.value, role: input.role, standing: input.standing, selection: input.selection });
}

/** Whether a term covers `date` (both ends inclusive; no end = open-ended). */
export const isActiveOn = (term: Pick<BoardTerm, 'termStart' | 'termEnd'>, date: string): boolean =>
  term.termStart <= date && (term.termEnd === null || term.termEnd >= date);

const overlaps = (a: BoardTerm, b: BoardTerm): boolean =>
  a.termStart <= (b.termEnd ?? '9999-12-31') && b.termStart <= (a.termEnd ?? '9999-12-31');

const isDirector = (role: BoardRole): boolean => DIRECTOR_ROLES.includes(role);

/**
 * The board-composition rule: with the candidate added, the agency never has more than
 * 9 directors or 2 auditors in office, nor two chairs or two CEOs. The count is checked on
 * the candidate's first day and on every later day of its term on which another term begins
 * (the only days the count can rise), so a seat filled in advance is not double-booked either.
 */
export function checkBoardComposition(existing: readonly BoardTerm[], candidate: BoardTerm): Result<true> {
  const others = existing.filter((m) => m.id !== candidate.id);
  for (const role of SINGLE_SEAT_ROLES) {
    if (candidate.role !== role) continue;
    const holder = others.find((m) => m.role === role && overlaps(m, candidate));
    if (holder) return err(conflict(`the agency already has a ${role} in office during this term`, { role, holderId: holder.id }));
  }
  const sameClass = others.filter((m) => isDirector(m.role) === isDirector(candidate.role));
  const limit = isDirector(candidate.role) ? MAX_DIRECTORS : MAX_AUDITORS;
  const checkDays = new Set([candidate.termStart]);
  for (const m of sameClass) if (m.termStart > candidate.termStart && isActiveOn(candidate, m.termStart)) checkDays.add(m.termStart);
  for (const day of [...checkDays].sort()) {
    const inOffice = sameClass.filter((m) => isActiveOn(m, day)).length;
    if (inOffice + 1 > limit) {
      const seat = isDirector(candidate.role) ? 'directors' : 'auditors';
      return err(conflict(`the board would have more than ${limit} ${seat} on ${day}`, { limit, on: day, inOffice }));
    }
  }
  return ok(true);
}

/**
 * Members in office on `asOf` whose term ends within `days` days of it (inclusive);
 * open-ended (당연직) terms never expire.
 */
export function expiringWithin<T extends Pick<BoardTerm, 'termStart' | 'termEnd'>>(members: readonly T[], asOf: string, days: number): T[] {
  const until = addDays(asOf, days);
  return members.filter((m) => isActiveOn(m, asOf) && m.termEnd !== null && m.termEnd <= until);
}

/** Board list order: chair, CEO, directors, auditors; then by term start and id. */
export function byBoardOrder<T extends BoardTerm>(a: T, b: T): number {
  return ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.termStart.localeCompare(b.termStart) || a.id.localeCompare(b.id);
}

/**
 * The next appointment number of an agency's board. Members carry it under a unique
 * (agencyId, seq) index: two concurrent appointments that checked the same board state
 * claim the same number and the second fails, so the composition rule holds without transactions.
 */
export const nextBoardSeq = (existing: readonly { seq: number }[]): number => existing.reduce((max, m) => Math.max(max, m.seq), 0) + 1;

/** Checks a `first`-style day count for `expiringWithinDays`. */
export function checkDayCount(value: number, field: string): Result<number> {
  return Number.isSafeInteger(value) && value >= 0 && value <= 3660
    ? ok(value)
    : err(badInput(`${field} must be a whole number of days from 0 to 3660`, field));
}
