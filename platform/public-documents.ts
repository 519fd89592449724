import type { SubgraphName } from './config';
import { HUB_CONTEXT_PATH } from './credential-context';

/**
 * The plain-HTTP documents outside verifiers fetch without a token, by route, with the subgraph that serves
 * them. The gateway publishes exactly these routes under the hub's one public address and nothing else.
 */
export const PUBLIC_DOCUMENT_ROUTES = {
  jwks: { path: '/issuers/:organisationId/jwks.json', subgraph: 'accreditation' },
  did: { path: '/issuers/:organisationId/did.json', subgraph: 'accreditation' },
  registry: { path: '/registry.json', subgraph: 'accreditation' },
  statusList: { path: '/status-lists/:id', subgraph: 'awards' },
  /** The one-bit revocation and suspension lists: `revocation`, `suspension`, with `.jsonld` for Data Integrity. */
  statusListByPurpose: { path: '/status-lists/:id/:form', subgraph: 'awards' },
  /** The hub's JSON-LD context, which its credentials name. */
  context: { path: HUB_CONTEXT_PATH, subgraph: 'awards' },
} as const satisfies Record<string, { path: string; subgraph: SubgraphName }>;
