import { buildSubgraphSchema } from '@apollo/subgraph';
import { graphql, parse } from 'graphql';
import mongoose from 'mongoose';
import { AUTH_DIRECTIVES_SDL, enforceAuthorization } from './authz';
import { ANONYMOUS, type Caller, type Role } from './caller';
import { SCOPES_SDL, covers, enforceScopes, reachOf, type ScopeRule } from './scopes';

const caller = (roles: Role[], facilityIds: string[] = [], districts: string[] = []): Caller => ({
  ...ANONYMOUS,
  subject: 'u1',
  roles,
  facilityIds,
  districts,
});
const FACILITY: ScopeRule = { facility: 'facilityId', district: null };
const DISTRICT: ScopeRule = { facility: null, district: 'district' };
const BOTH: ScopeRule = { facility: 'facilityId', district: 'address.district' };
const careRead = { kind: 'roles' as const, roles: ['care-manager', 'care-worker', 'data-analyst'] as Role[] };

describe('reachOf: whose reads are scoped', () => {
  it('admin, and a role the type admits that is not a scoped role, read everything', () => {
    expect(reachOf(caller(['admin'], ['f1']), careRead, FACILITY)).toEqual({ all: true });
    expect(reachOf(caller(['data-analyst']), careRead, FACILITY)).toEqual({ all: true });
    expect(reachOf(caller(['care-worker', 'data-analyst'], ['f1']), careRead, FACILITY)).toEqual({ all: true });
  });

  it('care roles are held to their facilities, outreach workers to their districts, where the type names that owner', () => {
    expect(reachOf(caller(['care-worker'], ['f1'], ['마포구']), careRead, FACILITY)).toEqual({
      all: false,
      facilityIds: ['f1'],
      districts: [],
    });
    expect(reachOf(caller(['outreach-worker'], ['f1'], ['마포구']), null, DISTRICT)).toEqual({
      all: false,
      facilityIds: [],
      districts: ['마포구'],
    });
    expect(reachOf(caller(['care-manager', 'outreach-worker'], ['f1'], ['마포구']), null, BOTH)).toEqual({
      all: false,
      facilityIds: ['f1'],
      districts: ['마포구'],
    });
    // A care worker who also has districts is held to facilities only: districts scope outreach workers.
    expect(reachOf(caller(['care-worker'], ['f1'], ['마포구']), null, BOTH)).toEqual({ all: false, facilityIds: ['f1'], districts: [] });
    expect(reachOf(caller(['outreach-worker'], ['f1'], ['마포구']), null, BOTH)).toEqual({
      all: false,
      facilityIds: [],
      districts: ['마포구'],
    });
    // A care role reading a type scoped by district only is not a scoped reader of it.
    expect(reachOf(caller(['care-worker'], ['f1']), null, DISTRICT)).toEqual({ all: true });
    expect(reachOf(caller(['outreach-worker'], [], ['마포구']), null, FACILITY)).toEqual({ all: true });
  });

  it('only the roles that let the caller read the type count; without one of them, the caller’s own roles', () => {
    // hr is not admitted by the policy: the care-worker role decides, and it is scoped.
    expect(reachOf(caller(['care-worker', 'hr'], ['f1']), careRead, FACILITY)).toEqual({ all: false, facilityIds: ['f1'], districts: [] });
    // Without any policy, every role of the caller counts: hr reads unscoped.
    expect(reachOf(caller(['care-worker', 'hr'], ['f1']), null, FACILITY)).toEqual({ all: true });
    expect(reachOf(caller(['care-worker', 'hr'], ['f1']), { kind: 'authenticated' }, FACILITY)).toEqual({ all: true });
    // A write by a role the reads do not name (a care worker receiving a complaint): its own roles.
    expect(reachOf(caller(['care-worker'], ['f1']), { kind: 'roles', roles: ['rights-counsellor'] }, FACILITY)).toEqual({
      all: false,
      facilityIds: ['f1'],
      districts: [],
    });
    expect(reachOf(caller([]), careRead, FACILITY)).toEqual({ all: false, facilityIds: [], districts: [] });
  });
});

