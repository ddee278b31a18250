/**
 * A substitute-dispatch budget line (S12, 503,000천원) of a fiscal year one test file owns, so the charges
 * it injects touch no seeded figure, KPI or other file's totals. Registering it again (a re-run) is fine.
 */
import { gql } from './client';

export async function registerDispatchLine(id: string, fiscalYear: number, name: string): Promise<void> {
  const r = await gql(`mutation($i: RegisterBudgetLineInput!) { registerBudgetLine(input: $i) { id } }`, {
    i: {
      id,
      agencyId: 'jeonbuk-pass',
      fiscalYear,
      programCode: 'S12',
      name,
      fundingSource: 'SPECIAL_ACCOUNT',
      purpose: 'SUBSTITUTE_DISPATCH',
      amountThousandKRW: 503_000,
    },
  });
  if (r.errors && r.errors[0]?.extensions?.code !== 'CONFLICT') throw new Error(JSON.stringify(r.errors));
}
