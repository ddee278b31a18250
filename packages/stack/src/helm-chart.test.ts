/**
 * deploy/helm/pass-graph rendered and validated offline (infra/k8s-validate: Helm's packages and the
 * Kubernetes 1.31 API types), then checked against the code: the settings loadConfig requires, ports,
 * probe paths, the supergraph, per-service databases, topics and network paths.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  ConfigError,
  databaseName,
  deadLetterTopic,
  EventCatalog,
  loadConfig,
  loadPiiKeyring,
  SERVICE_NAMES,
  topicName,
  type ProcessName,
} from '@pass-graph/platform';
import { chartDir, summarize, validateChart, type ChartReport, type RenderedObject } from './k8s-validate';
import { authDir } from './auth';
import { repoRoot } from './paths';

jest.setTimeout(600_000);

// Rendered YAML: any shape, checked field by field below.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;
const PROCESSES: ProcessName[] = ['gateway', ...SERVICE_NAMES];
const PII_SERVICES = ['staffing', 'care-services'];
const production = path.join(chartDir, 'values-production.yaml');

const reports: Record<'default' | 'production', ChartReport> = {} as never;
beforeAll(async () => {
  reports.default = await validateChart([], chartDir, console.log);
  reports.production = await validateChart([production]);
  console.log(`${summarize(reports.default)}\n${summarize(reports.production)}`);
});

const find = (r: ChartReport, kind: string): RenderedObject[] => r.objects.filter((o) => o.kind === kind);
const one = (r: ChartReport, kind: string, name: string): Obj => {
  const found = r.objects.filter((o) => o.kind === kind && o.name === name);
  expect(found.map((o) => o.name)).toEqual([name]);
  return found[0]!.object;
};
const deployment = (r: ChartReport, p: ProcessName): Obj => one(r, 'Deployment', `pass-graph-${p}`);
const container = (r: ChartReport, p: ProcessName): Obj => deployment(r, p).spec.template.spec.containers[0];
const labelsMatch = (selector: Record<string, string>, labels: Record<string, string>): boolean =>
  Object.entries(selector).every(([k, v]) => labels[k] === v);

/** Values a real Secret would hold, valid for loadConfig and loadPiiKeyring in production. */
const SECRET_VALUES: Record<string, string> = {
  PASS_INTERNAL_SECRET: 'k'.repeat(48),
  PII_KEYS: `k2026:${Buffer.alloc(32, 7).toString('base64')}`,
  PII_HASH_KEY: Buffer.alloc(32, 9).toString('base64'),
  'connectionString.standard': 'mongodb://user:pw@pass-mongo-0.pass-mongo-svc:27017/admin?replicaSet=pass-mongo',
};

/** The container's environment as the kubelet would give it, secret references resolved to SECRET_VALUES. */
function environment(c: Obj): Record<string, string> {
  const env: Record<string, string> = {};
  for (const e of c.env as Obj[]) {
    if (typeof e.value === 'string') env[e.name] = e.value;
    else if (e.valueFrom?.secretKeyRef) env[e.name] = SECRET_VALUES[e.valueFrom.secretKeyRef.key] ?? '';
  }
  return env;
}

