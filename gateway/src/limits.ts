/**
 * Abuse limits: tokens of the query text (before parsing), depth, field count (aliases included)
 * and cost of an operation, and a token-bucket rate limit per client. Each refusal is a typed
 * error, never a 500.
 *
 * The measure cannot be made slow: each fragment is measured once and its result reused wherever
 * it is spread (a fragment that spreads the next one twice, 24 deep, costs 24 steps, not 2^24), and
 * the walk stops as soon as a limit is passed. The cost weighs what a subgraph actually does: every
 * field costs 1, a `totalCount` is a count query (COUNT_COST), and a list multiplies the cost of
 * what is selected in it by its size — `first` (given, a variable's value, or the argument's
 * default), or LIST_SIZE for a list without pagination; a connection's `first` multiplies its
 * `nodes`/`edges` (its `totalCount` and `pageInfo` are read once). Introspection (`__schema`, `__type`) is bounded by the schema and free.
 * Why our own and not GraphQL Armor: see docs/security.md.
 */
import {
  getNamedType,
  GraphQLError,
  isCompositeType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  Kind,
  Lexer,
  Source,
  TokenKind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type GraphQLOutputType,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

export interface OperationSize {
  depth: number;
  fields: number;
  cost: number;
}

export interface SizeLimits {
  maxDepth: number;
  maxFields: number;
  maxCost: number;
}

/** What a count query weighs against a field read (a count scans; a field is read from a loaded document). */
export const COUNT_COST = 100;
/** Assumed size of a list without `first` (small value lists such as a report's lines). */
export const LIST_SIZE = 10;
/** The largest page a subgraph serves (platform pagination.ts MAX_PAGE_SIZE). */
export const MAX_PAGE = 100;

class OverLimit extends Error {
  constructor(readonly size: OperationSize) {
    super('over limit');
  }
}

/**
 * Depth, field count and cost of the operation's selection, fragments expanded (each measured once).
 * Without a schema every field costs 1 and nothing multiplies. Stops early (with the size reached so
 * far, already over a limit) once a limit is passed.
 */
export function measure(
  document: DocumentNode,
  selectionSet: SelectionSetNode,
  opts: { schema?: GraphQLSchema; variables?: Record<string, unknown>; limits?: SizeLimits; rootType?: GraphQLCompositeType } = {},
): OperationSize {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const memo = new Map<string, OperationSize>();
  const inProgress = new Set<string>();
  const limits = opts.limits;
  const schema = opts.schema;
  // Running totals of the root-level walk, for the early exit.
  const check = (size: OperationSize): void => {
    if (limits && (size.fields > limits.maxFields || size.cost > limits.maxCost || size.depth > limits.maxDepth)) throw new OverLimit(size);
  };

  /**
   * Height (levels below), fields and cost of a selection set on `type` (null: unknown type). `page` is
   * the size of the page a connection field asked for: it multiplies that connection's `nodes`/`edges`.
   */
  const walk = (set: SelectionSetNode, type: GraphQLCompositeType | null, page: number): OperationSize => {
    let depth = 0;
    let fields = 0;
    let cost = 0;
    for (const s of set.selections) {
      let part: OperationSize;
      if (s.kind === Kind.FIELD) {
        const name = s.name.value;
        const def = fieldOf(type, name);
        const introspection = name.startsWith('__');
        const childType = def ? namedComposite(def.type) : null;
        const weighed = !!schema && !!def && !introspection;
        // A connection passes its page size on to its nodes/edges; any other list multiplies what it selects.
        const connection = weighed && childType !== null && /Connection$/.test(childType.name);
        const size = weighed ? listSize(def, s.arguments ?? [], opts.variables) : 1;
        const times = !weighed ? 1 : connection ? 1 : (name === 'nodes' || name === 'edges') && isPaged(type) ? page : size;
        const child = s.selectionSet ? walk(s.selectionSet, childType, connection ? size : 1) : { depth: 0, fields: 0, cost: 0 };
        // `ofType` unwraps a list/non-null type reference: the chain is as long as the schema's wrappers
        // (a few levels), cheap to answer, and tools' standard introspection query nests it 7 deep.
        // Counting it would refuse GraphiQL and codegen; every other introspection level still counts.
        const step = name === 'ofType' ? 0 : 1;
        const own = weighed && name === 'totalCount' ? COUNT_COST : 1;
        part = {
          depth: s.selectionSet ? step + child.depth : 0,
          fields: 1 + child.fields,
          cost: introspection && schema ? 0 : own + times * child.cost,
        };
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        const cond = s.typeCondition && schema ? schema.getType(s.typeCondition.name.value) : null;
        part = walk(s.selectionSet, cond && isCompositeType(cond) ? cond : type, page);
      } else {
        const name = s.name.value;
        const cached = memo.get(name);
        const f = fragments.get(name);
        if (cached) part = cached;
        else if (!f || inProgress.has(name))
          part = { depth: 0, fields: 0, cost: 0 }; // cycles are refused by validation
        else {
          inProgress.add(name);
          const cond = schema ? schema.getType(f.typeCondition.name.value) : null;
          // Measured once, so independent of where it is spread: on a connection type, at the largest page.
          part = walk(f.selectionSet, cond && isCompositeType(cond) ? cond : null, MAX_PAGE);
          inProgress.delete(name);
          memo.set(name, part);
        }
      }
      depth = Math.max(depth, part.depth);
      fields += part.fields;
      cost += part.cost;
      check({ depth: depth + 1, fields, cost });
    }
    return { depth, fields, cost };
  };

  const root = opts.rootType ?? schema?.getQueryType() ?? null;
  try {
    const size = walk(selectionSet, root, 1);
    return { depth: size.depth + 1, fields: size.fields, cost: size.cost };
  } catch (error) {
    if (error instanceof OverLimit) return error.size;
    throw error;
  }
}

function fieldOf(type: GraphQLCompositeType | null, name: string): GraphQLField<unknown, unknown> | null {
  if (!type || !(isObjectType(type) || isInterfaceType(type))) return null;
  return type.getFields()[name] ?? null;
}

function namedComposite(type: GraphQLOutputType): GraphQLCompositeType | null {
  const named = getNamedType(type);
  return isCompositeType(named) ? named : null;
}

const isList = (type: GraphQLOutputType): boolean => isListType(isNonNullType(type) ? type.ofType : type);

const isPaged = (type: GraphQLCompositeType | null): boolean => type !== null && /(Connection|Edge)$/.test(type.name);

/**
 * How many records this field reads: `first` (as given, a variable's value, or the argument's
 * default; capped at MAX_PAGE, as subgraphs refuse more with BAD_USER_INPUT), LIST_SIZE for another
 * list, 1 for one record.
 */
function listSize(
  def: GraphQLField<unknown, unknown>,
  args: readonly { name: { value: string }; value: ValueNode }[],
  variables: Record<string, unknown> | undefined,
): number {
  const first = def.args.find((a) => a.name === 'first');
  if (first) {
    const given = args.find((a) => a.name.value === 'first')?.value;
    const value =
      given?.kind === Kind.INT ? Number(given.value) : given?.kind === Kind.VARIABLE ? variables?.[given.name.value] : first.defaultValue;
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.min(value, MAX_PAGE) : LIST_SIZE;
  }
  return isList(def.type) ? LIST_SIZE : 1;
}

export function checkSize(size: OperationSize, limits: SizeLimits): GraphQLError | null {
  if (size.depth > limits.maxDepth)
    return tooComplex(`the operation is ${size.depth} levels deep; at most ${limits.maxDepth} are allowed`, {
      depth: size.depth,
      maxDepth: limits.maxDepth,
    });
  if (size.fields > limits.maxFields)
    return tooComplex(`the operation selects ${size.fields} fields (aliases included); at most ${limits.maxFields} are allowed`, {
      fields: size.fields,
      maxFields: limits.maxFields,
    });
  if (size.cost > limits.maxCost)
    return tooComplex(
      `the operation costs ${size.cost} (list sizes and counts weighed, see docs/security.md); at most ${limits.maxCost} is allowed`,
      { cost: size.cost, maxCost: limits.maxCost },
    );
  return null;
}

/**
 * Tokens in a query text, counting stops one past `max` (so a 1 MiB body costs no more than `max`
 * tokens of lexing). A text the lexer cannot read counts as 0: the parser reports it properly.
 */
export function countTokens(query: string, max: number): number {
  const lexer = new Lexer(new Source(query));
  let n = 0;
  try {
    while (n <= max && lexer.advance().kind !== TokenKind.EOF) n++;
  } catch {
    return 0;
  }
  return n;
}

export const tooManyTokens = (tokens: number, maxTokens: number): GraphQLError =>
  tooComplex(`the query has more than ${maxTokens} tokens`, { maxTokens, tokens });

const tooComplex = (message: string, details: Record<string, number>): GraphQLError =>
  new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', ...details, http: { status: 400 } } });

/**
 * A token bucket per client key: `burst` tokens, refilled at `perMinute`. Memory is bounded at
 * `maxKeys`: beyond it the least recently used buckets are dropped (a flood of new keys cannot
 * reset every other client's bucket).
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 100_000,
  ) {}

  /** null when admitted, else the seconds until a token is available. */
  take(key: string): number | null {
    const t = this.now();
    const b = this.buckets.get(key) ?? { tokens: this.burst, at: t };
    b.tokens = Math.min(this.burst, b.tokens + ((t - b.at) * this.perMinute) / 60_000);
    b.at = t;
    // Map order is insertion order: re-inserting makes this key the most recent one.
    this.buckets.delete(key);
    this.buckets.set(key, b);
    while (this.buckets.size > this.maxKeys) {
      const oldest = this.buckets.keys().next().value as string;
      this.buckets.delete(oldest);
    }
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return null;
    }
    return Math.ceil(((1 - b.tokens) * 60) / this.perMinute);
  }
}

export const rateLimited = (retryAfterSeconds: number): GraphQLError =>
  new GraphQLError(`too many requests; retry in ${retryAfterSeconds} s`, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfterSeconds,
      http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
