/**
 * Program budget lines of the Jeonbuk agency's 2023 revised plan (seed 003 §3.3, amounts in 천원 as
 * printed), registered through the graph; S12 is the substitute-dispatch line completed dispatches
 * are charged to. The full account tree is the budgets issue's work.
 */
import type { SeedStep } from '@pass-graph/platform';
import type { RegisterBudgetLineInput } from './domain';

const REGISTER = `mutation RegisterBudgetLine($input: RegisterBudgetLineInput!) { registerBudgetLine(input: $input) { id } }`;

const line = (
  programCode: string,
  name: string,
  amountThousandKRW: number,
  fundingSource: RegisterBudgetLineInput['fundingSource'],
  purpose: RegisterBudgetLineInput['purpose'] = 'GENERAL',
): RegisterBudgetLineInput => ({
  id: `jeonbuk-2023-${programCode}`,
  agencyId: 'jeonbuk-pass',
  fiscalYear: 2023,
  programCode,
  name,
  fundingSource,
  purpose,
  amountThousandKRW,
});

export const BUDGET_LINES: RegisterBudgetLineInput[] = [
  line('S12', '인력 공백에 대한 대체인력 파견', 503_000, 'SPECIAL_ACCOUNT', 'SUBSTITUTE_DISPATCH'),
  line('P17', '사회복지자원 플랫폼 구축', 400_000, 'PROVINCIAL'),
  line('C5', '긴급·틈새돌봄 지원', 80_000, 'NATIONAL_MATCHING'),
];

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
  return steps;
}

export const seedSteps: SeedStep[] = [
  ...budgetSteps(2019),
  ...budgetSteps(2020),
  ...BUDGET_LINES.map((input) => ({
    label: `budget line ${input.programCode}`,
    query: REGISTER,
    variables: { input },
  })),
];
