/**
 * Scopes in the schema: which facility or district owns a record, declared on its type,
 *
 *   directive @scoped(facility: String, district: String) on OBJECT
 *   type CareRecipient @key(fields: "id") @auth(requires: [...]) @scoped(facility: "facilityId", district: "district")
 *
 * (the arguments name fields of the stored record, dotted for nested ones), and enforced by the
 * platform where the data is, like `@auth`:
 *   - a field (root or nested, `__resolveReference` included) that returns one scoped record the
 *     caller's scope does not cover is refused with FORBIDDEN;
 *   - a list of scoped records, or a connection's `nodes`/`edges`, leaves those records out;
 *   - resolvers narrow their queries with `reach.restrict` (so pages and counts are right) and check
 *     a record with `reach.check` before they change it (a mutation must refuse before it writes).
 *
 * Whose reads are scoped: care managers and care workers by their facilities where the type names a
 * facility field, outreach workers by their districts where it names a district field, as far as
 * the role that lets them read the type is such a scoped role. Admin, and any other role the type's
 * `@auth` admits (data-analyst, board, finance), reads unscoped. A record without an owner of the
 * declared kind (no facility yet) is outside every scope.
 */
import {
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  type ConstDirectiveNode,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import type { Caller, Role } from './caller';
import { trusted } from './db';
import { DomainError } from './errors';
import { authorizationTable, type Policy } from './authz';

export const SCOPES_SDL = `directive @scoped(facility: String, district: String) on OBJECT`;

export const FACILITY_SCOPED_ROLES: readonly Role[] = ['care-manager', 'care-worker'];
export const DISTRICT_SCOPED_ROLES: readonly Role[] = ['outreach-worker'];

/** Where a record says who owns it (paths into the stored record). */
export interface ScopeRule {
  facility: string | null;
  district: string | null;
}

/** What one caller reaches of one type. */
export type Reach = { all: true } | { all: false; facilityIds: readonly string[]; districts: readonly string[] };

/**
 * The caller's reach over a type read under `policy` (its `@auth`) with this rule. A role is held to
 * a scope only where the type declares that kind of scope: care roles by a `facility` field,
 * outreach workers by a `district` field; any other role the policy admits reads unscoped.
 */
export function reachOf(caller: Caller, policy: Policy | null, rule: ScopeRule): Reach {
  if (caller.roles.includes('admin')) return { all: true };
  // The roles that let the caller read the type; for a write by a role the type's reads do not name
  // (a care worker receiving a complaint), the caller's own roles.
  const admitted = policy?.kind === 'roles' ? caller.roles.filter((r) => policy.roles.includes(r)) : caller.roles;
  const granting = admitted.length > 0 ? admitted : caller.roles;
  const scoped = (r: Role): boolean =>
    (rule.facility !== null && FACILITY_SCOPED_ROLES.includes(r)) || (rule.district !== null && DISTRICT_SCOPED_ROLES.includes(r));
  if (granting.some((r) => !scoped(r))) return { all: true };
  return {
    all: false,
    facilityIds: rule.facility !== null && granting.some((r) => FACILITY_SCOPED_ROLES.includes(r)) ? caller.facilityIds : [],
    districts: rule.district !== null && granting.some((r) => DISTRICT_SCOPED_ROLES.includes(r)) ? caller.districts : [],
  };
}

const at = (record: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), record);

export function covers(reach: Reach, rule: ScopeRule, record: unknown): boolean {
  if (reach.all) return true;
  const facility = rule.facility ? at(record, rule.facility) : undefined;
  const district = rule.district ? at(record, rule.district) : undefined;
  return (
    (typeof facility === 'string' && reach.facilityIds.includes(facility)) ||
    (typeof district === 'string' && reach.districts.includes(district))
  );
}

export const outOfScope = (type: string): DomainError =>
  new DomainError('FORBIDDEN', `this ${type} belongs to a facility or district outside your scope`, { type });

function ruleOf(type: GraphQLObjectType): ScopeRule | null {
  const directives: ConstDirectiveNode[] = [type.astNode, ...type.extensionASTNodes].flatMap((n) => [...(n?.directives ?? [])]);
  const d = directives.find((x) => x.name.value === 'scoped');
  if (!d) return null;
  const arg = (name: string): string | null => {
    const v = d.arguments?.find((a) => a.name.value === name)?.value;
    return v?.kind === 'StringValue' ? v.value : null;
  };
  const rule = { facility: arg('facility'), district: arg('district') };
  if (!rule.facility && !rule.district) throw new Error(`${type.name}: @scoped names neither a facility nor a district field`);
  return rule;
}

interface ScopedType {
  rule: ScopeRule;
  policy: Policy | null;
}

/** The scope checks of one request's caller, for resolvers (`ctx.reach`). */
export interface CallerReach {
  /** FORBIDDEN unless the caller's scope covers this record of `type` (null passes: not found is the resolver's answer). */
  check: (type: string, record: unknown) => void;
  /** `filter` narrowed to the records of `type` the caller's scope covers. */
  restrict: <F extends object>(type: string, filter: F) => F;
}

export class Scopes {
  constructor(private readonly types: ReadonlyMap<string, ScopedType>) {}

  get scopedTypes(): string[] {
    return [...this.types.keys()];
  }

  reach(caller: Caller, type: string): Reach {
    const t = this.types.get(type);
    return t ? reachOf(caller, t.policy, t.rule) : { all: true };
  }

