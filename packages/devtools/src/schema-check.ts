/**
 * `npm run schema:check [-- --base <rev>]`: the contracts in the working tree
 * against a base git revision — event schemas by the evolution rules of
 * event-compat.ts, GraphQL SDL (each subgraph and the supergraph) with GraphQL
 * Inspector. Base by default: the merge base with origin/main, else HEAD~1.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { eventCatalogBreaks, type Break, type Schema } from './event-compat';
import { failing, formatReport, graphqlChanges, parseAllowList, type AllowedBreakingChange, type SchemaChange } from './graphql-compat';

export const ALLOW_FILE = 'schemas/allowed-breaking-changes.json';

const git = (root: string, args: string[]): string =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });

function gitOk(root: string, args: string[]): string | null {
  try {
    return git(root, args).trim();
  } catch {
    return null;
  }
}

/** The revision to compare with, or null when there is none (a repository with one commit). */
export function defaultBase(root: string): string | null {
  if (gitOk(root, ['rev-parse', '--verify', '--quiet', 'origin/main'])) {
    const mergeBase = gitOk(root, ['merge-base', 'HEAD', 'origin/main']);
    if (mergeBase) return mergeBase;
  }
  return gitOk(root, ['rev-parse', '--verify', '--quiet', 'HEAD~1']);
}

/** Files directly under `dir` at `rev` (repo-relative paths). */
function filesAt(root: string, rev: string, dir: string): string[] {
  return git(root, ['ls-tree', '--name-only', rev, `${dir}/`])
    .split('\n')
    .filter(Boolean);
}

const showAt = (root: string, rev: string, file: string): string => git(root, ['show', `${rev}:${file}`]);

const readNow = (root: string, file: string): string | null => {
  const full = path.join(root, file);
  return fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : null;
};

const typeOf = (file: string): string => path.basename(file, '.json');

export interface SchemaCheckResult {
  base: string;
  eventBreaks: Break[];
  graphql: SchemaChange[];
  ok: boolean;
  report: string;
}

export async function runSchemaCheck(root: string, baseRev: string): Promise<SchemaCheckResult> {
  const base = git(root, ['rev-parse', '--verify', `${baseRev}^{commit}`]).trim();

  const eventsBefore = new Map<string, Schema>(
    filesAt(root, base, 'schemas/events')
      .filter((f) => f.endsWith('.json'))
      .map((f) => [typeOf(f), JSON.parse(showAt(root, base, f)) as Schema]),
  );
  const eventsDir = path.join(root, 'schemas', 'events');
  const eventsAfter = new Map<string, Schema>(
    fs
      .readdirSync(eventsDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [typeOf(f), JSON.parse(fs.readFileSync(path.join(eventsDir, f), 'utf8')) as Schema]),
  );
  const eventBreaks = eventCatalogBreaks(eventsBefore, eventsAfter);

  const allowRaw = readNow(root, ALLOW_FILE);
  const allowed: AllowedBreakingChange[] = allowRaw === null ? [] : parseAllowList(JSON.parse(allowRaw));
  const sdlFiles = new Set([
    ...filesAt(root, base, 'schemas').filter((f) => f.endsWith('.graphql')),
    ...fs
      .readdirSync(path.join(root, 'schemas'))
      .filter((f) => f.endsWith('.graphql'))
      .map((f) => `schemas/${f}`),
  ]);
  const baseFiles = new Set(filesAt(root, base, 'schemas'));
  const graphql: SchemaChange[] = [];
  for (const file of [...sdlFiles].sort()) {
    const before = baseFiles.has(file) ? showAt(root, base, file) : null;
    graphql.push(...(await graphqlChanges(file, before, readNow(root, file), allowed)));
  }

  const short = base.slice(0, 12);
  const lines = [`schema check against ${short}`, ''];
  lines.push(`event schemas (${eventsBefore.size} at base, ${eventsAfter.size} now):`);
  const added = [...eventsAfter.keys()].filter((t) => !eventsBefore.has(t));
  for (const t of added) lines.push(`  SAFE      ${t} added`);
  for (const b of eventBreaks) lines.push(`  BREAKING  ${b.at.padEnd(40)} ${b.rule}: ${b.message}`);
  if (eventBreaks.length === 0) lines.push('  no breaking changes');
  lines.push('', 'GraphQL schemas:');
  lines.push(graphql.length > 0 ? formatReport(graphql).replace(/^/gm, '  ') : '  no changes');
  const failed = failing(graphql);
  const ok = eventBreaks.length === 0 && failed.length === 0;
  lines.push(
    '',
    ok
      ? 'OK: no breaking changes'
      : `FAILED: ${eventBreaks.length} breaking event schema change(s) (publish a new v<N+1> type instead), ` +
          `${failed.length} breaking GraphQL change(s) (or list them with a reason in ${ALLOW_FILE})`,
  );
  return { base, eventBreaks, graphql, ok, report: lines.join('\n') };
}
