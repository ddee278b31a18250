/**
 * `startSubgraph`: everything a PASS Graph subgraph process does besides its
 * domain — config, logs, its own database, the schema from `schemas/<name>.graphql`,
 * per-request DataLoaders, the outbox relay, the event consumer, health and
 * readiness, and graceful shutdown. A service supplies only `setup`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type http from 'node:http';
import type { IncomingMessage } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
// The resolver map type: @apollo/subgraph 2.14 (the last for Node 20) exports it only from this module.
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap';

export type { GraphQLResolverMap };
import { GraphQLError, parse, type GraphQLResolveInfo } from 'graphql';
import type { Connection } from 'mongoose';
import type { Kafka } from 'kafkajs';
import { loadConfig, type PlatformConfig, type ServiceName } from './config';
import { connectDatabase, pingDatabase } from './db';
import { formatError, unavailable } from './errors';
import { closeServer, guardRoute, serve } from './http';
import { createLogger, type Logger } from './logger';
import { metrics } from './metrics';
import { operationObserver } from './observe';
import { startTracing } from './tracing';
import type { RequestScope } from './request-scope';
import { EventCatalog } from './events/catalog';
import type { Caller } from './caller';
import { AuditTrail } from './audit';
import { enforceAuthorization } from './authz';
import { enforceScopes, Scopes, type CallerReach } from './scopes';
import { callerOfIdentity, NonceGuard, verifyIdentity } from './identity';
import { EventConsumer, type EventHandler, type EventHandlers } from './events/consumer';
import type { EventMap } from './events/envelope';
import { createKafka, ensureTopics } from './events/kafka';
import { Outbox, OutboxRelay, type AggregateModel } from './events/outbox';
import { collectLeaseGarbage, configureLeases, ensureLeaseIndexes } from './leases';
import { configureLoaders } from './loaders';
import { sweepInbox } from './events/consumer';

/** How often a process removes lease end markers old enough that no holder can still need them. */
const LEASE_GC_MS = 5 * 60_000;

export interface SubgraphContext<TLoaders> {
  requestId: string;
  /** Who is calling, as the gateway vouched for (anonymous when signed out). */
  caller: Caller;
  /** The caller's facility/district scope over `@scoped` types (scopes.ts): check before a write, restrict a list's query. */
  reach: CallerReach;
  /** Records a read of personal data in the audit trail (coordinate such as `CareRecipient.name`, ids read). */
  auditRead: (operation: string, targetIds: string[]) => void;
  loaders: TLoaders;
  log: Logger;
  scope: RequestScope;
}

/** What a service gets to build itself with; `Produced` is the type → payload map of the events it publishes. */
export interface ServiceRuntime<Produced extends EventMap = EventMap> {
  name: ServiceName;
  config: PlatformConfig;
  log: Logger;
  db: Connection;
  catalog: EventCatalog;
  outbox: Outbox<Produced>;
  /** Publishes a document's pending events now; call after each write that appended some. */
  publish: (model: AggregateModel, id: string) => void;
}

export interface ServiceParts<TLoaders, Consumed extends EventMap = EventMap> {
  resolvers: GraphQLResolverMap<SubgraphContext<TLoaders>>;
  /** A fresh set per request. */
  createLoaders: () => TLoaders;
  /** Models whose schema uses `outboxPlugin`. */
  aggregates: AggregateModel[];
  /** One handler per consumed event type (`ServiceDefinition.consumes`), each typed by its payload. */
  handlers?: EventHandlers<Consumed>;
  /** Deletes what the service keeps only for a while (by age, idempotent); run every RETENTION_SWEEP_MS. */
  sweep?: () => Promise<unknown>;
}

/**
 * A subgraph service. `Produced` and `Consumed` are type → payload maps (from @pass-graph/contracts): the
 * outbox accepts only `Produced` events, and the handler map must have exactly one handler per `consumes` entry.
 */
export interface ServiceDefinition<TLoaders, Produced extends EventMap = EventMap, Consumed extends EventMap = EventMap> {
  name: ServiceName;
  /**
   * The event types the handler map handles, as a list known without starting the service (the event catalog
   * reads it); start-up refuses a handler map whose types differ.
   */
  consumes?: readonly (keyof Consumed & string)[];
  setup: (runtime: ServiceRuntime<Produced>) => ServiceParts<TLoaders, Consumed> | Promise<ServiceParts<TLoaders, Consumed>>;
}

