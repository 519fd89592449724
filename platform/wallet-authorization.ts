/**
 * What the gateway's wallet authorization (gateway/sign-in/wallet-authorization.ts, the OpenID4VCI authorization
 * endpoint on the learner's e-ID sign-in) and the awards subgraph (services/awards/wallet-issuance/authorization.ts)
 * agree on. Like the learner sign-in (platform/sign-in.ts) it is an internal route, no GraphQL operation, never
 * published by the gateway, and awards answers it only to a call token of the gateway's sign-in: the learner id
 * in the body is one the sign-in vouches for with its session.
 */
export const WALLET_AUTHORIZATION_PATH = '/internal/wallet-authorization';

/** The OpenID4VCI authorization endpoint, served by the gateway (it needs the learner's web session). */
export const WALLET_AUTHORIZE_PATH = '/openid4vci/authorize';

/** What the wallet asked for, once the gateway has checked its form (RFC 6749 section 4.1.1, RFC 7636, RFC 9396). */
export interface WalletAuthorizationRequest {
  clientId: string;
  redirectUri: string;
  /** PKCE, S256 only. */
  codeChallenge: string;
  state?: string;
  /** From a credential offer's authorization_code grant: the offer's award. */
  issuerState?: string;
  /** The credential configurations named by `scope` (one scope value per configuration). */
  scope?: string[];
  /** The credential configurations named by `authorization_details` of type openid_credential. */
  authorizationDetails?: string[];
}

/** One award the learner may choose on the consent page. */
export interface ConsentAward {
  id: string;
  title: string;
  issuerName: string;
  issuedOn: string;
}

/**
 * `consent`: what the consent page shows (the awards the learner may choose and the configurations), or the
 * refusal to send back to the wallet. `grant`: the learner chose; a single-use authorization code for it.
 */
export type WalletAuthorizationCall =
  | { action: 'consent'; learnerId: string; request: WalletAuthorizationRequest }
  | { action: 'grant'; learnerId: string; request: WalletAuthorizationRequest; awardIds: string[] };

/** OAuth error codes the authorization endpoint sends back to the wallet (RFC 6749 section 4.1.2.1, RFC 9396 section 5). */
export type AuthorizationErrorCode = 'invalid_request' | 'access_denied' | 'invalid_scope' | 'invalid_authorization_details' | 'server_error' | 'temporarily_unavailable';

export type WalletAuthorizationAnswer =
  | {
      /** The awards to choose from: one (the offer's) for an issuer_state. */
      awards: ConsentAward[];
      /** Whether the learner may choose several (authorization_details) or exactly one (issuer_state, scope). */
      several: boolean;
      configurationIds: string[];
    }
  | { code: string; expiresIn: number }
  | { error: AuthorizationErrorCode; error_description: string };
