/**
 * "Nothing more will happen": the state a test waits for before it asserts that something did NOT
 * happen (a duplicate not applied, nothing dead-lettered). A fixed sleep only hopes for it; this proves it:
 * - every relay has published its outbox: no aggregate document of this run is flagged `_pending`
 *   (the same write that adds an outbox entry sets the flag; the relay clears it after publishing);
 * - every service's consumer group has committed, on every partition assigned to it, up to the end of
 *   the partition. A consumer commits a message's offset only after its handler ran and its inbox record
 *   (or its dead letter) was written, so everything published so far has had its effect.
 * Both must hold twice in a row: an event applied at the end may have written a new outbox entry.
 */
import { AssignerProtocol, type Admin } from 'kafkajs';
import mongoose from 'mongoose';
import { SERVICE_NAMES } from '../../packages/platform/src/config';
import { kafka } from './client';
import { testEnv } from './env';

/** Why the platform is not settled yet, or null when it is. */
export async function unsettled(): Promise<string | null> {
  return (await pendingOutbox()) ?? (await consumerLag());
}

/** Waits until the platform has settled (see above); throws, with the reason, after `timeoutMs`. */
export async function settled(timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let quiet = 0;
  let why: string | null = 'not checked';
  while (Date.now() < deadline) {
    why = await unsettled();
    quiet = why ? 0 : quiet + 1;
    if (quiet === 2) return;
    await new Promise((r) => setTimeout(r, 200)); // poll: settled() checks again until its deadline
  }
  throw new Error(`the platform did not settle in ${timeoutMs} ms: ${why}`);
}

async function pendingOutbox(): Promise<string | null> {
  const env = testEnv();
  const client = new mongoose.mongo.MongoClient(env.mongodbUri, { retryWrites: false });
  try {
    await client.connect();
    for (const service of SERVICE_NAMES) {
      const db = client.db(`${env.namespace}_${service.replace(/-/g, '_')}`);
      for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray()) {
        if (name.startsWith('_') || name.startsWith('system.')) continue;
        const doc = await db.collection(name).findOne({ _pending: true }, { projection: { _id: 1 } });
        if (doc) return `${service}.${name} ${String(doc._id)} has unpublished events`;
      }
    }
    return null;
  } finally {
    await client.close();
  }
}

async function consumerLag(): Promise<string | null> {
  const { namespace } = testEnv();
  const admin = kafka().admin();
  await admin.connect();
  try {
    const groupIds = SERVICE_NAMES.map((s) => `${namespace}.${s}`);
    const { groups } = await admin.describeGroups(groupIds);
    for (const group of groups) {
      if (group.state === 'Dead') continue; // no such group: the service consumes no events
      if (group.state !== 'Stable') return `group ${group.groupId} is ${group.state}`;
      const assigned = new Map<string, number[]>();
      for (const member of group.members) {
        const decoded = AssignerProtocol.MemberAssignment.decode(member.memberAssignment);
        for (const [t, partitions] of Object.entries(decoded?.assignment ?? {}))
          assigned.set(t, [...(assigned.get(t) ?? []), ...partitions]);
      }
      const lag = await groupLag(admin, group.groupId, assigned);
      if (lag) return lag;
    }
    return null;
  } finally {
    await admin.disconnect();
  }
}

async function groupLag(admin: Admin, groupId: string, assigned: Map<string, number[]>): Promise<string | null> {
  if (assigned.size === 0) return null;
  const committed = await admin.fetchOffsets({ groupId, topics: [...assigned.keys()] });
  for (const { topic, partitions } of committed) {
    const ends = await admin.fetchTopicOffsets(topic);
    for (const partition of assigned.get(topic) ?? []) {
      const end = ends.find((e) => e.partition === partition);
      if (!end || end.high === end.low) continue; // nothing was ever published to it (or all of it is gone)
      const offset = partitions.find((p) => p.partition === partition)?.offset ?? '-1';
      // -1: the group has committed nothing there yet, though something was published.
      if (offset === '-1' || Number(offset) < Number(end.high))
        return `${groupId} is at ${offset} of ${end.high} on ${topic}[${partition}]`;
    }
  }
  return null;
}
