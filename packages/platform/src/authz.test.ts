import { buildSubgraphSchema } from '@apollo/subgraph';
import { buildSchema, graphql, parse } from 'graphql';
import { ANONYMOUS, type Caller } from './caller';
import { AUTH_DIRECTIVES_SDL, authorizationTable, check, enforceAuthorization } from './authz';

const sdl = `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
${AUTH_DIRECTIVES_SDL}
type Query {
  directory: [Facility!]! @public
  recipients: [Recipient!]! @auth(requires: ["care-manager"])
  me: String
}
type Facility @key(fields: "id") @public {
  id: ID!
  name: String!
  budgetNote: String @auth(requires: ["finance"])
}
type Recipient @key(fields: "id") @auth(requires: ["care-manager"]) {
  id: ID!
  maskedName: String!
}
type Page { size: Int! }
type Agency @key(fields: "id", resolvable: false) { id: ID! }
`;

function build() {
  const schema = buildSubgraphSchema([
    {
      typeDefs: parse(sdl),
      resolvers: {
        Query: {
          directory: () => [{ id: 'f1', name: '마포종합재가센터', budgetNote: 'n' }],
          recipients: () => [{ id: 'r1', maskedName: '홍*동' }],
          me: () => 'me',
        },
        Recipient: { __resolveReference: (r: { id: string }) => ({ id: r.id, maskedName: '홍*동' }) },
        Facility: { __resolveReference: (r: { id: string }) => ({ id: r.id, name: 'x', budgetNote: 'n' }) },
      },
    },
  ]);
  const table = enforceAuthorization(schema);
  return { schema, table };
}

const caller = (roles: Caller['roles']): Caller => ({ ...ANONYMOUS, subject: 'u1', roles });
const codes = (r: { errors?: readonly { extensions: Record<string, unknown> }[] }) => (r.errors ?? []).map((e) => e.extensions['code']);

