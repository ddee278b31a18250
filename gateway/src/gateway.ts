/**
 * The PASS Graph gateway: @apollo/gateway over the checked-in supergraph
 * (`schemas/supergraph.graphql`), subgraph URLs from the environment, the
 * caller's verified identity (signed, see platform identity.ts) and a request id forwarded
 * to every subgraph; abuse limits (depth, fields, body size, rate, timeouts) on the way in.
 * A subgraph that is down costs its fields only: the rest of the answer comes
 * back with a SUBGRAPH_UNAVAILABLE error naming the service.
 */
import fs from 'node:fs';
import path from 'node:path';
import type http from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer, type GraphQLRequestContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { checkSize, countTokens, measure, RateLimiter, rateLimited, tooManyTokens } from './limits';
import { TokenVerifier } from './auth';
import {
  ANONYMOUS_IDENTITY,
  guardRoute,
  IDENTITY_HEADER,
  identityPayload,
  signPayload,
  type Identity,
  closeServer,
  createLogger,
  formatError,
  injectContext,
  loadConfig,
  metrics,
  requestScope,
  observeSubgraphFetch,
  operationObserver,
  serve,
  startTracing,
  SERVICE_NAMES,
  type PlatformConfig,
  type ServiceName,
} from '@pass-graph/platform';
import { createIde } from './ide';
import { allowlisted } from './allowlist';
import { EntityCache, idsInOperation, idsOf, scopeOf } from './entity-cache';
import { startCacheInvalidation, type CacheInvalidation } from './cache-invalidation';
import { variableShape } from './request-log';

type GatewayGraphQLResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

export interface GatewayContext {
  requestId: string;
  /** The verified caller; subgraphs receive it signed, never the raw token. */
  identity: Identity;
}

class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly service: string,
    url: string,
    private readonly internalSecret: string,
    private readonly cache: EntityCache | null = null,
  ) {
    super({ url });
    // A client that goes away aborts its subgraph fetches: the subgraph sees the connection close and stops
    // issuing reads for it (platform http.ts), instead of working for minutes for nobody.
    // The identity is signed here, over the exact body sent and this subgraph's name (platform identity.ts).
    const fetcher = this.fetcher;
    this.fetcher = (input, init) => {
      const signal = requestScope.getStore()?.signal;
      const headers = { ...(init?.headers as Record<string, string> | undefined) };
      const payload = headers[IDENTITY_HEADER] ?? identityPayload(ANONYMOUS_IDENTITY);
      Object.assign(headers, signPayload(payload, this.internalSecret, { service: this.service, body: String(init?.body ?? '') }));
      const signed = { ...init, headers };
      return fetcher(input, signal ? { ...signed, signal } : signed);
    };
  }

  /**
   * Entity fetches go through the entity cache (see entity-cache.ts); everything else straight to the
   * subgraph. Each real fetch is a client span and a latency observation (`willSendRequest` runs inside it).
   */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const fetch = (o: GraphQLDataSourceProcessOptions<GatewayContext>) => observeSubgraphFetch(this.service, () => super.process(o));
    const cache = this.cache;
    const representations = options.request.variables?.['representations'];
    if (
      !cache?.enabled ||
      !('incomingRequestContext' in options) ||
      options.incomingRequestContext.operation?.operation !== 'query' ||
      !Array.isArray(representations) ||
      !options.request.query?.includes('_entities')
    )
      return fetch(options);
    return cachedEntities(cache, this.service, options, representations, fetch);
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!request.http) return;
    const headers = request.http.headers;
    injectContext((k, v) => headers.set(k, v));
    if ('requestId' in context && context.requestId) headers.set('x-request-id', context.requestId);
    // Also for the gateway's own requests (no client context): they act as anonymous.
    const identity = 'identity' in context && context.identity ? context.identity : ANONYMOUS_IDENTITY;
    request.http.headers.set(IDENTITY_HEADER, identityPayload(identity)); // signed in the fetcher, with the body
    metrics.inc('gateway_subgraph_requests_total', 'Requests sent to subgraphs', { service: this.service });
  }

  override didEncounterError(error: Error, _request: unknown, response?: { status?: number }): void {
    metrics.inc('gateway_subgraph_errors_total', 'Subgraph requests that failed', { service: this.service });
    // A 4xx carries the subgraph's own typed errors (e.g. a variable its scalar rejected): relay the first.
    const relayed = firstSubgraphError(error);
    if (response && (response.status ?? 0) < 500 && relayed) {
      throw new GraphQLError(relayed.message, { extensions: { ...relayed.extensions, service: this.service } });
    }
    // Connection refused, timeouts and 5xx: the subgraph is unavailable. Its internal address stays private.
    throw new GraphQLError(`the ${this.service} service is unavailable`, {
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: this.service },
    });
  }
}

