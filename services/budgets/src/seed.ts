/**
 * Fixtures through the graph: the Jeonbuk 2023 program budget lines (S12 is the substitute-dispatch line completed
 * dispatches are charged to) with their 산출내역, and the Seoul 2019/2020 account trees.
 */
import { seedCheck, type SeedStep } from '@pass-graph/platform';
import type { RegisterBudgetLineInput } from './domain';
import { LINE_ITEMS } from './line-item-fixtures';
import type { RateInput } from './rate-card';
import type { BudgetErratumInput } from './errata';

const REGISTER = `mutation RegisterBudgetLine($input: RegisterBudgetLineInput!) { registerBudgetLine(input: $input) { id } }`;

/** The plan's four teams own the sections by code prefix (003 L190–208, L1421–1432, L3616–3621; ③'s heading is missing). */
const teamOf = (programCode: string): string =>
  ({ M: '경영기획팀', S: '시설지원팀', P: '③ (팀명 미기재)', C: '종합재가센터' })[programCode[0] ?? ''] ?? '미상';

const line = (
  programCode: string,
  name: string,
  amountThousandKRW: number,
  fundingSource: RegisterBudgetLineInput['fundingSource'],
  purpose: RegisterBudgetLineInput['purpose'] = 'GENERAL',
  purposeScope: string[] = [],
): RegisterBudgetLineInput => ({
  id: `jeonbuk-2023-${programCode}`,
  agencyId: 'jeonbuk-pass',
  fiscalYear: 2023,
  programCode,
  name,
  fundingSource,
  purpose,
  amountThousandKRW,
  purposeScope,
  team: teamOf(programCode),
});

/**
 * Every budgeted program of the Jeonbuk 2023 revised plan (seed 003 §1.3, 30 programs, 1,311,565천원; the other 24
 * sections are 비예산). Funding as the plan notes it (S12 특별회계, P17 도비 100%, C5 국비매칭); the others name none.
 * Event-fed executions land on: S12 (completed dispatches), M18 (위원회 참석수당, L1315–1320), P1/P2/P3/S10 (consulting:
 * 단계별 L2403, 소규모 장애인복지시설 L2482, 품질관리 L2555, 소속시설 운영컨설팅 L2167, each for its own programme),
 * C5 (돌봄제공단가, L3959) and P7 (안전점검수당 of the agency's own safety inspections, L2869–2874).
 */
