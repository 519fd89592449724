import type { KeyObject } from 'node:crypto';
import type { JWK } from 'jose';
import { publicKeyObject } from '../../../platform/jws-verify';
import type { Reason } from '../credential-reading';
import { moment } from './check';

export { publicKeyMembers as publicMembers } from '../../../platform/jws-verify';

/**
 * A published key as a KeyObject for node:crypto, made once per key (platform/jws-verify.ts): by the parsed JWK while
 * the document it came from is the one in hand, else by its public members. Only what the key is comes from
 * here; what became of it (superseded, compromised) is read from the current documents on every verification.
 * Throws when the JWK is not a usable public key.
 */
export function importPublicKey(jwk: JWK): KeyObject {
  return publicKeyObject(jwk);
}

/** Whether a JWK is the kind of key `alg` signs with (a header cannot choose how a key is used). */
export function keyFitsAlgorithm(jwk: JWK, alg: string): boolean {
  if (jwk.alg !== undefined && jwk.alg !== alg) return false;
  if (jwk.use !== undefined && jwk.use !== 'sig') return false;
  if (alg === 'EdDSA') return jwk.kty === 'OKP' && jwk.crv === 'Ed25519' && typeof jwk.x === 'string';
  if (alg === 'ES256') return jwk.kty === 'EC' && jwk.crv === 'P-256' && typeof jwk.x === 'string' && typeof jwk.y === 'string';
  // RSA: 2048 bits at least (the registry refuses smaller ones too).
  if (alg === 'RS256') return jwk.kty === 'RSA' && typeof jwk.n === 'string' && typeof jwk.e === 'string' && Buffer.from(jwk.n, 'base64url').length >= 256;
  return false;
}

export interface Lifecycle {
  status?: string | null;
  validFrom?: string | null;
  validUntil?: string | null;
  compromisedFrom?: string | null;
}

/** Whether a signature made at `at` with a key is valid by what is known of the key now. */
export function keyProblemAt(kid: string, lifecycle: Lifecycle, at: Date): Reason | null {
  const when = moment(at);
  const compromised = lifecycle.compromisedFrom ?? (lifecycle.status?.toUpperCase() === 'COMPROMISED' ? lifecycle.validFrom ?? '1970-01-01T00:00:00Z' : null);
  if (compromised && at.getTime() >= Date.parse(compromised)) {
    return {
      en: `key ${kid} is revoked as compromised from ${moment(compromised)}, and this credential was issued after that (${when})`,
      sv: `nyckeln ${kid} är spärrad som röjd från ${moment(compromised)}, och meritet utfärdades därefter (${when})`,
    };
  }
  if (lifecycle.validFrom && at.getTime() < Date.parse(lifecycle.validFrom)) {
    return { en: `key ${kid} was not yet valid at ${when} (valid from ${moment(lifecycle.validFrom)})`, sv: `nyckeln ${kid} gällde ännu inte ${when} (gäller från ${moment(lifecycle.validFrom)})` };
  }
  if (lifecycle.validUntil && at.getTime() >= Date.parse(lifecycle.validUntil)) {
    return {
      en: `key ${kid} was no longer in use at ${when} (${lifecycle.status?.toUpperCase() === 'SUPERSEDED' ? 'superseded' : 'valid until'} ${moment(lifecycle.validUntil)})`,
      sv: `nyckeln ${kid} användes inte längre ${when} (${lifecycle.status?.toUpperCase() === 'SUPERSEDED' ? 'ersatt' : 'giltig till'} ${moment(lifecycle.validUntil)})`,
    };
  }
  return null;
}
