#!/usr/bin/env node
/**
 * pass-stack: the project's own commands (wired to npm scripts).
 *   start                 infra + six subgraphs + gateway, seeded; Ctrl-C stops everything it started
 *   test [jest args]      infra (if needed) + the whole jest suite; stops what it started
 *   infra up|down|status  local Kafka + FerretDB (+ its PostgreSQL) only
 *   infra kafka|ferretdb stop|kill|start
 *                         one local part alone (SIGTERM, SIGKILL, start); the fault tests' process control
 *                         (tests/support/infra-control.ts) can be pointed at it as at any other command
 *   seed [gateway-url]    fixture mutations through the gateway
 *   keys                  create the dev keys in .infra/auth/ if missing (docker compose runs it before the platform)
 *   compose [--check] [--accept-hints]
 *   pii-rotate            re-encrypt every service's personal data under the current PII key (npm run pii:rotate)
 *   switch-off [name]     each guarantee's tests against a platform without it: they must fail (tests/switch-off.json)
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, ROLES, type Role } from '@pass-graph/platform';
import { authDir, ensureDevKeys, mintToken } from './auth';
import { ensureChromium } from './browser';
import { checkComposition, writeComposition } from './compose';
import { runningBackend } from './ferretdb';
import { infraDown, infraUp, kafkaReady, mongoReady, startFerretDb, startKafka, stopFerretDb, stopKafka, type InfraState } from './infra';
import { infraPorts } from './infra-config';
import { failureReport } from './log-tail';
import { postgresInstance, postgresReady } from './postgres';
import { logDir, repoRoot } from './paths';
import { startPlatform } from './platform';
import { rotatePii } from './pii-rotate';
import { runningPid } from './proc';
import { seed } from './seed';
import { switchOff } from './switch-off';

// This tooling runs the development stack: development is a positive switch (platform config.ts),
// so it says so for itself and every process it starts, unless told otherwise.
process.env.NODE_ENV ??= 'development';

const say = (line: string): void => console.log(line);
const schemasDir = path.join(repoRoot, 'schemas');

async function start(): Promise<void> {
  const t0 = Date.now();
  // Ctrl-C at any point (also while seeding) stops what this command started so far.
  let infraStarted: InfraState['started'] = [];
  let platform: Awaited<ReturnType<typeof startPlatform>> | undefined;
  let stopping = false;
  const stop = async (): Promise<void> => {
    stopping = true;
    await platform?.stop();
    await infraDown(infraStarted);
  };
  const shutdown = async (): Promise<void> => {
    if (stopping) return;
    say('\nstopping…');
    await stop();
    say('stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
  try {
    infraStarted = (await infraUp(say)).started;
    platform = await startPlatform();
    say(`platform up in ${((Date.now() - t0) / 1000).toFixed(1)}s (logs in .infra/logs/)`);
    say('seeding fixtures through the gateway…');
    await seed(platform.gatewayUrl, { say, tty: Boolean(process.stdout.isTTY) });
  } catch (error) {
    if (stopping) return; // Ctrl-C while starting: shutdown() stops everything and exits.
    await stop();
    throw error;
  }
  say(`\nPASS Graph is running: ${platform.gatewayUrl}  (healthz: ${platform.gatewayUrl.replace('/graphql', '/healthz')})`);
  say('Ctrl-C to stop.');
  // A process that dies while the platform runs ends `npm start` at once, non-zero, with its last log lines.
  for (const [name, child] of platform.processes) {
    child.once('exit', (code, signal) => {
      if (stopping) return;
      console.error(
        `\n${failureReport(name, `${name} exited (${code ?? signal})`, path.join(logDir, `${name}.log`), platform?.logStart(name))}`,
      );
      say('stopping the rest…');
      void stop().then(() => process.exit(1));
    });
  }
}

/** Sizes of the log files now, so a failed run can show what was logged after this point. */
function logMarks(): Map<string, number> {
  const marks = new Map<string, number>();
  if (!fs.existsSync(logDir)) return marks;
  for (const f of fs.readdirSync(logDir)) if (f.endsWith('.log')) marks.set(f, fs.statSync(path.join(logDir, f)).size);
  return marks;
}

