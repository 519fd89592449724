/* GENERATED FILE: do not edit by hand. Made by `npm run codegen` from test/operations. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What one recorded change of an accreditation did. */
export type AccreditationChange =
  | 'AMENDED'
  | 'GRANTED'
  | 'REINSTATED'
  | 'SUSPENDED'
  | 'WITHDRAWN';

/** What an accreditation allows (as in EBSI: accreditation to attest, accreditation to accredit). */
export type AccreditationKind =
  /** The authority may accredit others within the scope (an accrediting authority below the root). */
  | 'TO_ACCREDIT'
  /** The organisation may issue credentials within the scope (a trusted issuer). */
  | 'TO_ISSUE';

export type AccreditationStatus =
  /** In force (within its validity window). */
  | 'ACTIVE'
  /** Temporarily not in force; can be reinstated. */
  | 'SUSPENDED'
  /** Permanently ended; credentials issued while it was in force stay accredited. */
  | 'WITHDRAWN';

/** The amended decision, as a whole: it becomes the next version. */
export type AmendAccreditationInput = {
  credentialTypes: Array<CredentialType>;
  /** The decision reference (diarienummer), 1-100 characters. */
  decisionReference: string;
  /** ISCED-F field codes, such as "09" (health and welfare) or "0923". */
  fields: Array<string>;
  /** Limit the accreditation to these catalogue entries. */
  microCredentialIds?: Array<string | number> | null | undefined;
  /** SeQF levels, each 1-8. */
  seqfLevels: Array<number>;
  validFrom: string;
  /** Exclusive end; none means open-ended. */
  validUntil?: string | null | undefined;
};

/** How this learner was assessed, where it adds to the catalogue entry. */
export type AssessmentInput = {
  assessedOn?: string | null | undefined;
  assessor?: string | null | undefined;
  identityVerification?: string | null | undefined;
  location?: string | null | undefined;
  supervision?: string | null | undefined;
};

/** How the learning outcomes are assessed; assessmentDescription says more. */
export type AssessmentType =
  /** Several of the above; assessmentDescription lists them. */
  | 'COMBINED'
  | 'ORAL_EXAM'
  | 'PORTFOLIO'
  | 'PRACTICAL_DEMONSTRATION'
  | 'PROJECT'
  /** The learner assesses themself; show this weight, never hide it. */
  | 'SELF_ASSESSMENT'
  /** Observed at work against the outcomes (common in industry validation). */
  | 'WORKPLACE_OBSERVATION'
  | 'WRITTEN_EXAM';

export type AwardStatus =
  /** Valid. */
  | 'ACTIVE'
  /** Permanently withdrawn by the issuer. */
  | 'REVOKED'
  /** Temporarily not valid; the issuer can reinstate it. */
  | 'SUSPENDED';

/** One award of a cohort. */
export type CohortAwardInput = {
  assessment?: AssessmentInput | null | undefined;
  evidence?: Array<EvidenceInput> | null | undefined;
  grade?: string | null | undefined;
  /** Unique per issuer: the same key again returns the same award instead of issuing another. */
  idempotencyKey: string;
  /** Date of issue, YYYY-MM-DD; default today. */
  issuedOn?: string | null | undefined;
  learner: LearnerInput;
  /** The exact, published catalogue version. */
  microCredentialId: string | number;
  /** When the credential expires, where the entry has an expiry. */
  validUntil?: string | null | undefined;
};

export type ContactInput = {
  /** An e-mail address. */
  email?: string | null | undefined;
  /** A role or desk, for example "Registrator" (at most 200 characters). */
  name?: string | null | undefined;
  /** A telephone number, for example +46 910 73 50 00. */
  phone?: string | null | undefined;
};

export type CreateShareInput = {
  awardIds: Array<string | number>;
  expiresAt: string;
  /** Who the share is for, e.g. "Rekrytering, Skellefteå Kraft". */
  recipientLabel: string;
};

/** Formal education, non-formal training, an industry validation (branschvalidering), or informal learning. */
export type CredentialType =
  /** Formal education within the national qualifications system. */
  | 'FORMAL'
  /** An industry validation against an occupational standard (branschvalidering). */
  | 'INDUSTRY_VALIDATION'
  /** Learning from work or life, self-assessed or recognised. */
  | 'INFORMAL'
  /** Organised learning outside the formal system (courses, workplace training). */
  | 'NON_FORMAL';

/** A qualification and its rule. Defining the same code again replaces the definition. */
export type DefineQualificationInput = {
  code: string;
  components: Array<QualificationComponentInput>;
  description?: LocalizedTextInput | null | undefined;
  kind: QualificationKind;
  /** The organisation that defines it. */
  ownerId: string | number;
  /** How many components are needed in all (at least the mandatory ones, at most all). */
  requiredCount: number;
  seqfLevel?: number | null | undefined;
  title: LocalizedTextInput;
};

/** A new entry, as its first draft version. */
export type DraftMicroCredentialInput = {
  assessmentDescription?: LocalizedTextInput | null | undefined;
  assessmentType?: AssessmentType | null | undefined;
  /** The provider's own code for the entry, unique within the provider. Sending the same draft again with the same code returns the draft already made. */
  code: string;
  credentialType?: CredentialType | null | undefined;
  description?: LocalizedTextInput | null | undefined;
  /** ECTS credits, more than 0 and at most 180, in steps of 0.1. */
  ectsCredits?: number | null | undefined;
  /** An ISCED-F 2013 field code: broad (2 digits, "07") or narrow (3 digits, "071"). */
  field?: string | null | undefined;
  furtherInformation?: LocalizedTextInput | null | undefined;
  /** An http(s) URL. */
  furtherInformationUrl?: string | null | undefined;
  /** ISO 639-1 language code, for example "sv". */
  language?: string | null | undefined;
  learningOutcomes?: Array<LearningOutcomeInput> | null | undefined;
  participationForm?: ParticipationForm | null | undefined;
  prerequisites?: LocalizedTextInput | null | undefined;
  /** The organisation that creates and owns the entry. */
  providerId: string | number;
  qualityAssuranceDescription?: LocalizedTextInput | null | undefined;
  qualityAssuranceType?: QualityAssuranceType | null | undefined;
  /** SeQF level, 1-8. */
  seqfLevel: number;
  stackability?: StackabilityKind | null | undefined;
  stackabilityDescription?: LocalizedTextInput | null | undefined;
  supervision?: Supervision | null | undefined;
  title: LocalizedTextInput;
  /** Notional workload in hours, 1-10000. */
  workloadHours?: number | null | undefined;
};

/** The lifecycle of a version of a catalogue entry. */
export type EntryStatus =
  /** Being written; only its provider and authorities see it. The only state that can change. */
  | 'DRAFT'
  /** In the national catalogue and immutable. At most one version of an entry is published at a time: the one searches show. */
  | 'PUBLISHED'
  /** No longer offered: superseded by a newer version (see supersededBy) or withdrawn by its provider. Awards issued against it stay valid. */
  | 'RETIRED';

/** How widely an ESCO skill applies across occupations and sectors. */
export type EscoReuseLevel =
  | 'CROSS_SECTOR'
  | 'OCCUPATION_SPECIFIC'
  | 'SECTOR_SPECIFIC'
  | 'TRANSVERSAL';

/** ESCO's skill type: skill/competence or knowledge. */
export type EscoSkillType =
  | 'KNOWLEDGE'
  | 'SKILL_COMPETENCE';

export type EvidenceInput = {
  description?: string | null | undefined;
  name?: string | null | undefined;
  narrative?: string | null | undefined;
  /** An http(s) URL where the evidence can be seen. */
  url?: string | null | undefined;
};

export type GrantAccreditationInput = {
  credentialTypes: Array<CredentialType>;
  /** The decision reference (diarienummer), 1-100 characters. */
  decisionReference: string;
  /** ISCED-F field codes, such as "09" (health and welfare) or "0923". */
  fields: Array<string>;
  /** Retrying with the same key returns the first result instead of granting twice. */
  idempotencyKey?: string | null | undefined;
  kind?: AccreditationKind;
  /** Limit the accreditation to these catalogue entries. */
  microCredentialIds?: Array<string | number> | null | undefined;
  /** The organisation accredited. */
  organisationId: string | number;
  /** SeQF levels, each 1-8. */
  seqfLevels: Array<number>;
  validFrom: string;
  /** Exclusive end; none means open-ended. */
  validUntil?: string | null | undefined;
};

export type GrantIssuingRightInput = {
  /** The entry (entryId), not a version: the right covers all its versions. */
  entryId: string | number;
  /** The organisation that may issue the entry. */
  organisationId: string | number;
  /** Defaults to now. */
  validFrom?: string | null | undefined;
  /** Exclusive; none: until withdrawn. */
  validUntil?: string | null | undefined;
};

export type IssueAwardInput = {
  assessment?: AssessmentInput | null | undefined;
  evidence?: Array<EvidenceInput> | null | undefined;
  grade?: string | null | undefined;
  /** Unique per issuer: the same key again returns the same award instead of issuing another. */
  idempotencyKey: string;
  /** Date of issue, YYYY-MM-DD; default today. */
  issuedOn?: string | null | undefined;
  /** The issuing organisation (the caller acts for it). */
  issuerId: string | number;
  learner: LearnerInput;
  /** The exact, published catalogue version. */
  microCredentialId: string | number;
  /** When the credential expires, where the entry has an expiry. */
  validUntil?: string | null | undefined;
};

export type IssueOutcome =
  /** Issued before with the same idempotency key (a retry): the same award. */
  | 'ALREADY_ISSUED'
  /** Not issued; `error` says why. */
  | 'FAILED'
  /** Issued by this call. */
  | 'ISSUED';

export type IssuingBasis =
  /** A right the creator granted, with its own dates. */
  | 'GRANTED'
  /** The creator of the entry, who may always issue it while a version is published. */
  | 'OWNER';

export type KeyRevocationReason =
  | 'COMPROMISED'
  | 'SUPERSEDED';

export type LearnerInput = {
  /** The learner's own DID, where known (for example from their wallet): the credential is then about that holder (credentialSubject.id, the Open Badges JWT's sub). */
  did?: string | null | undefined;
  email?: string | null | undefined;
  /** The name the credential names the learner by. */
  name: string;
  /** Personnummer or samordningsnummer, YYMMDD-NNNC or YYYYMMDD-NNNC. Matched, never shown back to the issuer. */
  personalNumber: string;
};

