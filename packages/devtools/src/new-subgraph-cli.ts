/** `npm run new-subgraph -- <name>`: scaffolds services/<name> and schemas/<name>.graphql, prints the registration steps. */
import { instructions, namesOf, scaffold } from './new-subgraph';
import { repoRoot } from './paths';

const name = process.argv[2];
if (!name) {
  console.error('usage: npm run new-subgraph -- <name>   (kebab-case, e.g. home-repair)');
  process.exit(2);
}
try {
  const files = scaffold(repoRoot, name);
  console.log(`created:\n${files.map((f) => `  ${f}`).join('\n')}\n`);
  // The next free port after the six subgraphs (4001–4006); adjust if another service took it.
  const steps = instructions(namesOf(name), 4007);
  console.log(`now register it (shared files, edited by hand):\n${steps.map((s, i) => `  ${i + 1}. ${s}`).join('\n')}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
