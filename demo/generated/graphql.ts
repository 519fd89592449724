/* GENERATED FILE: do not edit by hand. Made by `npm run codegen` from demo/operations. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type IssueOutcome =
  /** Issued before with the same idempotency key (a retry): the same award. */
  | 'ALREADY_ISSUED'
  /** Not issued; `error` says why. */
  | 'FAILED'
  /** Issued by this call. */
  | 'ISSUED';

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

/** Stand-alone, or part of a larger qualification or partial qualification (see stackability.qualifications). */
export type StackabilityKind =
  | 'STACKABLE'
  | 'STAND_ALONE';

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

/** The overall answer of a verification. */
export type Verdict =
  /** At least one check FAILED: do not rely on the credential (the failed checks say why). */
  | 'INVALID'
  /** The signature could not be checked (the issuer's keys could not be read, because of load or an outage): nothing was shown wrong, nothing is confirmed; ask again later. Never said of a credential shown to be bad. */
  | 'UNDECIDED'
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
  /** It parses, in one of the three forms: vc+jwt or the Open Badges 3.0 JWT (typ JWT), alg EdDSA, ES256 or RS256, a kid; or JSON with one eddsa-rdfc-2022 Data Integrity proof. The credential is VC 2.0 with its mandatory elements. */
  | 'FORMAT'
  /** The signature or proof verifies with the issuer's key that kid (or the proof's verificationMethod) names, valid on the issue date and not revoked as compromised before it. */
  | 'SIGNATURE'
  /** Neither revoked nor suspended, by the issuer's published status list. */
  | 'STATUS';

export type VerificationCheckStatus =
  | 'FAILED'
  | 'OK'
  | 'SKIPPED';

export type DemoRegisterOrganisationMutationVariables = Exact<{
  input: RegisterOrganisationInput;
}>;


export type DemoRegisterOrganisationMutation = { registerOrganisation: { id: string, legalName: string, createdAt: string } };

export type DemoOrganisationQueryVariables = Exact<{
  id: string | number;
}>;


export type DemoOrganisationQuery = { organisation: { id: string, legalName: string, createdAt: string } | null };

export type DemoTrustRootQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoTrustRootQuery = { trustRoot: { id: string, legalName: string, organisationNumber: string } | null };

export type DemoGrantAccreditationMutationVariables = Exact<{
  input: GrantAccreditationInput;
}>;


export type DemoGrantAccreditationMutation = { grantAccreditation: { id: string, decisionReference: string, seqfLevels: Array<number>, fields: Array<string>, credentialTypes: Array<CredentialType>, validFrom: string, validUntil: string | null, status: AccreditationStatus, grantedAt: string } };

export type DemoProviderEntriesQueryVariables = Exact<{
  id: string | number;
}>;


export type DemoProviderEntriesQuery = { organisation: { id: string, microCredentials: Array<{ id: string, entryId: string, code: string, version: number, status: EntryStatus, publishedVersion: { id: string } | null }> | null } | null };

export type DemoDraftMicroCredentialMutationVariables = Exact<{
  input: DraftMicroCredentialInput;
}>;


export type DemoDraftMicroCredentialMutation = { draftMicroCredential: { id: string, entryId: string, code: string, version: number, status: EntryStatus } };

export type DemoPublishMicroCredentialMutationVariables = Exact<{
  id: string | number;
}>;


export type DemoPublishMicroCredentialMutation = { publishMicroCredential: { id: string, entryId: string, code: string, version: number, status: EntryStatus, publishedAt: string | null, title: { sv: string | null, en: string | null } } };

export type DemoIssueAwardsMutationVariables = Exact<{
  issuerId: string | number;
  inputs: Array<CohortAwardInput> | CohortAwardInput;
}>;


export type DemoIssueAwardsMutation = { issueAwards: { issued: number, alreadyIssued: number, failed: number, results: Array<{ index: number, idempotencyKey: string, outcome: IssueOutcome, awardId: string | null, error: { code: string, message: string, field: string | null } | null }> } };

export type DemoAwardQueryVariables = Exact<{
  id: string | number;
}>;


export type DemoAwardQuery = { award: { id: string, status: AwardStatus, learnerId: string | null, title: string } | null };

export type DemoRevokeAwardMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type DemoRevokeAwardMutation = { revokeAward: { id: string, status: AwardStatus, statusReason: string | null } };

export type DemoSuspendAwardMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type DemoSuspendAwardMutation = { suspendAward: { id: string, status: AwardStatus, statusReason: string | null } };

