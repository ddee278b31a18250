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

describe('EntityCache holds (read models other services update after consuming an event)', () => {
  const at = (offset: number, partition = 0) => ({ topic: 'ns.staffing.substitute-dispatch', partition, offset });

  it('stores nothing naming a held id until every consumer group has passed the event, then settles once more', () => {
    const { c, clock } = cache();
    c.invalidate(['f-1', 'd-1']);
    c.hold(at(41), ['f-1', 'd-1']);
    expect(c.heldIds).toBe(2);
    expect(c.pendingPartitions()).toEqual(new Map([['ns.staffing.substitute-dispatch', [0]]]));
    clock.t += 60_000 - 1; // far past the settle window: a slow consumer is still applying the event
    expect(c.set('a', { x: 'old' }, ['f-1'], clock.t)).toBe(false);
    expect(c.set('b', { x: 1 }, ['f-2'], clock.t)).toBe(true); // other ids are cached as before
    expect(c.release('ns.staffing.substitute-dispatch', 0, 41)).toBe(0); // committed 41: offset 41 not applied yet
    expect(c.release('ns.staffing.substitute-dispatch', 0, -1)).toBe(0); // a group that committed nothing
    const inFlight = clock.t; // a fetch that started before the consumer applied the event
    clock.t += 100;
    expect(c.release('ns.staffing.substitute-dispatch', 0, 42)).toBe(1);
    expect(c.heldIds).toBe(0);
    expect(c.pendingPartitions().size).toBe(0);
    expect(c.set('a', { x: 'old' }, ['f-1'], inFlight)).toBe(false);
    clock.t += 2_001;
    expect(c.set('a', { x: 'new' }, ['f-1'], clock.t)).toBe(true);
  });

  it('releases events in offset order per partition, and an id only when no pending event names it', () => {
    const { c, clock } = cache();
    c.hold(at(10), ['f-1']);
    c.hold(at(11), ['f-1', 'f-2']);
    c.hold(at(3, 1), ['f-3']);
    expect(c.release('ns.staffing.substitute-dispatch', 0, 11)).toBe(1);
    expect(c.heldIds).toBe(3); // f-1 is still named by offset 11
    expect(c.heldEvents).toBe(2);
    clock.t += 10_000;
    expect(c.set('a', 1, ['f-1'], clock.t)).toBe(false);
    expect(c.release('ns.staffing.substitute-dispatch', 0, Infinity)).toBe(1); // no group reads the topic
    expect(c.set('a', 1, ['f-1'], clock.t + 2_001)).toBe(true);
    expect(c.set('b', 1, ['f-3'], clock.t + 2_001)).toBe(false); // partition 1 is its own
  });

  it('bounds a hold by maxAgeMs', () => {
    const { c, clock } = cache();
    c.hold(at(5), ['f-1']);
    clock.t += 59_999;
    expect(c.expireHolds()).toBe(0);
    clock.t += 1;
    expect(c.expireHolds()).toBe(1);
    expect(c.heldIds).toBe(0);
    expect(c.set('a', 1, ['f-1'], clock.t + 2_001)).toBe(true);
  });

  it('holds everything once maxHeldIds ids are held, in one pending entry per partition, until it is passed', () => {
    const { c, clock } = cache({ maxHeldIds: 3 });
    c.hold(at(1), ['f-1', 'f-2']);
    c.hold(at(2), ['f-3', 'f-4']); // would be 4 ids: everything is held instead
    c.hold(at(3), ['f-5']); // extends the hold of everything
    expect(c.heldEvents).toBe(2);
    expect(c.heldIds).toBe(2);
    clock.t += 10_000;
    expect(c.set('a', 1, ['unrelated'], clock.t)).toBe(false);
    expect(c.release('ns.staffing.substitute-dispatch', 0, 3)).toBe(1); // offset 3 not passed yet
    expect(c.set('a', 1, ['unrelated'], clock.t)).toBe(false);
    const inFlight = clock.t;
    expect(c.release('ns.staffing.substitute-dispatch', 0, 4)).toBe(1);
    expect(c.heldEvents).toBe(0);
    expect(c.set('a', 1, ['unrelated'], inFlight)).toBe(false); // settles after a release of everything too
    expect(c.set('a', 1, ['unrelated'], clock.t + 2_001)).toBe(true);
  });

  it('holds everything before the invalidation consumer joined until the consumers pass it', () => {
    const { c, clock } = cache();
    c.holdAll(at(99));
    c.holdAll(at(7, 2));
    clock.t += 10_000;
    expect(c.set('a', 1, ['f-1'], clock.t)).toBe(false);
    c.release('ns.staffing.substitute-dispatch', 0, 100);
    expect(c.set('a', 1, ['f-1'], clock.t + 2_001)).toBe(false); // partition 2 not passed yet
    c.release('ns.staffing.substitute-dispatch', 2, 8);
    expect(c.set('a', 1, ['f-1'], clock.t + 2_001)).toBe(true);
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