describe('covers: a record inside the reach', () => {
  const reach = { all: false as const, facilityIds: ['f1'], districts: ['마포구'] };
  it('by its facility or its district, read along a dotted path', () => {
    expect(covers(reach, BOTH, { facilityId: 'f1' })).toBe(true);
    expect(covers(reach, BOTH, { facilityId: 'f2', address: { district: '마포구' } })).toBe(true);
    expect(covers(reach, BOTH, { facilityId: 'f2', address: { district: '서대문구' } })).toBe(false);
    expect(covers(reach, BOTH, { facilityId: 'f2', address: null })).toBe(false);
    expect(covers(reach, BOTH, { facilityId: 'f2', address: '마포구' })).toBe(false);
    expect(covers(reach, FACILITY, { facilityId: 'f1', district: '마포구' })).toBe(true);
    expect(covers(reach, FACILITY, { facilityId: 'f2', district: '마포구' })).toBe(false);
    expect(covers(reach, DISTRICT, { facilityId: 'f1', district: '서대문구' })).toBe(false);
  });
  it('a record without an owner is outside every scope, and an unscoped reach covers all', () => {
    expect(covers(reach, BOTH, {})).toBe(false);
    expect(covers(reach, BOTH, null)).toBe(false);
    expect(covers(reach, FACILITY, { facilityId: ['f1'] })).toBe(false);
    expect(covers({ all: true }, BOTH, {})).toBe(true);
  });
});

const sdl = `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
${AUTH_DIRECTIVES_SDL}
${SCOPES_SDL}
type Query {
  recipient(id: ID!): Recipient
  recipients: [Recipient!]!
  page: RecipientPage!
  cases: [Case!]!
  notes: [String!]!
  maybe: [Recipient]
  pages: [RecipientPage!]!
}
type Recipient @key(fields: "id") @auth(requires: ["care-manager", "care-worker", "data-analyst"]) @scoped(facility: "facilityId") {
  id: ID!
  facilityId: String
}
type RecipientPage { nodes: [Recipient!]! edges: [RecipientEdge!]! total: Int! }
type RecipientEdge { node: Recipient! }
type Case @key(fields: "id") @scoped(district: "district") {
  id: ID!
  district: String
}
`;

const RECIPIENTS = [
  { id: 'r1', facilityId: 'f1' },
  { id: 'r2', facilityId: 'f2' },
  { id: 'r3', facilityId: null },
];
const CASES = [
  { id: 'c1', district: '마포구' },
  { id: 'c2', district: '서대문구' },
];

function build() {
  const schema = buildSubgraphSchema([
    {
      typeDefs: parse(sdl),
      resolvers: {
        Query: {
          recipient: (_: unknown, { id }: { id: string }) => RECIPIENTS.find((r) => r.id === id) ?? null,
          recipients: () => RECIPIENTS,
          page: () => ({ nodes: RECIPIENTS, edges: RECIPIENTS.map((node) => ({ node })), total: 3 }),
          cases: () => CASES,
          notes: () => ['a'],
          maybe: () => [RECIPIENTS[0], null, RECIPIENTS[1]],
          pages: () => [{ nodes: RECIPIENTS, edges: [], total: 3 }],
        },
        Recipient: { __resolveReference: (r: { id: string }) => RECIPIENTS.find((x) => x.id === r.id) ?? null },
        Case: { __resolveReference: (r: { id: string }) => CASES.find((x) => x.id === r.id) ?? null },
      },
    },
  ]);
  enforceAuthorization(schema);
  return { schema, scopes: enforceScopes(schema) };
}

