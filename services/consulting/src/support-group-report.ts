/**
 * The support group as the 2021.6.16 review report prints it (seed 001): targets (L124), results 2019–2021.4
 * (L229–240), evaluation (L190–196), services developed (L229, L235), budget (L46, L116). A transcription of one
 * published document, held in code and served read-only: nothing changes it, no other service reacts to it.
 */
import type { DevelopedService, EvaluationFinding, FundingShare, ReportedAmount, WorkProgrammeLine } from './support-group';

export const SUPPORT_GROUP = {
  id: 'seoul-community-service-support-group',
  name: '서울특별시 지역사회서비스 지원단',
  /** Set up 2011.5 (L106): month precision. */
  establishedMonth: '2011-05',
  /** 수탁기관 of all five rounds (L115). */
  operatorName: '서울시복지재단',
  /** 위탁기관: the budget is the city's (사무위탁, L41–46). */
  budgetHolder: '서울특별시',
  /** governance's OutsourcingContract of the affair. */
  contractId: 'seoul-community-service-support',
  source: '서울특별시의회 보건복지위원회 검토보고서, 2021.6.16 (001)',
};

/** '21 budget: 380백만원 (L46) = 380,000천원 (L116), 국비 50% / 시비 50% (DQ-001-5: one budget, two units). */
export const SUPPORT_GROUP_BUDGET = {
  fiscalYear: 2021,
  reported: [
    { amount: 380, unit: '백만원', source: '001 L46' },
    { amount: 380_000, unit: '천원', source: '001 L116' },
  ] satisfies ReportedAmount[],
  shares: [
    { source: 'NATIONAL', percent: 50 },
    { source: 'CITY', percent: 50 },
  ] satisfies FundingShare[],
};

export interface WorkProgrammeYear {
  year: number;
  /** The last day the results cover: 2021 covers January to April only (DQ-001-9). */
  periodEnd: string;
  partial: boolean;
  lines: WorkProgrammeLine[];
}

const b = (label: string, count: number) => ({ label, count });