export const BUDGET_LINES: RegisterBudgetLineInput[] = [
  line('M6', '복리후생, 처우개선을 통한 근로환경 개선', 19_200, 'UNSPECIFIED', 'GENERAL'),
  line('M18', '안정적인 회의체계 마련', 12_600, 'UNSPECIFIED', 'COMMITTEE_ALLOWANCE'),
  line('S1', '소속시설 조직진단을 통한 경영혁신', 800, 'UNSPECIFIED', 'GENERAL'),
  line('S2', '매뉴얼 제작을 통한 운영기준 표준화', 12_940, 'UNSPECIFIED', 'GENERAL'),
  line('S3', 'ESG경영으로 사회적가치 실현', 19_800, 'UNSPECIFIED', 'GENERAL'),
  line('S4', '운영내실화를 통한 소속시설 만족도 제고', 35_230, 'UNSPECIFIED', 'GENERAL'),
  line('S5', '종사자 직접고용을 통한 고용안정 실현', 9_460, 'UNSPECIFIED', 'GENERAL'),
  line('S7', '사회서비스 공공성 강화를 위한 제공기관 수탁·운영', 1_300, 'UNSPECIFIED', 'GENERAL'),
  // S10's goals include 소속시설 운영컨설팅 지원 5회 (003 L2167): the affiliated-facility consulting fees post here.
  line('S10', '종사자 직무역량 강화', 13_430, 'UNSPECIFIED', 'CONSULTING', ['AFFILIATED_FACILITY']),
  line('S11', '체계적인 업무지원을 통한 소속시설의 효율성 확보', 5_150, 'UNSPECIFIED', 'GENERAL'),
  line('S12', '인력 공백에 대한 대체인력 파견', 503_000, 'SPECIAL_ACCOUNT', 'SUBSTITUTE_DISPATCH'),
  line('P1', '전문컨설팅을 통한 사회서비스 품질 향상', 8_956, 'UNSPECIFIED', 'CONSULTING', ['STAGED']),
  line('P2', '소규모 장애인복지시설 운영 컨설팅', 15_000, 'UNSPECIFIED', 'CONSULTING', ['SMALL_FACILITY']),
  line('P3', '제공기관 대상 품질관리 맞춤형 컨설팅 추진', 3_700, 'UNSPECIFIED', 'CONSULTING', ['QUALITY']),
  line('P4', '소규모 민간제공기관 정보 접근성 향상', 1_500, 'UNSPECIFIED', 'GENERAL'),
  line('P5', '사회서비스 종사자 역량강화교육 지원', 23_200, 'UNSPECIFIED', 'GENERAL'),
  line('P6', '직능단체별 맞춤형 교육·연수 강화', 50_000, 'UNSPECIFIED', 'GENERAL'),
  line('P7', '사회서비스기관 시설안전점검 지원', 14_600, 'UNSPECIFIED', 'SAFETY_INSPECTION'),
  line('P9', '네트워크 형성 및 지역협력강화', 7_200, 'UNSPECIFIED', 'GENERAL'),
  line('P11', '복지공동체를 위한 도민복지 학습모임 활성화', 7_694, 'UNSPECIFIED', 'GENERAL'),
  line('P12', '사회서비스원 인식 제고를 위한 홍보 강화', 4_000, 'UNSPECIFIED', 'GENERAL'),
  line('P14', '인권 이슈에 대한 시스템 구축', 13_000, 'UNSPECIFIED', 'GENERAL'),
  line('P15', '내부 직원의 인권 감수성 향상 및 인권 존중문화 형성', 3_800, 'UNSPECIFIED', 'GENERAL'),
  line('P16', '소규모 사회서비스기관 종사자 소진예방 지원', 29_000, 'UNSPECIFIED', 'GENERAL'),
  line('P17', '전북 복지자원 플랫폼 추진', 400_000, 'PROVINCIAL', 'GENERAL'),
  line('C1', '전문성 제고 및 서비스 질 향상을 위한 내부역량 강화', 112, 'UNSPECIFIED', 'GENERAL'),
  line('C2', '돌봄기관과 협력강화 및 지역연계사업 활성화', 3_393, 'UNSPECIFIED', 'GENERAL'),
  line('C4', '지역간 격차 해소를 위한 농촌형 돌봄 강화', 10_500, 'UNSPECIFIED', 'GENERAL'),
  line('C5', '위기상황 등 돌봄 대응을 위한 긴급·틈새 돌봄서비스 확대', 80_000, 'NATIONAL_MATCHING', 'CARE_PROVISION'),
  line('C6', '돌봄통합관리를 위한 전북형 돌봄체계 추진', 3_000, 'UNSPECIFIED', 'GENERAL'),
];

/**
 * The outsourced 서울특별시 지역사회서비스 지원단 (seed 001 L46, L116): '21 budget 380백만원 = 380,000천원, 국비 50% /
 * 시비 50%. The budget is the city's; budgets knows agencies only, so it is kept under the Seoul agency (which the
 * ministry's guide names as a possible host of the 지원단, 001 L202), with no team. It is the line that funds the
 * 지원단's consulting: 신규기관 컨설팅 and 품질관리 미흡기관 사후컨설팅 (001 L64, L230), so sessions of the
 * NEW_PROVIDER and FOLLOW_UP programmes post their fees to it.
 */
export const SUPPORT_GROUP_LINE: RegisterBudgetLineInput = {
  id: 'seoul-2021-support-group',
  agencyId: 'seoul-pass',
  fiscalYear: 2021,
  programCode: '지원단',
  name: '서울특별시 지역사회서비스 지원단 운영 (민간위탁)',
  fundingSource: 'NATIONAL',
  purpose: 'CONSULTING',
  purposeScope: ['NEW_PROVIDER', 'FOLLOW_UP'],
  amountThousandKRW: 380_000,
  fundingShares: [
    { source: 'NATIONAL', percent: 50 },
    { source: 'CITY', percent: 50 },
  ],
};