export interface RunningSubgraph {
  url: string;
  runtime: ServiceRuntime;
  relay: OutboxRelay;
  stop: () => Promise<void>;
}

export function loadSubgraphSdl(config: PlatformConfig, name: ServiceName): string {
  return fs.readFileSync(path.join(config.schemasDir, `${name}.graphql`), 'utf8');
}

/** The caller the gateway vouched for on this very request; anything else is refused before a resolver runs. */
function callerOf(req: IncomingMessage, request: { service: string; body: string }, secret: string, nonces: NonceGuard): Caller {
  const verified = verifyIdentity(req.headers, request, secret, nonces);
  if (!verified.ok) {
    metrics.inc('subgraph_rejected_requests_total', 'Requests without a valid gateway identity', { reason: verified.error });
    throw new GraphQLError(`requests must come through the gateway (${verified.error})`, {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
  return callerOfIdentity(verified.value);
}

async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      p,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

async function kafkaReachable(kafka: Kafka): Promise<void> {
  const admin = kafka.admin();
  try {
    await withTimeout(admin.connect(), 2_000, 'kafka connect');
    await withTimeout(admin.describeCluster(), 2_000, 'kafka describeCluster');
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

export async function startSubgraph<TLoaders, Produced extends EventMap, Consumed extends EventMap>(
  def: ServiceDefinition<TLoaders, Produced, Consumed>,
  config: PlatformConfig = loadConfig(),
): Promise<RunningSubgraph> {
  const log = createLogger(def.name, config.logLevel);
  // Startup phases, as milliseconds since the process started (logged once listening: what cold start is made of).
  const startup: Record<string, number> = { modulesLoaded: Math.round(process.uptime() * 1000) };
  const mark = (phase: string): void => void (startup[phase] = Math.round(process.uptime() * 1000));
  const tracing = startTracing(def.name, config.tracing);
  metrics.enableProcessMetrics();
  const catalog = EventCatalog.load(path.join(config.schemasDir, 'events'));
  configureLeases(config.leases);
  configureLoaders({ batching: !config.switchedOff.has('dataloader') });
  const db = await connectDatabase(config, def.name);
  mark('databaseConnected');
  if (!config.leases.enabled) log.warn('PASS_LEASES=off: writes are serialised in this process only (test mode)');
  const leaseGarbage = setInterval(() => void collectLeaseGarbage(db).catch(() => undefined), LEASE_GC_MS);
  leaseGarbage.unref();
  const kafka = createKafka(config, `pass-graph-${def.name}`, log);
  const outbox = new Outbox<Produced>(def.name, catalog);

  let relay: OutboxRelay | null = null;
  const runtime: ServiceRuntime<Produced> = {
    name: def.name,
    config,
    log,
    db,
    catalog,
    outbox,
    publish: (model, id) => relay?.kick(model, id),
  };
  const parts = await def.setup(runtime);
  const handled = Object.keys(parts.handlers ?? {}).sort();
  const declared = [...(def.consumes ?? [])].sort();
  if (handled.join() !== declared.join())
    throw new Error(`${def.name} handles [${handled.join(', ')}] but declares consumes [${declared.join(', ')}]`);
  // Payload types hold at run time because the consumer checks each payload against its schema first.
  const handlers = parts.handlers as Record<string, EventHandler> | undefined;
  const audit = new AuditTrail(db, def.name, catalog, (model, id) => relay?.kick(model, id));
  // Switched off only in a switch-off test run: audit records written after the fact, as separate writes that may fail.
  const auditInWrite = !config.switchedOff.has('audit');
  if (!auditInWrite) log.warn('PASS_SWITCH_OFF=audit: audit records are separate writes after the fact (test mode)');
  await Promise.all([...Object.values(db.models).map((m) => m.init()), ensureLeaseIndexes(db)]);
  // FerretDB has no TTL index: inbox, audit records and a service's own stores (`parts.sweep`) are pruned by age
  // here. Any process may run it; the deletes are idempotent.
  const sweeps: [string, () => Promise<unknown>][] = [
    ['inbox', () => sweepInbox(db, config.inboxRetentionDays)],
    ['audit records', () => audit.sweep(config.auditRetentionDays)],
    ...(parts.sweep ? [[def.name, parts.sweep] as [string, () => Promise<unknown>]] : []),
  ];
  // One sweep at a time: a slow database makes the next tick wait instead of piling deletes onto it.
  let sweeping = false;
  const retention = setInterval(() => {
    if (sweeping) return;
    sweeping = true;
    void (async () => {
      for (const [what, sweep] of sweeps)
        await sweep().catch((error: unknown) =>
          log.warn({ err: error instanceof Error ? error.message : String(error), what }, 'retention sweep failed; retrying later'),
        );
    })().finally(() => (sweeping = false));
  }, config.retentionSweepMs);
  retention.unref();
  mark('indexesReady');

  // Topics are created before anything is produced, so nothing waits on auto-creation.
  // If Kafka is down at start the service still serves; the relay retries and consumers start late.
  relay = new OutboxRelay({
    kafka,
    namespace: config.namespace,
    service: def.name,
    models: [...parts.aggregates, audit.model],
    appendOnly: [audit.model],
    log,
    sweepMs: config.outboxSweepMs,
    bestEffort: config.switchedOff.has('outbox'),
  });
  const relayed = relay;
  const unobserveBacklog = metrics.computed(
    'outbox_backlog_documents',
    'Documents whose outbox still holds unpublished events',
    ['service'],
    async () => [{ labels: { service: def.name }, value: await relayed.pendingCount() }],
  );
  const consumer =
    handlers && handled.length > 0 ? new EventConsumer({ kafka, config, service: def.name, catalog, db, log, handlers }) : null;
  // Bare topic names (ensureTopics adds the namespace) of every event type this service handles.
  const consumedTopics = handled.flatMap((type) => catalog.get(type)?.topic ?? []);
  let stopping = false;
  let eventsStarted = false;
  const startEvents = async (): Promise<void> => {
    for (let attempt = 1; !stopping; attempt++) {
      try {
        await ensureTopics(kafka, config, def.name, [...catalog.topicsOf(def.name), ...catalog.topicsOf('audit'), ...consumedTopics]);
        relay?.start();
        await consumer?.start();
        eventsStarted = true;
        log.info({ eventsStartedMs: Math.round(process.uptime() * 1000) }, 'consumer group joined');
        log.info({ topics: catalog.topicsOf(def.name), consumes: consumer?.topics() ?? [] }, 'events started');
        return;
      } catch (error) {
        log.warn({ err: error instanceof Error ? error.message : error, attempt }, 'kafka not ready; retrying');
        await new Promise((r) => setTimeout(r, Math.min(5_000, 500 * attempt)));
      }
    }
  };
  const eventsReady = startEvents();

  const resolvers = auditInWrite ? auditedInWrite(parts.resolvers, audit) : parts.resolvers;
  const schema = buildSubgraphSchema([{ typeDefs: parse(loadSubgraphSdl(config, def.name)), resolvers }]);
  // Switched off only in a switch-off test run (npm run test:switch-off): the SDL's @auth policies go unenforced.
  if (config.switchedOff.has('authorization')) log.warn('PASS_SWITCH_OFF=authorization: no @auth policy is enforced (test mode)');
  else enforceAuthorization(schema);
  // Switched off only in a switch-off test run: no `@scoped` type restricts anyone (every caller reaches every record).
  if (config.switchedOff.has('scopes')) log.warn('PASS_SWITCH_OFF=scopes: no facility/district scope is enforced (test mode)');
  const scopes = config.switchedOff.has('scopes') ? new Scopes(new Map()) : enforceScopes(schema);
  const apollo = new ApolloServer<SubgraphContext<TLoaders>>({
    schema,
    plugins: [operationObserver(), auditMutations(audit, log), auditPersonalDataReads(audit, log), markPersonalDataReads()],
    includeStacktraceInErrorResponses: false,
    introspection: !config.production,
    hideSchemaDetailsFromClientErrors: config.production,
    formatError: (formatted, error) => {
      const out = formatError(formatted, error, (hidden) => log.error({ err: hidden }, 'resolver error'));
      metrics.inc('graphql_errors_total', 'GraphQL errors returned', { code: String(out.extensions?.code ?? 'UNKNOWN') });
      return out;
    },
  });
  await apollo.start();
  mark('apolloStarted');

  const nonces = new NonceGuard();
  const server: http.Server = await serve({
    apollo,
    host: config.host,
    port: config.ports[def.name],
    log,
    context: async (req, scope, body) => {
      const caller = callerOf(req, { service: def.name, body }, config.auth.internalSecret, nonces);
      return {
        requestId: scope.requestId,
        caller,
        reach: scopes.forCaller(caller),
        auditRead: (operation, targetIds) => {
          scope.personalDataRead = true;
          if (!auditInWrite) {
            void audit.record(caller, { action: 'PII_READ', operation, targetIds, outcome: 'OK', errorCodes: [] }).catch(() => undefined);
            return;
          }
          const reads = (scope.personalDataReads ??= new Map());
          let ids = reads.get(operation);
          if (!ids) reads.set(operation, (ids = new Set()));
          for (const id of targetIds) ids.add(id);
        },
        loaders: parts.createLoaders(),
        log: log.child({ requestId: scope.requestId }),
        scope,
      };
    },
    routes: {
      '/healthz': async () => ({ status: 200, body: { status: 'ok', service: def.name } }),
      '/readyz': async () => {
        const checks: Record<string, string> = {};
        await withTimeout(pingDatabase(db), 2_000, 'database ping').then(
          () => (checks['database'] = 'ok'),
          (e: Error) => (checks['database'] = e.message),
        );
        await kafkaReachable(kafka).then(
          () => (checks['kafka'] = eventsStarted ? 'ok' : 'starting'),
          (e: Error) => (checks['kafka'] = e.message),
        );
        const ready = Object.values(checks).every((v) => v === 'ok');
        return { status: ready ? 200 : 503, body: { status: ready ? 'ready' : 'not ready', service: def.name, checks } };
      },
      '/metrics': guardRoute(
        async () => ({ status: 200, body: await metrics.render(), contentType: metrics.contentType }),
        config.production,
        config.metricsToken,
      ),
    },
  });
  const url = `http://${config.host}:${config.ports[def.name]}/graphql`;
  mark('listening');
  log.info({ url, startup }, 'subgraph listening');

  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down');
    await closeServer(server);
    await apollo.stop();
    // A consumer the coordinator has already forgotten (after a rebalance) can hang in disconnect: each Kafka
    // step is bounded, so the process still closes its database cleanly instead of being killed mid-write.
    const bounded = (p: Promise<unknown> | undefined, what: string): Promise<unknown> =>
      p ? withTimeout(p, 3_000, what).catch((e: Error) => log.warn({ err: e.message }, `${what} abandoned`)) : Promise.resolve();
    await bounded(consumer?.stop(), 'consumer stop');
    await Promise.race([eventsReady, new Promise((r) => setTimeout(r, 1_000))]);
    await bounded(relay?.stop(), 'outbox relay stop');
    unobserveBacklog();
    clearInterval(leaseGarbage);
    clearInterval(retention);
    await db.close();
    await tracing.shutdown();
    log.info('stopped');
  };
  return { url, runtime, relay, stop };
}

/**
 * Each mutation field's writes carry its audit record (audit.ts): the resolver runs with the record set
 * on the request scope, and outboxPlugin appends it to the first aggregate write that commits. Mutation
 * fields run one after another, so one slot on the scope is enough.
 */
function auditedInWrite<TLoaders>(
  resolvers: GraphQLResolverMap<SubgraphContext<TLoaders>>,
  audit: AuditTrail,
): GraphQLResolverMap<SubgraphContext<TLoaders>> {
  const mutation = resolvers['Mutation'];
  if (!mutation) return resolvers;
  type Resolve = (parent: unknown, args: unknown, ctx: SubgraphContext<TLoaders>, info: GraphQLResolveInfo) => unknown;
  const wrapped = Object.fromEntries(
    Object.entries(mutation).map(([field, resolver]) => {
      if (typeof resolver !== 'function') return [field, resolver];
      const resolve = resolver as Resolve;
      const audited: Resolve = async (parent, args, ctx, info) => {
        const mine = audit.forMutation(ctx.caller, `Mutation.${field}`);
        ctx.scope.mutationAudit = mine;
        try {
          return await resolve(parent, args, ctx, info);
        } finally {
          ctx.scope.mutationAudit = undefined;
          if (mine.committed) (ctx.scope.auditedMutations ??= new Set()).add(String(info.path.key));
        }
      };
      return [field, audited];
    }),
  );
  return { ...resolvers, Mutation: wrapped as (typeof resolvers)['Mutation'] };
}

/**
 * A mutation whose record did not ride a write (it failed, or wrote no aggregate) is recorded on its own,
 * with its outcome, before the response leaves. Nothing changed then, so there is nothing to undo if that
 * write fails too: it is logged as an error.
 */
function auditMutations<TLoaders>(audit: AuditTrail, log: Logger): ApolloServerPlugin<SubgraphContext<TLoaders>> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, contextValue, response }) {
          if (operation?.operation !== 'mutation' || response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          const data = (response.body.singleResult.data ?? {}) as Record<string, unknown>;
          for (const selection of operation.selectionSet.selections) {
            if (selection.kind !== 'Field') continue;
            const key = selection.alias?.value ?? selection.name.value;
            const mine = errors.filter((e) => e.path?.[0] === key);
            const result = data[key] as { id?: unknown } | null | undefined;
            const outcome = mine.length > 0 || result == null ? 'ERROR' : 'OK';
            if (outcome === 'OK' && contextValue.scope.auditedMutations?.has(key)) continue;
            const errorCodes = mine.map((e) => String(e.extensions?.['code'] ?? 'UNKNOWN'));
            const operationName = `Mutation.${selection.name.value}`;
            const written = audit
              .record(contextValue.caller, {
                action: 'MUTATION',
                operation: operationName,
                targetIds: typeof result?.id === 'string' ? [result.id] : [],
                outcome,
                errorCodes,
              })
              .catch((error: unknown) => {
                metrics.inc('audit_write_failures_total', 'Audit records that could not be written', { action: 'MUTATION' });
                log.error({ err: error, operation: operationName, requestId: contextValue.requestId }, 'audit record could not be written');
              });
            // With the database down the record cannot be written either: waiting for the driver to give
            // up would turn a fast SERVICE_UNAVAILABLE into a slow one. The attempt (and its log line) goes on.
            if (!errorCodes.includes('SERVICE_UNAVAILABLE')) await written;
          }
        },
      };
    },
  };
}

