/**
 * Entity cache of the gateway: the result of one entity (one representation of an `_entities`
 * fetch) from one subgraph, for one operation shape and one authorization scope.
 *
 * Why it cannot be stale beyond event lag:
 * - every change of a subgraph's data is a mutation, and every mutation publishes events (its
 *   domain events and the audit record, `pass.audit.trail`) naming the ids it touched: the event's
 *   key/subject and every string in its payload. The gateway consumes every topic
 *   (`cache-invalidation.ts`) and evicts each entry whose representation key, or any `id` inside
 *   the cached result, an event names;
 * - a read model another service updates *after* consuming the event (care-services'
 *   `Facility.substituteCoverage` from staffing's dispatch events, budgets' spend after a dispatch
 *   completed) changes later than the event reaches the gateway, by as long as that service's
 *   consumer is behind. So an id an event names is **held**: results naming it are not stored until
 *   every service consumer group that reads the event's topic has committed past the event's offset
 *   (a consumer commits an offset only after its handler applied the event; `consumer-progress.ts`
 *   polls the committed offsets while anything is held and calls `release`). Which service reads
 *   which topic is read from the groups themselves, not from domain rules here;
 * - for `settleMs` after an event names an id, and again after its hold is released, results of
 *   fetches that started before that moment or within the window are not stored: a fetch still in
 *   flight when the event arrives or the consumers pass it may have read the old data, and a read
 *   model fed by a *second* event (published by the consumer of the first) is covered once that
 *   event arrives, with the window bridging the relay's publish delay;
 * - a hold lasts at most `maxAgeMs` (then it is released and counted as `expired`: a consumer stopped
 *   for longer, whose read model the entry may then show stale for up to `maxAgeMs` more); at most
 *   `maxHeldIds` ids are held at once: beyond that an event holds *everything* (nothing is stored)
 *   until the consumers pass it, so memory stays bounded and nothing stale is stored;
 * - the cache is only used while the invalidation consumer is live (joined, not crashed); before
 *   that and after a crash nothing is served from it and it is emptied. Events published before it
 *   joined are not seen one by one: on going live it holds everything up to the end of every topic as
 *   of then (`holdAll`), until the consumers have passed it;
 * - `maxAgeMs` bounds every entry regardless, as a backstop for a change no event names.
 *
 * Only entity types listed in `types` are cached (public, no personal data: a personal-data read
 * must reach care-services to be audited), only for queries (never during a mutation's plan), and
 * only entities that came back without an error. The key includes whether the caller is signed in,
 * its roles and its facility/district scopes, because subgraphs mask and refuse by them.
 */
import { createHash } from 'node:crypto';
import { visit, type DocumentNode } from 'graphql';
import { metrics, type Identity } from '@pass-graph/platform';

export interface EntityCacheOptions {
  maxEntries: number;
  maxAgeMs: number;
  settleMs: number;
  types: ReadonlySet<string>;
  /** Most ids held at once (default 100,000); beyond it an event holds everything until it is passed. */
  maxHeldIds?: number;
  now?: () => number;
}

/** Where an event sits on Kafka. */
export interface EventPosition {
  topic: string;
  partition: number;
  offset: number;
}

/** An event whose ids stay held until every consumer group of its topic has committed past `offset`. */
interface Pending {
  offset: number;
  /** null: everything is held (memory bound reached, or the events before the invalidation consumer joined). */
  ids: string[] | null;
  at: number;
}

interface Entry {
  /** JSON: the gateway merges later fetches into the objects it is given, so every hit gets its own copy. */
  json: string;
  ids: string[];
  storedAt: number;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * The authorization scope of a caller: everything subgraphs decide by — whether the caller is signed
 * in at all (`@auth` without roles admits any signed-in caller, never an anonymous one), roles,
 * facilities and districts. The subject itself is left out (nothing is decided by it), so callers
 * with the same scope share entries.
 */
export function scopeOf(identity: Identity): string {
  const sorted = (xs: readonly string[]): string[] => [...xs].sort();
  return JSON.stringify([identity.subject !== null, sorted(identity.roles), sorted(identity.facilityIds), sorted(identity.districts)]);
}

/** Every string value under `value` (depth-limited), for an event's payload. */
export function stringsIn(value: unknown, out: Set<string> = new Set(), depth = 0): Set<string> {
  if (depth > 8) return out;
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out, depth + 1);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsIn(v, out, depth + 1);
  return out;
}

/** The ids an entry depends on: the representation's key values and every `id` inside the result. */
export function idsOf(representation: Record<string, unknown>, result: unknown): string[] {
  const ids = new Set<string>();
  for (const [k, v] of Object.entries(representation)) if (k !== '__typename') stringsIn(v, ids);
  const walk = (value: unknown, depth: number): void => {
    if (depth > 12 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const v of value) walk(v, depth + 1);
      return;
    }
    for (const [k, v] of Object.entries(value)) {
      if (k === 'id' && typeof v === 'string') ids.add(v);
      else walk(v, depth + 1);
    }
  };
  walk(result, 0);
  return [...ids];
}

