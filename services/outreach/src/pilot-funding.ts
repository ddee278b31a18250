/**
 * The 2013 welfare-delivery pilot's funding plan as 002 prints it (L91–92, L139–183): per-track grant ranges, the
 * 80/20 split, the 3억원 total against the 1억원 cap, welfare-staff hiring, 정산 and the foundation's evaluation.
 * Pure rules plus the printed plan; the programme, its districts and tranches are the registered pilot.
 */
import type { ParticipationView, PilotProgramDoc, PilotTrack } from './pilot';

const EOK = 100_000_000; // 억원

export interface TrackRange {
  track: PilotTrack;
  minKRW: number;
  maxKRW: number;
  /** Already-strong districts are exempt from the 80/20 split (002 L170–171). */
  splitExempt: boolean;
  /** Districts the plan expects on the track, at least (002 L58, L151–152: 2–3 each, about 5 in all). */
  plannedMinDistricts: number;
}

export const TRACK_RANGES: readonly TrackRange[] = [
  { track: 'PILOT_DISTRICT', minKRW: 1.5 * EOK, maxKRW: 2 * EOK, splitExempt: false, plannedMinDistricts: 2 },
  { track: 'STRENGTHENED_DISTRICT', minKRW: 1 * EOK, maxKRW: 1.5 * EOK, splitExempt: true, plannedMinDistricts: 2 },
];

/** 운영비 80%, 역량강화 20% (002 L170). */
export const OPERATIONS_PCT = 80;

export const rangeOf = (track: PilotTrack): TrackRange => TRACK_RANGES.find((r) => r.track === track) ?? (TRACK_RANGES[0] as TrackRange);

export const withinTrackRange = (track: PilotTrack, grantKRW: number): boolean => {
  const r = rangeOf(track);
  return grantKRW >= r.minKRW && grantKRW <= r.maxKRW;
};

/** 80% to operations (rounded down), the rest to capacity building; null for an exempt track. */
export function splitGrant(track: PilotTrack, grantKRW: number): { operationsKRW: number; capacityKRW: number } | null {
  if (rangeOf(track).splitExempt) return null;
  const operationsKRW = Math.floor((grantKRW * OPERATIONS_PCT) / 100);
  return { operationsKRW, capacityKRW: grantKRW - operationsKRW };
}

/**
 * The print against itself: the 1억 cap is below ranges that go above it (DQ-002-1), and the planned districts at
 * their tracks' minimum cost more than the total (DQ-002-2: 2 × 1.5억 + 2 × 1억 = 5억 > 3억).
 */
export function fundingConflicts(totalKRW: number, capKRW: number | null, ranges: readonly TrackRange[] = TRACK_RANGES) {
  const minimumForPlannedKRW = ranges.reduce((s, r) => s + r.minKRW * r.plannedMinDistricts, 0);
  return {
    capContradictsTrackRanges: capKRW !== null && ranges.some((r) => r.maxKRW > capKRW),
    tracksAboveCap: capKRW === null ? [] : ranges.filter((r) => r.minKRW > capKRW).map((r) => r.track),
    minimumForPlannedDistrictsKRW: minimumForPlannedKRW,
    plannedDistrictsExceedTotal: minimumForPlannedKRW > totalKRW,
  };
}

/** 복지직 hiring (002 L91–92), without cutting administrative posts. */
export const WELFARE_STAFF_HIRES = [
  { year: 2013, count: 173 },
  { year: 2014, count: 103 },
];

/** The printed plan of the 2013 pilot (002): only this programme has one. */
export const PILOT_PLAN = {
  programId: 'seoul-2013-welfare-delivery-pilot',
  planMonth: '2013-01',
  approvedOn: '2013-02-04',
  approvalNo: '복지정책과-3211',
  fundingSource: '자치단체 경상보조',
  /** 정산 '13.9 (002 L61, L183): month precision. */
  settlementMonth: '2013-09',
  settledBy: '자치구',
  evaluatorName: '서울시복지재단',
  trancheSharesPct: [50, 50],
};

export type PilotFundingPlanDoc = typeof PILOT_PLAN & { program: PilotProgramDoc };

export function fundingPlanOf(program: PilotProgramDoc): PilotFundingPlanDoc | null {
  return program._id === PILOT_PLAN.programId ? { ...PILOT_PLAN, program } : null;
}

export const pilotFundingResolvers = {
  PilotProgram: {
    fundingPlan: (p: PilotProgramDoc) => fundingPlanOf(p),
  },
  PilotFundingPlan: {
    trackRanges: () => [...TRACK_RANGES],
    operationsPct: () => OPERATIONS_PCT,
    capacityPct: () => 100 - OPERATIONS_PCT,
    conflicts: (f: PilotFundingPlanDoc) => fundingConflicts(f.program.totalBudgetKRW, f.program.reportedDistrictCapKRW ?? null),
    welfareStaffHires: () => WELFARE_STAFF_HIRES,
    welfareStaffHiresTotal: () => WELFARE_STAFF_HIRES.reduce((s, h) => s + h.count, 0),
  },
  PilotParticipation: {
    withinTrackRange: (p: ParticipationView) => (p.grantKRW == null ? null : withinTrackRange(p.track, p.grantKRW)),
    grantSplit: (p: ParticipationView) => (p.grantKRW == null ? null : splitGrant(p.track, p.grantKRW)),
  },
};
