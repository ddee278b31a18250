/**
 * How far the services' consumers have got, for the entity cache's holds (entity-cache.ts): while any
 * event is held, every `intervalMs` this asks Kafka for the committed offsets of every service's
 * consumer group (`<namespace>.<service>`, the group of `EventConsumer` in the platform) and releases
 * the events that every group reading their topic has committed past. A consumer commits an offset
 * only after its handler applied the event (and its inbox record was written), so a release means
 * every read model fed by that event has it.
 *
 * Which group reads which topic is read from Kafka, not configured: a group reads a topic when one of
 * its members subscribes to it or is assigned one of its partitions; a group with no members, or one
 * rebalancing, also reads every topic it has a committed offset on (a service that is down or
 * restarting is behind, not gone). A group reading a topic with nothing committed on a partition has
 * applied nothing there. Nothing reads a topic no group reads: its events are released at once.
 *
 * If Kafka cannot be asked, nothing is released (the holds' `maxAgeMs` bounds that).
 */
import { AssignerProtocol, type Admin, type Kafka } from 'kafkajs';
import { metrics, type Logger } from '@pass-graph/platform';
import type { EntityCache } from './entity-cache';

/** What one consumer group has done, as far as the held topics go. */
export interface GroupProgress {
  groupId: string;
  /** Topics its members subscribe to or are assigned. */
  memberTopics: ReadonlySet<string>;
  /** False when it has no members or is rebalancing: then its committed offsets say what it reads. */
  stable: boolean;
  /** topic → partition → committed offset (the next one it will read), for the held topics. */
  committed: ReadonlyMap<string, ReadonlyMap<number, number>>;
}

/** Whether the group reads the topic (see the top of this file). */
export function reads(group: GroupProgress, topic: string): boolean {
  if (group.memberTopics.has(topic)) return true;
  if (group.stable) return false;
  for (const offset of group.committed.get(topic)?.values() ?? []) if (offset >= 0) return true;
  return false;
}

/**
 * The offset every group reading `topic` has committed on `partition` (the lowest of them): the events
 * before it are applied everywhere. Infinity when no group reads the topic; -1 when one has applied nothing there.
 */
export function passedOffset(groups: readonly GroupProgress[], topic: string, partition: number): number {
  let passed = Infinity;
  for (const group of groups) {
    if (!reads(group, topic)) continue;
    passed = Math.min(passed, group.committed.get(topic)?.get(partition) ?? -1);
  }
  return passed;
}

export interface ConsumerProgress {
  stop: () => Promise<void>;
}

const WARN_EVERY_MS = 30_000;

export function startConsumerProgress(opts: {
  kafka: Kafka;
  cache: EntityCache;
  groupIds: readonly string[];
  log: Logger;
  intervalMs: number;
}): ConsumerProgress {
  const { kafka, cache, groupIds, log } = opts;
  let admin: Admin | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;
  let lastWarning = 0;
  let lastExpiryWarning = 0;

  const tick = async (): Promise<void> => {
    const expired = cache.expireHolds();
    if (expired > 0 && Date.now() - lastExpiryWarning > WARN_EVERY_MS) {
      lastExpiryWarning = Date.now();
      log.warn({ expired }, 'entity cache holds expired: a service consumer group did not pass their events within the max age');
    }
    const pending = cache.pendingPartitions();
    if (pending.size === 0) return;
    try {
      if (!admin) {
        const a = kafka.admin();
        await a.connect();
        admin = a;
      }
      const groups = await progressOf(admin, groupIds, [...pending.keys()]);
      for (const [topic, partitions] of pending)
        for (const partition of partitions) cache.release(topic, partition, passedOffset(groups, topic, partition));
    } catch (error) {
      metrics.inc('gateway_entity_cache_progress_errors_total', 'Failed reads of the consumer groups’ committed offsets', {});
      if (Date.now() - lastWarning > WARN_EVERY_MS) {
        lastWarning = Date.now();
        log.warn(
          { err: error instanceof Error ? error.message : String(error) },
          'entity cache cannot read consumer progress; ids stay held',
        );
      }
      const broken = admin;
      admin = null;
      await broken?.disconnect().catch(() => undefined);
    }
  };

  const timer = setInterval(() => {
    if (running || stopped) return; // one read at a time: a slow broker does not pile them up
    running = tick().finally(() => (running = null));
  }, opts.intervalMs);
  timer.unref();

  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
      await (admin as Admin | null)?.disconnect().catch(() => undefined);
      admin = null;
    },
  };
}

/** The groups' members and committed offsets on `topics` (groups that do not exist are left out). */
async function progressOf(admin: Admin, groupIds: readonly string[], topics: string[]): Promise<GroupProgress[]> {
  const { groups } = await admin.describeGroups([...groupIds]);
  const out: GroupProgress[] = [];
  for (const group of groups) {
    if (group.state === 'Dead') continue; // no such group (or its offsets expired): it reads nothing
    const memberTopics = new Set<string>();
    for (const member of group.members) {
      for (const topic of decodeSafely(() => AssignerProtocol.MemberMetadata.decode(member.memberMetadata)?.topics) ?? [])
        memberTopics.add(topic);
      for (const topic of Object.keys(
        decodeSafely(() => AssignerProtocol.MemberAssignment.decode(member.memberAssignment)?.assignment) ?? {},
      ))
        memberTopics.add(topic);
    }
    const committed = new Map<string, Map<number, number>>();
    for (const { topic, partitions } of await admin.fetchOffsets({ groupId: group.groupId, topics }))
      committed.set(topic, new Map(partitions.map((p) => [p.partition, Number(p.offset)])));
    out.push({ groupId: group.groupId, memberTopics, stable: group.state === 'Stable' && group.members.length > 0, committed });
  }
  return out;
}

function decodeSafely<T>(decode: () => T): T | undefined {
  try {
    return decode();
  } catch {
    return undefined;
  }
}
