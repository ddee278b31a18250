/** Starts the six subgraphs and the gateway as child processes and waits until the gateway is healthy. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { SERVICE_NAMES, type ProcessName } from '@pass-graph/platform';
import { ensureDevKeys } from './auth';
import { logDir, repoRoot } from './paths';
import { entryPoint, platformEnv, portsAt } from './processes';
import { portOpen, waitFor } from './proc';

export interface PlatformOptions {
  /** Extra environment for every process (namespace, ports, URIs…). */
  env?: NodeJS.ProcessEnv;
  /** Port offset from the defaults (tests use +100 so they never collide with `npm start`). */
  portOffset?: number;
  logPrefix?: string;
}

export interface RunningPlatform {
  gatewayUrl: string;
  ports: Record<ProcessName, number>;
  processes: Map<ProcessName, ChildProcess>;
  env: NodeJS.ProcessEnv;
  /** Kill one process (for fault tests) and start it again with `restart`. */
  kill: (name: ProcessName, signal?: NodeJS.Signals) => Promise<void>;
  restart: (name: ProcessName) => Promise<void>;
  stop: () => Promise<void>;
}

const entryOf = (name: ProcessName): string => path.join(repoRoot, entryPoint(name));

async function healthy(url: string): Promise<boolean> {
  const res = await fetch(url, { signal: AbortSignal.timeout(1_500) });
  return res.status === 200;
}

export async function startPlatform(opts: PlatformOptions = {}): Promise<RunningPlatform> {
  await ensureDevKeys();
  const ports = portsAt(opts.portOffset ?? 0);
  const env: NodeJS.ProcessEnv = { ...process.env, ...opts.env, ...platformEnv(ports) };
  // Something else on our ports would answer in our place (and take our seed): refuse to start.
  const taken = (await Promise.all(Object.entries(ports).map(async ([n, p]) => ((await portOpen(p)) ? `${n} ${p}` : null)))).filter(
    Boolean,
  );
  if (taken.length > 0) throw new Error(`ports already in use (${taken.join(', ')}): stop the other platform or shift the ports`);
  fs.mkdirSync(logDir, { recursive: true });
  const processes = new Map<ProcessName, ChildProcess>();

  const launch = (name: ProcessName): ChildProcess => {
    const out = fs.openSync(path.join(logDir, `${opts.logPrefix ?? ''}${name}.log`), 'a');
    const child = spawn(process.execPath, [entryOf(name)], { env, stdio: ['ignore', out, out] });
    fs.closeSync(out);
    processes.set(name, child);
    return child;
  };
  const waitHealthy = (name: ProcessName): Promise<void> => waitFor(name, () => healthy(`http://127.0.0.1:${ports[name]}/healthz`), 60_000);

  const kill = async (name: ProcessName, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> => {
    const child = processes.get(name);
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  const stopAll = async (): Promise<void> => {
    await kill('gateway');
    await Promise.all(SERVICE_NAMES.map((n) => kill(n)));
  };
  try {
    for (const name of SERVICE_NAMES) launch(name);
    await Promise.all(SERVICE_NAMES.map(waitHealthy));
    launch('gateway');
    await waitHealthy('gateway');
  } catch (error) {
    await stopAll(); // leave no half-started platform behind
    throw error;
  }

  return {
    gatewayUrl: `http://127.0.0.1:${ports.gateway}/graphql`,
    ports,
    processes,
    env,
    kill,
    restart: async (name) => {
      await kill(name);
      launch(name);
      await waitHealthy(name);
    },
    stop: stopAll,
  };
}
