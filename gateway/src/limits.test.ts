import { getIntrospectionQuery, parse, type OperationDefinitionNode } from 'graphql';
import { checkSize, measure, RateLimiter } from './limits';

const size = (query: string) => {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  return measure(document, operation.selectionSet);
};

describe('operation size', () => {
  it('counts depth through fragments and fields including aliases', () => {
    expect(size('{ a { b { c } } x: a { b { c } } }')).toEqual({ depth: 3, fields: 6 });
    expect(size('query { a { ...F } } fragment F on A { b { c { d } } }')).toEqual({ depth: 4, fields: 4 });
  });

  it('lets the standard introspection query through (type-reference chains do not count as depth)', () => {
    const s = size(getIntrospectionQuery());
    expect(checkSize(s, 12, 500)).toBeNull();
    expect(s.depth).toBeLessThanOrEqual(6);
  });

  it('still refuses an introspection depth bomb', () => {
    const bomb = `{ __schema { types { ${'fields { type { '.repeat(8)} name ${'} } '.repeat(8)} } } }`;
    expect(checkSize(size(bomb), 12, 500)?.extensions['code']).toBe('QUERY_TOO_COMPLEX');
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
});
