/**
 * Every example a reader is shown answers: each ```graphql block of README.md, every IDE example
 * (`gateway/assets/examples/`) and every operation of `@pass-graph/client` goes through the gateway signed in
 * the way the README tells the reader to (its `npm run -s token -- <role>` line), and must answer with data and
 * no errors. The README's shell steps (sign-in, then curl) run too, in bash, against the test gateway.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { print, type DocumentNode } from 'graphql';
import { ROLES, type Role } from '@pass-graph/platform';
import * as client from '../packages/client/src';
import { gql } from './support/client';
import { testEnv } from './support/env';

const ROOT = path.resolve(__dirname, '..');
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const EXAMPLES_DIR = path.join(ROOT, 'gateway', 'assets', 'examples');

const blocks = (lang: string): string[] =>
  [...README.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1] as string);

/** The roles of the README's sign-in step. */
function readmeRoles(): Role[] {
  const line = /npm run -s token -- ([\w -]+?)\)/.exec(README);
  if (!line?.[1]) throw new Error('README.md shows no `npm run -s token -- <role>` sign-in step');
  const roles = line[1].trim().split(/\s+/);
  for (const r of roles) expect(ROLES).toContain(r);
  return roles as Role[];
}

/** Any non-empty list anywhere in the answer: an example that finds nothing would teach nothing. */
const anyRecords = (v: unknown): boolean =>
  Array.isArray(v) ? v.length > 0 : typeof v === 'object' && v !== null ? Object.values(v).some(anyRecords) : false;

async function answers(name: string, query: string): Promise<void> {
  const r = await gql(query, {}, { as: { subject: 'readme-reader', roles: readmeRoles() } });
  expect([name, r.status, r.errors ?? 'no errors']).toEqual([name, 200, 'no errors']);
  expect([name, anyRecords(r.data)]).toEqual([name, true]);
}

describe('README and example operations', () => {
  it('the README shows the sign-in step before its first query', () => {
    const signIn = README.indexOf('npm run -s token --');
    const firstQuery = README.indexOf('```graphql');
    expect(signIn).toBeGreaterThan(0);
    expect(firstQuery).toBeGreaterThan(signIn);
    expect(readmeRoles().length).toBeGreaterThan(0);
  });

  it('every ```graphql block of the README answers with data and no errors', async () => {
    const queries = blocks('graphql');
    expect(queries.length).toBeGreaterThanOrEqual(2);
    for (const [i, q] of queries.entries()) await answers(`README graphql block ${i + 1}`, q);
  });

  it('every IDE example answers with data and no errors', async () => {
    const files = fs.readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.graphql'));
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const f of files) await answers(f, fs.readFileSync(path.join(EXAMPLES_DIR, f), 'utf8'));
  });

  it('every operation of @pass-graph/client answers with data and no errors', async () => {
    const documents = Object.entries(client).filter(
      (e): e is [string, DocumentNode] => e[0].endsWith('Document') && (e[1] as { kind?: string }).kind === 'Document',
    );
    expect(documents.length).toBeGreaterThanOrEqual(7);
    for (const [name, doc] of documents) await answers(name, print(doc));
  });

  it("the README's shell steps (sign in, then curl) answer with data", () => {
    const sh = blocks('sh').filter((b) => b.includes('token') || b.includes('curl'));
    expect(sh.length).toBe(2);
    // The reader's gateway is on :4000; the test stack's is elsewhere.
    const script = sh.join('\n').replace(/http:\/\/127\.0\.0\.1:4000\/graphql/g, testEnv().gatewayUrl);
    const out = execFileSync('bash', ['-euo', 'pipefail', '-c', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    const body = JSON.parse(out) as { data?: { facilities: { nodes: { name: string }[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.facilities.nodes.length).toBeGreaterThan(0);
  });
});
