import { buildSubgraphSchema } from '@apollo/subgraph';
import { graphql, parse } from 'graphql';
import { ANONYMOUS, type Caller } from './caller';
import { AUTH_DIRECTIVES_SDL, authorizationTable, enforceAuthorization } from './authz';

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
  const { schema, table } = build();
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
