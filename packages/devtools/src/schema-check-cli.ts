#!/usr/bin/env node
/** `npm run schema:check [-- --base <rev>]`; exit 1 on a breaking change. */
import { defaultBase, runSchemaCheck } from './schema-check';
import { repoRoot } from './paths';

async function main(args: string[]): Promise<number> {
  const i = args.indexOf('--base');
  const given = i >= 0 ? args[i + 1] : undefined;
  if (i >= 0 && !given) throw new Error('--base needs a git revision');
  const base = given ?? defaultBase(repoRoot);
  if (!base) {
    console.log('no base revision to compare with (no origin/main, no HEAD~1): nothing to check');
    return 0;
  }
  const result = await runSchemaCheck(repoRoot, base);
  console.log(result.report);
  return result.ok ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
