/**
 * One gateway query walks care-services → staffing → budgets (and governance for
 * districts and agencies) and returns the seeded figures, computed here from the
 * fixture definitions rather than typed in.
 */
import { DISPATCHES, HEADCOUNT_PLANS_2019, SEOUL_2019_STAFF } from '../services/staffing/src/seed';
import { BUDGET_LINES } from '../services/budgets/src/seed';
import { FACILITIES } from '../services/care-services/src/seed';
import { inclusiveDays } from '../packages/platform/src/validate';
import { eventually, ok } from './support/client';

interface FacilityRow {
  id: string;
  name: string;
  district: { name: string; province: string };
  operator: { id: string; nameKo: string };
  headcount: { year: number; authorised: number; actual: number; vacancies: number } | null;
  substituteDispatches: {
    totalCount: number;
    nodes: { id: string; status: string; cost: number; expenditure: { amount: number; budgetLine: { programCode: string } } | null }[];
  };
  substituteSpend: { amount: number; dispatchCount: number };
}

// 35 facilities (11 seeded, a few registered by other tests) × 50 dispatches stays under the gateway's cost limit
// (GRAPHQL_MAX_COST 20,000: list sizes multiply, docs/security.md).
const QUERY = `
  query Walk {
    facilities(first: 35) {
      totalCount
      nodes {
        id name
        district { name province }
        operator { id nameKo }
        headcount(year: 2019) { year authorised actual vacancies }
        substituteDispatches(first: 50) { totalCount nodes { id status cost expenditure { amount budgetLine { programCode } } } }
        substituteSpend(fiscalYear: 2023) { amount dispatchCount }
      }
    }
    budgetLine(id: "jeonbuk-2023-S12") { amount amountThousandKRW executed remaining executionRate }
  }`;

const completed = DISPATCHES.filter((d) => d.until === 'COMPLETED');
const costOf = (d: (typeof DISPATCHES)[number]): number => inclusiveDays(d.input.startDate, d.input.endDate) * d.input.dailyRate;

describe('federated query across care-services, staffing, budgets and governance', () => {
  let facilities: FacilityRow[];
  let line: { amount: number; amountThousandKRW: number; executed: number; remaining: number; executionRate: number };

  beforeAll(async () => {
    // Seeded completions reach budgets through Kafka: wait until every one is charged.
    const data = await eventually('seeded dispatch costs to reach budgets', async () => {
      const d = await ok<{ facilities: { nodes: FacilityRow[] }; budgetLine: typeof line }>(QUERY);
      const seededIds = new Set(completed.map((c) => c.input.id));
      const charged = d.facilities.nodes
        .flatMap((f) => f.substituteDispatches.nodes)
        .filter((n) => seededIds.has(n.id) && n.expenditure !== null);
      return charged.length === completed.length ? d : undefined;
    });
    facilities = data.facilities.nodes;
    line = data.budgetLine;
  });

  it('returns every seeded facility with its district and operating agency from governance', () => {
    // Other test files register more facilities; every seeded one is here.
    expect(facilities.map((f) => f.id)).toEqual(expect.arrayContaining(FACILITIES.map((f) => f.id)));
    const mapo = facilities.find((f) => f.id === 'seoul-hcc-mapo');
    expect(mapo?.district).toEqual({ name: '마포구', province: '서울특별시' });
    expect(mapo?.operator.id).toBe('seoul-pass');
  });

  it('shows 정원 from the 2019 plan and 현원 derived from the employees', () => {
    const staffAt = (facilityId: string) => SEOUL_2019_STAFF.filter((g) => g.facilityId === facilityId).reduce((s, g) => s + g.count, 0);
    for (const plan of HEADCOUNT_PLANS_2019) {
      const f = facilities.find((x) => x.id === plan.facilityId);
      const actual = staffAt(plan.facilityId);
      expect(f?.headcount).toEqual({ year: 2019, authorised: plan.authorised, actual, vacancies: plan.authorised - actual });
    }
    expect(facilities.find((f) => f.id === 'seoul-hcc-seongdong')?.headcount?.actual).toBe(48); // as printed (000 L615)
  });

  it('charges each completed dispatch once to the S12 특별회계 line and nothing else', () => {
    for (const d of DISPATCHES) {
      const f = facilities.find((x) => x.id === d.input.facilityId);
      const row = f?.substituteDispatches.nodes.find((n) => n.id === d.input.id);
      expect(row?.status).toBe(d.until);
      expect(row?.cost).toBe(costOf(d));
      if (d.until === 'COMPLETED') expect(row?.expenditure).toEqual({ amount: costOf(d), budgetLine: { programCode: 'S12' } });
      else expect(row?.expenditure).toBeNull();
    }
    // substituteSpend (budgets) agrees with the dispatches' own costs (staffing), facility by facility,
    // whatever other test files have added.
    for (const f of facilities) {
      const charged = f.substituteDispatches.nodes.filter((n) => n.expenditure !== null);
      expect(f.substituteSpend).toEqual({ amount: charged.reduce((s, n) => s + n.cost, 0), dispatchCount: charged.length });
    }
  });

  it('derives execution of the 503,000천원 line from its expenditures', () => {
    const s12 = BUDGET_LINES.find((l) => l.programCode === 'S12');
    expect(line.amountThousandKRW).toBe(s12?.amountThousandKRW);
    expect(line.amount).toBe(503_000_000);
    // Other test files may charge more dispatches to S12: at least the seeded ones are in.
    expect(line.executed).toBeGreaterThanOrEqual(completed.reduce((sum, d) => sum + costOf(d), 0));
    expect(line.remaining).toBe(line.amount - line.executed);
    expect(line.executionRate).toBeCloseTo(line.executed / line.amount, 12);
  });
});
