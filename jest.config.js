/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // swc emits the decorator metadata type-graphql and typeorm need (esbuild does not).
  transform: { '^.+\\.(t|j|mj)s$': ['@swc/jest'] },
  // jose, the JSON-LD / Data Integrity / DID libraries and the SHACL validator (with its RDF/JS dependencies) are
  // ESM-only; compile them to CommonJS for jest's module system (node itself loads them with require(esm) in the
  // built dist/).
  transformIgnorePatterns: [
    '/node_modules/(?!(jose|@openid4vc|openid-client|oauth4webapi|oidc-provider|@digitalbazaar|base58-universal|base64url-universal|crypto-ld|did-resolver|web-did-resolver|ky|lru-cache|rdf-validate-shacl|rdf-validate-datatype|@tpluscode|@zazuko|@rdfjs|clownface|@vocabulary)/)',
  ],
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  maxWorkers: 2,
  testTimeout: 60_000,
};
