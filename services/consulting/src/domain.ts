/** Consulting rules, free of I/O: providers, consultants, the consulting-case lifecycle and fees, inspection totals. */
import {
  all,
  badInput,
  checkDate,
  checkId,
  checkInt,
  checkText,
  conflict,
  err,
  invalidTransition,
  ok,
  type Result,
} from '@pass-graph/platform';

// ── Providers (민간 사회서비스 제공기관) ─────────────────────────────────────────

export const PROVIDER_TYPES = [
  'LONG_TERM_CARE_PROVIDER',
  'VOUCHER_PROVIDER',
  'SMALL_DISABILITY_FACILITY',
  'HOUSEKEEPING_NURSING_VISIT_PROVIDER',
  'MATERNAL_NEWBORN_CARE_PROVIDER',
  'SOCIAL_COOPERATIVE',
  'OTHER',
  /** 소속시설: a facility the agency runs itself (care-services' Facility), client of 소속시설 운영컨설팅 (S10). */
  'AFFILIATED_FACILITY',
] as const;
export type ProviderType = (typeof PROVIDER_TYPES)[number];
/** 사회서비스 품질평가 grades; D and F count as 미흡 (poor) (003 L2559). The evaluation has no grade E. */
export const QUALITY_GRADES = ['A', 'B', 'C', 'D', 'F'] as const;
export type QualityGrade = (typeof QUALITY_GRADES)[number];
export const POOR_GRADES: readonly QualityGrade[] = ['D', 'F'];
/** 신규기관 / 성장기관 (003 L2426). */
export type ProviderStage = 'NEW' | 'GROWING';
/** 규모: the plans single out 소규모 providers (003 L2465, L2538); the bands are ours. */
export const PROVIDER_SIZES = ['SMALL', 'MEDIUM', 'LARGE'] as const;
export type ProviderSize = (typeof PROVIDER_SIZES)[number];

export interface RegisterProviderInput {
  id: string;
  name: string;
  type: ProviderType;
  district: string;
  qualityGrade?: QualityGrade | null;
  qualityGradeYear?: number | null;
  stage: ProviderStage;
  size?: ProviderSize | null;
  /** care-services' Facility, for an AFFILIATED_FACILITY only. */
  facilityId?: string | null;
}

export interface ValidProvider {
  id: string;
  name: string;
  type: ProviderType;
  district: string;
  qualityGrade: QualityGrade | null;
  qualityGradeYear: number | null;
  stage: ProviderStage;
  size: ProviderSize | null;
  facilityId: string | null;
}

/** Full Korean district names end in 구 (Seoul), 시 or 군 (Jeonbuk), as in care-services. */
const DISTRICT_PATTERN = /^[가-힣]{1,10}(구|시|군)$/;

export function checkDistrict(value: string, field = 'district'): Result<string> {
  return DISTRICT_PATTERN.test(value)
    ? ok(value)
    : err(badInput(`${field} must be a full Korean district name such as 영등포구 or 전주시`, field));
}

export const checkYear = (value: number, field: string): Result<number> => checkInt(value, field, 2000, 2100);

export function validateProvider(input: RegisterProviderInput): Result<ValidProvider> {
  const checked = all({
    id: checkId(input.id),
    name: checkText(input.name, 'name', 100),
    district: checkDistrict(input.district),
    qualityGradeYear: input.qualityGradeYear == null ? ok(null) : checkYear(input.qualityGradeYear, 'qualityGradeYear'),
    facilityId: input.facilityId == null ? ok(null) : checkId(input.facilityId, 'facilityId'),
  });
  if (!checked.ok) return checked;
  const qualityGrade = input.qualityGrade ?? null;
  if (qualityGrade === null && checked.value.qualityGradeYear !== null)
    return err(badInput('qualityGradeYear needs a qualityGrade', 'qualityGradeYear'));
  const affiliated = input.type === 'AFFILIATED_FACILITY';
  if (affiliated && checked.value.facilityId === null)
    return err(badInput('an AFFILIATED_FACILITY client names its facility (facilityId)', 'facilityId'));
  if (!affiliated && checked.value.facilityId !== null)
    return err(badInput('only an AFFILIATED_FACILITY client names a facility', 'facilityId'));
  return ok({ ...checked.value, type: input.type, qualityGrade, stage: input.stage, size: input.size ?? null });
}

