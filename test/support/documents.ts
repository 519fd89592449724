/** The typed documents generated from test/operations, for bench/: it reaches test code only through test/support. */
export * from '../generated/graphql';
