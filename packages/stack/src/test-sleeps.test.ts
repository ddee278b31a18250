/**
 * No fixed sleep guards an assertion in the integration tests (docs/testing.md, "Waiting for 'nothing more
 * will happen'"): a test waits for a fact (settled(), offsets, a metric, a log line, a condition polled with a
 * deadline). The few sleeps left in `tests/` say why they are not guards, in a comment on the line or right
 * above it: `// pacing:` (spreads load out), `// scenario:` (the delay is what is tested) or `// poll:`
 * (the pause between two checks of a condition that has a deadline).
 */
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths';

const MARKER = /\/\/\s*(pacing|scenario|poll):/;
/** `new Promise((r) => setTimeout(r, …))`: a promise only a timer resolves; `await sleep(…)` / `await s(…)`. */
const SLEEP = [/new Promise(?:<void>)?\(\s*\(?\s*(\w+)\s*\)?\s*=>\s*setTimeout\(\s*\1\s*,/, /\bawait\s+(?:sleep|s)\(/];
/** The helpers' own definitions are not sleeps of a test. */
const DEFINITION = /^\s*(?:export\s+)?const\s+(?:sleep|s)\s*=/;

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.(ts|js)$/.test(e.name) ? [p] : [];
  });
}

/** Sleeps without a marker, as `file:line: text`. */
export function unmarkedSleeps(source: string, name: string): string[] {
  const lines = source.split('\n');
  const found: string[] = [];
  lines.forEach((line, i) => {
    if (DEFINITION.test(line) || !SLEEP.some((re) => re.test(line))) return;
    if (MARKER.test(line)) return;
    // The comment lines right above it.
    for (let j = i - 1; j >= 0 && /^\s*\/\//.test(lines[j]!); j--) if (MARKER.test(lines[j]!)) return;
    found.push(`${name}:${i + 1}: ${line.trim()}`);
  });
  return found;
}

describe('sleeps in tests/', () => {
  it('finds an unmarked sleep and accepts a marked one', () => {
    const src = [
      'await new Promise((r) => setTimeout(r, 1_500));',
      '// pacing: one request a second',
      'await new Promise((res) => setTimeout(res, 1_000));',
      'await sleep(8_000); // scenario: the broker stays down this long',
      'await s(t.before);',
      'const timer = setTimeout(resolve, 90_000);',
      'export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));',
    ].join('\n');
    expect(unmarkedSleeps(src, 'x.ts')).toEqual(['x.ts:1: await new Promise((r) => setTimeout(r, 1_500));', 'x.ts:5: await s(t.before);']);
  });

  it('has none without a reason in the integration tests', () => {
    const dir = path.join(repoRoot, 'tests');
    const found = files(dir).flatMap((f) => unmarkedSleeps(fs.readFileSync(f, 'utf8'), path.relative(repoRoot, f)));
    expect(found).toEqual([]);
  });
});
