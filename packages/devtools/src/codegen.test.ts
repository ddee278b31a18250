/**
 * The generated code (resolver types of every subgraph, the client's typed operations) is not in git: turbo's
 * `//#codegen` task writes it before every build. What the build left is what `npm run codegen` produces now
 * (a stale turbo cache or a hand edit fails here).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import config, { SERVICES } from '../../../codegen';
import { repoRoot } from './paths';

describe('codegen', () => {
  it('covers every subgraph and the client, and the build wrote every output', () => {
    const outputs = Object.keys(config.generates).sort();
    expect(outputs).toEqual(
      [...SERVICES.map((s) => `services/${s}/src/generated/graphql.ts`), 'packages/client/src/generated/operations.ts'].sort(),
    );
    for (const file of outputs) expect(existsSync(join(repoRoot, file))).toBe(true);
  });

  it('the built output equals a fresh generation (npm run codegen -- --check)', () => {
    // The CLI is ESM-heavy (chalk, listr2): run it as a process, like CI would.
    const run = spawnSync(process.execPath, [join(repoRoot, 'node_modules/.bin/graphql-codegen'), '--config', 'codegen.ts', '--check'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect({ status: run.status, output: run.status === 0 ? '' : run.stdout + run.stderr }).toEqual({ status: 0, output: '' });
  });
});