export const WORK_PROGRAMME: WorkProgrammeYear[] = [
  {
    year: 2019,
    periodEnd: '2019-12-31',
    partial: false,
    lines: [
      {
        item: 'PROVIDER_TRAINING',
        label: '제공기관(인력) 교육',
        unit: 'SESSIONS',
        target: 11,
        reported: 20,
        breakdown: [b('제공기관장 및 관리책임자', 4), b('제공인력', 11), b('신규기관 컨설팅', 4), b('품질관리 교육', 1)],
      },
      {
        item: 'PROVIDER_STAFF_TRAINING',
        label: '제공인력 교육',
        unit: 'SESSIONS',
        target: null,
        reported: 11,
        breakdown: [b('지투', 9), b('산모', 1), b('제공기관기획', 1)],
      },
      {
        item: 'OFFICIAL_TRAINING',
        label: '사업담당 공무원 교육',
        unit: 'SESSIONS',
        target: 3,
        reported: 6,
        breakdown: [b('워크숍', 1), b('교육', 5)],
      },
      {
        item: 'SITE_INSPECTION_SUPPORT',
        label: '제공기관 현장점검 지원',
        unit: 'SITES',
        target: 80,
        reported: 76,
        breakdown: [b('지투', 47), b('산모', 17), b('가사간병', 12)],
      },
      {
        item: 'FOLLOW_UP_CONSULTING',
        label: '품질관리 미흡기관 사후컨설팅 (각 2회)',
        unit: 'SITES',
        target: null,
        reported: 9,
        breakdown: [],
      },
      { item: 'BRIEFING', label: '사업 설명회', unit: 'SESSIONS', target: null, reported: 1, breakdown: [] },
      { item: 'SURVEY_RESPONDENTS', label: '이용자 만족도 조사 및 FGI', unit: 'PERSONS', target: null, reported: 1_501, breakdown: [] },
      {
        item: 'MEETINGS',
        label: '간담회',
        unit: 'SESSIONS',
        target: null,
        reported: 5,
        breakdown: [b('자치구 공무원', 3), b('제공기관', 1), b('이용자', 1)],
      },
      {
        item: 'ADVISORY_MEETINGS',
        label: '자문회의',
        unit: 'SESSIONS',
        target: null,
        reported: 3,
        breakdown: [b('운영자문', 2), b('교육자문', 1)],
      },
      { item: 'NEWSLETTERS', label: '뉴스레터 제작 및 배포', unit: 'SESSIONS', target: null, reported: 10, breakdown: [] },
      { item: 'GOOD_PRACTICE_AWARDS', label: '우수사례 공모 및 시상', unit: 'CASES', target: null, reported: 3, breakdown: [] },
      { item: 'EXTERNAL_COOPERATION', label: '대외협력', unit: 'SESSIONS', target: null, reported: 24, breakdown: [] },
      { item: 'RESEARCH', label: '지역사회서비스 조사·연구', unit: 'CASES', target: null, reported: 2, breakdown: [] },
    ],
  },
  {
    year: 2020,
    periodEnd: '2020-12-31',
    partial: false,
    lines: [
      {
        item: 'PROVIDER_TRAINING',
        label: '제공기관(인력) 교육',
        unit: 'SESSIONS',
        target: 18,
        reported: 30,
        breakdown: [b('제공기관장 및 관리책임자', 7), b('제공인력', 19), b('신규기관 컨설팅', 4)],
      },
      {
        item: 'PROVIDER_STAFF_TRAINING',
        label: '제공인력 교육',
        unit: 'SESSIONS',
        target: null,
        reported: 19,
        breakdown: [b('지투 공통', 7), b('지투', 8), b('제공기관기획', 4)],
      },
      {
        item: 'OFFICIAL_TRAINING',
        label: '사업담당 공무원 교육',
        unit: 'SESSIONS',
        target: 5,
        reported: 6,
        breakdown: [b('워크숍', 2), b('교육', 4)],
      },
      {
        item: 'SITE_INSPECTION_SUPPORT',
        label: '제공기관 현장점검 지원',
        unit: 'SITES',
        target: 60,
        reported: 49,
        breakdown: [b('지투', 34), b('산모', 11), b('가사간병', 4)],
      },
      {
        item: 'FOLLOW_UP_CONSULTING',
        label: '품질관리 미흡기관 사후컨설팅 (각 2회)',
        unit: 'SITES',
        target: null,
        reported: 2,
        breakdown: [],
      },
      { item: 'BRIEFING', label: '사업 설명회', unit: 'SESSIONS', target: null, reported: 1, breakdown: [] },
      { item: 'SURVEY_RESPONDENTS', label: '이용자 만족도 조사 및 FGI', unit: 'PERSONS', target: null, reported: 1_511, breakdown: [] },
      {
        item: 'MEETINGS',
        label: '간담회',
        unit: 'SESSIONS',
        target: null,
        reported: 6,
        breakdown: [b('공무원', 2), b('제공기관', 3), b('이용자', 1)],
      },
      {
        item: 'ADVISORY_MEETINGS',
        label: '자문회의',
        unit: 'SESSIONS',
        target: null,
        reported: 7,
        breakdown: [b('운영자문', 2), b('사업재구조화자문', 3), b('교육자문', 1), b('조사연구', 1)],
      },
      { item: 'NEWSLETTERS', label: '뉴스레터 제작 및 배포', unit: 'SESSIONS', target: null, reported: 8, breakdown: [] },
      { item: 'GOOD_PRACTICE_AWARDS', label: '우수사례 공모 및 시상', unit: 'CASES', target: null, reported: 6, breakdown: [] },
      { item: 'VIDEOS', label: '영상 제작 및 배포', unit: 'VIDEOS', target: null, reported: 4, breakdown: [] },
    ],
  },
  {
    year: 2021,
    periodEnd: '2021-04-30',
    partial: true,
    lines: [
      {
        item: 'PROVIDER_TRAINING',
        label: '제공기관(인력) 교육',
        unit: 'SESSIONS',
        target: 33,
        reported: 13,
        breakdown: [b('제공기관장 및 관리책임자', 4), b('제공인력', 8), b('신규기관 컨설팅', 1)],
      },
      {
        item: 'PROVIDER_STAFF_TRAINING',
        label: '제공인력 교육',
        unit: 'SESSIONS',
        target: null,
        reported: 8,
        breakdown: [b('지투공통', 4), b('지투', 4)],
      },
      { item: 'OFFICIAL_TRAINING', label: '사업담당 공무원 교육', unit: 'SESSIONS', target: 5, reported: 1, breakdown: [b('교육', 1)] },
      // No target (L124) and "계획수립 완료" only (L238): DQ-001-9.
      { item: 'SITE_INSPECTION_SUPPORT', label: '제공기관 현장점검 지원', unit: 'SITES', target: null, reported: null, breakdown: [] },
      { item: 'BRIEFING', label: '사업 설명회', unit: 'SESSIONS', target: null, reported: 1, breakdown: [] },
      { item: 'NEWSLETTERS', label: '뉴스레터 제작 및 배포', unit: 'SESSIONS', target: null, reported: 1, breakdown: [] },
      { item: 'VIDEOS', label: '영상 제작 및 배포', unit: 'VIDEOS', target: null, reported: 1, breakdown: [] },
    ],
  },
];