/**
 * Personal data read in full leaves the subgraph only once its reads are on the audit trail (one insert per
 * request): if that write fails, the response carries no data, only SERVICE_UNAVAILABLE.
 */
function auditPersonalDataReads<TLoaders>(audit: AuditTrail, log: Logger): ApolloServerPlugin<SubgraphContext<TLoaders>> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const reads = contextValue.scope.personalDataReads;
          if (!reads || reads.size === 0 || response.body.kind !== 'single') return;
          try {
            await audit.record(contextValue.caller, ...AuditTrail.readsOf(reads));
          } catch (error) {
            metrics.inc('audit_write_failures_total', 'Audit records that could not be written', { action: 'PII_READ' });
            log.error(
              { err: error, requestId: contextValue.requestId },
              'a read of personal data could not be audited; its data is withheld',
            );
            const withheld = unavailable('the audit trail for personal data').extensions;
            response.body.singleResult = {
              data: null,
              errors: [{ message: 'personal data could not be audited, so it is not returned; try again shortly', extensions: withheld }],
            };
          }
        },
      };
    },
  };
}

/** Tells the gateway a response holds personal data read in full (see RequestScope.personalDataRead): never cached. */
function markPersonalDataReads<TLoaders>(): ApolloServerPlugin<SubgraphContext<TLoaders>> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (!contextValue.scope.personalDataRead || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, personalDataRead: true };
        },
      };
    },
  };
}

/** Entry point of a service process: start, and stop cleanly on SIGINT/SIGTERM. */
export function runSubgraph<TLoaders, Produced extends EventMap, Consumed extends EventMap>(
  def: ServiceDefinition<TLoaders, Produced, Consumed>,
): void {
  startSubgraph(def).then(
    (running) => {
      const shutdown = (): void => {
        // A stop that hangs (a broker that never answers) must not leave a process behind.
        setTimeout(() => {
          running.runtime.log.error('shutdown did not finish in 9 s; exiting');
          process.exit(1);
        }, 9_000).unref(); // before the 10 s after which the stack's supervisor sends SIGKILL
        running.stop().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    },
    (error: unknown) => {
      createLogger(def.name).fatal({ err: error }, 'failed to start');
      process.exit(1);
    },
  );
}
