import jsigs from 'jsonld-signatures';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import type { CryptoKey, JWK } from 'jose';
import { credentialDocumentLoader } from './credential-context';

/**
 * Embedded Data Integrity proofs (`DataIntegrityProof`, cryptosuite `eddsa-rdfc-2022`), made and checked with
 * Digital Bazaar's maintained implementation (jsonld-signatures, data-integrity, the cryptosuite and its RDF
 * canonicalization). The cryptosuite needs an Ed25519 key. Contexts load offline (credential-context.ts);
 * JSON-LD runs in safe mode, so a term no context defines fails instead of going unsigned or unchecked.
 * Awards signs with it; verification checks with it.
 */
export const DATA_INTEGRITY_CRYPTOSUITE = cryptosuite.name;

/** Whether a key can make eddsa-rdfc-2022 proofs (issuers with ES256 keys get no Data Integrity form). */
export const canSignDataIntegrity = (key: { algorithm: string }) => key.algorithm === 'EdDSA';

export async function withDataIntegrityProof(
  document: Record<string, unknown>,
  key: { kid: string; algorithm: string; privateKey: CryptoKey },
  verificationMethod: string,
  publicBaseUrl: string,
  created = new Date(),
): Promise<Record<string, unknown>> {
  if (key.algorithm !== 'EdDSA') throw new Error(`eddsa-rdfc-2022 needs an Ed25519 key; key ${key.kid} is ${key.algorithm}`);
  const signer = {
    id: verificationMethod,
    algorithm: 'Ed25519',
    // The key stays a WebCrypto key: the cryptosuite only needs a signing function.
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

/**
 * Checks a document's eddsa-rdfc-2022 proof against `publicJwk`, the key `verificationMethod` (a DID URL of
 * `controller`) names: the controller document the verifier is given says the key is an assertion method.
 * Nothing is fetched: the key comes from the caller, contexts from the shipped loader (`publicBaseUrl`'s
 * hub context included). Answers null when it verifies, else why not.
 */
export async function dataIntegrityProblem(
  document: Record<string, unknown>,
  { verificationMethod, controller, publicJwk }: { verificationMethod: string; controller: string; publicJwk: JWK },
  publicBaseUrl: string,
): Promise<string | null> {
  const method = { '@context': 'https://w3id.org/security/multikey/v1', id: verificationMethod, type: 'JsonWebKey', controller, publicKeyJwk: publicJwk };
  const controllerDocument = { '@context': 'https://w3id.org/security/multikey/v1', id: controller, assertionMethod: [method] };
  const documentLoader = credentialDocumentLoader(publicBaseUrl, async (url) => (url === verificationMethod ? method : url === controller ? controllerDocument : null));
  try {
    const result = await jsigs.verify(structuredClone(document), {
      suite: new DataIntegrityProof({ cryptosuite }),
      purpose: new jsigs.purposes.AssertionProofPurpose({ controller: controllerDocument }),
      documentLoader,
    });
    if (result.verified) return null;
    const errors = (result as { error?: { errors?: { message?: string }[]; message?: string } }).error;
    return errors?.errors?.[0]?.message ?? errors?.message ?? 'the proof does not verify';
  } catch (error) {
    return error instanceof Error ? error.message : 'the proof could not be checked';
  }
}
