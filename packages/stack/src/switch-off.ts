/**
 * Switch-off runs: for each guarantee listed in tests/switch-off.json, its tests run against a platform
 * with the mechanism switched off (an environment variable the platform honours only outside production)
 * and must fail. A run whose tests pass proves nothing guards that mechanism: the command fails then.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths';

export interface SwitchOffRun {
  mechanism: string;
  /** The environment that switches the mechanism off, given to every process of the platform. */
  env: Record<string, string>;
  tests: string[];
  /** Test names (jest `-t`, exact) that must fail; empty: any failure of the files counts. */
  names: string[];
}

interface JestResults {
  numFailedTests: number;
  testResults: { assertionResults: { title: string; status: string }[] }[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Runs each switch-off run; 0 when every one of them failed as it should. */
export async function switchOff(say: (line: string) => void, only?: string): Promise<number> {
  const { runs } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'tests', 'switch-off.json'), 'utf8')) as { runs: SwitchOffRun[] };
  const results = path.join(repoRoot, '.infra', 'jest-results.json');
  const verdicts: string[] = [];
  let bad = 0;
  const chosen = runs.filter((r) => !only || r.mechanism.toLowerCase().includes(only.toLowerCase()));
  if (chosen.length === 0) {
    say(`no switch-off run's mechanism contains "${only}" (tests/switch-off.json)`);
    return 2;
  }
  for (const run of chosen) {
    say(
      `\n=== switch-off: ${run.mechanism} (${Object.entries(run.env)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ')}) — its tests must fail`,
    );
    const args = [path.join(repoRoot, 'packages', 'stack', 'dist', 'cli.js'), 'test', ...run.tests, '--selectProjects', 'integration'];
    if (run.names.length) args.push('-t', `^(.* )?(${run.names.map(escape).join('|')})$`);
    const code = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: 'inherit', env: { ...process.env, ...run.env } });
      child.on('exit', (c) => resolve(c ?? 1));
    });
    const r = fs.existsSync(results) ? (JSON.parse(fs.readFileSync(results, 'utf8')) as JestResults) : null;
    const failed = r?.testResults.flatMap((f) => f.assertionResults.filter((a) => a.status === 'failed').map((a) => a.title)) ?? [];
    const missed = run.names.filter((n) => !failed.includes(n));
    // The mechanism is guarded when its tests ran and failed (not when the platform did not even start).
    const guarded = code !== 0 && failed.length > 0 && missed.length === 0;
    if (!guarded) bad++;
    verdicts.push(
      guarded
        ? `guarded    ${run.mechanism}: ${failed.length} test(s) failed without it`
        : `UNGUARDED  ${run.mechanism}: ${failed.length ? `these still passed: ${missed.join('; ')}` : `no test failed (jest exit ${code})`}`,
    );
  }
  say(`\nswitch-off runs:\n  ${verdicts.join('\n  ')}`);
  return bad === 0 ? 0 : 1;
}
