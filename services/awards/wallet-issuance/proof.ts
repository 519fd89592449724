import { decodeProtectedHeader, importJWK, jwtVerify, type CryptoKey } from 'jose';
import { holderKeyFromDid, holderKeyFromJwk, type HolderKey } from '../../../platform/holder-keys';
import { HOLDER_ALGORITHMS, PROOF_CLOCK_TOLERANCE_SECONDS } from './configurations';
import { WalletError } from './wallet-error';

export const PROOF_TYP = 'openid4vci-proof+jwt';

/**
 * A `jwt` proof of possession (OpenID4VCI 1.0, appendix F.1): typ openid4vci-proof+jwt, signed with the
 * holder's key, named by exactly one of `jwk` or `kid` (a did:jwk or did:key DID URL); aud the credential
 * issuer; iat now; the nonce the issuer gave. Answers the holder's key and the nonce it claims (the caller
 * spends the nonce). Any fault is `invalid_proof`.
 */
export async function verifyJwtProof(jwt: unknown, credentialIssuer: string): Promise<{ holder: HolderKey; nonce: string }> {
  if (typeof jwt !== 'string' || jwt.length > 8192 || jwt.split('.').length !== 3) throw new WalletError(400, 'invalid_proof', 'the proof is not a compact JWT');
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(jwt);
  } catch {
    throw new WalletError(400, 'invalid_proof', 'the proof header cannot be read');
  }
  if (header.typ !== PROOF_TYP) throw new WalletError(400, 'invalid_proof', `the proof's typ must be ${PROOF_TYP}`);
  if (!(HOLDER_ALGORITHMS as readonly string[]).includes(String(header.alg))) {
    throw new WalletError(400, 'invalid_proof', `the proof must be signed with ${HOLDER_ALGORITHMS.join(' or ')}`);
  }
  if ((header.jwk === undefined) === (header.kid === undefined)) throw new WalletError(400, 'invalid_proof', 'the proof header must name its key by exactly one of jwk or kid');
  if (header.x5c !== undefined || header.trust_chain !== undefined) throw new WalletError(400, 'invalid_proof', 'x5c and trust_chain holder keys are not supported');
  const holder = header.jwk !== undefined ? holderKeyFromJwk(header.jwk) : holderKeyFromDid(String(header.kid));
  if ('problem' in holder) throw new WalletError(400, 'invalid_proof', `the proof's key: ${holder.problem}`);
  let key: CryptoKey;
  try {
    key = (await importJWK(holder.jwk, String(header.alg))) as CryptoKey;
  } catch {
    throw new WalletError(400, 'invalid_proof', `the proof's key is not a ${header.alg} key`);
  }
  let payload;
  try {
    ({ payload } = await jwtVerify(jwt, key, { algorithms: [String(header.alg)], audience: credentialIssuer, typ: PROOF_TYP, clockTolerance: PROOF_CLOCK_TOLERANCE_SECONDS }));
  } catch (error) {
    const why = (error as { code?: string }).code === 'ERR_JWT_CLAIM_VALIDATION_FAILED' ? `a claim is wrong (${(error as Error).message})` : 'the signature does not verify with the key the proof names';
    throw new WalletError(400, 'invalid_proof', `the proof does not hold: ${why}`);
  }
  if (typeof payload.iat !== 'number' || Math.abs(payload.iat - Date.now() / 1000) > PROOF_CLOCK_TOLERANCE_SECONDS) {
    throw new WalletError(400, 'invalid_proof', 'the proof must carry iat, the time it was made');
  }
  if (typeof payload.nonce !== 'string' || !payload.nonce) throw new WalletError(400, 'invalid_nonce', 'the proof carries no nonce: get one from the nonce endpoint');
  return { holder, nonce: payload.nonce };
}
