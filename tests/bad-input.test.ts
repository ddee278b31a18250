/** Bad input gets typed errors, never a stack trace or a 500, and changes nothing. */
import { gql, ok } from './support/client';
import { testEnv } from './support/env';

const COUNT = `{ substituteDispatches(first: 1) { totalCount } facilities(first: 1) { totalCount } }`;
const REQUEST = `mutation($input: RequestSubstituteDispatchInput!) { requestSubstituteDispatch(input: $input) { id } }`;

const valid = {
  id: 'test-bad-input-001',
  facilityId: 'jeonbuk-hcc-jangsu',
  reason: 'LEAVE',
  absentRole: 'CARE_WORKER',
  requestedOn: '2023-01-10',
  startDate: '2023-02-01',
  endDate: '2023-02-03',
  dailyRate: 76_960,
};

type Counts = { substituteDispatches: { totalCount: number }; facilities: { totalCount: number } };

describe('bad input', () => {
  let before: Counts;
  beforeAll(async () => {
    before = await ok<Counts>(COUNT);
  });

  const cases: [string, Record<string, unknown>, string][] = [
    ['a string where an integer belongs', { ...valid, dailyRate: '76960' }, 'BAD_USER_INPUT'],
    ['a fractional amount of won', { ...valid, dailyRate: 76_960.5 }, 'BAD_USER_INPUT'],
    ['an enum value that does not exist', { ...valid, reason: 'HOLIDAY' }, 'BAD_USER_INPUT'],
    ['an impossible date', { ...valid, startDate: '2023-02-30' }, 'BAD_USER_INPUT'],
    ['a period that ends before it starts', { ...valid, endDate: '2023-01-01' }, 'BAD_USER_INPUT'],
    ['an operator object as id', { ...valid, facilityId: { $gt: '' } }, 'BAD_USER_INPUT'],
    ['an operator string as id', { ...valid, facilityId: '$gt' }, 'BAD_USER_INPUT'],
    ['an unknown facility', { ...valid, facilityId: 'no-such-facility' }, 'NOT_FOUND'],
  ];

  it.each(cases)('%s → %s', async (_label, input, code) => {
    const r = await gql(REQUEST, { input });
    expect(r.status).toBeLessThan(500);
    expect(r.errors?.[0]?.extensions?.code).toBe(code);
    expect(JSON.stringify(r)).not.toMatch(/stacktrace|at .*\.js:\d+|Mongo|mongoose/i);
  });

  it('refuses a facility whose operator or district governance does not know', async () => {
    const REGISTER = `mutation($i: RegisterFacilityInput!) { registerFacility(input: $i) { id } }`;
    const facility = {
      id: 'test-unknown-refs',
      name: '시험시설',
      type: 'FAMILY_CENTRE',
      operationMode: 'DIRECT',
      operatorId: 'jeonbuk-pass',
      district: '전주시',
      services: [],
    };
    const agency = await gql(REGISTER, { i: { ...facility, operatorId: 'no-such-agency' } });
    expect(agency.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', type: 'Agency' });
    const district = await gql(REGISTER, { i: { ...facility, district: '가상구' } });
    expect(district.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', type: 'District' });
  });

  it('rejects injection in queries too, and unknown ids and bad state changes are typed', async () => {
    const inj = await gql(`query($id: ID!) { facility(id: $id) { id } }`, { id: { $ne: null } });
    expect(inj.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const regex = await gql(`query($d: String) { facilities(district: $d) { totalCount } }`, { d: '.*' });
    expect(regex.data).toEqual({ facilities: { totalCount: 0 } });
    const missing = await gql(`mutation { completeSubstituteDispatch(id: "no-such-dispatch") { id } }`);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const wrongState = await gql(`mutation { startSubstituteDispatch(id: "jb-2023-disp-001") { id } }`);
    expect(wrongState.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'INVALID_TRANSITION',
      from: 'COMPLETED',
      to: 'DISPATCHED',
    });
    const page = await gql(`{ facilities(first: 1000) { totalCount } }`);
    expect(page.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const cursor = await gql(`{ facilities(after: "%%%") { totalCount } }`);
    expect(cursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const parse = await gql(`{ facilities( }`);
    expect(parse.status).toBe(400);
    expect(parse.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    // An operationName the document does not define (a stale IDE tab sends one): a typed 400, not the executor's 500.
    for (const operationName of ['Overview', undefined]) {
      const res = await fetch(testEnv().gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query A { __typename } query B { __typename }', operationName }),
      });
      const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
      expect({ operationName, status: res.status, code: body.errors?.[0]?.extensions?.code }).toEqual({
        operationName,
        status: 400,
        code: 'BAD_USER_INPUT',
      });
    }
  });

  it('left the database unchanged', async () => {
    expect(await ok<Counts>(COUNT)).toEqual(before);
  });
});
