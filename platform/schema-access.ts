import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import type { HubContext } from './context';
import { isAnonymous } from './identity';

/** The fields that reveal a subgraph's whole schema: introspection, and federation's `_service { sdl }`. */
const SCHEMA_FIELDS = new Set(['__schema', '__type', '_service']);

function asksForSchema(document: DocumentNode): boolean {
  let found = false;
  // Every field, fragments included: these exist only on Query, however the operation reaches them.
  visit(document, {
    [Kind.FIELD](node) {
      if (SCHEMA_FIELDS.has(node.name.value)) found = true;
    },
  });
  return found;
}

/**
 * In production a subgraph tells its schema (introspection, `_service`) only to a router or composition tool,
 * proven by a caller token with the `router` role, or to another subgraph (a service token). The routers
 * serve the committed supergraph and never need it at run time; everyone else gets the public graph through
 * the router. Outside production anyone may ask, as developers' tools do.
 */
export function schemaAccessPlugin(production: boolean): ApolloServerPlugin<HubContext> {
  return {
    async requestDidStart() {
      if (!production) return;
      return {
        async didResolveOperation({ document, contextValue }) {
          if (!asksForSchema(document)) return;
          const { roles } = contextValue.identity;
          if (roles.includes('router') || roles.includes('service')) return;
          const anonymous = isAnonymous(contextValue.identity);
          throw new GraphQLError(
            'The subgraph schema (introspection, _service) is only for a router or a subgraph: send a token with the router role',
            { extensions: { code: anonymous ? 'UNAUTHENTICATED' : 'FORBIDDEN', http: { status: anonymous ? 401 : 403 } } },
          );
        },
      };
    },
  };
}
