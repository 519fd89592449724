import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import type { JWK } from 'jose';

/**
 * JWS signatures checked on node:crypto's one-shot verify (RFC 7515/7518/8037), for the hot paths: verifying
 * credentials and status lists (signing is platform/jws-sign.ts). jose goes through WebCrypto, which costs a
 * promise and a job per signature (about 3x the one-shot call); everything around the signature (which
 * algorithms a caller accepts, the header rules, the claims) stays with the caller, which has decoded the token
 * already.
 *
 *   EdDSA  Ed25519, the signature over the signing input itself
 *   ES256  P-256 with SHA-256, the signature as r || s (IEEE P1363), as JWS has it (not DER)
 *   RS256  RSASSA-PKCS1-v1_5 with SHA-256
 */
type JwsAlgorithm = 'EdDSA' | 'ES256' | 'RS256';

const DIGEST: Record<JwsAlgorithm, string | null> = { EdDSA: null, ES256: 'sha256', RS256: 'sha256' };

const isJwsAlgorithm = (alg: string): alg is JwsAlgorithm => alg === 'EdDSA' || alg === 'ES256' || alg === 'RS256';

/** The public members of a JWK, which alone say what key it is (a published JWK may carry more, or a private part). */
export const publicKeyMembers = (jwk: JWK) => JSON.stringify({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, n: jwk.n, e: jwk.e });

/** Whether `key` is the kind of key `alg` works with (a token's header cannot choose how a key is used). */
function keyMatches(alg: JwsAlgorithm, key: KeyObject): boolean {
  const type = key.asymmetricKeyType;
  if (alg === 'EdDSA') return type === 'ed25519';
  if (alg === 'ES256') return type === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1';
  return type === 'rsa';
}

/** KeyObjects by the JWK object they were made from: a parsed document's keys, as long as that document is in use. */
const byJwk = new WeakMap<object, KeyObject>();
/** And by their public members, for JWKs parsed anew with the same key (bounded: a hostile stream of keys cannot grow it). */
const byMembers = new Map<string, KeyObject>();
const MAX_KEYS = 1_000;

/**
 * The public key of a JWK as a KeyObject, made once per key: from its public members only, so that a published
 * JWK that carried a private part never becomes a private key here. Throws when the JWK is not a usable key.
 */
export function publicKeyObject(jwk: JWK): KeyObject {
  const known = byJwk.get(jwk);
  if (known) return known;
  const members = publicKeyMembers(jwk);
  let key = byMembers.get(members);
  if (key) {
    // Most recently used last, so that the oldest goes first.
    byMembers.delete(members);
  } else {
    const publicJwk = jwk.kty === 'RSA' ? { kty: jwk.kty, n: jwk.n, e: jwk.e } : { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y };
    key = createPublicKey({ key: publicJwk as import('node:crypto').JsonWebKey, format: 'jwk' });
    if (byMembers.size >= MAX_KEYS) byMembers.delete(byMembers.keys().next().value!);
  }
  byMembers.set(members, key);
  byJwk.set(jwk, key);
  return key;
}

/**
 * Whether `signature` (base64url, as in a compact JWS) is `alg`'s signature over `signingInput` (the ASCII text
 * `<header>.<payload>`) with `key`. A malformed signature, or a key of another kind than `alg`, is false.
 */
export function jwsSignatureHolds(alg: string, signingInput: string | Buffer, signature: string | Buffer, key: KeyObject): boolean {
  if (!isJwsAlgorithm(alg) || !keyMatches(alg, key)) return false;
  const data = typeof signingInput === 'string' ? Buffer.from(signingInput) : signingInput;
  const bytes = typeof signature === 'string' ? Buffer.from(signature, 'base64url') : signature;
  try {
    return verify(DIGEST[alg], data, alg === 'ES256' ? { key, dsaEncoding: 'ieee-p1363' } : key, bytes);
  } catch {
    return false;
  }
}

/**
 * jwsSignatureHolds, computed on libuv's thread pool (node:crypto's one-shot verify with a callback): the
 * signatures of a batch are checked on every core while this thread reads the next credentials. The same
 * answers, never an error: a malformed signature or a mismatched key is false.
 */
export function jwsSignatureHoldsOffThread(alg: string, signingInput: string | Buffer, signature: string | Buffer, key: KeyObject): Promise<boolean> {
  if (!isJwsAlgorithm(alg) || !keyMatches(alg, key)) return Promise.resolve(false);
  const data = typeof signingInput === 'string' ? Buffer.from(signingInput) : signingInput;
  const bytes = typeof signature === 'string' ? Buffer.from(signature, 'base64url') : signature;
  return new Promise((resolve) => {
    try {
      verify(DIGEST[alg], data, alg === 'ES256' ? { key, dsaEncoding: 'ieee-p1363' } : key, bytes, (error, holds) => resolve(!error && holds));
    } catch {
      resolve(false);
    }
  });
}

/** A compact JWS's signing input and signature: everything before its last dot, and after it. */
export function splitCompactJws(jws: string): { signingInput: string; signature: string } {
  const dot = jws.lastIndexOf('.');
  return { signingInput: jws.slice(0, dot), signature: jws.slice(dot + 1) };
}
