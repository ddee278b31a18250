/**
 * The 2019 우리동네 나눔반장 results deck (서울시사회적경제지원센터, 2020.01.29; seed 004) as printed: research contract
 * (L27–35), 선행사업 (L37–62), 실증사업 (L64–91), headline (L101–103), the note under Table 2 (L129). A transcription
 * of one published document, held in code and served read-only. Consortium ids are the registered consortia's.
 */
import type { FeeScheduledNote, ProgrammePhase, ResearchContract } from './nanum-banjang-programme';

const T = 1_000; // 천원

const grants = (amountKRW: number) =>
  (
    [
      ['nanum-banjang-gangseo', '강서구'],
      ['nanum-banjang-nowon', '노원구'],
      ['nanum-banjang-mapo', '마포구'],
      ['nanum-banjang-seongdong', '성동구'],
      ['nanum-banjang-eunpyeong', '은평구'],
    ] as const
  ).map(([consortiumId, district]) => ({ consortiumId, district, amountKRW }));

export const NANUM_BANJANG_PROGRAMME = {
  id: 'seoul-nanum-banjang-2019',
  name: '2019 우리동네 나눔반장',
  issuer: '서울시사회적경제지원센터',
  publishedOn: '2020-01-29',
  source: '004',
};

export const RESEARCH_CONTRACT: ResearchContract = {
  title: "'우리동네 나눔반장' 표준 실행모델 개발 연구",
  contractorName: '성공회대학교 산학협력단 (사회적기업연구센터)',
  from: '2019-04-01',
  to: '2019-11-30',
  tasks: [
    '시범사업 5개 자치구 지역 돌봄 서비스 현황 진단',
    '시범사업 수행 자치구 사업 준비 및 수행 과정 모니터링',
    '우리동네 나눔반장 사업단 성과 평가',
    '우리동네 나눔반장 표준 실행모델 개발',
  ],
  source: '004 L27–35',
};

export const PHASES: ProgrammePhase[] = [
  {
    kind: 'PRELIMINARY',
    label: '선행사업',
    from: '2019-04-29',
    to: '2019-06-30',
    source: '004 L37–62',
    reportedTotalKRW: 50_000 * T,
    reportedPerOrganisationKRW: 10_000 * T,
    printedGrantLabel: '선행사업 실행비',
    grants: grants(10_000_000),
    reportedEnterprises: 32,
    reportedUsers: 141,
    reportedDeliveries: null,
    headlineTo: '2019-06-30',
  },
  {
    kind: 'DEMONSTRATION',
    label: '실증사업',
    from: '2019-07-18',
    to: '2019-12-20',
    source: '004 L64–91',
    reportedTotalKRW: 75_000 * T,
    reportedPerOrganisationKRW: 15_000 * T,
    // L75 prints "지역별 선행사업 실행비 각 15,000천원" on the 실증사업 page (DQ-004-6).
    printedGrantLabel: '선행사업 실행비',
    grants: grants(15_000_000),
    reportedEnterprises: 34,
    reportedUsers: null,
    reportedDeliveries: 2_341,
    // The results page gives '19.07.18~12.31 (L102) against 12.20 on the phase page (DQ-004-5).
    headlineTo: '2019-12-31',
  },
];

/** "수가 적용 서비스 3,636건 중 일상편의서비스 2,499건 69%" (L129) against Table 2's rows (L116–124). */
export const FEE_SCHEDULED_NOTE: FeeScheduledNote = {
  reportedCount: 3_636,
  parts: [
    { service: '일시재가', count: 1_137 },
    { service: '단기시설', count: 3 },
    { service: '일상편의 소계', count: 2_499 },
  ],
  dailyConvenienceCount: 2_499,
  reportedDailyConvenienceSharePct: 69,
};

/**
 * The 돌봄SOS column of the 07.18–11.30 table (L116–127), every service, with its printed 총계 and the note's count
 * (L129): held here, beside the 나눔반장 columns, as the one copy of the 004 tables (care-services holds none).
 * Amounts in 원; null where the table prints "-".
 */
export const SOS_COLUMN_TO_NOV = {
  periodFrom: '2019-07-18',
  periodTo: '2019-11-30',
  source: '004 L116–129',
  rows: [
    { service: '일시재가', count: 1_137, amountKRW: 948_947 * T },
    { service: '단기시설', count: 3, amountKRW: 1_497 * T },
    { service: '식사지원', count: 1_854, amountKRW: 358_656 * T },
    { service: '이동지원', count: 185, amountKRW: 19_522 * T },
    { service: '주거편의', count: 460, amountKRW: 14_034 * T },
    { service: '안부지원', count: 192, amountKRW: null },
    { service: '건강지원', count: 88, amountKRW: null },
    { service: '정보상담', count: 4_708, amountKRW: null },
  ],
  /** 총계 as printed (L127): 8,627건, 1,342,853천원 (DQ-004-3). */
  reportedTotalCount: 8_627,
  reportedTotalAmountKRW: 1_342_853 * T,
  /** The note under the table prints 8,629건 (L129, DQ-004-1). */
  noteTotalCount: 8_629,
};

/** The note under Table 1 (L112): 10,102건 in all services; the table lists three, so it cannot be checked. */
export const SOS_ALL_SERVICES_NOTE = { periodFrom: '2019-07-18', periodTo: '2019-12-31', reportedTotalCount: 10_102, source: '004 L112' };