/**
 * After a failed run: the warnings and errors the platform logged during it (the last 25 per
 * service), so a CI log that shows only the test output still tells why.
 */
function printPlatformWarnings(marks: Map<string, number>): void {
  if (!fs.existsSync(logDir)) return;
  for (const f of fs.readdirSync(logDir).sort()) {
    if (!f.startsWith('test-') || !f.endsWith('.log')) continue;
    const file = path.join(logDir, f);
    const from = marks.get(f) ?? 0;
    const size = fs.statSync(file).size;
    if (size <= from) continue;
    const fd = fs.openSync(file, 'r');
    const buf = Buffer.alloc(Math.min(size - from, 8 * 1024 * 1024));
    fs.readSync(fd, buf, 0, buf.length, size - buf.length);
    fs.closeSync(fd);
    const lines = buf
      .toString('utf8')
      .split('\n')
      .filter((l) => /"level":(4|5|6)0/.test(l) && !l.includes('switched default partitioner') && !l.includes('Limiting retries'));
    if (lines.length === 0) continue;
    say(`\n── ${f}: ${lines.length} warnings/errors during the run (last 25) ──`);
    for (const l of lines.slice(-25)) say(l.length > 400 ? `${l.slice(0, 400)}…` : l);
  }
}

async function test(args: string[]): Promise<number> {
  const marks = logMarks();
  await ensureChromium(say);
  const infra = await infraUp(say);
  try {
    const jest = path.join(repoRoot, 'node_modules', 'jest', 'bin', 'jest.js');
    const results = path.join(repoRoot, '.infra', 'jest-results.json');
    fs.rmSync(results, { force: true });
    // --forceExit: kafkajs keeps sockets open for a moment after disconnect; the suite has finished by then.
    const code = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, [jest, '--runInBand', '--forceExit', '--json', `--outputFile=${results}`, ...args], {
        cwd: repoRoot,
        stdio: 'inherit',
        // Fault tests stop and restart the broker: only one whose pid file this checkout holds.
        // An external broker (KAFKA_BROKERS set) may be shared with others: never kill it.
        // The same for the database (FerretDB): an external one (MONGODB_URI set) is never killed.
        env: {
          ...process.env,
          PASS_INFRA_MANAGED: !infra.kafkaExternal && runningPid('kafka') !== null ? '1' : '0',
          PASS_DATABASE_MANAGED: !infra.mongoExternal && runningPid('ferretdb') !== null ? '1' : '0',
        },
      });
      child.on('exit', (c) => resolve(c ?? 1));
    });
    if (fs.existsSync(results)) {
      const r = JSON.parse(fs.readFileSync(results, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number };
      if (r.numFailedTests > 0) printPlatformWarnings(marks);
      say(`\ntests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);
      if (r.numPassedTests === 0) return 1;
    }
    return code;
  } finally {
    await infraDown(infra.started);
  }
}

/** `infra kafka|ferretdb stop|kill|start`: 0 when it did that, 1 when there was nothing to do, 2 on a bad action. */
async function controlPart(part: 'kafka' | 'ferretdb', action: string | undefined): Promise<number> {
  if (action === 'stop' || action === 'kill') {
    const signal = action === 'kill' ? 'SIGKILL' : 'SIGTERM';
    const stopped = part === 'kafka' ? await stopKafka(signal) : await stopFerretDb(signal);
    say(`${part}: ${stopped ? `${action === 'kill' ? 'killed' : 'stopped'}` : 'not running here'}`);
    return stopped ? 0 : 1;
  }
  if (action === 'start') {
    await (part === 'kafka' ? startKafka(say) : startFerretDb(say));
    return 0;
  }
  say(`usage: infra ${part} stop|kill|start`);
  return 2;
}

async function main(): Promise<number> {
  const [cmd, ...rest] = process.argv.slice(2);
  switch (cmd) {
    case 'start':
      await start();
      return -1;
    case 'test':
      return test(rest);
    case 'infra': {
      const sub = rest[0] ?? 'status';
      if (sub === 'up') await infraUp(say);
      else if (sub === 'down') await infraDown();
      else if (sub === 'kafka' || sub === 'ferretdb') return controlPart(sub, rest[1]);
      else {
        say(
          `kafka:    ${runningPid('kafka') ? 'running (ours)' : 'not started here'}, ${(await kafkaReady()) ? 'answering' : 'not answering'}`,
        );
        const backend = runningBackend();
        say(
          `ferretdb: ${runningPid('ferretdb') ? `running (ours, on ${backend ?? 'unknown'})` : 'not started here'}, ${(await mongoReady()) ? 'answering' : 'not answering'}`,
        );
        const postgres = postgresInstance(infraPorts().postgresPort);
        say(
          `postgres: ${runningPid(postgres.name) ? 'running (ours)' : 'not started here'}, ${(await postgresReady(postgres)) ? `ready on 127.0.0.1:${postgres.port}` : 'not answering'}`,
        );
      }
      return 0;
    }
    case 'seed': {
      const url = rest[0] ?? `http://127.0.0.1:${loadConfig().ports.gateway}/graphql`;
      await seed(url, { say, tty: Boolean(process.stdout.isTTY) });
      return 0;
    }
    case 'keys':
      await ensureDevKeys();
      say(`dev keys ready in ${authDir}`);
      return 0;
    case 'compose': {
      if (rest.includes('--check')) {
        const check = checkComposition(schemasDir);
        if (check.unacceptedHints.length) say(`unaccepted composition hints:\n  ${check.unacceptedHints.join('\n  ')}`);
        if (check.stale) say('schemas/supergraph.graphql is stale: run `npm run compose`');
        return check.stale || check.unacceptedHints.length ? 1 : 0;
      }
      const c = writeComposition(schemasDir, rest.includes('--accept-hints'));
      say(`wrote schemas/supergraph.graphql (${c.supergraphSdl.length} bytes), ${c.hints.length} hint(s)`);
      for (const h of c.hints) say(`  hint ${h}`);
      return 0;
    }
    case 'pii-rotate':
      return (await rotatePii(say)).status;
    case 'switch-off':
      return switchOff(say, rest[0]);
    case 'token': {
      // npm run token -- care-manager --facility seoul-seongdong-hcc --sub kim
      const roles = rest.filter((a, i) => !a.startsWith('--') && !rest[i - 1]?.startsWith('--'));
      const opt = (name: string): string[] => rest.flatMap((a, i) => (a === `--${name}` && rest[i + 1] ? [rest[i + 1] as string] : []));
      const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
      if (roles.length === 0 || unknown.length > 0) {
        say(
          `usage: npm run token -- <role...> [--sub id] [--facility id]... [--district 마포구]... [--ttl seconds]\nroles: ${ROLES.join(', ')}`,
        );
        return 2;
      }
      const token = await mintToken({
        subject: opt('sub')[0] ?? `dev-${roles.join('-')}`,
        roles: roles as Role[],
        facilities: opt('facility'),
        districts: opt('district'),
        ...(opt('ttl')[0] ? { expiresIn: Number(opt('ttl')[0]) } : {}),
      });
      process.stdout.write(`${token}\n`);
      return 0;
    }
    default:
      say(
        'usage: pass-stack start | test [jest args] | infra up|down|status | seed [url] | keys | compose [--check] [--accept-hints] | token <role...> | pii-rotate | switch-off [name]',
      );
      return cmd ? 2 : 0;
  }
}

main().then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