// ── Consultants (전문컨설턴트 / 컨설팅 위원) ──────────────────────────────────────

export const CONSULTANT_FIELDS = ['LABOR', 'LAW', 'TAX_ACCOUNTING', 'SOCIAL_WORK_PRACTICE', 'SAFETY'] as const;
export type ConsultantField = (typeof CONSULTANT_FIELDS)[number];

/** The rate card: 컨설팅 수당 시간당 100천원 (003 L2407) = 100,000원 per hour. */
export const STANDARD_HOURLY_FEE = 100 * 1000;
/** Rate cards are printed in 천원, so an hourly fee is a whole number of 천원. */
const FEE_STEP = 1000;

export interface AppointConsultantInput {
  id: string;
  name: string;
  fields: ConsultantField[];
  appointedFrom: string;
  appointedUntil?: string | null;
  hourlyFee?: number | null;
  source?: string | null;
}

export interface ValidConsultant {
  id: string;
  name: string;
  fields: ConsultantField[];
  appointedFrom: string;
  appointedUntil: string | null;
  hourlyFee: number;
  source: string | null;
}

export function validateConsultant(input: AppointConsultantInput): Result<ValidConsultant> {
  const hourlyFee = input.hourlyFee ?? STANDARD_HOURLY_FEE;
  const checked = all({
    id: checkId(input.id),
    name: checkText(input.name, 'name', 50),
    appointedFrom: checkDate(input.appointedFrom, 'appointedFrom'),
    appointedUntil: input.appointedUntil == null ? ok(null) : checkDate(input.appointedUntil, 'appointedUntil'),
    hourlyFee: checkInt(hourlyFee, 'hourlyFee', FEE_STEP, 10_000_000),
    source: input.source == null ? ok(null) : checkText(input.source, 'source', 200),
  });
  if (!checked.ok) return checked;
  const v = checked.value;
  if (v.hourlyFee % FEE_STEP !== 0) return err(badInput('hourlyFee must be a whole number of 천원 (a multiple of 1,000원)', 'hourlyFee'));
  if (v.appointedUntil !== null && v.appointedUntil < v.appointedFrom)
    return err(badInput('appointedUntil must not be before appointedFrom', 'appointedUntil'));
  if (input.fields.length === 0) return err(badInput('a consultant needs at least one field', 'fields'));
  if (new Set(input.fields).size !== input.fields.length) return err(badInput('fields must not repeat', 'fields'));
  return ok({ ...v, fields: input.fields });
}

/** Whether the consultant's appointment (위촉) covers a date. */
export const isAppointedOn = (c: { appointedFrom: string; appointedUntil: string | null }, date: string): boolean =>
  c.appointedFrom <= date && (c.appointedUntil === null || date <= c.appointedUntil);

// ── Consulting programmes (컨설팅 사업) ──────────────────────────────────────────

export const PROGRAM_KINDS = ['STAGED', 'SMALL_FACILITY', 'AFFILIATED_FACILITY', 'QUALITY', 'NEW_PROVIDER', 'FOLLOW_UP', 'LABOR'] as const;
export type ProgramKind = (typeof PROGRAM_KINDS)[number];

/** A year's target: cases to run and, for 단계별 컨설팅, follow-up monitorings (003 L2384: 40 + 30). */
export interface ProgramTarget {
  year: number;
  cases: number;
  monitorings: number;
}

export interface RegisterProgramInput {
  id: string;
  agencyId: string;
  kind: ProgramKind;
  name: string;
  /** The business-plan item code (P1, P2, S5…), when the plan has one. */
  planItemCode?: string | null;
  targets: ProgramTarget[];
}

export interface ValidProgram {
  id: string;
  agencyId: string;
  kind: ProgramKind;
  name: string;
  planItemCode: string | null;
  targets: ProgramTarget[];
}

