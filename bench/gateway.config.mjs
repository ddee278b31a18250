/**
 * Hive Gateway (`hive-gateway supergraph`) configured to do the same work per request as our
 * gateway (gateway/src/gateway.ts), so the benchmark compares planning and execution, not auth:
 *
 *  - verifies the bearer JWT with `jose` exactly like gateway/src/auth.ts (RS256 against the
 *    local JWKS file, issuer, audience, `exp` + `sub` required, 5 s clock tolerance), once per
 *    client request (memoised on the request's context);
 *  - signs the verified identity for every subgraph request with the platform's `signIdentity`
 *    (HMAC-SHA256 over time + payload, a fresh timestamp per subgraph request, as our data source
 *    does in `willSendRequest`) and forwards a request id.
 *
 * What it does not do that ours does: the depth/field-count check, the per-client token bucket
 * (disabled in the benchmark for ours too: RATE_LIMIT_* in bench/lib/stack.mjs), CSRF prevention
 * and its Prometheus counters. Those are a few microseconds per request. A bad token is refused
 * by both, differently: ours answers UNAUTHENTICATED before planning; here the subgraph fetches
 * fail and Hive masks the error (the benchmark only sends valid tokens).
 */
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import { defineConfig } from '@graphql-hive/gateway';
import { createLocalJWKSet, jwtVerify } from 'jose';

const require = createRequire(import.meta.url);
const { ANONYMOUS_IDENTITY, ROLES, loadConfig, signIdentity } = require('@pass-graph/platform');

// The same settings our gateway reads (issuer, audience, JWKS file, internal HMAC key).
const config = loadConfig();
const jwks = createLocalJWKSet(JSON.parse(fs.readFileSync(config.auth.jwksFile, 'utf8')));

const listClaim = (value) =>
  Array.isArray(value) ? value.filter((v) => typeof v === 'string' && v.length > 0 && v.length <= 128).slice(0, 1000) : [];

async function identify(authorization) {
  if (!authorization) return ANONYMOUS_IDENTITY;
  const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(authorization);
  if (!match) throw new Error('the Authorization header must be "Bearer <JWT>"');
  const { payload } = await jwtVerify(match[1], jwks, {
    issuer: config.auth.issuer,
    audience: config.auth.audience,
    clockTolerance: 5,
    requiredClaims: ['exp', 'sub'],
    algorithms: ['RS256'],
  });
  return {
    subject: String(payload.sub),
    roles: listClaim(payload.roles).filter((r) => ROLES.includes(r)),
    facilityIds: listClaim(payload.facilities),
    districts: listClaim(payload.districts),
  };
}

/** One verification and one request id per client request, shared by all its subgraph requests. */
const perRequest = new WeakMap();
function requestState(context, request) {
  let state = perRequest.get(context);
  if (!state) {
    state = { identity: identify(request.headers.get('authorization') ?? undefined), requestId: randomUUID() };
    perRequest.set(context, state);
  }
  return state;
}

export const gatewayConfig = defineConfig({
  logging: 'warn',
  propagateHeaders: {
    fromClientToSubgraphs: async ({ request, context }) => {
      const state = requestState(context, request);
      return { 'x-request-id': state.requestId, ...signIdentity(await state.identity, config.auth.internalSecret) };
    },
  },
});