/** A learning outcome: its text and the ESCO skills (by URI) it is linked to. */
export type LearningOutcomeInput = {
  /** ESCO skill URIs (http://data.europa.eu/esco/skill/…) known to the hub (imported or built in). */
  escoSkillUris: Array<string>;
  text: LocalizedTextInput;
};

/** A text in Swedish (sv) and English (en). */
export type LocalizedTextInput = {
  en?: string | null | undefined;
  sv?: string | null | undefined;
};

/** The content of a version. Drafts need only a title and a level; publishing needs every mandatory element (the error lists what is missing). */
export type MicroCredentialContentInput = {
  assessmentDescription?: LocalizedTextInput | null | undefined;
  assessmentType?: AssessmentType | null | undefined;
  credentialType?: CredentialType | null | undefined;
  description?: LocalizedTextInput | null | undefined;
  /** ECTS credits, more than 0 and at most 180, in steps of 0.1. */
  ectsCredits?: number | null | undefined;
  /** An ISCED-F 2013 field code: broad (2 digits, "07") or narrow (3 digits, "071"). */
  field?: string | null | undefined;
  furtherInformation?: LocalizedTextInput | null | undefined;
  /** An http(s) URL. */
  furtherInformationUrl?: string | null | undefined;
  /** ISO 639-1 language code, for example "sv". */
  language?: string | null | undefined;
  learningOutcomes?: Array<LearningOutcomeInput> | null | undefined;
  participationForm?: ParticipationForm | null | undefined;
  prerequisites?: LocalizedTextInput | null | undefined;
  qualityAssuranceDescription?: LocalizedTextInput | null | undefined;
  qualityAssuranceType?: QualityAssuranceType | null | undefined;
  /** SeQF level, 1-8. */
  seqfLevel: number;
  stackability?: StackabilityKind | null | undefined;
  stackabilityDescription?: LocalizedTextInput | null | undefined;
  supervision?: Supervision | null | undefined;
  title: LocalizedTextInput;
  /** Notional workload in hours, 1-10000. */
  workloadHours?: number | null | undefined;
};

/** Narrows a catalogue search. Within one filter any listed value matches; all given filters must match. */
export type MicroCredentialFilter = {
  credentialTypes?: Array<CredentialType> | null | undefined;
  /** EQF levels (the same numbers as SeQF levels). */
  eqfLevels?: Array<number> | null | undefined;
  /** An ESCO occupation URI: entries teaching a skill that is essential to it. */
  escoOccupation?: string | null | undefined;
  /** An ESCO skill URI: entries teaching it or any skill narrower than it. */
  escoSkill?: string | null | undefined;
  /** ISCED-F field codes; a broad field ("07") covers its narrow fields ("071"). */
  fields?: Array<string> | null | undefined;
  /** Languages of instruction (ISO 639-1). */
  languages?: Array<string> | null | undefined;
  participationForms?: Array<ParticipationForm> | null | undefined;
  /** Providers (organisation ids). */
  providerIds?: Array<string | number> | null | undefined;
  qualityAssuranceTypes?: Array<QualityAssuranceType> | null | undefined;
  /** SeQF levels. */
  seqfLevels?: Array<number> | null | undefined;
  /** Default PUBLISHED (the catalogue). RETIRED: withdrawn entries. DRAFT: only for authorities, and for providers their own drafts. */
  statuses?: Array<EntryStatus> | null | undefined;
  workloadHours?: WorkloadRange | null | undefined;
};

export type OrganisationType =
  /** An authority that accredits issuers (for example MYH). */
  | 'AUTHORITY'
  /** A school, university, training company or municipal adult education. */
  | 'EDUCATION_PROVIDER'
  /** An employer that trains its staff (for example Skellefteå Kraft). */
  | 'EMPLOYER'
  /** An industry or trade organisation (for example Sobona, Handelsrådet). */
  | 'INDUSTRY_BODY'
  /** A public agency other than an accrediting authority (for example Arbetsförmedlingen). */
  | 'PUBLIC_AGENCY';

/** Form of participation in the learning activity. */
export type ParticipationForm =
  | 'BLENDED'
  | 'ONLINE'
  | 'ON_SITE';

export type PeriodGrain =
  | 'MONTH'
  | 'QUARTER'
  | 'YEAR';

export type QualificationComponentInput = {
  /** A catalogue entry (entryId). */
  entryId: string | number;
  mandatory?: boolean;
};

/** A full qualification, or a partial one (delkvalifikation). */
export type QualificationKind =
  | 'FULL'
  | 'PARTIAL';

/** Who assures the quality of the learning and its assessment. */
export type QualityAssuranceType =
  /** An external certification or accreditation body (for example against an ISO standard). */
  | 'EXTERNAL_CERTIFICATION'
  /** An industry body's validation model (branschvalidering). */
  | 'INDUSTRY_VALIDATION'
  /** National quality assurance (for example MYH, UKÄ or Skolverket for the formal system). */
  | 'NATIONAL'
  /** The provider's own quality assurance only. */
  | 'PROVIDER_OWN';

export type RegisterOrganisationInput = {
  contact?: ContactInput | null | undefined;
  /** ISO 3166-1 alpha-2 country code. */
  country?: string;
  legalName: string;
  /** Swedish organisationsnummer, NNNNNN-NNNN (Luhn-checked). */
  organisationNumber: string;
  /** A Swedish county (län), by name or code. */
  region?: string | null | undefined;
  /** Fixed once registered: only an AUTHORITY can accredit others. */
  type?: OrganisationType;
  /** An http(s) URL. */
  website?: string | null | undefined;
};

export type ShareOpeningKind =
  /** Someone opened the link. */
  | 'OPENED'
  /** The hub's verification service checked the shared credentials for someone. */
  | 'VERIFIED';

export type ShareState =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'WITHDRAWN';

export type SigningKeyStatus =
  /** In use (from validFrom, until validUntil when set). */
  | 'ACTIVE'
  /** Compromised: signatures made from compromisedFrom on are not valid. */
  | 'COMPROMISED'
  /** Replaced: signatures made before validUntil stay valid, later ones are not. */
  | 'SUPERSEDED';

/** Stand-alone, or part of a larger qualification or partial qualification (see stackability.qualifications). */
export type StackabilityKind =
  | 'STACKABLE'
  | 'STAND_ALONE';

/** What statistics can be grouped and filtered by: ESCO skill or skill group (URIs), SeQF level (= EQF level), ISCED-F field, issuing organisation, the issuer's county, credential type, quality assurance, or period. */
export type StatisticsDimension =
  | 'CREDENTIAL_TYPE'
  | 'FIELD'
  | 'ISSUER'
  | 'PERIOD'
  | 'QUALITY_ASSURANCE'
  | 'REGION'
  | 'SEQF_LEVEL'
  | 'SKILL'
  | 'SKILL_GROUP';

/** Narrows statistics to awards matching every given list (each list: any of its values). */
export type StatisticsFilter = {
  credentialTypes?: Array<string> | null | undefined;
  /** ISCED-F codes; a broad field covers its narrower ones. */
  fields?: Array<string> | null | undefined;
  /** From this month of issue (inclusive). */
  from?: string | null | undefined;
  /** Issuing organisation ids. */
  issuerIds?: Array<string> | null | undefined;
  qualityAssurance?: Array<string> | null | undefined;
  /** Issuer's county (län), e.g. "Västerbottens län". */
  regions?: Array<string> | null | undefined;
  seqfLevels?: Array<number> | null | undefined;
  /** ESCO skill group URIs (broader skills). */
  skillGroups?: Array<string> | null | undefined;
  /** ESCO skill URIs. */
  skills?: Array<string> | null | undefined;
  /** To this month of issue (inclusive). */
  to?: string | null | undefined;
};

/** Supervision and identity verification during assessment, as the Council Recommendation lists them. */
export type Supervision =
  | 'SUPERVISED_NO_ID_CHECK'
  | 'SUPERVISED_ONLINE_WITH_ID_CHECK'
  | 'SUPERVISED_ON_SITE_WITH_ID_CHECK'
  | 'UNSUPERVISED_NO_ID_CHECK';

/** What an organisation or an authority may change; the organisation number is fixed. */
export type UpdateOrganisationInput = {
  /** Replaces the contact as a whole. */
  contact?: ContactInput | null | undefined;
  legalName?: string | null | undefined;
  /** A Swedish county (län), by name or code. */
  region?: string | null | undefined;
  /** An http(s) URL. */
  website?: string | null | undefined;
};

/** The overall answer of a verification. */
export type Verdict =
  /** At least one check FAILED: do not rely on the credential (the failed checks say why). */
  | 'INVALID'
  /** Every check is OK: genuine, in force, from an issuer accredited for it. */
  | 'VALID'
  /** Nothing failed, but some checks were SKIPPED (a source could not be read, or the credential gives no status list). */
  | 'VALID_WITH_WARNINGS';

export type VerificationCheckKind =
  /** The issuer was accredited for the entry's level, field and credential type on the issue date, through the chain to the trust root. */
  | 'ACCREDITATION'
  /** The catalogue entry and version exist in the national catalogue and match what the credential says. */
  | 'CATALOGUE'
  /** Now lies within validFrom / validUntil. */
  | 'EXPIRY'
  /** It parses: typ vc+jwt, alg EdDSA or ES256, a kid; the payload is a VC 2.0 credential with its mandatory elements. */
  | 'FORMAT'
  /** The signature verifies with the issuer's key that kid names, valid on the issue date and not revoked as compromised before it. */
  | 'SIGNATURE'
  /** Neither revoked nor suspended, by the issuer's published status list. */
  | 'STATUS';

export type VerificationCheckStatus =
  | 'FAILED'
  | 'OK'
  | 'SKIPPED';

/** Notional workload in hours, inclusive. */
export type WorkloadRange = {
  max?: number | null | undefined;
  min?: number | null | undefined;
};

