/**
 * Database operations per federated list query do not grow with the list: every
 * entity reference and per-parent field is batched through a DataLoader. The facilities listed each
 * have a completed substitute dispatch (staffing) whose cost budgets recorded as an expenditure, and
 * the query reaches through them: facility → dispatches (staffing, grouped by facility) → worker,
 * facility and agency of each dispatch (entities resolved by id) → the dispatch's expenditure (budgets,
 * by dispatch id) → its budget line, facility and dispatch again (entities across three subgraphs), and
 * the facility's spending and execution in budgets (grouped by facility).
 */
import { ok, requestDbOperations, eventually } from './support/client';
import { settled } from './support/settled';

const REGISTER = `mutation R($input: RegisterFacilityInput!) { registerFacility(input: $input) { id } }`;
const HEADCOUNT = `mutation P($input: SetHeadcountPlanInput!) { setHeadcountPlan(input: $input) { authorised } }`;
const REQUEST = `mutation($input: RequestSubstituteDispatchInput!) { requestSubstituteDispatch(input: $input) { id } }`;
const MATCH = `mutation($id: ID!, $w: ID!) { matchSubstituteDispatch(id: $id, workerId: $w) { status } }`;
const START = `mutation($id: ID!) { startSubstituteDispatch(id: $id) { status } }`;
const COMPLETE = `mutation($id: ID!) { completeSubstituteDispatch(id: $id) { status } }`;
const LIST = `
  query List($first: Int!) {
    facilities(first: $first, type: COMMUNITY_CHILD_CARE_CENTRE) {
      nodes {
        id name
        district { name romanizedName }
        operator { nameKo }
        headcount { authorised actual vacancies }
        substituteDispatches(first: 2) {
          totalCount
          nodes {
            id status days cost
            worker { id alias }
            facility { id name }
            agency { id nameKo }
            expenditure {
              id amount source
              budgetLine { id programCode }
              facility { id name }
              dispatch { id status worker { alias } }
            }
          }
        }
        substituteSpend { amount dispatchCount }
        execution { amount count bySource { source amount count } }
      }
    }
  }`;

const FACILITIES = 60;
const facilityId = (i: number): string => `test-childcare-${String(i).padStart(3, '0')}`;
const dispatchId = (i: number): string => `test-np1-disp-${String(i).padStart(3, '0')}`;
/** Three substitute care workers of this test's own, in turn: the dispatches name different workers. */
const WORKERS = ['test-np1-worker-1', 'test-np1-worker-2', 'test-np1-worker-3'];
const workerOf = (i: number): string => WORKERS[i % WORKERS.length]!;
const REGISTER_WORKER = `mutation($input: RegisterSubstituteWorkerInput!) { registerSubstituteWorker(input: $input) { id } }`;

interface Listed {
  id: string;
  substituteDispatches: {
    totalCount: number;
    nodes: { id: string; worker: { id: string } | null; expenditure: { amount: number; dispatch: { id: string } | null } | null }[];
  };
  execution: { count: number };
}

async function operationsFor(first: number): Promise<{ count: number; ops: number; nodes: Listed[] }> {
  const before = await requestDbOperations();
  // A caller scope of its own: the gateway's entity cache (keyed by scope) cannot answer any part of it,
  // so every entity reaches the subgraphs and their database operations are what is counted.
  const as = { subject: `n-plus-one-${first}`, roles: ['admin' as const], districts: [`n-plus-one-${first}-${Date.now()}`] };
  const data = await ok<{ facilities: { nodes: Listed[] } }>(LIST, { first }, as);
  const after = await requestDbOperations();
  return { count: data.facilities.nodes.length, ops: after - before, nodes: data.facilities.nodes };
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
    for (let i = 1; i <= FACILITIES; i++) {
      const id = facilityId(i);
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
    for (let i = 1; i <= FACILITIES; i++) {
      const id = facilityId(i);
      await eventually(`staffing to know ${id}`, async () => {
        const r = await fetchPlan(id);
        return r;
      });
    }
    for (const [n, id] of WORKERS.entries())
      await ok(REGISTER_WORKER, { input: { id, alias: `N+1 대체인력 ${n + 1}`, jobType: 'CARE', residenceDistrict: '전주시' } });
    // One completed substitute dispatch per facility (one day each, 2023: budgets charges it to jeonbuk's 2023 line).
    for (let i = 1; i <= FACILITIES; i++) {
      const id = dispatchId(i);
      const day = `2023-09-${String(1 + (i % 28)).padStart(2, '0')}`;
      await ok(REQUEST, {
        input: {
          id,
          facilityId: facilityId(i),
          reason: 'LEAVE',
          absentRole: 'CARE_WORKER',
          requestedOn: '2023-08-01',
          startDate: day,
          endDate: day,
          dailyRate: 76_960,
        },
      });
      await ok(MATCH, { id, w: workerOf(i) });
      await ok(START, { id });
      await ok(COMPLETE, { id });
    }
    // budgets has applied every completion (consumer groups committed to the end): the expenditures exist.
    await settled(120_000);
  }, 600_000);

  it('issues the same number of database operations for 3, 20 and 60 facilities', async () => {
    await operationsFor(3); // warm-up (schema and connection set-up)
    const small = await operationsFor(3);
    const medium = await operationsFor(20);
    const large = await operationsFor(60);
    console.log(`database operations per list: 3 facilities ${small.ops}, 20 ${medium.ops}, 60 ${large.ops}`);
    expect([small.count, medium.count, large.count]).toEqual([3, 20, 60]);
    // The lists reach the dispatch level: every facility has its dispatch, its worker and its expenditure,
    // so the dispatch-level loaders (worker, expenditure by dispatch, budget line, entities) did work.
    for (const f of large.nodes) {
      const i = Number(f.id.slice(-3));
      expect(f.substituteDispatches.totalCount).toBe(1);
      expect(f.substituteDispatches.nodes[0]).toMatchObject({
        id: dispatchId(i),
        worker: { id: workerOf(i) },
        expenditure: { amount: 76_960, dispatch: { id: dispatchId(i) } },
      });
      expect(f.execution.count).toBe(1);
    }
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
