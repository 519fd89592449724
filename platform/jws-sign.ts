import { KeyObject, sign } from 'node:crypto';

/**
 * Compact JWS signing on node:crypto's one-shot sign, synchronous: jose signs through WebCrypto (a promise
 * and a thread-pool job per signature, and a structured clone of the claims), which cost issuance several
 * times the signature itself. The output is the same compact JWS (RFC 7515) jose makes: the header and
 * payload as given, JSON, base64url.
 */
export type JwsAlgorithm = 'EdDSA' | 'ES256' | 'ES384' | 'RS256';

/** A WebCrypto CryptoKey (what jose's importJWK answers) or a node:crypto KeyObject. */
export type JwsSigningKey = KeyObject | { type: string; algorithm: unknown };

/** KeyObjects made from CryptoKeys, kept as long as the CryptoKey is (callers cache their keys). */
const keyObjects = new WeakMap<object, KeyObject>();

function keyObjectOf(key: JwsSigningKey): KeyObject {
  if (key instanceof KeyObject) return key;
  let object = keyObjects.get(key);
  if (!object) {
    object = KeyObject.from(key as Parameters<typeof KeyObject.from>[0]);
    keyObjects.set(key, object);
  }
  return object;
}

/** The signature of `signingInput` (ASCII `header.payload`) as JWS carries it for `algorithm`. */
export function jwsSignature(algorithm: JwsAlgorithm, signingInput: Buffer, key: JwsSigningKey): Buffer {
  const keyObject = keyObjectOf(key);
  switch (algorithm) {
    case 'EdDSA':
      return sign(null, signingInput, keyObject);
    case 'ES256':
      return sign('sha256', signingInput, { key: keyObject, dsaEncoding: 'ieee-p1363' });
    case 'ES384':
      return sign('sha384', signingInput, { key: keyObject, dsaEncoding: 'ieee-p1363' });
    case 'RS256':
      return sign('sha256', signingInput, keyObject);
    default:
      throw new Error(`unsupported JWS algorithm ${String(algorithm)}`);
  }
}

/** A compact JWS under `header` (which names `alg`) of `payload`, the payload's text (its JSON, already serialised). */
export function signCompactJws(header: { alg: JwsAlgorithm } & Record<string, unknown>, payload: string, key: JwsSigningKey): string {
  const signingInput = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(payload).toString('base64url')}`;
  return `${signingInput}.${jwsSignature(header.alg, Buffer.from(signingInput), key).toString('base64url')}`;
}

/** JWT NumericDate (seconds since the epoch, whole), as jose's setIssuedAt/setNotBefore/setExpirationTime make it. */
export const numericDate = (date: Date) => Math.floor(date.getTime() / 1000);
