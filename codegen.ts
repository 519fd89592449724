import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the operations the tests and the demo send through the gateway, generated from the
 * composed supergraph. `npm run codegen` writes them; a test checks they are current.
 */
const typedDocuments = (source: string) => ({
  documents: [`${source}/**/*.graphql`],
  plugins: [
    { add: { content: `/* GENERATED FILE: do not edit by hand. Made by \`npm run codegen\` from ${source}. */` } },
    'typescript-operations',
    'typed-document-node',
  ],
  config: { avoidOptionals: false, enumsAsTypes: true, scalars: { DateTimeISO: 'string' } },
});

const config: CodegenConfig = {
  schema: 'schema/supergraph.graphql',
  generates: {
    'test/generated/graphql.ts': typedDocuments('test/operations'),
    // The demo's own operations (npm run demo, npm run demo:story).
    'demo/generated/graphql.ts': typedDocuments('demo/operations'),
    // The pages for people (web/): the same public operations any client may send.
    'web/src/generated/graphql.ts': typedDocuments('web/operations'),
  },
};

export default config;
