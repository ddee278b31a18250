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
import { checkSize, measure, RateLimiter, rateLimited } from './limits';
import { TokenVerifier } from './auth';
import {
  ANONYMOUS_IDENTITY,
  signIdentity,
  type Identity,
  closeServer,
  createLogger,
  formatError,
  injectContext,
  loadConfig,
  metrics,
  observeSubgraphFetch,
  operationObserver,
  serve,
  startTracing,
  SERVICE_NAMES,
  type PlatformConfig,
  type ServiceName,
} from '@pass-graph/platform';
import { createIde } from './ide';

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
  ) {
    super({ url });
  }

  /** Each fetch is a client span and a latency observation; `willSendRequest` runs inside it. */
  override process(options: GraphQLDataSourceProcessOptions<GatewayContext>): ReturnType<RemoteGraphQLDataSource['process']> {
    return observeSubgraphFetch(this.service, () => super.process(options));
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!request.http) return;
    const headers = request.http.headers;
    injectContext((k, v) => headers.set(k, v));
    if ('requestId' in context && context.requestId) headers.set('x-request-id', context.requestId);
    // Also for the gateway's own requests (no client context): they act as anonymous.
    const identity = 'identity' in context && context.identity ? context.identity : ANONYMOUS_IDENTITY;
    for (const [k, v] of Object.entries(signIdentity(identity, this.internalSecret))) request.http.headers.set(k, v);
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
  const tracing = startTracing('gateway', config.tracing);
  metrics.enableProcessMetrics();
  const ide = createIde();
  const supergraphSdl = fs.readFileSync(path.join(config.schemasDir, 'supergraph.graphql'), 'utf8');
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new SubgraphDataSource(
        name,
        (SERVICE_NAMES as readonly string[]).includes(name) ? config.subgraphUrls[name as ServiceName] : (url ?? ''),
        config.auth.internalSecret,
      ),
  });
  const tokens = TokenVerifier.create(config.auth, log);
  const limiter = new RateLimiter(config.limits.ratePerMinute, config.limits.rateBurst);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    introspection: !config.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    formatError: (formatted, error) => {
      const out = formatError(formatted, error, (hidden) => log.error({ err: hidden }, 'gateway error'));
      metrics.inc('graphql_errors_total', 'GraphQL errors returned', { code: String(out.extensions?.code ?? 'UNKNOWN') });
      return out;
    },
    plugins: [
      ide.plugin,
      operationObserver(),
      {
        // Depth and field-count bombs are refused before any subgraph is asked.
        async requestDidStart() {
          return {
            async didResolveOperation({ document, operation }) {
              if (!operation) return;
              const refused = checkSize(measure(document, operation.selectionSet), config.limits.maxDepth, config.limits.maxFields);
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
              log.debug({ requestId: ctx.contextValue.requestId, operation: ctx.operationName, ms: Date.now() - started }, 'request');
            },
          };
        },
      },
    ],
  });
  await apollo.start();
  const server: http.Server = await serve({
    apollo,
    host: config.host,
    port: config.ports.gateway,
    log,
    maxBodyBytes: config.limits.maxBodyBytes,
    requestTimeoutMs: config.limits.requestTimeoutMs,
    context: async (req, scope) => {
      const identity = await tokens.identify(req.headers.authorization);
      const wait = limiter.take(identity.subject ? `sub:${identity.subject}` : `ip:${req.socket.remoteAddress ?? '?'}`);
      if (wait !== null) throw rateLimited(wait);
      return { requestId: scope.requestId, identity };
    },
    routes: {
      ...ide.routes,
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
      '/metrics': async () => ({ status: 200, body: await metrics.render(), contentType: metrics.contentType }),
    },
  });
  const url = `http://${config.host}:${config.ports.gateway}/graphql`;
  log.info({ url }, 'gateway listening');
  return {
    url,
    stop: async () => {
      await closeServer(server);
      await apollo.stop();
      await tracing.shutdown();
    },
  };
}
