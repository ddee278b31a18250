/**
 * `npm run events -- outbox list|retry <service>`: the outbox entries a service's relay parked after
 * Kafka refused them pass after pass (packages/platform/src/events/parking.ts), read from and put back
 * into the service's own database.
 */
import { configureLeases, connectDatabase, listParked, loadConfig, retryParked, type ServiceName } from '@pass-graph/platform';

type Db = Awaited<ReturnType<typeof connectDatabase>>;

export interface OutboxTarget {
  uri: string;
  namespace: string;
  service: ServiceName;
  out: (line: string) => void;
}

async function withDatabase<T>(t: OutboxTarget, fn: (db: Db) => Promise<T>): Promise<T> {
  const config = loadConfig();
  configureLeases(config.leases);
  const db = await connectDatabase({ ...config, mongodbUri: t.uri, namespace: t.namespace }, t.service);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

export async function outboxList(t: OutboxTarget): Promise<number> {
  return withDatabase(t, async (db) => {
    const parked = await listParked(db);
    t.out(`${parked.length} parked event(s) in ${t.service}`);
    for (const p of parked)
      t.out(`✗ ${p._id} ${p.entry.type} of ${p.collection}/${p.documentId}, parked ${p.parkedAt.toISOString()}: ${p.reason}`);
    return parked.length;
  });
}

export async function outboxRetry(t: OutboxTarget, documentId?: string): Promise<number> {
  return withDatabase(t, (db) => retryParked(db, documentId));
}
