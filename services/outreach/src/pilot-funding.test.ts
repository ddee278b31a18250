import { fundingConflicts, fundingPlanOf, splitGrant, TRACK_RANGES, WELFARE_STAFF_HIRES, withinTrackRange } from './pilot-funding';
import type { PilotProgramDoc } from './pilot';

describe('2013 pilot funding plan (002 L139–183)', () => {
  it('per-track ranges: 시범자치구 1.5–2억, 기 동복지강화 자치구 1–1.5억 (the latter exempt from 80/20)', () => {
    expect(TRACK_RANGES.map((r) => [r.track, r.minKRW, r.maxKRW, r.splitExempt])).toEqual([
      ['PILOT_DISTRICT', 150_000_000, 200_000_000, false],
      ['STRENGTHENED_DISTRICT', 100_000_000, 150_000_000, true],
    ]);
    expect(withinTrackRange('PILOT_DISTRICT', 150_000_000)).toBe(true);
    expect(withinTrackRange('PILOT_DISTRICT', 200_000_001)).toBe(false);
    // The seeded synthetic grants (4 × 75,000,000원 = 3억) cannot reach the range: DQ-002-2 in one district.
    expect(withinTrackRange('STRENGTHENED_DISTRICT', 75_000_000)).toBe(false);
  });

  it('80% 운영비 / 20% 역량강화, odd 원 to capacity; none for the exempt track', () => {
    expect(splitGrant('PILOT_DISTRICT', 150_000_000)).toEqual({ operationsKRW: 120_000_000, capacityKRW: 30_000_000 });
    expect(splitGrant('PILOT_DISTRICT', 5)).toEqual({ operationsKRW: 4, capacityKRW: 1 });
    expect(splitGrant('STRENGTHENED_DISTRICT', 100_000_000)).toBeNull();
  });

  it('the print against itself: cap 1억 below the ranges (DQ-002-1), 2 × 1.5억 + 2 × 1억 = 5억 > 3억 (DQ-002-2)', () => {
    expect(fundingConflicts(300_000_000, 100_000_000)).toEqual({
      capContradictsTrackRanges: true,
      tracksAboveCap: ['PILOT_DISTRICT'],
      minimumForPlannedDistrictsKRW: 500_000_000,
      plannedDistrictsExceedTotal: true,
    });
    expect(fundingConflicts(600_000_000, null)).toMatchObject({
      capContradictsTrackRanges: false,
      tracksAboveCap: [],
      plannedDistrictsExceedTotal: false,
    });
  });

  it('welfare staff 173 (2013) + 103 (2014) = 276', () => {
    expect(WELFARE_STAFF_HIRES.reduce((s, h) => s + h.count, 0)).toBe(276);
  });

  it('only the 2013 programme carries the printed plan (정산 2013-09, evaluated by 서울시복지재단)', () => {
    const program = {
      _id: 'seoul-2013-welfare-delivery-pilot',
      totalBudgetKRW: 300_000_000,
      reportedDistrictCapKRW: 100_000_000,
    } as PilotProgramDoc;
    expect(fundingPlanOf(program)).toMatchObject({ settlementMonth: '2013-09', evaluatorName: '서울시복지재단', approvedOn: '2013-02-04' });
    expect(fundingPlanOf({ ...program, _id: 'other' })).toBeNull();
  });
});
