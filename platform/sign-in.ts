import type { HubConfig } from './config';
import { serviceIdentity } from './identity';

/**
 * What the gateway's learner sign-in (gateway/sign-in/) and the awards subgraph (services/awards/sign-in.ts)
 * agree on. The personnummer from the e-ID provider goes from the one to the other on this internal route
 * only: it is no GraphQL operation, the gateway never publishes it, and awards answers it only to the
 * gateway's sign-in identity, signed with HUB_INTERNAL_SECRET.
 */
export const LEARNER_SIGN_IN_PATH = '/internal/learner-sign-in';

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