export function validateProgram(input: RegisterProgramInput): Result<ValidProgram> {
  const checked = all({
    id: checkId(input.id),
    agencyId: checkId(input.agencyId, 'agencyId'),
    name: checkText(input.name, 'name', 100),
    planItemCode: input.planItemCode == null ? ok(null) : checkId(input.planItemCode, 'planItemCode'),
  });
  if (!checked.ok) return checked;
  const years = new Set<number>();
  for (const t of input.targets) {
    const v = all({
      year: checkYear(t.year, 'targets.year'),
      cases: checkInt(t.cases, 'targets.cases', 0, 100_000),
      monitorings: checkInt(t.monitorings, 'targets.monitorings', 0, 100_000),
    });
    if (!v.ok) return v;
    if (years.has(t.year)) return err(badInput(`targets has year ${t.year} twice`, 'targets'));
    years.add(t.year);
  }
  const targets = [...input.targets].sort((a, b) => a.year - b.year);
  return ok({ ...checked.value, kind: input.kind, targets });
}

// ── Consulting cases (컨설팅 건) ─────────────────────────────────────────────────

export const CONSULTING_TOPICS = [
  'ACCOUNTING',
  'RECRUITMENT',
  'LABOR',
  'LEGAL',
  'TAX',
  'SOCIAL_WORK_PRACTICE',
  'SAFETY',
  'QUALITY_MANAGEMENT',
] as const;
export type ConsultingTopic = (typeof CONSULTING_TOPICS)[number];
/** 방문형 / 강의형 / 온라인 (003 L2430, L2590). */
export const CONSULTING_MODES = ['VISIT', 'LECTURE', 'ONLINE'] as const;
export type ConsultingMode = (typeof CONSULTING_MODES)[number];

/** Which consultant fields can take a topic (inferred from the fields the sources list, 003 L2416, L2493, L2568). */
export const TOPIC_FIELDS: Record<ConsultingTopic, readonly ConsultantField[]> = {
  ACCOUNTING: ['TAX_ACCOUNTING', 'SOCIAL_WORK_PRACTICE'],
  RECRUITMENT: ['LABOR'],
  LABOR: ['LABOR'],
  LEGAL: ['LAW'],
  TAX: ['TAX_ACCOUNTING'],
  SOCIAL_WORK_PRACTICE: ['SOCIAL_WORK_PRACTICE'],
  SAFETY: ['SAFETY'],
  QUALITY_MANAGEMENT: ['SOCIAL_WORK_PRACTICE'],
};

export const CASE_STATUSES = ['APPLIED', 'ACCEPTED', 'IN_PROGRESS', 'COMPLETED', 'MONITORING', 'CLOSED', 'DECLINED'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/**
 * APPLIED → ACCEPTED → IN_PROGRESS → COMPLETED → MONITORING → CLOSED (issue 7; P1's Gantt, 003 L2442–2450).
 * DECLINED until the consulting is delivered: D/F-graded providers often refuse or stop cooperating (003 L2609–2610).
 */
export const CASE_TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  APPLIED: ['ACCEPTED', 'DECLINED'],
  ACCEPTED: ['IN_PROGRESS', 'DECLINED'],
  IN_PROGRESS: ['COMPLETED', 'DECLINED'],
  COMPLETED: ['MONITORING'],
  MONITORING: ['CLOSED'],
  CLOSED: [],
  DECLINED: [],
};

export const isTerminal = (s: CaseStatus): boolean => CASE_TRANSITIONS[s].length === 0;
export const canTransition = (from: CaseStatus, to: CaseStatus): boolean => CASE_TRANSITIONS[from].includes(to);

export function checkTransition(id: string, from: CaseStatus, to: CaseStatus): Result<CaseStatus> {
  return canTransition(from, to) ? ok(to) : err(invalidTransition('ConsultingCase', id, from, to));
}

/** The provider facts a program's eligibility depends on. */
export interface ProviderFacts {
  type: ProviderType;
  qualityGrade: QualityGrade | null;
}

/**
 * Eligibility (003 §3.5): 소규모 장애인복지시설 운영 컨설팅 serves small disability facilities (L2465);
 * 품질관리 맞춤형 컨설팅 serves providers rated 미흡 (D or F) in the quality evaluation (L2559); 소속시설
 * 운영컨설팅 serves the agency's affiliated facilities only (L2167, L2222).
 */
