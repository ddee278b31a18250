/**
 * A process that fails while the platform starts ends the start at once (not after the health timeout), with
 * its last log lines and the log's path in the error, and no process of that start is left running.
 * Here staffing and care-services refuse a malformed PII_KEYS, as a misconfigured deployment would.
 */
import { startPlatform } from '../packages/stack/src/platform';
import { portOpen } from '../packages/stack/src/proc';
import { testEnv } from './support/env';

describe('a process that fails to start', () => {
  it('fails startPlatform within seconds of its exit, with its log lines and path, and stops the rest', async () => {
    const offset = (testEnv().ports['gateway'] ?? 4100) - 4000 + 40;
    const started = Date.now();
    const error = await startPlatform({
      portOffset: offset,
      logPrefix: 'test-failure-',
      env: { PASS_NAMESPACE: `${testEnv().namespace}f`, PII_KEYS: 'not-a-keyring' },
    }).then(
      () => null,
      (e: Error) => e,
    );
    const seconds = (Date.now() - started) / 1000;
    expect(error).not.toBeNull();
    const message = error?.message ?? '';
    expect(message).toMatch(/^(staffing|care-services): exited \(1\) while starting/);
    expect(message).toContain('PII_KEYS');
    expect(message).toMatch(/full log: \.infra\/logs\/test-failure-(staffing|care-services)\.log/);
    // Well inside the 180 s health timeout: the exit ended the wait.
    expect(seconds).toBeLessThan(120);
    for (const port of Object.values({ gateway: 4000, governance: 4001, outreach: 4006 }).map((p) => p + offset))
      expect([port, await portOpen(port)]).toEqual([port, false]);
  });
});
