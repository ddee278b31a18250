import { AssignerProtocol } from 'kafkajs';
import pino from 'pino';
import { EntityCache } from './entity-cache';
import { passedOffset, reads, startConsumerProgress, type GroupProgress } from './consumer-progress';

const T = 'ns.staffing.substitute-dispatch';

function group(over: Partial<Omit<GroupProgress, 'committed'>> & { committed?: Record<string, Record<number, number>> }): GroupProgress {
  const committed = new Map(
    Object.entries(over.committed ?? {}).map(([t, ps]) => [t, new Map(Object.entries(ps).map(([p, o]) => [Number(p), o]))]),
  );
  return { groupId: over.groupId ?? 'g', memberTopics: over.memberTopics ?? new Set(), stable: over.stable ?? true, committed };
}

describe('consumer progress', () => {
  it('a group reads a topic its members subscribe to or are assigned; without members, one it has committed on', () => {
    expect(reads(group({ memberTopics: new Set([T]) }), T)).toBe(true);
    expect(reads(group({ memberTopics: new Set(['other']), committed: { [T]: { 0: 5 } } }), T)).toBe(false); // stale commit, stable group
    expect(reads(group({ stable: false, committed: { [T]: { 0: -1, 1: 5 } } }), T)).toBe(true); // down or rebalancing
    expect(reads(group({ stable: false, committed: { [T]: { 0: -1 } } }), T)).toBe(false);
  });

  it('passed is the lowest committed offset of the groups reading the topic', () => {
    const budgets = group({ groupId: 'budgets', memberTopics: new Set([T]), committed: { [T]: { 0: 50, 1: 9 } } });
    const care = group({ groupId: 'care', memberTopics: new Set([T]), committed: { [T]: { 0: 42 } } });
    const outreach = group({ groupId: 'outreach', memberTopics: new Set(['ns.outreach.referral']), committed: { [T]: { 0: 1 } } });
    expect(passedOffset([budgets, care, outreach], T, 0)).toBe(42);
    expect(passedOffset([budgets, care, outreach], T, 1)).toBe(-1); // care has applied nothing on partition 1
    expect(passedOffset([outreach], T, 0)).toBe(Infinity); // nobody reads the topic
    expect(passedOffset([], T, 0)).toBe(Infinity);
  });
});

describe('startConsumerProgress', () => {
  it('releases what every reading group has committed past, read from the groups’ members and offsets', async () => {
    const member = (topics: string[], assignment: Record<string, number[]>) => ({
      memberId: 'm',
      clientId: 'c',
      clientHost: 'h',
      memberMetadata: AssignerProtocol.MemberMetadata.encode({ version: 1, topics, userData: Buffer.alloc(0) }),
      memberAssignment: AssignerProtocol.MemberAssignment.encode({ version: 1, assignment, userData: Buffer.alloc(0) }),
    });
    const committed: Record<string, number> = { 'ns.care-services': 7, 'ns.budgets': 20, 'ns.outreach': 1 };
    const admin = {
      connect: async () => undefined,
      disconnect: async () => undefined,
      describeGroups: async (ids: string[]) => ({
        groups: ids.map((groupId) =>
          groupId === 'ns.governance'
            ? { groupId, state: 'Dead', members: [] }
            : groupId === 'ns.budgets'
              ? { groupId, state: 'Empty', members: [] } // down: its committed offsets say what it reads
              : groupId === 'ns.outreach'
                ? { groupId, state: 'Stable', members: [member(['ns.outreach.referral'], { 'ns.outreach.referral': [0] })] }
                : { groupId, state: 'Stable', members: [member([T], { [T]: [0] })] },
        ),
      }),
      fetchOffsets: async ({ groupId }: { groupId: string }) => [
        { topic: T, partitions: [{ partition: 0, offset: String(committed[groupId] ?? -1), metadata: null }] },
      ],
    };
    const cache = new EntityCache({ maxEntries: 10, maxAgeMs: 60_000, settleMs: 0, types: new Set(['Facility']) });
    cache.setLive(true);
    for (const offset of [5, 6, 7, 8]) cache.hold({ topic: T, partition: 0, offset }, [`f-${offset}`]);
    const progress = startConsumerProgress({
      kafka: { admin: () => admin } as never,
      cache,
      groupIds: ['ns.governance', 'ns.budgets', 'ns.care-services', 'ns.outreach'],
      log: pino({ level: 'silent' }),
      intervalMs: 10,
    });
    try {
      const deadline = Date.now() + 5_000;
      while (cache.heldEvents > 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      // care-services (7) is the slowest reader; outreach does not read the topic, governance does not exist.
      expect(cache.heldEvents).toBe(2);
      expect(cache.set('a', 1, ['f-6'], Date.now() + 1)).toBe(true);
      expect(cache.set('b', 1, ['f-7'], Date.now() + 1)).toBe(false);
      committed['ns.care-services'] = 9;
      while (cache.heldEvents > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      expect(cache.heldEvents).toBe(0);
    } finally {
      await progress.stop();
    }
  });
});