  covers(caller: Caller, type: string, record: unknown): boolean {
    const t = this.types.get(type);
    return !t || covers(reachOf(caller, t.policy, t.rule), t.rule, record);
  }

  forCaller(caller: Caller): CallerReach {
    return {
      check: (type, record) => {
        if (record != null && !this.covers(caller, type, record)) throw outOfScope(type);
      },
      restrict: <F extends object>(type: string, filter: F): F => {
        const t = this.types.get(type);
        const reach = t ? reachOf(caller, t.policy, t.rule) : ({ all: true } as const);
        if (!t || reach.all) return filter;
        const alternatives: Record<string, unknown>[] = [];
        if (t.rule.facility && reach.facilityIds.length > 0)
          alternatives.push({ [t.rule.facility]: trusted({ $in: [...reach.facilityIds] }) });
        if (t.rule.district && reach.districts.length > 0) alternatives.push({ [t.rule.district]: trusted({ $in: [...reach.districts] }) });
        const scope =
          alternatives.length === 0 ? { _id: trusted({ $in: [] }) } : alternatives.length === 1 ? alternatives[0] : { $or: alternatives };
        return (Object.keys(filter).length === 0 ? scope : { $and: [filter, scope] }) as F;
      },
    };
  }
}

interface WithCaller {
  caller: Caller;
}

type ReferenceResolver = (reference: unknown, context: WithCaller, info: unknown) => unknown;

const unwrapNonNull = (t: GraphQLOutputType): GraphQLOutputType => (isNonNullType(t) ? t.ofType : t);

/**
 * Wraps the resolvers of `schema` in place so scoped records out of the caller's scope are refused
 * (one record) or left out (lists, connections). Returns what resolvers use through `ctx.reach`.
 */
export function enforceScopes(schema: GraphQLSchema): Scopes {
  const table = new Map(authorizationTable(schema).map((e) => [e.coordinate, e.policy]));
  const types = new Map<string, ScopedType>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const rule = ruleOf(type);
    if (!rule) continue;
    // The type's own policy: the one its `id` (or first) field inherits.
    const first = Object.keys(type.getFields())[0];
    const policy = first ? (table.get(`${type.name}.${first}`) ?? null) : null;
    types.set(type.name, { rule, policy: policy?.kind === 'inherited' || policy?.kind === 'public' ? null : policy });
  }
  const scopes = new Scopes(types);
  if (types.size === 0) return scopes;

  const connectionOf = (named: GraphQLObjectType): string | null => {
    const nodes = named.getFields()['nodes'];
    if (!nodes) return null;
    const inner = getNamedType(nodes.type);
    return types.has(inner.name) ? inner.name : null;
  };

  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const shape = unwrapNonNull(field.type);
      const named = getNamedType(field.type);
      if (!isObjectType(named)) continue;
      const resolve: GraphQLFieldResolver<unknown, WithCaller> | undefined = field.resolve;
      const call = (
        source: unknown,
        args: Record<string, unknown>,
        context: WithCaller,
        info: Parameters<GraphQLFieldResolver<unknown, WithCaller>>[3],
      ) => (resolve ? resolve(source, args, context, info) : (source as Record<string, unknown> | null)?.[field.name]);
      if (types.has(named.name)) {
        const typeName = named.name;
        if (isListType(shape)) {
          field.resolve = async (source, args, context, info) => {
            const value = await call(source, args, context, info);
            return Array.isArray(value) ? value.filter((v) => v == null || scopes.covers(context.caller, typeName, v)) : value;
          };
        } else {
          field.resolve = async (source, args, context, info) => {
            const value = await call(source, args, context, info);
            if (value != null && !scopes.covers(context.caller, typeName, value)) throw outOfScope(typeName);
            return value;
          };
        }
      } else if (!isListType(shape)) {
        const inner = connectionOf(named);
        if (!inner) continue;
        field.resolve = async (source, args, context, info) => {
          const value = (await call(source, args, context, info)) as { nodes?: unknown[]; edges?: { node: unknown }[] } | null;
          if (!value || typeof value !== 'object') return value;
          const keep = (v: unknown): boolean => scopes.covers(context.caller, inner, v);
          return {
            ...value,
            ...(Array.isArray(value.nodes) ? { nodes: value.nodes.filter(keep) } : {}),
            ...(Array.isArray(value.edges) ? { edges: value.edges.filter((e) => keep(e.node)) } : {}),
          };
        };
      }
    }
    // `_entities`: a scoped entity out of scope is refused on its own (rejected, not thrown: see authz.ts).
    const scoped = types.get(type.name);
    const ext = type.extensions as { apollo?: { subgraph?: { resolveReference?: ReferenceResolver } } };
    const resolveReference = ext.apollo?.subgraph?.resolveReference;
    if (scoped && resolveReference) {
      const typeName = type.name;
      const guarded: ReferenceResolver = async (reference, context, info) => {
        const value = await resolveReference(reference, context, info);
        if (value != null && !scopes.covers(context.caller, typeName, value)) throw outOfScope(typeName);
        return value;
      };
      Object.assign(type, {
        extensions: { ...type.extensions, apollo: { ...ext.apollo, subgraph: { ...ext.apollo?.subgraph, resolveReference: guarded } } },
      });
    }
  }
  return scopes;
}