/**
 * Serves the representations the cache holds, fetches only the others (one request, as before) and
 * stores what came back without an error. Error paths of a partial fetch are mapped back to the
 * positions of the full request.
 */
export async function cachedEntities(
  cache: EntityCache,
  service: string,
  options: GraphQLDataSourceProcessOptions<GatewayContext>,
  representations: unknown[],
  fetch: (o: GraphQLDataSourceProcessOptions<GatewayContext>) => Promise<GatewayGraphQLResponse>,
): Promise<GatewayGraphQLResponse> {
  const { request, context } = options;
  const { representations: _all, ...otherVariables } = request.variables ?? {};
  const scope = scopeOf('identity' in context && context.identity ? context.identity : ANONYMOUS_IDENTITY);
  const keys = representations.map((r) => (cache.cacheable(r) ? cache.key(service, request.query ?? '', otherVariables, scope, r) : null));
  const results: unknown[] = keys.map((k) => (k ? cache.get(k) : undefined));
  const missing = results.flatMap((r, i) => (r === undefined ? [i] : []));
  const hits = representations.length - missing.length;
  if (hits > 0) metrics.inc('gateway_entity_cache_hits_total', 'Entities served from the gateway cache', { service }, hits);
  if (missing.length === 0) return { data: { _entities: results } };
  metrics.inc('gateway_entity_cache_misses_total', 'Entities fetched from subgraphs', { service }, missing.length);
  const startedAt = Date.now();
  const partial = missing.length < representations.length;
  const response = await fetch(
    partial
      ? {
          ...options,
          request: { ...request, variables: { ...request.variables, representations: missing.map((i) => representations[i]) } },
        }
      : options,
  );
  const fetched = response.data?.['_entities'];
  if (!Array.isArray(fetched) || fetched.length !== missing.length) return response;
  const failed = new Set((response.errors ?? []).map((e) => e.path?.[1]).filter((p): p is number => typeof p === 'number'));
  // Personal data read in full is never cached: each read must reach the subgraph to be audited (platform subgraph.ts).
  const personal = response.extensions?.['personalDataRead'] === true;
  fetched.forEach((value, j) => {
    const i = missing[j] as number;
    results[i] = value;
    const key = keys[i];
    if (key && value !== null && !failed.has(j) && !personal)
      cache.set(key, value, idsOf(representations[i] as Record<string, unknown>, value), startedAt);
  });
  if (!partial) return response;
  const errors = response.errors?.map((e) =>
    e.path?.[0] === '_entities' && typeof e.path[1] === 'number'
      ? { ...e, path: ['_entities', missing[e.path[1]] as number, ...e.path.slice(2)] }
      : e,
  );
  return { ...response, data: { ...response.data, _entities: results }, ...(errors ? { errors } : {}) };
}

interface RelayedError {
  message: string;
  extensions: { code: string } & Record<string, unknown>;
}

