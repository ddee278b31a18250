/**
 * The bad-input sweep's generator: from the composed API schema, for every mutation, operations and
 * variables that must all be refused with a typed error — a variable left out, each argument leaf of
 * the wrong type (a string for a number, an operator object for a scalar, a value not in the enum,
 * null where it is required), and each text leaf carrying a hostile string (operator and SQL
 * injection, markup, NUL, a lone surrogate, bidi overrides, 100 KB). The rest of each input is
 * well typed but names nothing that exists (`sweep-…` ids), so even a hostile string that gets past
 * validation can only meet NOT_FOUND, never change real data.
 */
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

export interface SweepCase {
  mutation: string;
  /** What is wrong, e.g. `input.facilityId: operator object`. */
  label: string;
  query: string;
  variables: Record<string, unknown>;
  /** Every id the case carries: none of them may exist anywhere after a refusal. */
  ids: string[];
  /**
   * The hostile string in a free-text (String) leaf. Text is data: a service may accept it, and then
   * must store it verbatim (never interpret it as an operator, markup or a path).
   */
  text?: string;
}

/** Hostile strings, each valid as a GraphQL String: they must reach the resolvers and be refused there. */
export const HOSTILE_STRINGS: readonly [string, string][] = [
  ['operator injection', '{"$ne":null}'],
  ['$where', '$where'],
  ['SQL injection', "'; DROP TABLE documents; --"],
  ['markup', '<script>alert(1)</script>'],
  ['NUL byte', 'sweep\u0000nul'],
  ['lone surrogate', 'sweep\ud800'],
  ['bidi override and zero-width', '\u202egnp.exe\u200b'],
  ['path traversal', '../../../etc/passwd'],
  ['100 KB string', 'x'.repeat(100_000)],
  ['astral plane', '𝕏'.repeat(2_000)],
];

/** Well-typed values for the custom scalars, so only the leaf under test is wrong. */
const SCALAR_SAMPLES: Record<string, unknown> = {
  ID: 'sweep-id',
  String: 'sweep',
  Int: 1,
  Float: 1.5,
  Boolean: true,
  Date: '2023-01-02',
  DateTime: '2023-01-02T03:04:05Z',
  KRW: 1_000,
};

/** A value of the wrong type for each scalar (GraphQL's own coercion, or the custom scalar's parser, must refuse it). */
const WRONG: Record<string, [string, unknown][]> = {
  ID: [['operator object', { $gt: '' }]],
  String: [
    ['number for text', 12_345],
    ['operator object', { $gt: '' }],
  ],
  Int: [
    ['text for a number', '1'],
    ['fraction for an integer', 1.5],
    ['beyond 32 bits', 2 ** 40],
  ],
  Float: [['text for a number', 'NaN']],
  Boolean: [['text for a boolean', 'true']],
  Date: [
    ['impossible date', '2023-02-30'],
    ['not a date', "'; DROP TABLE x; --"],
  ],
  DateTime: [['not a timestamp', 'yesterday']],
  KRW: [
    ['fractional won', 1_000.5],
    ['negative won', -1],
    ['text for won', '1000'],
  ],
};

interface Leaf {
  path: (string | number)[];
  type: GraphQLInputType;
}

export function sweepCases(schema: GraphQLSchema): SweepCase[] {
  const mutation = schema.getMutationType();
  if (!mutation) return [];
  let serial = 0;
  const cases: SweepCase[] = [];
  for (const field of Object.values(mutation.getFields())) {
    const build = (label: string, mutate?: (vars: Record<string, unknown>) => void, omit?: string, text?: string): void => {
      const ids: string[] = [];
      const prefix = `sweep-${++serial}`;
      const variables: Record<string, unknown> = {};
      for (const arg of field.args) {
        if (!isNonNullType(arg.type) || arg.name === omit) continue;
        variables[arg.name] = sample(arg.type, prefix, ids);
      }
      mutate?.(variables);
      cases.push({ mutation: field.name, label, query: operation(field), variables, ids, ...(text !== undefined ? { text } : {}) });
    };

    const required = field.args.filter((a) => isNonNullType(a.type));
    if (required[0]) build(`${required[0].name}: left out`, undefined, required[0].name);

    let hostile = 0;
    for (const leaf of leaves(field)) {
      const named = getNamedType(leaf.type);
      const where = leaf.path.join('.');
      if (isEnumType(named)) build(`${where}: value not in ${named.name}`, (v) => setAt(v, leaf.path, 'SWEEP_NOT_A_VALUE'));
      if (isScalarType(named)) {
        for (const [what, value] of WRONG[named.name] ?? []) build(`${where}: ${what}`, (v) => setAt(v, leaf.path, value));
        if (named.name === 'String' || named.name === 'ID') {
          // One hostile string per text leaf, rotating, so every kind reaches every service.
          const [what, value] = HOSTILE_STRINGS[hostile++ % HOSTILE_STRINGS.length]!;
          build(`${where}: ${what}`, (v) => setAt(v, leaf.path, value), undefined, named.name === 'String' ? value : undefined);
        }
      }
      if (isNonNullType(leaf.type)) build(`${where}: null`, (v) => setAt(v, leaf.path, null));
    }
  }
  return cases;
}

function operation(field: GraphQLField<unknown, unknown>): string {
  const defs = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection = isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
  return `mutation Sweep${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

/** The required leaves of a mutation's arguments (optional ones are left out of the base input). */
function leaves(field: GraphQLField<unknown, unknown>): Leaf[] {
  const out: Leaf[] = [];
  const walk = (type: GraphQLInputType, path: (string | number)[], depth: number): void => {
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) return walk(inner.ofType as GraphQLInputType, [...path, 0], depth);
    if (isInputObjectType(inner)) {
      if (depth > 4) return;
      for (const f of Object.values(inner.getFields())) if (isNonNullType(f.type)) walk(f.type, [...path, f.name], depth + 1);
      return;
    }
    out.push({ path, type });
  };
  for (const arg of field.args as readonly GraphQLArgument[]) if (isNonNullType(arg.type)) walk(arg.type, [arg.name], 0);
  return out;
}

/** A well-typed value naming nothing that exists. */
function sample(type: GraphQLInputType, prefix: string, ids: string[], depth = 0): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [sample(inner.ofType as GraphQLInputType, prefix, ids, depth)];
  if (isEnumType(inner)) return inner.getValues()[0]?.value;
  if (isInputObjectType(inner)) {
    const obj: Record<string, unknown> = {};
    if (depth > 4) return obj;
    for (const f of Object.values(inner.getFields())) {
      if (isNonNullType(f.type)) obj[f.name] = sample(f.type, prefix, ids, depth + 1);
    }
    return obj;
  }
  if (inner.name === 'ID') {
    const id = `${prefix}-${ids.length + 1}`;
    ids.push(id);
    return id;
  }
  return SCALAR_SAMPLES[inner.name] ?? 'sweep';
}

function setAt(target: Record<string, unknown>, path: (string | number)[], value: unknown): void {
  let node: Record<string | number, unknown> = target;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
}
