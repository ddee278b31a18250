/**
 * Pieces shared by the authorization matrices (tests/security.test.ts through the gateway,
 * tests/security-entities.test.ts through `_entities` on each subgraph): dummy argument values
 * from a type, whether a policy lets a caller in, and a bounded pool of requests.
 */
import fs from 'node:fs';
import path from 'node:path';
import { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, type GraphQLInputType } from 'graphql';
import { signIdentity, type Identity, type Policy } from '@pass-graph/platform';
import type { As } from './client';
import { testEnv } from './env';

/** The gateway's shared secret of this checkout (`npm test` creates it). */
export const internalSecret = (): string =>
  fs.readFileSync(path.resolve(__dirname, '..', '..', '.infra', 'auth', 'internal.key'), 'utf8').trim();

export const subgraphUrl = (service: string): string => `http://127.0.0.1:${testEnv().ports[service]}/graphql`;

export interface SubgraphAnswer {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [k: string]: unknown } }[];
  };
}

/** A request straight to a subgraph, with `headers` (e.g. a signed identity) and exactly `body`. */
export async function postToSubgraph(service: string, body: string, headers: Record<string, string>): Promise<SubgraphAnswer> {
  const res = await fetch(subgraphUrl(service), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: res.status, body: (await res.json()) as SubgraphAnswer['body'] };
}

/** A request straight to a subgraph as the gateway would send it for `identity` (signed for this service and body). */
export function askSubgraph(
  service: string,
  identity: Identity,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<SubgraphAnswer> {
  const body = JSON.stringify({ query, variables });
  return postToSubgraph(service, body, signIdentity(identity, internalSecret(), { service, body }));
}

/**
 * Callers held to a scope that holds the matrices' samples (jb-rcp-0001, jb-visit-0001, jb-cmp-0001
 * are of facility jeonbuk-hcc-jeonbuk in 전주시): they must be admitted wherever their role is.
 */
export const SCOPED_CALLERS: As[] = [
  { subject: 'sec-scoped-care-worker', roles: ['care-worker'], facilities: ['jeonbuk-hcc-jeonbuk'] },
  { subject: 'sec-scoped-care-manager', roles: ['care-manager'], facilities: ['jeonbuk-hcc-jeonbuk'] },
];

/**
 * A value of `type` that validates (required input fields filled in), for probing authorization only.
 * `refusable`: the same shape with values every resolver refuses after authorization — ids that are not
 * ids (`checkId`), negative counts — so an allowed caller's probe is answered by the resolver and writes nothing.
 */
export function dummy(type: GraphQLInputType, depth = 0, refusable = false): unknown {
  if (isNonNullType(type)) return dummy(type.ofType, depth, refusable);
  if (isListType(type)) return [dummy(type.ofType, depth, refusable)];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0]?.value;
  if (isInputObjectType(named)) {
    const out: Record<string, unknown> = {};
    if (depth > 4) return out;
    for (const f of Object.values(named.getFields()))
      if (isNonNullType(f.type) && f.defaultValue === undefined) out[f.name] = dummy(f.type, depth + 1, refusable);
    return out;
  }
  switch (named.name) {
    case 'Int':
      return refusable ? -1 : 2023;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'Date':
      return '2023-01-01';
    case 'DateTime':
      return '2023-01-01T00:00:00Z';
    case 'KRW':
      return 1000;
    default:
      return refusable ? '!security-probe' : 'security-probe-id';
  }
}

/** Whether `policy` lets `as` read or call the field (scopes aside: they are checked where the data is). */
export const allowed = (policy: Policy, as: As): boolean => {
  if (policy.kind === 'public' || policy.kind === 'inherited') return true;
  if (as === 'anonymous') return false;
  if (policy.kind === 'authenticated') return true;
  return as.roles.includes('admin') || policy.roles.some((r) => as.roles.includes(r));
};

/** Runs `work` over `items`, at most `width` at a time. */
export async function pool<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++] as T);
    }),
  );
}
