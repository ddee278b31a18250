/**
 * Feeds the entity cache its evictions: a consumer of every topic in the event catalog (the audit
 * trail included, which names the targets of every mutation), in a group of its own per gateway
 * process (each gateway must see every event; no offsets are committed), reading from the end.
 * Each message's key, `ce_subject` and every string of its JSON payload are ids to evict, and to hold
 * until the services' consumer groups have passed the message (`consumer-progress.ts` releases them).
 *
 * The cache is live only between the consumer's first fetch after joining its group (from then on it
 * sees every new event) and the consumer rejoining, stopping or crashing. Going live, it holds
 * everything published before that fetch (`holdAll` up to each partition's end): events it never saw
 * may still be on their way into another service's read model.
 */
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Consumer, Kafka, KafkaMessage } from 'kafkajs';
import {
  createKafka,
  EventCatalog,
  metrics,
  replicationFactor,
  SERVICE_NAMES,
  topicConfigEntries,
  topicName,
  type Logger,
  type PlatformConfig,
} from '@pass-graph/platform';
import { stringsIn, type EntityCache } from './entity-cache';
import { startConsumerProgress } from './consumer-progress';

/** How often the committed offsets of the services' groups are read while something is held. */
const PROGRESS_POLL_MS = 250;

/** The consumer group of each service (`EventConsumer.groupId` in the platform). */
export const serviceGroupIds = (namespace: string): string[] => SERVICE_NAMES.map((service) => `${namespace}.${service}`);

/** The ids a message names: key, subject header and every string in the payload. */
export function idsInMessage(message: Pick<KafkaMessage, 'key' | 'value' | 'headers'>): Set<string> {
  const ids = new Set<string>();
  if (message.key) ids.add(message.key.toString());
  const subject = message.headers?.['ce_subject'];
  if (subject) ids.add(subject.toString());
  if (message.value) {
    try {
      stringsIn(JSON.parse(message.value.toString()) as unknown, ids);
    } catch {
      // Not JSON: key and subject are all it names (the consumers dead-letter it anyway).
    }
  }
  return ids;
}

export interface CacheInvalidation {
  stop: () => Promise<void>;
  /** Whether a retry is scheduled (after a failed attempt or a crash); never once stopped. */
  retryScheduled: () => boolean;
}

/**
 * Runs the invalidation consumer and keeps it running: kafkajs restarts a consumer after a retriable
 * crash by itself, but one that crashed for good (or never started: a broker still coming back) would
 * leave the cache off for the rest of the process. The supervisor builds a new consumer after such a
 * crash, backing off from 1 s to 30 s. `gateway_entity_cache_live` says whether the cache serves.
 */
export function startCacheInvalidation(config: PlatformConfig, cache: EntityCache, log: Logger): CacheInvalidation {
  let stopped = false;
  let current: Consumer | null = null;
  let retryTimer: NodeJS.Timeout | null = null;
  let backoffMs = 1_000;
  const setLive = (live: boolean): void => {
    cache.setLive(live);
    metrics.set(
      'gateway_entity_cache_live',
      'Whether the gateway entity cache serves (its invalidation consumer is reading)',
      {},
      live ? 1 : 0,
    );
  };
  setLive(false);
  const progress = startConsumerProgress({
    kafka: createKafka(config, 'gateway-cache-progress', log),
    cache,
    groupIds: serviceGroupIds(config.namespace),
    log,
    intervalMs: PROGRESS_POLL_MS,
  });

  const retry = (why: string): void => {
    if (stopped || retryTimer) return;
    log.warn({ err: why, retryInMs: backoffMs }, 'entity cache invalidation down; cache off until it is back');
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void attempt();
    }, backoffMs);
    retryTimer.unref();
    backoffMs = Math.min(backoffMs * 2, 30_000);
  };

  const attempt = async (): Promise<void> => {
    if (stopped) return;
    const consumer = await startConsumer(config, cache, log, setLive, {
      onLive: () => (backoffMs = 1_000),
      onGaveUp: (error) => {
        current = null;
        retry(error);
      },
    }).catch((error: unknown) => {
      retry(error instanceof Error ? error.message : String(error));
      return null;
    });
    if (!consumer) return;
    if (stopped) await consumer.disconnect().catch(() => undefined);
    else current = consumer;
  };
  void attempt();

  return {
    stop: async () => {
      stopped = true;
      if (retryTimer) clearTimeout(retryTimer);
      setLive(false);
      await current?.disconnect().catch(() => undefined);
      await progress.stop();
    },
    retryScheduled: () => retryTimer !== null,
  };
}

