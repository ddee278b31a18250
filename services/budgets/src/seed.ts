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

export const seedSteps: SeedStep[] = BUDGET_LINES.map((input) => ({
  label: `budget line ${input.programCode}`,
  query: REGISTER,
  variables: { input },
}));
