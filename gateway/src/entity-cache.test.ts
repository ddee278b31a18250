import { parse } from 'graphql';
import { EntityCache, idsInOperation, idsOf, scopeOf } from './entity-cache';
import { idsInMessage } from './cache-invalidation';

const facility = { __typename: 'Facility', id: 'f-1' };

function cache(overrides: Partial<ConstructorParameters<typeof EntityCache>[0]> = {}): { c: EntityCache; clock: { t: number } } {
  const clock = { t: 1_000_000 };
  const c = new EntityCache({
    maxEntries: 3,
    maxAgeMs: 60_000,
    settleMs: 2_000,
    types: new Set(['Facility']),
    now: () => clock.t,
    ...overrides,
  });
  c.setLive(true);
  return { c, clock };
}

describe('EntityCache', () => {
  it('serves a stored entity as a copy the caller may change', () => {
    const { c, clock } = cache();
    expect(c.set('k', { headcount: { actual: 3 } }, ['f-1'], clock.t)).toBe(true);
    const first = c.get('k') as { headcount: { actual: number } };
    first.headcount.actual = 99;
    expect(c.get('k')).toEqual({ headcount: { actual: 3 } });
  });

  it('evicts every entry that depends on an id an event names', () => {
    const { c, clock } = cache();
    c.set('a', { x: 1 }, ['f-1', 'd-1'], clock.t);
    c.set('b', { x: 2 }, ['f-2'], clock.t);
    expect(c.invalidate(['d-1', 'unrelated'])).toBe(1);
    expect(c.get('a')).toBeUndefined();
    expect(c.get('b')).toEqual({ x: 2 });
  });

  it('does not store a result fetched before, or shortly after, an event about it', () => {
    const { c, clock } = cache();
    const started = clock.t;
    clock.t += 100;
    c.invalidate(['f-1']); // the event arrived while the fetch was in flight
    clock.t += 100;
    expect(c.set('a', { x: 1 }, ['f-1'], started)).toBe(false);
    clock.t += 1_000; // a new fetch within the settle window: another service may still be applying the event
    expect(c.set('a', { x: 1 }, ['f-1'], clock.t)).toBe(false);
    clock.t += 2_500;
    expect(c.set('a', { x: 1 }, ['f-1'], clock.t)).toBe(true);
  });

  it('is bounded (least recently used goes first) and ages entries out', () => {
    const { c, clock } = cache();
    for (const k of ['a', 'b', 'c']) c.set(k, k, [k], clock.t);
    c.get('a');
    c.set('d', 'd', ['d'], clock.t);
    expect(c.size).toBe(3);
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')).toBe('a');
    clock.t += 60_001;
    expect(c.get('a')).toBeUndefined();
  });

  it('serves and stores nothing unless its invalidation is live, and empties when it stops', () => {
    const { c, clock } = cache();
    c.set('a', 1, ['a'], clock.t);
    c.setLive(false);
    expect(c.get('a')).toBeUndefined();
    expect(c.set('a', 1, ['a'], clock.t)).toBe(false);
    c.setLive(true);
    expect(c.get('a')).toBeUndefined();
  });

  it('keys an anonymous caller apart from a signed-in caller without roles (@auth admits the one, not the other)', () => {
    const anonymous = scopeOf({ subject: null, roles: [], facilityIds: [], districts: [] });
    const signedInNoRole = scopeOf({ subject: 'someone', roles: [], facilityIds: [], districts: [] });
    const otherSignedInNoRole = scopeOf({ subject: 'someone-else', roles: [], facilityIds: [], districts: [] });
    expect(anonymous).not.toBe(signedInNoRole);
    expect(otherSignedInNoRole).toBe(signedInNoRole);
  });

  it('caches only the listed entity types, keyed by operation, variables and authorization scope', () => {
    const { c } = cache();
    expect(c.cacheable(facility)).toBe(true);
    expect(c.cacheable({ __typename: 'CareRecipient', id: 'r' })).toBe(false);
    const admin = scopeOf({ subject: 'a', roles: ['admin'], facilityIds: [], districts: [] });
    const sameScopeOtherSubject = scopeOf({ subject: 'b', roles: ['admin'], facilityIds: [], districts: [] });
    const manager = scopeOf({ subject: 'a', roles: ['care-manager'], facilityIds: ['f-1'], districts: [] });
    expect(admin).toBe(sameScopeOtherSubject);
    expect(c.key('staffing', 'q', {}, admin, facility)).not.toBe(c.key('staffing', 'q', {}, manager, facility));
    expect(c.key('staffing', 'q', {}, admin, facility)).not.toBe(c.key('staffing', 'q', { year: 2019 }, admin, facility));
    expect(c.key('staffing', 'q', {}, admin, facility)).not.toBe(c.key('budgets', 'q', {}, admin, facility));
  });
});

describe('ids', () => {
  it('of an entry: the representation key and every nested id of the result', () => {
    const result = { headcount: { actual: 2 }, substituteDispatches: { nodes: [{ id: 'd-1' }, { id: 'd-2', status: 'DONE' }] } };
    expect(idsOf(facility, result).sort()).toEqual(['d-1', 'd-2', 'f-1']);
  });

  it('of a mutation: string literals, variables and the result', () => {
    const doc = parse('mutation($r: String!) { cancelSubstituteDispatch(id: "d-1", reason: $r) { id facility { id } } }');
    const ids = idsInOperation(doc, { r: 'sick' }, { cancelSubstituteDispatch: { id: 'd-1', facility: { id: 'f-1' } } });
    expect([...ids].sort()).toEqual(['d-1', 'f-1', 'sick']);
  });

  it('of an event: key, subject and every string of the payload', () => {
    const ids = idsInMessage({
      key: Buffer.from('d-9'),
      headers: { ce_subject: Buffer.from('d-9') },
      value: Buffer.from(JSON.stringify({ dispatchId: 'd-9', facilityId: 'f-1', days: 3, nested: [{ worker: 'w-1' }] })),
    });
    expect([...ids].sort()).toEqual(['d-9', 'f-1', 'w-1']);
  });
});
