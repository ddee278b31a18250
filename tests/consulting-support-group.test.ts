/**
 * Seed 001 through the gateway: the 지역사회서비스 지원단's budget (the city's, run by 서울시복지재단), its work
 * programme (targets 2019–2021 against results), evaluation and service lifecycle; and the 2020 sanctions table
 * reconciled district by district against the recorded inspections (영등포 re-aggregates exactly: 29 = 29).
 */
import { ok } from './support/client';

interface Item {
  item: string;
  target: number | null;
  reported: number | null;
  computed: number | null;
  matchesReported: boolean | null;
  achievementRate: number | null;
}

describe('지역사회서비스 지원단 (seed 001)', () => {
  const QUERY = `{ supportGroup {
    name operatorName budgetHolder runByAgency contractId
    budget { fiscalYear amountKRW reportedUnitsAgree reported { amount unit amountKRW } shares { source percent amountKRW } }
    workProgramme { year partial periodEnd items { item target reported computed matchesReported achievementRate breakdown { label count } } }
    evaluations { year dimension adequate }
    developedServices { name stage steps { year change district { name } } }
  } }`;
  type Group = {
    name: string;
    operatorName: string;
    budgetHolder: string;
    runByAgency: boolean;
    contractId: string;
    budget: {
      fiscalYear: number;
      amountKRW: number;
      reportedUnitsAgree: boolean;
      shares: { source: string; percent: number; amountKRW: number }[];
    };
    workProgramme: {
      year: number;
      partial: boolean;
      periodEnd: string;
      items: (Item & { breakdown: { label: string; count: number }[] })[];
    }[];
    evaluations: { year: number; dimension: string; adequate: boolean }[];
    developedServices: { name: string; stage: string; steps: { year: number; change: string; district: { name: string } | null }[] }[];
  };
  let g: Group;
  beforeAll(async () => {
    g = (await ok<{ supportGroup: Group }>(QUERY)).supportGroup;
  });
  const item = (year: number, name: string) => g.workProgramme.find((y) => y.year === year)?.items.find((i) => i.item === name);

  it("is the city's: budget 380,000,000원 (380백만원 = 380,000천원), 국비/시비 190,000,000원 each, run by 서울시복지재단, not by the agency", () => {
    expect(g).toMatchObject({
      operatorName: '서울시복지재단',
      budgetHolder: '서울특별시',
      runByAgency: false,
      contractId: 'seoul-community-service-support',
    });
    expect(g.budget).toMatchObject({ fiscalYear: 2021, amountKRW: 380_000_000, reportedUnitsAgree: true });
    expect(g.budget.shares).toEqual([
      { source: 'NATIONAL', percent: 50, amountKRW: 190_000_000 },
      { source: 'CITY', percent: 50, amountKRW: 190_000_000 },
    ]);
  });

  it('targets against results: training 11/18/33 vs 20/30/13, officials 3/5/5 vs 6/6/1, inspections 80/60 vs 76/49; 2021 to April', () => {
    expect([2019, 2020, 2021].map((y) => [item(y, 'PROVIDER_TRAINING')?.target, item(y, 'PROVIDER_TRAINING')?.reported])).toEqual([
      [11, 20],
      [18, 30],
      [33, 13],
    ]);
    expect([2019, 2020, 2021].map((y) => [item(y, 'OFFICIAL_TRAINING')?.target, item(y, 'OFFICIAL_TRAINING')?.reported])).toEqual([
      [3, 6],
      [5, 6],
      [5, 1],
    ]);
    expect(item(2019, 'SITE_INSPECTION_SUPPORT')).toMatchObject({
      target: 80,
      reported: 76,
      computed: 76,
      matchesReported: true,
      achievementRate: 95,
    });
    expect(item(2020, 'SITE_INSPECTION_SUPPORT')).toMatchObject({ target: 60, reported: 49, computed: 49, achievementRate: 81.7 });
    expect(item(2021, 'SITE_INSPECTION_SUPPORT')).toMatchObject({ target: null, reported: null });
    expect(g.workProgramme.map((y) => [y.year, y.partial, y.periodEnd])).toEqual([
      [2019, false, '2019-12-31'],
      [2020, false, '2020-12-31'],
      [2021, true, '2021-04-30'],
    ]);
  });

  it('provider-staff trainings 11/19/8 by programme, FGI 1,501/1,511, newsletters 10/8/1, 우수사례 3/6; every printed part adds up', () => {
    expect(item(2019, 'PROVIDER_STAFF_TRAINING')?.breakdown).toEqual([
      { label: '지투', count: 9 },
      { label: '산모', count: 1 },
      { label: '제공기관기획', count: 1 },
    ]);
    expect([2019, 2020, 2021].map((y) => item(y, 'PROVIDER_STAFF_TRAINING')?.reported)).toEqual([11, 19, 8]);
    expect([2019, 2020].map((y) => item(y, 'SURVEY_RESPONDENTS')?.reported)).toEqual([1_501, 1_511]);
    expect([2019, 2020, 2021].map((y) => item(y, 'NEWSLETTERS')?.reported)).toEqual([10, 8, 1]);
    expect([2019, 2020].map((y) => item(y, 'GOOD_PRACTICE_AWARDS')?.reported)).toEqual([3, 6]);
    expect(g.workProgramme.flatMap((y) => y.items).filter((i) => i.matchesReported === false)).toEqual([]);
  });

  it('evaluation by 투입/과정/산출/활용 for 2019 and 2020; lifecycle: 스마트건강증진 abolished, 비대면 청년심리지원 piloted in 노원구', () => {
    expect(g.evaluations.filter((e) => e.year === 2020).map((e) => [e.dimension, e.adequate])).toEqual([
      ['INPUT', true],
      ['PROCESS', false],
      ['OUTPUT', false],
      ['UTILISATION', false],
    ]);
    const svc = (name: string) => g.developedServices.find((s) => s.name === name);
    expect(svc('스마트건강증진서비스')).toMatchObject({ stage: 'ABOLISHED', steps: [{ year: 2020, change: 'ABOLISH', district: null }] });
    expect(svc('비대면 청년심리지원서비스')).toMatchObject({
      stage: 'PILOT',
      steps: [{ change: 'DEVELOP' }, { change: 'START_PILOT', district: { name: '노원구' } }],
    });
    expect(svc('아동·청소년심리지원서비스')).toMatchObject({ stage: 'MAIN', steps: [{ change: 'RESTRUCTURE' }] });
  });
});

