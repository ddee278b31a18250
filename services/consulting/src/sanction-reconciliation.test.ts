import { reconcileSanctions, reconciliationStatus, ZERO_COUNTS } from './sanction-reconciliation';

/** 영등포 2020 as printed (001 L176): 주의 25, 경고 2, 과징금 1건 306,900원, 환수 1건 1,024,000원, 계 29. */
const YEONGDEUNGPO = {
  district: '영등포구',
  cautionCount: 25,
  warningCount: 2,
  surchargeCount: 1,
  surchargeAmount: 306_900,
  clawbackCount: 1,
  clawbackAmount: 1_024_000,
  reportedTotalCases: 29,
};
/** 도봉 (001 L167): 주의 29 printed with 계 32 (DQ-001-1). */
const DOBONG = { ...ZERO_COUNTS, district: '도봉구', cautionCount: 29, reportedTotalCases: 32 };
const YONGSAN = { ...ZERO_COUNTS, district: '용산구', reportedTotalCases: null };

describe('sanctions reconciliation (printed district table vs recorded findings)', () => {
  it('a district whose findings re-aggregate to its printed row is RECONCILED', () => {
    const { district: _d, reportedTotalCases: _r, ...counts } = YEONGDEUNGPO;
    expect(reconciliationStatus(counts, counts)).toBe('RECONCILED');
  });

  it('the first cut of 영등포 (1 주의 + the 306,900원 과징금 = 2 cases against 29) is PARTIAL, difference 27', () => {
    const r = reconcileSanctions(
      2020,
      [YEONGDEUNGPO],
      [
        {
          district: '영등포구',
          inspectionCount: 1,
          actions: { ...ZERO_COUNTS, cautionCount: 1, surchargeCount: 1, surchargeAmount: 306_900 },
        },
      ],
    );
    expect(r.districts[0]).toMatchObject({
      status: 'PARTIAL',
      recorded: { totalCases: 2 },
      printed: { totalCases: 29 },
      difference: { cautionCount: 24, warningCount: 2, surchargeCount: 0, clawbackCount: 1, clawbackAmount: 1_024_000, totalCases: 27 },
      printedRowMatchesReported: true,
    });
  });

  it('printed sanctions with nothing recorded are NOT_RECORDED; a row of "-" with nothing recorded is RECONCILED', () => {
    const r = reconcileSanctions(2020, [DOBONG, YONGSAN], []);
    expect(r.districts.map((d) => [d.district, d.status, d.printedRowMatchesReported])).toEqual([
      ['도봉구', 'NOT_RECORDED', false],
      ['용산구', 'RECONCILED', true],
    ]);
    expect(r.reconciledDistricts).toBe(1);
    expect(r.unreconciledDistricts).toEqual(['도봉구']);
  });

  it('records above the print, or for a district without a row, are EXCEEDS_PRINTED', () => {
    const r = reconcileSanctions(
      2020,
      [DOBONG],
      [
        { district: '도봉구', inspectionCount: 1, actions: { ...ZERO_COUNTS, cautionCount: 30 } },
        { district: '관악구', inspectionCount: 1, actions: { ...ZERO_COUNTS, warningCount: 1 } },
      ],
    );
    expect(r.districts.map((d) => [d.district, d.status])).toEqual([
      ['관악구', 'EXCEEDS_PRINTED'],
      ['도봉구', 'EXCEEDS_PRINTED'],
    ]);
    expect(r.districts[0]).toMatchObject({ printed: null, reportedTotalCases: null, printedRowMatchesReported: null });
    expect(r.recordedTotals.totalCases).toBe(31);
    expect(r.printedTotals.totalCases).toBe(29);
  });
});
