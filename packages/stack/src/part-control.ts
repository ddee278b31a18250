/**
 * Stopping and starting the broker or the database for the tests whose scenario is an outage
 * (tests/support/infra-control.ts gives them the run's facts). This checkout's own part: its process,
 * through kafka.ts / ferretdb.ts. A part given by address (an external stack): a command from
 * `PASS_TEST_KAFKA_CONTROL` / `PASS_TEST_DATABASE_CONTROL`, in which `{action}` becomes `stop` (SIGTERM),
 * `kill` (SIGKILL) or `start`, run by `sh` in the checkout's root. Neither: an error naming the variable.
 */
import { execFile } from 'node:child_process';
import { startFerretDb, stopFerretDb } from './ferretdb';
import { startKafka, stopKafka } from './kafka';
import { repoRoot } from './paths';

export type Part = 'kafka' | 'database';

export interface PartControl {
  /** How the part is controlled (for messages). */
  readonly how: string;
  /** Stops the part (SIGTERM, or SIGKILL when `kill`); true when it was running and is now down. */
  stop(kill?: boolean): Promise<boolean>;
  /** Starts the part again; resolves once it answers. */
  start(): Promise<void>;
}

export const CONTROL_VARIABLE: Record<Part, string> = { kafka: 'PASS_TEST_KAFKA_CONTROL', database: 'PASS_TEST_DATABASE_CONTROL' };

function run(command: string, action: 'stop' | 'kill' | 'start', env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  const line = command.split('{action}').join(action);
  return new Promise((resolve) => {
    execFile('/bin/sh', ['-c', line], { cwd: repoRoot, env, timeout: 300_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, output: `${stdout}${stderr}`.trim() });
    });
  });
}

/** The command-driven control of a part: `stop`/`kill` report success by exit status 0, a failed `start` throws. */
export function commandControl(part: Part, command: string, env: NodeJS.ProcessEnv = process.env): PartControl {
  return {
    how: `${CONTROL_VARIABLE[part]}="${command}"`,
    stop: async (kill = false) => (await run(command, kill ? 'kill' : 'stop', env)).code === 0,
    async start() {
      const r = await run(command, 'start', env);
      if (r.code !== 0) throw new Error(`${CONTROL_VARIABLE[part]} start exited with ${r.code}: ${r.output.slice(-500)}`);
    },
  };
}

/**
 * The control of the part: the command given in `env` if any, else this checkout's process when it
 * started the part (`local`), else an error saying how to give one (`where`: the part's address).
 */
export function partControl(part: Part, opts: { local: boolean; where: string; env?: NodeJS.ProcessEnv }): PartControl {
  const env = opts.env ?? process.env;
  const command = env[CONTROL_VARIABLE[part]];
  if (command) return commandControl(part, command, env);
  if (opts.local)
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
  const variable = CONTROL_VARIABLE[part];
  throw new Error(
    `this test stops ${part === 'kafka' ? 'the broker' : 'the database'} (${opts.where}), which this checkout did not start: ` +
      `set ${variable} to a command that stops and starts it, with {action} for stop|kill|start ` +
      `(e.g. ${variable}='docker compose {action} ${part === 'kafka' ? 'kafka-1 kafka-2 kafka-3' : 'mongo'}'); see docs/testing.md`,
  );
}
