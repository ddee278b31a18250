import { enterpriseCountFromConsortia, programmeGrantTotal, viewFeeScheduled, viewPhase, viewSosColumn } from './nanum-banjang-programme';
import { FEE_SCHEDULED_NOTE, PHASES, RESEARCH_CONTRACT, SOS_COLUMN_TO_NOV } from './nanum-banjang-report';
import { CONSORTIA } from './seed';

const phase = (kind: string) => {
  const p = PHASES.find((x) => x.kind === kind);
  if (!p) throw new Error(kind);
  return viewPhase(p);
};

describe('나눔반장 phases and grants (004 L47, L75)', () => {
  it('선행사업 50,000천원 = 5 × 10,000천원; 실증사업 75,000천원 = 5 × 15,000천원; 125,000,000원 in all', () => {
    expect(phase('PRELIMINARY')).toMatchObject({
      reportedTotalKRW: 50_000_000,
      computedTotalKRW: 50_000_000,
      expectedTotalKRW: 50_000_000,
      organisationCount: 5,
      grantsReconcile: true,
      uniformGrants: true,
      grantLabelMatchesPhase: true,
    });
    expect(phase('DEMONSTRATION')).toMatchObject({ reportedTotalKRW: 75_000_000, computedTotalKRW: 75_000_000, grantsReconcile: true });
    expect(programmeGrantTotal(PHASES)).toBe(125_000_000);
  });

  it('flags the 실증사업 grant printed as "선행사업 실행비" (DQ-004-6) and its two end dates (DQ-004-5)', () => {
    expect(phase('DEMONSTRATION')).toMatchObject({ grantLabelMatchesPhase: false, to: '2019-12-20', headlineTo: '2019-12-31' });
  });

  it('a grant row off the per-organisation amount breaks the reconciliation', () => {
    const p = PHASES[0]!;
    const v = viewPhase({ ...p, grants: [...p.grants.slice(1), { ...p.grants[0]!, amountKRW: 9_000_000 }] });
    expect(v).toMatchObject({ computedTotalKRW: 49_000_000, grantsReconcile: false, uniformGrants: false });
  });

  it('the grants name the five registered consortia, one per pilot district', () => {
    for (const p of PHASES) expect(p.grants.map((g) => g.consortiumId).sort()).toEqual(CONSORTIA.map((c) => c.id).sort());
  });
});

describe('headline claims (004 L101–103, DQ-004-7)', () => {
  it('32 and 34 enterprises and 141 users are reported; the consortia print 4 + 7 + 7 + 4 = 22 with 마포 missing: not derivable', () => {
    expect(PHASES.map((p) => [p.reportedEnterprises, p.reportedUsers, p.reportedDeliveries])).toEqual([
      [32, 141, null],
      [34, null, 2_341],
    ]);
    expect(enterpriseCountFromConsortia(CONSORTIA.map((c) => c.reportedMemberCount ?? null))).toEqual({
      sum: 22,
      missing: 1,
      derivable: false,
    });
  });
});

describe('수가 services in the note under Table 2 (004 L129, DQ-004-2)', () => {
  it('printed 3,636, computed 1,137 + 3 + 2,499 = 3,639; 일상편의 69% holds either way', () => {
    expect(viewFeeScheduled(FEE_SCHEDULED_NOTE)).toMatchObject({
      reportedCount: 3_636,
      computedCount: 3_639,
      matchesReported: false,
      difference: 3,
      dailyConvenienceShareOfReportedPct: 68.7,
      dailyConvenienceShareOfComputedPct: 68.7,
      reportedShareHolds: true,
    });
  });
});

describe('research contract (004 L27–35)', () => {
  it('성공회대학교 산학협력단, 2019.4.1–11.30, four tasks', () => {
    expect(RESEARCH_CONTRACT).toMatchObject({ from: '2019-04-01', to: '2019-11-30' });
    expect(RESEARCH_CONTRACT.tasks).toHaveLength(4);
  });
});

describe('돌봄SOS column of the 07.18–11.30 table (004 L116–129)', () => {
  it('counts sum to 8,627 as printed (the note prints 8,629: DQ-004-1); amounts to 1,342,656천원 against 1,342,853 (DQ-004-3)', () => {
    expect(viewSosColumn(SOS_COLUMN_TO_NOV)).toMatchObject({
      totalCount: 8_627,
      countMatchesReported: true,
      noteTotalCount: 8_629,
      noteCountMatches: false,
      totalAmountKRW: 1_342_656_000,
      reportedTotalAmountKRW: 1_342_853_000,
      amountMatchesReported: false,
      amountDifferenceKRW: 197_000,
    });
  });
});
