import { createCipheriv, createDecipheriv, createSecretKey, type KeyObject } from 'node:crypto';
import type { Vault } from './vault';

/**
 * The one place a learner's id is turned into what an issuing organisation sees (issue 15). An issuer never
 * sees the learner's account id: it sees `lp_` + base64url of the id's 16 bytes encrypted with AES-256 (one
 * block, a keyed permutation) under that organisation's own key from the vault. So the same person has one
 * stable pseudonym per issuer (an issuer still groups its own awards per learner) and unrelated ones at two
 * issuers (comparing ids links no one). A permutation rather than an HMAC so that the hub can read an issuer's
 * pseudonym back without keeping a table; another issuer's pseudonym, read back under this issuer's key, is a
 * random id that names no one of its learners.
 */
export const LEARNER_PSEUDONYM_PREFIX = 'lp_';
const PSEUDONYM = /^lp_[A-Za-z0-9_-]{22}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class LearnerPseudonyms {
  // Organisations are few (hundreds): their keys are derived once per process.
  private readonly keys = new Map<string, KeyObject>();

  constructor(private readonly vault: Vault) {}

  private keyOf(organisationId: string): KeyObject {
    const id = organisationId.toLowerCase();
    let key = this.keys.get(id);
    if (!key) {
      key = createSecretKey(this.vault.learnerPseudonymKey(id));
      this.keys.set(id, key);
    }
    return key;
  }

  /** The learner as `organisationId` sees them. */
  of(organisationId: string, learnerId: string): string {
    if (!UUID.test(learnerId)) throw new Error('a learner id is a UUID');
    const cipher = createCipheriv('aes-256-ecb', this.keyOf(organisationId), null).setAutoPadding(false);
    const block = Buffer.concat([cipher.update(Buffer.from(learnerId.replace(/-/g, ''), 'hex')), cipher.final()]);
    return LEARNER_PSEUDONYM_PREFIX + block.toString('base64url');
  }

  /**
   * The learner id behind a pseudonym `organisationId` was given; null for anything that is not a pseudonym
   * (a raw account id among them). Another organisation's pseudonym yields an id no award of this one has:
   * callers look it up among this organisation's awards only.
   */
  learnerOf(organisationId: string, pseudonym: string): string | null {
    if (!isLearnerPseudonym(pseudonym)) return null;
    const block = Buffer.from(pseudonym.slice(LEARNER_PSEUDONYM_PREFIX.length), 'base64url');
    // One spelling per pseudonym: base64url's last character has bits that decoding ignores.
    if (block.length !== 16 || LEARNER_PSEUDONYM_PREFIX + block.toString('base64url') !== pseudonym) return null;
    const decipher = createDecipheriv('aes-256-ecb', this.keyOf(organisationId), null).setAutoPadding(false);
    const hex = Buffer.concat([decipher.update(block), decipher.final()]).toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}

export const isLearnerPseudonym = (value: unknown): value is string => typeof value === 'string' && PSEUDONYM.test(value);

/**
 * `Award.learnerId` as the caller may see it: the learner their own account id (the one `me { id }` gives);
 * everyone else who may read the award (its issuer, a service) the issuer's pseudonym; nobody anything once
 * the account is erased.
 */
export function learnerIdSeenBy(
  pseudonyms: LearnerPseudonyms,
  caller: { learnerId?: string },
  award: { issuerId: string; learnerAccountId: string | null },
): string | null {
  if (!award.learnerAccountId) return null;
  if (caller.learnerId && caller.learnerId.toLowerCase() === award.learnerAccountId) return award.learnerAccountId;
  return pseudonyms.of(award.issuerId, award.learnerAccountId);
}
