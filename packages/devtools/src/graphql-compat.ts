/**
 * Breaking-change detection for the GraphQL contracts (each subgraph's SDL and the
 * supergraph) with GraphQL Inspector. A BREAKING change fails the check unless it
 * is listed, with a reason, in `schemas/allowed-breaking-changes.json`:
 *
 *   { "allowed": [{ "file": "schemas/staffing.graphql", "path": "Query.oldField", "type": "FIELD_REMOVED", "reason": "…" }] }
 *
 * (`type` is optional; `file` and `path` must match the change exactly.)
 */
import { buildSchema, type GraphQLSchema } from 'graphql';
import { diff, type Change } from '@graphql-inspector/core';

export type Level = 'BREAKING' | 'DANGEROUS' | 'SAFE';

export interface SchemaChange {
  file: string;
  level: Level;
  type: string;
  path: string;
  message: string;
  /** Set when a BREAKING change is accepted by the allow file. */
  allowedBecause?: string;
}

export interface AllowedBreakingChange {
  file: string;
  path: string;
  type?: string;
  reason: string;
}

/** Federation SDL uses directives (@key, @link…) it does not define: build it without validation. */
const schemaOf = (sdl: string): GraphQLSchema => buildSchema(sdl, { assumeValidSDL: true });

const levelOf = (change: Change): Level =>
  change.criticality.level === 'BREAKING' ? 'BREAKING' : change.criticality.level === 'DANGEROUS' ? 'DANGEROUS' : 'SAFE';

/** Validates the allow file's content; every entry needs a file, a path and a reason. */
export function parseAllowList(raw: unknown): AllowedBreakingChange[] {
  const entries = (raw as { allowed?: unknown } | null)?.allowed;
  if (!Array.isArray(entries)) throw new Error('allowed-breaking-changes.json must be { "allowed": [ … ] }');
  return entries.map((e: unknown, i) => {
    const entry = e as Partial<Record<keyof AllowedBreakingChange, unknown>>;
    for (const k of ['file', 'path', 'reason'] as const) {
      if (typeof entry[k] !== 'string' || (entry[k] as string).trim() === '')
        throw new Error(`allowed-breaking-changes.json entry ${i}: "${k}" is required`);
    }
    return {
      file: entry.file as string,
      path: entry.path as string,
      reason: entry.reason as string,
      ...(typeof entry.type === 'string' ? { type: entry.type } : {}),
    };
  });
}

/**
 * Changes from `before` to `after` of one SDL file. A removed file is one BREAKING
 * change; a new file has nothing to compare with.
 */
export async function graphqlChanges(
  file: string,
  before: string | null,
  after: string | null,
  allowed: AllowedBreakingChange[] = [],
): Promise<SchemaChange[]> {
  if (before === null) return [];
  if (after === null) {
    const removed: SchemaChange = { file, level: 'BREAKING', type: 'SCHEMA_FILE_REMOVED', path: file, message: `${file} was removed` };
    return [withAllowance(removed, allowed)];
  }
  const changes = await diff(schemaOf(before), schemaOf(after));
  return changes.map((c) =>
    withAllowance({ file, level: levelOf(c), type: String(c.type), path: c.path ?? '', message: c.message }, allowed),
  );
}

function withAllowance(change: SchemaChange, allowed: AllowedBreakingChange[]): SchemaChange {
  if (change.level !== 'BREAKING') return change;
  const match = allowed.find((a) => a.file === change.file && a.path === change.path && (a.type === undefined || a.type === change.type));
  return match ? { ...change, allowedBecause: match.reason } : change;
}

export const failing = (changes: SchemaChange[]): SchemaChange[] => changes.filter((c) => c.level === 'BREAKING' && !c.allowedBecause);

const ORDER: Record<Level, number> = { BREAKING: 0, DANGEROUS: 1, SAFE: 2 };

/** One line per change, grouped by file, the breaking ones first. */
export function formatReport(changes: SchemaChange[]): string {
  const lines: string[] = [];
  const files = [...new Set(changes.map((c) => c.file))];
  for (const file of files) {
    lines.push(file);
    const ofFile = changes.filter((x) => x.file === file).sort((a, b) => ORDER[a.level] - ORDER[b.level]);
    for (const c of ofFile) {
      const label = c.allowedBecause ? 'ALLOWED' : c.level;
      lines.push(`  ${label.padEnd(9)} ${c.path.padEnd(40)} ${c.message}${c.allowedBecause ? ` (allowed: ${c.allowedBecause})` : ''}`);
    }
  }
  return lines.join('\n');
}