describe('authorization from schema directives', () => {
  // Built in each test, not while jest collects them: Stryker's per-test coverage must see the schema being built.
  let schema: ReturnType<typeof build>['schema'];
  let table: ReturnType<typeof build>['table'];
  beforeEach(() => ({ schema, table } = build()));
  const run = (source: string, c: Caller) => graphql({ schema, source, contextValue: { caller: c } });

  it('derives each field policy: own directive, else type directive, else root/entity default', () => {
    const policy = (c: string) => table.find((e) => e.coordinate === c)?.policy;
    expect(policy('Query.directory')).toEqual({ kind: 'public' });
    expect(policy('Query.me')).toEqual({ kind: 'authenticated' });
    expect(policy('Query.recipients')).toEqual({ kind: 'roles', roles: ['care-manager'] });
    expect(policy('Facility.name')).toEqual({ kind: 'public' });
    expect(policy('Facility.budgetNote')).toEqual({ kind: 'roles', roles: ['finance'] });
    expect(policy('Recipient.maskedName')).toEqual({ kind: 'roles', roles: ['care-manager'] });
    expect(policy('Page.size')).toEqual({ kind: 'inherited' });
    expect(policy('Agency.id')).toEqual({ kind: 'inherited' }); // a stub of another service's entity: only a key
    expect(policy('Query._entities')).toEqual({ kind: 'inherited' });
  });

  it('lets anonymous callers read public fields only', async () => {
    const pub = await run('{ directory { id name } }', ANONYMOUS);
    expect(pub.errors).toBeUndefined();
    expect(codes(await run('{ me }', ANONYMOUS))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await run('{ directory { budgetNote } }', ANONYMOUS))).toEqual(['UNAUTHENTICATED']);
  });

  it('checks roles, with admin holding all of them', async () => {
    expect(codes(await run('{ recipients { id } }', caller(['finance'])))).toEqual(['FORBIDDEN']);
    expect((await run('{ recipients { maskedName } }', caller(['care-manager']))).data).toEqual({ recipients: [{ maskedName: '홍*동' }] });
    expect((await run('{ directory { budgetNote } }', caller(['admin']))).errors).toBeUndefined();
  });

  it('guards the _entities side door field by field and entity by entity', async () => {
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Recipient { maskedName } ... on Facility { name budgetNote } } }`;
    const asHr = await graphql({
      schema,
      source: q,
      variableValues: {
        r: [
          { __typename: 'Recipient', id: 'r1' },
          { __typename: 'Facility', id: 'f1' },
        ],
      },
      contextValue: { caller: caller(['hr']) },
    });
    expect(asHr.errors?.map((e) => e.path?.join('.')).sort()).toEqual(['_entities.0', '_entities.1.budgetNote']);
    expect(codes(asHr).sort()).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect((asHr.data?.['_entities'] as unknown[])[0]).toBeNull();
    expect((asHr.data?.['_entities'] as { name?: string }[])[1]?.name).toBe('x');
  });

  it('refuses unknown roles at startup', () => {
    const bad = sdl.replace('"finance"', '"treasurer"');
    expect(() => authorizationTable(buildSubgraphSchema([{ typeDefs: parse(bad) }]))).toThrow(/unknown role "treasurer"/);
  });
});

describe('authorization: how a policy is read from the SDL', () => {
  const tableOf = (body: string) => {
    const schema = buildSubgraphSchema([
      {
        typeDefs: parse(
          `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])\n${AUTH_DIRECTIVES_SDL}\n${body}`,
        ),
      },
    ]);
    return new Map(authorizationTable(schema).map((e) => [e.coordinate, e.policy]));
  };

  it('@auth without roles, with null, with an empty list or one string: the right policy', () => {
    const t = tableOf(`
      type Query { a: Int @auth b: Int @auth(requires: null) c: Int @auth(requires: []) d: Int @auth(requires: "hr") e: Int @auth(requires: ["hr", "board"]) }
    `);
    expect(t.get('Query.a')).toEqual({ kind: 'authenticated' });
    expect(t.get('Query.b')).toEqual({ kind: 'authenticated' });
    expect(t.get('Query.c')).toEqual({ kind: 'authenticated' });
    expect(t.get('Query.d')).toEqual({ kind: 'roles', roles: ['hr'] });
    expect(t.get('Query.e')).toEqual({ kind: 'roles', roles: ['hr', 'board'] });
  });

  it('refuses a role that is not a string as an unknown role', () => {
    // buildSubgraphSchema refuses `[1]` for `[String!]` already; graphql's own buildSchema does not check directive values.
    const schema = buildSchema(`${AUTH_DIRECTIVES_SDL}\ntype Query { a: Int @auth(requires: [1]) }`);
    expect(() => authorizationTable(schema)).toThrow('Query.a: unknown role "" in @auth');
  });

  it('refuses @auth and @public together, on a field or a type', () => {
    expect(() => tableOf('type Query { a: Int @auth @public }')).toThrow('Query.a: @auth and @public together');
    expect(() => tableOf('type Query { a: T } type T @auth @public { x: Int }')).toThrow('T: @auth and @public together');
  });

  it('a type extension carries directives too', () => {
    const t = tableOf('type Query { a: T } type T @key(fields: "x") { x: Int } extend type T @auth(requires: ["hr"])');
    expect(t.get('T.x')).toEqual({ kind: 'roles', roles: ['hr'] });
  });

  it('root types, mutations included, and resolvable entities need a signed-in caller by default', () => {
    const t = tableOf(`
      type Query { a: Int }
      type Mutation { m: Int }
      type Subscription { s: Int }
      type E @key(fields: "id") @key(fields: "code", resolvable: false) { id: ID! code: String }
      type R @key(fields: "id", resolvable: true) { id: ID! }
      type V { v: Int }
    `);
    expect(t.get('Query.a')).toEqual({ kind: 'authenticated' });
    expect(t.get('Mutation.m')).toEqual({ kind: 'authenticated' });
    expect(t.get('Subscription.s')).toEqual({ kind: 'authenticated' });
    expect(t.get('E.code')).toEqual({ kind: 'authenticated' });
    expect(t.get('R.id')).toEqual({ kind: 'authenticated' });
    expect(t.get('V.v')).toEqual({ kind: 'inherited' });
    expect(t.get('Query._service')).toEqual({ kind: 'inherited' });
    expect([...t.keys()].filter((c) => c.startsWith('_Service.') || c.startsWith('__'))).toEqual([]);
  });

  it('a field named like a federation field on another type keeps its own policy', () => {
    const t = tableOf('type Query { a: T } type T @key(fields: "id") { id: ID! _service: Int }');
    expect(t.get('T._service')).toEqual({ kind: 'authenticated' });
  });
});

describe('check', () => {
  const signedIn = caller(['hr']);
  it('public and inherited fields pass anyone; authenticated ones any signed-in caller', () => {
    expect(check({ kind: 'public' }, ANONYMOUS, 'x')).toBeNull();
    expect(check({ kind: 'inherited' }, ANONYMOUS, 'x')).toBeNull();
    expect(check({ kind: 'authenticated' }, signedIn, 'x')).toBeNull();
    const denied = check({ kind: 'authenticated' }, ANONYMOUS, 'Query.me');
    expect([denied?.extensions['code'], denied?.message]).toEqual(['UNAUTHENTICATED', 'Query.me requires signing in']);
  });
  it('roles: the roles, FORBIDDEN otherwise, UNAUTHENTICATED for anonymous callers', () => {
    expect(check({ kind: 'roles', roles: ['hr'] }, signedIn, 'x')).toBeNull();
    expect(check({ kind: 'roles', roles: ['finance'] }, signedIn, 'x')?.extensions['code']).toBe('FORBIDDEN');
    expect(check({ kind: 'roles', roles: ['finance'] }, ANONYMOUS, 'x')?.extensions['code']).toBe('UNAUTHENTICATED');
  });
});

describe('enforceAuthorization: the wrapped resolvers', () => {
  it('a guarded field without a resolver reads its property; a denied one never runs its resolver', async () => {
    let ran = 0;
    const schema = buildSubgraphSchema([
      {
        typeDefs: parse(`extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
