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
 * - a read model another service updates *after* consuming the event (budgets' spend after a
 *   dispatch completed) changes a little later than the event reaches the gateway: for
 *   `settleMs` after an event names an id, results of fetches that started before the event or
 *   within that window are not stored (a fetch still in flight when the event arrives is covered too);
 * - the cache is only used while the invalidation consumer is live (joined, not crashed); before
 *   that and after a crash nothing is served from it and it is emptied;
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
  now?: () => number;
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
  /** id → when an event last named it. */
  private readonly touched = new Map<string, number>();
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

  /** Stores a result unless an event named one of its ids since `fetchStartedAt − settleMs`. */
  set(key: string, value: unknown, ids: string[], fetchStartedAt: number): boolean {
    if (!this.enabled) return false;
    const since = fetchStartedAt - this.opts.settleMs;
    for (const id of ids) if ((this.touched.get(id) ?? -Infinity) >= since) return false;
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

  clear(): void {
    this.entries.clear();
    this.byId.clear();
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