export function checkEligibility(program: ProgramKind, provider: ProviderFacts): Result<ProgramKind> {
  if (program === 'SMALL_FACILITY' && provider.type !== 'SMALL_DISABILITY_FACILITY')
    return err(badInput('SMALL_FACILITY consulting is only for SMALL_DISABILITY_FACILITY providers', 'program'));
  // 소속시설 운영컨설팅 is for the agency's own facilities (003 L2167, L2222); they take no programme for private providers.
  if ((program === 'AFFILIATED_FACILITY') !== (provider.type === 'AFFILIATED_FACILITY'))
    return err(
      badInput(
        program === 'AFFILIATED_FACILITY'
          ? 'AFFILIATED_FACILITY consulting is only for the agency’s affiliated facilities (AFFILIATED_FACILITY clients)'
          : `an affiliated facility takes AFFILIATED_FACILITY consulting, not ${program}`,
        'program',
      ),
    );
  if (program === 'QUALITY' && (provider.qualityGrade === null || !POOR_GRADES.includes(provider.qualityGrade)))
    return err(badInput('QUALITY consulting is only for providers graded D or F (미흡)', 'program'));
  return ok(program);
}

export interface RequestConsultingInput {
  id: string;
  providerId: string;
  program: ProgramKind;
  /** The programme (agency + kind); may be omitted when one programme of the kind exists. */
  programId?: string | null;
  topics: ConsultingTopic[];
  mode?: ConsultingMode | null;
  requestedOn: string;
}

export interface ValidRequest {
  id: string;
  providerId: string;
  program: ProgramKind;
  programId: string | null;
  topics: ConsultingTopic[];
  mode: ConsultingMode;
  requestedOn: string;
}

export function validateRequest(input: RequestConsultingInput): Result<ValidRequest> {
  const checked = all({
    id: checkId(input.id),
    providerId: checkId(input.providerId, 'providerId'),
    programId: input.programId == null ? ok(null) : checkId(input.programId, 'programId'),
    requestedOn: checkDate(input.requestedOn, 'requestedOn'),
  });
  if (!checked.ok) return checked;
  if (input.topics.length === 0) return err(badInput('a consulting case needs at least one topic', 'topics'));
  if (new Set(input.topics).size !== input.topics.length) return err(badInput('topics must not repeat', 'topics'));
  return ok({ ...checked.value, program: input.program, topics: input.topics, mode: input.mode ?? 'VISIT' });
}

/** The programme a case runs under: the named one (of the right kind), or the only one of its kind. */
export function pickProgram<P extends { _id: string; kind: ProgramKind }>(
  kind: ProgramKind,
  programId: string | null,
  candidates: readonly P[],
): Result<P> {
  const ofKind = candidates.filter((p) => p.kind === kind);
  if (programId !== null) {
    const named = candidates.find((p) => p._id === programId);
    if (!named) return err(badInput(`no consulting programme "${programId}"`, 'programId'));
    if (named.kind !== kind) return err(badInput(`programme "${programId}" is ${named.kind}, not ${kind}`, 'programId'));
    return ok(named);
  }
  if (ofKind.length === 1) return ok(ofKind[0]!);
  return err(
    badInput(ofKind.length === 0 ? `no ${kind} programme is registered` : `several ${kind} programmes exist: name one`, 'programId'),
  );
}

type ConsultantFacts = { id: string; fields: readonly ConsultantField[]; appointedFrom: string; appointedUntil: string | null };

/** A consultant can take a case when appointed on the day and covering at least one of its topics. */
export function checkConsultantFits(consultant: ConsultantFacts, topics: readonly ConsultingTopic[], on: string): Result<string> {
  if (!isAppointedOn(consultant, on))
    return err(badInput(`consultant "${consultant.id}" is not appointed (위촉) on ${on}`, 'consultantIds'));
  if (!topics.some((t) => TOPIC_FIELDS[t].some((f) => consultant.fields.includes(f))))
    return err(badInput(`consultant "${consultant.id}" covers none of the case's topics`, 'consultantIds'));
  return ok(consultant.id);
}

