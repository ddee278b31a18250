/**
 * Two projects: `unit` (pure logic, beside the code) and `integration` (the real
 * stack: Kafka + FerretDB + six subgraphs + gateway, started by tests/setup).
 * @type {import('jest').Config}
 */
const tsJest = ['ts-jest', { diagnostics: false }];

module.exports = {
  testTimeout: 120_000,
  testSequencer: '<rootDir>/tests/support/sequencer.js',
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': tsJest },
      // Stryker's sandboxes (docs/mutation-testing.md) hold a second copy of every package.
      modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp'],
      testMatch: ['<rootDir>/packages/*/src/**/*.test.ts', '<rootDir>/services/*/src/**/*.test.ts', '<rootDir>/gateway/src/**/*.test.ts'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': tsJest },
      modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp'],
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
      globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
    },
  ],
};
