/** Starts the six subgraphs and the gateway as child processes and waits until the gateway is healthy. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { envPrefix, loadConfig, SERVICE_NAMES, type ProcessName, type ServiceName } from '@pass-graph/platform';
import { ensureDevKeys } from './auth';
import { logDir, repoRoot } from './paths';
import { entryPoint, platformEnv, portsAt } from './processes';
import { failureReport } from './log-tail';
import { portOpen, waitFor } from './proc';

export interface PlatformOptions {
  /** Extra environment for every process (namespace, ports, URIs…). */
  env?: NodeJS.ProcessEnv;
  /**
   * Port offset from the defaults (tests use +100 so they never collide with `npm start`). Without it the
   * ports are the ones `<PROCESS>_PORT` set in the environment (`GATEWAY_PORT=5000 npm start`), else the defaults.
   */
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
  /**
   * Starts another instance of a service on `port` (same namespace, database and consumer group), e.g. to make
   * its consumer group rebalance; the gateway does not route to it. `stop` (or the platform's stop) ends it.
   * `env` adds to (or overrides) the platform's environment for this instance only.
   */
  startInstance: (name: ServiceName, port: number, env?: Record<string, string>) => Promise<{ pid: number; stop: () => Promise<void> }>;
  /** Byte offset of the process's log when it was last launched (what this run wrote starts there). */
  logStart: (name: ProcessName) => number;
  stop: () => Promise<void>;
}

const entryOf = (name: ProcessName): string => path.join(repoRoot, entryPoint(name));

/** The ports `<PROCESS>_PORT` choose (validated with the rest of the configuration), else the defaults. */
const configuredPorts = (env: NodeJS.ProcessEnv): Record<ProcessName, number> => loadConfig(env).ports;

async function healthy(url: string): Promise<boolean> {
  const res = await fetch(url, { signal: AbortSignal.timeout(1_500) });
  return res.status === 200;
}

