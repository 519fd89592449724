import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the operations the tests (and later, client tools) send through the gateway,
 * generated from the composed supergraph. `npm run codegen` writes them; a test checks they are current.
 */
const config: CodegenConfig = {
  schema: 'schema/supergraph.graphql',
  documents: ['test/operations/**/*.graphql'],
  generates: {
    'test/generated/graphql.ts': {
      plugins: [
        { add: { content: '/* GENERATED FILE: do not edit by hand. Made by `npm run codegen` from test/operations. */' } },
        'typescript-operations',
        'typed-document-node',
      ],
      config: { avoidOptionals: false, enumsAsTypes: true, scalars: { DateTimeISO: 'string' } },
    },
  },
};

export default config;
