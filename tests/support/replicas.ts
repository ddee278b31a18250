/**
 * A second process of a service beside the test platform's first: the platform's control endpoint spawns the
 * same built entry point (`services/<name>/dist/main.js`) with the same environment — namespace, MONGODB_URI,
 * KAFKA_BROKERS, secrets — on another port, so both share the database and the consumer group. Requests go
 * straight to one process, signed like the gateway signs them (`signIdentity`), so a test chooses which process
 * serves each mutation.
 */
import fs from 'node:fs';
import path from 'node:path';
import { signIdentity, type Identity, type ServiceName } from '@pass-graph/platform';
import { freePort, startInstance, stopInstance, timeUntil } from '../reliability/harness';
import { testEnv } from './env';

export interface Replica {
  service: ServiceName;
  port: number;
  pid: number;
}

/** The first process of a service (the one the gateway routes to). */
export const firstProcess = (service: ServiceName): { service: ServiceName; port: number } => ({
  service,
  port: testEnv().ports[service] as number,
});

const ready = async (port: number): Promise<boolean> =>
  (await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(2_000) })).status === 200;

const replicaPorts = new Map<number, ServiceName>();

/** The service listening on `port`: a first process of the test platform or a replica started here. */
function serviceAt(port: number): ServiceName {
  const first = Object.entries(testEnv().ports).find(([, p]) => p === port)?.[0];
  const service = replicaPorts.get(port) ?? (first as ServiceName | undefined);
  if (!service) throw new Error(`no service known on port ${port}`);
  return service;
}

/** Starts a second process of `service` (with `env` added to its environment) and waits until its consumer group has joined (`/readyz`). */
export async function startReplica(service: ServiceName, env: Record<string, string> = {}): Promise<Replica> {
  const port = await freePort();
  const started = (await startInstance(service, port, env)) as { pid?: unknown };
  if (typeof started.pid !== 'number' || started.pid <= 0) throw new Error(`no pid for the ${service} replica: ${JSON.stringify(started)}`);
  const replica = { service, port, pid: started.pid };
  replicaPorts.set(port, service);
  await timeUntil(`${service} replica on ${port} ready`, () => ready(port), 120_000).catch(async (error: unknown) => {
    await stopReplica(replica);
    throw error;
  });
  return replica;
}

/** SIGKILL: no shutdown hook runs, whatever it was doing is cut off. */
export function killReplica(replica: Replica): void {
  try {
    process.kill(replica.pid, 'SIGKILL');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error; // already gone
  }
}

/** Stops the replica (SIGTERM, then SIGKILL after 10 s); a killed one is only forgotten. Never throws. */
export async function stopReplica(replica: Replica): Promise<void> {
  await stopInstance(replica.port).catch(() => killReplica(replica));
}

export const REPLICA_ADMIN: Identity = { subject: 'replicas-test', roles: ['admin'], facilityIds: [], districts: [] };

const internalSecret = (): string =>
  process.env['PASS_INTERNAL_SECRET'] ??
  fs.readFileSync(path.resolve(__dirname, '..', '..', '.infra', 'auth', 'internal.key'), 'utf8').trim();

/** What one process answered: data, a typed error, or nothing (connection refused or cut, e.g. the process was killed). */
export type Reply<T> =
  | { kind: 'OK'; data: T }
  | { kind: 'ERROR'; code: string; extensions: Record<string, unknown>; message: string }
  | { kind: 'NO_ANSWER'; reason: string };

/** One GraphQL request straight to the process on `port`, as the gateway would forward it. */
export async function direct<T = Record<string, unknown>>(
  port: number,
  query: string,
  variables: Record<string, unknown> = {},
  identity: Identity = REPLICA_ADMIN,
): Promise<Reply<T>> {
  let body: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  const request = JSON.stringify({ query, variables });
  // Signed for the one subgraph and body, as the gateway signs each fetch (identity.ts).
  const signed = signIdentity(identity, internalSecret(), { service: serviceAt(port), body: request });
  try {
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signed },
      body: request,
      signal: AbortSignal.timeout(60_000),
    });
    body = (await res.json()) as typeof body;
  } catch (error) {
    return { kind: 'NO_ANSWER', reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  const first = body.errors?.[0];
  if (first) {
    const extensions = first.extensions ?? {};
    return { kind: 'ERROR', code: String(extensions['code'] ?? 'NO_CODE'), extensions, message: first.message };
  }
  if (!body.data) return { kind: 'ERROR', code: 'NO_DATA', extensions: {}, message: 'neither data nor errors' };
  return { kind: 'OK', data: body.data };
}

export const isOk = (r: Reply<unknown> | undefined): boolean => r?.kind === 'OK';

/** `extensions.reason` of a typed error (OVERRUN, CAP_EXCEEDED, INVALID_TRANSITION …). */
export const reason = (r: Reply<unknown> | undefined): string | undefined =>
  r?.kind === 'ERROR' && typeof r.extensions['reason'] === 'string' ? r.extensions['reason'] : undefined;

/** OK, CODE or CODE/reason, NO_ANSWER, or - when there was no request. */
export const outcome = (r: Reply<unknown> | undefined): string =>
  !r ? '-' : r.kind === 'OK' ? 'OK' : r.kind === 'ERROR' ? `${r.code}${reason(r) ? `/${reason(r)}` : ''}` : 'NO_ANSWER';
