/**
 * Every subgraph's mutations answer wrong types, unknown ids and operator injection with a
 * typed error and leave their data unchanged (care-services and staffing: bad-input.test.ts).
 */
import { gql, ok } from './support/client';

const SNAPSHOT = `{
  boardMembers(agencyId: "seoul-pass") { id termEnd }
  providers(first: 100) { totalCount }
  consultingCases(first: 100) { totalCount nodes { id status } }
  outreachVisits(first: 100) { totalCount nodes { id status } }
  budgetLines(first: 100) { totalCount }
}`;

// Dots are fine inside id values (they are paths only in keys); operators and JSON are not.
const operatorIds: unknown[] = [{ $gt: '' }, '$where', '{"$ne":1}', ['x']];

const board = {
  id: 'test-board-x',
  agencyId: 'seoul-pass',
  name: '임원 X',
  role: 'DIRECTOR',
  standing: 'NON_STANDING',
  selection: 'APPOINTED',
  termStart: '2019-03-11',
  termEnd: '2022-03-10',
};
const consulting = {
  id: 'test-case-x',
  providerId: 'jb-provider-jeonju-01',
  program: 'STAGED',
  topics: ['ACCOUNTING'],
  requestedOn: '2023-03-02',
};
const budgetLine = {
  id: 'test-line-x',
  agencyId: 'jeonbuk-pass',
  fiscalYear: 2023,
  programCode: 'X1',
  name: 'x',
  fundingSource: 'PROVINCIAL',
  amountThousandKRW: 1,
};

type Case = [label: string, query: string, variables: Record<string, unknown>, code: string];

const cases: Case[] = [
  // governance
  [
    'board: unknown agency',
    `mutation($i: AppointBoardMemberInput!) { appointBoardMember(input: $i) { id } }`,
    { i: { ...board, agencyId: 'no-such-agency' } },
    'NOT_FOUND',
  ],
  [
    'board: term ends before it starts',
    `mutation($i: AppointBoardMemberInput!) { appointBoardMember(input: $i) { id } }`,
    { i: { ...board, termEnd: '2018-01-01' } },
    'BAD_USER_INPUT',
  ],
  [
    'board: role not in the enum',
    `mutation($i: AppointBoardMemberInput!) { appointBoardMember(input: $i) { id } }`,
    { i: { ...board, role: 'KING' } },
    'BAD_USER_INPUT',
  ],
  // consulting
  [
    'case: unknown provider',
    `mutation($i: RequestConsultingInput!) { requestConsulting(input: $i) { id } }`,
    { i: { ...consulting, providerId: 'no-such-provider' } },
    'NOT_FOUND',
  ],
  ['case: unknown case to start', `mutation { startConsulting(id: "no-such-case", startedOn: "2023-05-01") { id } }`, {}, 'NOT_FOUND'],
  [
    'case: hours as text',
    `mutation($h: Float!) { completeConsulting(id: "no-such-case", hours: $h, completedOn: "2023-05-01") { id } }`,
    { h: 'ten' },
    'BAD_USER_INPUT',
  ],
  // outreach
  [
    'visit: unknown visit to refer',
    `mutation($i: ReferNeedsInput!) { referNeeds(input: $i) { id } }`,
    { i: { visitId: 'no-such-visit', target: 'PUBLIC_SERVICE', serviceName: '긴급복지', referredOn: '2013-05-01' } },
    'NOT_FOUND',
  ],
  [
    'visit: impossible close date',
    `mutation($i: CloseOutreachCaseInput!) { closeOutreachCase(input: $i) { id } }`,
    { i: { visitId: 'synthetic-visit-2013-001', closedOn: '2013-02-30', outcome: 'SERVICES_LINKED' } },
    'BAD_USER_INPUT',
  ],
  [
    'delivery: negative count',
    `mutation($i: RecordServiceDeliveryInput!) { recordServiceDelivery(input: $i) { id } }`,
    { i: { consortiumId: 'no-such', periodFrom: '2019-07-18', periodTo: '2019-12-31', service: 'MEAL_SUPPORT', count: -1 } },
    'BAD_USER_INPUT',
  ],
  [
    'budget line: unknown agency',
    `mutation($i: RegisterBudgetLineInput!) { registerBudgetLine(input: $i) { id } }`,
    { i: { ...budgetLine, agencyId: 'no-such-agency' } },
    'NOT_FOUND',
  ],
  // budgets
  [
    'budget line: fractional 천원',
    `mutation($i: RegisterBudgetLineInput!) { registerBudgetLine(input: $i) { id } }`,
    { i: { ...budgetLine, amountThousandKRW: 1.5 } },
    'BAD_USER_INPUT',
  ],
  [
    'budget line: funding source not in the enum',
    `mutation($i: RegisterBudgetLineInput!) { registerBudgetLine(input: $i) { id } }`,
    { i: { ...budgetLine, fundingSource: 'LOTTERY' } },
    'BAD_USER_INPUT',
  ],
];

for (const id of operatorIds) {
  cases.push(
    [
      `board: id ${JSON.stringify(id)}`,
      `mutation($i: AppointBoardMemberInput!) { appointBoardMember(input: $i) { id } }`,
      { i: { ...board, id } },
      'BAD_USER_INPUT',
    ],
    [
      `case: id ${JSON.stringify(id)}`,
      `mutation($id: ID!) { startConsulting(id: $id, startedOn: "2023-05-01") { id } }`,
      { id },
      'BAD_USER_INPUT',
    ],
    [
      `visit: id ${JSON.stringify(id)}`,
      `mutation($i: CloseOutreachCaseInput!) { closeOutreachCase(input: $i) { id } }`,
      { i: { visitId: id, closedOn: '2013-06-01', outcome: 'SERVICES_LINKED' } },
      'BAD_USER_INPUT',
    ],
    [
      `budget line: agency ${JSON.stringify(id)}`,
      `mutation($i: RegisterBudgetLineInput!) { registerBudgetLine(input: $i) { id } }`,
      { i: { ...budgetLine, agencyId: id } },
      'BAD_USER_INPUT',
    ],
  );
}

describe('bad input to governance, consulting, outreach and budgets', () => {
  let before: unknown;
  beforeAll(async () => {
    before = await ok(SNAPSHOT);
  });

  it.each(cases)('%s → %s', async (_label, query, variables, code) => {
    const r = await gql(query, variables);
    expect(r.status).toBeLessThan(500);
    expect(r.errors?.[0]?.extensions?.code).toBe(code);
    expect(JSON.stringify(r)).not.toMatch(/stacktrace|\.js:\d+|Mongo|mongoose|ECONN/i);
  });

  it('left their data unchanged', async () => {
    expect(await ok(SNAPSHOT)).toEqual(before);
  });
});
