/**
 * The `unit` project of jest.config.js for Stryker (stryker.config.mjs): mutation testing runs unit tests
 * only, and of them the ones that can reach the mutated modules — the platform's and the services'.
 * The gateway's, devtools' and stack's unit tests stay with `npx jest --selectProjects unit`.
 *
 * The services' tests import `@pass-graph/platform`, i.e. its built `dist/`, so they never see a mutant of the
 * platform's sources: platform mutants are killed (or not) by the platform's own tests beside the code.
 * (Mapping the import to the sources was tried: every service test file then is related to every platform
 * mutant, and a run went from minutes to an estimated 12 hours on two cores.)
 * @type {import('jest').Config}
 */
const base = require('./jest.config.js');
const unit = base.projects.find((p) => p.displayName === 'unit');

module.exports = {
  ...unit,
  rootDir: __dirname,
  testTimeout: base.testTimeout,
  testMatch: ['<rootDir>/packages/platform/src/**/*.test.ts', '<rootDir>/services/*/src/**/*.test.ts'],
};
