/**
 * What statistics need to know about one award, fixed at issue time (denormalised by the awards subgraph,
 * so that statistics never read another subgraph). Nothing here identifies the learner to an analyst:
 * `learnerId` only feeds the distinct-learner sketch as a hash.
 */
export interface AwardFacts {
  learnerId: string;
  issuedAt: Date;
  /** The exact catalogue version the award was issued against. */
  microCredentialId: string;
  issuerId: string;
  issuerRegion: string | null;
  seqfLevel: number | null;
  field: string | null;
  credentialType: string | null;
  qualityAssurance: string | null;
  /** ESCO skill URIs of the entry's learning outcomes, and their broader skill groups. */
  skills: string[];
  skillGroups: string[];
  /** The award's record key for the cell-key method (cell-key.ts): random, drawn at issue, never shown. */
  recordKey: number;
}

/** An award counts as active, suspended (counted apart) or revoked (not counted). */
export type AwardStanding = 'ACTIVE' | 'SUSPENDED' | 'REVOKED';

/** The aggregate an award falls in: its month, its catalogue version and its issuer. */
export interface CellKey {
  month: string; // YYYY-MM-01
  microCredentialId: string;
  issuerId: string;
}

export const cellKeyOf = (facts: AwardFacts): CellKey => ({
  month: `${facts.issuedAt.toISOString().slice(0, 7)}-01`,
  microCredentialId: facts.microCredentialId,
  issuerId: facts.issuerId,
});

export const cellKeyString = (key: CellKey) => `${key.month}|${key.microCredentialId}|${key.issuerId}`;