/** Every string a mutation names: literals in the document, variables, and its result. */
export function idsInOperation(document: DocumentNode | undefined, variables: unknown, data: unknown): Set<string> {
  const ids = stringsIn(variables);
  stringsIn(data, ids);
  if (document)
    visit(document, {
      StringValue(node) {
        ids.add(node.value);
      },
    });
  return ids;
}

export class EntityCache {
  private readonly entries = new Map<string, Entry>();
  private readonly byId = new Map<string, Set<string>>();
  /** id → when an event last named it, or its hold was released. */
  private readonly touched = new Map<string, number>();
  /** When a hold of everything was last released. */
  private touchedAll = -Infinity;
  /** topic → partition → events not yet passed by every consumer group of the topic, in arrival order. */
  private readonly pending = new Map<string, Map<number, Pending[]>>();
  /** id → how many pending events name it. */
  private readonly held = new Map<string, number>();
  private heldRefs = 0;
  private pendingEvents = 0;
  /** Pending events that hold everything. */
  private heldAll = 0;
  private live = false;
  private readonly now: () => number;

  constructor(private readonly opts: EntityCacheOptions) {
    this.now = opts.now ?? Date.now;
  }

  /** Set by the invalidation consumer: true once it receives every new event, false when it stops. */
  setLive(live: boolean): void {
    if (!live) this.clear();
    this.live = live;
  }

  get enabled(): boolean {
    return this.live && this.opts.maxEntries > 0;
  }

  get size(): number {
    return this.entries.size;
  }

  cacheable(representation: unknown): representation is Record<string, unknown> & { __typename: string } {
    const typename = (representation as { __typename?: unknown } | null)?.__typename;
    return typeof typename === 'string' && this.opts.types.has(typename);
  }

  key(service: string, query: string, variables: Record<string, unknown>, scope: string, representation: unknown): string {
    return createHash('sha1')
      .update(JSON.stringify([service, query, variables, scope, representation]))
      .digest('base64url');
  }

