/**
 * Security through the real stack: who the gateway believes (tokens), what subgraphs accept
 * (only the gateway's signed identity), what each role may read and change (a matrix generated
 * from the schemas' @auth/@public directives, so a new field cannot be forgotten), and the abuse
 * limits. Each refusal must be a typed error.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { getNamedType, isLeafType, isNonNullType, parse, type GraphQLField } from 'graphql';
import { SignJWT } from 'jose';
import { authorizationTable, ROLES, SERVICE_NAMES, signIdentity, type Policy, type Role } from '@pass-graph/platform';
import { allowed, dummy, internalSecret, pool, postToSubgraph, SCOPED_CALLERS } from './support/authz-probe';
import { bearer, gql, readTopic, type As } from './support/client';
import { testEnv } from './support/env';

const schemasDir = path.resolve(__dirname, '..', 'schemas');

async function direct(service: string, query: string, headers: Record<string, string>, variables: Record<string, unknown> = {}) {
  return postToSubgraph(service, JSON.stringify({ query, variables }), headers);
}

/** POSTs a query to the gateway from the given local (loopback) address; resolves with the HTTP status. */
function postFrom(localAddress: string, headers: Record<string, string>, query: string): Promise<number> {
  const url = new URL(testEnv().gatewayUrl);
  const body = JSON.stringify({ query });
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress,
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const codes = (r: { errors?: { extensions?: { code?: string } }[] }): (string | undefined)[] =>
  (r.errors ?? []).map((e) => e.extensions?.code);

describe('authentication at the gateway', () => {
  const spec = { subject: 'sec-token-probe', roles: ['admin'] as Role[] };
  const probe = (authorization: string) => gql('{ __typename }', {}, { as: 'anonymous', headers: { authorization } });

  it('accepts a valid RS256 token and refuses forged, expired, foreign and malformed ones with UNAUTHENTICATED', async () => {
    expect((await probe(`Bearer ${await bearer(spec)}`)).errors).toBeUndefined();
    const { mintToken } = await import('../packages/stack/src/auth');
    const expired = await mintToken({ ...spec, expiresIn: -60 });
    const wrongAudience = await mintToken({ ...spec, audience: 'someone-else' });
    const wrongIssuer = await mintToken({ ...spec, issuer: 'https://evil.example/' });
    const valid = await bearer(spec);
    const [h, p] = valid.split('.');
    const forgedPayload = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(p ?? '', 'base64url').toString()), roles: ['admin'], sub: 'mallory' }),
    ).toString('base64url');
    const tampered = `${h}.${forgedPayload}.${valid.split('.')[2]}`;
    const hs256 = await new SignJWT({ roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('mallory')
      .setIssuer('https://auth.pass-graph.local/')
      .setAudience('pass-graph')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('x'.repeat(32)));
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${p}.`;
    for (const [what, header] of [
      ['expired', `Bearer ${expired}`],
      ['wrong audience', `Bearer ${wrongAudience}`],
      ['wrong issuer', `Bearer ${wrongIssuer}`],
      ['tampered payload', `Bearer ${tampered}`],
      ['HS256 without a configured secret', `Bearer ${hs256}`],
      ['alg none', `Bearer ${unsigned}`],
      ['not a bearer token', 'Basic YWRtaW46YWRtaW4='],
    ] as const) {
      const r = await probe(header);
      expect({ what, status: r.status, codes: codes(r) }).toEqual({ what, status: 401, codes: ['UNAUTHENTICATED'] });
      expect(JSON.stringify(r)).not.toMatch(/at .*\.js:\d+/); // no stack
    }
  });
});

describe('gateway → subgraph trust', () => {
  it('refuses direct subgraph calls without the gateway signature, including _service and _entities', async () => {
    for (const service of SERVICE_NAMES) {
      for (const query of ['{ _service { sdl } }', '{ __typename }', 'query { _entities(representations: []) { __typename } }']) {
        const r = await direct(service, query, {});
        expect({ service, query, status: r.status, codes: codes(r.body) }).toEqual({
          service,
          query,
          status: 401,
          codes: ['UNAUTHENTICATED'],
        });
        expect(r.body.data).toBeUndefined();
      }
    }
  });

  it('refuses identities signed with another key, tampered after signing, or replayed late', async () => {
    const admin = { subject: 'mallory', roles: ['admin'] as Role[], facilityIds: [], districts: [] };
    const body = JSON.stringify({ query: '{ __typename }', variables: {} });
    const to = { service: 'governance', body };
    const wrongKey = signIdentity(admin, 'not-the-secret-'.repeat(3), to);
    const honest = signIdentity({ ...admin, subject: 'anon-ish', roles: [] }, internalSecret(), to);
    const tampered = { ...honest, 'x-pass-identity': wrongKey['x-pass-identity'] as string };
    const stale = signIdentity(admin, internalSecret(), to, Date.now() - 10 * 60_000);
    for (const headers of [wrongKey, tampered, stale]) {
      const r = await postToSubgraph('governance', body, headers);
      expect(r.status).toBe(401);
      expect(codes(r.body)).toEqual(['UNAUTHENTICATED']);
    }
    const ok = await postToSubgraph('governance', body, signIdentity(admin, internalSecret(), to));
    expect(ok.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('binds the identity to its request: a replay, another body, another subgraph or a future stamp is refused', async () => {
    const admin = { subject: 'sec-replay-admin', roles: ['admin'] as Role[], facilityIds: [], districts: [] };
    const body = JSON.stringify({ query: '{ __typename }', variables: {} });
    const headers = signIdentity(admin, internalSecret(), { service: 'governance', body });
    // The captured request works once, as the gateway sent it …
    expect((await postToSubgraph('governance', body, headers)).body).toEqual({ data: { __typename: 'Query' } });
    const refusals: Record<string, { status: number; codes: (string | undefined)[]; message?: string }> = {};
    const refused = async (what: string, service: string, sent: string, h: Record<string, string>) => {
      const r = await postToSubgraph(service, sent, h);
      refusals[what] = { status: r.status, codes: codes(r.body), message: r.body.errors?.[0]?.message };
    };
    // … and never again, with another body (a mutation), at another subgraph, or stamped in the future.
    await refused('replayed', 'governance', body, headers);
    const mutation = JSON.stringify({ query: 'mutation { __typename }', variables: {} });
    const fresh = signIdentity(admin, internalSecret(), { service: 'governance', body });
    await refused('other body', 'governance', mutation, fresh);
    const forGovernance = signIdentity(admin, internalSecret(), { service: 'governance', body });
    await refused('other subgraph', 'care-services', body, forGovernance);
    await refused(
      'future',
      'governance',
      body,
      signIdentity(admin, internalSecret(), { service: 'governance', body }, Date.now() + 30_000),
    );
    await refused('late', 'governance', body, signIdentity(admin, internalSecret(), { service: 'governance', body }, Date.now() - 15_000));
    for (const [what, r] of Object.entries(refusals))
      expect({ what, status: r.status, codes: r.codes }).toEqual({ what, status: 401, codes: ['UNAUTHENTICATED'] });
    expect(refusals['replayed']?.message).toMatch(/replayed/);
    expect(refusals['future']?.message).toMatch(/future/);
  });
});

// ---- The authorization matrix, generated from the subgraph SDLs ---------------------------------

interface Probe {
  service: string;
  coordinate: string;
  operation: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  policy: Policy;
}

/** One operation selecting each probe's root field under an alias of its own (`p0`, `p1`, …). */
function render(operation: 'query' | 'mutation', probes: Probe[], refusable = false): { document: string; variables: Record<string, unknown> } {
  const params: string[] = [];
  const selections: string[] = [];
  const variables: Record<string, unknown> = {};
  probes.forEach((p, i) => {
    const required = p.field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
    for (const a of required) {
      params.push(`$p${i}_${a.name}: ${a.type.toString()}`);
      variables[`p${i}_${a.name}`] = dummy(a.type, 0, refusable);
    }
    const args = required.map((a) => `${a.name}: $p${i}_${a.name}`).join(', ');
    const selection = isLeafType(getNamedType(p.field.type)) ? '' : ' { __typename }';
    selections.push(`p${i}: ${p.field.name}${args ? `(${args})` : ''}${selection}`);
  });
  return { document: `${operation} Probe${params.length ? `(${params.join(', ')})` : ''} { ${selections.join(' ')} }`, variables };
}

/** The reviewed policies (tests/authorization-policies.json): the matrix's expectations, independent of the directives. */
type Reviewed = 'public' | 'authenticated' | Role[];
const REVIEWED = JSON.parse(fs.readFileSync(path.join(__dirname, 'authorization-policies.json'), 'utf8')) as Record<
  string,
  Record<string, Reviewed>
>;
const policyOf = (reviewed: Reviewed): Policy =>
  Array.isArray(reviewed) ? { kind: 'roles', roles: reviewed } : reviewed === 'public' ? { kind: 'public' } : { kind: 'authenticated' };
/** A directive's policy as the reviewed file writes it. */
const asReviewed = (policy: Policy): Reviewed | 'inherited' => (policy.kind === 'roles' ? [...policy.roles].sort() : policy.kind);

function subgraphSchema(service: string) {
  return buildSubgraphSchema([{ typeDefs: parse(fs.readFileSync(path.join(schemasDir, `${service}.graphql`), 'utf8')) }]);
}

function probes(): Probe[] {
  const out: Probe[] = [];
  for (const service of SERVICE_NAMES) {
    const schema = subgraphSchema(service);
    for (const [operation, type] of [
      ['query', schema.getQueryType()],
      ['mutation', schema.getMutationType()],
    ] as const) {
      for (const field of Object.values(type?.getFields() ?? {})) {
        if (field.name.startsWith('_')) continue;
        const coordinate = `${type?.name}.${field.name}`;
        const reviewed = REVIEWED[service]?.[coordinate];
        // A root field missing from the reviewed file is refused as public: the drift check below names it.
        out.push({ service, coordinate, operation, field, policy: reviewed ? policyOf(reviewed) : { kind: 'roles', roles: [] } });
      }
    }
  }
  return out;
}

/** Every role unscoped, a signed-in caller without roles, and scoped callers (their scopes are judged in security-scopes). */
const callers: As[] = [
  'anonymous',
  ...ROLES.map((role) => ({ subject: `sec-matrix-${role}`, roles: [role] })),
  { subject: 'sec-matrix-no-role', roles: [] },
  ...SCOPED_CALLERS,
];

describe('authorization matrix (every role × every root field, from the schema directives)', () => {
  const all = probes();

  it('covers every subgraph and leaves no root field without a policy', () => {
    expect(new Set(all.map((p) => p.service))).toEqual(new Set(SERVICE_NAMES));
    expect(all.length).toBeGreaterThan(50);
  });

  it('has in every SDL directive exactly the reviewed policy (tests/authorization-policies.json), root field by root field', () => {
    const declared = Object.fromEntries(
      SERVICE_NAMES.map((service) => {
        const schema = subgraphSchema(service);
        const roots = new Set(all.filter((p) => p.service === service).map((p) => p.coordinate));
        const table = authorizationTable(schema).filter((e) => roots.has(e.coordinate));
        return [service, Object.fromEntries(table.map((e) => [e.coordinate, asReviewed(e.policy)]))];
      }),
    );
    const { $comment: _comment, ...reviewed } = REVIEWED as Record<string, unknown>;
    expect(declared).toEqual(reviewed);
  });

  it('answers each denied caller with UNAUTHENTICATED or FORBIDDEN, and lets each allowed one reach the resolver', async () => {
    const failures: string[] = [];
    const judge = (as: As, batch: Probe[], r: Awaited<ReturnType<typeof gql>>): void => {
      const who = as === 'anonymous' ? 'anonymous' : as.subject;
      batch.forEach((p, i) => {
        const mine = (r.errors ?? []).filter((e) => e.path?.[0] === `p${i}`).map((e) => e.extensions?.code);
        const auth = mine.filter((c) => c === 'UNAUTHENTICATED' || c === 'FORBIDDEN');
        if (allowed(p.policy, as)) {
          if (auth.length > 0) failures.push(`${who} refused ${p.coordinate}: ${JSON.stringify(mine)}`);
          // An allowed mutation's probe must reach its resolver (an error on its own path) and be refused there:
          // an answer without one never passed authorization, and data would mean the probe wrote something.
          else if (p.operation === 'mutation' && (mine.length === 0 || ((r.data as Record<string, unknown> | undefined)?.[`p${i}`] ?? null) !== null))
            failures.push(`${who}'s allowed probe of ${p.coordinate} was not answered by its resolver: ${JSON.stringify(r).slice(0, 300)}`);
        } else {
          const expected = as === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
          if (auth[0] !== expected || ((r.data as Record<string, unknown> | undefined)?.[`p${i}`] ?? null) !== null)
            failures.push(`${who} not refused ${p.coordinate} (${expected}): ${JSON.stringify(r).slice(0, 300)}`);
        }
      });
    };
    const work: (() => Promise<void>)[] = [];
    for (const as of callers) {
      // Queries: nullable root fields many per request (each answers or fails on its own path); a
      // non-null one alone, since its error nulls the whole answer and hides the others' errors.
      const queries = all.filter((p) => p.operation === 'query');
      const nullable = queries.filter((p) => !isNonNullType(p.field.type));
      const batches = [
        ...Array.from({ length: Math.ceil(nullable.length / 20) }, (_, i) => nullable.slice(i * 20, i * 20 + 20)),
        ...queries.filter((p) => isNonNullType(p.field.type)).map((p) => [p]),
      ];
      for (const batch of batches) {
        work.push(async () => {
          const { document, variables } = render('query', batch);
          judge(as, batch, await gql(document, variables, { as }));
        });
      }
      // Mutations one at a time. A caller who must be refused sends valid dummy input; an allowed one (unscoped:
      // scoped callers' writes are judged in security-scopes) input its resolver refuses, so nothing is written.
      for (const p of all.filter((m) => m.operation === 'mutation')) {
        const permitted = allowed(p.policy, as);
        if (permitted && as !== 'anonymous' && (as.facilities || as.districts)) continue;
        work.push(async () => {
          const { document, variables } = render('mutation', [p], permitted);
          judge(as, [p], await gql(document, variables, { as }));
        });
      }
    }
    await pool(work, 8, (w) => w());
    expect(failures).toEqual([]);
  }, 600_000);
});

