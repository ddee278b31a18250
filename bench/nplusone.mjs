/**
 * Benchmark 2 — N+1: database operations per request (`db_operations_total{scope="request"}`,
 * summed over the subgraphs' /metrics) for lists of 10, 100 and 1,000 items. Must stay flat.
 *
 *  - through the gateway: facilities with their district and operator (governance), 정원/현원
 *    and dispatches (staffing) and spend (budgets), 10 and 100 items (100 is the API's page limit);
 *  - the entity fetches such a list causes, sent straight to staffing and budgets with 10, 100 and
 *    1,000 representations (what the gateway sends for a list of that size): this is how 1,000
 *    items are measured, since no list field returns 1,000 rows in one page.
 *
 * Needs 1,000 bench facilities; registers the missing ones through the gateway.
 *
 *   npm run bench:n-plus-one [-- --quick] [--repeats=3]
 */
import { pathToFileURL } from 'node:url';
import { counter, fmt, log, machine, options, round, summarise, table, writeResult } from './lib/common.mjs';
import { BENCH_FACILITY_TYPE, closeStack, ensureFacilities, gql, gqlDirect, openStack, SERVICE_NAMES } from './lib/stack.mjs';

const SIZES = [10, 100, 1000];

const LIST = `query List($first: Int!, $after: String, $type: FacilityType) {
  facilities(first: $first, after: $after, type: $type) {
    pageInfo { endCursor }
    nodes {
      id name
      district { name romanizedName }
      operator { nameKo }
      headcount(year: 2024) { authorised actual vacancies }
      substituteDispatches(first: 5) { totalCount nodes { id worker { alias } expenditure { amount } } }
      substituteSpend(fiscalYear: 2023) { amount dispatchCount }
    }
  }
}`;

const ENTITY_FETCHES = [
  {
    service: 'staffing',
    query: `query E($representations: [_Any!]!) { _entities(representations: $representations) { ... on Facility {
      headcount(year: 2024) { authorised actual vacancies }
      substituteDispatches(first: 5) { totalCount nodes { id worker { alias } } } } } }`,
  },
  {
    service: 'budgets',
    query: `query E($representations: [_Any!]!) { _entities(representations: $representations) { ... on Facility {
      substituteSpend(fiscalYear: 2023) { amount dispatchCount } } } }`,
  },
];

async function dbOps(stack) {
  const per = {};
  for (const s of SERVICE_NAMES) per[s] = await counter(stack.metricsUrl(s), 'db_operations_total', 'scope="request"');
  return per;
}

async function measure(stack, send) {
  const before = await dbOps(stack);
  const r = await send();
  if (r.errors) throw new Error(`N+1 request failed: ${JSON.stringify(r.errors).slice(0, 500)}`);
  const after = await dbOps(stack);
  const per = Object.fromEntries(SERVICE_NAMES.map((s) => [s, after[s] - before[s]]).filter(([, n]) => n > 0));
  return { total: Object.values(per).reduce((a, b) => a + b, 0), per };
}

async function facilityIds(stack, n) {
  const ids = [];
  let after = null;
  while (ids.length < n) {
    const r = await gql(
      stack,
      `query($after: String, $type: FacilityType) { facilities(first: 100, after: $after, type: $type) { pageInfo { endCursor } nodes { id } } }`,
      {
        after,
        type: BENCH_FACILITY_TYPE,
      },
    );
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    ids.push(...r.data.facilities.nodes.map((f) => f.id));
    after = r.data.facilities.pageInfo.endCursor;
    if (!after) break;
  }
  return ids.slice(0, n);
}

export async function runNPlusOneBench(stack, opts, say = log) {
  const available = await ensureFacilities(stack, 1000);
  const ids = await facilityIds(stack, 1000);
  if (ids.length < 1000) say(`  only ${ids.length} facilities available (wanted 1000)`);
  const reps = (n) => ids.slice(0, n).map((id) => ({ __typename: 'Facility', id }));
  const rows = {};
  const record = (key, size, m) => {
    rows[key] ??= {};
    rows[key][size] ??= [];
    rows[key][size].push(m);
  };
  // Warm-up: schema caches, connection pools.
  await gql(stack, LIST, { first: 10, type: BENCH_FACILITY_TYPE });
  for (let r = 0; r < opts.repeats; r++) {
    for (const size of SIZES) {
      if (size <= 100) record('gateway', size, await measure(stack, () => gql(stack, LIST, { first: size, type: BENCH_FACILITY_TYPE })));
      for (const f of ENTITY_FETCHES) {
        if (size > ids.length) continue;
        record(
          `direct:${f.service}`,
          size,
          await measure(stack, () => gqlDirect(stack, f.service, f.query, { representations: reps(size) })),
        );
      }
    }
  }
  const results = {};
  for (const [key, bySize] of Object.entries(rows)) {
    results[key] = {};
    for (const [size, ms] of Object.entries(bySize))
      results[key][size] = { ops: summarise(ms.map((m) => m.total)), perService: ms.at(-1).per };
  }
  // The entity fetches of a list of N, all subgraphs together (the "nPlusOne" figure).
  const entities = {};
  for (const size of SIZES) {
    const parts = ENTITY_FETCHES.map((f) => results[`direct:${f.service}`]?.[size]?.ops.median);
    if (parts.every((p) => Number.isFinite(p))) entities[size] = parts.reduce((a, b) => a + b, 0);
  }
  const values = Object.values(entities);
  say(`  entity fetches, DB ops by size: ${JSON.stringify(entities)}`);
  return {
    machine: machine(),
    date: new Date().toISOString(),
    options: opts,
    facilitiesAvailable: available,
    results,
    entities,
    flat: values.length > 0 && values.every((v) => v === values[0]),
  };
}

export function nPlusOneTable(result) {
  const rows = Object.entries(result.results).map(([key, bySize]) => [
    key === 'gateway' ? 'federated list through the gateway (all subgraphs)' : `${key.replace('direct:', '')} _entities, direct`,
    ...SIZES.map((s) =>
      bySize[s] ? `${fmt(bySize[s].ops)} ${JSON.stringify(bySize[s].perService).replace(/"/g, '')}` : 'n/a (page limit 100)',
    ),
  ]);
  rows.push(['entity fetches of a list, total', ...SIZES.map((s) => round(result.entities[s]))]);
  return table(['request', ...SIZES.map((s) => `${s} items: DB ops`)], rows);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const opts = options();
  const stack = await openStack(opts);
  try {
    const result = await runNPlusOneBench(stack, opts);
    const file = writeResult('n-plus-one', result);
    console.log(nPlusOneTable(result));
    console.log(result.flat ? 'flat: yes' : 'flat: NO — operations grow with the list');
    log(`written ${file}`);
  } finally {
    await closeStack(stack, opts);
  }
}
