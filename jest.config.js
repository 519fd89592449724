/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // swc emits the decorator metadata type-graphql and typeorm need (esbuild does not).
  transform: { '^.+\\.(t|j|mj)s$': ['@swc/jest'] },
  // jose is ESM-only; compile it to CommonJS for jest's module system.
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  maxWorkers: 2,
  testTimeout: 60_000,
};
