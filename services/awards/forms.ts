import type { DataSource } from 'typeorm';
import { dataIntegrityCredentialOf, hasFormsShape, signDataIntegrity } from './credential';
import { canSignDataIntegrity } from '../../platform/data-integrity';
import type { IssuerKeys } from './issuer-keys';

export interface AwardForForms {
  id: string;
  issuerId: string;
  kid: string;
  credential: Record<string, unknown> | null;
  credentialWithProofStored: Record<string, unknown> | null;
  statusListId: string;
  statusListIndex: number;
}

/**
 * The Data Integrity form of an award: the stored credential (the facts the vc+jwt signed) with the status
 * entries of the Data Integrity lists and an embedded eddsa-rdfc-2022 proof by the same key that signed
 * the vc+jwt. Made on first request and stored, so every later request gets the same document. None for
 * erased awards, awards issued before the hub made three forms, and issuers whose key is not Ed25519.
 */
export async function dataIntegrityForm(db: DataSource, keys: IssuerKeys, publicBaseUrl: string, award: AwardForForms): Promise<Record<string, unknown> | null> {
  if (award.credentialWithProofStored) return award.credentialWithProofStored;
  if (!award.credential || !hasFormsShape(award.credential)) return null;
  const key = await keys.keyById(award.issuerId, award.kid);
  if (!key || !canSignDataIntegrity(key)) return null;
  const signed = await signDataIntegrity(
    dataIntegrityCredentialOf(award.credential, publicBaseUrl, { listId: award.statusListId, index: award.statusListIndex }),
    key,
    publicBaseUrl,
  );
  // The first one stored wins (two requests at once sign twice; both then answer the stored one).
  await db.query('update award set credential_with_proof = $2 where id = $1 and credential_with_proof is null and erased_at is null', [award.id, JSON.stringify(signed)]);
  const [stored] = await db.query('select credential_with_proof from award where id = $1', [award.id]);
  return stored?.credential_with_proof ?? null;
}
