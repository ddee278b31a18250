/**
 * Authorization in the schema. Each subgraph's SDL says who may read what:
 *
 *   directive @auth(requires: [String!]) on OBJECT | FIELD_DEFINITION   # signed-in, and one of these roles
 *   directive @public on OBJECT | FIELD_DEFINITION                      # anonymous callers too
 *
 * A field's policy is its own directive, else its type's, else the default: fields of the root
 * types and of entities (types with `@key`, reachable through `_entities`) need a signed-in caller;
 * other types (connections, value objects) are only reachable through a field already checked.
 * The policy is enforced by wrapping the resolvers of the executable schema, so it holds on every
 * path into a field — root fields, nested fields and `__resolveReference` alike.
 */
import {
  defaultFieldResolver,
  isObjectType,
  type ConstDirectiveNode,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { ROLES, requireRole, type Caller, type Role } from './caller';
import { DomainError } from './errors';

export const AUTH_DIRECTIVES_SDL = `directive @auth(requires: [String!]) on OBJECT | FIELD_DEFINITION
directive @public on OBJECT | FIELD_DEFINITION`;

export type Policy =
  | { kind: 'public' }
  /** No rule of its own: reachable only through a field that was checked. */
  | { kind: 'inherited' }
  | { kind: 'authenticated' }
  | { kind: 'roles'; roles: Role[] };

export interface PolicyEntry {
  coordinate: string;
  policy: Policy;
}

const FEDERATION_FIELDS = new Set(['_service', '_entities']);

function directivesOf(type: GraphQLObjectType): ConstDirectiveNode[] {
  return [type.astNode, ...type.extensionASTNodes].flatMap((n) => [...(n?.directives ?? [])]);
}

function policyOf(directives: readonly ConstDirectiveNode[], where: string): Policy | null {
  const auth = directives.find((d) => d.name.value === 'auth');
  const pub = directives.find((d) => d.name.value === 'public');
  if (auth && pub) throw new Error(`${where}: @auth and @public together`);
  if (pub) return { kind: 'public' };
  if (!auth) return null;
  const arg = auth.arguments?.find((a) => a.name.value === 'requires');
  if (!arg || arg.value.kind === 'NullValue') return { kind: 'authenticated' };
  const values = arg.value.kind === 'ListValue' ? arg.value.values : [arg.value];
  const roles = values.map((v) => (v.kind === 'StringValue' ? v.value : ''));
  for (const r of roles) if (!(ROLES as readonly string[]).includes(r)) throw new Error(`${where}: unknown role "${r}" in @auth`);
  return roles.length === 0 ? { kind: 'authenticated' } : { kind: 'roles', roles: roles as Role[] };
}

/** A type `_entities` can return: a `@key` that is not `resolvable: false` (a stub of another service's entity is not). */
function isEntity(type: GraphQLObjectType): boolean {
  return directivesOf(type).some(
    (d) =>
      d.name.value === 'key' &&
      !d.arguments?.some((a) => a.name.value === 'resolvable' && a.value.kind === 'BooleanValue' && !a.value.value),
  );
}

function isRoot(schema: GraphQLSchema, type: GraphQLObjectType): boolean {
  return type === schema.getQueryType() || type === schema.getMutationType() || type === schema.getSubscriptionType();
}

/** Every object field of the schema with the policy that applies to it. */
export function authorizationTable(schema: GraphQLSchema): PolicyEntry[] {
  const out: PolicyEntry[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type.name === '_Service') continue;
    const typePolicy = policyOf(directivesOf(type), type.name);
    const fallback: Policy = isRoot(schema, type) || isEntity(type) ? { kind: 'authenticated' } : { kind: 'inherited' };
    for (const field of Object.values(type.getFields())) {
      const coordinate = `${type.name}.${field.name}`;
      const own = policyOf(field.astNode?.directives ?? [], coordinate);
      const policy =
        isRoot(schema, type) && FEDERATION_FIELDS.has(field.name) ? { kind: 'inherited' as const } : (own ?? typePolicy ?? fallback);
      out.push({ coordinate, policy });
    }
  }
  return out;
}

/** Whether a caller may read a field with this policy; the error says why not. */
export function check(policy: Policy, caller: Caller, what: string): DomainError | null {
  switch (policy.kind) {
    case 'public':
    case 'inherited':
      return null;
    case 'authenticated':
      return caller.subject === null ? new DomainError('UNAUTHENTICATED', `${what} requires signing in`) : null;
    case 'roles':
      try {
        requireRole(caller, policy.roles, what);
        return null;
      } catch (error) {
        return error as DomainError;
      }
  }
}

interface WithCaller {
  caller: Caller;
}

type ReferenceResolver = (reference: unknown, context: WithCaller, info: unknown) => unknown;

/**
 * Wraps the resolvers of `schema` in place so each field checks its policy first.
 * Returns the table it enforced (tests generate their authorization matrix from it).
 */
export function enforceAuthorization(schema: GraphQLSchema): PolicyEntry[] {
  const table = authorizationTable(schema);
  const byCoordinate = new Map(table.map((e) => [e.coordinate, e.policy]));
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type.name === '_Service') continue;
    const typePolicy = policyOf(directivesOf(type), type.name);
    for (const field of Object.values(type.getFields())) {
      const coordinate = `${type.name}.${field.name}`;
      const policy = byCoordinate.get(coordinate);
      if (!policy || policy.kind === 'public' || policy.kind === 'inherited') continue;
      const resolve: GraphQLFieldResolver<unknown, WithCaller> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const denied = check(policy, context.caller, coordinate);
        if (denied) throw denied;
        return resolve(source, args, context, info);
      };
    }
    // An entity whose type demands roles is not even loaded for callers without them.
    // (@apollo/subgraph keeps `__resolveReference` in the type's extensions.)
    const ext = type.extensions as { apollo?: { subgraph?: { resolveReference?: ReferenceResolver } } };
    const resolveReference = ext.apollo?.subgraph?.resolveReference;
    if (typePolicy?.kind === 'roles' && resolveReference) {
      const guarded: ReferenceResolver = (reference, context, info) => {
        const denied = check(typePolicy, context.caller, type.name);
        // Rejected, not thrown: a throw would fail the whole `_entities` list, not just this entity.
        if (denied) return Promise.reject(denied);
        return resolveReference(reference, context, info);
      };
      const extensions = {
        ...type.extensions,
        apollo: { ...ext.apollo, subgraph: { ...ext.apollo?.subgraph, resolveReference: guarded } },
      };
      Object.assign(type, { extensions });
    }
  }
  return table;
}
