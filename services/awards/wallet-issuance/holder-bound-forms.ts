import { webcrypto } from 'node:crypto';
import { SDJwtVcInstance } from '@sd-jwt/sd-jwt-vc';
import { digest, generateSalt } from '@sd-jwt/crypto-nodejs';
import type { HolderKey } from '../../../platform/holder-keys';
import { ANNEX_I_CLAIMS, MICRO_CREDENTIAL_VCT, microCredentialClaims } from '../../../platform/micro-credential-claims';
import { signCredential } from '../credential';
import type { SigningKey } from '../issuer-keys';

/**
 * The award, bound to the holder's key, in the two wallet formats. Both are made from the stored credential
 * (the facts the issuer signed at issue time: the same status entries, the same catalogue version) and
 * signed with the issuer's active credential key.
 */

/** jwt_vc_json: the VC 2.0 / Open Badges 3.0 credential as vc+jwt, with credentialSubject.id the holder's DID and cnf its key. */
export function holderBoundJwt(credential: Record<string, unknown>, holder: HolderKey, key: SigningKey): Promise<string> {
  const subject = credential.credentialSubject as Record<string, unknown>;
  return signCredential({ ...credential, credentialSubject: { ...subject, id: holder.did }, cnf: { jwk: holder.jwk } }, key);
}

/**
 * dc+sd-jwt: an SD-JWT VC (typ dc+sd-jwt, kid the issuer's DID URL) with every Annex I element a
 * disclosure, and cnf.jwk the holder's key for key binding. @sd-jwt/sd-jwt-vc makes the salts, digests and
 * disclosures; the issuer's key signs through WebCrypto, where it lives.
 */
export async function holderBoundSdJwt(credential: Record<string, unknown>, holder: HolderKey, key: SigningKey): Promise<string> {
  const issuer = credential.issuer as { id: string };
  const algorithm = key.algorithm === 'EdDSA' ? { name: 'Ed25519' } : { name: 'ECDSA', hash: 'SHA-256' };
  const instance = new SDJwtVcInstance({
    hasher: digest,
    hashAlg: 'sha-256',
    saltGenerator: generateSalt,
    signAlg: key.algorithm,
    signer: async (data: string) =>
      Buffer.from(await webcrypto.subtle.sign(algorithm, key.privateKey as webcrypto.CryptoKey, Buffer.from(data, 'utf8'))).toString('base64url'),
  });
  const claims = microCredentialClaims(credential);
  const seconds = (value: unknown) => (typeof value === 'string' ? Math.floor(Date.parse(value) / 1000) : undefined);
  const payload = {
    iss: issuer.id,
    // iat: when this SD-JWT is signed; the award's own signing time is the always-shown valid_from claim.
    iat: Math.floor(Date.now() / 1000),
    nbf: seconds(credential.validFrom),
    ...(credential.validUntil ? { exp: seconds(credential.validUntil) } : {}),
    vct: MICRO_CREDENTIAL_VCT,
    cnf: { jwk: holder.jwk },
    ...claims,
  };
  const disclosable = ANNEX_I_CLAIMS.filter((name) => name in claims);
  return instance.issue(payload, { _sd: disclosable } as never, { header: { kid: `${issuer.id}#${key.kid}` } });
}