async function startConsumer(
  config: PlatformConfig,
  cache: EntityCache,
  log: Logger,
  setLive: (live: boolean) => void,
  on: { onLive: () => void; onGaveUp: (error: string) => void },
): Promise<Consumer> {
  const kafka = createKafka(config, 'gateway-cache', log);
  const evicting = !config.switchedOff.has('cache-eviction');
  const catalog = EventCatalog.load(path.join(config.schemasDir, 'events'));
  const topics = [...new Set(catalog.all().map((d) => topicName(config.namespace, d.topic)))];
  const admin = kafka.admin();
  await admin.connect();
  try {
    // Subscribing to a topic that does not exist yet would never assign it: create what is missing.
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((t) => !existing.has(t));
    if (missing.length > 0) {
      const rf = await replicationFactor(admin, config);
      await admin
        .createTopics({
          waitForLeaders: true,
          topics: missing.map((topic) => ({
            topic,
            numPartitions: config.kafkaPartitions,
            replicationFactor: rf,
            configEntries: topicConfigEntries(config),
          })),
        })
        .catch(() => undefined); // a service created it meanwhile
    }
  } finally {
    await admin.disconnect();
  }
  const consumer: Consumer = kafka.consumer({
    groupId: `${config.namespace}.gateway-cache.${os.hostname()}.${process.pid}.${randomUUID().slice(0, 8)}`,
    sessionTimeout: 15_000,
    heartbeatInterval: 1_000,
    allowAutoTopicCreation: false,
    maxWaitTimeInMs: 100,
  });
  // Live from the first fetch after (re)joining: only then is the position "the end of every topic" resolved,
  // so every event from then on is seen. A rejoin (no committed offsets) may skip events: empty the cache.
  // What was published before that fetch is held as a whole first (`holdUnseen`), then the cache goes live.
  let generation = 0;
  let goingLive = false;
  consumer.on(consumer.events.GROUP_JOIN, () => {
    generation++;
    setLive(false);
  });
  consumer.on(consumer.events.FETCH, () => {
    if (cache.enabled || goingLive) return;
    goingLive = true;
    const joined = generation;
    void holdUnseen(kafka, topics, cache)
      .then(() => {
        if (joined !== generation) return; // rejoined, crashed or stopped meanwhile: the next fetch after a join starts over
        setLive(true);
        on.onLive();
      })
      .catch((error: unknown) =>
        log.warn({ err: error instanceof Error ? error.message : String(error) }, 'entity cache: cannot read topic ends; not live yet'),
      )
      .finally(() => (goingLive = false));
  });
  consumer.on(consumer.events.CRASH, ({ payload }) => {
    generation++;
    setLive(false);
    log.warn({ err: payload.error.message, restart: payload.restart }, 'entity cache invalidation crashed; cache off');
    if (!payload.restart) {
      void consumer.disconnect().catch(() => undefined);
      on.onGaveUp(payload.error.message);
    }
  });
  consumer.on(consumer.events.STOP, () => {
    generation++;
    setLive(false);
  });
  try {
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: false });
    await consumer.run({
      autoCommit: false,
      partitionsConsumedConcurrently: 8,
      eachBatch: async ({ batch }) => {
        let evicted = 0;
        for (const message of batch.messages) {
          const ids = idsInMessage(message);
          // PASS_SWITCH_OFF=cache-eviction: events evict and hold nothing (only the backstop age and the gateway's own mutations evict).
          if (!evicting) continue;
          evicted += cache.invalidate(ids);
          cache.hold({ topic: batch.topic, partition: batch.partition, offset: Number(message.offset) }, ids);
        }
        metrics.inc('gateway_entity_cache_events_total', 'Events read by the entity cache invalidation', {}, batch.messages.length);
        if (evicted > 0) log.debug({ topic: batch.topic, evicted }, 'entity cache entries evicted by events');
      },
    });
  } catch (error) {
    await consumer.disconnect().catch(() => undefined);
    throw error;
  }
  return consumer;
}

/**
 * Holds everything up to the current end of every partition: the events published before the consumer's
 * position was resolved were not seen one by one, and a service may still be applying them.
 */
async function holdUnseen(kafka: Kafka, topics: string[], cache: EntityCache): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const ends = await Promise.all(topics.map(async (topic) => ({ topic, partitions: await admin.fetchTopicOffsets(topic) })));
    for (const { topic, partitions } of ends)
      for (const { partition, high, low } of partitions)
        if (Number(high) > Number(low)) cache.holdAll({ topic, partition, offset: Number(high) - 1 });
  } finally {
    await admin.disconnect();
  }
}