const DRAFT = `mutation Draft($input: DraftBudgetInput!) { draftBudget(input: $input) { id } }`;
const ACCOUNT = `mutation Account($id: ID!, $account: BudgetAccountInput!) { setBudgetAccount(budgetId: $id, account: $account) { id } }`;
const SUBMIT = `mutation Submit($id: ID!) { submitBudget(id: $id) { status } }`;

interface Row {
  code: string;
  parentCode?: string;
  side: 'REVENUE' | 'EXPENDITURE';
  name: string;
  /** 2019 and 2020 amounts in 천원; parents none (computed). */
  y2019?: number;
  y2020?: number;
  /** 증감 printed in the 2020 table (천원). */
  reportedChange2020?: number;
}

/**
 * The Seoul agency's 2019 budget and 2020 draft (seed 000 L336–447), 천원. Parents are computed; the 2020 증감 is
 * kept as printed: 영업수익 11,838,575 (computed 11,814,575, DQ-000-1, corrected by the errata) and 인건비 소속기관
 * 27,589,389 (computed 27,589,789, DQ-000-2) stay flagged, not fixed.
 */
/**
 * The 정오표 of 2019-08-30 signed by the CEO (000 L1177–1215; the block is printed twice and garbled from L1216,
 * DQ-000-12, so L1204–1215 are read): p.7 영업수익 증감 11,838,575 → 11,814,575천원 (DQ-000-1). A second filing
 * answers CONFLICT, which makes the step idempotent.
 */
export const SEOUL_2020_ERRATUM: BudgetErratumInput = {
  code: 'R1',
  field: 'CHANGE',
  beforeThousandKRW: 11_838_575,
  afterThousandKRW: 11_814_575,
  filedOn: '2019-08-30',
  source: '정오표 (000 L1177–1215), p.7 수입예산 영업수익 증감',
};
const ERRATUM = `mutation Erratum($id: ID!, $erratum: BudgetErratumInput!) { fileBudgetErratum(budgetId: $id, erratum: $erratum) { id } }`;

export const SEOUL_BUDGET_TREE: Row[] = [
  { code: 'R', side: 'REVENUE', name: '수입 계', reportedChange2020: 40_646_256 },
  { code: 'R1', parentCode: 'R', side: 'REVENUE', name: '영업수익', reportedChange2020: 11_838_575 },
  {
    code: 'R1-1',
    parentCode: 'R1',
    side: 'REVENUE',
    name: '자체사업수익 종합재가센터',
    y2019: 951_105,
    y2020: 9_907_969,
    reportedChange2020: 8_956_864,
  },
  {
    code: 'R1-2',
    parentCode: 'R1',
    side: 'REVENUE',
    name: '자체사업수익 어린이집',
    y2019: 0,
    y2020: 2_857_711,
    reportedChange2020: 2_857_711,
  },
  { code: 'R2', parentCode: 'R', side: 'REVENUE', name: '영업외수익', reportedChange2020: 28_831_681 },
  { code: 'R2-1', parentCode: 'R2', side: 'REVENUE', name: '이자수익', y2019: 24_000, y2020: 24_000, reportedChange2020: 0 },
  { code: 'R2-2', parentCode: 'R2', side: 'REVENUE', name: '출연금', y2019: 7_178_938, y2020: 36_010_619, reportedChange2020: 28_831_681 },
  { code: 'E', side: 'EXPENDITURE', name: '지출 계', reportedChange2020: 40_646_256 },
  { code: 'E1', parentCode: 'E', side: 'EXPENDITURE', name: '서비스사업비 (2019: 사업비)', reportedChange2020: 3_211_369 },
  {
    code: 'E1-1',
    parentCode: 'E1',
    side: 'EXPENDITURE',
    name: '서비스 개발',
    y2019: 468_965,
    y2020: 1_600_000,
    reportedChange2020: 1_131_035,
  },
  {
    code: 'E1-2',
    parentCode: 'E1',
    side: 'EXPENDITURE',
    name: '소속기관 설치지원',
    y2019: 1_937_366,
    y2020: 4_017_700,
    reportedChange2020: 2_080_334,
  },
  { code: 'E2', parentCode: 'E', side: 'EXPENDITURE', name: '경영사업비', reportedChange2020: 6_541_057 },
  {
    code: 'E2-1',
    parentCode: 'E2',
    side: 'EXPENDITURE',
    name: '본부 운영지원',
    y2019: 761_923,
    y2020: 7_602_980,
    reportedChange2020: 6_841_057,
  },
  { code: 'E2-2', parentCode: 'E2', side: 'EXPENDITURE', name: '전산시스템 구축', y2019: 300_000, y2020: 0, reportedChange2020: -300_000 },
  { code: 'E3', parentCode: 'E', side: 'EXPENDITURE', name: '인건비', reportedChange2020: 29_736_119 },
  { code: 'E3-1', parentCode: 'E3', side: 'EXPENDITURE', name: '본부', y2019: 584_878, y2020: 2_731_208, reportedChange2020: 2_146_330 },
  {
    code: 'E3-2',
    parentCode: 'E3',
    side: 'EXPENDITURE',
    name: '소속기관',
    y2019: 2_400_911,
    y2020: 29_990_700,
    reportedChange2020: 27_589_389,
  },
  { code: 'E4', parentCode: 'E', side: 'EXPENDITURE', name: '예비비', y2019: 700_000, y2020: 0, reportedChange2020: -700_000 },
  { code: 'E5', parentCode: 'E', side: 'EXPENDITURE', name: '기본재산', y2019: 1_000_000, y2020: 0, reportedChange2020: -1_000_000 },
  {
    code: 'E6',
    parentCode: 'E',
    side: 'EXPENDITURE',
    name: '어린이집운영보조금',
    y2019: 0,
    y2020: 2_857_711,
    reportedChange2020: 2_857_711,
  },
];

