/** Consumer lag of the platform's groups: how many events are published but not yet applied. */
import { Kafka, logLevel } from 'kafkajs';
import { SERVICE_NAMES } from '@pass-graph/platform';

export async function consumerLag(brokers: string[], namespace: string): Promise<number> {
  const admin = new Kafka({ clientId: 'pass-stack-lag', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(`${namespace}.`) && !t.startsWith(`${namespace}.dlq.`));
    let lag = 0;
    for (const service of SERVICE_NAMES) {
      const groupId = `${namespace}.${service}`;
      const committed = await admin.fetchOffsets({ groupId, topics }).catch(() => []);
      for (const t of committed) {
        const ends = await admin.fetchTopicOffsets(t.topic);
        for (const p of t.partitions) {
          if (p.offset === '-1') continue; // the group does not read this topic
          const end = ends.find((e) => e.partition === p.partition);
          if (end) lag += Math.max(0, Number(end.offset) - Number(p.offset));
        }
      }
    }
    return lag;
  } finally {
    await admin.disconnect();
  }
}

/** Waits until every group has applied everything published so far (or the time is up). */
export async function waitForConsumers(brokers: string[], namespace: string, timeoutMs = 60_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let lag = Infinity;
  while (Date.now() < deadline) {
    lag = await consumerLag(brokers, namespace);
    if (lag === 0) return 0;
    await new Promise((r) => setTimeout(r, 500));
  }
  return lag;
}