  get(key: string): Json | undefined {
    if (!this.enabled) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.now() - entry.storedAt > this.opts.maxAgeMs) {
      this.delete(key, 'age');
      return undefined;
    }
    // Least recently used goes first: re-insert at the end.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return JSON.parse(entry.json) as Json;
  }

  /**
   * Stores a result unless one of its ids is held (an event named it that a consumer group has not
   * passed yet), or an event named it or its hold was released since `fetchStartedAt − settleMs`.
   */
  set(key: string, value: unknown, ids: string[], fetchStartedAt: number): boolean {
    if (!this.enabled) return false;
    if (this.heldAll > 0 || ids.some((id) => this.held.has(id))) return this.notStored('held');
    const since = fetchStartedAt - this.opts.settleMs;
    if (this.touchedAll >= since || ids.some((id) => (this.touched.get(id) ?? -Infinity) >= since)) return this.notStored('settling');
    if (this.entries.has(key)) this.delete(key, null);
    this.entries.set(key, { json: JSON.stringify(value), ids, storedAt: this.now() });
    for (const id of ids) {
      let keys = this.byId.get(id);
      if (!keys) this.byId.set(id, (keys = new Set()));
      keys.add(key);
    }
    while (this.entries.size > this.opts.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.delete(oldest, 'capacity');
    }
    return true;
  }

  /** An event named these ids: evict what depends on them, and hold them back for `settleMs`. */
  invalidate(ids: Iterable<string>): number {
    const at = this.now();
    let evicted = 0;
    for (const id of ids) {
      this.touched.set(id, at);
      const keys = this.byId.get(id);
      if (!keys) continue;
      for (const key of [...keys]) {
        this.delete(key, 'event');
        evicted++;
      }
    }
    this.forgetOldTouches(at);
    return evicted;
  }

  /**
   * The event at `position` named these ids (`invalidate` has evicted them): hold them until every
   * consumer group of its topic has passed it (`release`), or `maxAgeMs`.
   */
  hold(position: EventPosition, ids: Iterable<string>): void {
    const list = [...new Set(ids)];
    if (list.length === 0) return;
    const events = this.partitionEvents(position);
    const last = events[events.length - 1];
    if (last?.ids === null || this.heldRefs + list.length > (this.opts.maxHeldIds ?? 100_000)) {
      this.holdEverything(events, position.offset);
      return;
    }
    events.push({ offset: position.offset, ids: list, at: this.now() });
    this.pendingEvents++;
    for (const id of list) this.held.set(id, (this.held.get(id) ?? 0) + 1);
    this.heldRefs += list.length;
    this.reportHolds();
  }

  /** Holds everything up to `position` (events the invalidation consumer did not see one by one). */
  holdAll(position: EventPosition): void {
    this.holdEverything(this.partitionEvents(position), position.offset);
  }

  /** The partitions with held events, by topic: what `consumer-progress.ts` asks the groups about. */
  pendingPartitions(): Map<string, number[]> {
    const out = new Map<string, number[]>();
    for (const [topic, partitions] of this.pending) out.set(topic, [...partitions.keys()]);
    return out;
  }

  get heldIds(): number {
    return this.held.size;
  }

  get heldEvents(): number {
    return this.pendingEvents;
  }

  /**
   * Every consumer group of `topic` has committed `passed` or beyond on `partition` (Infinity: no group
   * reads it): the events before that offset are applied. Their ids are released, evicted once more
   * and settle again, so a fetch that started before the release (it may have read the read model
   * before it changed) is not stored. Returns how many events were released.
   */
  release(topic: string, partition: number, passed: number): number {
    return this.releaseWhile(topic, partition, (e) => e.offset < passed, 'consumed');
  }

  /** Releases holds older than `maxAgeMs` (a consumer stopped or far behind); returns how many. */
  expireHolds(): number {
    const before = this.now() - this.opts.maxAgeMs;
    let released = 0;
    for (const [topic, partitions] of [...this.pending])
      for (const partition of [...partitions.keys()]) released += this.releaseWhile(topic, partition, (e) => e.at <= before, 'expired');
    return released;
  }

  clear(): void {
    this.entries.clear();
    this.byId.clear();
  }

  private partitionEvents({ topic, partition }: EventPosition): Pending[] {
    let partitions = this.pending.get(topic);
    if (!partitions) this.pending.set(topic, (partitions = new Map()));
    let events = partitions.get(partition);
    if (!events) partitions.set(partition, (events = []));
    return events;
  }

  /** One pending "everything" per partition at most: a later one extends it to its offset. */
  private holdEverything(events: Pending[], offset: number): void {
    const last = events[events.length - 1];
    if (last?.ids === null) {
      last.offset = Math.max(last.offset, offset);
      last.at = this.now();
    } else {
      events.push({ offset, ids: null, at: this.now() });
      this.pendingEvents++;
      this.heldAll++;
    }
    this.reportHolds();
  }

  private releaseWhile(topic: string, partition: number, releasable: (e: Pending) => boolean, reason: 'consumed' | 'expired'): number {
    const partitions = this.pending.get(topic);
    const events = partitions?.get(partition);
    if (!partitions || !events) return 0;
    let n = 0;
    while (n < events.length && releasable(events[n] as Pending)) n++;
    if (n === 0) return 0;
    const released = events.splice(0, n);
    if (events.length === 0) partitions.delete(partition);
    if (partitions.size === 0) this.pending.delete(topic);
    const ids = new Set<string>();
    for (const e of released) {
      this.pendingEvents--;
      if (e.ids === null) {
        this.heldAll--;
        this.touchedAll = this.now();
        continue;
      }
      for (const id of e.ids) {
        ids.add(id);
        const count = (this.held.get(id) ?? 1) - 1;
        if (count > 0) this.held.set(id, count);
        else this.held.delete(id);
      }
      this.heldRefs -= e.ids.length;
    }
    this.invalidate(ids);
    metrics.inc('gateway_entity_cache_releases_total', 'Held events released by the entity cache', { reason }, released.length);
    this.reportHolds();
    return released.length;
  }

  private reportHolds(): void {
    metrics.set(
      'gateway_entity_cache_held_ids',
      'Ids the entity cache does not store results for until consumers pass their events',
      {},
      this.held.size,
    );
    metrics.set('gateway_entity_cache_held_events', 'Events whose consumers the entity cache waits for', {}, this.pendingEvents);
    metrics.set(
      'gateway_entity_cache_holding_all',
      'Whether the entity cache stores nothing until consumers pass an event',
      {},
      this.heldAll > 0 ? 1 : 0,
    );
  }

  private notStored(reason: 'held' | 'settling'): false {
    metrics.inc('gateway_entity_cache_not_stored_total', 'Fetched entities the cache did not store', { reason });
    return false;
  }

  private forgetOldTouches(at: number): void {
    if (this.touched.size < 10_000) return;
    for (const [id, t] of this.touched) if (at - t > this.opts.settleMs) this.touched.delete(id);
  }

  private delete(key: string, reason: 'event' | 'capacity' | 'age' | null): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    for (const id of entry.ids) {
      const keys = this.byId.get(id);
      keys?.delete(key);
      if (keys?.size === 0) this.byId.delete(id);
    }
    if (reason) metrics.inc('gateway_entity_cache_evictions_total', 'Entity cache entries evicted', { reason });
  }
}
