/**
 * Persisted-query allowlist of the gateway (GRAPHQL_ALLOWLIST_FILE): when set, only operations whose
 * query text, or persisted-query hash, is on it run.
 */
import { createHash } from 'node:crypto';

/** null when the body may run (no allowlist, or its hash is on it), else the refusal: OPERATION_NOT_ALLOWED before parsing. */
export function allowlisted(
  body: unknown,
  allowlist: ReadonlySet<string> | null,
): { status: number; message: string; code: string } | null {
  if (!allowlist) return null;
  const b = body as { query?: unknown; extensions?: { persistedQuery?: { sha256Hash?: unknown } } } | undefined;
  const hash =
    typeof b?.query === 'string'
      ? createHash('sha256').update(b.query, 'utf8').digest('hex')
      : typeof b?.extensions?.persistedQuery?.sha256Hash === 'string'
        ? b.extensions.persistedQuery.sha256Hash
        : null;
  if (hash !== null && allowlist.has(hash)) return null;
  return { status: 400, message: 'this operation is not on the allowlist of this gateway', code: 'OPERATION_NOT_ALLOWED' };
}
