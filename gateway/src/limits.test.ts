import { buildSchema, getIntrospectionQuery, parse, type OperationDefinitionNode } from 'graphql';
import { checkSize, COUNT_COST, countTokens, LIST_SIZE, MAX_PAGE, measure, RateLimiter, type SizeLimits } from './limits';

const LIMITS: SizeLimits = { maxDepth: 12, maxFields: 500, maxCost: 20_000 };

const schema = buildSchema(`
  type Query { facilities(first: Int = 20): FacilityConnection! facility(id: ID!): Facility reports: [Report!]! }
  type FacilityConnection { nodes: [Facility!]! edges: [FacilityEdge!]! totalCount: Int! }
  type FacilityEdge { node: Facility! }
  type Facility { id: ID! name: String! dispatches(first: Int = 20): DispatchConnection! }
  type DispatchConnection { nodes: [Dispatch!]! totalCount: Int! }
  type Dispatch { id: ID! status: String }
  type Report { id: ID! lines: [Line!]! }
  type Line { count: Int! }
`);

const size = (query: string, opts: Parameters<typeof measure>[2] = {}) => {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  return measure(document, operation.selectionSet, opts);
};

/** The fragment bomb: `levels` fragments, each spreading the next twice (2^levels fields once expanded). */
export function fragmentBomb(levels: number): string {
  const fragments = Array.from({ length: levels }, (_, i) =>
    i === levels - 1 ? `fragment F${i} on Query { __typename }` : `fragment F${i} on Query { ...F${i + 1} a${i}: __typename ...F${i + 1} }`,
  );
  return `{ ...F0 } ${fragments.join(' ')}`;
}

describe('operation size', () => {
  it('counts depth through fragments and fields including aliases', () => {
    expect(size('{ a { b { c } } x: a { b { c } } }')).toEqual({ depth: 3, fields: 6, cost: 6 });
    expect(size('query { a { ...F } } fragment F on A { b { c { d } } }')).toEqual({ depth: 4, fields: 4, cost: 4 });
  });

  it('lets the standard introspection query through (type-reference chains do not count as depth)', () => {
    const s = size(getIntrospectionQuery(), { schema });
    expect(checkSize(s, LIMITS)).toBeNull();
    expect(s.depth).toBeLessThanOrEqual(6);
    expect(s.cost).toBe(0);
  });

  it('still refuses an introspection depth bomb', () => {
    const bomb = `{ __schema { types { ${'fields { type { '.repeat(8)} name ${'} } '.repeat(8)} } } }`;
    expect(checkSize(size(bomb), LIMITS)?.extensions['code']).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('the fragment bomb (issue 29, point 1)', () => {
  it('measures each fragment once: 24 levels (2^24 fields expanded) are measured exactly and refused in well under 50 ms', () => {
    const query = fragmentBomb(24);
    expect(query.length).toBeLessThan(1_500);
    const started = performance.now();
    const s = size(query, { schema });
    const refused = checkSize(s, LIMITS);
    const ms = performance.now() - started;
    // Without a limit to stop at, the count is exact: F23 has 1 field, F(i) = 2·F(i+1) + 1, so F0 = 2^24 − 1.
    expect(s.fields).toBe(2 ** 24 - 1);
    expect(refused?.extensions['code']).toBe('QUERY_TOO_COMPLEX');
    expect(ms).toBeLessThan(50);
  });

  it('stops at the limit: with limits given, the walk returns the first size already over one', () => {
    const s = size(fragmentBomb(24), { schema, limits: LIMITS });
    expect(s.fields).toBeGreaterThan(LIMITS.maxFields);
    expect(s.fields).toBeLessThan(2 ** 24);
  });
});

describe('cost model', () => {
  it('multiplies a connection’s nodes by first (given, a variable, or the default) and weighs its count once', () => {
    expect(size('{ facilities(first: 10) { nodes { id name } } }', { schema }).cost).toBe(1 + 1 + 10 * 2);
    expect(size('query($n: Int) { facilities(first: $n) { nodes { id } } }', { schema, variables: { n: 50 } }).cost).toBe(1 + 1 + 50);
    expect(size('{ facilities { edges { node { id } } } }', { schema }).cost).toBe(1 + 1 + 20 * (1 + 1));
    expect(size('{ facilities(first: 50) { totalCount } }', { schema }).cost).toBe(1 + COUNT_COST);
    expect(size('{ facilities(first: 5000) { nodes { id } } }', { schema }).cost).toBe(1 + 1 + MAX_PAGE);
    expect(size('{ reports { lines { count } } }', { schema }).cost).toBe(1 + LIST_SIZE * (1 + LIST_SIZE * 1));
  });

  it('measures a fragment on a connection at the largest page, wherever it is spread', () => {
    const q = '{ facilities(first: 1) { ...Page } } fragment Page on FacilityConnection { nodes { id } }';
    expect(size(q, { schema }).cost).toBe(1 + 1 + MAX_PAGE);
  });

  it('refuses nested pages of 100 and 250 aliased counts, and admits an ordinary page', () => {
    const nested = size('{ facilities(first: 100) { nodes { dispatches(first: 100) { nodes { id status } } } } }', { schema });
    expect(checkSize(nested, LIMITS)?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', maxCost: LIMITS.maxCost });
    const counts = size(`{ ${Array.from({ length: 250 }, (_, i) => `c${i}: facilities(first: 1) { totalCount }`).join(' ')} }`, {
      schema,
    });
    expect(counts.fields).toBeLessThanOrEqual(LIMITS.maxFields);
    expect(checkSize(counts, LIMITS)?.extensions['cost']).toBeGreaterThan(LIMITS.maxCost);
    const ordinary = size('{ facilities(first: 20) { totalCount nodes { id name dispatches(first: 5) { totalCount nodes { id } } } } }', {
      schema,
    });
    expect(checkSize(ordinary, LIMITS)).toBeNull();
  });
});

describe('token count', () => {
  it('stops counting one past the limit, so a huge query is refused without lexing it whole', () => {
    expect(countTokens('{ a b { c } }', 100)).toBe(7);
    const huge = `{ ${'a '.repeat(500_000)}}`;
    countTokens(huge, 5_000); // warm (JIT)
    const started = performance.now();
    expect(countTokens(huge, 5_000)).toBe(5_001);
    const limited = performance.now() - started;
    const whole = performance.now();
    countTokens(huge, 2_000_000);
    // Stopping at the limit costs a small fraction of lexing the whole text (500,001 tokens).
    expect(limited).toBeLessThan((performance.now() - whole) / 10);
  });
});

describe('rate limiter', () => {
  it('allows a burst, then refills at the per-minute rate', () => {
    let now = 0;
    const limiter = new RateLimiter(60, 2, () => now);
    expect(limiter.take('a')).toBeNull();
    expect(limiter.take('a')).toBeNull();
    expect(limiter.take('a')).not.toBeNull();
    expect(limiter.take('b')).toBeNull();
    now += 1_000;
    expect(limiter.take('a')).toBeNull();
  });

  it('a flood of new keys evicts the least recently seen buckets, never an active client’s', () => {
    const limiter = new RateLimiter(1, 1, () => 0, 3);
    expect(limiter.take('greedy')).toBeNull();
    expect(limiter.take('greedy')).not.toBeNull();
    limiter.take('x');
    expect(limiter.take('greedy')).not.toBeNull(); // still limited, and now the most recent key
    limiter.take('y');
    limiter.take('z'); // a fourth key: the least recent one (x) goes
    expect(limiter.take('greedy')).not.toBeNull();
  });
});
