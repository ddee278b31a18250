/**
 * A small HTTP front for Apollo Server on node:http (no framework): `/graphql`,
 * plus the operational routes a process needs (`/healthz`, `/readyz`, `/metrics`).
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Logger } from './logger';
import { metrics } from './metrics';
import { observeGraphQLRequest } from './observe';
import { requestScope, type RequestScope } from './request-scope';

const MAX_BODY_BYTES = 1024 * 1024;
/** Node's own default `requestTimeout` (5 min): the deadline when none is configured. */
const DEFAULT_REQUEST_TIMEOUT_MS = 300_000;

export type Route = (req: IncomingMessage) => Promise<{ status: number; body: unknown; contentType?: string }>;

export interface ServeOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  host: string;
  port: number;
  log: Logger;
  /** Builds the request's context; `body` is the raw request body (what a signature may cover). */
  context: (req: IncomingMessage, scope: RequestScope, body: string) => Promise<TContext>;
  /**
   * Checks a parsed body before Apollo parses the query (e.g. a token limit): a refusal is answered
   * at once with its status and typed error.
   */
  screen?: (body: unknown) => { status: number; message: string; code: string; extensions?: Record<string, unknown> } | null;
  routes: Record<string, Route>;
  /** Largest accepted request body (413 PAYLOAD_TOO_LARGE beyond). */
  maxBodyBytes?: number;
  /** Whole-request timeout (node's `requestTimeout`). */
  requestTimeoutMs?: number;
}

class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code = 'BAD_REQUEST',
  ) {
    super(message);
  }
}

function readBody(req: IncomingMessage, max: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        // Answer now and discard the rest (destroying the socket would lose the answer).
        chunks.length = 0;
        req.removeAllListeners('data');
        req.resume();
        reject(new BodyError(413, `request body larger than ${max} bytes`, 'PAYLOAD_TOO_LARGE'));
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: string, contentType = 'application/json; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

const errorBody = (message: string, code: string): string => JSON.stringify({ errors: [{ message, extensions: { code } }] });

export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
}

export async function serve<TContext extends BaseContext>(opts: ServeOptions<TContext>): Promise<http.Server> {
  const { apollo, log } = opts;
  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      try {
        const route = opts.routes[url.pathname];
        if (route) {
          const out = await route(req);
          const text = typeof out.body === 'string' ? out.body : JSON.stringify(out.body);
          send(res, out.status, text, out.contentType);
          return;
        }
        if (url.pathname !== '/graphql') {
          send(res, 404, errorBody('not found', 'NOT_FOUND'));
          return;
        }
        const raw = req.method === 'POST' ? await readBody(req, opts.maxBodyBytes ?? MAX_BODY_BYTES) : '';
        let body: unknown = undefined;
        if (raw) {
          try {
            body = JSON.parse(raw);
          } catch {
            send(res, 400, errorBody('request body is not valid JSON', 'BAD_REQUEST'));
            return;
          }
        }
        const refused = opts.screen?.(body ?? Object.fromEntries(url.searchParams));
        if (refused) {
          const error = { message: refused.message, extensions: { ...refused.extensions, code: refused.code } };
          send(res, refused.status, JSON.stringify({ errors: [error] }));
          return;
        }
        const headers = new HeaderMap();
        for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
        // A client that disconnects (or the gateway giving up on a subgraph) aborts the scope: work nobody
        // waits for any more stops at its next database read instead of holding the database for others.
        const abort = new AbortController();
        res.once('close', () => {
          if (!res.writableFinished) abort.abort();
        });
        const scope: RequestScope = {
          requestId: requestIdOf(req),
          dbOperations: 0,
          signal: abort.signal,
          deadline: Date.now() + (opts.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS),
        };
        const result = await observeGraphQLRequest(req, scope, () =>
          requestScope.run(scope, () =>
            apollo.executeHTTPGraphQLRequest({
              httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
              context: () => opts.context(req, scope, raw),
            }),
          ),
        );
        metrics.inc('http_graphql_requests_total', 'GraphQL HTTP requests', { status: String(result.status ?? 200) });
        const outHeaders: Record<string, string> = { 'x-request-id': scope.requestId };
        for (const [k, v] of result.headers) outHeaders[k] = v;
        res.writeHead(result.status ?? 200, outHeaders);
        if (result.body.kind === 'complete') res.end(result.body.string);
        else {
          for await (const chunk of result.body.asyncIterator) res.write(chunk);
          res.end();
        }
      } catch (error) {
        if (error instanceof BodyError) {
          send(res, error.status, errorBody(error.message, error.code));
          return;
        }
        log.error({ err: error }, 'unhandled error serving request');
        if (!res.headersSent) send(res, 500, errorBody('internal error', 'INTERNAL_SERVER_ERROR'));
        else res.end();
      }
    })();
  });
  server.keepAliveTimeout = 65_000;
  if (opts.requestTimeoutMs) server.requestTimeout = opts.requestTimeoutMs;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  return server;
}

export function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}

/**
 * An operational route (`/metrics`) in production: answered only to `Authorization: Bearer <token>`,
 * and not at all (404) when no token is configured. In development it stays open.
 */
export function guardRoute(route: Route, production: boolean, token: string | null): Route {
  if (!production) return route;
  const notFound = { status: 404, body: { errors: [{ message: 'not found', extensions: { code: 'NOT_FOUND' } }] } };
  if (!token) return async () => notFound;
  const expected = Buffer.from(`Bearer ${token}`);
  return async (req) => {
    const given = Buffer.from(req.headers.authorization ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      return { status: 401, body: { errors: [{ message: 'metrics need the metrics token', extensions: { code: 'UNAUTHENTICATED' } }] } };
    return route(req);
  };
}
