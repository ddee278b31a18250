/**
 * The soak: the reliability faults in a loop for SOAK_SECONDS (default 600) against the same real stack
 * the integration tests start (tests/support/global-setup.ts), then the reconciliation. `npm run soak`.
 * @type {import('jest').Config}
 */
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');

module.exports = {
  rootDir: root,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  testMatch: ['<rootDir>/bench/soak/**/*.test.ts'],
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
  testTimeout: 24 * 3600 * 1000,
};
