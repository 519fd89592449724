import jsigs from 'jsonld-signatures';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { credentialDocumentLoader } from '../../platform/credential-context';
import type { SigningKey } from './issuer-keys';

/**
 * Embedded Data Integrity proofs (`DataIntegrityProof`, cryptosuite `eddsa-rdfc-2022`), made with Digital
 * Bazaar's maintained implementation (jsonld-signatures, data-integrity, the cryptosuite and its RDF
 * canonicalization). The cryptosuite needs an Ed25519 key: issuers whose credential key is ES256 get no
 * Data Integrity form. Contexts load offline (platform/credential-context.ts); JSON-LD runs in safe mode, so
 * a term no context defines fails the signing instead of going unsigned.
 */
export const DATA_INTEGRITY_CRYPTOSUITE = cryptosuite.name;

export const canSignDataIntegrity = (key: Pick<SigningKey, 'algorithm'>) => key.algorithm === 'EdDSA';

export async function withDataIntegrityProof(
  document: Record<string, unknown>,
  key: SigningKey,
  verificationMethod: string,
  publicBaseUrl: string,
  created = new Date(),
): Promise<Record<string, unknown>> {
  if (!canSignDataIntegrity(key)) throw new Error(`eddsa-rdfc-2022 needs an Ed25519 key; key ${key.kid} is ${key.algorithm}`);
  const signer = {
    id: verificationMethod,
    algorithm: 'Ed25519',
    // The key stays a non-extractable WebCrypto key: the cryptosuite only needs a signing function.
    sign: async ({ data }: { data: Uint8Array }) => new Uint8Array(await crypto.subtle.sign('Ed25519', key.privateKey, new Uint8Array(data))),
  };
  const suite = new DataIntegrityProof({ signer, cryptosuite, date: created });
  const signed = await jsigs.sign(structuredClone(document), {
    suite,
    purpose: new jsigs.purposes.AssertionProofPurpose(),
    documentLoader: credentialDocumentLoader(publicBaseUrl),
  });
  // Open Badges 3.0's schema takes proof as an array; JSON-LD reads one proof and a one-element array alike.
  return { ...signed, proof: Array.isArray(signed.proof) ? signed.proof : [signed.proof] };
}
