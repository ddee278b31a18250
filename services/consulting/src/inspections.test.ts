import {
  actionCounts,
  actionsByDistrict,
  averageRate,
  checkCorrection,
  rowMatchesReported,
  summarizeInspections,
  totalCases,
  validateInspection,
  validateInspectionResult,
  validateProviderTraining,
  validateReportedTotals,
  validateSatisfaction,
  type ValidInspectionResult,
  type ValidReportedTotals,
} from './inspections';
import { INSPECTION_RESULTS_2020, INSPECTIONS, REPORTED_TOTALS_2020, SATISFACTION } from './seed';

const unwrapOk = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.message}`);
  return r.value;
};
const codeOf = (r: { ok: boolean; error?: { extensions: Record<string, unknown> } }): unknown =>
  r.ok ? 'OK' : r.error?.extensions['code'];
const fieldOf = (r: { ok: boolean; error?: { extensions: Record<string, unknown> } }): unknown =>
  r.ok ? 'OK' : r.error?.extensions['field'];

describe('the published 2020 inspection table (001 L150–186)', () => {
  const rows: ValidInspectionResult[] = INSPECTION_RESULTS_2020.map((r) => unwrapOk(validateInspectionResult(r)));
  const reported: ValidReportedTotals = unwrapOk(validateReportedTotals(REPORTED_TOTALS_2020));

  it('has one valid row for each of the 25 districts', () => {
    expect(rows).toHaveLength(25);
    expect(new Set(rows.map((r) => r.district)).size).toBe(25);
    expect(rows.every((r) => r.district.endsWith('구'))).toBe(true);
  });

  it('keys a row by year and district', () => {
    expect(rows.find((r) => r.district === '영등포구')).toEqual({
      id: '2020:영등포구',
      year: 2020,
      district: '영등포구',
      cautionCount: 25,
      warningCount: 2,
      surchargeCount: 1,
      surchargeAmount: 306_900,
      clawbackCount: 1,
      clawbackAmount: 1_024_000,
      reportedTotalCases: 29,
    });
  });

  it('computes totals that equal the printed 합계: 주의 528, 경고 14, 과징금 2건 2,466,900원, 환수 21건 10,202,750원, 계 565', () => {
    const s = summarizeInspections(2020, rows, reported);
    expect(s).toMatchObject({
      year: 2020,
      districtCount: 25,
      cautionCount: 528,
      warningCount: 14,
      surchargeCount: 2,
      surchargeAmount: 2_466_900,
      clawbackCount: 21,
      clawbackAmount: 10_202_750,
      totalCases: 565,
      matchesReported: true,
    });
    expect(s.reported).toBe(reported);
  });

  it('exposes the misprinted district totals instead of fixing them (DQ-001-1…4)', () => {
    const s = summarizeInspections(2020, rows, reported);
    expect(s.sumOfReportedRowTotals).toBe(558);
    expect(s.mismatchedDistricts).toEqual(['도봉구', '마포구', '강동구']);
    const row = (d: string) => rows.find((r) => r.district === d)!;
    expect([totalCases(row('도봉구')), row('도봉구').reportedTotalCases, rowMatchesReported(row('도봉구'))]).toEqual([29, 32, false]);
    expect([totalCases(row('마포구')), row('마포구').reportedTotalCases, rowMatchesReported(row('마포구'))]).toEqual([40, 41, false]);
    expect([totalCases(row('강동구')), row('강동구').reportedTotalCases, rowMatchesReported(row('강동구'))]).toEqual([11, null, false]);
    expect([totalCases(row('용산구')), row('용산구').reportedTotalCases, rowMatchesReported(row('용산구'))]).toEqual([0, null, true]);
    expect(rowMatchesReported(row('노원구'))).toBe(true);
  });

  it('flags a printed total that differs, and says nothing when none was recorded', () => {
    expect(summarizeInspections(2020, rows, { ...reported, clawbackAmount: 10_202_751 }).matchesReported).toBe(false);
    expect(summarizeInspections(2020, rows, { ...reported, totalCases: 558 }).matchesReported).toBe(false);
    expect(summarizeInspections(2020, rows, null).matchesReported).toBeNull();
    expect(summarizeInspections(2021, [], null)).toMatchObject({ districtCount: 0, totalCases: 0, mismatchedDistricts: [] });
  });

  it('rejects an amount without a count (or the reverse), negative counts and short district names', () => {
    const r = INSPECTION_RESULTS_2020[0]!;
    expect(fieldOf(validateInspectionResult({ ...r, surchargeCount: 1, surchargeAmount: 0 }))).toBe('surchargeAmount');
    expect(fieldOf(validateInspectionResult({ ...r, clawbackCount: 0, clawbackAmount: 5_000 }))).toBe('clawbackAmount');
    expect(fieldOf(validateInspectionResult({ ...r, cautionCount: -1 }))).toBe('cautionCount');
    expect(fieldOf(validateInspectionResult({ ...r, surchargeAmount: 1.5, surchargeCount: 1 }))).toBe('surchargeAmount');
    expect(fieldOf(validateInspectionResult({ ...r, district: '종로' }))).toBe('district');
    expect(fieldOf(validateInspectionResult({ ...r, year: 1999 }))).toBe('year');
  });
});

describe('single inspections with an action per finding', () => {
  const base = INSPECTIONS[0]!;

  it('carries an amount exactly on 과징금 and 환수', () => {
    const v = unwrapOk(validateInspection(base));
    expect(v.findings.map((f) => [f.no, f.action, f.amount])).toEqual([
      [1, 'CAUTION', null],
      [2, 'SURCHARGE', 306_900],
    ]);
    const finding = base.findings[0]!;
    expect(fieldOf(validateInspection({ ...base, findings: [{ ...finding, action: 'CLAWBACK' }] }))).toBe('findings.amount');
    expect(fieldOf(validateInspection({ ...base, findings: [{ ...finding, action: 'WARNING', amount: 1000 }] }))).toBe('findings.amount');
    expect(fieldOf(validateInspection({ ...base, findings: [{ ...finding, action: 'SURCHARGE', amount: 0.5 }] }))).toBe('findings.amount');
  });

  it('names the areas of a safety inspection (소방·전기·가스) and only there', () => {
    expect(fieldOf(validateInspection({ ...base, kind: 'SAFETY' }))).toBe('safetyAreas');
    expect(fieldOf(validateInspection({ ...base, safetyAreas: ['FIRE'] }))).toBe('safetyAreas');
    expect(unwrapOk(validateInspection(INSPECTIONS[1]!)).safetyAreas).toEqual(['FIRE', 'ELECTRICAL', 'GAS']);
  });

  it('gives the agency’s own P7 safety inspections their agency, and none to the Seoul table’s', () => {
    expect(unwrapOk(validateInspection(INSPECTIONS[1]!))).toMatchObject({ agencyId: 'jeonbuk-pass', feeTier: 'BASIC' });
    expect(unwrapOk(validateInspection(base)).agencyId).toBeNull();
    expect(fieldOf(validateInspection({ ...base, agencyId: '' }))).toBe('agencyId');
    expect(fieldOf(validateInspection({ ...base, agencyId: '{"$ne":1}' }))).toBe('agencyId');
  });

  it('counts actions in the published table’s terms, per district and in total', () => {
    const findings = [
      { action: 'CAUTION' as const, amount: null },
      { action: 'CAUTION' as const, amount: null },
      { action: 'WARNING' as const, amount: null },
      { action: 'SURCHARGE' as const, amount: 2_160_000 },
      { action: 'CLAWBACK' as const, amount: 216_000 },
      { action: 'NONE' as const, amount: null },
    ];
    const c = actionCounts(findings);
    expect(c).toEqual({
      cautionCount: 2,
      warningCount: 1,
      surchargeCount: 1,
      surchargeAmount: 2_160_000,
      clawbackCount: 1,
      clawbackAmount: 216_000,
    });
    expect(totalCases(c)).toBe(5); // NONE is no 조치
    const byDistrict = actionsByDistrict([
      { district: '중구', findings: findings.slice(4) },
      { district: '성북구', findings: findings.slice(0, 4) },
      { district: '중구', findings: findings.slice(0, 1) },
    ]);
    expect(byDistrict.districts.map((d) => [d.district, d.inspectionCount, totalCases(d.actions)])).toEqual([
      ['성북구', 1, 4],
      ['중구', 2, 2],
    ]);
    expect(byDistrict.totals).toEqual(actionCounts([...findings, findings[0]!]));
  });

  it('confirms a correction once, not before the inspection', () => {
    const v = unwrapOk(validateInspection(INSPECTIONS[1]!));
    expect(unwrapOk(checkCorrection(v, 1, '2023-06-02')).correctedOn).toBe('2023-06-02');
    expect(fieldOf(checkCorrection(v, 1, '2023-05-01'))).toBe('correctedOn');
    expect(fieldOf(checkCorrection(v, 2, '2023-06-02'))).toBe('findingNo');
    const corrected = { ...v, findings: [{ ...v.findings[0]!, correctedOn: '2023-06-02' }] };
    expect(codeOf(checkCorrection(corrected, 1, '2023-06-03'))).toBe('CONFLICT');
  });
});

describe('satisfaction by programme and year (001 L137–143)', () => {
  const byYear = Object.fromEntries(SATISFACTION.map((s) => [s.year, unwrapOk(validateSatisfaction(s))]));

  it('holds the published rates: 2019 94.1/89.6/92.5, 2020 93.3/91.8/87.0', () => {
    expect(byYear[2019]!.results.map((r) => r.positiveRate)).toEqual([94.1, 89.6, 92.5]);
    expect(byYear[2020]!.results.map((r) => r.positiveRate)).toEqual([93.3, 91.8, 87.0]);
  });

  it('computes the yearly averages the report prints (92.1, 90.7) and the overall 91.4', () => {
    expect(averageRate(byYear[2019]!.results.map((r) => r.positiveRate))).toBe(92.1);
    expect(averageRate(byYear[2020]!.results.map((r) => r.positiveRate))).toBe(90.7);
    expect(averageRate([92.1, 90.7])).toBe(91.4);
    expect(averageRate([])).toBeNull();
  });

  it('refuses repeated programmes and rates outside 0–100', () => {
    const s = SATISFACTION[0]!;
    expect(fieldOf(validateSatisfaction({ ...s, results: [s.results[0]!, s.results[0]!] }))).toBe('results');
    expect(fieldOf(validateSatisfaction({ ...s, results: [{ ...s.results[0]!, positiveRate: 101 }] }))).toBe('results.positiveRate');
  });
});

describe('provider training', () => {
  const t = {
    id: 'x',
    course: '신규 제공인력 교육훈련',
    topics: ['E_VOUCHER' as const, 'PRIVACY' as const],
    heldOn: '2020-06-10',
    capacity: 40,
    attendees: 35,
    completed: 33,
    satisfaction: 91.2,
  };

  it('keeps attendees within capacity and completions within attendees', () => {
    expect(unwrapOk(validateProviderTraining(t))).toMatchObject({ attendees: 35, completed: 33, satisfaction: 91.2 });
    expect(fieldOf(validateProviderTraining({ ...t, attendees: 41 }))).toBe('attendees');
    expect(fieldOf(validateProviderTraining({ ...t, completed: 36 }))).toBe('completed');
    expect(fieldOf(validateProviderTraining({ ...t, topics: [] }))).toBe('topics');
    expect(fieldOf(validateProviderTraining({ ...t, capacity: 0 }))).toBe('capacity');
  });
});

import { safetyFee, safetyFeesByTier } from './inspections';

describe('안전점검수당 tiers (P7, 003 L2869)', () => {
  it('pays 100천원 or 400천원 per site: the plan’s 26 + 30 sites are its 14,600천원', () => {
    expect([safetyFee('BASIC'), safetyFee('FULL'), safetyFee(null)]).toEqual([100_000, 400_000, null]);
    const plan = [
      ...Array.from({ length: 26 }, () => ({ kind: 'SAFETY' as const, feeTier: 'BASIC' as const })),
      ...Array.from({ length: 30 }, () => ({ kind: 'SAFETY' as const, feeTier: 'FULL' as const })),
      { kind: 'SITE' as const },
      { kind: 'SAFETY' as const, feeTier: null },
    ];
    expect(safetyFeesByTier(plan)).toEqual({
      safetyInspectionCount: 57,
      withoutTier: 1,
      byTier: [
        { tier: 'BASIC', unitFee: 100_000, count: 26, amount: 2_600_000 },
        { tier: 'FULL', unitFee: 400_000, count: 30, amount: 12_000_000 },
      ],
      total: 14_600_000,
    });
  });

  it('lets only a SAFETY inspection state a tier', () => {
    const base = { id: 'i1', providerId: 'p1', inspectedOn: '2023-05-02', findings: [] };
    expect(unwrapOk(validateInspection({ ...base, kind: 'SAFETY', safetyAreas: ['FIRE'], feeTier: 'FULL' })).feeTier).toBe('FULL');
    expect(unwrapOk(validateInspection({ ...base, kind: 'SAFETY', safetyAreas: ['FIRE'] })).feeTier).toBeNull();
    expect(fieldOf(validateInspection({ ...base, kind: 'SITE', feeTier: 'BASIC' }))).toBe('feeTier');
  });
});