describe.each(['default', 'production'] as const)('the chart with %s values', (which) => {
  const r = (): ChartReport => reports[which];

  it('renders and every object validates against the Kubernetes API (or its CRD schema)', () => {
    expect(r().kubeVersion).toBe('v1.31.3');
    expect(r().problems).toEqual([]);
    expect(r().objects.length).toBeGreaterThan(40);
    for (const o of r().objects) expect(o.validatedBy).not.toBe('');
    const how = new Set(
      r()
        .objects.filter((o) => o.kind !== 'Kafka' && !o.kind.startsWith('Kafka'))
        .map((o) => o.validatedBy),
    );
    expect([...how].sort()).toEqual(['CRD schema mongodbcommunity.mongodb.com_mongodbcommunity.yaml', 'k8s.io/api v1.31.3 strict']);
  });

  it('runs every process as a Deployment of ≥ 2 replicas with an autoscaler and a disruption budget', () => {
    for (const p of PROCESSES) {
      const d = deployment(r(), p);
      expect(d.spec.replicas).toBeGreaterThanOrEqual(2);
      // A rollout never goes below the running replicas: one new pod first, an old one removed once it is ready.
      expect(d.spec.strategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } });
      const hpa = one(r(), 'HorizontalPodAutoscaler', `pass-graph-${p}`);
      expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: d.metadata.name });
      expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
      expect(hpa.spec.maxReplicas).toBeGreaterThan(hpa.spec.minReplicas);
      const pdb = one(r(), 'PodDisruptionBudget', `pass-graph-${p}`);
      expect(labelsMatch(pdb.spec.selector.matchLabels, d.spec.template.metadata.labels)).toBe(true);
      // A budget that allows no eviction would block every node drain.
      expect(pdb.spec.maxUnavailable).toBeGreaterThanOrEqual(1);
    }
  });

  it('sets every variable loadConfig needs in production, with the port the container exposes', () => {
    for (const p of PROCESSES) {
      const c = container(r(), p);
      const env = environment(c);
      expect(env['SERVICE']).toBe(p);
      const config = loadConfig(env);
      // Default values are a staging cluster on the development keys; production values fail closed.
      expect(config.production).toBe(which === 'production');
      expect(config.host).toBe('0.0.0.0');
      expect(c.ports).toEqual([{ name: 'http', containerPort: config.ports[p], protocol: 'TCP' }]);
      expect(config.kafkaBrokers).toEqual(['pass-kafka-kafka-bootstrap:9092']);
      expect(env['KAFKA_REPLICATION_FACTOR']).toBe('3');
      expect(env['KAFKA_MIN_INSYNC_REPLICAS']).toBe('2');
      expect([config.kafkaReplicationFactor, config.kafkaMinInsyncReplicas]).toEqual([3, 2]);
      if (p !== 'gateway') expect(config.mongodbUri).toBe(SECRET_VALUES['connectionString.standard']);
      if (PII_SERVICES.includes(p)) expect(() => loadPiiKeyring(env, true)).not.toThrow();
      // Without its secret the process would refuse to start: the check above is not vacuous.
      if (which === 'production') expect(() => loadConfig({ ...env, PASS_INTERNAL_SECRET: '' })).toThrow(ConfigError);
      if (PII_SERVICES.includes(p)) expect(() => loadPiiKeyring({ ...env, PII_KEYS: '' }, true)).toThrow(ConfigError);
    }
  });

  it('points the gateway at each subgraph Service, whose selector and port reach that Deployment', () => {
    const config = loadConfig(environment(container(r(), 'gateway')));
    for (const s of SERVICE_NAMES) {
      const url = new URL(config.subgraphUrls[s]);
      expect(url.pathname).toBe('/graphql');
      const svc = one(r(), 'Service', url.hostname);
      expect(labelsMatch(svc.spec.selector, deployment(r(), s).spec.template.metadata.labels)).toBe(true);
      expect(svc.spec.ports).toEqual([{ name: 'http', port: Number(url.port), targetPort: 'http', protocol: 'TCP' }]);
      expect(container(r(), s).ports[0].containerPort).toBe(loadConfig(environment(container(r(), s))).ports[s]);
    }
  });

  it('probes paths the processes serve: /readyz for readiness, /healthz (subgraphs) for liveness', () => {
    const routes = (file: string): string[] =>
      [...fs.readFileSync(path.join(repoRoot, file), 'utf8').matchAll(/'(\/[a-z]+)': async/g)].map((m) => m[1]!);
    const served = { subgraph: routes('packages/platform/src/subgraph.ts'), gateway: routes('gateway/src/gateway.ts') };
    expect(served.subgraph).toEqual(expect.arrayContaining(['/healthz', '/readyz']));
    expect(served.gateway).toEqual(expect.arrayContaining(['/healthz', '/readyz']));
    for (const p of PROCESSES) {
      const c = container(r(), p);
      expect(c.readinessProbe.httpGet).toEqual({ path: '/readyz', port: 'http' });
      expect(c.livenessProbe.httpGet).toEqual({ path: p === 'gateway' ? '/readyz' : '/healthz', port: 'http' });
      for (const probe of [c.readinessProbe, c.livenessProbe, c.startupProbe])
        expect(served[p === 'gateway' ? 'gateway' : 'subgraph']).toContain(probe.httpGet.path);
    }
  });

  it('mounts the supergraph ConfigMap where the gateway reads it, and the JWKS from the Secret or a URL', () => {
    const cm = one(r(), 'ConfigMap', 'pass-graph-supergraph');
    expect(cm.data['supergraph.graphql']).toBe(fs.readFileSync(path.join(repoRoot, 'schemas', 'supergraph.graphql'), 'utf8').trimEnd());
    const d = deployment(r(), 'gateway');
    const c = container(r(), 'gateway');
    const mount = (c.volumeMounts as Obj[]).find((m) => m.name === 'supergraph')!;
    // In the image the repository root is /app: config.ts's schemasDir is /app/schemas.
    expect(mount).toMatchObject({ mountPath: '/app/schemas/supergraph.graphql', subPath: 'supergraph.graphql', readOnly: true });
    expect((d.spec.template.spec.volumes as Obj[]).find((v) => v.name === 'supergraph')!.configMap.name).toBe(cm.metadata.name);
    const auth = loadConfig(environment(c)).auth;
    if (which === 'production') expect(auth.jwksUrl).toMatch(/^https:\/\//);
    else {
      expect(auth.jwksUrl).toBeNull();
      const dir = (c.volumeMounts as Obj[]).find((m) => m.name === 'auth')!.mountPath;
      expect(path.join(dir, 'jwks.json')).toBe(auth.jwksFile);
      const vol = (d.spec.template.spec.volumes as Obj[]).find((v) => v.name === 'auth')!;
      expect(vol.secret).toEqual({ secretName: 'pass-graph-secrets', items: [{ key: 'jwks.json', path: 'jwks.json' }] });
    }
  });

  it('seeds (staging only) through the gateway Service, signing with a key mounted where auth.ts reads it', () => {
    const jobs = find(r(), 'Job');
    expect(jobs.length).toBe(which === 'default' ? 1 : 0);
    if (which === 'production') return;
    const spec = (jobs[0]!.object as Obj).spec.template.spec;
    const c = spec.containers[0];
    const gateway = one(r(), 'Service', 'pass-graph-gateway');
    expect(c.command).toEqual([
      'node',
      'packages/stack/dist/cli.js',
      'seed',
      `http://pass-graph-gateway:${gateway.spec.ports[0].port}/graphql`,
    ]);
    expect(loadConfig(environment(c)).production).toBe(false);
    const mounts = c.volumeMounts as Obj[];
    const inAuth = (file: string): Obj | undefined =>
      mounts.find((m) => m.mountPath === path.join('/app', path.relative(repoRoot, authDir), file));
    expect(inAuth('dev-signing-key.json')).toMatchObject({ name: 'signing-key', subPath: 'dev-signing-key.json' });
    expect(inAuth('jwks.json')).toMatchObject({ name: 'signing-key', subPath: 'jwks.json' });
    // ensureDevKeys writes internal.key beside them: the directory itself is an emptyDir, not the read-only Secret.
    const dir = (spec.volumes as Obj[]).find((v) => v.name === inAuth('')!.name)!;
    expect(dir.emptyDir).toBeDefined();
  });

  it('gives each subgraph a database user allowed only its own database, whose connection string it reads', () => {
    const mongo = one(r(), 'MongoDBCommunity', 'pass-mongo');
    expect(mongo.spec.members).toBe(3);
    for (const s of SERVICE_NAMES) {
      const user = (mongo.spec.users as Obj[]).find((u) => u.name === s)!;
      expect(user.roles).toEqual([{ name: 'readWrite', db: databaseName('pass', s) }]);
      const ref = (container(r(), s).env as Obj[]).find((e) => e.name === 'MONGODB_URI')!.valueFrom.secretKeyRef;
      expect(ref).toEqual({ name: user.connectionStringSecretName, key: 'connectionString.standard' });
    }
    expect(new Set((mongo.spec.users as Obj[]).map((u) => u.connectionStringSecretName)).size).toBe(SERVICE_NAMES.length);
  });

  it('declares three Kafka brokers and every topic the code uses with RF 3 and min.insync.replicas 2', () => {
    const kafka = one(r(), 'Kafka', 'pass-kafka');
    expect(kafka.spec.kafka.config).toMatchObject({
      'default.replication.factor': 3,
      'min.insync.replicas': 2,
      'offsets.topic.replication.factor': 3,
    });
    const pool = one(r(), 'KafkaNodePool', 'pass-kafka-nodes');
    expect(pool.spec).toMatchObject({ replicas: 3, roles: ['controller', 'broker'] });
    const catalog = EventCatalog.load(path.join(repoRoot, 'schemas', 'events'));
    const wanted = new Set([
      ...catalog.all().map((d) => topicName('pass', d.topic)),
      ...SERVICE_NAMES.map((s) => deadLetterTopic('pass', s)),
    ]);
    const topics = find(r(), 'KafkaTopic').map((t) => t.object as Obj);
    expect(topics.map((t) => t.spec.topicName).sort()).toEqual([...wanted].sort());
    for (const t of topics) {
      expect(t.metadata.labels['strimzi.io/cluster']).toBe('pass-kafka');
      expect(t.spec).toMatchObject({ replicas: 3, config: { 'min.insync.replicas': 2 } });
    }
  });

  it('sizes requests and limits from the measured footprint: request ≥ peak RSS, limit ≥ 2 × peak RSS', () => {
    type Footprint = { processes: Record<string, { rssMbIdle: number; rssMbLoad: { max: number } }> };
    const measured = JSON.parse(fs.readFileSync(path.join(repoRoot, 'bench', 'results', 'footprint-latest.json'), 'utf8')) as Footprint;
    const mib = (q: string): number => (q.endsWith('Gi') ? Number(q.slice(0, -2)) * 1024 : Number(q.replace(/Mi$/, '')));
    for (const p of PROCESSES) {
      const m = measured.processes[p]!;
      const peak = Math.max(m.rssMbIdle, m.rssMbLoad.max);
      const { requests, limits } = container(r(), p).resources;
      expect(mib(requests.memory)).toBeGreaterThanOrEqual(peak);
      expect(mib(limits.memory)).toBeGreaterThanOrEqual(2 * peak);
      expect(requests.cpu).toBeDefined();
    }
  });

  it('lets the network carry exactly the calls the services make', () => {
    // The calls: no subgraph makes an HTTP request of its own (only the gateway calls subgraphs).
    for (const s of SERVICE_NAMES) {
      const dir = path.join(repoRoot, 'services', s, 'src');
      for (const file of fs
        .readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')))
        expect([file, /\bfetch\(|http\.request|https\.request/.test(fs.readFileSync(path.join(dir, file), 'utf8'))]).toEqual([file, false]);
    }
    // Pods by their labels and namespace; a connection needs the source's egress and the target's ingress.
    const ns = 'pass-graph';
    const pods: Record<string, { ns: string; labels: Record<string, string>; port: number }> = {};
    for (const p of PROCESSES)
      pods[p] = { ns, labels: deployment(r(), p).spec.template.metadata.labels, port: container(r(), p).ports[0].containerPort };
    expect(find(r(), 'Job').length).toBe(which === 'default' ? 1 : 0); // production: no fixtures
    if (which === 'default') pods['seed'] = { ns, labels: one(r(), 'Job', 'pass-graph-seed').spec.template.metadata.labels, port: 0 };
    pods['kafka'] = { ns, labels: { 'strimzi.io/cluster': 'pass-kafka', 'strimzi.io/broker-role': 'true' }, port: 9092 };
    pods['mongo'] = { ns, labels: { app: 'pass-mongo-svc' }, port: 27017 };
    pods['other-pod'] = { ns, labels: { app: 'something-else' }, port: 8080 };
    pods['ingress'] = { ns: 'ingress-nginx', labels: { app: 'ingress-nginx' }, port: 443 };
    pods['prometheus'] = { ns: 'monitoring', labels: { app: 'prometheus' }, port: 9090 };
    const policies = find(r(), 'NetworkPolicy').map((o) => o.object as Obj);
    const selects = (sel: Obj, pod: { labels: Record<string, string> }): boolean => labelsMatch(sel.matchLabels ?? {}, pod.labels);
    const peerMatches = (peer: Obj, pod: { ns: string; labels: Record<string, string> }): boolean => {
      if (peer.ipBlock) return false;
      const nsOk = peer.namespaceSelector
        ? labelsMatch(peer.namespaceSelector.matchLabels ?? {}, { 'kubernetes.io/metadata.name': pod.ns })
        : pod.ns === ns;
      return nsOk && (peer.podSelector ? selects(peer.podSelector, pod) : true);
    };
    const portOk = (rule: Obj, port: number, named: string): boolean =>
      !rule.ports || (rule.ports as Obj[]).some((p) => p.port === port || p.port === named);
    const allowed = (dir: 'ingress' | 'egress', self: string, peer: string, port: number): boolean => {
      const mine = policies.filter(
        (p) =>
          pods[self]!.ns === ns &&
          selects(p.spec.podSelector, pods[self]!) &&
          p.spec.policyTypes.includes(dir === 'ingress' ? 'Ingress' : 'Egress'),
      );
      if (mine.length === 0) return true; // not isolated (Strimzi and the operator apply their own policies)
      return mine.some((p) =>
        ((p.spec[dir] ?? []) as Obj[]).some(
          (rule) =>
            ((rule[dir === 'ingress' ? 'from' : 'to'] ?? []) as Obj[]).some((peerSel) => peerMatches(peerSel, pods[peer]!)) &&
            portOk(rule, port, 'http'),
        ),
      );
    };
    const edges = new Set<string>();
    for (const from of Object.keys(pods))
      for (const to of Object.keys(pods))
        if (
          from !== to &&
          pods[to]!.port > 0 &&
          allowed('egress', from, to, pods[to]!.port) &&
          allowed('ingress', to, from, pods[to]!.port)
        )
          edges.add(`${from}→${to}`);
    const ours = (e: string): boolean => PROCESSES.some((p) => e.startsWith(`${p}→`) || e.endsWith(`→${p}`)) || e.startsWith('seed→');
    const expected = new Set<string>([
      ...SERVICE_NAMES.flatMap((s) => [`gateway→${s}`, `${s}→kafka`, `${s}→mongo`]),
      'gateway→kafka',
      ...(which === 'default' ? ['seed→gateway', 'other-pod→gateway', 'kafka→gateway', 'mongo→gateway'] : ['ingress→gateway']),
      ...(which === 'production' ? PROCESSES.map((p) => `prometheus→${p}`) : []),
    ]);
    expect([...edges].filter(ours).sort()).toEqual([...expected].sort());
  });
});

describe('the validator', () => {
  it('refuses an unknown field, a wrong type, an API version 1.31 no longer serves and a port of the wrong type', async () => {
    const broken = fs.mkdtempSync(path.join(os.tmpdir(), 'chart-'));
    fs.cpSync(chartDir, broken, { recursive: true });
    const edit = (file: string, from: string, to: string): void => {
      const f = path.join(broken, 'templates', file);
      const text = fs.readFileSync(f, 'utf8');
      expect(text).toContain(from);
      fs.writeFileSync(f, text.replace(from, to));
    };
    edit('deployments.yaml', 'terminationGracePeriodSeconds: 30', 'terminationGracePeriodSecond: 30');
    edit('mongodb.yaml', 'members: {{ $m.members }}', 'members: "three"');
    edit('pdb.yaml', 'apiVersion: policy/v1', 'apiVersion: policy/v1beta1');
    edit('services.yaml', 'port: {{ $p.port }}', 'port: "{{ $p.port }}"');
    const report = await validateChart([], path.join(broken));
    fs.rmSync(broken, { recursive: true, force: true });
    const text = report.problems.join('\n');
    expect(text).toContain('unknown field "spec.template.spec.terminationGracePeriodSecond"');
    expect(text).toContain('spec.members in body must be of type integer');
    expect(text).toContain('policy/v1beta1 is not served by Kubernetes v1.31.3');
    expect(text).toMatch(
      /Service\/pass-graph-gateway .*cannot unmarshal string into Go struct field ServicePort.spec.ports.port of type int32/,
    );
  });
});

describe('the values schema (values.schema.json)', () => {
  it('refuses a values file with a wrong type, an unknown key or a single replica', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'values-')), 'bad.yaml');
    fs.writeFileSync(
      file,
      ['gateway:', '  replicas: "two"', 'services:', '  budgets:', '    replicaz: 3', '  outreach:', '    replicas: 1', ''].join('\n'),
    );
    const report = await validateChart([file]);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    expect(report.objects).toEqual([]);
    const text = report.problems.join('\n');
    expect(text).toContain('gateway.replicas: Invalid type. Expected: integer, given: string');
    expect(text).toContain('services.budgets: Additional property replicaz is not allowed');
    expect(text).toContain('services.outreach.replicas: Must be greater than or equal to 2');
  });
});