describe('2020 sanctions: printed district table against recorded inspections (001 L150–186)', () => {
  const QUERY = `{ sanctionReconciliation(year: 2020) {
    reconciledDistricts unreconciledDistricts
    printedTotals { totalCases surchargeAmount clawbackAmount }
    districts { district { name } status reportedTotalCases printedRowMatchesReported recordedInspectionCount
      printed { cautionCount warningCount surchargeCount surchargeAmount clawbackCount clawbackAmount totalCases }
      recorded { cautionCount warningCount surchargeCount surchargeAmount clawbackCount clawbackAmount totalCases }
      difference { totalCases } }
  } }`;
  type Row = {
    district: { name: string };
    status: string;
    reportedTotalCases: number | null;
    printedRowMatchesReported: boolean | null;
    recordedInspectionCount: number;
    printed: Record<string, number> | null;
    recorded: Record<string, number>;
    difference: { totalCases: number };
  };
  type R = { reconciledDistricts: number; unreconciledDistricts: string[]; printedTotals: Record<string, number>; districts: Row[] };
  let r: R;
  beforeAll(async () => {
    r = (await ok<{ sanctionReconciliation: R }>(QUERY)).sanctionReconciliation;
  });
  const row = (name: string) => r.districts.find((d) => d.district.name === name);

  it('영등포 re-aggregates exactly: 25 주의, 2 경고, 1 과징금 306,900원, 1 환수 1,024,000원 = 29 printed and recorded', () => {
    const counts = {
      cautionCount: 25,
      warningCount: 2,
      surchargeCount: 1,
      surchargeAmount: 306_900,
      clawbackCount: 1,
      clawbackAmount: 1_024_000,
      totalCases: 29,
    };
    expect(row('영등포구')).toMatchObject({
      status: 'RECONCILED',
      reportedTotalCases: 29,
      printed: counts,
      recorded: counts,
      difference: { totalCases: 0 },
    });
    expect(row('영등포구')?.recordedInspectionCount).toBeGreaterThanOrEqual(2);
  });

  it('districts without records are NOT_RECORDED (or RECONCILED where the row is all "-"), with the printed-계 flags of DQ-001-1…3', () => {
    expect(row('도봉구')).toMatchObject({ reportedTotalCases: 32, printedRowMatchesReported: false, printed: { totalCases: 29 } });
    expect(row('마포구')).toMatchObject({ reportedTotalCases: 41, printedRowMatchesReported: false, printed: { totalCases: 40 } });
    expect(row('강동구')).toMatchObject({ reportedTotalCases: null, printedRowMatchesReported: false, printed: { totalCases: 11 } });
    expect(row('종로구')).toMatchObject({ status: 'NOT_RECORDED', difference: { totalCases: 15 } });
    expect(row('용산구')?.status).toBe('RECONCILED');
    expect(r.printedTotals).toMatchObject({ totalCases: 565, surchargeAmount: 2_466_900, clawbackAmount: 10_202_750 });
    expect(r.districts.filter((d) => d.printed !== null)).toHaveLength(25);
    expect(r.unreconciledDistricts).not.toContain('영등포구');
  });
});
