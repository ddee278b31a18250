/**
 * `npm run new-subgraph`: the scaffold (written to a temp dir, never into the repo) composes with the six
 * subgraphs, and its own domain test passes when jest runs it.
 */
import { composeServices } from '@apollo/composition';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'graphql';
import { SERVICE_NAMES } from '@pass-graph/platform';
import { instructions, namesOf, scaffold } from './new-subgraph';
import { repoRoot, schemasDir } from './paths';

describe('new-subgraph', () => {
  let tmp: string;
  let files: string[];

  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'new-subgraph-'));
    fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(tmp, 'node_modules'), 'dir');
    files = scaffold(tmp, 'home-repair');
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('writes every file a subgraph has', () => {
    const src = ['service', 'contract', 'models', 'loaders', 'resolvers', 'domain', 'domain.test', 'events', 'seed', 'main'].map(
      (f) => `services/home-repair/src/${f}.ts`,
    );
    expect(files.sort()).toEqual(
      [
        'schemas/home-repair.graphql',
        ...['package.json', 'tsconfig.json', 'README.md'].map((f) => `services/home-repair/${f}`),
        ...src,
      ].sort(),
    );
    expect(JSON.parse(fs.readFileSync(path.join(tmp, 'services/home-repair/package.json'), 'utf8')).name).toBe('@pass-graph/home-repair');
  });

  it('refuses a bad name and an existing service', () => {
    expect(() => scaffold(tmp, 'Home_Repair')).toThrow('kebab-case');
    expect(() => scaffold(tmp, 'home-repair')).toThrow('already exists');
  });

  it('composes with the six existing subgraphs', () => {
    const existing = SERVICE_NAMES.map((name) => ({
      name,
      typeDefs: parse(fs.readFileSync(path.join(schemasDir, `${name}.graphql`), 'utf8')),
    }));
    const added = { name: 'home-repair', typeDefs: parse(fs.readFileSync(path.join(tmp, 'schemas/home-repair.graphql'), 'utf8')) };
    const result = composeServices([...existing, added].map((s) => ({ ...s, url: `http://127.0.0.1/${s.name}` })));
    expect(result.errors?.map((e) => e.message) ?? []).toEqual([]);
    expect(result.supergraphSdl).toContain('homeRepairItems(agencyId: ID!): [HomeRepairItem!]!');
  });

  it("runs the scaffold's own domain test green", () => {
    const config = {
      rootDir: tmp,
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
      testMatch: ['<rootDir>/services/*/src/**/*.test.ts'],
    };
    const run = spawnSync(
      process.execPath,
      [path.join(repoRoot, 'node_modules/jest/bin/jest.js'), '--config', JSON.stringify(config), '--ci'],
      {
        cwd: tmp,
        encoding: 'utf8',
      },
    );
    expect({ status: run.status, output: run.status === 0 ? '' : run.stderr }).toEqual({ status: 0, output: '' });
    expect(run.stderr).toMatch(/Tests:\s+3 passed, 3 total/);
  });

  it('prints the registration steps for every shared list', () => {
    const steps = instructions(namesOf('home-repair'), 4007).join('\n');
    for (const file of [
      'packages/platform/src/config.ts',
      'packages/stack/src/seed.ts',
      'codegen.ts',
      'docker-compose.yml',
      'packages/devtools/package.json',
      'Dockerfile',
    ])
      expect(steps).toContain(file);
    expect(steps).toContain("'home-repair': 4007");
    expect(steps).toContain('HOME_REPAIR_PORT');
  });
});
