import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  SignJWT,
  calculateJwkThumbprint,
  createRemoteJWKSet,
  decodeJwt,
  errors as joseErrors,
  exportJWK,
  generateKeyPair,
  importJWK,
  jwtVerify,
  type JWK,
  type JWTVerifyGetKey,
} from 'jose';
import { ConfigError, SUBGRAPH_NAMES, subgraphUrl, type HubConfig, type SubgraphName } from './config';
import { serviceIdentity, type Identity } from './identity';
import { readOrCreate } from './secrets';
import { VerifiedTokens } from './verified-tokens';

/**
 * Service tokens: how one subgraph proves to another that it is calling as itself (the `service` role, which
 * no caller token can claim). Each subgraph signs with its own asymmetric key (Ed25519 by default) and
 * publishes the public half at `/.well-known/jwks.json`; the target reads that JWKS from the caller's own
 * address. A token names its target subgraph as audience and lives a minute, so one captured at one subgraph
 * is refused at every other, and soon refused everywhere. No part holds anything that lets it speak as another.
 */
export const SERVICE_TOKEN_TYPE = 'hub-service+jwt';
export const SERVICE_JWKS_PATH = '/.well-known/jwks.json';
const SERVICE_TOKEN_SECONDS = 60;
/** Reused until this close to expiry: signing per request would cost for nothing. */
const REUSE_MARGIN_SECONDS = 20;
const ALGORITHMS = ['EdDSA', 'ES256'];
const SERVICE_CLOCK_TOLERANCE_SECONDS = 5;

/** The issuer and audience naming a subgraph in service tokens. */
export const serviceName = (subgraph: SubgraphName) => `urn:mikromeriter:service:${subgraph}`;

/** Where a subgraph publishes its service keys: <SUBGRAPH>_SERVICE_JWKS_URL, else beside its GraphQL URL. */
export function serviceJwksUrl(config: HubConfig, subgraph: SubgraphName): string {
  const configured = config[`${subgraph.toUpperCase()}_SERVICE_JWKS_URL` as 'ACCREDITATION_SERVICE_JWKS_URL'];
  return configured ?? new URL(SERVICE_JWKS_PATH, subgraphUrl(config, subgraph)).toString();
}

/** A subgraph's own service keys: the first signs; all are published (so a new key can come before the old one goes). */
export class ServiceKeys {
  private constructor(
    readonly subgraph: SubgraphName,
    private readonly privateJwks: JWK[],
    private readonly signingKey: Awaited<ReturnType<typeof importJWK>>,
  ) {}

  /**
   * <SUBGRAPH>_SERVICE_KEY_FILE (a private JWK, or a JWKS whose first key signs), else an Ed25519 key made on
   * first start in DATA_DIR/identity/service-keys/<subgraph>.private.jwk.
   */
  static async open(config: HubConfig, subgraph: SubgraphName): Promise<ServiceKeys> {
    const variable = `${subgraph.toUpperCase()}_SERVICE_KEY_FILE` as 'ACCREDITATION_SERVICE_KEY_FILE';
    const configured = config[variable];
    let text: string;
    if (configured) {
      if (!fs.existsSync(configured)) throw new ConfigError(`${variable}: no file at ${configured}`);
      text = fs.readFileSync(configured, 'utf8');
    } else {
      const file = path.resolve(config.DATA_DIR, 'identity', 'service-keys', `${subgraph}.private.jwk`);
      if (!fs.existsSync(file)) {
        const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
        const jwk = await exportJWK(privateKey);
        const made = JSON.stringify({ ...jwk, alg: 'EdDSA', use: 'sig', kid: await calculateJwkThumbprint(jwk) });
        readOrCreate(file, () => made);
      }
      text = readOrCreate(file, () => '');
    }
    const parsed = JSON.parse(text) as JWK | { keys: JWK[] };
    const keys = 'keys' in parsed ? parsed.keys : [parsed];
    const checked: JWK[] = [];
    for (const key of keys) {
      const alg = key.alg ?? (key.kty === 'OKP' && key.crv === 'Ed25519' ? 'EdDSA' : key.kty === 'EC' && key.crv === 'P-256' ? 'ES256' : undefined);
      if (!alg || !ALGORITHMS.includes(alg) || !key.d) {
        throw new ConfigError(`${variable}: each key must be a private Ed25519 (EdDSA) or P-256 (ES256) JWK`);
      }
      checked.push({ ...key, alg, kid: key.kid ?? (await calculateJwkThumbprint(key)) });
    }
    if (!checked.length) throw new ConfigError(`${variable}: the JWKS holds no key`);
    return new ServiceKeys(subgraph, checked, await importJWK(checked[0], checked[0].alg));
  }

  /** The public JWKS other subgraphs verify this one's tokens with. */
  jwks(): { keys: JWK[] } {
    return {
      keys: this.privateJwks.map(({ kty, crv, x, y, kid, alg }) => Object.fromEntries(Object.entries({ kty, crv, x, y, kid, alg, use: 'sig' }).filter(([, value]) => value !== undefined))),
    };
  }

