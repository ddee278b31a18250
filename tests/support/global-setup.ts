/**
 * Starts the real platform for the integration tests: six subgraph processes and the
 * gateway on ports 4100–4106, against the local Kafka + FerretDB (started by `npm test`,
 * or here if missing), in a namespace of their own (database and topic prefix), seeded.
 */
import fs from 'node:fs';
import path from 'node:path';
import { infraUp } from '../../packages/stack/src/infra';
import { runningPid } from '../../packages/stack/src/proc';
import { serveControl, startPlatform, type RunningPlatform } from '../../packages/stack/src/platform';
import { seed } from '../../packages/stack/src/seed';
import { waitForConsumers } from '../../packages/stack/src/lag';
import { envFile, type TestEnv } from './env';
import { startOtlpReceiver, type OtlpReceiver } from './otlp-receiver';

declare global {
  // eslint-disable-next-line no-var
  var __PASS_PLATFORM__: RunningPlatform | undefined;
  // eslint-disable-next-line no-var
  var __PASS_CONTROL__: { url: string; close: () => Promise<void> } | undefined;
  var __PASS_OTLP__: OtlpReceiver | undefined;
}

export default async function globalSetup(): Promise<void> {
  const infra = await infraUp((line) => console.log(line));
  const namespace = `t${Date.now().toString(36)}`;
  const t0 = Date.now();
  // Every process exports its spans here (tests/tracing.test.ts follows one trace through them).
  const spansFile = path.resolve(__dirname, '..', '..', '.infra', 'traces', `${namespace}.jsonl`);
  globalThis.__PASS_OTLP__ = await startOtlpReceiver(spansFile);
  // Each run's logs are its own: the whole-run personal-data scan reads every line of `test-*.log`, and an earlier
  // run's lines (a switch-off run's, say) are not this run's to answer for.
  const logs = path.resolve(__dirname, '..', '..', '.infra', 'logs');
  if (fs.existsSync(logs)) for (const f of fs.readdirSync(logs)) if (/^test-.*\.log$/.test(f)) fs.rmSync(path.join(logs, f), { force: true });
  const platform = await startPlatform({
    // Another checkout's suite may be running on this machine: PASS_TEST_PORT_OFFSET moves this one.
    portOffset: Number(process.env['PASS_TEST_PORT_OFFSET'] ?? 100),
    logPrefix: 'test-',
    // A tight rate limit so the security test can trip it; ordinary test traffic stays below it.
    env: {
      PASS_NAMESPACE: namespace,
      OUTBOX_SWEEP_MS: '500',
      // The inbox retention sweep (tests/inbox-retention.test.ts) (and audit retention) every 3 s instead of hourly.
      RETENTION_SWEEP_MS: '3000',
      // debug: the whole-run personal-data scan (tests/pii-whole-run.test.ts) reads logs at their most talkative.
      LOG_LEVEL: 'debug',
      RATE_LIMIT_PER_MINUTE: '3000',
      RATE_LIMIT_BURST: '300',
      OTEL_EXPORTER_OTLP_ENDPOINT: globalThis.__PASS_OTLP__.endpoint,
      OTEL_BSP_SCHEDULE_DELAY: '200',
    },
  });
  globalThis.__PASS_PLATFORM__ = platform;
  // Jest skips globalTeardown when globalSetup throws: stop the platform here then.
  const reports = await seed(platform.gatewayUrl).catch(async (error: unknown) => {
    await platform.stop();
    await globalThis.__PASS_OTLP__?.close();
    throw error;
  });
  const seeded = reports.reduce((n, r) => n + r.applied, 0);
  // Tests start once every service has consumed what seeding published (a consumer committing
  // offsets means it applied the events): no test races a read model that is still catching up.
  const brokers = (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');
  const lag = await waitForConsumers(brokers, namespace);
  if (lag > 0) console.warn(`consumers still ${lag} events behind after 60 s`);
  console.log(
    `\nplatform started and ${seeded} fixture mutations seeded in ${((Date.now() - t0) / 1000).toFixed(1)}s (namespace ${namespace})`,
  );
  // Fault tests (tests/reliability) kill and restart processes of this platform through it.
  const control = await serveControl(platform);
  globalThis.__PASS_CONTROL__ = control;
  const env: TestEnv = {
    namespace,
    gatewayUrl: platform.gatewayUrl,
    ports: platform.ports,
    kafkaBrokers: (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(','),
    mongodbUri: process.env['MONGODB_URI'] ?? 'mongodb://127.0.0.1:27017',
    infraManaged: process.env['PASS_INFRA_MANAGED'] === '1' || (!infra.kafkaExternal && runningPid('kafka') !== null),
    databaseManaged: process.env['PASS_DATABASE_MANAGED'] === '1' || (!infra.mongoExternal && runningPid('ferretdb') !== null),
    controlUrl: control.url,
    spansFile,
  };
  fs.writeFileSync(envFile, JSON.stringify(env, null, 2));
}