export type AccreditationFieldsFragment = { id: string, kind: AccreditationKind, decisionReference: string, seqfLevels: Array<number>, fields: Array<string>, credentialTypes: Array<CredentialType>, microCredentialIds: Array<string> | null, validFrom: string, validUntil: string | null, status: AccreditationStatus, statusReason: string | null, statusChangedAt: string, version: number, grantedAt: string, asOf: string, organisation: { id: string, legalName: string }, accreditingAuthority: { id: string, legalName: string }, basis: { id: string } | null };

export type SigningKeyFieldsFragment = { id: string, kid: string, algorithm: string, publicJwk: unknown, status: SigningKeyStatus, validFrom: string, validUntil: string | null, compromisedFrom: string | null, supersededBy: string | null, revocationReason: string | null };

export type RegisterIssuerMutationVariables = Exact<{
  input: RegisterOrganisationInput;
}>;


export type RegisterIssuerMutation = { registerOrganisation: { id: string, legalName: string, organisationNumber: string, type: OrganisationType, isTrustRoot: boolean } };

export type UpdateOrganisationContactMutationVariables = Exact<{
  id: string | number;
  input: UpdateOrganisationInput;
}>;


export type UpdateOrganisationContactMutation = { updateOrganisation: { id: string, contact: { name: string | null, email: string | null, phone: string | null } | null } };

export type OrganisationContactQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationContactQuery = { organisation: { id: string, legalName: string, contact: { name: string | null, email: string | null, phone: string | null } | null } };

export type TrustRootQueryVariables = Exact<{ [key: string]: never; }>;


export type TrustRootQuery = { trustRoot: { id: string, legalName: string, isTrustRoot: boolean } | null };

export type GrantAccreditationMutationVariables = Exact<{
  input: GrantAccreditationInput;
}>;


export type GrantAccreditationMutation = { grantAccreditation: { id: string, kind: AccreditationKind, decisionReference: string, seqfLevels: Array<number>, fields: Array<string>, credentialTypes: Array<CredentialType>, microCredentialIds: Array<string> | null, validFrom: string, validUntil: string | null, status: AccreditationStatus, statusReason: string | null, statusChangedAt: string, version: number, grantedAt: string, asOf: string, organisation: { id: string, legalName: string }, accreditingAuthority: { id: string, legalName: string }, basis: { id: string } | null } };

export type AmendAccreditationMutationVariables = Exact<{
  id: string | number;
  input: AmendAccreditationInput;
}>;


export type AmendAccreditationMutation = { amendAccreditation: { id: string, kind: AccreditationKind, decisionReference: string, seqfLevels: Array<number>, fields: Array<string>, credentialTypes: Array<CredentialType>, microCredentialIds: Array<string> | null, validFrom: string, validUntil: string | null, status: AccreditationStatus, statusReason: string | null, statusChangedAt: string, version: number, grantedAt: string, asOf: string, organisation: { id: string, legalName: string }, accreditingAuthority: { id: string, legalName: string }, basis: { id: string } | null } };

export type SuspendAccreditationMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type SuspendAccreditationMutation = { suspendAccreditation: { id: string, kind: AccreditationKind, decisionReference: string, seqfLevels: Array<number>, fields: Array<string>, credentialTypes: Array<CredentialType>, microCredentialIds: Array<string> | null, validFrom: string, validUntil: string | null, status: AccreditationStatus, statusReason: string | null, statusChangedAt: string, version: number, grantedAt: string, asOf: string, organisation: { id: string, legalName: string }, accreditingAuthority: { id: string, legalName: string }, basis: { id: string } | null } };

export type ReinstateAccreditationMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type ReinstateAccreditationMutation = { reinstateAccreditation: { id: string, kind: AccreditationKind, decisionReference: string, seqfLevels: Array<number>, fields: Array<string>, credentialTypes: Array<CredentialType>, microCredentialIds: Array<string> | null, validFrom: string, validUntil: string | null, status: AccreditationStatus, statusReason: string | null, statusChangedAt: string, version: number, grantedAt: string, asOf: string, organisation: { id: string, legalName: string }, accreditingAuthority: { id: string, legalName: string }, basis: { id: string } | null } };

export type WithdrawAccreditationMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type WithdrawAccreditationMutation = { withdrawAccreditation: { id: string, kind: AccreditationKind, decisionReference: string, seqfLevels: Array<number>, fields: Array<string>, credentialTypes: Array<CredentialType>, microCredentialIds: Array<string> | null, validFrom: string, validUntil: string | null, status: AccreditationStatus, statusReason: string | null, statusChangedAt: string, version: number, grantedAt: string, asOf: string, organisation: { id: string, legalName: string }, accreditingAuthority: { id: string, legalName: string }, basis: { id: string } | null } };

export type AccreditationAtQueryVariables = Exact<{
  id: string | number;
  at?: string | null | undefined;
}>;


export type AccreditationAtQuery = { accreditation: { id: string, kind: AccreditationKind, decisionReference: string, seqfLevels: Array<number>, fields: Array<string>, credentialTypes: Array<CredentialType>, microCredentialIds: Array<string> | null, validFrom: string, validUntil: string | null, status: AccreditationStatus, statusReason: string | null, statusChangedAt: string, version: number, grantedAt: string, asOf: string, organisation: { id: string, legalName: string }, accreditingAuthority: { id: string, legalName: string }, basis: { id: string } | null } };

export type AccreditationHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type AccreditationHistoryQuery = { accreditation: { id: string, history: Array<{ version: number, change: AccreditationChange, reason: string | null, scopeVersion: number, decisionReference: string, seqfLevels: Array<number>, fields: Array<string>, status: AccreditationStatus, validFrom: string, validUntil: string | null, recordedAt: string, recordedBy: string | null, recordedByOrganisation: { id: string } | null }> } };

export type AccreditationCheckQueryVariables = Exact<{
  organisationId: string | number;
  seqfLevel: number;
  field: string;
  credentialType: CredentialType;
  at?: string | null | undefined;
  microCredentialId?: string | number | null | undefined;
}>;


export type AccreditationCheckQuery = { accreditationCheck: { allowed: boolean, reason: string | null, reasonSv: string | null, at: string, accreditation: { id: string, decisionReference: string, status: AccreditationStatus, version: number, asOf: string } | null, alsoAllowedBy: Array<{ id: string, decisionReference: string }>, chain: Array<{ id: string, kind: AccreditationKind, organisation: { id: string }, accreditingAuthority: { id: string, isTrustRoot: boolean } }> } };

export type OrganisationRegistryEntryQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationRegistryEntryQuery = { organisation: { id: string, legalName: string, organisationNumber: string, type: OrganisationType, isTrustRoot: boolean, did: string | null, accreditations: Array<{ id: string, kind: AccreditationKind, decisionReference: string, seqfLevels: Array<number>, fields: Array<string>, credentialTypes: Array<CredentialType>, microCredentialIds: Array<string> | null, validFrom: string, validUntil: string | null, status: AccreditationStatus, statusReason: string | null, statusChangedAt: string, version: number, grantedAt: string, asOf: string, organisation: { id: string, legalName: string }, accreditingAuthority: { id: string, legalName: string }, basis: { id: string } | null }>, signingKeys: Array<{ id: string, kid: string, algorithm: string, publicJwk: unknown, status: SigningKeyStatus, validFrom: string, validUntil: string | null, compromisedFrom: string | null, supersededBy: string | null, revocationReason: string | null }> } };

export type OrganisationsFilteredQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  type?: OrganisationType | null | undefined;
  region?: string | null | undefined;
  accreditedForLevel?: number | null | undefined;
  field?: string | null | undefined;
  credentialType?: CredentialType | null | undefined;
}>;