  /** A token for calls to `target` alone, valid SERVICE_TOKEN_SECONDS. */
  async tokenFor(target: SubgraphName, lifetimeSeconds = SERVICE_TOKEN_SECONDS): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({})
      .setProtectedHeader({ alg: this.privateJwks[0].alg!, typ: SERVICE_TOKEN_TYPE, kid: this.privateJwks[0].kid })
      .setIssuer(serviceName(this.subgraph))
      .setSubject(serviceName(this.subgraph))
      .setAudience(serviceName(target))
      .setJti(randomUUID())
      .setIssuedAt(now)
      .setExpirationTime(now + lifetimeSeconds)
      .sign(this.signingKey);
  }

  /** `Authorization` for a call to `target`: a token made once and reused until shortly before it expires. */
  authorizationFor(target: SubgraphName): () => Promise<string> {
    let current: { value: Promise<string>; until: number } | undefined;
    return () => {
      const now = Date.now() / 1000;
      if (!current || current.until <= now) {
        current = { value: this.tokenFor(target).then((token) => `Bearer ${token}`), until: now + SERVICE_TOKEN_SECONDS - REUSE_MARGIN_SECONDS };
        current.value.catch(() => (current = undefined));
      }
      return current.value;
    };
  }
}

export class ServiceTokenRefused extends Error {}

/**
 * The calling subgraph's published keys could not be read (it is down or slow): an outage, not a bad token,
 * so the caller may retry instead of treating its call as refused.
 */
export class ServiceKeysUnavailable extends Error {}

/**
 * Checks service tokens arriving at `self`: issued by another subgraph of the hub, signed with a key that
 * subgraph publishes, for `self` as audience, not expired. Returns the calling subgraph's service identity.
 */
export function serviceTokenVerifier(config: HubConfig, self: SubgraphName): (token: string) => Promise<Identity> {
  // A subgraph reuses its token to a peer for about 40 s: verified once, it is known here until it expires (or
  // passes its greatest age), or for AUTH_VERIFIED_TOKEN_SECONDS.
  const verified = new VerifiedTokens<Identity>({ seconds: config.AUTH_VERIFIED_TOKEN_SECONDS, maxEntries: 1_000 });
  const identities = new Map(SUBGRAPH_NAMES.map((name) => [name, Object.freeze({ ...serviceIdentity(name), roles: Object.freeze(serviceIdentity(name).roles) as Identity['roles'] })]));
  const keySets = new Map<SubgraphName, JWTVerifyGetKey>();
  const keysOf = (peer: SubgraphName) => {
    let keys = keySets.get(peer);
    if (!keys) {
      // jose caches the JWKS and fetches it again for an unknown kid (a peer that rotated its key), at most every 30 s.
      keys = createRemoteJWKSet(new URL(serviceJwksUrl(config, peer)), { timeoutDuration: 5_000, cooldownDuration: 30_000, cacheMaxAge: 600_000 });
      keySets.set(peer, keys);
    }
    return keys;
  };
  return async (token) => {
    const key = VerifiedTokens.keyOf(token);
    const known = verified.get(key);
    if (known) return known;
    let issuer: unknown;
    try {
      issuer = decodeJwt(token).iss;
    } catch {
      throw new ServiceTokenRefused('the service token is malformed');
    }
    const peer = SUBGRAPH_NAMES.find((name) => serviceName(name) === issuer);
    if (!peer) throw new ServiceTokenRefused('the service token is not from a subgraph of this hub');
    let payload: { exp?: number; iat?: number };
    try {
      ({ payload } = await jwtVerify(token, keysOf(peer), {
        algorithms: ALGORITHMS,
        typ: SERVICE_TOKEN_TYPE,
        issuer: serviceName(peer),
        audience: serviceName(self),
        requiredClaims: ['exp', 'iat', 'jti'],
        maxTokenAge: SERVICE_TOKEN_SECONDS + SERVICE_CLOCK_TOLERANCE_SECONDS,
        clockTolerance: SERVICE_CLOCK_TOLERANCE_SECONDS,
      }));
    } catch (error) {
      // No answer, a failed fetch or not a key set at all: the peer's keys are unreadable, not the token bad.
      if (error instanceof joseErrors.JWKSTimeout || error instanceof joseErrors.JWKSInvalid || !(error instanceof joseErrors.JOSEError)) {
        throw new ServiceKeysUnavailable(`the keys ${peer} publishes could not be fetched; retry later`);
      }
      throw new ServiceTokenRefused(describe(error, peer, self));
    }
    const identity = identities.get(peer)!;
    // Good until it expires or grows too old, whichever comes first (the clock tolerance included in both).
    const until = Math.min(payload.exp!, payload.iat! + SERVICE_TOKEN_SECONDS + SERVICE_CLOCK_TOLERANCE_SECONDS) + SERVICE_CLOCK_TOLERANCE_SECONDS;
    verified.remember(key, identity, until * 1000);
    return identity;
  };
}

function describe(error: unknown, peer: SubgraphName, self: SubgraphName): string {
  if (error instanceof joseErrors.JWTExpired) return 'the service token has expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return `the service token is for another subgraph, not ${self}`;
    if (error.claim === 'iat') return 'the service token is too old';
    return `the service token's "${error.claim}" claim is invalid (${error.reason})`;
  }
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return `the service token's signature does not verify with the keys ${peer} publishes`;
  if (error instanceof joseErrors.JWKSNoMatchingKey) return `the service token's key is not one ${peer} publishes`;
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'the service token algorithm is not accepted';
  return 'the service token is malformed';
}