/** 성과평가결과 (L190–196): 투입 / 과정 / 산출 / 활용. */
export const EVALUATIONS: EvaluationFinding[] = [
  { year: 2019, dimension: 'INPUT', adequate: false, finding: '지원단이 이용하는 시설·기자재는 재단 자원이므로 자체 자원 마련 방안 필요' },
  {
    year: 2019,
    dimension: 'PROCESS',
    adequate: false,
    finding: '서비스 이용자 수용 가능 인원을 감안하여 무작위 홍보보다는 유관 기관 네트워크 구축을 통한 전략적 홍보 마련 필요',
  },
  {
    year: 2019,
    dimension: 'OUTPUT',
    adequate: false,
    finding:
      '기존 서비스 유지에 그치는 것이 아니라, 서울시 고유의 지역 특성을 반영한 서비스 개발을 위해 아이디어 공모, 회의 등을 확대 실시',
  },
  { year: 2019, dimension: 'UTILISATION', adequate: false, finding: '서비스 품질 관리 방안 모색 및 FGI를 반영한 환류 필요' },
  { year: 2020, dimension: 'INPUT', adequate: true, finding: '적정' },
  {
    year: 2020,
    dimension: 'PROCESS',
    adequate: false,
    finding: '코로나 상황 감안, 대규모보다는 소규모 교육을 지속적으로 유지할 필요 있으며 화상교육, 동영상 제공교육도 같이 고려되어야함',
  },
  { year: 2020, dimension: 'OUTPUT', adequate: false, finding: '사업개편안 및 신규사업이 정착될 수 있도록 지속적인 관심 필요' },
  {
    year: 2020,
    dimension: 'UTILISATION',
    adequate: false,
    finding: '이용자의 재이용 의향에 대한 만족도 결과는 낮은 편(부정적 응답 55.6%)이어서 만족도 향상을 위한 노력 필요함',
  },
];

/**
 * Services the support group developed or changed (L229 for 2019, L235 for 2020, L238 for 2021). The report starts
 * mid-life: `stageBefore` is our reading of the stage before its first step (a 본사업화 was a pilot, a 광역화,
 * 재구조화 or 폐지 applies to a running service).
 */
export const DEVELOPED_SERVICES: DevelopedService[] = [
  {
    name: '성인장애인맞춤운동서비스',
    stageBefore: 'PILOT',
    steps: [{ year: 2019, change: 'MAKE_MAIN', district: null, note: '시범사업 본사업화' }],
  },
  {
    name: '청년심리지원서비스',
    stageBefore: 'MAIN',
    steps: [{ year: 2019, change: 'REGIONALISE', district: '마포구', note: '구개발사업 광역화' }],
  },
  {
    name: '비대면 청년심리지원서비스',
    stageBefore: 'IDEA',
    steps: [
      { year: 2020, change: 'DEVELOP', district: null, note: '신규사업 개발' },
      { year: 2021, change: 'START_PILOT', district: '노원구', note: '시범사업 추진 지원' },
    ],
  },
  {
    name: '중장년 1인가구심리지원서비스',
    stageBefore: 'IDEA',
    steps: [{ year: 2020, change: 'DEVELOP', district: '은평구', note: '신규사업 개발 지원' }],
  },
  {
    name: '아동·청소년심리지원서비스',
    stageBefore: 'MAIN',
    steps: [{ year: 2020, change: 'RESTRUCTURE', district: null, note: '재구조화 (단가인상, 서비스 내용 조정 등)' }],
  },
  { name: '스마트건강증진서비스', stageBefore: 'MAIN', steps: [{ year: 2020, change: 'ABOLISH', district: null, note: '사업 폐지' }] },
];
