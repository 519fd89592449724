import { ECDH } from 'node:crypto';
import bs58 from 'bs58';
import type { JWK } from 'jose';

/**
 * A holder's (a wallet's) public key and the DID that names it, read from what a wallet sends: a JWK, a
 * `did:jwk` or a `did:key` (Ed25519 or P-256). Shared by the awards subgraph (proofs of possession) and the
 * verification service (presentations), so both read holder keys the same way.
 */
export interface HolderKey {
  /** The public key, with only its public members. */
  jwk: JWK;
  /** The holder's id in credentials (`credentialSubject.id`): the did:jwk of the key, or the did:key given. */
  did: string;
}

export type HolderKeyResult = HolderKey | { problem: string };

const PUBLIC_MEMBERS: Record<string, string[]> = { OKP: ['kty', 'crv', 'x'], EC: ['kty', 'crv', 'x', 'y'] };
const CURVES: Record<string, string[]> = { OKP: ['Ed25519'], EC: ['P-256'] };

/** Only the public members of an Ed25519 or P-256 key; anything else (a private key, RSA, another curve) is refused. */
export function publicHolderJwk(value: unknown): JWK | { problem: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: 'the key is not a JWK object' };
  const jwk = value as Record<string, unknown>;
  if ('d' in jwk) return { problem: 'the JWK carries a private key (d); a wallet sends only its public key' };
  const members = PUBLIC_MEMBERS[String(jwk.kty)];
  if (!members || !CURVES[String(jwk.kty)].includes(String(jwk.crv))) return { problem: 'holder keys are Ed25519 (OKP) or P-256 (EC) keys' };
  if (members.some((member) => typeof jwk[member] !== 'string' || !(jwk[member] as string).length)) return { problem: `the JWK lacks ${members.join(', ')}` };
  return Object.fromEntries(members.map((member) => [member, jwk[member]])) as JWK;
}

/** did:jwk of a public key: the JWK's JSON, base64url. */
export const didJwkOf = (jwk: JWK): string => `did:jwk:${Buffer.from(JSON.stringify(jwk), 'utf8').toString('base64url')}`;

/** A holder key from a JWK given as is (the proof header's `jwk`). */
export function holderKeyFromJwk(value: unknown): HolderKeyResult {
  const jwk = publicHolderJwk(value);
  if ('problem' in jwk) return jwk;
  return { jwk, did: didJwkOf(jwk) };
}

/** A holder key from a DID URL (`kid`): did:jwk or did:key, with or without a fragment. */
export function holderKeyFromDid(didUrl: string): HolderKeyResult {
  if (typeof didUrl !== 'string' || didUrl.length > 2048) return { problem: 'the key id is not a DID URL' };
  const [did, fragment] = didUrl.split('#', 2);
  if (did.startsWith('did:jwk:')) {
    if (fragment !== undefined && fragment !== '0') return { problem: 'a did:jwk key is named by the fragment #0' };
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(did.slice('did:jwk:'.length), 'base64url').toString('utf8'));
    } catch {
      return { problem: 'the did:jwk does not hold a JSON key' };
    }
    const jwk = publicHolderJwk(parsed);
    if ('problem' in jwk) return jwk;
    return { jwk, did };
  }
  if (did.startsWith('did:key:')) {
    const multibase = did.slice('did:key:'.length);
    if (fragment !== undefined && fragment !== multibase) return { problem: 'a did:key key is named by its own multibase value as fragment' };
    const jwk = jwkOfMultikey(multibase);
    if ('problem' in jwk) return jwk;
    return { jwk, did };
  }
  return { problem: 'holder keys are named by did:jwk or did:key (or given as a jwk)' };
}

/** The did:key method: multibase base58btc ("z") of a multicodec prefix and the raw public key. */
function jwkOfMultikey(multibase: string): JWK | { problem: string } {
  if (!multibase.startsWith('z')) return { problem: 'a did:key is multibase base58btc (starts with z)' };
  let bytes: Uint8Array;
  try {
    bytes = bs58.decode(multibase.slice(1));
  } catch {
    return { problem: 'the did:key is not base58btc' };
  }
  // ed25519-pub (0xed) and p256-pub (0x1200), as unsigned varints.
  if (bytes[0] === 0xed && bytes[1] === 0x01 && bytes.length === 34) {
    return { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(bytes.subarray(2)).toString('base64url') };
  }
  if (bytes[0] === 0x80 && bytes[1] === 0x24 && bytes.length === 35) {
    try {
      const point = ECDH.convertKey(Buffer.from(bytes.subarray(2)), 'prime256v1', undefined, undefined, 'uncompressed') as Buffer;
      return { kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33, 65).toString('base64url') };
    } catch {
      return { problem: 'the did:key is not a point on P-256' };
    }
  }
  return { problem: 'the did:key is not an Ed25519 or P-256 key' };
}

/** Whether two public keys are the same key. */
export const sameKey = (a: JWK, b: JWK) => a.kty === b.kty && a.crv === b.crv && a.x === b.x && (a.y ?? null) === (b.y ?? null);
