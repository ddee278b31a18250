/**
 * `docker-compose.yml` and the `Dockerfile` checked against the local stack (`npm start`): the same
 * processes under the same names, ports, environment variable names and subgraph URLs, addresses
 * that point at compose services, the local Kafka version and broker settings, health checks, and
 * the start order. Needs no Docker engine. Each test lists every difference it finds, so a drift
 * reads as a diff of what the compose file says against what the local stack does.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_PORTS, loadConfig, SERVICE_NAMES, type ProcessName } from '@pass-graph/platform';
import { SERVICE_ENV } from './container';
import { KAFKA_CLUSTER_ID, KAFKA_SETTINGS } from './infra';
import { CLUSTER_SETTINGS, KafkaCluster } from './kafka-cluster';
import { repoRoot } from './paths';
import { isProcessName, platformEnv, portsAt, PROCESS_NAMES } from './processes';

type EnvValue = string | number | boolean | null;

interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[] | string;
  environment?: Record<string, EnvValue> | string[];
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition?: string }> | string[];
  healthcheck?: { test?: string[] | string; disable?: boolean };
  restart?: string;
}

const read = (file: string): string => fs.readFileSync(path.join(repoRoot, file), 'utf8');

function loadCompose(): Record<string, ComposeService> {
  // YAML merge keys (`<<: *platform`) as Docker Compose resolves them.
  const doc = parse(read('docker-compose.yml'), { merge: true }) as { services?: Record<string, ComposeService> } | null;
  if (!doc?.services) throw new Error('docker-compose.yml has no services');
  return doc.services;
}

const services = loadCompose();
const dockerfile = read('Dockerfile');

function environment(service: ComposeService): Record<string, string> {
  const env = service.environment ?? {};
  if (Array.isArray(env)) return Object.fromEntries(env.map((e) => [e.split('=')[0] ?? e, e.slice(e.indexOf('=') + 1)]));
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === null ? '' : String(v)]));
}

const commandOf = (service: ComposeService): string[] =>
  typeof service.command === 'string' ? service.command.split(/\s+/) : (service.command ?? []);

function dependencies(service: ComposeService): Record<string, string> {
  const deps = service.depends_on ?? {};
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((d) => [d, 'service_started']));
  return Object.fromEntries(Object.entries(deps).map(([name, d]) => [name, d.condition ?? 'service_started']));
}

/** The compose services that run a platform process (their image entry point picks it by SERVICE). */
const platformServices = (): [string, ComposeService][] =>
  Object.entries(services).filter(([, s]) => environment(s)[SERVICE_ENV] !== undefined);

/** Every `key: expected` that `actual` does not have, as one readable line each. */
function differences(where: string, actual: Record<string, string>, expected: Record<string, string>): string[] {
  return Object.entries(expected)
    .filter(([k, v]) => actual[k] !== v)
    .map(([k, v]) => `${where}: ${k} is ${actual[k] === undefined ? 'missing' : JSON.stringify(actual[k])}, expected ${JSON.stringify(v)}`);
}

/** The environment variables loadConfig reads, recorded by handing it an environment that logs every lookup. */
function variablesConfigReads(): Set<string> {
  const seen = new Set<string>();
  const env = new Proxy({} as Record<string, string | undefined>, {
    get: (_, key) => {
      if (typeof key === 'string') seen.add(key);
      return undefined;
    },
  });
  try {
    loadConfig(env);
  } catch {
    // Missing secrets are reported after every variable has been read: only the names matter here.
  }
  return seen;
}

/** The Kafka nodes: `kafka-1`, `kafka-2`, `kafka-3`, as the local three-node cluster. */
const KAFKA_NODES = KafkaCluster.NODE_IDS.map((id) => `kafka-${id}`);

