/**
 * The 서울특별시 지역사회서비스 지원단 (community-service support group, seed 001): its work programme (targets against
 * results), evaluation by dimension and the lifecycle of the services it develops. Pure rules, free of I/O; the
 * figures themselves are in `support-group-report.ts`.
 */
import { conflict, err, ok, type Result } from '@pass-graph/platform';

export type CountUnit = 'SESSIONS' | 'SITES' | 'PERSONS' | 'CASES' | 'VIDEOS';

export interface BreakdownLine {
  label: string;
  count: number;
}

export interface WorkProgrammeLine {
  item: string;
  label: string;
  unit: CountUnit;
  /** 추진목표 as printed; null where the plan sets none (2021 현장점검, DQ-001-9). */
  target: number | null;
  /** 추진실적 as printed; null where none is reported. */
  reported: number | null;
  /** The printed parts of the result (e.g. 지투 47 + 산모 17 + 가사간병 12); empty when none are printed. */
  breakdown: BreakdownLine[];
}

export interface WorkProgrammeLineView extends WorkProgrammeLine {
  /** Sum of the breakdown; null without one. */
  computed: number | null;
  /** Whether the printed result equals its parts; null without a breakdown. */
  matchesReported: boolean | null;
  /** reported / target in percent, one decimal; null without both. */
  achievementRate: number | null;
  /** reported ≥ target; null without both. */
  targetMet: boolean | null;
}

/** Percent with one decimal, computed in integers (tenths) so 76/80 is 95.0, not 94.99…. */
export function achievementRate(reported: number | null, target: number | null): number | null {
  if (reported === null || target === null || target === 0) return null;
  return Math.round((reported * 1000) / target) / 10;
}

export function viewLine(l: WorkProgrammeLine): WorkProgrammeLineView {
  const computed = l.breakdown.length === 0 ? null : l.breakdown.reduce((s, b) => s + b.count, 0);
  return {
    ...l,
    computed,
    matchesReported: computed === null || l.reported === null ? null : computed === l.reported,
    achievementRate: achievementRate(l.reported, l.target),
    targetMet: l.reported === null || l.target === null ? null : l.reported >= l.target,
  };
}

// ── Budget: the city's, run by the foundation ─────────────────────────────────────────

export interface FundingShare {
  source: 'NATIONAL' | 'CITY';
  percent: number;
}

/** Splits an amount in 원 by whole percentages; the remainder of rounding goes to the last share. */
export function splitByPercent(
  amountKRW: number,
  shares: readonly FundingShare[],
): { source: FundingShare['source']; percent: number; amountKRW: number }[] {
  let rest = amountKRW;
  return shares.map((s, i) => {
    const amount = i === shares.length - 1 ? rest : Math.floor((amountKRW * s.percent) / 100);
    rest -= amount;
    return { source: s.source, percent: s.percent, amountKRW: amount };
  });
}

/** 원 per printed unit. */
export const UNIT_KRW = { 원: 1, 천원: 1_000, 백만원: 1_000_000, 억원: 100_000_000 } as const;
export interface ReportedAmount {
  amount: number;
  unit: keyof typeof UNIT_KRW;
  source: string;
}

/** One amount in 원 from the printed ones; `reportedUnitsAgree` is false when they normalise to different sums. */
export function budgetView(fiscalYear: number, reported: readonly ReportedAmount[], shares: readonly FundingShare[]) {
  const inKRW = reported.map((r) => r.amount * UNIT_KRW[r.unit]);
  const amountKRW = inKRW[0] ?? 0;
  return {
    fiscalYear,
    amountKRW,
    reported: reported.map((r, i) => ({ ...r, amountKRW: inKRW[i] ?? 0 })),
    reportedUnitsAgree: inKRW.every((a) => a === amountKRW),
    shares: splitByPercent(amountKRW, shares),
  };
}

// ── Service lifecycle (001 L229, L235) ───────────────────────────────────────────────

/** 아이디어 → 개발 → 시범 → 본사업; 폐지 ends it. */
export type ServiceStage = 'IDEA' | 'DEVELOPED' | 'PILOT' | 'MAIN' | 'ABOLISHED';
/** 신규사업 개발, 시범사업, 본사업화, 광역화 (district → city-wide), 재구조화 (e.g. a price rise), 폐지. */
export type LifecycleChange = 'DEVELOP' | 'START_PILOT' | 'MAKE_MAIN' | 'REGIONALISE' | 'RESTRUCTURE' | 'ABOLISH';

const FROM: Record<LifecycleChange, readonly ServiceStage[]> = {
  DEVELOP: ['IDEA'],
  START_PILOT: ['DEVELOPED'],
  MAKE_MAIN: ['PILOT'],
  REGIONALISE: ['PILOT', 'MAIN'],
  RESTRUCTURE: ['PILOT', 'MAIN'],
  ABOLISH: ['IDEA', 'DEVELOPED', 'PILOT', 'MAIN'],
};

const TO: Record<LifecycleChange, ServiceStage | null> = {
  DEVELOP: 'DEVELOPED',
  START_PILOT: 'PILOT',
  MAKE_MAIN: 'MAIN',
  REGIONALISE: null, // the stage stays, the scope widens
  RESTRUCTURE: null, // the stage stays, price or content changes
  ABOLISH: 'ABOLISHED',
};

/** The stage after a change; CONFLICT (INVALID_TRANSITION) when the change does not apply to the stage. */
export function applyLifecycle(stage: ServiceStage, change: LifecycleChange): Result<ServiceStage> {
  if (!FROM[change].includes(stage))
    return err(conflict(`${change} does not apply to a service in ${stage}`, { reason: 'INVALID_TRANSITION', from: stage, to: change }));
  return ok(TO[change] ?? stage);
}

export interface LifecycleStep {
  year: number;
  change: LifecycleChange;
  /** The district it happens in, e.g. 노원구 for the 2021 pilot; null city-wide. */
  district: string | null;
  note: string | null;
}

export interface DevelopedService {
  name: string;
  /** The stage before the first step the report gives (the report starts mid-life: our reading). */
  stageBefore: ServiceStage;
  steps: LifecycleStep[];
}

/** Folds the steps in order; the first step that does not apply is the error. */
export function currentStage(s: DevelopedService): Result<ServiceStage> {
  let stage = s.stageBefore;
  for (const step of s.steps) {
    const next = applyLifecycle(stage, step.change);
    if (!next.ok) return next;
    stage = next.value;
  }
  return ok(stage);
}

// ── Evaluation (성과평가, 001 L190–196) ──────────────────────────────────────────────

export type EvaluationDimension = 'INPUT' | 'PROCESS' | 'OUTPUT' | 'UTILISATION';
export const EVALUATION_DIMENSIONS: readonly EvaluationDimension[] = ['INPUT', 'PROCESS', 'OUTPUT', 'UTILISATION'];

export interface EvaluationFinding {
  year: number;
  dimension: EvaluationDimension;
  finding: string;
  /** The finding is "적정" (adequate) with no improvement asked. */
  adequate: boolean;
}

/** Every year evaluates each of the four dimensions exactly once. */
export function evaluationComplete(findings: readonly EvaluationFinding[], year: number): boolean {
  const dims = findings.filter((f) => f.year === year).map((f) => f.dimension);
  return dims.length === EVALUATION_DIMENSIONS.length && EVALUATION_DIMENSIONS.every((d) => dims.includes(d));
}
