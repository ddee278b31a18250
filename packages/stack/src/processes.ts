/**
 * What the seven platform processes are, where their built entry points live, and the ports and
 * subgraph URLs each is given. Shared by `npm start`/`npm test` (platform.ts), the Docker image's
 * entry point (container.ts) and the check that `docker-compose.yml` matches (compose-sync.test.ts).
 * Imports only the platform's config module: the image's health check loads this every few seconds.
 */
import path from 'node:path';
import { DEFAULT_PORTS, envPrefix, SERVICE_NAMES, type ProcessName, type ServiceName } from '@pass-graph/platform/dist/config';

/** The seven processes in start order: subgraphs first, the gateway once they answer. */
export const PROCESS_NAMES: readonly ProcessName[] = [...SERVICE_NAMES, 'gateway'];

export const isProcessName = (name: string): name is ProcessName => (PROCESS_NAMES as readonly string[]).includes(name);

/** The built entry point of a process, relative to the repository root. */
export const entryPoint = (name: ProcessName): string =>
  name === 'gateway' ? path.posix.join('gateway', 'dist', 'main.js') : path.posix.join('services', name, 'dist', 'main.js');

export const portsAt = (offset: number): Record<ProcessName, number> =>
  Object.fromEntries(PROCESS_NAMES.map((name) => [name, DEFAULT_PORTS[name] + offset])) as Record<ProcessName, number>;

/**
 * The ports and subgraph URLs every process is given: each knows all seven ports, and the gateway
 * finds subgraph `name` at `hostOf(name)` (127.0.0.1 locally, the compose service name in Docker).
 */
export function platformEnv(
  ports: Record<ProcessName, number>,
  hostOf: (name: ServiceName) => string = () => '127.0.0.1',
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of PROCESS_NAMES) env[`${envPrefix(name)}_PORT`] = String(ports[name]);
  for (const name of SERVICE_NAMES) env[`${envPrefix(name)}_URL`] = `http://${hostOf(name)}:${ports[name]}/graphql`;
  return env;
}