function budgetSteps(year: 2019 | 2020): SeedStep[] {
  const id = `seoul-pass:${year}:ORIGINAL`;
  const steps: SeedStep[] = [
    { label: `budget ${year}`, query: DRAFT, variables: { input: { agencyId: 'seoul-pass', year, version: 'ORIGINAL' } } },
  ];
  for (const r of SEOUL_BUDGET_TREE) {
    const amount = year === 2019 ? r.y2019 : r.y2020;
    steps.push({
      label: `budget ${year} ${r.code}`,
      query: ACCOUNT,
      variables: {
        id,
        account: {
          code: r.code,
          parentCode: r.parentCode ?? null,
          side: r.side,
          name: r.name,
          amountThousandKRW: amount ?? null,
          reportedChangeThousandKRW: year === 2020 ? (r.reportedChange2020 ?? null) : null,
        },
      },
    });
  }
  // Both were before the council (2019 예산, 2020 예산(안)); approval needs a board resolution the sources do not print.
  steps.push({ label: `budget ${year} submitted`, query: SUBMIT, variables: { id } });
  if (year === 2020) steps.push({ label: '정오표 2019-08-30', query: ERRATUM, variables: { id, erratum: SEOUL_2020_ERRATUM } });
  return steps;
}

const ITEMS = `mutation Items($id: ID!, $items: [BudgetLineItemInput!]!) { setBudgetLineItems(budgetLineId: $id, items: $items) { id } }`;

/** Setting a line's items (or a rate card) again is accepted: the seeder checks first whether they are there. */
const LINE_ITEM_SEQS = `query LineItems($id: ID!) { budgetLine(id: $id) { items { seq } } }`;
const sameNumbers = (a: number[], b: number[]): boolean => [...a].sort((x, y) => x - y).join() === [...b].sort((x, y) => x - y).join();

const itemSteps = (): SeedStep[] =>
  BUDGET_LINES.map((l) => ({
    label: `산출내역 ${l.programCode}`,
    query: ITEMS,
    appliedWhen: seedCheck<{ budgetLine: { items: { seq: number }[] } | null }>(LINE_ITEM_SEQS, { id: l.id }, (d) =>
      sameNumbers(
        d.budgetLine?.items.map((i) => i.seq) ?? [],
        LINE_ITEMS.filter((i) => i.programCode === l.programCode).map((i) => i.seq),
      ),
    ),
    variables: {
      id: l.id,
      items: LINE_ITEMS.filter((i) => i.programCode === l.programCode).map((i) => ({
        seq: i.seq,
        category: i.category,
        description: i.description,
        factors: i.factors,
        statedThousandKRW: i.statedThousandKRW,
        note: i.note ?? null,
      })),
    },
  }));