describe('abuse limits', () => {
  it('refuses depth and alias bombs with QUERY_TOO_COMPLEX before any subgraph works', async () => {
    const deep = `{ facilities(first: 1) { nodes { operator { __typename } district { name } ${'substituteDispatches(first: 1) { nodes { facility { '.repeat(4)} id ${'} } }'.repeat(4)} } } }`;
    const d = await gql(deep);
    expect(codes(d)).toEqual(['QUERY_TOO_COMPLEX']);
    const aliases = `{ ${Array.from({ length: 600 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const a = await gql(aliases);
    expect(codes(a)).toEqual(['QUERY_TOO_COMPLEX']);
    // The walk stops at the first field past the limit.
    expect(a.errors?.[0]?.extensions).toMatchObject({ fields: 501, maxFields: 500 });
  });

  it('refuses the 24-level fragment bomb (issue 29) anonymously in under 50 ms, and the gateway stays responsive', async () => {
    const fragments = Array.from({ length: 24 }, (_, i) =>
      i === 23 ? `fragment F${i} on Query { __typename }` : `fragment F${i} on Query { ...F${i + 1} a${i}: __typename ...F${i + 1} }`,
    );
    const bomb = `{ ...F0 } ${fragments.join(' ')}`;
    expect(bomb.length).toBeLessThan(1_500);
    await gql('{ __typename }', {}, { as: 'anonymous' }); // a warm connection: the timing is the gateway's work
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const r = await gql(bomb, {}, { as: 'anonymous' });
      times.push(performance.now() - started);
      expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    }
    const median = [...times].sort((x, y) => x - y)[2] as number;
    console.log(`fragment bomb refused in ${times.map((t) => t.toFixed(1)).join(', ')} ms (median ${median.toFixed(1)} ms)`);
    expect(median).toBeLessThan(50);
    expect((await gql('{ __typename }', {}, { as: 'anonymous' })).data).toEqual({ __typename: 'Query' });
  });

  it('weighs list sizes and counts: nested pages of 100 and 250 aliased totalCounts are refused, an ordinary page is not', async () => {
    const nested = await gql(
      '{ facilities(first: 100) { nodes { substituteDispatches(first: 100) { nodes { id status } } } } }',
      {},
      { as: 'anonymous' },
    );
    expect(codes(nested)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(nested.errors?.[0]?.extensions).toMatchObject({ maxCost: 20_000 });
    const counts = await gql(
      `{ ${Array.from({ length: 250 }, (_, i) => `c${i}: facilities(first: 1) { totalCount }`).join(' ')} }`,
      {},
      { as: 'anonymous' },
    );
    expect(codes(counts)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(Number(counts.errors?.[0]?.extensions?.['cost'])).toBeGreaterThan(20_000);
    const page = await gql('{ facilities(first: 20) { totalCount nodes { id name } } }', {}, { as: 'anonymous' });
    expect(page.errors).toBeUndefined();
  });

  it('refuses a query of too many tokens before parsing it (a 900 KB query in milliseconds)', async () => {
    const huge = `{ ${'__typename '.repeat(80_000)}}`;
    const started = performance.now();
    const res = await fetch(testEnv().gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: huge }),
    });
    const ms = performance.now() - started;
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string; maxTokens: number } }[] };
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', maxTokens: 5_000 });
    expect(ms).toBeLessThan(250);
  });

  it('counts refused tokens against the caller’s address: guessing tokens is rate-limited too', async () => {
    // The guesser comes from an address of its own (127.0.0.2, loopback too): its bucket is emptied, not the one
    // of 127.0.0.1 that every other test's requests come from, so nothing has to wait for a refill afterwards.
    const send = () => postFrom('127.0.0.2', { authorization: 'Bearer a.b.c', 'x-forwarded-for': 'ignored' }, '{ __typename }');
    // The test stack's burst is 300 (tests/support/global-setup.ts).
    const responses = await Promise.all(Array.from({ length: 400 }, send));
    const statuses = new Set(responses);
    expect(statuses).toEqual(new Set([401, 429]));
    // Counted against that address only: the same bad token from 127.0.0.1 is still answered, not limited.
    expect(await postFrom('127.0.0.1', { authorization: 'Bearer a.b.c' }, '{ __typename }')).toBe(401);
  }, 30_000);

  it('refuses oversized bodies, batches and simple-request GETs (CSRF) with typed errors', async () => {
    const big = await fetch(testEnv().gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename }`, padding: 'x'.repeat(1_100_000) }),
    });
    expect(big.status).toBe(413);
    expect(((await big.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const batch = await fetch(testEnv().gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(batch.status).toBe(400);
    expect(((await batch.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('BAD_REQUEST');
    const csrf = await fetch(`${testEnv().gatewayUrl}?query=${encodeURIComponent('{ __typename }')}`);
    expect(csrf.status).toBe(400);
    expect(((await csrf.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('BAD_REQUEST');
  });

  it('rate-limits one client with RATE_LIMITED and Retry-After, without touching others', async () => {
    const flood = { subject: 'sec-rate-flood', roles: ['data-analyst'] as Role[] };
    const token = await bearer(flood);
    const send = () =>
      fetch(testEnv().gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
    const responses = await Promise.all(Array.from({ length: 700 }, send));
    const limited = responses.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0]?.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await limited[0]?.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('RATE_LIMITED');
    expect((await gql('{ __typename }')).errors).toBeUndefined(); // another client is unaffected
  });

  it('rejects operator injection in variables as bad input', async () => {
    const r = await gql('query($id: ID!) { facility(id: $id) { id } }', { id: { $ne: null } });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('audit trail', () => {
  it('records each mutation with who, roles, what, outcome and request id on the audit topic, without personal data', async () => {
    const as = { subject: 'sec-audit-hr', roles: ['hr'] as Role[] };
    const requestId = `sec-audit-${Date.now()}`;
    const r = await gql(
      `mutation { recordMeeting(input: { id: "sec-audit-meeting", committeeId: "no-such-committee", heldOn: "2023-02-20", attendees: 3 }) { quorate } }`,
      {},
      { as, headers: { 'x-request-id': requestId } },
    );
    const messages = await readTopic('audit.trail', (ms) => ms.some((m) => m.value?.toString().includes(requestId)));
    const mine = messages
      .map((m) => JSON.parse(m.value?.toString() ?? '{}') as Record<string, unknown>)
      .filter((d) => d['requestId'] === requestId);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      service: 'governance',
      action: 'MUTATION',
      operation: 'Mutation.recordMeeting',
      subject: 'sec-audit-hr',
      roles: ['hr'],
      outcome: 'ERROR',
      errorCodes: codes(r),
    });
  });
});