${AUTH_DIRECTIVES_SDL}
type Query { item: Item @public secret: Int @auth(requires: ["finance"]) }
type Item { name: String @auth }`),
        resolvers: {
          Query: {
            item: () => ({ name: '마포' }),
            secret: () => {
              ran += 1;
              return 1;
            },
          },
        },
      },
    ]);
    enforceAuthorization(schema);
    const run = (source: string, c: Caller) => graphql({ schema, source, contextValue: { caller: c } });
    expect((await run('{ item { name } }', caller(['hr']))).data).toEqual({ item: { name: '마포' } });
    expect(codes(await run('{ item { name } }', ANONYMOUS))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await run('{ secret }', caller(['hr'])))).toEqual(['FORBIDDEN']);
    expect(ran).toBe(0);
    expect((await run('{ secret }', caller(['finance']))).data).toEqual({ secret: 1 });
    expect(ran).toBe(1);
  });

  it('an entity of a type demanding roles is loaded for callers holding one', async () => {
    const { schema } = build();
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Recipient { maskedName } } }`;
    const result = await graphql({
      schema,
      source: q,
      variableValues: { r: [{ __typename: 'Recipient', id: 'r1' }] },
      contextValue: { caller: caller(['care-manager']) },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ _entities: [{ maskedName: '홍*동' }] });
    const anonymous = await graphql({
      schema,
      source: q,
      variableValues: { r: [{ __typename: 'Recipient', id: 'r1' }] },
      contextValue: { caller: ANONYMOUS },
    });
    expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
  });
});
