/**
 * Process control of the broker and the database, for the few tests whose scenario is stopping one of them
 * (tests/events.test.ts "keeps accepting mutations while Kafka is down", the faults (a) Kafka SIGKILL and
 * (c) FerretDB SIGKILL of tests/reliability). Everything else in the suite needs only addresses
 * (`KAFKA_BROKERS`, `MONGODB_URI`), so it runs against any broker and database.
 *
 * - The local stack (this checkout started the part: `npm test` without `KAFKA_BROKERS` / `MONGODB_URI`):
 *   the part's own process, through packages/stack (`stopKafka`, `startFerretDb`, …).
 * - An external stack (the compose stack, a cluster): a command given by `PASS_TEST_KAFKA_CONTROL` /
 *   `PASS_TEST_DATABASE_CONTROL`, in which `{action}` is replaced by `stop` (SIGTERM), `kill` (SIGKILL) or
 *   `start`, run by the shell in the checkout's root; e.g. `docker compose {action} kafka` or
 *   `npm run --silent infra -- kafka {action}`. `start` must return once the part answers again (the
 *   tests wait for the platform to recover, not for the part).
 * - Neither: the test fails at once with a message naming the variable (an integration test never skips).
 */
import { execFile } from 'node:child_process';
import { startFerretDb, startKafka, stopFerretDb, stopKafka } from '../../packages/stack/src/infra';
import { repoRoot } from '../../packages/stack/src/paths';
import { testEnv } from './env';

export type Part = 'kafka' | 'database';

export interface PartControl {
  /** How the part is controlled (for messages). */
  readonly how: string;
  /** Stops the part (SIGTERM, or SIGKILL when `kill`); true when it was running and is now down. */
  stop(kill?: boolean): Promise<boolean>;
  /** Starts the part again; resolves once it answers. */
  start(): Promise<void>;
}

const VARIABLE: Record<Part, string> = { kafka: 'PASS_TEST_KAFKA_CONTROL', database: 'PASS_TEST_DATABASE_CONTROL' };

/** Whether this checkout runs the part itself (global-setup records it in the test env). */
const local = (part: Part): boolean => (part === 'kafka' ? testEnv().infraManaged : (testEnv().databaseManaged ?? false));

function run(command: string, action: 'stop' | 'kill' | 'start'): Promise<{ code: number; output: string }> {
  const line = command.split('{action}').join(action);
  return new Promise((resolve) => {
    execFile('/bin/sh', ['-c', line], { cwd: repoRoot, env: process.env, timeout: 300_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, output: `${stdout}${stderr}`.trim() });
    });
  });
}

/** The command-driven control of an external part. */
export function commandControl(part: Part, command: string): PartControl {
  return {
    how: `${VARIABLE[part]}="${command}"`,
    async stop(kill = false) {
      const r = await run(command, kill ? 'kill' : 'stop');
      return r.code === 0;
    },
    async start() {
      const r = await run(command, 'start');
      if (r.code !== 0) throw new Error(`${VARIABLE[part]} start exited with ${r.code}: ${r.output.slice(-500)}`);
    },
  };
}

/** The control of the part for this run: its local process, or the configured command; throws, saying how to give one, if neither. */
export function partControl(part: Part, env: NodeJS.ProcessEnv = process.env): PartControl {
  const command = env[VARIABLE[part]];
  if (command) return commandControl(part, command);
  if (local(part))
    return part === 'kafka'
      ? {
          how: "this checkout's Kafka",
          stop: (kill = false) => stopKafka(kill ? 'SIGKILL' : 'SIGTERM'),
          start: async () => void (await startKafka(() => undefined)),
        }
      : {
          how: "this checkout's FerretDB",
          stop: (kill = false) => stopFerretDb(kill ? 'SIGKILL' : 'SIGTERM'),
          start: async () => void (await startFerretDb(() => undefined)),
        };
  const what = part === 'kafka' ? `the broker (${testEnv().kafkaBrokers.join(',')})` : `the database (${testEnv().mongodbUri})`;
  throw new Error(
    `this test stops ${what}, which this checkout did not start: set ${VARIABLE[part]} to a command that stops and starts it, ` +
      `with {action} for stop|kill|start (e.g. ${VARIABLE[part]}='docker compose {action} ${part === 'kafka' ? 'kafka' : 'mongo'}'); see docs/testing.md`,
  );
}
