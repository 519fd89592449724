import type { DataSource } from 'typeorm';
import { dataIntegrityCredentialOf, hasFormsShape, openBadgeCredentialOf, signDataIntegrity, signOpenBadgeJwt } from './credential';
import { canSignDataIntegrity } from '../../platform/data-integrity';
import type { IssuerKeys } from './issuer-keys';

export interface AwardForForms {
  id: string;
  issuerId: string;
  kid: string;
  credential: Record<string, unknown> | null;
  credentialWithProofStored: Record<string, unknown> | null;
  /** The Open Badges JWT as stored (awards issued before it was made on request, or made and stored since). */
  openBadgeJwtStored: string | null;
  /** The Open Badges key active when the award was issued (null for awards issued before it was recorded). */
  openBadgeKid: string | null;
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

/**
 * The Open Badges 3.0 JWT of an award: the stored credential with its one revocation entry, signed (RS256)
 * with the issuer's Open Badges key that was active when the award was issued. Issuing signs only the
 * vc+jwt (an RSA signature costs about 40 Ed25519 ones); this form is made on first request and stored, and
 * RSASSA-PKCS1-v1_5 is deterministic, so every request gets the same JWT. None for erased awards and awards
 * issued before the hub offered it.
 */
export async function openBadgeForm(db: DataSource, keys: IssuerKeys, publicBaseUrl: string, award: AwardForForms): Promise<string | null> {
  if (award.openBadgeJwtStored) return award.openBadgeJwtStored;
  if (!award.credential || !award.openBadgeKid || !hasFormsShape(award.credential)) return null;
  const key = await keys.keyById(award.issuerId, award.openBadgeKid);
  if (!key) return null;
  const jwt = await signOpenBadgeJwt(openBadgeCredentialOf(award.credential, publicBaseUrl, { listId: award.statusListId, index: award.statusListIndex }), key);
  // The first one stored wins (the same bytes either way: the signature is deterministic).
  await db.query('update award set open_badge_jwt = $2 where id = $1 and open_badge_jwt is null and erased_at is null', [award.id, jwt]);
  const [stored] = await db.query('select open_badge_jwt from award where id = $1', [award.id]);
  return stored?.open_badge_jwt ?? null;
}