/**
 * The Jeonbuk agency's 2023 단가표 (seed 003 §3.3 "RateCard"): every unit price the plan states once and reuses, in
 * 천원 as printed, with the raw-text line that prices it. 국내여비 is left out: the plan prices travel per program
 * (13–40천원 per person per trip), not by one rate.
 */
export const JEONBUK_RATES_2023: RateInput[] = [
  { code: 'COMMITTEE_ATTENDANCE', name: '위원회 참석수당', unitPriceThousandKRW: 100, per: '인·회', source: '003 L1315' },
  { code: 'CONSULTING_HOURLY', name: '컨설팅 수당', unitPriceThousandKRW: 100, per: '시간', source: '003 L2407' },
  { code: 'CARE_VISIT', name: '돌봄제공단가', unitPriceThousandKRW: 52, per: '3시간 방문', source: '003 L3959' },
  { code: 'MEAL', name: '급량비', unitPriceThousandKRW: 8, per: '식', source: '003 L612' },
  { code: 'WELFARE_POINTS', name: '복지포인트', unitPriceThousandKRW: 600, per: '인·년', source: '003 L611' },
  { code: 'HUMAN_RIGHTS_COUNSELLING', name: '인권상담수당', unitPriceThousandKRW: 100, per: '인·회', source: '003 L3320' },
  { code: 'SAFETY_INSPECTION', name: '안전점검수당', unitPriceThousandKRW: 100, per: '곳', source: '003 L2874' },
  { code: 'SAFETY_INSPECTION_FULL', name: '안전점검수당 (정밀)', unitPriceThousandKRW: 400, per: '곳', source: '003 L2874' },
  { code: 'STAGED_CONSULTING', name: '단계별 컨설팅비', unitPriceThousandKRW: 150, per: '곳', source: '003 L2403' },
  { code: 'MONITORING', name: '모니터링 운영비', unitPriceThousandKRW: 30, per: '곳', source: '003 L2404' },
  { code: 'ONLINE_CONSULTING', name: '온라인컨설팅비', unitPriceThousandKRW: 100, per: '월', source: '003 L2405' },
  {
    code: 'SMALL_FACILITY_CONSULTING',
    name: '컨설팅운영비 (소규모 장애인복지시설)',
    unitPriceThousandKRW: 200,
    per: '곳·컨설턴트',
    source: '003 L2482',
  },
  { code: 'QUALITY_CONSULTING', name: '컨설팅운영비 (품질관리)', unitPriceThousandKRW: 990, per: '곳', source: '003 L2555' },
  { code: 'SNACK', name: '간식비', unitPriceThousandKRW: 4, per: '인', source: '003 L2724' },
];

const RATE_CARD = `mutation Rates($input: RateCardInput!) { setRateCard(input: $input) { id } }`;

export const seedSteps: SeedStep[] = [
  {
    label: 'rate card 2023',
    query: RATE_CARD,
    variables: { input: { agencyId: 'jeonbuk-pass', year: 2023, rates: JEONBUK_RATES_2023 } },
    appliedWhen: seedCheck<{ rateCard: { year: number; rates: { code: string }[] } | null }>(
      `{ rateCard(agencyId: "jeonbuk-pass", year: 2023) { year rates { code } } }`,
      {},
      (d) => d.rateCard?.year === 2023 && d.rateCard.rates.map((r) => r.code).join() === JEONBUK_RATES_2023.map((r) => r.code).join(),
    ),
  },
  ...budgetSteps(2019),
  ...budgetSteps(2020),
  ...[...BUDGET_LINES, SUPPORT_GROUP_LINE].map((input) => ({
    label: `budget line ${input.programCode}`,
    query: REGISTER,
    variables: { input },
  })),
  ...itemSteps(),
];
