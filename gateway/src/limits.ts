/**
 * Abuse limits: depth and field count (aliases included) of an operation, measured on the
 * parsed document with fragments expanded, and a token-bucket rate limit per client.
 * Each refusal is a typed error, never a 500.
 */
import { Kind, GraphQLError, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

export interface OperationSize {
  depth: number;
  fields: number;
}

/** Depth and field count of the operation's selection, fragments expanded (cycles cut). */
export function measure(document: DocumentNode, selectionSet: SelectionSetNode): OperationSize {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  let fields = 0;
  const walk = (set: SelectionSetNode, depth: number, seen: ReadonlySet<string>): number => {
    let deepest = depth;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        fields++;
        // `ofType` unwraps a list/non-null type reference: the chain is as long as the schema's wrappers
        // (a few levels), cheap to answer, and tools' standard introspection query nests it 7 deep.
        // Counting it would refuse GraphiQL and codegen; every other introspection level still counts.
        const step = s.name.value === 'ofType' ? 0 : 1;
        if (s.selectionSet) deepest = Math.max(deepest, walk(s.selectionSet, depth + step, seen));
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, walk(s.selectionSet, depth, seen));
      } else {
        const f = fragments.get(s.name.value);
        if (f && !seen.has(f.name.value)) deepest = Math.max(deepest, walk(f.selectionSet, depth, new Set([...seen, f.name.value])));
      }
    }
    return deepest;
  };
  const depth = walk(selectionSet, 1, new Set());
  return { depth, fields };
}

export function checkSize(size: OperationSize, maxDepth: number, maxFields: number): GraphQLError | null {
  if (size.depth > maxDepth)
    return tooComplex(`the operation is ${size.depth} levels deep; at most ${maxDepth} are allowed`, { depth: size.depth, maxDepth });
  if (size.fields > maxFields)
    return tooComplex(`the operation selects ${size.fields} fields (aliases included); at most ${maxFields} are allowed`, {
      fields: size.fields,
      maxFields,
    });
  return null;
}

const tooComplex = (message: string, details: Record<string, number>): GraphQLError =>
  new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', ...details, http: { status: 400 } } });

/** A token bucket per client key: `burst` tokens, refilled at `perMinute`. */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** null when admitted, else the seconds until a token is available. */
  take(key: string): number | null {
    const t = this.now();
    const b = this.buckets.get(key) ?? { tokens: this.burst, at: t };
    b.tokens = Math.min(this.burst, b.tokens + ((t - b.at) * this.perMinute) / 60_000);
    b.at = t;
    if (this.buckets.size > 100_000) this.buckets.clear(); // bounded memory under a flood of keys
    this.buckets.set(key, b);
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
