#!/usr/bin/env node
/**
 * `npm run catalog`: regenerates schemas/asyncapi.yaml and docs/events.md.
 * `npm run catalog -- --check`: fails (exit 1) when either is stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { generateCatalog, staleCatalogFiles } from './generate';
import { repoRoot } from './paths';

async function main(args: string[]): Promise<number> {
  if (args.includes('--check')) {
    const stale = await staleCatalogFiles();
    if (stale.length > 0) {
      console.error(`stale: ${stale.join(', ')}: run \`npm run catalog\``);
      return 1;
    }
    console.log('event catalog is current');
    return 0;
  }
  for (const f of await generateCatalog()) {
    fs.mkdirSync(path.dirname(f.file), { recursive: true });
    fs.writeFileSync(f.file, f.content);
    console.log(`wrote ${path.relative(repoRoot, f.file)}`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
