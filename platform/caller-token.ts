import fs from 'node:fs';
import { GraphQLError } from 'graphql';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  errors as joseErrors,
  jwtVerify,
  type JWTVerifyGetKey,
} from 'jose';
import { ConfigError, type HubConfig } from './config';
import { ROLES, type Identity, type Role, ANONYMOUS } from './identity';
import { LocalTokenIssuer } from './local-token-issuer';
import { SIGN_IN_TOKEN_ISSUER, signInKeys } from './sign-in';
import { VerifiedTokens } from './verified-tokens';

/** A refused token: HTTP 401 with a message that says what was wrong with it. */
export class AuthenticationRefused extends GraphQLError {
  constructor(reason: string) {
    super(`Authentication refused: ${reason}`, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
}

/**
 * The identity provider's published keys (AUTH_JWKS_URL) could not be read: an outage, not a bad token. HTTP 503,
 * SERVICE_UNAVAILABLE, retry later; the token is checked again on the next request.
 */
export class IdentityProviderUnavailable extends GraphQLError {
  constructor() {
    super("Service unavailable: the identity provider's keys (AUTH_JWKS_URL) could not be fetched; retry later", {
      extensions: { code: 'SERVICE_UNAVAILABLE', service: 'identity-provider', retryAfterSeconds: 5, http: { status: 503 } },
    });
  }
}

/**
 * The caller's own token, checked where it arrives: at our gateway (to refuse a bad token early) and again
 * at every subgraph, so the hub runs behind any federation router that forwards `Authorization`
 * (Hive Gateway, Apollo Router). Both read the same OpenID Connect configuration (AUTH_*).
 *
 * Verifies `Authorization: Bearer <JWT>` against the configured JWKS, issuer, audience, algorithms, expiry
 * and clock skew, and turns its claims into the caller's Identity. No header: the anonymous caller.
 */
export async function createAuthenticator(config: HubConfig): Promise<(authorization: string | undefined) => Promise<Identity>> {
  const keys = await keySet(config);
  const algorithms = config.AUTH_ALGORITHMS;
  const claims = claimNames(config);
  // The hub's own sign-in tokens (learners signed in with e-ID, gateway/sign-in/), beside the configured
  // identity provider's: signed by the local token issuer's key in DATA_DIR/identity.
  const signInKeySet = await signInKeys(config);
  // Each token verified once, then known until it expires (the clock tolerance included) or for
  // AUTH_VERIFIED_TOKEN_SECONDS: a request is checked here and again at every subgraph it reaches.
  const verified = new VerifiedTokens<Identity>({ seconds: config.AUTH_VERIFIED_TOKEN_SECONDS });
  const verifiedUntil = (exp: number | undefined) => ((exp ?? 0) + config.AUTH_CLOCK_TOLERANCE_SECONDS) * 1000;
  return async (authorization) => {
    // No token: the anonymous caller, and no identity work at all.
    if (!authorization) return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw new AuthenticationRefused('the Authorization header must be "Bearer <token>"');
    const token = match[1];
    const key = VerifiedTokens.keyOf(token);
    const known = verified.get(key);
    if (known) return known;
    const identity = await verifyCallerToken(token);
    verified.remember(key, identity.value, verifiedUntil(identity.exp));
    return identity.value;
  };

  async function verifyCallerToken(token: string): Promise<{ value: Identity; exp: number | undefined }> {
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw new AuthenticationRefused('the token is not a JWT (it must be three base64url parts with a JSON header)');
    }
    if (!alg || alg.toLowerCase() === 'none') throw new AuthenticationRefused('unsigned tokens (alg "none") are not accepted');
    if (/^HS/i.test(alg)) throw new AuthenticationRefused(`HMAC tokens (alg "${alg}") are not accepted; only asymmetric signatures`);
    if (!algorithms.includes(alg)) throw new AuthenticationRefused(`algorithm "${alg}" is not accepted; allowed: ${algorithms.join(', ')}`);
    if (signInKeySet && unverifiedIssuer(token) === SIGN_IN_TOKEN_ISSUER) {
      try {
        const { payload } = await jwtVerify(token, signInKeySet, {
          algorithms: ['EdDSA'],
          issuer: SIGN_IN_TOKEN_ISSUER,
          audience: config.AUTH_AUDIENCE,
          clockTolerance: config.AUTH_CLOCK_TOLERANCE_SECONDS,
          requiredClaims: ['exp', 'sub'],
        });
        // A sign-in token only ever makes the learner it names, whatever else it might say.
        return { value: frozen({ subject: String(payload.sub), roles: ['learner'], learnerId: String(payload.sub) }), exp: payload.exp };
      } catch (error) {
        throw new AuthenticationRefused(describe(error));
      }
    }
    try {
      const { payload } = await jwtVerify(token, keys, {
        algorithms,
        issuer: config.AUTH_ISSUER,
        audience: config.AUTH_AUDIENCE,
        clockTolerance: config.AUTH_CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['exp', 'sub'],
      });
      return { value: frozen(identityFromClaims(payload, claims)), exp: payload.exp };
    } catch (error) {
      if (error instanceof AuthenticationRefused) throw error;
      if (config.AUTH_JWKS_URL && keysUnreadable(error)) throw new IdentityProviderUnavailable();
      throw new AuthenticationRefused(describe(error));
    }
  }
}

/**
 * No answer in time, a failed connection (fetch's own TypeError), an answer that is not 200 or not a key set:
 * the remote JWKS could not be read. jose's token errors are all subclasses of JOSEError; these are not.
 */
function keysUnreadable(error: unknown): boolean {
  if (error instanceof joseErrors.JWKSTimeout || error instanceof joseErrors.JWKSInvalid) return true;
  if (!(error instanceof joseErrors.JOSEError)) return true;
  return error.constructor === joseErrors.JOSEError;
}

/** An identity handed to every request the token comes with: nobody may change it on the way. */
function frozen(identity: Identity): Identity {
  Object.freeze(identity.roles);
  return Object.freeze(identity);
}

function unverifiedIssuer(token: string): unknown {
  try {
    return decodeJwt(token).iss;
  } catch {
    return undefined;
  }
}

function describe(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'the token has expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return 'the token is for another audience';
    if (error.claim === 'iss') return 'the token is from an issuer this hub does not trust';
    if (error.claim === 'nbf') return 'the token is not valid yet';
    return `the token's "${error.claim}" claim is invalid (${error.reason})`;
  }
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'the token signature does not verify';
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'no trusted key matches the token (unknown kid)';
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'the token algorithm is not accepted';
  if (error instanceof joseErrors.JWKSTimeout || error instanceof joseErrors.JOSEError && error.code === 'ERR_JWKS_INVALID') {
    return 'the identity provider keys could not be fetched';
  }
  return 'the token is malformed';
}