/** `host:port` of each advertised listener of a kafka service. */
function advertisedListeners(kafka: ComposeService): string[] {
  return (environment(kafka)['KAFKA_ADVERTISED_LISTENERS'] ?? '').split(',').map((l) => l.replace(/^[A-Z_]+:\/\//, ''));
}

/** `auto.create.topics.enable` → `KAFKA_AUTO_CREATE_TOPICS_ENABLE`, the apache/kafka image's mapping. */
const kafkaEnvName = (property: string): string =>
  `KAFKA_${property.replace(/-/g, '___').replace(/_/g, '__').replace(/\./g, '_').toUpperCase()}`;

describe('docker-compose.yml matches the local stack', () => {
  it('runs the six subgraphs and the gateway under their own names, each chosen by SERVICE', () => {
    const running = platformServices().map(([name, s]) => ({ name, process: environment(s)[SERVICE_ENV] }));
    expect(running.map((r) => r.name).sort()).toEqual([...PROCESS_NAMES].sort());
    expect(running.filter((r) => r.name !== r.process)).toEqual([]);
    expect(Object.keys(services).sort()).toEqual([...PROCESS_NAMES, ...KAFKA_NODES, 'keys', 'mongo', 'seed'].sort());
  });

  it('gives every process the same ports and subgraph URLs as npm start, with compose service names as hosts', () => {
    const expected = platformEnv(portsAt(0), (name) => name);
    const problems = platformServices().flatMap(([name, s]) => {
      const port = DEFAULT_PORTS[name as ProcessName];
      const published = s.ports ?? [];
      return [
        ...differences(name, environment(s), expected),
        ...(published.length === 1 && published[0] === `127.0.0.1:${port}:${port}`
          ? []
          : [`${name}: publishes ${JSON.stringify(published)}, expected ["127.0.0.1:${port}:${port}"]`]),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('sets only environment variables the platform reads (no typos)', () => {
    const known = new Set([...variablesConfigReads(), SERVICE_ENV]);
    // The recording is trusted only if it saw what we know config.ts reads.
    expect([...known]).toEqual(
      expect.arrayContaining(['MONGODB_URI', 'KAFKA_BROKERS', 'HOST', 'NODE_ENV', 'GATEWAY_PORT', 'OUTREACH_URL']),
    );
    const oneShots = ['seed', 'keys'].map((n): [string, ComposeService] => [n, services[n] ?? {}]);
    const unknown = [...platformServices(), ...oneShots].flatMap(([name, s]) =>
      Object.keys(environment(s))
        .filter((v) => !known.has(v))
        .map((v) => `${name}: ${v}`),
    );
    expect(unknown).toEqual([]);
  });

  it('points every address at a compose service: MongoDB at the replica set, Kafka at an advertised listener, seed at the gateway', () => {
    const mongo = services['mongo'] ?? {};
    const replSet = commandOf(mongo)[commandOf(mongo).indexOf('--replSet') + 1];
    const initiate = JSON.stringify(mongo.healthcheck?.test ?? '');
    // One in-network listener per node, all of them in every process's KAFKA_BROKERS.
    const advertised = KAFKA_NODES.map((n) => advertisedListeners(services[n] ?? {}).find((l) => l.startsWith(`${n}:`)) ?? `${n}: none`);
    const problems = platformServices().flatMap(([name, s]) => {
      const env = environment(s);
      const uri = new URL(env['MONGODB_URI'] ?? 'mongodb://missing');
      const brokers = (env['KAFKA_BROKERS'] ?? '').split(',');
      return [
        ...(uri.hostname === 'mongo' && uri.port === '27017' ? [] : [`${name}: MONGODB_URI ${uri.href} is not mongo:27017`]),
        ...(replSet && uri.searchParams.get('replicaSet') === replSet ? [] : [`${name}: MONGODB_URI names no replica set "${replSet}"`]),
        ...(JSON.stringify(brokers) === JSON.stringify(advertised)
          ? []
          : [`${name}: KAFKA_BROKERS ${brokers.join(',')} is not the advertised listeners of the Kafka nodes (${advertised.join(',')})`]),
      ];
    });
    expect(problems).toEqual([]);
    expect(initiate).toContain(`_id: '${replSet}'`);
    expect(initiate).toContain(`host: 'mongo:27017'`);
    expect(commandOf(services['seed'] ?? {})).toEqual([
      'node',
      'packages/stack/dist/cli.js',
      'seed',
      `http://gateway:${DEFAULT_PORTS.gateway}/graphql`,
    ]);
  });

  it('runs MongoDB as a replica set: --replSet on every interface, initiated once by its health check, healthy as primary', () => {
    const mongo = services['mongo'] ?? {};
    const command = commandOf(mongo);
    const replSet = command[command.indexOf('--replSet') + 1];
    expect(command).toContain('--replSet');
    expect(replSet).toMatch(/^\w+$/);
    // Other containers connect by the service name: mongod must not listen on loopback only.
    expect(command).toContain('--bind_ip_all');
    const test = mongo.healthcheck?.test;
    expect(Array.isArray(test) && test.slice(0, 2)).toEqual(['CMD', 'mongosh']);
    const script = Array.isArray(test) ? (test.at(-1) ?? '') : '';
    // Idempotent: rs.initiate only where rs.status() fails (no replica set yet), so every later check, and a
    // restart on the kept volume, finds the set instead of initiating it again.
    expect(script).toMatch(/try\s*\{\s*rs\.status\(\)\s*\}\s*catch\s*\(\w+\)\s*\{\s*rs\.initiate\(/);
    expect(script.match(/rs\.initiate\(/g)).toHaveLength(1);
    // Healthy (and so the services start) only once this member is the writable primary.
    expect(script).toContain('db.hello().isWritablePrimary');
    expect(mongo.volumes).toContain('mongo-data:/data/db');
    // Every platform process names the set, so the driver discovers the primary (and follows a failover).
    const uris = new Set(platformServices().map(([, s]) => environment(s)['MONGODB_URI']));
    expect([...uris]).toEqual([`mongodb://mongo:27017/?replicaSet=${replSet}`]);
  });

  it('runs mongo:7 and three Kafka nodes of the local version, cluster id and three-node settings (RF 3, min ISR 2)', () => {
    const pomVersion = /<kafka\.version>([^<]+)<\/kafka\.version>/.exec(read('infra/kafka/pom.xml'))?.[1];
    expect(services['mongo']?.image).toBe('mongo:7');
    const settings = { ...KAFKA_SETTINGS, ...CLUSTER_SETTINGS };
    expect(settings).toMatchObject({ 'default.replication.factor': '3', 'min.insync.replicas': '2' });
    const voters = KafkaCluster.NODE_IDS.map((id) => `${id}@kafka-${id}:9093`).join(',');
    const problems = KafkaCluster.NODE_IDS.flatMap((id) => {
      const name = `kafka-${id}`;
      const node = services[name] ?? {};
      const expected = Object.fromEntries(Object.entries(settings).map(([property, value]) => [kafkaEnvName(property), value]));
      const port = new KafkaCluster({ name: 'compose', basePort: 9092 }).clientPort(id);
      return [
        ...(node.image === `apache/kafka:${pomVersion}` ? [] : [`${name}: image ${node.image}, expected apache/kafka:${pomVersion}`]),
        ...differences(name, environment(node), {
          ...expected,
          KAFKA_NODE_ID: String(id),
          CLUSTER_ID: KAFKA_CLUSTER_ID,
          KAFKA_CONTROLLER_QUORUM_VOTERS: voters,
          KAFKA_ADVERTISED_LISTENERS: `PLAINTEXT://${name}:19092,PLAINTEXT_HOST://127.0.0.1:${port}`,
        }),
        // From the host, the ports of the local three-node cluster (PASS_KAFKA_BROKERS_LOCAL=3).
        ...(JSON.stringify(node.ports) === JSON.stringify([`127.0.0.1:${port}:9092`])
          ? []
          : [`${name}: publishes ${JSON.stringify(node.ports)}`]),
        ...((node.volumes ?? []).includes(`${name}-data:/var/lib/kafka/data`) ? [] : [`${name}: no volume of its own`]),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('health-checks every long-running service and starts them in the local order', () => {
    const platformCheck = services['gateway']?.healthcheck?.test;
    const problems: string[] = [];
    for (const [name, s] of Object.entries(services)) {
      const oneShot = name === 'keys' || name === 'seed';
      if (oneShot !== Boolean(s.healthcheck?.disable)) problems.push(`${name}: healthcheck ${oneShot ? 'should be disabled' : 'missing'}`);
      if (!oneShot && !s.healthcheck?.test) problems.push(`${name}: healthcheck has no test`);
      if (oneShot && s.restart !== 'no') problems.push(`${name}: a one-shot must not restart`);
    }
    for (const name of PROCESS_NAMES) {
      const s = services[name] ?? {};
      if (JSON.stringify(s.healthcheck?.test) !== JSON.stringify(platformCheck))
        problems.push(`${name}: healthcheck differs from the gateway's`);
      const expected: Record<string, string> =
        name === 'gateway'
          ? Object.fromEntries([['keys', 'service_completed_successfully'], ...SERVICE_NAMES.map((n) => [n, 'service_healthy'])])
          : {
              keys: 'service_completed_successfully',
              mongo: 'service_healthy',
              ...Object.fromEntries(KAFKA_NODES.map((n) => [n, 'service_healthy'])),
            };
      problems.push(...differences(`${name} depends_on`, dependencies(s), expected));
    }
    problems.push(...differences('seed depends_on', dependencies(services['seed'] ?? {}), { gateway: 'service_healthy' }));
    expect(problems).toEqual([]);
    // The compose check runs the same command as the image's own HEALTHCHECK.
    expect(JSON.stringify(platformCheck)).toBe(JSON.stringify(['CMD', ...dockerfileJson('HEALTHCHECK')]));
  });

  it('shares the dev keys the way npm start does: written once by keys, read by the platform and seed', () => {
    const mounts = Object.fromEntries(
      Object.entries(services).map(([name, s]) => [name, (s.volumes ?? []).find((v) => v.startsWith('auth-keys:'))]),
    );
    const expected = Object.fromEntries([
      ['keys', 'auth-keys:/app/.infra/auth'],
      ['seed', 'auth-keys:/app/.infra/auth:ro'],
      ...PROCESS_NAMES.map((n) => [n, 'auth-keys:/app/.infra/auth:ro']),
    ]);
    expect(differences('volumes', mounts as Record<string, string>, expected)).toEqual([]);
    expect(commandOf(services['keys'] ?? {})).toEqual(['node', 'packages/stack/dist/cli.js', 'keys']);
  });
});

/** The JSON-array (exec form) arguments of a Dockerfile instruction, e.g. CMD ["node", "x.js"]. */
function dockerfileJson(instruction: 'CMD' | 'HEALTHCHECK'): string[] {
  const line = dockerfile.split('\n').find((l) => l.startsWith(`${instruction} `));
  const json = line ? /\[.*\]$/.exec(line)?.[0] : undefined;
  if (!json) throw new Error(`Dockerfile has no exec-form ${instruction}`);
  return JSON.parse(json) as string[];
}

/** `packages/stack/dist/cli.js` → `packages/stack/src/cli.ts`: what tsc compiles it from. */
const sourceOf = (script: string): string => script.replace(/\/dist\//, '/src/').replace(/\.js$/, '.ts');

describe('Dockerfile', () => {
  const rootPackage = JSON.parse(read('package.json')) as {
    scripts: Record<string, string>;
    workspaces: string[];
    engines: { node: string };
    packageManager: string;
  };
  const runLines = dockerfile
    .replace(/\\\n/g, ' ')
    .split('\n')
    .filter((l) => l.startsWith('RUN '));

  it('builds with the npm of packageManager, npm ci and npm scripts that exist in package.json', () => {
    expect(runLines).toContain(`RUN npm install -g ${rootPackage.packageManager}`);
    const scripts = runLines.flatMap((l) => [...l.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1] ?? ''));
    expect(scripts).toContain('build');
    expect(scripts.filter((s) => !(s in rootPackage.scripts))).toEqual([]);
    expect(runLines.some((l) => /npm ci\b/.test(l))).toBe(true);
    expect(runLines.some((l) => /npm prune --omit=dev/.test(l))).toBe(true);
  });

  it('copies every workspace manifest before npm ci (otherwise npm ci fails on the lock file)', () => {
    const beforeCi = dockerfile.slice(0, dockerfile.indexOf('RUN npm ci'));
    const workspaces = rootPackage.workspaces.flatMap((pattern) =>
      pattern.endsWith('/*')
        ? fs.readdirSync(path.join(repoRoot, pattern.slice(0, -2))).map((d) => `${pattern.slice(0, -2)}/${d}`)
        : [pattern],
    );
    const manifests = workspaces.filter((w) => fs.existsSync(path.join(repoRoot, w, 'package.json')));
    expect(manifests.length).toBeGreaterThanOrEqual(PROCESS_NAMES.length);
    expect(manifests.filter((w) => !beforeCi.includes(`COPY ${w}/package.json ${w}/`))).toEqual([]);
    expect(beforeCi).toContain('COPY package.json package-lock.json ./');
  });

  it('runs on the Node the project requires, as a non-root user, with a health check', () => {
    const image = /^ARG NODE_IMAGE=node:(\d+)-bookworm-slim$/m.exec(dockerfile)?.[1];
    const required = /^>=(\d+)/.exec(rootPackage.engines.node)?.[1];
    expect(Number(image)).toBeGreaterThanOrEqual(Number(required));
    const user = dockerfile.split('\n').filter((l) => l.startsWith('USER '));
    expect(user.at(-1)).toBe('USER node');
    expect(dockerfileJson('HEALTHCHECK')).toEqual(['node', 'packages/stack/dist/container.js', 'healthcheck']);
  });

  it('starts only scripts this repository builds, and CLI commands that exist', () => {
    const commands = [
      dockerfileJson('CMD'),
      dockerfileJson('HEALTHCHECK'),
      ...Object.values(services).flatMap((s) => [commandOf(s), Array.isArray(s.healthcheck?.test) ? s.healthcheck.test.slice(1) : []]),
    ].filter((c) => c[0] === 'node');
    expect(commands.length).toBeGreaterThan(3);
    const missing = commands.map((c) => c[1] ?? '').filter((script) => !fs.existsSync(path.join(repoRoot, sourceOf(script))));
    expect(missing).toEqual([]);
    const cli = read('packages/stack/src/cli.ts');
    const subcommands = commands.filter((c) => c[1] === 'packages/stack/dist/cli.js').map((c) => c[2] ?? '');
    expect(subcommands.filter((sub) => !cli.includes(`case '${sub}':`))).toEqual([]);
    const containerArgs = commands.filter((c) => c[1] === 'packages/stack/dist/container.js').map((c) => c[2]);
    expect(containerArgs.filter((a) => a !== undefined && a !== 'healthcheck' && !isProcessName(a))).toEqual([]);
  });

  it('keeps local dependencies, builds, keys and data out of the build context', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    expect(ignored).toEqual(expect.arrayContaining(['.git', '**/node_modules', '**/dist', '.infra']));
  });
});