export async function startPlatform(opts: PlatformOptions = {}): Promise<RunningPlatform> {
  await ensureDevKeys();
  const ports = opts.portOffset === undefined ? configuredPorts({ ...process.env, ...opts.env }) : portsAt(opts.portOffset);
  // The local platform is a development stack (config.ts: anything but development is production).
  const env: NodeJS.ProcessEnv = { NODE_ENV: 'development', ...process.env, ...opts.env, ...platformEnv(ports) };
  // Something else on our ports would answer in our place (and take our seed): refuse to start.
  const taken = (await Promise.all(Object.entries(ports).map(async ([n, p]) => ((await portOpen(p)) ? `${n} ${p}` : null)))).filter(
    Boolean,
  );
  if (taken.length > 0) throw new Error(`ports already in use (${taken.join(', ')}): stop the other platform or shift the ports`);
  fs.mkdirSync(logDir, { recursive: true });
  const processes = new Map<ProcessName, ChildProcess>();
  const logOf = (name: ProcessName): string => path.join(logDir, `${opts.logPrefix ?? ''}${name}.log`);
  /** Where each process's log stood when it was launched: a failure shows only what this run wrote. */
  const logStart = new Map<ProcessName, number>();

  const launch = (name: ProcessName): ChildProcess => {
    const out = fs.openSync(logOf(name), 'a');
    logStart.set(name, fs.fstatSync(out).size);
    const child = spawn(process.execPath, [entryOf(name)], { env, stdio: ['ignore', out, out] });
    fs.closeSync(out);
    processes.set(name, child);
    return child;
  };
  /**
   * Healthy within the time, or an error with the last lines of its log as soon as the process exits. The time
   * is generous (a loaded 2-core machine took over a minute to load seven Node processes): a process that fails
   * exits, and that ends the wait at once.
   */
  const waitHealthy = async (name: ProcessName, check = 'healthz', timeoutMs = 180_000): Promise<void> => {
    const child = processes.get(name);
    const exited = (): string | null =>
      child && (child.exitCode !== null || child.signalCode !== null)
        ? `exited (${child.exitCode ?? child.signalCode}) while starting`
        : null;
    try {
      await waitFor(
        check === 'healthz' ? name : `${name} (/${check})`,
        () => healthy(`http://127.0.0.1:${ports[name]}/${check}`),
        timeoutMs,
        exited,
      );
    } catch (error) {
      throw new Error(failureReport(name, error instanceof Error ? error.message : String(error), logOf(name), logStart.get(name) ?? 0));
    }
  };

  const kill = async (name: ProcessName, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> => {
    const child = processes.get(name);
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  const extras = new Set<ChildProcess>();
  const stopChild = async (child: ChildProcess): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  const stopAll = async (): Promise<void> => {
    await Promise.all([...extras].map(stopChild));
    await kill('gateway');
    await Promise.all(SERVICE_NAMES.map((n) => kill(n)));
  };
  const startInstance = async (
    name: ServiceName,
    port: number,
    extraEnv: Record<string, string> = {},
  ): Promise<{ pid: number; stop: () => Promise<void> }> => {
    const out = fs.openSync(path.join(logDir, `${opts.logPrefix ?? ''}${name}-${port}.log`), 'a');
    const child = spawn(process.execPath, [entryOf(name)], {
      env: { ...env, ...extraEnv, [`${envPrefix(name)}_PORT`]: String(port) },
      stdio: ['ignore', out, out],
    });
    fs.closeSync(out);
    extras.add(child);
    child.once('exit', () => extras.delete(child));
    const stop = (): Promise<void> => stopChild(child);
    await waitFor(`${name} on ${port}`, () => healthy(`http://127.0.0.1:${port}/healthz`), 180_000).catch(async (error: unknown) => {
      await stop();
      throw error;
    });
    return { pid: child.pid ?? -1, stop };
  };
  try {
    // All seven at once: the gateway loads the checked-in supergraph without asking the subgraphs, and its
    // /healthz answers 200 only once every subgraph's does, so starting it last only added its own start time.
    for (const name of SERVICE_NAMES) launch(name);
    launch('gateway');
    await Promise.all([...SERVICE_NAMES, 'gateway' as const].map((n) => waitHealthy(n)));
    // Healthy is "listening"; ready is "its consumer group has joined". Seeding before that raced a fresh
    // broker in CI: staffing refused an agency whose AgencyRegistered it had not consumed yet.
    await Promise.all(SERVICE_NAMES.map((n) => waitHealthy(n, 'readyz', 180_000)));
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
    startInstance,
    logStart: (name) => logStart.get(name) ?? 0,
    stop: stopAll,
  };
}

/** `KEY=value` pairs of the control endpoint's `env` parameters; a malformed one is refused. */
function instanceEnv(pairs: string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const pair of pairs) {
    const m = /^([A-Z][A-Z0-9_]*)=(.*)$/s.exec(pair);
    if (!m) throw new Error(`env "${pair}" must be KEY=value`);
    env[m[1] as string] = m[2] as string;
  }
  return env;
}

/**
 * Fault tests run in another module registry than the jest globalSetup that owns the platform: this small
 * HTTP endpoint on 127.0.0.1 (an ephemeral port) lets them kill, restart and add processes of it.
 *   GET  /processes                          pid and state of each process
 *   POST /kill?name=staffing&signal=SIGKILL
 *   POST /restart?name=staffing              (also starts a killed process again)
 *   POST /instances?name=budgets&port=4950   another instance; DELETE /instances?port=4950 stops it
 *        …&env=CONSUMER_SESSION_TIMEOUT_MS=6000  (repeatable) extra environment of that instance
 */
export async function serveControl(platform: RunningPlatform): Promise<{ url: string; close: () => Promise<void> }> {
  const instances = new Map<number, { stop: () => Promise<void> }>();
  const names = Object.keys(platform.ports);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const name = url.searchParams.get('name') ?? '';
    const reply = (status: number, body: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const act = async (): Promise<unknown> => {
      if (req.method === 'GET' && url.pathname === '/processes')
        return Object.fromEntries(
          [...platform.processes].map(([n, c]) => [n, { pid: c.pid, running: c.exitCode === null && c.signalCode === null }]),
        );
      if (url.pathname === '/instances' && req.method === 'DELETE') {
        const port = Number(url.searchParams.get('port'));
        await instances.get(port)?.stop();
        instances.delete(port);
        return { stopped: port };
      }
      if (!names.includes(name)) throw new Error(`unknown process ${name}`);
      const target = name as ProcessName;
      if (req.method === 'POST' && url.pathname === '/kill') {
        await platform.kill(target, (url.searchParams.get('signal') ?? 'SIGTERM') as NodeJS.Signals);
        return { killed: name };
      }
      if (req.method === 'POST' && url.pathname === '/restart') {
        await platform.restart(target);
        return { restarted: name, pid: platform.processes.get(target)?.pid };
      }
      if (req.method === 'POST' && url.pathname === '/instances' && target !== 'gateway') {
        const port = Number(url.searchParams.get('port'));
        const instance = await platform.startInstance(target, port, instanceEnv(url.searchParams.getAll('env')));
        instances.set(port, instance);
        return { started: name, port, pid: instance.pid };
      }
      throw new Error(`no route ${req.method} ${url.pathname}`);
    };
    act().then(
      (body) => reply(200, body),
      (error: unknown) => reply(400, { error: error instanceof Error ? error.message : String(error) }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await Promise.all([...instances.values()].map((i) => i.stop()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
