/**
 * Pieces shared by the authorization matrices (tests/security.test.ts through the gateway,
 * tests/security-entities.test.ts through `_entities` on each subgraph): dummy argument values
 * from a type, whether a policy lets a caller in, and a bounded pool of requests.
 */
import { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, type GraphQLInputType } from 'graphql';
import type { Policy } from '@pass-graph/platform';
import type { As } from './client';

/** A value of `type` that validates (required input fields filled in), for probing authorization only. */
export function dummy(type: GraphQLInputType, depth = 0): unknown {
  if (isNonNullType(type)) return dummy(type.ofType, depth);
  if (isListType(type)) return [dummy(type.ofType, depth)];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0]?.value;
  if (isInputObjectType(named)) {
    const out: Record<string, unknown> = {};
    if (depth > 4) return out;
    for (const f of Object.values(named.getFields()))
      if (isNonNullType(f.type) && f.defaultValue === undefined) out[f.name] = dummy(f.type, depth + 1);
    return out;
  }
  switch (named.name) {
    case 'Int':
      return 2023;
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
      return 'security-probe-id';
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
