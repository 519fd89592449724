import * as oidc from 'openid-client';
import type { SignInErrorCode } from '../../platform/sign-in';

/** A failed sign-in, with the stable code the page (or an API client) is told. */
export class SignInFailed extends Error {
  constructor(
    readonly code: SignInErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface ProviderSettings {
  issuer: string;
  clientId: string;
  clientSecret?: string;
  redirectUrl: string;
  scope: string;
  personalNumberClaim: string;
  /** http:// is allowed only for the local provider (and tests), never for a configured one in production. */
  allowHttp: boolean;
}

/** What the hub learns from the provider: the personnummer as the claim gave it, and a name if released. */
export interface SignedInPerson {
  personalNumber: string;
  name?: string;
}

/**
 * The hub as an OpenID Connect relying party, with `openid-client`: the provider's metadata from discovery,
 * authorization code with PKCE (S256), state and nonce, and the ID token checked (signature with the
 * provider's JWKS, issuer, audience, expiry, nonce) before a claim is read.
 */
export class RelyingParty {
  private configuration: Promise<oidc.Configuration> | null = null;

  constructor(readonly settings: ProviderSettings) {}

  /** Discovery once, retried on the next sign-in if the provider could not be reached. */
  private discover(): Promise<oidc.Configuration> {
    if (!this.configuration) {
      const { issuer, clientId, clientSecret, allowHttp } = this.settings;
      this.configuration = oidc
        .discovery(new URL(issuer), clientId, undefined, clientSecret ? oidc.ClientSecretBasic(clientSecret) : oidc.None(), {
          execute: allowHttp ? [oidc.allowInsecureRequests] : [],
          timeout: 10,
        })
        .then((configuration) => {
          // Check the ID token's signature with the provider's published keys too, not only TLS to its token endpoint.
          oidc.enableNonRepudiationChecks(configuration);
          return configuration;
        })
        .catch((error) => {
          this.configuration = null;
          throw new SignInFailed('SIGN_IN_PROVIDER_UNAVAILABLE', `the e-ID provider's metadata could not be read: ${(error as Error).message}`);
        });
    }
    return this.configuration;
  }

  /** Where to send the browser, and what the callback must check. */
  async start(): Promise<{ url: string; state: string; nonce: string; verifier: string }> {
    const configuration = await this.discover();
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.settings.redirectUrl,
      scope: this.settings.scope,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
      // Every sign-in authenticates the person anew: signing out of the hub means the next one asks again.
      prompt: 'login',
    });
    return { url: url.href, state, nonce, verifier };
  }

  /** The provider's answer at the redirect URL, exchanged and checked; then the personnummer claim. */
  async finish(query: URLSearchParams, checks: { state: string; nonce: string; verifier: string }): Promise<SignedInPerson> {
    const configuration = await this.discover();
    const current = new URL(this.settings.redirectUrl);
    current.search = query.toString();
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      tokens = await oidc.authorizationCodeGrant(configuration, current, {
        pkceCodeVerifier: checks.verifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      throw refusal(error);
    }
    const claims = tokens.claims();
    if (!claims) throw new SignInFailed('SIGN_IN_TOKEN_INVALID', 'the provider sent no ID token');
    const name = typeof claims.name === 'string' ? claims.name : [claims.given_name, claims.family_name].filter((part) => typeof part === 'string').join(' ');
    let number = claims[this.settings.personalNumberClaim];
    // Some brokers release the number from userinfo only.
    if (number === undefined && tokens.access_token && configuration.serverMetadata().userinfo_endpoint) {
      try {
        const info = await oidc.fetchUserInfo(configuration, tokens.access_token, claims.sub);
        number = info[this.settings.personalNumberClaim];
      } catch (error) {
        throw refusal(error);
      }
    }
    if (typeof number !== 'string' || !number.trim()) {
      throw new SignInFailed('PERSONAL_NUMBER_MISSING', `the provider did not release the claim "${this.settings.personalNumberClaim}"`);
    }
    return { personalNumber: number.trim(), ...(name ? { name } : {}) };
  }
}

/** openid-client's (oauth4webapi's) refusals, as the sign-in's codes. */
function refusal(error: unknown): SignInFailed {
  if (error instanceof SignInFailed) return error;
  if (error instanceof oidc.AuthorizationResponseError) {
    return new SignInFailed('SIGN_IN_DENIED', `the provider refused the sign-in: ${error.error}${error.error_description ? ` (${error.error_description})` : ''}`);
  }
  if (error instanceof oidc.ResponseBodyError) {
    return new SignInFailed('SIGN_IN_TOKEN_INVALID', `the provider refused the code: ${error.error}`);
  }
  // openid-client wraps oauth4webapi's error (whose cause names the claim) in one with the same code.
  const wrapped = error as { cause?: { claim?: string; cause?: { claim?: string } } };
  const cause = { claim: wrapped.cause?.claim ?? wrapped.cause?.cause?.claim };
  const message = (error as Error).message ?? String(error);
  if ((error as { code?: string }).code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED') {
    if (cause?.claim === 'iss') return new SignInFailed('SIGN_IN_ISSUER_INVALID', 'the ID token is from another issuer');
    if (cause?.claim === 'aud' || cause?.claim === 'azp') return new SignInFailed('SIGN_IN_AUDIENCE_INVALID', 'the ID token is for another client');
    if (cause?.claim === 'nonce') return new SignInFailed('SIGN_IN_NONCE_INVALID', 'the ID token does not carry this sign-in\'s nonce');
  }
  if (/state/i.test(message) && (error as { code?: string }).code === 'OAUTH_INVALID_RESPONSE') {
    return new SignInFailed('SIGN_IN_STATE_INVALID', 'the answer does not belong to this sign-in (state)');
  }
  if (error instanceof TypeError || /fetch failed|ECONNREFUSED|timed? ?out|aborted/i.test(message)) {
    return new SignInFailed('SIGN_IN_PROVIDER_UNAVAILABLE', 'the e-ID provider could not be reached');
  }
  return new SignInFailed('SIGN_IN_TOKEN_INVALID', `the ID token was refused: ${message}`);
}
