import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { HubConfig } from './config';
import { serviceIdentity } from './identity';
import { LocalTokenIssuer } from './local-token-issuer';
import { serviceName } from './service-token';

/**
 * What the gateway's learner sign-in (gateway/sign-in/) and the awards subgraph (services/awards/sign-in.ts)
 * agree on. The personnummer from the e-ID provider goes from the one to the other on this internal route
 * only: it is no GraphQL operation, the gateway never publishes it, and awards answers it only to a call token
 * of the gateway's sign-in (signed with the sign-in's key, for awards alone, a minute long).
 */
export const LEARNER_SIGN_IN_PATH = '/internal/learner-sign-in';

/** The awards route where the hub's gateway processes share sign-in state (services/awards/sign-in-state.ts). */
export const SIGN_IN_STATE_PATH = '/internal/sign-in-state';

/** Spend a sign-in answer's state; share a sign-out; read the sessions ended since a time (the database's clock). */
export type SignInStateCall =
  | { action: 'use-state'; state: string; seconds: number }
  | { action: 'end-session'; sid: string; endsAt: number }
  | { action: 'ended-sessions'; since?: string };

/** The one caller awards lets look up (or create) a learner by personnummer. */
export const SIGN_IN_SERVICE = serviceIdentity('gateway-sign-in');

/** What the route answers: the learner's id, and whether this sign-in created the account. */
export interface LearnerSignInAnswer {
  learnerId: string;
  created: boolean;
}

/**
 * The `iss` of the short-lived hub tokens sign-in hands out, signed by the hub's local token issuer
 * (DATA_DIR/identity). Callers' tokens are checked against it besides the configured identity provider; it
 * only ever makes a learner.
 */
export const SIGN_IN_TOKEN_ISSUER = 'mikromeriter-sign-in';

/** The stable codes a failed sign-in ends with (in the page address `?sign-in-error=<code>`, or an error body). */
export const SIGN_IN_ERRORS = [
  'SIGN_IN_NOT_CONFIGURED',
  'SIGN_IN_STATE_INVALID',
  'SIGN_IN_STATE_REPLAYED',
  'SIGN_IN_NONCE_INVALID',
  'SIGN_IN_ISSUER_INVALID',
  'SIGN_IN_AUDIENCE_INVALID',
  'SIGN_IN_TOKEN_INVALID',
  'SIGN_IN_DENIED',
  'SIGN_IN_PROVIDER_UNAVAILABLE',
  'PERSONAL_NUMBER_MISSING',
  'PERSONAL_NUMBER_INVALID',
  'SIGN_IN_UNAVAILABLE',
] as const;
export type SignInErrorCode = (typeof SIGN_IN_ERRORS)[number];

/** The local OpenID Provider runs when no e-ID provider is configured, outside production, unless switched off. */
export const localProviderEnabled = (config: HubConfig) =>
  !config.EID_ISSUER_URL && config.EID_LOCAL_PROVIDER !== false && config.NODE_ENV !== 'production';

/** Whether learners can sign in at all (and so whether the hub trusts its own sign-in tokens). */
export const signInEnabled = (config: HubConfig) => Boolean(config.EID_ISSUER_URL) || localProviderEnabled(config);

/** The `typ` of the sign-in's call tokens to awards: neither a caller token nor a subgraph's service token. */
export const SIGN_IN_CALL_TOKEN_TYPE = 'hub-sign-in+jwt';
const CALL_TOKEN_SECONDS = 60;

/**
 * The public keys of the sign-in's tokens (hub tokens for learners, call tokens to awards): SIGN_IN_JWKS_URL
 * (the gateway's /sign-in/jwks.json) for a part on another host, else the local token issuer's key in
 * DATA_DIR/identity/. None when this part does not trust sign-in at all.
 */
export async function signInKeys(config: HubConfig): Promise<JWTVerifyGetKey | null> {
  if (config.SIGN_IN_JWKS_URL) return createRemoteJWKSet(new URL(config.SIGN_IN_JWKS_URL));
  if (!signInEnabled(config)) return null;
  return createLocalJWKSet((await LocalTokenIssuer.open(config)).jwks());
}

/** The gateway sign-in's token for one call to awards' internal route. */
export function signInCallToken(issuer: LocalTokenIssuer): Promise<string> {
  return issuer.sign({ subject: SIGN_IN_SERVICE.subject!, audience: serviceName('awards'), issuer: SIGN_IN_TOKEN_ISSUER, typ: SIGN_IN_CALL_TOKEN_TYPE, seconds: CALL_TOKEN_SECONDS });
}

/** Checks a call token at awards: the sign-in's key, its type, for awards, from the sign-in, at most a minute old. */
export async function verifySignInCallToken(keys: JWTVerifyGetKey, token: string): Promise<void> {
  const { payload } = await jwtVerify(token, keys, {
    algorithms: ['EdDSA'],
    typ: SIGN_IN_CALL_TOKEN_TYPE,
    issuer: SIGN_IN_TOKEN_ISSUER,
    audience: serviceName('awards'),
    subject: SIGN_IN_SERVICE.subject,
    requiredClaims: ['exp', 'iat', 'jti'],
    maxTokenAge: CALL_TOKEN_SECONDS + 5,
    clockTolerance: 5,
  });
  void payload;
}