/** RemoteGraphQLDataSource puts a non-2xx response's body in `extensions.response.body`. */
function firstSubgraphError(error: Error): RelayedError | null {
  const body = (error as GraphQLError).extensions?.['response'] as { body?: { errors?: unknown[] } } | undefined;
  const first = body?.body?.errors?.[0] as { message?: unknown; extensions?: { code?: unknown } } | undefined;
  if (!first || typeof first.message !== 'string' || typeof first.extensions?.code !== 'string') return null;
  return { message: first.message, extensions: { ...first.extensions, code: first.extensions.code } };
}

async function subgraphHealthy(url: string): Promise<boolean> {
  try {
    const res = await fetch(url.replace(/\/graphql$/, '/healthz'), { signal: AbortSignal.timeout(1_000) });
    return res.status === 200;
  } catch {
    return false;
  }
}

export interface RunningGateway {
  url: string;
  stop: () => Promise<void>;
}

export async function startGateway(config: PlatformConfig = loadConfig()): Promise<RunningGateway> {
  const log = createLogger('gateway', config.logLevel);
  const logValues = config.switchedOff.has('log-redaction');
  const tracing = startTracing('gateway', config.tracing);
  metrics.enableProcessMetrics();
  // GraphiQL is a development tool: in production its routes and landing page are not there.
  const ide = config.production ? null : createIde('/graphql', config);
  const supergraphSdl = fs.readFileSync(path.join(config.schemasDir, 'supergraph.graphql'), 'utf8');
  const cache =
    config.entityCache.maxEntries > 0 ? new EntityCache({ ...config.entityCache, types: new Set(config.entityCache.types) }) : null;
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new SubgraphDataSource(
        name,
        (SERVICE_NAMES as readonly string[]).includes(name) ? config.subgraphUrls[name as ServiceName] : (url ?? ''),
        config.auth.internalSecret,
        cache,
      ),
  });
  const tokens = TokenVerifier.create(config.auth, log);
  const limiter = new RateLimiter(config.limits.ratePerMinute, config.limits.rateBurst);
  const allowlist = config.allowlist ? new Set(config.allowlist) : null;
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    introspection: !config.production,
    // "Did you mean …?" suggestions describe the schema to whoever sends a typo.
    hideSchemaDetailsFromClientErrors: config.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    formatError: (formatted, error) => {
      const out = formatError(formatted, error, (hidden) => log.error({ err: hidden }, 'gateway error'));
      metrics.inc('graphql_errors_total', 'GraphQL errors returned', { code: String(out.extensions?.code ?? 'UNKNOWN') });
      return out;
    },
    plugins: [
      ...(ide ? [ide.plugin] : []),
      operationObserver(),
      {
        // Depth, field-count and cost bombs are refused before any plan is made or subgraph asked.
        async requestDidStart() {
          return {
            async didResolveOperation({ document, operation, schema, request }) {
              // An operationName the document does not define: the client's mistake, a typed 400 (the gateway's
              // executor would otherwise throw it as a 500).
              if (!operation)
                throw new GraphQLError(
                  request.operationName
                    ? `Unknown operation named "${request.operationName}".`
                    : 'The document has several operations: name one with operationName.',
                  { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } },
                );
              const rootType =
                operation.operation === 'mutation'
                  ? schema.getMutationType()
                  : operation.operation === 'query'
                    ? schema.getQueryType()
                    : null;
              const size = measure(document, operation.selectionSet, {
                schema,
                variables: request.variables ?? {},
                limits: config.limits,
                ...(rootType ? { rootType } : {}),
              });
              const refused = checkSize(size, config.limits);
              if (refused) throw refused;
            },
          };
        },
      },
      {
        async requestDidStart(ctx: GraphQLRequestContext<GatewayContext>) {
          const started = Date.now();
          return {
            async willSendResponse() {
              // Built only when it is written: walking every request's variables at info level would be wasted work.
              if (!log.isLevelEnabled('debug')) return;
              const { variables } = ctx.request;
              log.debug(
                {
                  requestId: ctx.contextValue.requestId,
                  operation: ctx.operationName,
                  ms: Date.now() - started,
                  // Only their shape (personal data must never reach a log); PASS_SWITCH_OFF=log-redaction logs the values.
                  ...(variables ? { variables: logValues ? variables : variableShape(variables) } : {}),
                },
                'request',
              );
            },
          };
        },
      },
      {
        // Read-your-writes through this gateway: a mutation evicts at once the cached entities its arguments
        // and result name, without waiting for its events to come back from Kafka.
        async requestDidStart() {
          return {
            async willSendResponse({ operation, document, request, response }) {
              if (!cache || operation?.operation !== 'mutation') return;
              const data = response.body.kind === 'single' ? response.body.singleResult.data : undefined;
              cache.invalidate(idsInOperation(document, request.variables, data));
            },
          };
        },
      },
    ],
  });
  await apollo.start();
  // Started beside serving, not before it (creating topics and joining a group takes seconds): until it is
  // live the cache is off and every fetch goes to its subgraph; if Kafka is away it keeps trying.
  const invalidation: CacheInvalidation | null = cache ? startCacheInvalidation(config, cache, log) : null;
  const server: http.Server = await serve({
    apollo,
    host: config.host,
    port: config.ports.gateway,
    log,
    maxBodyBytes: config.limits.maxBodyBytes,
    requestTimeoutMs: config.limits.requestTimeoutMs,
    // Token count (and the allowlist) before Apollo parses anything: a 1 MiB query is refused after 5,000 tokens.
    screen: (body) => {
      const query = (body as { query?: unknown } | undefined)?.query;
      if (typeof query === 'string') {
        const tokens = countTokens(query, config.limits.maxTokens);
        if (tokens > config.limits.maxTokens) {
          const e = tooManyTokens(tokens, config.limits.maxTokens);
          return { status: 400, message: e.message, code: 'QUERY_TOO_COMPLEX', extensions: { maxTokens: config.limits.maxTokens } };
        }
      }
      return allowlisted(body, allowlist);
    },
    context: async (req, scope) => {
      const address = `ip:${req.socket.remoteAddress ?? '?'}`;
      let identity: Identity;
      try {
        identity = await tokens.identify(req.headers.authorization);
      } catch (error) {
        // A bad token counts against the address it came from: guessing tokens is rate-limited too.
        const wait = limiter.take(address);
        if (wait !== null) throw rateLimited(wait);
        throw error;
      }
      const wait = limiter.take(identity.subject ? `sub:${identity.subject}` : address);
      if (wait !== null) throw rateLimited(wait);
      return { requestId: scope.requestId, identity };
    },
    routes: {
      ...(ide?.routes ?? {}),
      // Shallow, for an orchestrator's readiness and liveness probes: this process serves (a partial graph
      // while a subgraph is down); /healthz below is the deep check of every subgraph.
      '/readyz': async () => ({ status: 200, body: { status: 'ready' } }),
      '/healthz': async () => {
        const checks = await Promise.all(
          SERVICE_NAMES.map(async (name) => [name, await subgraphHealthy(config.subgraphUrls[name])] as const),
        );
        const down = checks.filter(([, ok]) => !ok).map(([name]) => name);
        return {
          status: down.length === 0 ? 200 : 503,
          body: {
            status: down.length === 0 ? 'ok' : 'degraded',
            subgraphs: Object.fromEntries(checks.map(([n, ok]) => [n, ok ? 'up' : 'down'])),
          },
        };
      },
      '/metrics': guardRoute(
        async () => ({ status: 200, body: await metrics.render(), contentType: metrics.contentType }),
        config.production,
        config.metricsToken,
      ),
    },
  });
  const url = `http://${config.host}:${config.ports.gateway}/graphql`;
  log.info({ url }, 'gateway listening');
  return {
    url,
    stop: async () => {
      await closeServer(server);
      await invalidation?.stop();
      await apollo.stop();
      await tracing.shutdown();
    },
  };
}
