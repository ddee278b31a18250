/**
 * The entity cache's invalidation supervisor (gateway/src/cache-invalidation.ts) when the broker is
 * not there yet: the cache stays off, the consumer is retried with backoff, and the cache goes live
 * once the broker answers — with no restart of the gateway. The "broker" is the test run's real
 * Kafka behind a TCP relay that the test opens only after the first attempts have failed.
 */
import net from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { loadConfig } from '@pass-graph/platform';
import { EntityCache } from '../gateway/src/entity-cache';
import { startCacheInvalidation, type CacheInvalidation } from '../gateway/src/cache-invalidation';
import { eventually } from './support/client';
import { testEnv } from './support/env';
import { freePort } from './reliability/harness';

/** Relays every connection on `port` to `target` (host:port) until closed. */
async function relay(port: number, target: string): Promise<{ close: () => Promise<void>; open: () => number }> {
  const [host, targetPort] = [target.slice(0, target.lastIndexOf(':')), Number(target.slice(target.lastIndexOf(':') + 1))];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, host);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    /** Sockets still open, on either side. */
    open: () => sockets.size,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('entity cache invalidation supervisor', () => {
  let invalidation: CacheInvalidation | null = null;
  let broker: Awaited<ReturnType<typeof relay>> | null = null;
  afterEach(async () => {
    await invalidation?.stop();
    await broker?.close();
  });

  it('keeps the cache off while the broker is unreachable and turns it on when the broker comes back', async () => {
    const env = testEnv();
    const port = await freePort();
    const config = loadConfig({ ...process.env, KAFKA_BROKERS: `127.0.0.1:${port}`, PASS_NAMESPACE: env.namespace });
    const lines: string[] = [];
    const log = pino(
      { level: 'warn' },
      new Writable({
        write(chunk: Buffer, _enc, done) {
          lines.push(chunk.toString());
          done();
        },
      }),
    );
    const cache = new EntityCache({ maxEntries: 100, maxAgeMs: 60_000, settleMs: 0, types: new Set(['Facility']) });

    invalidation = startCacheInvalidation(config, cache, log);

    // Nothing listens on the port: the first attempt fails and a retry is scheduled; the cache serves nothing.
    await eventually('a failed attempt with a retry scheduled', async () =>
      lines.some((l) => l.includes('entity cache invalidation down')),
    );
    expect(cache.enabled).toBe(false);
    // Until the broker is there, a retry is always scheduled (or running): the probe used after stop() below sees one.
    await eventually('a retry scheduled', async () => invalidation!.retryScheduled());
    expect(cache.set('k', { id: 'f-1' }, ['f-1'], Date.now())).toBe(false);
    expect(cache.get('k')).toBeUndefined();

    // The broker "comes back" on the configured address: a retry joins and the cache goes live.
    broker = await relay(port, env.kafkaBrokers[0]!);
    await eventually('the cache live after the broker came back', async () => cache.enabled, 90_000);
    // Live, it first holds what was published before it joined, until the services' consumers have passed it.
    await eventually('an entity stored', async () => cache.set('k', { id: 'f-1' }, ['f-1'], Date.now()), 30_000);
    expect(cache.get('k')).toEqual({ id: 'f-1' });
    const retries = lines.filter((l) => l.includes('entity cache invalidation down')).length;
    expect(retries).toBeGreaterThanOrEqual(1);

    // Stopping turns it off and empties it, and no retry follows: none is scheduled, and nothing of the
    // supervisor talks to the broker any more (every connection through the relay closed) — facts, not a wait.
    const stopped = invalidation;
    await stopped.stop();
    invalidation = null;
    expect(cache.enabled).toBe(false);
    expect(cache.size).toBe(0);
    expect(stopped.retryScheduled()).toBe(false);
    await eventually('every connection to the broker closed', async () => broker!.open() === 0, 30_000);
    expect(stopped.retryScheduled()).toBe(false);
    expect(lines.filter((l) => l.includes('entity cache invalidation down')).length).toBe(retries);
  });
});
