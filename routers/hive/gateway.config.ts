/**
 * Hive Gateway in front of the hub's four subgraphs, on the committed supergraph:
 *
 *   npx hive-gateway supergraph schema/supergraph.graphql -c routers/hive/gateway.config.ts --port 4000
 *
 * The subgraphs authenticate each caller's own bearer token themselves (the same AUTH_* configuration our
 * gateway uses), so this router only has to forward `Authorization`. Nothing else from the client is
 * forwarded.
 */
import { defineConfig } from '@graphql-hive/gateway';

const SUBGRAPHS = ['accreditation', 'catalogue', 'awards', 'verification'];

export const gatewayConfig = defineConfig({
  propagateHeaders: {
    fromClientToSubgraphs({ request }) {
      const authorization = request.headers.get('authorization');
      return authorization ? { authorization } : {};
    },
  },
  // The supergraph names each subgraph's local address (localhost:4001..4004); ACCREDITATION_URL,
  // CATALOGUE_URL, AWARDS_URL and VERIFICATION_URL override them, as they do for our own gateway.
  transportEntries: Object.fromEntries(
    SUBGRAPHS.flatMap((name) => {
      const location = process.env[`${name.toUpperCase()}_URL`];
      return location ? [[name, { location }]] : [];
    }),
  ),
  // The hub's schema is public, but the operator's IDE is not the product: off unless asked for.
  graphiql: process.env.GRAPHQL_IDE === 'true',
});
