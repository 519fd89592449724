import type { TrustedIssuer } from './trusted-issuers';
import type { JWK } from 'jose';

/**
 * Everything the verifier reads, as an outside verifier could read it: issuers' published keys, the trusted
 * issuer registry, the accreditation service's answer, the published status lists, the public catalogue and
 * the shares learners hand out. One implementation fetches them over HTTP and GraphQL with caching
 * (http-sources.ts); tests and the benchmark put others in place.
 *
 * A source that cannot answer throws SourceUnavailable; one that answers "there is no such thing" returns
 * null (or a document without the thing). The verifier turns either into a check's reason, never a crash.
 */
/** The key an accreditation answer is remembered under (and its reading reported by). */
export const accreditationAnswerKey = (question: AccreditationQuestion) =>
  `accreditation ${JSON.stringify([question.organisationId, question.seqfLevel, question.field, question.credentialType, question.at.toISOString(), question.microCredentialId])}`;

/** How a source is read: `fresh` past any cached copy (a document revalidated with its ETag, an answer asked again). */
export interface ReadOptions {
  fresh?: boolean;
}

export interface VerificationSources {
  /** The hub addresses whose documents the verifier reads (no trailing slash). Nothing is fetched elsewhere but from trusted outside issuers. */
  readonly documentBases: readonly string[];
  /** Issuers beyond the hub trusted by configuration (VERIFICATION_TRUSTED_ISSUERS_FILE), by their id. */
  readonly trustedIssuers?: ReadonlyMap<string, TrustedIssuer>;
  /** The issuer's published keys (JWKS, and the did:web DID document when the issuer is a DID). Null: no such issuer. */
  issuerKeys(issuer: IssuerLocator, options?: ReadOptions): Promise<PublishedKey[] | null>;
  /** The trusted issuer registry published at `<base>/registry.json`. */
  registry(base: string, options?: ReadOptions): Promise<RegistryDocument>;
  /** The accreditation service's answers, in the order asked. */
  accreditationChecks(questions: AccreditationQuestion[], options?: ReadOptions): Promise<AccreditationAnswer[]>;
  /** The status list credential (a compact JWS) at `url`. */
  statusList(url: string, options?: ReadOptions): Promise<string>;
  /**
   * When the copy of a source in hand was read (fetched, or confirmed unchanged), by document URL or answer key
   * (`catalogue <id>`, an accreditation answer key); undefined when it was read just now or is not kept.
   */
  readAt?(key: string): Date | undefined;
  /** A catalogue entry version by id; null when the catalogue has none. */
  catalogueEntry(id: string, options?: ReadOptions): Promise<CatalogueEntry | null>;
  /** How many reads so far were answered from a cache (documents and answers); the verifier looks again only when that moved. */
  cachedReads?(): number;
  /** What a share shows, recording an opening the learner sees; null when no share has this token. */
  shareByToken(token: string): Promise<SharedCredentials | null>;
}

export type SourceName = 'keys' | 'registry' | 'accreditation' | 'status list' | 'catalogue' | 'share';

const SOURCE_NAMES_SV: Record<SourceName, string> = {
  keys: 'utfärdarens nycklar',
  registry: 'registret över betrodda utfärdare',
  accreditation: 'ackrediteringstjänsten',
  'status list': 'statuslistan',
  catalogue: 'den nationella katalogen',
  share: 'delningstjänsten',
};

const SOURCE_NAMES_EN: Record<SourceName, string> = {
  keys: "the issuer's keys",
  registry: 'the trusted issuer registry',
  accreditation: 'the accreditation service',
  'status list': 'the status list',
  catalogue: 'the national catalogue',
  share: 'the sharing service',
};

/** A source could not be read (unreachable, timed out, an error status, or a document that is not what it should be). */
export class SourceUnavailable extends Error {
  readonly sv: string;
  constructor(
    readonly source: SourceName,
    detail: string,
    detailSv: string = detail,
  ) {
    super(`${SOURCE_NAMES_EN[source]} could not be read: ${detail}`);
    this.sv = `${SOURCE_NAMES_SV[source]} kunde inte läsas: ${detailSv}`;
  }
}

/** Where an issuer's documents are: the hub address, its organisation id there, and its did:web when it has one. */
export interface IssuerLocator {
  base: string;
  organisationId: string;
  did: string | null;
  /** Set for a trusted issuer beyond the hub: its documents are at its own address, and the national register does not know it. */
  outside?: TrustedIssuer;
}

/** A public key as the issuer publishes it, with the lifecycle members the hub's JWKS carries beside the JWK. */
export interface PublishedKey {
  kid: string;
  jwk: JWK;
  status?: string | null;
  validFrom?: string | null;
  validUntil?: string | null;
  compromisedFrom?: string | null;
}

export interface RegistryScope {
  seqfLevels: number[];
  fields: string[];
  credentialTypes: string[];
  microCredentialIds?: string[] | null;
}

/** One recorded state of an accreditation: what was in force from `recordedAt` on. */
export interface RegistryAccreditationState {
  recordedAt: string;
  scope: RegistryScope;
  validFrom: string;
  validUntil: string | null;
  status: string;
  basisAccreditationId?: string | null;
  decisionReference?: string | null;
}

export interface RegistryAccreditation {
  id: string;
  kind: string;
  accreditingAuthorityId: string;
  decisionReference?: string | null;
  scope: RegistryScope;
  validFrom: string;
  validUntil: string | null;
  status: string;
  basisAccreditationId?: string | null;
  /** Every recorded state, oldest first. */
  history: RegistryAccreditationState[];
}

export interface RegistryKey {
  kid: string;
  status: string;
  validFrom: string;
  validUntil: string | null;
  compromisedFrom: string | null;
}

export interface RegistryOrganisation {
  id: string;
  legalName: string;
  did?: string | null;
  accreditations: RegistryAccreditation[];
  keys: RegistryKey[];
}

/** The trusted issuer registry (the fields the verifier reads; the document has more). */
export interface RegistryDocument {
  trustRoot: { organisationId: string } | null;
  organisations: RegistryOrganisation[];
}

export interface AccreditationQuestion {
  organisationId: string;
  seqfLevel: number;
  field: string;
  credentialType: string;
  at: Date;
  microCredentialId: string | null;
}

export interface AccreditationAnswer {
  allowed: boolean;
  reason: string | null;
  reasonSv: string | null;
  accreditationId: string | null;
}

/** A catalogue entry version as the public catalogue describes it. */
export interface CatalogueEntry {
  id: string;
  entryId: string | null;
  version: number | null;
  status: string | null;
  title: { sv: string | null; en: string | null };
  seqfLevel: number | null;
  field: string | null;
  credentialType: string | null;
  providerId: string | null;
  /** Organisations granted the right to issue it; null when the catalogue does not say. */
  issuers: { organisationId: string; validFrom: string | null; validUntil: string | null; withdrawnAt: string | null }[] | null;
}

export type ShareState = 'ACTIVE' | 'EXPIRED' | 'WITHDRAWN';

export interface SharedCredentials {
  state: ShareState;
  recipientLabel: string | null;
  expiresAt: string | null;
  /** Compact JWS each; empty unless the share is active. */
  credentials: string[];
}
