#!/usr/bin/env node
/**
 * Entry point of the one Docker image (see the root `Dockerfile`): the same image runs any of the
 * seven processes, chosen by the `SERVICE` environment variable or the first argument.
 *   node packages/stack/dist/container.js [name]        run that process (governance … outreach, gateway)
 *   node packages/stack/dist/container.js healthcheck [name]   exit 0 once its `/healthz` answers 200 (the image's HEALTHCHECK)
 * Kept free of the platform's runtime (mongoose, kafkajs, Apollo): the health check starts a fresh
 * node every few seconds in every container.
 */
import path from 'node:path';
import { DEFAULT_PORTS, envPrefix, type ProcessName } from '@pass-graph/platform/dist/config';
import { repoRoot } from './paths';
import { entryPoint, isProcessName, PROCESS_NAMES } from './processes';

type Env = Readonly<Record<string, string | undefined>>;

/** The variable that chooses the process (docker-compose.yml sets it per service). */
export const SERVICE_ENV = 'SERVICE';

export type Command = { kind: 'run'; name: ProcessName } | { kind: 'healthcheck'; name: ProcessName } | { kind: 'usage'; problem: string };

/** What the container was asked to do: `[name]` or `healthcheck [name]`, the process from the argument, else `SERVICE`. */
export function parseCommand(args: readonly string[], env: Env): Command {
  const healthcheck = args[0] === 'healthcheck';
  const name = (healthcheck ? args[1] : args[0]) ?? env[SERVICE_ENV];
  if (!name) return { kind: 'usage', problem: `no process chosen: set ${SERVICE_ENV} or pass its name` };
  if (!isProcessName(name)) return { kind: 'usage', problem: `unknown process "${name}"` };
  return { kind: healthcheck ? 'healthcheck' : 'run', name };
}

/** Where the process inside this container answers `/healthz`: its port as config.ts reads it, on loopback. */
export function healthUrl(name: ProcessName, env: Env): string {
  const raw = env[`${envPrefix(name)}_PORT`];
  const port = raw === undefined || raw === '' ? DEFAULT_PORTS[name] : Number(raw);
  // A wildcard bind answers on loopback; a specific address only there.
  const host = !env['HOST'] || env['HOST'] === '0.0.0.0' || env['HOST'] === '::' ? '127.0.0.1' : env['HOST'];
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}/healthz`;
}

async function healthy(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return res.status === 200;
  } catch {
    return false;
  }
}

function main(): void {
  const command = parseCommand(process.argv.slice(2), process.env);
  switch (command.kind) {
    case 'usage':
      console.error(
        `${command.problem}\nusage: container.js [${PROCESS_NAMES.join('|')}] | healthcheck [name]   (or ${SERVICE_ENV}=<name>)`,
      );
      process.exit(2);
      break;
    case 'healthcheck':
      void healthy(healthUrl(command.name, process.env)).then((ok) => process.exit(ok ? 0 : 1));
      break;
    case 'run':
      // In this process, not a child: signals from `docker stop` reach the service's own shutdown handlers.
      require(path.join(repoRoot, entryPoint(command.name)));
      break;
  }
}

if (require.main === module) main();