interface ClaimNames {
  /** A claim name or a dotted path into nested claims ("realm_access.roles"). */
  roles: string;
  organisation: string;
  /** The identity provider's values (groups) to hub roles; absent: the values are hub role names. */
  roleMap?: Map<string, Role>;
}

function claimNames(config: HubConfig): ClaimNames {
  return { roles: config.AUTH_ROLES_CLAIM, organisation: config.AUTH_ORGANISATION_CLAIM, roleMap: config.AUTH_ROLE_MAP };
}

function claimAt(payload: Record<string, unknown>, name: string): unknown {
  // A claim whose own name contains dots (as some providers use URLs) wins over the nested reading.
  if (name in payload) return payload[name];
  return name.split('.').reduce<unknown>((value, part) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined), payload);
}

function identityFromClaims(payload: Record<string, unknown>, names: ClaimNames): Identity {
  const value = claimAt(payload, names.roles);
  const claimed = Array.isArray(value) ? value : typeof value === 'string' ? value.split(' ') : [];
  const mapped = names.roleMap ? claimed.map((item) => names.roleMap!.get(String(item))) : claimed;
  // "service" is for subgraphs talking to each other; a caller's token can never grant it.
  const roles = [...new Set(mapped.filter((role): role is Role => ROLES.includes(role as Role) && role !== 'service'))];
  const organisation = claimAt(payload, names.organisation);
  const organisationId = typeof organisation === 'string' ? organisation.toLowerCase() : undefined;
  if (roles.includes('provider') && !organisationId) {
    throw new AuthenticationRefused(`a provider token must name its organisation (claim "${names.organisation}")`);
  }
  const subject = String(payload.sub);
  return {
    subject,
    roles,
    // Providers act for an organisation; an authority's token may name the authority organisation it acts for.
    organisationId: roles.includes('provider') || roles.includes('authority') ? organisationId : undefined,
    learnerId: roles.includes('learner') ? subject : undefined,
  };
}

async function keySet(config: HubConfig): Promise<JWTVerifyGetKey> {
  if (config.AUTH_JWKS_URL) return createRemoteJWKSet(new URL(config.AUTH_JWKS_URL));
  if (config.AUTH_JWKS_FILE) return createLocalJWKSet(JSON.parse(fs.readFileSync(config.AUTH_JWKS_FILE, 'utf8')));
  if (config.NODE_ENV === 'production') throw new ConfigError('Set AUTH_JWKS_URL (or AUTH_JWKS_FILE): production trusts a real identity provider');
  // Nothing configured: development and demos use the hub's local token issuer.
  return createLocalJWKSet((await LocalTokenIssuer.open(config)).jwks());
}