/** Up to 10 distinct consultants (P2 sends 2 per site, 003 L2482), each fitting the case. */
export function checkConsultantIds(ids: readonly string[], field = 'consultantIds'): Result<string[]> {
  if (ids.length === 0 || ids.length > 10) return err(badInput('name 1 to 10 consultants', field));
  for (const id of ids) {
    const c = checkId(id, field);
    if (!c.ok) return c;
  }
  if (new Set(ids).size !== ids.length) return err(badInput('consultants must not repeat', field));
  return ok([...ids]);
}

/** A later step's date must not precede the previous one. */
/**
 * 사전질문지 (pre-consulting questionnaire): the client's needs, asked before the consulting so that it meets them
 * (P2, 003 L2504). Submitted once, before the consulting starts (APPLIED or ACCEPTED), not before the application.
 */
export interface PreQuestionnaire {
  submittedOn: string;
  /** The areas the client asks help with. */
  needs: ConsultingTopic[];
  notes: string | null;
}

export function validatePreQuestionnaire(
  caseId: string,
  current: { status: CaseStatus; requestedOn: string; preQuestionnaire?: PreQuestionnaire | null },
  input: { submittedOn: string; needs: readonly ConsultingTopic[]; notes?: string | null },
): Result<PreQuestionnaire> {
  if (current.preQuestionnaire)
    return err(conflict(`the 사전질문지 of "${caseId}" is already submitted`, { id: caseId, reason: 'ALREADY_SUBMITTED' }));
  if (current.status !== 'APPLIED' && current.status !== 'ACCEPTED')
    return err(
      conflict(`a 사전질문지 is submitted before the consulting starts; "${caseId}" is ${current.status}`, {
        id: caseId,
        status: current.status,
        reason: 'CONSULTING_STARTED',
      }),
    );
  const submittedOn = checkNotBefore(input.submittedOn, 'submittedOn', current.requestedOn, 'requestedOn');
  if (!submittedOn.ok) return submittedOn;
  if (input.needs.length === 0) return err(badInput('a 사전질문지 names at least one need', 'needs'));
  if (new Set(input.needs).size !== input.needs.length) return err(badInput('needs must not repeat', 'needs'));
  const notes = input.notes == null ? ok(null) : checkText(input.notes, 'notes', 1000);
  if (!notes.ok) return notes;
  return ok({ submittedOn: submittedOn.value, needs: [...input.needs], notes: notes.value });
}

export function checkNotBefore(date: string, field: string, earlier: string, earlierField: string): Result<string> {
  const d = checkDate(date, field);
  if (!d.ok) return d;
  return d.value < earlier ? err(badInput(`${field} must not be before ${earlierField} (${earlier})`, field)) : d;
}

export const checkReason = (reason: string): Result<string> => checkText(reason, 'reason', 500);

/** 만족도 as a percentage with one decimal, as the surveys print it (94.1). */
export function checkScore(value: number, field: string): Result<number> {
  if (!Number.isFinite(value) || value < 0 || value > 100 || Math.abs(value * 10 - Math.round(value * 10)) > 1e-9)
    return err(badInput(`${field} must be from 0 to 100 with at most one decimal`, field));
  return ok(Math.round(value * 10) / 10);
}

// ── Sessions (컨설팅 회차) and fees ───────────────────────────────────────────────

/** Session hours: half-hour steps, more than 0 and at most 24 (the ConsultingSessionHeld contract). */
export function checkHours(hours: number, field = 'hours'): Result<number> {
  if (!Number.isFinite(hours) || hours <= 0 || hours > 24 || !Number.isInteger(hours * 2))
    return err(badInput(`${field} must be more than 0, at most 24, in steps of 0.5`, field));
  return ok(hours);
}

/**
 * 컨설팅 수당 = hours × consultants × hourly fee, in integer 원 (003 L2407: 100천원 per hour and consultant;
 * P2 pays each of its 2 consultants per site, L2482). Half hours × fee ÷ 2 keeps the arithmetic integral.
 */
