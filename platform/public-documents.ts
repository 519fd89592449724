import type { SubgraphName } from './config';
import { HUB_CONTEXT_PATH } from './credential-context';

interface PublicDocumentRoute {
  path: string;
  subgraph: SubgraphName;
  /** What each path parameter must look like (default: letters, digits, dashes and single dots, up to 64). */
  params?: Readonly<Record<string, RegExp>>;
  /** The query parameters the route takes, each with what it must look like; any other is not forwarded. */
  query?: Readonly<Record<string, RegExp>>;
}

/** The default shape of a path parameter: UUIDs and names like revocation.jsonld. */
export const DOCUMENT_PARAMETER = /^[A-Za-z0-9][A-Za-z0-9.-]{0,63}$/;

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
  /** An award as a sealed European Digital Credential, by the signed, expiring link `Award.europass.downloadUrl` hands out. */
  europassCredential: {
    path: '/europass/credentials/:awardId',
    subgraph: 'awards',
    query: { expires: /^\d{1,12}$/, signature: /^[A-Za-z0-9_-]{1,100}$/ },
  },
  /** An award of an active share as a sealed European Digital Credential, for whoever holds the share link. */
  europassShared: { path: '/europass/shares/:token/:awardId', subgraph: 'awards', params: { token: /^[A-Za-z0-9_-]{20,100}$/ } },
  /** The catalogue as Europass learning opportunities: the paged dataset, and one entry at its own address. */
  learningOpportunities: { path: '/europass/learning-opportunities', subgraph: 'catalogue', query: { page: /^\d{1,6}$/ } },
  learningOpportunity: { path: '/europass/learning-opportunities/:entryId', subgraph: 'catalogue' },
  /** A credential offer by reference (OpenID4VCI credential_offer_uri), for whoever holds its link, until it expires or is taken. */
  credentialOffer: { path: '/openid4vci/offers/:reference', subgraph: 'awards', params: { reference: /^[A-Za-z0-9_-]{43}$/ } },
} as const satisfies Record<string, PublicDocumentRoute>;

/** A wallet's client attestation and its proof of possession (draft-ietf-oauth-attestation-based-client-auth), for PAR and token. */
export const CLIENT_ATTESTATION_HEADERS = ['oauth-client-attestation', 'oauth-client-attestation-pop'] as const;

/**
 * The OpenID4VCI endpoints wallets call at the hub's public address (the credential issuer identifier), with
 * the subgraph that serves them, the method, and the request headers that go on (a wallet's access token is
 * the awards subgraph's own, not a hub token, so `authorization` is forwarded here and nowhere else).
 */
export const PUBLIC_WALLET_ROUTES = {
  credentialIssuerMetadata: { path: '/.well-known/openid-credential-issuer', subgraph: 'awards', method: 'GET', headers: [] },
  authorizationServerMetadata: { path: '/.well-known/oauth-authorization-server', subgraph: 'awards', method: 'GET', headers: [] },
  /** Pushed authorization requests (RFC 9126): the parameters of the authorization endpoint, pushed before the browser opens. */
  pushedAuthorizationRequest: { path: '/openid4vci/par', subgraph: 'awards', method: 'POST', headers: ['content-type', ...CLIENT_ATTESTATION_HEADERS] },
  token: { path: '/openid4vci/token', subgraph: 'awards', method: 'POST', headers: ['content-type', ...CLIENT_ATTESTATION_HEADERS] },
  nonce: { path: '/openid4vci/nonce', subgraph: 'awards', method: 'POST', headers: ['content-type'] },
  credential: { path: '/openid4vci/credential', subgraph: 'awards', method: 'POST', headers: ['content-type', 'authorization'] },
} as const satisfies Record<string, { path: string; subgraph: SubgraphName; method: 'GET' | 'POST'; headers: readonly string[] }>;
