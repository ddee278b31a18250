/**
 * Seeds 002 and 004 through the gateway: the 2013 pilot's printed funding plan with its conflicts (DQ-002-1/2),
 * hiring 173 + 103 and the 80/20 split; the 2019 나눔반장 programme — grants 50,000천원 = 5 × 10,000 and
 * 75,000천원 = 5 × 15,000, the headline 32/34 enterprises and 141 users (DQ-004-7), the 수가 note 3,636 vs 3,639
 * (DQ-004-2), the research contract — held once, in outreach.
 */
import { ok } from './support/client';

describe('2013 welfare-delivery pilot funding plan (seed 002)', () => {
  const QUERY = `{ pilotProgram(id: "seoul-2013-welfare-delivery-pilot") {
    totalBudgetKRW reportedDistrictCapKRW
    fundingPlan {
      approvedOn planMonth settlementMonth evaluatorName operationsPct capacityPct trancheSharesPct
      trackRanges { track minKRW maxKRW splitExempt }
      conflicts { capContradictsTrackRanges tracksAboveCap minimumForPlannedDistrictsKRW plannedDistrictsExceedTotal }
      welfareStaffHires { year count } welfareStaffHiresTotal
    }
    participations { district { name } track grantKRW withinTrackRange grantSplit { operationsKRW capacityKRW } }
  } }`;
  type P = {
    totalBudgetKRW: number;
    reportedDistrictCapKRW: number;
    fundingPlan: Record<string, unknown> & { conflicts: Record<string, unknown>; trackRanges: unknown[] };
    participations: {
      district: { name: string };
      track: string;
      grantKRW: number | null;
      withinTrackRange: boolean | null;
      grantSplit: unknown;
    }[];
  };
  let p: P;
  beforeAll(async () => {
    p = (await ok<{ pilotProgram: P }>(QUERY)).pilotProgram;
  });

  it('prints ranges 1.5–2억 and 1–1.5억 against a 1억 cap and a 3억 total: both conflicts are flagged', () => {
    expect(p.fundingPlan.trackRanges).toEqual([
      { track: 'PILOT_DISTRICT', minKRW: 150_000_000, maxKRW: 200_000_000, splitExempt: false },
      { track: 'STRENGTHENED_DISTRICT', minKRW: 100_000_000, maxKRW: 150_000_000, splitExempt: true },
    ]);
    expect(p.fundingPlan.conflicts).toEqual({
      capContradictsTrackRanges: true,
      tracksAboveCap: ['PILOT_DISTRICT'],
      minimumForPlannedDistrictsKRW: 500_000_000,
      plannedDistrictsExceedTotal: true,
    });
    expect([p.totalBudgetKRW, p.reportedDistrictCapKRW]).toEqual([300_000_000, 100_000_000]);
  });

  it('80/20 split, 50/50 tranches, hiring 173 + 103 = 276, 정산 2013-09, evaluated by 서울시복지재단, approved 2013-02-04', () => {
    expect(p.fundingPlan).toMatchObject({
      operationsPct: 80,
      capacityPct: 20,
      trancheSharesPct: [50, 50],
      welfareStaffHires: [
        { year: 2013, count: 173 },
        { year: 2014, count: 103 },
      ],
      welfareStaffHiresTotal: 276,
      settlementMonth: '2013-09',
      evaluatorName: '서울시복지재단',
      approvedOn: '2013-02-04',
      planMonth: '2013-01',
    });
  });

  it('the synthetic 75,000,000원 grants (4 × = 3억) fall below the 기 동복지강화 range and carry no 80/20 split (exempt track)', () => {
    const seeded = p.participations.filter((x) => ['성동구', '노원구', '서대문구', '금천구'].includes(x.district.name));
    expect(seeded).toHaveLength(4);
    for (const x of seeded)
      expect(x).toMatchObject({ track: 'STRENGTHENED_DISTRICT', grantKRW: 75_000_000, withinTrackRange: false, grantSplit: null });
  });
});

