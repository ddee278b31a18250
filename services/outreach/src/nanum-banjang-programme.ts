/**
 * 우리동네 나눔반장 (seed 004) as a programme: the research contract, the 선행사업 and 실증사업 phases with their
 * execution grants (실행비), the headline claims, and the note under Table 2 (수가 services). Pure rules; the printed
 * figures are in `nanum-banjang-report.ts`. The delivery tables themselves are the programme delivery reports.
 */

export type ProgrammePhaseKind = 'PRELIMINARY' | 'DEMONSTRATION';

export interface PhaseGrant {
  consortiumId: string;
  district: string;
  /** 사업비 as printed per organisation, in 원. */
  amountKRW: number;
}

export interface ProgrammePhase {
  kind: ProgrammePhaseKind;
  /** Korean name as printed: 선행사업 / 실증사업. */
  label: string;
  from: string;
  /** The phase's end as its own page prints it (실증사업: 12.20; the results page prints 12.31, DQ-004-5). */
  to: string;
  source: string;
  /** 지원규모 총액 as printed, in 원 (50,000천원 / 75,000천원). */
  reportedTotalKRW: number;
  /** 지역별 실행비 as printed, in 원 (10,000천원 / 15,000천원). */
  reportedPerOrganisationKRW: number;
  /** The grant's label as printed: the 실증사업 page calls its grant "선행사업 실행비" (DQ-004-6). */
  printedGrantLabel: string;
  grants: PhaseGrant[];
  /** Headline claims (004 L101–103), kept as reported: not derivable (DQ-004-7). */
  reportedEnterprises: number;
  reportedUsers: number | null;
  reportedDeliveries: number | null;
  /** The results page's period for the headline, where it differs from the phase page. */
  headlineTo: string;
}

export interface PhaseView extends ProgrammePhase {
  organisationCount: number;
  /** Sum of the per-organisation 사업비 rows. */
  computedTotalKRW: number;
  /** per-organisation × organisations. */
  expectedTotalKRW: number;
  /** reported total = sum of rows = per-organisation × organisations. */
  grantsReconcile: boolean;
  /** Whether every row equals the printed per-organisation amount. */
  uniformGrants: boolean;
  /** Whether the printed grant label names the phase it funds. */
  grantLabelMatchesPhase: boolean;
}

export function viewPhase(p: ProgrammePhase): PhaseView {
  const computedTotalKRW = p.grants.reduce((s, g) => s + g.amountKRW, 0);
  const expectedTotalKRW = p.reportedPerOrganisationKRW * p.grants.length;
  return {
    ...p,
    organisationCount: p.grants.length,
    computedTotalKRW,
    expectedTotalKRW,
    grantsReconcile: computedTotalKRW === p.reportedTotalKRW && expectedTotalKRW === p.reportedTotalKRW,
    uniformGrants: p.grants.every((g) => g.amountKRW === p.reportedPerOrganisationKRW),
    grantLabelMatchesPhase: p.printedGrantLabel.startsWith(p.label),
  };
}

/** Programme-wide: both phases' grants. */
export const programmeGrantTotal = (phases: readonly ProgrammePhase[]): number =>
  phases.reduce((s, p) => s + p.grants.reduce((t, g) => t + g.amountKRW, 0), 0);

/** What the consortia's own rows can say about a headline enterprise count: the sum where every consortium prints one. */
export function enterpriseCountFromConsortia(reported: readonly (number | null)[]): { sum: number; missing: number; derivable: boolean } {
  const known = reported.filter((n): n is number => n !== null);
  return { sum: known.reduce((s, n) => s + n, 0), missing: reported.length - known.length, derivable: known.length === reported.length };
}

// ── The note under Table 2 (004 L129) ────────────────────────────────────────────────

export interface FeeScheduledNote {
  /** 수가 services as printed: 3,636건. */
  reportedCount: number;
  /** The services the note counts as 수가, with their Table 2 counts (일시재가, 단기시설, 일상편의 소계). */
  parts: { service: string; count: number }[];
  /** 일상편의 count and its printed share of the 수가 services (69%). */
  dailyConvenienceCount: number;
  reportedDailyConvenienceSharePct: number;
}

/** One decimal, computed in integers. */
const pct1 = (part: number, whole: number): number => Math.round((part * 1000) / whole) / 10;

export function viewFeeScheduled(n: FeeScheduledNote) {
  const computedCount = n.parts.reduce((s, p) => s + p.count, 0);
  const shareOfReported = pct1(n.dailyConvenienceCount, n.reportedCount);
  const shareOfComputed = pct1(n.dailyConvenienceCount, computedCount);
  return {
    ...n,
    computedCount,
    matchesReported: computedCount === n.reportedCount,
    difference: computedCount - n.reportedCount,
    dailyConvenienceShareOfReportedPct: shareOfReported,
    dailyConvenienceShareOfComputedPct: shareOfComputed,
    /** The printed whole percent holds for both counts (DQ-004-2: "the 69% holds either way"). */
    reportedShareHolds:
      Math.round(shareOfReported) === n.reportedDailyConvenienceSharePct &&
      Math.round(shareOfComputed) === n.reportedDailyConvenienceSharePct,
  };
}

export interface ResearchContract {
  title: string;
  contractorName: string;
  from: string;
  to: string;
  tasks: string[];
  source: string;
}

// ── The 돌봄SOS column (004 L116–129) ────────────────────────────────────────────────

export interface SosColumn {
  periodFrom: string;
  periodTo: string;
  source: string;
  rows: { service: string; count: number; amountKRW: number | null }[];
  reportedTotalCount: number;
  reportedTotalAmountKRW: number;
  noteTotalCount: number;
}

/** Totals computed from the rows beside the printed 총계 and the note's count (DQ-004-1, DQ-004-3). */
export function viewSosColumn(c: SosColumn) {
  const totalCount = c.rows.reduce((s, r) => s + r.count, 0);
  const totalAmountKRW = c.rows.reduce((s, r) => s + (r.amountKRW ?? 0), 0);
  return {
    ...c,
    totalCount,
    totalAmountKRW,
    countMatchesReported: totalCount === c.reportedTotalCount,
    noteCountMatches: totalCount === c.noteTotalCount,
    amountMatchesReported: totalAmountKRW === c.reportedTotalAmountKRW,
    amountDifferenceKRW: c.reportedTotalAmountKRW - totalAmountKRW,
  };
}
