/**
 * Database operations per federated list query do not grow with the list: every
 * entity reference and per-parent field is batched through a DataLoader.
 */
import { ok, requestDbOperations, eventually } from './support/client';

const REGISTER = `mutation R($input: RegisterFacilityInput!) { registerFacility(input: $input) { id } }`;
const HEADCOUNT = `mutation P($input: SetHeadcountPlanInput!) { setHeadcountPlan(input: $input) { authorised } }`;
const LIST = `
  query List($first: Int!) {
    facilities(first: $first, type: COMMUNITY_CHILD_CARE_CENTRE) {
      nodes {
        id name
        district { name romanizedName }
        operator { nameKo }
        headcount { authorised actual vacancies }
        substituteDispatches { totalCount nodes { id worker { alias } expenditure { amount } } }
        substituteSpend { amount dispatchCount }
      }
    }
  }`;

async function operationsFor(first: number): Promise<{ count: number; ops: number }> {
  const before = await requestDbOperations();
  // A caller scope of its own: the gateway's entity cache (keyed by scope) cannot answer any part of it,
  // so every entity reaches the subgraphs and their database operations are what is counted.
  const as = { subject: `n-plus-one-${first}`, roles: ['admin' as const], districts: [`n-plus-one-${first}-${Date.now()}`] };
  const data = await ok<{ facilities: { nodes: unknown[] } }>(LIST, { first }, as);
  const after = await requestDbOperations();
  return { count: data.facilities.nodes.length, ops: after - before };
}

describe('N+1', () => {
  beforeAll(async () => {
    // 60 다함께돌봄센터 across Jeonbuk's counties, each with a headcount plan (synthetic test data).
    const counties = [
      '전주시',
      '군산시',
      '익산시',
      '정읍시',
      '남원시',
      '김제시',
      '완주군',
      '진안군',
      '무주군',
      '장수군',
      '임실군',
      '순창군',
      '고창군',
      '부안군',
    ];
    for (let i = 1; i <= 60; i++) {
      const id = `test-childcare-${String(i).padStart(3, '0')}`;
      await ok(REGISTER, {
        input: {
          id,
          name: `다함께돌봄센터 ${i}`,
          type: 'COMMUNITY_CHILD_CARE_CENTRE',
          operationMode: 'ENTRUSTED',
          operatorId: 'jeonbuk-pass',
          district: counties[i % counties.length],
          services: ['CHILDCARE'],
        },
      });
    }
    // staffing learns of the facilities from care-services' events before it accepts plans for them.
    for (let i = 1; i <= 60; i++) {
      const facilityId = `test-childcare-${String(i).padStart(3, '0')}`;
      await eventually(`staffing to know ${facilityId}`, async () => {
        const r = await fetchPlan(facilityId);
        return r;
      });
    }
  });

  it('issues the same number of database operations for 3, 20 and 60 facilities', async () => {
    await operationsFor(3); // warm-up (schema and connection set-up)
    const small = await operationsFor(3);
    const medium = await operationsFor(20);
    const large = await operationsFor(60);
    expect([small.count, medium.count, large.count]).toEqual([3, 20, 60]);
    expect(small.ops).toBeGreaterThan(0);
    expect(medium.ops).toBe(small.ops);
    expect(large.ops).toBe(small.ops);
  });
});

async function fetchPlan(facilityId: string): Promise<boolean> {
  const { gql } = await import('./support/client');
  const r = await gql(HEADCOUNT, { input: { agencyId: 'jeonbuk-pass', facilityId, year: 2024, authorised: 10 } });
  return !r.errors;
}