describe('2019 우리동네 나눔반장 programme (seed 004)', () => {
  const QUERY = `{ nanumBanjangProgramme {
    issuer publishedOn grantTotalKRW
    researchContract { contractorName from to tasks }
    phases { kind from to headlineTo reportedTotalKRW reportedPerOrganisationKRW computedTotalKRW organisationCount grantsReconcile
      printedGrantLabel grantLabelMatchesPhase reportedEnterprises reportedUsers reportedDeliveries enterprisesFromConsortia enterprisesDerivable
      grants { consortium { id leadOrganisationName } district { name } amountKRW } }
    feeScheduledServices { reportedCount computedCount matchesReported difference reportedDailyConvenienceSharePct dailyConvenienceShareOfComputedPct reportedShareHolds }
    sosAllServicesReportedCount
  } }`;
  type Phase = Record<string, unknown> & {
    kind: string;
    grants: { consortium: { id: string } | null; district: { name: string }; amountKRW: number }[];
  };
  type Prog = {
    issuer: string;
    grantTotalKRW: number;
    researchContract: { contractorName: string; from: string; to: string; tasks: string[] };
    phases: Phase[];
    feeScheduledServices: Record<string, unknown>;
    sosAllServicesReportedCount: number;
  };
  let g: Prog;
  beforeAll(async () => {
    g = (await ok<{ nanumBanjangProgramme: Prog }>(QUERY)).nanumBanjangProgramme;
  });
  const phase = (kind: string) => g.phases.find((p) => p.kind === kind)!;

  it('선행사업 50,000,000원 = 5 × 10,000,000원 and 실증사업 75,000,000원 = 5 × 15,000,000원, granted to the registered consortia', () => {
    expect(phase('PRELIMINARY')).toMatchObject({
      from: '2019-04-29',
      to: '2019-06-30',
      reportedTotalKRW: 50_000_000,
      reportedPerOrganisationKRW: 10_000_000,
      computedTotalKRW: 50_000_000,
      organisationCount: 5,
      grantsReconcile: true,
    });
    expect(phase('DEMONSTRATION')).toMatchObject({
      from: '2019-07-18',
      to: '2019-12-20',
      headlineTo: '2019-12-31',
      reportedTotalKRW: 75_000_000,
      computedTotalKRW: 75_000_000,
      grantsReconcile: true,
      printedGrantLabel: '선행사업 실행비',
      grantLabelMatchesPhase: false,
    });
    expect(g.grantTotalKRW).toBe(125_000_000);
    const mapo = phase('PRELIMINARY').grants.find((x) => x.district.name === '마포구');
    expect(mapo).toEqual({
      consortium: { id: 'nanum-banjang-mapo', leadOrganisationName: '마포구고용복지지원센터' },
      district: { name: '마포구' },
      amountKRW: 10_000_000,
    });
    expect(phase('PRELIMINARY').grants.every((x) => x.consortium !== null)).toBe(true);
  });

  it('headline 32 / 34 enterprises, 141 users and 2,341건 kept as reported; the consortia print 22 with 마포 missing (DQ-004-7)', () => {
    expect(phase('PRELIMINARY')).toMatchObject({
      reportedEnterprises: 32,
      reportedUsers: 141,
      enterprisesFromConsortia: 22,
      enterprisesDerivable: false,
    });
    expect(phase('DEMONSTRATION')).toMatchObject({
      reportedEnterprises: 34,
      reportedUsers: null,
      reportedDeliveries: 2_341,
      enterprisesFromConsortia: null,
    });
  });

  it('수가 services: printed 3,636, computed 3,639; the printed 69% holds either way (DQ-004-2); 10,102 kept as printed', () => {
    expect(g.feeScheduledServices).toEqual({
      reportedCount: 3_636,
      computedCount: 3_639,
      matchesReported: false,
      difference: 3,
      reportedDailyConvenienceSharePct: 69,
      dailyConvenienceShareOfComputedPct: 68.7,
      reportedShareHolds: true,
    });
    expect(g.sosAllServicesReportedCount).toBe(10_102);
  });

  it('research contract: 성공회대학교 산학협력단, 2019-04-01 to 2019-11-30, four tasks', () => {
    expect(g.researchContract).toMatchObject({ from: '2019-04-01', to: '2019-11-30' });
    expect(g.researchContract.contractorName).toContain('성공회대학교 산학협력단');
    expect(g.researchContract.tasks).toHaveLength(4);
    expect(g.issuer).toBe('서울시사회적경제지원센터');
  });
});