export function computeFee(hours: number, consultants: number, hourlyFee: number): Result<number> {
  const h = checkHours(hours);
  if (!h.ok) return h;
  if (!Number.isInteger(consultants) || consultants < 1) return err(badInput('a session needs at least one consultant', 'consultantIds'));
  if (!Number.isSafeInteger(hourlyFee) || hourlyFee < 0) return err(badInput('hourlyFee must be a non-negative integer', 'hourlyFee'));
  const doubled = Math.round(h.value * 2) * consultants * hourlyFee;
  if (doubled % 2 !== 0) return err(badInput('hours × hourlyFee is not a whole number of 원', 'hours'));
  return ok(doubled / 2);
}

/** The consultants of one session share one hourly fee: the event carries a single rate (and so does the rate card). */
export function sharedHourlyFee(consultants: readonly { _id: string; hourlyFee: number }[]): Result<number> {
  const fees = new Set(consultants.map((c) => c.hourlyFee));
  if (fees.size !== 1) return err(badInput('the consultants of one session must share one hourly fee', 'consultantIds'));
  return ok(consultants[0]!.hourlyFee);
}

export interface Session {
  id: string;
  heldOn: string;
  hours: number;
  consultantIds: string[];
  hourlyFee: number;
  fee: number;
}

/** Totals of a case's sessions, all integers except hours (half-hour steps). */
export const sessionTotals = (sessions: readonly Session[]) => ({
  sessionCount: sessions.length,
  hours: sessions.reduce((n, s) => n + s.hours, 0),
  fee: sessions.reduce((n, s) => n + s.fee, 0),
});

export interface ConsultantWork {
  consultantId: string;
  sessionCount: number;
  hours: number;
  /** This consultant's share: their hours × the session's hourly fee. */
  fee: number;
}

/** Hours and fees per consultant from sessions held in [from, to]; a session's fee splits evenly by consultant. */
export function consultantWork(sessions: readonly Session[], from: string, to: string): ConsultantWork[] {
  const by = new Map<string, ConsultantWork>();
  for (const s of sessions) {
    if (s.heldOn < from || s.heldOn > to) continue;
    for (const id of s.consultantIds) {
      const w = by.get(id) ?? { consultantId: id, sessionCount: 0, hours: 0, fee: 0 };
      w.sessionCount += 1;
      w.hours += s.hours;
      w.fee += (Math.round(s.hours * 2) * s.hourlyFee) / 2;
      by.set(id, w);
    }
  }
  return [...by.values()].sort((a, b) => a.consultantId.localeCompare(b.consultantId));
}

/** `2023-Q2` → the dates it spans. */
export function quarterRange(quarter: string): Result<{ from: string; to: string }> {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!m) return err(badInput('quarter must look like 2023-Q2', 'quarter'));
  const year = Number(m[1]);
  const q = Number(m[2]);
  const startMonth = (q - 1) * 3 + 1;
  const endMonth = startMonth + 2;
  const endDay = new Date(Date.UTC(year, endMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return ok({ from: `${year}-${pad(startMonth)}-01`, to: `${year}-${pad(endMonth)}-${pad(endDay)}` });
}

export interface ProgramProgress {
  year: number;
  target: ProgramTarget | null;
  applied: number;
  declined: number;
  completed: number;
  monitored: number;
  closed: number;
  achievementRate: number | null;
}

const DELIVERED: readonly CaseStatus[] = ['COMPLETED', 'MONITORING', 'CLOSED'];

/** A programme's year: the cases applied for in it, against the year's target. */
export function programProgress(
  year: number,
  targets: readonly ProgramTarget[],
  cases: readonly { status: CaseStatus; requestedOn: string }[],
): ProgramProgress {
  const ofYear = cases.filter((c) => c.requestedOn.startsWith(`${year}-`));
  const count = (statuses: readonly CaseStatus[]) => ofYear.filter((c) => statuses.includes(c.status)).length;
  const target = targets.find((t) => t.year === year) ?? null;
  const completed = count(DELIVERED);
  return {
    year,
    target,
    applied: ofYear.length,
    declined: count(['DECLINED']),
    completed,
    monitored: count(['MONITORING', 'CLOSED']),
    closed: count(['CLOSED']),
    achievementRate: target && target.cases > 0 ? completed / target.cases : null,
  };
}