describe('enforceScopes: the platform refuses or leaves out records out of scope', () => {
  // Built in each test, not while jest collects them: Stryker's per-test coverage must see the schema being built.
  let schema: ReturnType<typeof build>['schema'];
  let scopes: ReturnType<typeof build>['scopes'];
  beforeEach(() => ({ schema, scopes } = build()));
  const run = (source: string, c: Caller, variableValues?: Record<string, unknown>) =>
    graphql({ schema, source, contextValue: { caller: c }, ...(variableValues ? { variableValues } : {}) });
  const worker = caller(['care-worker'], ['f1']);
  const outreach = caller(['outreach-worker'], [], ['마포구']);

  it('knows the scoped types and each one’s reach', () => {
    expect(scopes.scopedTypes.sort()).toEqual(['Case', 'Recipient']);
    expect(scopes.reach(worker, 'Recipient')).toEqual({ all: false, facilityIds: ['f1'], districts: [] });
    expect(scopes.reach(caller(['data-analyst']), 'Recipient')).toEqual({ all: true });
    // The type's @auth decides which roles count: hr does not let anyone read a Recipient, so care-worker does.
    expect(scopes.reach(caller(['care-worker', 'hr'], ['f1']), 'Recipient')).toEqual({ all: false, facilityIds: ['f1'], districts: [] });
    expect(scopes.covers(caller(['care-worker', 'hr'], ['f1']), 'Recipient', { facilityId: 'f2' })).toBe(false);
    expect(scopes.reach(worker, 'RecipientPage')).toEqual({ all: true });
    expect(scopes.covers(worker, 'RecipientPage', { facilityId: 'f9' })).toBe(true);
    expect(scopes.covers(worker, 'Recipient', { facilityId: 'f2' })).toBe(false);
  });

  it('refuses one record out of scope with FORBIDDEN; not found stays null', async () => {
    expect((await run('{ recipient(id: "r1") { id } }', worker)).data).toEqual({ recipient: { id: 'r1' } });
    const refused = await run('{ recipient(id: "r2") { id } }', worker);
    expect(refused.errors?.map((e) => [e.extensions['code'], e.extensions['type'], e.message])).toEqual([
      ['FORBIDDEN', 'Recipient', 'this Recipient belongs to a facility or district outside your scope'],
    ]);
    expect((await run('{ recipient(id: "r9") { id } }', worker)).data).toEqual({ recipient: null });
    expect((await run('{ recipient(id: "r2") { id } }', caller(['data-analyst']))).data).toEqual({ recipient: { id: 'r2' } });
  });

  it('leaves records out of scope out of lists and connections, and nothing else', async () => {
    expect((await run('{ recipients { id } }', worker)).data).toEqual({ recipients: [{ id: 'r1' }] });
    expect((await run('{ recipients { id } }', caller(['admin']))).data).toEqual({ recipients: RECIPIENTS.map(({ id }) => ({ id })) });
    expect((await run('{ page { total nodes { id } edges { node { id } } } }', worker)).data).toEqual({
      page: { total: 3, nodes: [{ id: 'r1' }], edges: [{ node: { id: 'r1' } }] },
    });
    expect((await run('{ cases { id } }', outreach)).data).toEqual({ cases: [{ id: 'c1' }] });
    expect((await run('{ notes }', worker)).data).toEqual({ notes: ['a'] });
    // A null item of a list stays (it is not a record out of scope); a list of connections is a list, not a connection.
    expect((await run('{ maybe { id } }', worker)).data).toEqual({ maybe: [{ id: 'r1' }, null] });
    expect((await run('{ pages { total nodes { id } } }', worker)).data).toEqual({ pages: [{ total: 3, nodes: [{ id: 'r1' }] }] });
  });

  it('refuses an entity out of scope through _entities, entity by entity', async () => {
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Case { id district } } }`;
    const result = await run(q, outreach, {
      r: [
        { __typename: 'Case', id: 'c1' },
        { __typename: 'Case', id: 'c2' },
        { __typename: 'Case', id: 'c9' },
      ],
    });
    expect(result.data).toEqual({ _entities: [{ id: 'c1', district: '마포구' }, null, null] });
    expect(result.errors?.map((e) => [e.path?.join('.'), e.extensions['code']])).toEqual([['_entities.1', 'FORBIDDEN']]);
  });

  it('ctx.reach.check refuses a record out of scope before a write; null passes', () => {
    const reach = scopes.forCaller(worker);
    expect(() => reach.check('Recipient', { facilityId: 'f1' })).not.toThrow();
    expect(() => reach.check('Recipient', null)).not.toThrow();
    expect(() => reach.check('Recipient', undefined)).not.toThrow();
    expect(() => reach.check('Recipient', { facilityId: 'f2' })).toThrow(
      'this Recipient belongs to a facility or district outside your scope',
    );
    expect(() => reach.check('RecipientPage', { facilityId: 'f2' })).not.toThrow();
  });

  it('ctx.reach.restrict narrows a query filter to the scope (as mongoose sends it)', () => {
    const sent = (filter: object) => JSON.parse(JSON.stringify(mongoose.sanitizeFilter(filter))) as unknown;
    const reach = scopes.forCaller(worker);
    expect(sent(reach.restrict('Recipient', {}))).toEqual({ facilityId: { $in: ['f1'] } });
    expect(sent(reach.restrict('Recipient', { status: 'ACTIVE' }))).toEqual({
      $and: [{ status: 'ACTIVE' }, { facilityId: { $in: ['f1'] } }],
    });
    // No facility in scope: nothing matches.
    expect(sent(scopes.forCaller(caller(['care-worker'])).restrict('Recipient', {}))).toEqual({ _id: { $in: [] } });
    expect(sent(scopes.forCaller(outreach).restrict('Case', {}))).toEqual({ district: { $in: ['마포구'] } });
    const filter = { status: 'ACTIVE' };
    expect(scopes.forCaller(caller(['data-analyst'])).restrict('Recipient', filter)).toBe(filter);
    expect(reach.restrict('RecipientPage', filter)).toBe(filter);
  });
});

describe('enforceScopes on a type scoped by facility and district', () => {
  const both = `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
${AUTH_DIRECTIVES_SDL}
${SCOPES_SDL}
type Query { complaints: [Complaint!]! }
type Complaint @key(fields: "id") @scoped(facility: "facilityId", district: "district") { id: ID! }
`;
  it('an outreach worker who is also a care worker reaches either owner', () => {
    const schema = buildSubgraphSchema([{ typeDefs: parse(both) }]);
    const scopes = enforceScopes(schema);
    const sent = (filter: object) => JSON.parse(JSON.stringify(mongoose.sanitizeFilter(filter))) as unknown;
    const reach = scopes.forCaller(caller(['care-worker', 'outreach-worker'], ['f1'], ['마포구']));
    expect(sent(reach.restrict('Complaint', {}))).toEqual({ $or: [{ facilityId: { $in: ['f1'] } }, { district: { $in: ['마포구'] } }] });
    expect(sent(scopes.forCaller(caller(['outreach-worker'], ['f1'], ['마포구'])).restrict('Complaint', {}))).toEqual({
      district: { $in: ['마포구'] },
    });
  });

  it('refuses @scoped without an owner field at startup, and leaves a schema without scopes alone', () => {
    const bad = both.replace('@scoped(facility: "facilityId", district: "district")', '@scoped');
    expect(() => enforceScopes(buildSubgraphSchema([{ typeDefs: parse(bad) }]))).toThrow(
      'Complaint: @scoped names neither a facility nor a district field',
    );
    const none = enforceScopes(
      buildSubgraphSchema([{ typeDefs: parse(both.replace('@scoped(facility: "facilityId", district: "district")', '')) }]),
    );
    expect(none.scopedTypes).toEqual([]);
  });
});
