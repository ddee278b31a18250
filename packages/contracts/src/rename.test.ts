/**
 * The point of the contracts: renaming a payload field in an event schema breaks the build of every producer
 * and consumer that uses it. Copies schemas/events with `endDate` of SubstituteDispatchCompleted renamed,
 * generates the contracts from the copy, and type-checks staffing (which writes the event), budgets (which
 * charges its cost for its end date), governance (which counts it in the month it ended) and care-services
 * (which keeps the dispatch period of its facilities) against them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';

const { writeContracts } = require('../scripts/generate.js') as { writeContracts: (eventsDir: string, outFile: string) => boolean };

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const EVENT = 'pass.staffing.SubstituteDispatchCompleted.v1';
const USERS = {
  producer: 'services/staffing/src/resolvers.ts',
  budgets: 'services/budgets/src/executions.ts',
  governance: 'services/governance/src/strategy.ts',
  careServices: 'services/care-services/src/feeds.ts',
};

/** Contracts generated from a copy of schemas/events (changed by `edit`), as a directory with index.ts. */
function contractsFrom(dir: string, edit: (schema: Record<string, unknown>) => void): string {
  const eventsDir = path.join(dir, 'events');
  fs.mkdirSync(eventsDir, { recursive: true });
  for (const file of fs.readdirSync(path.join(repoRoot, 'schemas', 'events'))) {
    const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, 'schemas', 'events', file), 'utf8')) as Record<string, unknown>;
    if (file === `${EVENT}.json`) edit(schema);
    fs.writeFileSync(path.join(eventsDir, file), JSON.stringify(schema, null, 2));
  }
  const out = path.join(dir, 'contracts');
  writeContracts(eventsDir, path.join(out, 'generated', 'events.ts'));
  fs.copyFileSync(path.join(__dirname, 'index.ts'), path.join(out, 'index.ts'));
  return path.join(out, 'index.ts');
}

/** Renames a property of an object schema: in `properties`, `required` and the examples. */
function rename(from: string, to: string) {
  return (schema: Record<string, unknown>): void => {
    const props = schema['properties'] as Record<string, unknown>;
    if (!(from in props)) throw new Error(`${EVENT} has no property ${from}`);
    schema['properties'] = Object.fromEntries(Object.entries(props).map(([k, v]) => [k === from ? to : k, v]));
    schema['required'] = (schema['required'] as string[]).map((k) => (k === from ? to : k));
    schema['examples'] = (schema['examples'] as Record<string, unknown>[]).map((e) =>
      Object.fromEntries(Object.entries(e).map(([k, v]) => [k === from ? to : k, v])),
    );
  };
}

/** Type errors in the users' files, compiled with @pass-graph/contracts mapped to `contracts`, by file. */
function typeErrors(contracts: string, oldProgram?: ts.Program): { errors: Record<string, string[]>; program: ts.Program } {
  const base = ts.readConfigFile(path.join(repoRoot, 'tsconfig.base.json'), ts.sys.readFile).config as object;
  const { options } = ts.parseJsonConfigFileContent(base, ts.sys, repoRoot);
  const program = ts.createProgram({
    rootNames: Object.values(USERS).map((f) => path.join(repoRoot, f)),
    options: {
      ...options,
      composite: false,
      incremental: false,
      declaration: false,
      noEmit: true,
      types: ['node'],
      typeRoots: [path.join(repoRoot, 'node_modules', '@types')],
      baseUrl: repoRoot,
      paths: { '@pass-graph/contracts': [contracts] },
    },
    ...(oldProgram ? { oldProgram } : {}),
  });
  const errors: Record<string, string[]> = {};
  for (const [who, file] of Object.entries(USERS)) {
    const source = program.getSourceFile(path.join(repoRoot, file));
    if (!source) throw new Error(`${file} is not in the program`);
    errors[who] = program.getSemanticDiagnostics(source).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }
  return { errors, program };
}

describe('a renamed event field', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pass-contracts-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('breaks the build of its producer and of every consumer that reads it; the schema as it is builds', () => {
    const asIs = typeErrors(contractsFrom(path.join(dir, 'as-is'), () => undefined));
    expect(asIs.errors).toEqual({ producer: [], budgets: [], governance: [], careServices: [] });

    const { errors } = typeErrors(contractsFrom(path.join(dir, 'renamed'), rename('endDate', 'periodEnd')), asIs.program);
    // staffing still writes endDate and not periodEnd; budgets, governance and care-services read endDate.
    expect(errors['producer']?.join('\n')).toMatch(/'endDate' does not exist in type 'SubstituteDispatchCompletedData'/);
    expect(errors['budgets']?.join('\n')).toMatch(/Property 'endDate' does not exist on type 'SubstituteDispatchCompletedData'/);
    expect(errors['governance']?.join('\n')).toMatch(/Property 'endDate' does not exist on type 'SubstituteDispatchCompletedData'/);
    expect(errors['careServices']?.join('\n')).toMatch(/Property 'endDate' does not exist on type 'SubstituteDispatchCompletedData'/);
  });
});
