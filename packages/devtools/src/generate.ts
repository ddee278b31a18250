/** Generated files are formatted with the repository's Prettier settings, so `format:check` and the staleness check agree. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildAsyncApi, loadCatalogEvents, readConsumers, renderMarkdown } from './catalog';
import { docsDir, eventsDir, repoRoot, schemasDir } from './paths';
import { toYaml } from './yaml';

export const ASYNCAPI_FILE = path.join(schemasDir, 'asyncapi.yaml');
export const EVENTS_DOC_FILE = path.join(docsDir, 'events.md');

const prettierBin = path.join(path.dirname(require.resolve('prettier/package.json')), 'bin', 'prettier.cjs');

/**
 * Prettier runs in a child process: its API loads plugins with a dynamic import(),
 * which jest's module sandbox refuses; the CLI reads .prettierrc.json itself.
 */
function formatted(file: string, text: string): string {
  const out = spawnSync(process.execPath, [prettierBin, '--stdin-filepath', file], { input: text, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`prettier failed on ${file}: ${out.stderr}`);
  return out.stdout;
}

export interface GeneratedFile {
  file: string;
  content: string;
}

export async function generateCatalog(): Promise<GeneratedFile[]> {
  const events = loadCatalogEvents(eventsDir, readConsumers());
  return [
    { file: ASYNCAPI_FILE, content: formatted(ASYNCAPI_FILE, toYaml(buildAsyncApi(events))) },
    { file: EVENTS_DOC_FILE, content: formatted(EVENTS_DOC_FILE, renderMarkdown(events)) },
  ];
}

/** Files whose checked-in content differs from what the generator gives now (repo-relative paths). */
export async function staleCatalogFiles(): Promise<string[]> {
  const files = await generateCatalog();
  return files
    .filter((f) => !fs.existsSync(f.file) || fs.readFileSync(f.file, 'utf8') !== f.content)
    .map((f) => path.relative(repoRoot, f.file));
}
