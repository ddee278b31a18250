/**
 * The operation set of the gateway benchmark, and for each the subgraph fetches our gateway's
 * query plan makes (checked against the plan, `Apollo-Query-Plan-Experimental`, in the smoke
 * run), so each subgraph can be loaded directly with the same work: the floor.
 */
import { BENCH_FACILITY_TYPE, gql } from './stack.mjs';

const ENTITIES = `query Entities($representations: [_Any!]!) { _entities(representations: $representations) { __typename ...F } }`;

export const OPERATIONS = {
  /** (a) care-services → staffing → budgets, nested: 10 home-care centres, their 정원/현원, dispatches, and each dispatch's expenditure. */
  nested: {
    title: '(a) 3-subgraph nested query',
    query: `query Nested {
  facilities(first: 10, type: HOME_CARE_CENTRE) {
    nodes {
      id name
      headcount(year: 2019) { authorised actual vacancies }
      substituteDispatches(first: 10) { totalCount nodes { id status cost expenditure { amount budgetLine { programCode } } } }
    }
  }
}`,
    variables: {},
  },
  /** (b) a 100-item care-services list; every item resolved in staffing (정원/현원) and budgets (spend). */
  list100: {
    title: '(b) 100-item list, entities in 2 subgraphs',
    query: `query List100($type: FacilityType) {
  facilities(first: 100, type: $type) {
    nodes {
      id name
      headcount(year: 2024) { authorised actual vacancies }
      substituteSpend(fiscalYear: 2023) { amount dispatchCount }
    }
  }
}`,
    variables: { type: BENCH_FACILITY_TYPE },
  },
  /**
   * (c) staffing's setHeadcountPlan: "setting it again revises it". The load generator gives every
   * request a new `authorised` value for one of 64 Jeonbuk agency-wide rows (years 2030–2093), so
   * each is a real write: lock, read, update with a HeadcountPlanSet event in the outbox, relay.
   */
  mutation: {
    title: '(c) mutation (setHeadcountPlan, a real write)',
    query: `mutation SetPlan($input: SetHeadcountPlanInput!) { setHeadcountPlan(input: $input) { year authorised } }`,
    variables: { input: { agencyId: 'jeonbuk-pass', year: 2030, authorised: 1 } },
    vary: 'headcountPlan',
  },
};

/**
 * The direct fetches of each operation, with representations taken from one real execution.
 * Each entry: { service, query, variables, vary? }.
 */
export async function directFetches(stack) {
  const nested = await gql(stack, OPERATIONS.nested.query);
  const list = await gql(stack, OPERATIONS.list100.query, OPERATIONS.list100.variables);
  for (const r of [nested, list]) if (r.errors) throw new Error(`operation failed: ${JSON.stringify(r.errors)}`);
  const facilities = (d) => d.facilities.nodes.map((f) => ({ __typename: 'Facility', id: f.id }));
  const dispatches = nested.data.facilities.nodes.flatMap((f) =>
    f.substituteDispatches.nodes.map((d) => ({ __typename: 'SubstituteDispatch', id: d.id })),
  );
  return {
    nested: [
      {
        service: 'care-services',
        query: `query { facilities(first: 10, type: HOME_CARE_CENTRE) { nodes { __typename id name } } }`,
        variables: {},
      },
      {
        service: 'staffing',
        query: `${ENTITIES} fragment F on Facility { headcount(year: 2019) { authorised actual vacancies } substituteDispatches(first: 10) { totalCount nodes { __typename id status cost } } }`,
        variables: { representations: facilities(nested.data) },
      },
      {
        service: 'budgets',
        query: `${ENTITIES} fragment F on SubstituteDispatch { expenditure { amount budgetLine { programCode } } }`,
        variables: { representations: dispatches },
      },
    ],
    list100: [
      {
        service: 'care-services',
        query: `query($type: FacilityType) { facilities(first: 100, type: $type) { nodes { __typename id name } } }`,
        variables: OPERATIONS.list100.variables,
      },
      {
        service: 'staffing',
        query: `${ENTITIES} fragment F on Facility { headcount(year: 2024) { authorised actual vacancies } }`,
        variables: { representations: facilities(list.data) },
      },
      {
        service: 'budgets',
        query: `${ENTITIES} fragment F on Facility { substituteSpend(fiscalYear: 2023) { amount dispatchCount } }`,
        variables: { representations: facilities(list.data) },
      },
    ],
    mutation: [{ service: 'staffing', query: OPERATIONS.mutation.query, variables: OPERATIONS.mutation.variables, vary: 'headcountPlan' }],
  };
}

/** Our gateway's query plan of an operation (for the smoke check and the report). */
export async function queryPlan(stack, op) {
  const res = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${stack.token}`,
      'apollo-query-plan-experimental': '1',
      'apollo-query-plan-experimental-format': 'prettified',
    },
    body: JSON.stringify({ query: op.query, variables: op.variables }),
  });
  const body = await res.json();
  return body.extensions?.__queryPlanExperimental ?? null;
}
