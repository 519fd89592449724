import type { JWK } from 'jose';
import type { IssuingRightWindow } from '../../platform/issuing-rights';
import type { CredentialType } from '../../platform/vocabulary';

/**
 * What issuing needs to know from the other subgraphs, as a small interface: the catalogue entry (the exact
 * version), the issuing organisation, the accreditation decision and the key registry. The peer wiring
 * (accreditation-peer.ts, catalogue-peer.ts) is one implementation; tests give the pipeline another.
 */
export interface LocalisedText {
  sv: string | null;
  en: string | null;
}

export interface EntryFacts {
  /** The exact version's id (what an award names). */
  id: string;
  /** The entry all versions share. */
  entryId: string | null;
  version: number | null;
  status: 'DRAFT' | 'PUBLISHED' | 'RETIRED';
  title: LocalisedText;
  description: LocalisedText;
  learningOutcomes: {
    text: LocalisedText;
    /** The ESCO skills of the outcome, with their broader skills (skill groups, for statistics) where known. */
    escoSkills: { uri: string; preferredLabel: string | null; broaderSkills?: { uri: string }[] }[];
  }[];
  workloadHours: number | null;
  ectsCredits: number | null;
  seqfLevel: number | null;
  eqfLevel: number | null;
  seqfLevelUri: string | null;
  eqfLevelUri: string | null;
  assessmentType: string | null;
  participationForm: string | null;
  qualityAssurance: string | null;
  /** The quality assurance type alone (for statistics), where the catalogue gives one. */
  qualityAssuranceType?: string | null;
  credentialType: CredentialType;
  supervision: string | null;
  identityVerification: string | null;
  prerequisites: string | null;
  field: string | null;
  language: string | null;
  stackability: string | null;
  furtherInformation: string | null;
  /** The organisation that owns the entry. */
  providerId: string;
  /** Organisations granted the right to issue it: every grant, with its window and withdrawal (platform/issuing-rights.ts decides). */
  issuers: IssuingRightWindow[];
  /** The coded and bilingual forms of the elements above, where the catalogue gave them (the EDC uses them). */
  detail?: EntryDetail;
}

export interface EntryDetail {
  assessmentTypeCode: string | null;
  assessmentDescription: LocalisedText | null;
  participationForm: string | null;
  qualityAssurance: LocalisedText;
  prerequisites: LocalisedText | null;
  stackability: LocalisedText;
  furtherInformation: LocalisedText;
  furtherInformationUrl: string | null;
}

export interface IssuerFacts {
  id: string;
  legalName: string;
  organisationNumber: string | null;
  country: string;
  region: string | null;
}

export interface AccreditationQuestion {
  organisationId: string;
  seqfLevel: number;
  field: string;
  credentialType: CredentialType;
  at: Date;
  microCredentialId: string;
}

export interface AccreditationAnswer {
  allowed: boolean;
  reason: string | null;
  accreditationId: string | null;
  /** The accreditation that allowed it, as it stood then (the EDC's accredited profile names it). */
  accreditation?: AccreditationFacts | null;
}

export interface AccreditationFacts {
  id: string;
  decisionReference: string;
  seqfLevels: number[];
  fields: string[];
  validFrom: Date;
  validUntil: Date | null;
  asOf: Date;
  accreditingAuthority: IssuerFacts;
}

export interface IssuingDirectory {
  microCredential(id: string): Promise<EntryFacts | null>;
  organisation(id: string): Promise<IssuerFacts | null>;
  accreditationCheck(question: AccreditationQuestion): Promise<AccreditationAnswer>;
}

/** Where issuers' public keys are published (the accreditation subgraph's JWKS and did:web documents). */
export interface KeyRegistry {
  registerSigningKey(organisationId: string, publicJwk: JWK & { kid: string; alg: string }): Promise<void>;
  /** Publishes `publicJwk` and supersedes `kid` from now on: the old key stays published, so earlier credentials stay verifiable. */
  rotateSigningKey(organisationId: string, kid: string, publicJwk: JWK & { kid: string; alg: string }): Promise<void>;
}

/** did:web identifier of an issuer under the hub's public URL (W3C did:web: port as %3A, path segments as ':'). */
export function issuerDid(publicBaseUrl: string, organisationId: string): string {
  const base = new URL(publicBaseUrl.endsWith('/') ? publicBaseUrl : `${publicBaseUrl}/`);
  const path = base.pathname.split('/').filter(Boolean).map((segment) => encodeURIComponent(decodeURIComponent(segment)));
  return ['did', 'web', encodeURIComponent(base.host), ...path, 'issuers', organisationId].join(':');
}