export type OrganisationsFilteredQuery = { organisations: { totalCount: number, nodes: Array<{ id: string, legalName: string, type: OrganisationType }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type RegisterSigningKeyMutationVariables = Exact<{
  organisationId: string | number;
  publicJwk: unknown;
  validFrom?: string | null | undefined;
  validUntil?: string | null | undefined;
}>;


export type RegisterSigningKeyMutation = { registerSigningKey: { id: string, kid: string, algorithm: string, publicJwk: unknown, status: SigningKeyStatus, validFrom: string, validUntil: string | null, compromisedFrom: string | null, supersededBy: string | null, revocationReason: string | null } };

export type RotateSigningKeyMutationVariables = Exact<{
  organisationId: string | number;
  kid: string;
  publicJwk: unknown;
  validFrom?: string | null | undefined;
}>;


export type RotateSigningKeyMutation = { rotateSigningKey: { id: string, kid: string, algorithm: string, publicJwk: unknown, status: SigningKeyStatus, validFrom: string, validUntil: string | null, compromisedFrom: string | null, supersededBy: string | null, revocationReason: string | null } };

export type RevokeSigningKeyMutationVariables = Exact<{
  organisationId: string | number;
  kid: string;
  reason: KeyRevocationReason;
  compromisedFrom?: string | null | undefined;
  note?: string | null | undefined;
}>;


export type RevokeSigningKeyMutation = { revokeSigningKey: { id: string, kid: string, algorithm: string, publicJwk: unknown, status: SigningKeyStatus, validFrom: string, validUntil: string | null, compromisedFrom: string | null, supersededBy: string | null, revocationReason: string | null } };

export type SigningKeyCheckQueryVariables = Exact<{
  organisationId: string | number;
  kid: string;
  at?: string | null | undefined;
}>;


export type SigningKeyCheckQuery = { signingKeyCheck: { valid: boolean, reason: string | null, reasonSv: string | null, key: { kid: string, status: SigningKeyStatus } | null } };

export type OrganisationsWithAccreditationsAndKeysQueryVariables = Exact<{
  first?: number | null | undefined;
  type?: OrganisationType | null | undefined;
}>;


export type OrganisationsWithAccreditationsAndKeysQuery = { organisations: { nodes: Array<{ id: string, isTrustRoot: boolean, accreditations: Array<{ id: string, status: AccreditationStatus, accreditingAuthority: { id: string }, basis: { id: string } | null }>, signingKeys: Array<{ kid: string }> }> } };

export type ShareFieldsFragment = { id: string, recipientLabel: string, expiresAt: string, createdAt: string, withdrawnAt: string | null, state: ShareState, token: string, url: string, awards: Array<{ id: string, title: string }>, openings: Array<{ kind: ShareOpeningKind, outcome: ShareState, openedAt: string }> };

export type CreateShareMutationVariables = Exact<{
  input: CreateShareInput;
}>;


export type CreateShareMutation = { createShare: { id: string, recipientLabel: string, expiresAt: string, createdAt: string, withdrawnAt: string | null, state: ShareState, token: string, url: string, awards: Array<{ id: string, title: string }>, openings: Array<{ kind: ShareOpeningKind, outcome: ShareState, openedAt: string }> } };

export type WithdrawShareMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawShareMutation = { withdrawShare: { id: string, recipientLabel: string, expiresAt: string, createdAt: string, withdrawnAt: string | null, state: ShareState, token: string, url: string, awards: Array<{ id: string, title: string }>, openings: Array<{ kind: ShareOpeningKind, outcome: ShareState, openedAt: string }> } };

export type MySharesQueryVariables = Exact<{ [key: string]: never; }>;


export type MySharesQuery = { me: { id: string, shares: Array<{ id: string, recipientLabel: string, expiresAt: string, createdAt: string, withdrawnAt: string | null, state: ShareState, token: string, url: string, awards: Array<{ id: string, title: string }>, openings: Array<{ kind: ShareOpeningKind, outcome: ShareState, openedAt: string }> }> } };

export type SharedCredentialsQueryVariables = Exact<{
  token: string;
}>;


export type SharedCredentialsQuery = { sharedCredentials: { state: ShareState, recipientLabel: string | null, expiresAt: string | null, credentials: Array<string> } };

export type ExportMyDataMutationVariables = Exact<{ [key: string]: never; }>;


export type ExportMyDataMutation = { exportMyData: unknown };

export type EraseMyAccountMutationVariables = Exact<{
  confirmation: string;
}>;


export type EraseMyAccountMutation = { eraseMyAccount: { awardsAnonymised: number, sharesDeleted: number, erasedAt: string } };

export type AwardFieldsFragment = { id: string, title: string, issuedOn: string, issuedAt: string, validUntil: string | null, status: AwardStatus, statusReason: string | null, grade: string | null, learnerId: string | null, kid: string, credentialJwt: string | null, openBadgeJwt: string | null, credential: unknown, statusListCredential: string, statusListIndex: number, issuer: { id: string }, microCredential: { id: string } };

export type IssueAwardMutationVariables = Exact<{
  input: IssueAwardInput;
}>;


export type IssueAwardMutation = { issueAward: { id: string, title: string, issuedOn: string, issuedAt: string, validUntil: string | null, status: AwardStatus, statusReason: string | null, grade: string | null, learnerId: string | null, kid: string, credentialJwt: string | null, openBadgeJwt: string | null, credential: unknown, statusListCredential: string, statusListIndex: number, issuer: { id: string }, microCredential: { id: string } } };

export type IssueAwardsMutationVariables = Exact<{
  issuerId: string | number;
  inputs: Array<CohortAwardInput> | CohortAwardInput;
}>;


export type IssueAwardsMutation = { issueAwards: { issued: number, alreadyIssued: number, failed: number, results: Array<{ index: number, idempotencyKey: string, outcome: IssueOutcome, awardId: string | null, error: { code: string, message: string, field: string | null } | null }> } };

export type RevokeAwardMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RevokeAwardMutation = { revokeAward: { id: string, status: AwardStatus, statusReason: string | null, statusChangedAt: string | null } };

export type SuspendAwardMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type SuspendAwardMutation = { suspendAward: { id: string, status: AwardStatus, statusReason: string | null } };

export type ReinstateAwardMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type ReinstateAwardMutation = { reinstateAward: { id: string, status: AwardStatus, statusReason: string | null } };

export type RotateIssuerKeyMutationVariables = Exact<{
  organisationId: string | number;
}>;


export type RotateIssuerKeyMutation = { rotateIssuerKey: { kid: string, algorithm: string, status: string, publicJwk: unknown } };

export type AwardQueryVariables = Exact<{
  id: string | number;
}>;


export type AwardQuery = { award: { id: string, title: string, issuedOn: string, issuedAt: string, validUntil: string | null, status: AwardStatus, statusReason: string | null, grade: string | null, learnerId: string | null, kid: string, credentialJwt: string | null, openBadgeJwt: string | null, credential: unknown, statusListCredential: string, statusListIndex: number, issuer: { id: string }, microCredential: { id: string } } };

export type MyProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProfileQuery = { me: { id: string, name: string | null, email: string | null, personalNumber: string | null } };

export type MyAwardsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAwardsQuery = { me: { id: string, awards: Array<{ id: string, title: string, issuedOn: string, issuedAt: string, validUntil: string | null, status: AwardStatus, statusReason: string | null, grade: string | null, learnerId: string | null, kid: string, credentialJwt: string | null, openBadgeJwt: string | null, credential: unknown, statusListCredential: string, statusListIndex: number, issuer: { id: string }, microCredential: { id: string } }> } };

export type MyAwardsAcrossTheGraphQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAwardsAcrossTheGraphQuery = { me: { awards: Array<{ id: string, title: string, status: AwardStatus, microCredential: { id: string, seqfLevel: number }, issuer: { id: string, legalName: string } }> } };

export type OrganisationAwardsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganisationAwardsQuery = { organisation: { id: string, awardsIssued: { totalCount: number, nodes: Array<{ id: string, title: string }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } } };

export type MicroCredentialAwardCountQueryVariables = Exact<{
  id: string | number;
}>;


export type MicroCredentialAwardCountQuery = { microCredential: { id: string, awardCount: number } };

export type MyAwardsWithIssuersQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAwardsWithIssuersQuery = { me: { awards: Array<{ id: string, title: string, status: AwardStatus, issuer: { id: string, legalName: string } }> } };

export type EscoSkillQueryVariables = Exact<{
  uri: string;
  language?: string;
}>;


export type EscoSkillQuery = { escoSkill: { uri: string, skillType: EscoSkillType | null, reuseLevel: EscoReuseLevel | null, languages: Array<string>, preferredLabel: string | null, altLabels: Array<string>, description: string | null, broaderSkills: Array<{ uri: string }>, narrowerSkills: Array<{ uri: string, preferredLabel: string | null }>, microCredentials: { totalCount: number, nodes: Array<{ id: string, title: { sv: string | null } }> } } };

export type EscoSkillsQueryVariables = Exact<{
  search: string;
  language?: string;
  first?: number;
}>;


export type EscoSkillsQuery = { escoSkills: Array<{ uri: string, preferredLabel: string | null, skillType: EscoSkillType | null }> };

export type EscoOccupationQueryVariables = Exact<{
  uri: string;
}>;


export type EscoOccupationQuery = { escoOccupation: { uri: string, iscoGroup: string | null, code: string | null, preferredLabel: string | null, essentialSkills: Array<{ uri: string, preferredLabel: string | null }>, optionalSkills: Array<{ uri: string }>, microCredentials: { totalCount: number, nodes: Array<{ id: string, title: { sv: string | null } }> } } };

export type EscoOccupationsQueryVariables = Exact<{
  search: string;
  language?: string;
}>;


export type EscoOccupationsQuery = { escoOccupations: Array<{ uri: string, preferredLabel: string | null }> };

export type DefineQualificationMutationVariables = Exact<{
  input: DefineQualificationInput;
}>;


export type DefineQualificationMutation = { defineQualification: { id: string, code: string, kind: QualificationKind, seqfLevel: number | null, requiredCount: number, title: { sv: string | null, en: string | null }, owner: { id: string, legalName: string }, components: Array<{ entryId: string, mandatory: boolean, microCredential: { id: string, title: { sv: string | null } } | null }> } };

export type QualificationProgressQueryVariables = Exact<{
  id: string | number;
  entryIds: Array<string | number> | string | number;
}>;


export type QualificationProgressQuery = { qualification: { id: string, progress: { complete: boolean, counted: number, requiredCount: number, missingMandatory: Array<string>, remaining: number } } };

export type QualificationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type QualificationsQuery = { qualifications: { totalCount: number, nodes: Array<{ id: string, code: string }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type EntryDetailsFragment = { id: string, entryId: string, code: string, version: number, status: EntryStatus, workloadHours: number | null, ectsCredits: number | null, seqfLevel: number, eqfLevel: number, eqfLevelUri: string, seqfLevelUri: string, assessmentType: AssessmentType | null, participationForm: ParticipationForm | null, credentialType: CredentialType | null, supervision: Supervision | null, field: string | null, fieldName: string | null, language: string | null, furtherInformationUrl: string | null, publishedAt: string | null, retiredAt: string | null, retiredReason: string | null, accreditationId: string | null, title: { sv: string | null, en: string | null }, description: { sv: string | null, en: string | null } | null, learningOutcomes: Array<{ escoSkillUris: Array<string>, text: { sv: string | null, en: string | null }, escoSkills: Array<{ uri: string, preferredLabel: string | null }> }>, assessmentDescription: { sv: string | null, en: string | null } | null, qualityAssurance: { type: QualityAssuranceType, description: { sv: string | null, en: string | null } | null } | null, prerequisites: { sv: string | null, en: string | null } | null, stackability: { kind: StackabilityKind, description: { sv: string | null, en: string | null } | null, qualifications: Array<{ id: string, code: string }> } | null, furtherInformation: { sv: string | null, en: string | null } | null, provider: { id: string, legalName: string } };

export type DraftMicroCredentialMutationVariables = Exact<{
  input: DraftMicroCredentialInput;
}>;


export type DraftMicroCredentialMutation = { draftMicroCredential: { id: string, entryId: string, code: string, version: number, status: EntryStatus, workloadHours: number | null, ectsCredits: number | null, seqfLevel: number, eqfLevel: number, eqfLevelUri: string, seqfLevelUri: string, assessmentType: AssessmentType | null, participationForm: ParticipationForm | null, credentialType: CredentialType | null, supervision: Supervision | null, field: string | null, fieldName: string | null, language: string | null, furtherInformationUrl: string | null, publishedAt: string | null, retiredAt: string | null, retiredReason: string | null, accreditationId: string | null, title: { sv: string | null, en: string | null }, description: { sv: string | null, en: string | null } | null, learningOutcomes: Array<{ escoSkillUris: Array<string>, text: { sv: string | null, en: string | null }, escoSkills: Array<{ uri: string, preferredLabel: string | null }> }>, assessmentDescription: { sv: string | null, en: string | null } | null, qualityAssurance: { type: QualityAssuranceType, description: { sv: string | null, en: string | null } | null } | null, prerequisites: { sv: string | null, en: string | null } | null, stackability: { kind: StackabilityKind, description: { sv: string | null, en: string | null } | null, qualifications: Array<{ id: string, code: string }> } | null, furtherInformation: { sv: string | null, en: string | null } | null, provider: { id: string, legalName: string } } };

export type UpdateMicroCredentialDraftMutationVariables = Exact<{
  id: string | number;
  input: MicroCredentialContentInput;
}>;


export type UpdateMicroCredentialDraftMutation = { updateMicroCredentialDraft: { id: string, entryId: string, code: string, version: number, status: EntryStatus, workloadHours: number | null, ectsCredits: number | null, seqfLevel: number, eqfLevel: number, eqfLevelUri: string, seqfLevelUri: string, assessmentType: AssessmentType | null, participationForm: ParticipationForm | null, credentialType: CredentialType | null, supervision: Supervision | null, field: string | null, fieldName: string | null, language: string | null, furtherInformationUrl: string | null, publishedAt: string | null, retiredAt: string | null, retiredReason: string | null, accreditationId: string | null, title: { sv: string | null, en: string | null }, description: { sv: string | null, en: string | null } | null, learningOutcomes: Array<{ escoSkillUris: Array<string>, text: { sv: string | null, en: string | null }, escoSkills: Array<{ uri: string, preferredLabel: string | null }> }>, assessmentDescription: { sv: string | null, en: string | null } | null, qualityAssurance: { type: QualityAssuranceType, description: { sv: string | null, en: string | null } | null } | null, prerequisites: { sv: string | null, en: string | null } | null, stackability: { kind: StackabilityKind, description: { sv: string | null, en: string | null } | null, qualifications: Array<{ id: string, code: string }> } | null, furtherInformation: { sv: string | null, en: string | null } | null, provider: { id: string, legalName: string } } };

export type PublishMicroCredentialMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishMicroCredentialMutation = { publishMicroCredential: { id: string, entryId: string, version: number, status: EntryStatus, publishedAt: string | null, accreditationId: string | null } };

export type ReviseMicroCredentialMutationVariables = Exact<{
  entryId: string | number;
}>;


export type ReviseMicroCredentialMutation = { reviseMicroCredential: { id: string, entryId: string, code: string, version: number, status: EntryStatus, workloadHours: number | null, ectsCredits: number | null, seqfLevel: number, eqfLevel: number, eqfLevelUri: string, seqfLevelUri: string, assessmentType: AssessmentType | null, participationForm: ParticipationForm | null, credentialType: CredentialType | null, supervision: Supervision | null, field: string | null, fieldName: string | null, language: string | null, furtherInformationUrl: string | null, publishedAt: string | null, retiredAt: string | null, retiredReason: string | null, accreditationId: string | null, title: { sv: string | null, en: string | null }, description: { sv: string | null, en: string | null } | null, learningOutcomes: Array<{ escoSkillUris: Array<string>, text: { sv: string | null, en: string | null }, escoSkills: Array<{ uri: string, preferredLabel: string | null }> }>, assessmentDescription: { sv: string | null, en: string | null } | null, qualityAssurance: { type: QualityAssuranceType, description: { sv: string | null, en: string | null } | null } | null, prerequisites: { sv: string | null, en: string | null } | null, stackability: { kind: StackabilityKind, description: { sv: string | null, en: string | null } | null, qualifications: Array<{ id: string, code: string }> } | null, furtherInformation: { sv: string | null, en: string | null } | null, provider: { id: string, legalName: string } } };

export type RetireMicroCredentialMutationVariables = Exact<{
  entryId: string | number;
  reason?: string | null | undefined;
}>;


export type RetireMicroCredentialMutation = { retireMicroCredential: { id: string, version: number, status: EntryStatus, retiredAt: string | null, retiredReason: string | null } };

export type MicroCredentialQueryVariables = Exact<{
  id?: string | number | null | undefined;
  entryId?: string | number | null | undefined;
}>;


export type MicroCredentialQuery = { microCredential: { id: string, entryId: string, code: string, version: number, status: EntryStatus, workloadHours: number | null, ectsCredits: number | null, seqfLevel: number, eqfLevel: number, eqfLevelUri: string, seqfLevelUri: string, assessmentType: AssessmentType | null, participationForm: ParticipationForm | null, credentialType: CredentialType | null, supervision: Supervision | null, field: string | null, fieldName: string | null, language: string | null, furtherInformationUrl: string | null, publishedAt: string | null, retiredAt: string | null, retiredReason: string | null, accreditationId: string | null, versions: Array<{ id: string, version: number, status: EntryStatus, publishedAt: string | null, retiredAt: string | null, supersededBy: { id: string, version: number } | null }>, publishedVersion: { id: string, version: number } | null, title: { sv: string | null, en: string | null }, description: { sv: string | null, en: string | null } | null, learningOutcomes: Array<{ escoSkillUris: Array<string>, text: { sv: string | null, en: string | null }, escoSkills: Array<{ uri: string, preferredLabel: string | null }> }>, assessmentDescription: { sv: string | null, en: string | null } | null, qualityAssurance: { type: QualityAssuranceType, description: { sv: string | null, en: string | null } | null } | null, prerequisites: { sv: string | null, en: string | null } | null, stackability: { kind: StackabilityKind, description: { sv: string | null, en: string | null } | null, qualifications: Array<{ id: string, code: string }> } | null, furtherInformation: { sv: string | null, en: string | null } | null, provider: { id: string, legalName: string } } };

export type SearchMicroCredentialsQueryVariables = Exact<{
  search?: string | null | undefined;
  filter?: MicroCredentialFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchMicroCredentialsQuery = { microCredentials: { totalCount: number, nodes: Array<{ id: string, entryId: string, version: number, status: EntryStatus, code: string, seqfLevel: number, field: string | null, workloadHours: number | null, participationForm: ParticipationForm | null, title: { sv: string | null, en: string | null }, provider: { id: string } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean }, facets: { seqfLevels: Array<{ seqfLevel: number, eqfLevel: number, count: number }>, fields: Array<{ code: string, name: string, count: number }>, providers: Array<{ count: number, provider: { id: string, legalName: string } }> } } };

export type MicroCredentialsWithProvidersQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: MicroCredentialFilter | null | undefined;
}>;


export type MicroCredentialsWithProvidersQuery = { microCredentials: { totalCount: number, nodes: Array<{ id: string, title: { sv: string | null }, provider: { id: string, legalName: string, region: string | null } }> } };

export type GrantIssuingRightMutationVariables = Exact<{
  input: GrantIssuingRightInput;
}>;


export type GrantIssuingRightMutation = { grantIssuingRight: { basis: IssuingBasis, validFrom: string, validUntil: string | null, withdrawnAt: string | null, grantedAt: string | null, active: boolean, organisation: { id: string, legalName: string } } };

export type WithdrawIssuingRightMutationVariables = Exact<{
  entryId: string | number;
  organisationId: string | number;
}>;


export type WithdrawIssuingRightMutation = { withdrawIssuingRight: { basis: IssuingBasis, validFrom: string, withdrawnAt: string | null, active: boolean, organisation: { id: string } } };

export type IssuersQueryVariables = Exact<{
  id: string | number;
  organisationId: string | number;
  at?: string | null | undefined;
}>;


export type IssuersQuery = { microCredential: { id: string, canIssue: boolean, issuers: Array<{ basis: IssuingBasis, validFrom: string, validUntil: string | null, withdrawnAt: string | null, active: boolean, organisation: { id: string, legalName: string } }> } };

export type SeqfLevelsQueryVariables = Exact<{ [key: string]: never; }>;


export type SeqfLevelsQuery = { seqfLevels: Array<{ level: number, eqfLevel: number, uri: string, eqfLevelUri: string, schemeUri: string }>, thematicFields: Array<{ code: string, name: string, broadField: string | null }> };

export type HealthQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthQuery = { accreditationHealth: { subgraph: string, database: boolean }, catalogueHealth: { subgraph: string, database: boolean }, awardsHealth: { subgraph: string, database: boolean }, verificationHealth: { subgraph: string, database: boolean } };

export type MicroCredentialStatusesQueryVariables = Exact<{
  search?: string | null | undefined;
  filter?: MicroCredentialFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type MicroCredentialStatusesQuery = { microCredentials: { totalCount: number, nodes: Array<{ id: string, version: number, status: EntryStatus }> } };

export type EuropassAwardsIssuedQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type EuropassAwardsIssuedQuery = { organisation: { id: string, awardsIssued: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, status: AwardStatus, credentialJwt: string | null, europass: { profile: string, credential: unknown, sealed: unknown, mediaType: string, downloadUrl: string } | null }> } } };

export type EuropassMyAwardsQueryVariables = Exact<{ [key: string]: never; }>;


export type EuropassMyAwardsQuery = { me: { id: string, awards: Array<{ id: string, credentialJwt: string | null, europass: { profile: string, sealed: unknown, mediaType: string, downloadUrl: string } | null }>, shares: Array<{ token: string, state: ShareState, awards: Array<{ id: string }> }> } };

export type EuropassLearningOpportunityQueryVariables = Exact<{
  id: string | number;
}>;


export type EuropassLearningOpportunityQuery = { microCredential: { id: string, entryId: string, status: EntryStatus, europass: unknown } };

export type RegisterOrganisationMutationVariables = Exact<{
  input: RegisterOrganisationInput;
}>;


export type RegisterOrganisationMutation = { registerOrganisation: { id: string, legalName: string, organisationNumber: string, country: string, region: string | null, website: string | null } };

export type OrganisationQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationQuery = { organisation: { id: string, legalName: string, microCredentials: Array<{ id: string, status: EntryStatus, seqfLevel: number, title: { sv: string | null } }> } };

export type OrganisationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganisationsQuery = { organisations: { totalCount: number, nodes: Array<{ id: string, legalName: string }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type PagesLearnerAwardsQueryVariables = Exact<{ [key: string]: never; }>;


export type PagesLearnerAwardsQuery = { me: { id: string, name: string | null, awards: Array<{ id: string, title: string, status: AwardStatus, credentialJwt: string | null, issuer: { id: string, legalName: string }, microCredential: { entryId: string } }>, shares: Array<{ id: string, token: string, state: ShareState, openings: Array<{ kind: ShareOpeningKind, outcome: ShareState, openedAt: string }> }> } };

export type CompetenceStatisticsQueryVariables = Exact<{
  groupBy: Array<StatisticsDimension> | StatisticsDimension;
  filter?: StatisticsFilter | null | undefined;
  grain?: PeriodGrain | null | undefined;
}>;


export type CompetenceStatisticsQuery = { competenceStatistics: { minimumLearners: number, cells: Array<{ awards: number | null, learners: number | null, suspendedAwards: number | null, suppressed: boolean, values: Array<{ dimension: StatisticsDimension, value: string }> }>, total: { awards: number | null, learners: number | null, suspendedAwards: number | null, suppressed: boolean } } };

export type CompetenceTimeSeriesQueryVariables = Exact<{
  dimension: StatisticsDimension;
  value: string;
  grain?: PeriodGrain | null | undefined;
}>;


export type CompetenceTimeSeriesQuery = { competenceTimeSeries: Array<{ period: string, awards: number | null, learners: number | null, suppressed: boolean }> };

export type TopSkillsQueryVariables = Exact<{
  region?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type TopSkillsQuery = { topSkills: Array<{ learners: number | null, values: Array<{ value: string }> }> };

export type OccupationCoverageQueryVariables = Exact<{
  occupation: string;
}>;


export type OccupationCoverageQuery = { occupationCoverage: { occupation: string, essentialSkills: Array<{ skill: string, preferredLabel: string | null, learners: number | null, suppressed: boolean }> } };

export type VerificationReportFieldsFragment = { verdict: Verdict, summary: string, summarySv: string, verifiedAt: string, credentialId: string | null, learnerName: string | null, title: string | null, issuerId: string | null, issuerName: string | null, issuedAt: string | null, validUntil: string | null, seqfLevel: number | null, credentialType: CredentialType | null, checks: Array<{ check: VerificationCheckKind, status: VerificationCheckStatus, reason: string, reasonSv: string }>, skills: Array<{ uri: string, name: string | null }>, microCredential: { id: string } | null, issuer: { id: string, legalName: string } | null };

export type VerifyCredentialQueryVariables = Exact<{
  credential: string;
}>;


export type VerifyCredentialQuery = { verifyCredential: { verdict: Verdict, summary: string, summarySv: string, verifiedAt: string, credentialId: string | null, learnerName: string | null, title: string | null, issuerId: string | null, issuerName: string | null, issuedAt: string | null, validUntil: string | null, seqfLevel: number | null, credentialType: CredentialType | null, checks: Array<{ check: VerificationCheckKind, status: VerificationCheckStatus, reason: string, reasonSv: string }>, skills: Array<{ uri: string, name: string | null }>, microCredential: { id: string } | null, issuer: { id: string, legalName: string } | null } };

export type VerifyCredentialsQueryVariables = Exact<{
  credentials: Array<string> | string;
}>;


export type VerifyCredentialsQuery = { verifyCredentials: Array<{ verdict: Verdict, summary: string, summarySv: string, verifiedAt: string, credentialId: string | null, learnerName: string | null, title: string | null, issuerId: string | null, issuerName: string | null, issuedAt: string | null, validUntil: string | null, seqfLevel: number | null, credentialType: CredentialType | null, checks: Array<{ check: VerificationCheckKind, status: VerificationCheckStatus, reason: string, reasonSv: string }>, skills: Array<{ uri: string, name: string | null }>, microCredential: { id: string } | null, issuer: { id: string, legalName: string } | null }> };

export type VerifyCredentialsBriefQueryVariables = Exact<{
  credentials: Array<string> | string;
}>;


export type VerifyCredentialsBriefQuery = { verifyCredentials: Array<{ verdict: Verdict, checks: Array<{ check: VerificationCheckKind, status: VerificationCheckStatus, reason: string, reasonSv: string }> }> };

export type VerifyShareQueryVariables = Exact<{
  token: string;
}>;


export type VerifyShareQuery = { verifyShare: { state: ShareState, recipientLabel: string | null, expiresAt: string | null, credentials: Array<{ verdict: Verdict, summary: string, summarySv: string, verifiedAt: string, credentialId: string | null, learnerName: string | null, title: string | null, issuerId: string | null, issuerName: string | null, issuedAt: string | null, validUntil: string | null, seqfLevel: number | null, credentialType: CredentialType | null, checks: Array<{ check: VerificationCheckKind, status: VerificationCheckStatus, reason: string, reasonSv: string }>, skills: Array<{ uri: string, name: string | null }>, microCredential: { id: string } | null, issuer: { id: string, legalName: string } | null }> } };

export const AccreditationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccreditationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Accreditation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReference"}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevels"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"credentialTypes"}},{"kind":"Field","name":{"kind":"Name","value":"microCredentialIds"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accreditingAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccreditationFieldsFragment, unknown>;
export const SigningKeyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SigningKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SigningKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kid"}},{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"publicJwk"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"compromisedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"supersededBy"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}}]}}]} as unknown as DocumentNode<SigningKeyFieldsFragment, unknown>;
export const ShareFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShareFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Share"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipientLabel"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"awards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}}]}}]}}]} as unknown as DocumentNode<ShareFieldsFragment, unknown>;
export const AwardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AwardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Award"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"learnerId"}},{"kind":"Field","name":{"kind":"Name","value":"kid"}},{"kind":"Field","name":{"kind":"Name","value":"credentialJwt"}},{"kind":"Field","name":{"kind":"Name","value":"openBadgeJwt"}},{"kind":"Field","name":{"kind":"Name","value":"credential"}},{"kind":"Field","name":{"kind":"Name","value":"statusListCredential"}},{"kind":"Field","name":{"kind":"Name","value":"statusListIndex"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"microCredential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AwardFieldsFragment, unknown>;
export const EntryDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntryDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicroCredential"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"learningOutcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escoSkillUris"}},{"kind":"Field","name":{"kind":"Name","value":"escoSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLabel"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workloadHours"}},{"kind":"Field","name":{"kind":"Name","value":"ectsCredits"}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"eqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"eqfLevelUri"}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevelUri"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentType"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentDescription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participationForm"}},{"kind":"Field","name":{"kind":"Name","value":"qualityAssurance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"credentialType"}},{"kind":"Field","name":{"kind":"Name","value":"supervision"}},{"kind":"Field","name":{"kind":"Name","value":"prerequisites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"fieldName"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"stackability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"furtherInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"furtherInformationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredReason"}},{"kind":"Field","name":{"kind":"Name","value":"accreditationId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<EntryDetailsFragment, unknown>;
export const VerificationReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerificationReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VerificationReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"summarySv"}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonSv"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"credentialId"}},{"kind":"Field","name":{"kind":"Name","value":"learnerName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuerId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"credentialType"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"microCredential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<VerificationReportFieldsFragment, unknown>;
export const RegisterIssuerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterIssuer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isTrustRoot"}}]}}]}}]} as unknown as DocumentNode<RegisterIssuerMutation, RegisterIssuerMutationVariables>;
export const UpdateOrganisationContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganisationContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateOrganisationContactMutation, UpdateOrganisationContactMutationVariables>;
export const OrganisationContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationContactQuery, OrganisationContactQueryVariables>;
export const TrustRootDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustRoot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trustRoot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"isTrustRoot"}}]}}]}}]} as unknown as DocumentNode<TrustRootQuery, TrustRootQueryVariables>;
export const GrantAccreditationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantAccreditation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantAccreditationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantAccreditation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccreditationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccreditationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Accreditation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReference"}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevels"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"credentialTypes"}},{"kind":"Field","name":{"kind":"Name","value":"microCredentialIds"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accreditingAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GrantAccreditationMutation, GrantAccreditationMutationVariables>;
export const AmendAccreditationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmendAccreditation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AmendAccreditationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amendAccreditation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccreditationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccreditationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Accreditation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReference"}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevels"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"credentialTypes"}},{"kind":"Field","name":{"kind":"Name","value":"microCredentialIds"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accreditingAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AmendAccreditationMutation, AmendAccreditationMutationVariables>;
export const SuspendAccreditationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendAccreditation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendAccreditation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccreditationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccreditationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Accreditation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReference"}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevels"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"credentialTypes"}},{"kind":"Field","name":{"kind":"Name","value":"microCredentialIds"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accreditingAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SuspendAccreditationMutation, SuspendAccreditationMutationVariables>;
export const ReinstateAccreditationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReinstateAccreditation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reinstateAccreditation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccreditationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccreditationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Accreditation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReference"}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevels"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"credentialTypes"}},{"kind":"Field","name":{"kind":"Name","value":"microCredentialIds"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accreditingAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReinstateAccreditationMutation, ReinstateAccreditationMutationVariables>;
export const WithdrawAccreditationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawAccreditation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawAccreditation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccreditationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccreditationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Accreditation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReference"}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevels"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"credentialTypes"}},{"kind":"Field","name":{"kind":"Name","value":"microCredentialIds"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accreditingAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WithdrawAccreditationMutation, WithdrawAccreditationMutationVariables>;
export const AccreditationAtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccreditationAt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accreditation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccreditationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccreditationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Accreditation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReference"}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevels"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"credentialTypes"}},{"kind":"Field","name":{"kind":"Name","value":"microCredentialIds"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accreditingAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccreditationAtQuery, AccreditationAtQueryVariables>;
export const AccreditationHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccreditationHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accreditation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"scopeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReference"}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevels"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccreditationHistoryQuery, AccreditationHistoryQueryVariables>;
export const AccreditationCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccreditationCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seqfLevel"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"field"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"credentialType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CredentialType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"microCredentialId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accreditationCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"seqfLevel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seqfLevel"}}},{"kind":"Argument","name":{"kind":"Name","value":"field"},"value":{"kind":"Variable","name":{"kind":"Name","value":"field"}}},{"kind":"Argument","name":{"kind":"Name","value":"credentialType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"credentialType"}}},{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}},{"kind":"Argument","name":{"kind":"Name","value":"microCredentialId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"microCredentialId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonSv"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"accreditation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alsoAllowedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accreditingAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isTrustRoot"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccreditationCheckQuery, AccreditationCheckQueryVariables>;
export const OrganisationRegistryEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationRegistryEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isTrustRoot"}},{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"accreditations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccreditationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signingKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SigningKeyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccreditationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Accreditation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReference"}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevels"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"credentialTypes"}},{"kind":"Field","name":{"kind":"Name","value":"microCredentialIds"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accreditingAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SigningKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SigningKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kid"}},{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"publicJwk"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"compromisedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"supersededBy"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}}]}}]} as unknown as DocumentNode<OrganisationRegistryEntryQuery, OrganisationRegistryEntryQueryVariables>;
export const OrganisationsFilteredDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationsFiltered"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accreditedForLevel"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"field"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"credentialType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CredentialType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"accreditedForLevel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accreditedForLevel"}}},{"kind":"Argument","name":{"kind":"Name","value":"field"},"value":{"kind":"Variable","name":{"kind":"Name","value":"field"}}},{"kind":"Argument","name":{"kind":"Name","value":"credentialType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"credentialType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationsFilteredQuery, OrganisationsFilteredQueryVariables>;
export const RegisterSigningKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterSigningKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"publicJwk"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSONObject"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validFrom"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validUntil"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerSigningKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"publicJwk"},"value":{"kind":"Variable","name":{"kind":"Name","value":"publicJwk"}}},{"kind":"Argument","name":{"kind":"Name","value":"validFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"validUntil"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validUntil"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SigningKeyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SigningKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SigningKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kid"}},{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"publicJwk"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"compromisedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"supersededBy"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}}]}}]} as unknown as DocumentNode<RegisterSigningKeyMutation, RegisterSigningKeyMutationVariables>;
export const RotateSigningKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateSigningKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"publicJwk"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSONObject"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validFrom"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateSigningKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kid"}}},{"kind":"Argument","name":{"kind":"Name","value":"publicJwk"},"value":{"kind":"Variable","name":{"kind":"Name","value":"publicJwk"}}},{"kind":"Argument","name":{"kind":"Name","value":"validFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validFrom"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SigningKeyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SigningKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SigningKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kid"}},{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"publicJwk"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"compromisedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"supersededBy"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}}]}}]} as unknown as DocumentNode<RotateSigningKeyMutation, RotateSigningKeyMutationVariables>;
export const RevokeSigningKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeSigningKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KeyRevocationReason"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"compromisedFrom"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeSigningKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kid"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"compromisedFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"compromisedFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SigningKeyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SigningKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SigningKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kid"}},{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"publicJwk"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"compromisedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"supersededBy"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}}]}}]} as unknown as DocumentNode<RevokeSigningKeyMutation, RevokeSigningKeyMutationVariables>;
export const SigningKeyCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SigningKeyCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signingKeyCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kid"}}},{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonSv"}},{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SigningKeyCheckQuery, SigningKeyCheckQueryVariables>;
export const OrganisationsWithAccreditationsAndKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationsWithAccreditationsAndKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isTrustRoot"}},{"kind":"Field","name":{"kind":"Name","value":"accreditations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accreditingAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"signingKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kid"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationsWithAccreditationsAndKeysQuery, OrganisationsWithAccreditationsAndKeysQueryVariables>;
export const CreateShareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateShare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateShareInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createShare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShareFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShareFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Share"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipientLabel"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"awards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}}]}}]}}]} as unknown as DocumentNode<CreateShareMutation, CreateShareMutationVariables>;
export const WithdrawShareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawShare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawShare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShareFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShareFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Share"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipientLabel"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"awards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}}]}}]}}]} as unknown as DocumentNode<WithdrawShareMutation, WithdrawShareMutationVariables>;
export const MySharesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyShares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShareFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShareFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Share"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipientLabel"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"awards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}}]}}]}}]} as unknown as DocumentNode<MySharesQuery, MySharesQueryVariables>;
export const SharedCredentialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SharedCredentials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharedCredentials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"recipientLabel"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}}]}}]}}]} as unknown as DocumentNode<SharedCredentialsQuery, SharedCredentialsQueryVariables>;
export const ExportMyDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportMyData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportMyData"}}]}}]} as unknown as DocumentNode<ExportMyDataMutation, ExportMyDataMutationVariables>;
export const EraseMyAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EraseMyAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confirmation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eraseMyAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"confirmation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confirmation"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardsAnonymised"}},{"kind":"Field","name":{"kind":"Name","value":"sharesDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"erasedAt"}}]}}]}}]} as unknown as DocumentNode<EraseMyAccountMutation, EraseMyAccountMutationVariables>;
export const IssueAwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueAward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueAwardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueAward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AwardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AwardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Award"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"learnerId"}},{"kind":"Field","name":{"kind":"Name","value":"kid"}},{"kind":"Field","name":{"kind":"Name","value":"credentialJwt"}},{"kind":"Field","name":{"kind":"Name","value":"openBadgeJwt"}},{"kind":"Field","name":{"kind":"Name","value":"credential"}},{"kind":"Field","name":{"kind":"Name","value":"statusListCredential"}},{"kind":"Field","name":{"kind":"Name","value":"statusListIndex"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"microCredential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<IssueAwardMutation, IssueAwardMutationVariables>;
export const IssueAwardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueAwards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"issuerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inputs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CohortAwardInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueAwards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"issuerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"issuerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"inputs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inputs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issued"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyIssued"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"awardId"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IssueAwardsMutation, IssueAwardsMutationVariables>;
export const RevokeAwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeAward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeAward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeAwardMutation, RevokeAwardMutationVariables>;
export const SuspendAwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendAward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendAward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}}]}}]} as unknown as DocumentNode<SuspendAwardMutation, SuspendAwardMutationVariables>;
export const ReinstateAwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReinstateAward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reinstateAward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}}]}}]} as unknown as DocumentNode<ReinstateAwardMutation, ReinstateAwardMutationVariables>;
export const RotateIssuerKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateIssuerKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateIssuerKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kid"}},{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publicJwk"}}]}}]}}]} as unknown as DocumentNode<RotateIssuerKeyMutation, RotateIssuerKeyMutationVariables>;
export const AwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Award"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"award"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AwardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AwardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Award"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"learnerId"}},{"kind":"Field","name":{"kind":"Name","value":"kid"}},{"kind":"Field","name":{"kind":"Name","value":"credentialJwt"}},{"kind":"Field","name":{"kind":"Name","value":"openBadgeJwt"}},{"kind":"Field","name":{"kind":"Name","value":"credential"}},{"kind":"Field","name":{"kind":"Name","value":"statusListCredential"}},{"kind":"Field","name":{"kind":"Name","value":"statusListIndex"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"microCredential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AwardQuery, AwardQueryVariables>;
export const MyProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"personalNumber"}}]}}]}}]} as unknown as DocumentNode<MyProfileQuery, MyProfileQueryVariables>;
export const MyAwardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAwards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"awards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AwardFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AwardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Award"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"learnerId"}},{"kind":"Field","name":{"kind":"Name","value":"kid"}},{"kind":"Field","name":{"kind":"Name","value":"credentialJwt"}},{"kind":"Field","name":{"kind":"Name","value":"openBadgeJwt"}},{"kind":"Field","name":{"kind":"Name","value":"credential"}},{"kind":"Field","name":{"kind":"Name","value":"statusListCredential"}},{"kind":"Field","name":{"kind":"Name","value":"statusListIndex"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"microCredential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MyAwardsQuery, MyAwardsQueryVariables>;
export const MyAwardsAcrossTheGraphDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAwardsAcrossTheGraph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"microCredential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyAwardsAcrossTheGraphQuery, MyAwardsAcrossTheGraphQueryVariables>;
export const OrganisationAwardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationAwards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"awardsIssued"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationAwardsQuery, OrganisationAwardsQueryVariables>;
export const MicroCredentialAwardCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MicroCredentialAwardCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"microCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"awardCount"}}]}}]}}]} as unknown as DocumentNode<MicroCredentialAwardCountQuery, MicroCredentialAwardCountQueryVariables>;
export const MyAwardsWithIssuersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAwardsWithIssuers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyAwardsWithIssuersQuery, MyAwardsWithIssuersQueryVariables>;
export const EscoSkillDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EscoSkill"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uri"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"en","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escoSkill"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uri"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uri"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"skillType"}},{"kind":"Field","name":{"kind":"Name","value":"reuseLevel"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"altLabels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"description"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"broaderSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}}]}},{"kind":"Field","name":{"kind":"Name","value":"narrowerSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"microCredentials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EscoSkillQuery, EscoSkillQueryVariables>;
export const EscoSkillsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EscoSkills"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"en","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escoSkills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"skillType"}}]}}]}}]} as unknown as DocumentNode<EscoSkillsQuery, EscoSkillsQueryVariables>;
export const EscoOccupationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EscoOccupation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uri"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escoOccupation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uri"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uri"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"iscoGroup"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLabel"}},{"kind":"Field","name":{"kind":"Name","value":"essentialSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"optionalSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}}]}},{"kind":"Field","name":{"kind":"Name","value":"microCredentials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EscoOccupationQuery, EscoOccupationQueryVariables>;
export const EscoOccupationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EscoOccupations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"en","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escoOccupations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}}]}}]} as unknown as DocumentNode<EscoOccupationsQuery, EscoOccupationsQueryVariables>;
export const DefineQualificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DefineQualification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DefineQualificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defineQualification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"requiredCount"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}},{"kind":"Field","name":{"kind":"Name","value":"microCredential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DefineQualificationMutation, DefineQualificationMutationVariables>;
export const QualificationProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QualificationProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"qualification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"requiredCount"}},{"kind":"Field","name":{"kind":"Name","value":"missingMandatory"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}}]}}]}}]} as unknown as DocumentNode<QualificationProgressQuery, QualificationProgressQueryVariables>;
export const QualificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Qualifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<QualificationsQuery, QualificationsQueryVariables>;
export const DraftMicroCredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftMicroCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DraftMicroCredentialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftMicroCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntryDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntryDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicroCredential"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"learningOutcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escoSkillUris"}},{"kind":"Field","name":{"kind":"Name","value":"escoSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLabel"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workloadHours"}},{"kind":"Field","name":{"kind":"Name","value":"ectsCredits"}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"eqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"eqfLevelUri"}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevelUri"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentType"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentDescription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participationForm"}},{"kind":"Field","name":{"kind":"Name","value":"qualityAssurance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"credentialType"}},{"kind":"Field","name":{"kind":"Name","value":"supervision"}},{"kind":"Field","name":{"kind":"Name","value":"prerequisites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"fieldName"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"stackability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"furtherInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"furtherInformationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredReason"}},{"kind":"Field","name":{"kind":"Name","value":"accreditationId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<DraftMicroCredentialMutation, DraftMicroCredentialMutationVariables>;
export const UpdateMicroCredentialDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMicroCredentialDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MicroCredentialContentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMicroCredentialDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntryDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntryDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicroCredential"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"learningOutcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escoSkillUris"}},{"kind":"Field","name":{"kind":"Name","value":"escoSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLabel"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workloadHours"}},{"kind":"Field","name":{"kind":"Name","value":"ectsCredits"}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"eqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"eqfLevelUri"}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevelUri"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentType"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentDescription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participationForm"}},{"kind":"Field","name":{"kind":"Name","value":"qualityAssurance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"credentialType"}},{"kind":"Field","name":{"kind":"Name","value":"supervision"}},{"kind":"Field","name":{"kind":"Name","value":"prerequisites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"fieldName"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"stackability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"furtherInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"furtherInformationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredReason"}},{"kind":"Field","name":{"kind":"Name","value":"accreditationId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<UpdateMicroCredentialDraftMutation, UpdateMicroCredentialDraftMutationVariables>;
export const PublishMicroCredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishMicroCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishMicroCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"accreditationId"}}]}}]}}]} as unknown as DocumentNode<PublishMicroCredentialMutation, PublishMicroCredentialMutationVariables>;
export const ReviseMicroCredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviseMicroCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseMicroCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntryDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntryDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicroCredential"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"learningOutcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escoSkillUris"}},{"kind":"Field","name":{"kind":"Name","value":"escoSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLabel"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workloadHours"}},{"kind":"Field","name":{"kind":"Name","value":"ectsCredits"}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"eqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"eqfLevelUri"}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevelUri"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentType"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentDescription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participationForm"}},{"kind":"Field","name":{"kind":"Name","value":"qualityAssurance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"credentialType"}},{"kind":"Field","name":{"kind":"Name","value":"supervision"}},{"kind":"Field","name":{"kind":"Name","value":"prerequisites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"fieldName"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"stackability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"furtherInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"furtherInformationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredReason"}},{"kind":"Field","name":{"kind":"Name","value":"accreditationId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<ReviseMicroCredentialMutation, ReviseMicroCredentialMutationVariables>;
export const RetireMicroCredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireMicroCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireMicroCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredReason"}}]}}]}}]} as unknown as DocumentNode<RetireMicroCredentialMutation, RetireMicroCredentialMutationVariables>;
export const MicroCredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MicroCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"microCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntryDetails"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"supersededBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntryDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicroCredential"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"learningOutcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escoSkillUris"}},{"kind":"Field","name":{"kind":"Name","value":"escoSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLabel"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workloadHours"}},{"kind":"Field","name":{"kind":"Name","value":"ectsCredits"}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"eqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"eqfLevelUri"}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevelUri"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentType"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentDescription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participationForm"}},{"kind":"Field","name":{"kind":"Name","value":"qualityAssurance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"credentialType"}},{"kind":"Field","name":{"kind":"Name","value":"supervision"}},{"kind":"Field","name":{"kind":"Name","value":"prerequisites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"fieldName"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"stackability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"furtherInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"furtherInformationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredReason"}},{"kind":"Field","name":{"kind":"Name","value":"accreditationId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<MicroCredentialQuery, MicroCredentialQueryVariables>;
export const SearchMicroCredentialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchMicroCredentials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MicroCredentialFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"microCredentials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"workloadHours"}},{"kind":"Field","name":{"kind":"Name","value":"participationForm"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seqfLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"eqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchMicroCredentialsQuery, SearchMicroCredentialsQueryVariables>;
export const MicroCredentialsWithProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MicroCredentialsWithProviders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MicroCredentialFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"microCredentials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MicroCredentialsWithProvidersQuery, MicroCredentialsWithProvidersQueryVariables>;
export const GrantIssuingRightDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantIssuingRight"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantIssuingRightInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantIssuingRight"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<GrantIssuingRightMutation, GrantIssuingRightMutationVariables>;
export const WithdrawIssuingRightDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawIssuingRight"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawIssuingRight"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<WithdrawIssuingRightMutation, WithdrawIssuingRightMutationVariables>;
export const IssuersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Issuers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"microCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"issuers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}]}]}}]}}]} as unknown as DocumentNode<IssuersQuery, IssuersQueryVariables>;
export const SeqfLevelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeqfLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seqfLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"eqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"eqfLevelUri"}},{"kind":"Field","name":{"kind":"Name","value":"schemeUri"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thematicFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"broadField"}}]}}]}}]} as unknown as DocumentNode<SeqfLevelsQuery, SeqfLevelsQueryVariables>;
export const HealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accreditationHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subgraph"}},{"kind":"Field","name":{"kind":"Name","value":"database"}}]}},{"kind":"Field","name":{"kind":"Name","value":"catalogueHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subgraph"}},{"kind":"Field","name":{"kind":"Name","value":"database"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awardsHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subgraph"}},{"kind":"Field","name":{"kind":"Name","value":"database"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verificationHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subgraph"}},{"kind":"Field","name":{"kind":"Name","value":"database"}}]}}]}}]} as unknown as DocumentNode<HealthQuery, HealthQueryVariables>;
export const MicroCredentialStatusesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MicroCredentialStatuses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MicroCredentialFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"microCredentials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MicroCredentialStatusesQuery, MicroCredentialStatusesQueryVariables>;
export const EuropassAwardsIssuedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EuropassAwardsIssued"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"awardsIssued"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"credentialJwt"}},{"kind":"Field","name":{"kind":"Name","value":"europass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"credential"}},{"kind":"Field","name":{"kind":"Name","value":"sealed"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EuropassAwardsIssuedQuery, EuropassAwardsIssuedQueryVariables>;
export const EuropassMyAwardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EuropassMyAwards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"awards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"credentialJwt"}},{"kind":"Field","name":{"kind":"Name","value":"europass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"sealed"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"awards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EuropassMyAwardsQuery, EuropassMyAwardsQueryVariables>;
export const EuropassLearningOpportunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EuropassLearningOpportunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"microCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"europass"}}]}}]}}]} as unknown as DocumentNode<EuropassLearningOpportunityQuery, EuropassLearningOpportunityQueryVariables>;
export const RegisterOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}}]}}]} as unknown as DocumentNode<RegisterOrganisationMutation, RegisterOrganisationMutationVariables>;
export const OrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"microCredentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevel"}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationQuery, OrganisationQueryVariables>;
export const OrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationsQuery, OrganisationsQueryVariables>;
export const PagesLearnerAwardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PagesLearnerAwards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"awards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"credentialJwt"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"microCredential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entryId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"openings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PagesLearnerAwardsQuery, PagesLearnerAwardsQueryVariables>;
export const CompetenceStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompetenceStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsDimension"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grain"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodGrain"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competenceStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"grain"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grain"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minimumLearners"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awards"}},{"kind":"Field","name":{"kind":"Name","value":"learners"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAwards"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awards"}},{"kind":"Field","name":{"kind":"Name","value":"learners"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAwards"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<CompetenceStatisticsQuery, CompetenceStatisticsQueryVariables>;
export const CompetenceTimeSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompetenceTimeSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dimension"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsDimension"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grain"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodGrain"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competenceTimeSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dimension"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dimension"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}},{"kind":"Argument","name":{"kind":"Name","value":"grain"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grain"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"awards"}},{"kind":"Field","name":{"kind":"Name","value":"learners"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<CompetenceTimeSeriesQuery, CompetenceTimeSeriesQueryVariables>;
export const TopSkillsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TopSkills"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topSkills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"learners"}}]}}]}}]} as unknown as DocumentNode<TopSkillsQuery, TopSkillsQueryVariables>;
export const OccupationCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OccupationCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"occupation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupationCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"occupation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"occupation"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupation"}},{"kind":"Field","name":{"kind":"Name","value":"essentialSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skill"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLabel"}},{"kind":"Field","name":{"kind":"Name","value":"learners"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<OccupationCoverageQuery, OccupationCoverageQueryVariables>;
export const VerifyCredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"credential"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"credential"},"value":{"kind":"Variable","name":{"kind":"Name","value":"credential"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerificationReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerificationReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VerificationReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"summarySv"}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonSv"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"credentialId"}},{"kind":"Field","name":{"kind":"Name","value":"learnerName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuerId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"credentialType"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"microCredential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<VerifyCredentialQuery, VerifyCredentialQueryVariables>;
export const VerifyCredentialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyCredentials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"credentials"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyCredentials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"credentials"},"value":{"kind":"Variable","name":{"kind":"Name","value":"credentials"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerificationReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerificationReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VerificationReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"summarySv"}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonSv"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"credentialId"}},{"kind":"Field","name":{"kind":"Name","value":"learnerName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuerId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"credentialType"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"microCredential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<VerifyCredentialsQuery, VerifyCredentialsQueryVariables>;
export const VerifyCredentialsBriefDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyCredentialsBrief"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"credentials"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyCredentials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"credentials"},"value":{"kind":"Variable","name":{"kind":"Name","value":"credentials"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonSv"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyCredentialsBriefQuery, VerifyCredentialsBriefQueryVariables>;
export const VerifyShareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyShare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyShare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"recipientLabel"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerificationReportFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerificationReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VerificationReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"summarySv"}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonSv"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"credentialId"}},{"kind":"Field","name":{"kind":"Name","value":"learnerName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuerId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"credentialType"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"microCredential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<VerifyShareQuery, VerifyShareQueryVariables>;