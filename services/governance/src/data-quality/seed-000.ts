/**
 * Data-quality findings of seed 000: the Seoul agency's 2019 major work report (주요업무보고) with the
 * 정오표 of 2019-08-30 (domain brief §1.6, DQ-000-1…14). Money in 원 (printed 천원 × 1,000).
 */
import type { DataQualityFindingDoc } from '../data-quality';

const T = 1000;

export const SEED_000_FINDINGS: DataQualityFindingDoc[] = [
  {
    _id: 'DQ-000-1',
    document: '000',
    lines: ['L405', 'L1184', 'L1192', 'L1207'],
    description:
      '2020 수입예산: 영업수익 증감 printed 11,838,575천원; its children give 11,814,575천원, and the printed value makes the children of 계 sum to 40,670,256천원 instead of 40,646,256천원.',
    printedValue: 11_838_575 * T,
    computedValue: 11_814_575 * T,
    unit: '원',
    status: 'CORRECTED',
    correction: { source: '정오표 (errata sheet) signed by the CEO, 000 L1177–1215', correctedOn: '2019-08-30', value: 11_814_575 * T },
    reading:
      'The account keeps the printed 증감 as reportedChange and carries the erratum (before 11,838,575천원, after 11,814,575천원, filed 2019-08-30): changeStatus CORRECTED.',
    shownBy: [
      { service: 'budgets', entityType: 'FiscalYearBudget', entityId: 'seoul-pass:2020:ORIGINAL', field: 'accounts[R1].changeStatus' },
    ],
  },
  {
    _id: 'DQ-000-2',
    document: '000',
    lines: ['L441'],
    description:
      '2020 지출예산: 인건비 소속기관 증감 printed 27,589,389천원; 29,990,700 − 2,400,911 = 27,589,789천원 (−400), and the parent 29,736,119천원 fits the computed value. Not in the errata.',
    printedValue: 27_589_389 * T,
    computedValue: 27_589_789 * T,
    unit: '원',
    status: 'OPEN',
    reading: 'Kept as printed (reportedChange) beside the computed change, changeMatchesReported false, changeStatus MISMATCH.',
    shownBy: [
      { service: 'budgets', entityType: 'FiscalYearBudget', entityId: 'seoul-pass:2020:ORIGINAL', field: 'accounts[E3-2].changeStatus' },
    ],
  },
  {
    _id: 'DQ-000-3',
    document: '000',
    lines: ['L219', 'L846'],
    description:
      'The 현원 row of the 2019.8.19 table prints 16 values for 17 grade columns; the blank column is not known. The 16 values sum to the printed 계 89.',
    printedValue: 89,
    computedValue: 89,
    unit: '명',
    printedText: '16 values for 17 columns',
    status: 'READ_AS',
    reading:
      '보육 4급 and 5급 read as 1 each (round 1 hired a 원장 and a 교사, L846); 보육 6급 and 기능 다급 read as no one. The rows that depend on this reading carry reading and dataQualityFindingIds.',
    shownBy: [{ service: 'staffing', entityType: 'HeadcountPlan', field: 'reading' }],
  },
  {
    _id: 'DQ-000-4',
    document: '000',
    lines: ['L205–215'],
    description:
      'The grade → job-family mapping of the 17 columns is unclear for 나급 (서비스지원 or 전문서비스); both readings sum to 572.',
    status: 'READ_AS',
    reading:
      '나급 (정원 10, 현원 2) is filed under 서비스지원 (SERVICE_SUPPORT); family totals are computed from the rows, never hard-coded.',
    shownBy: [{ service: 'staffing', entityType: 'HeadcountPlan', field: 'reading' }],
  },
  {
    _id: 'DQ-000-5',
    document: '000',
    lines: ['L829–835'],
    description:
      "'19년 전체 채용인원 총 572명 (the 2019 정원), but the four rounds add to 18 + 114 + 160 + 279 = 571 (본부 21 vs 정원 22; 소속 550 ✓).",
    printedValue: 572,
    computedValue: 571,
    unit: '명',
    status: 'OPEN',
    reading: 'The gap of one at 본부 is likely the 상근임원 (officer), who is not recruited by open competition (inferred, not printed).',
    shownBy: [{ service: 'staffing', entityType: 'RecruitmentYear', entityId: 'seoul-pass:2019', field: 'reportedTotal' }],
  },
  {
    _id: 'DQ-000-6',
    document: '000',
    lines: ['L831', 'L833–835', 'L889–891'],
    description:
      'Round months conflict: 3차 is "8월" at L831 and "(10월)" at L833; 4차 is "10월" at L831 and "(12월)" at L835. The schedule (L889–891) explains: 공고 8월 / 11월, 서류·필기·면접 10월 / 12월.',
    printedText: '3차(8월) / 3차(10월); 4차(10월) / 4차(12월)',
    status: 'READ_AS',
    reading: 'Each round stores its 공고 month and its test month separately (4차 공고 read as 11월, from L891).',
    shownBy: [{ service: 'staffing', entityType: 'RecruitmentRound', field: 'announcedMonth' }],
  },
  {
    _id: 'DQ-000-7',
    document: '000',
    lines: ['L587–593', 'L258–264'],
    description:
      "Centre types: the table gives 기본형 2 × 114, 확대형 1 × 139, 간호특화형 1 × 143, 통원형 1 × 84 = 480명 for 2019, but the text makes 성동 and 노원 both 확대형, so the five centres' 정원 sum to 57 + 57 + 139 + 139 + 84 = 476명.",
    printedValue: 480,
    computedValue: 476,
    unit: '명',
    status: 'OPEN',
    reading:
      'Facilities follow the text (확대형 for 성동 and 노원, no 간호특화형); the target table stays as printed. The year shows both totals and a flag.',
    shownBy: [
      { service: 'staffing', entityType: 'HeadcountTargetYear', entityId: '2019', field: 'homeCareCentres' },
      { service: 'care-services', entityType: 'Facility', entityId: 'seoul-hcc-nowon', field: 'centreModel' },
    ],
  },
  {
    _id: 'DQ-000-8',
    document: '000',
    lines: ['L593', 'L664'],
    description: '마포 services: the text reads 방문요양+… (L593), the opening table 방문간호+긴급돌봄+주야간보호 (L664).',
    printedText: '방문요양 (L593) / 방문간호 (L664)',
    status: 'READ_AS',
    reading: 'The facility has the services of the opening table (L664).',
    shownBy: [{ service: 'care-services', entityType: 'Facility', entityId: 'seoul-hcc-mapo', field: 'services' }],
  },
  {
    _id: 'DQ-000-9',
    document: '000',
    lines: ['L652–656', 'L587'],
    description: '강서: the 사업내용 cell of the opening table is missing.',
    status: 'READ_AS',
    reading: 'Services from the text (L587, 기본형): 방문요양+긴급돌봄.',
    shownBy: [{ service: 'care-services', entityType: 'Facility', entityId: 'seoul-hcc-gangseo', field: 'services' }],
  },
  {
    _id: 'DQ-000-10',
    document: '000',
    lines: ['L217', 'L266', 'L531', 'L555'],
    description:
      '국공립어린이집: the headcount plan has 5개소/70명 in 2019 and 20개소 by \'22, the facility targets "-" in 2019 (preparation only) and 15개소 in all.',
    printedValue: 20,
    computedValue: 15,
    unit: '개소',
    status: 'READ_AS',
    reading: 'Both kept as reported: the headcount target lines as printed, the facility targets as printed; not reconciled.',
    shownBy: [{ service: 'staffing', entityType: 'HeadcountTarget', field: 'sites' }],
  },
  {
    _id: 'DQ-000-11',
    document: '000',
    lines: ['L641–668'],
    description: 'Opening dates in mixed formats (7.23, 8/28, 9/18) and month-only (노원 10월, 마포 11월).',
    status: 'READ_AS',
    reading: 'Dates stored with their precision (openedOnPrecision DAY or MONTH; a month-only date is the 1st).',
    shownBy: [{ service: 'care-services', entityType: 'Facility', field: 'openedOnPrecision' }],
  },
  {
    _id: 'DQ-000-12',
    document: '000',
    lines: ['L1202–1225', 'L1216'],
    description: 'The errata block is duplicated and garbled (a stray 이자수익 at L1216).',
    status: 'READ_AS',
    reading: 'The erratum is read from L1204–1215 only: one correction, 영업수익 증감.',
    shownBy: [{ service: 'budgets', entityType: 'FiscalYearBudget', entityId: 'seoul-pass:2020:ORIGINAL', field: 'errata' }],
  },
  {
    _id: 'DQ-000-13',
    document: '000',
    lines: ['L254'],
    description: 'The 장기요양시설 row of the headcount expansion plan has two value pairs for four year columns.',
    status: 'READ_AS',
    reading: "They are '21 (4개소 388) and '22 (6개소 582): the totals of those years confirm it.",
    shownBy: [{ service: 'staffing', entityType: 'HeadcountTarget', field: 'category' }],
  },
  {
    _id: 'DQ-000-14',
    document: '000',
    lines: ['L367', 'L425', 'L394', 'L447'],
    description: 'Budget line labels renamed between the years: 사업비 (2019) → 서비스사업비 (2020); 소속기관 printed "5개소" in 2019.',
    status: 'READ_AS',
    reading: 'One account code for both years (E1, E3-2); the name records the 2019 label.',
    shownBy: [{ service: 'budgets', entityType: 'FiscalYearBudget', field: 'accounts.code' }],
  },
];
