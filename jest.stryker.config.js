/**
 * The `unit` project of jest.config.js, for Stryker (stryker.config.mjs): mutation testing runs unit
 * tests only. Two differences: the test files are narrowed (below), and `@pass-graph/platform` resolves to the platform's
 * sources, not its built `dist/`, so the services' unit tests exercise (and can kill) mutants of the
 * platform too; under plain jest they run against `dist/`, which is compiled from the same sources.
 * @type {import('jest').Config}
 */
const base = require('./jest.config.js');
const unit = base.projects.find((p) => p.displayName === 'unit');

module.exports = {
  ...unit,
  rootDir: __dirname,
  testTimeout: base.testTimeout,
  // The tests that can reach the mutated modules (stryker.config.mjs `mutate`): the platform's and the
  // services'. The gateway's, devtools' and stack's unit tests stay with `npx jest --selectProjects unit`.
  testMatch: ['<rootDir>/packages/platform/src/**/*.test.ts', '<rootDir>/services/*/src/**/*.test.ts'],
  moduleNameMapper: {
    '^@pass-graph/platform$': '<rootDir>/packages/platform/src/index.ts',
    '^@pass-graph/platform/dist/(.*)$': '<rootDir>/packages/platform/src/$1',
  },
};