export type DemoMeQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoMeQuery = { me: { id: string, name: string | null, awards: Array<{ id: string, title: string, issuedOn: string, status: AwardStatus, issuer: { id: string, legalName: string } | null, microCredential: { id: string, code: string } | null }>, shares: Array<{ id: string, recipientLabel: string, expiresAt: string, state: ShareState, token: string, url: string, awards: Array<{ id: string }>, openings: Array<{ kind: ShareOpeningKind, outcome: ShareState, openedAt: string }> }> } | null };

export type DemoCreateShareMutationVariables = Exact<{
  input: CreateShareInput;
}>;


export type DemoCreateShareMutation = { createShare: { id: string, recipientLabel: string, expiresAt: string, state: ShareState, token: string, url: string } };

export type DemoVerifyShareQueryVariables = Exact<{
  token: string;
}>;


export type DemoVerifyShareQuery = { verifyShare: { state: ShareState, recipientLabel: string | null, expiresAt: string | null, credentials: Array<{ verdict: Verdict, summary: string, summarySv: string, learnerName: string | null, title: string | null, issuerName: string | null, issuedAt: string | null, checks: Array<{ check: VerificationCheckKind, status: VerificationCheckStatus, reason: string, reasonSv: string }> }> } | null };

export type DemoStatisticsQueryVariables = Exact<{
  filter?: StatisticsFilter | null | undefined;
}>;


export type DemoStatisticsQuery = { competenceStatistics: { minimumLearners: number, maximumDeviation: number, total: { awards: number | null, learners: number | null, suspendedAwards: number | null, suppressed: boolean } } | null };

export type DemoDefineQualificationMutationVariables = Exact<{
  input: DefineQualificationInput;
}>;


export type DemoDefineQualificationMutation = { defineQualification: { id: string, code: string } };


export const DemoRegisterOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DemoRegisterOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<DemoRegisterOrganisationMutation, DemoRegisterOrganisationMutationVariables>;
export const DemoOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<DemoOrganisationQuery, DemoOrganisationQueryVariables>;
export const DemoTrustRootDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoTrustRoot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trustRoot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}}]}}]}}]} as unknown as DocumentNode<DemoTrustRootQuery, DemoTrustRootQueryVariables>;
export const DemoGrantAccreditationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DemoGrantAccreditation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantAccreditationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantAccreditation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReference"}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevels"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"credentialTypes"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}}]}}]}}]} as unknown as DocumentNode<DemoGrantAccreditationMutation, DemoGrantAccreditationMutationVariables>;
export const DemoProviderEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoProviderEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"microCredentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DemoProviderEntriesQuery, DemoProviderEntriesQueryVariables>;
export const DemoDraftMicroCredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DemoDraftMicroCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DraftMicroCredentialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftMicroCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DemoDraftMicroCredentialMutation, DemoDraftMicroCredentialMutationVariables>;
export const DemoPublishMicroCredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DemoPublishMicroCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishMicroCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<DemoPublishMicroCredentialMutation, DemoPublishMicroCredentialMutationVariables>;
export const DemoIssueAwardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DemoIssueAwards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"issuerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inputs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CohortAwardInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueAwards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"issuerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"issuerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"inputs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inputs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issued"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyIssued"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"awardId"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DemoIssueAwardsMutation, DemoIssueAwardsMutationVariables>;
export const DemoAwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoAward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"award"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"learnerId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<DemoAwardQuery, DemoAwardQueryVariables>;
export const DemoRevokeAwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DemoRevokeAward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeAward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}}]}}]} as unknown as DocumentNode<DemoRevokeAwardMutation, DemoRevokeAwardMutationVariables>;
export const DemoSuspendAwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DemoSuspendAward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendAward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}}]}}]} as unknown as DocumentNode<DemoSuspendAwardMutation, DemoSuspendAwardMutationVariables>;
export const DemoMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"awards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"microCredential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipientLabel"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"awards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DemoMeQuery, DemoMeQueryVariables>;
export const DemoCreateShareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DemoCreateShare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateShareInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createShare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipientLabel"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<DemoCreateShareMutation, DemoCreateShareMutationVariables>;
export const DemoVerifyShareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoVerifyShare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyShare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"recipientLabel"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"summarySv"}},{"kind":"Field","name":{"kind":"Name","value":"learnerName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuerName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonSv"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DemoVerifyShareQuery, DemoVerifyShareQueryVariables>;
export const DemoStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competenceStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ISSUER"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minimumLearners"}},{"kind":"Field","name":{"kind":"Name","value":"maximumDeviation"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awards"}},{"kind":"Field","name":{"kind":"Name","value":"learners"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAwards"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<DemoStatisticsQuery, DemoStatisticsQueryVariables>;
export const DemoDefineQualificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DemoDefineQualification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DefineQualificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defineQualification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<DemoDefineQualificationMutation, DemoDefineQualificationMutationVariables>;