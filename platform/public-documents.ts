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

/**
 * The OpenID4VCI endpoints wallets call at the hub's public address (the credential issuer identifier), with
 * the subgraph that serves them, the method, and the request headers that go on (a wallet's access token is
 * the awards subgraph's own, not a hub token, so `authorization` is forwarded here and nowhere else).
 */
export const PUBLIC_WALLET_ROUTES = {
  credentialIssuerMetadata: { path: '/.well-known/openid-credential-issuer', subgraph: 'awards', method: 'GET', headers: [] },
  authorizationServerMetadata: { path: '/.well-known/oauth-authorization-server', subgraph: 'awards', method: 'GET', headers: [] },
  token: { path: '/openid4vci/token', subgraph: 'awards', method: 'POST', headers: ['content-type'] },
  nonce: { path: '/openid4vci/nonce', subgraph: 'awards', method: 'POST', headers: ['content-type'] },
  credential: { path: '/openid4vci/credential', subgraph: 'awards', method: 'POST', headers: ['content-type', 'authorization'] },
} as const satisfies Record<string, { path: string; subgraph: SubgraphName; method: 'GET' | 'POST'; headers: readonly string[] }>;
