/* GENERATED FILE: do not edit by hand. Made by `npm run codegen` from web/operations. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** The lifecycle of a version of a catalogue entry. */
export type EntryStatus =
  /** Being written; only its provider and authorities see it. The only state that can change. */
  | 'DRAFT'
  /** In the national catalogue and immutable. At most one version of an entry is published at a time: the one searches show. */
  | 'PUBLISHED'
  /** No longer offered: superseded by a newer version (see supersededBy) or withdrawn by its provider. Awards issued against it stay valid. */
  | 'RETIRED';

export type IssuingBasis =
  /** A right the creator granted, with its own dates. */
  | 'GRANTED'
  /** The creator of the entry, who may always issue it while a version is published. */
  | 'OWNER';

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

/** Form of participation in the learning activity. */
export type ParticipationForm =
  | 'BLENDED'
  | 'ONLINE'
  | 'ON_SITE';

export type PeriodGrain =
  | 'MONTH'
  | 'QUARTER'
  | 'YEAR';

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

export type EntrySummaryFragment = { id: string, entryId: string, seqfLevel: number, eqfLevel: number, workloadHours: number | null, field: string | null, fieldName: string | null, credentialType: CredentialType | null, participationForm: ParticipationForm | null, title: { sv: string | null, en: string | null }, description: { sv: string | null, en: string | null } | null, provider: { id: string, legalName: string } };

export type PageCatalogueSearchQueryVariables = Exact<{
  search?: string | null | undefined;
  filter?: MicroCredentialFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type PageCatalogueSearchQuery = { microCredentials: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, entryId: string, seqfLevel: number, eqfLevel: number, workloadHours: number | null, field: string | null, fieldName: string | null, credentialType: CredentialType | null, participationForm: ParticipationForm | null, title: { sv: string | null, en: string | null }, description: { sv: string | null, en: string | null } | null, provider: { id: string, legalName: string } }>, facets: { seqfLevels: Array<{ seqfLevel: number, eqfLevel: number, count: number }>, fields: Array<{ code: string, name: string, count: number }>, providers: Array<{ count: number, provider: { id: string, legalName: string } }> } } };

export type PageCatalogueEntryQueryVariables = Exact<{
  entryId: string | number;
  language: string;
}>;


export type PageCatalogueEntryQuery = { microCredential: { code: string, version: number, status: EntryStatus, ectsCredits: number | null, eqfLevelUri: string, seqfLevelUri: string, assessmentType: AssessmentType | null, supervision: Supervision | null, language: string | null, furtherInformationUrl: string | null, publishedAt: string | null, accreditationId: string | null, id: string, entryId: string, seqfLevel: number, eqfLevel: number, workloadHours: number | null, field: string | null, fieldName: string | null, credentialType: CredentialType | null, participationForm: ParticipationForm | null, assessmentDescription: { sv: string | null, en: string | null } | null, qualityAssurance: { type: QualityAssuranceType, description: { sv: string | null, en: string | null } | null } | null, prerequisites: { sv: string | null, en: string | null } | null, furtherInformation: { sv: string | null, en: string | null } | null, learningOutcomes: Array<{ text: { sv: string | null, en: string | null }, escoSkills: Array<{ uri: string, preferredLabel: string | null }> }>, stackability: { kind: StackabilityKind, description: { sv: string | null, en: string | null } | null, qualifications: Array<{ id: string, title: { sv: string | null, en: string | null } }> } | null, issuers: Array<{ basis: IssuingBasis, validFrom: string, validUntil: string | null, withdrawnAt: string | null, organisation: { id: string, legalName: string } }>, provider: { id: string, legalName: string, region: string | null, website: string | null }, title: { sv: string | null, en: string | null }, description: { sv: string | null, en: string | null } | null } };

export type FiguresFragment = { awards: number | null, learners: number | null, suspendedAwards: number | null, suppressed: boolean, learnersEstimated: boolean, values: Array<{ dimension: StatisticsDimension, value: string }> };

export type PageStatisticsQueryVariables = Exact<{
  groupBy: Array<StatisticsDimension> | StatisticsDimension;
  filter?: StatisticsFilter | null | undefined;
  grain: PeriodGrain;
}>;


export type PageStatisticsQuery = { competenceStatistics: { minimumLearners: number, total: { awards: number | null, learners: number | null, suspendedAwards: number | null, suppressed: boolean, learnersEstimated: boolean }, cells: Array<{ awards: number | null, learners: number | null, suspendedAwards: number | null, suppressed: boolean, learnersEstimated: boolean, values: Array<{ dimension: StatisticsDimension, value: string }> }> } };

export type PageTimeSeriesQueryVariables = Exact<{
  dimension: StatisticsDimension;
  value: string;
  grain: PeriodGrain;
  filter?: StatisticsFilter | null | undefined;
}>;


export type PageTimeSeriesQuery = { competenceTimeSeries: Array<{ period: string, awards: number | null, learners: number | null, suspendedAwards: number | null, suppressed: boolean, learnersEstimated: boolean }> };

export type PageOccupationCoverageQueryVariables = Exact<{
  occupation: string;
  filter?: StatisticsFilter | null | undefined;
}>;


export type PageOccupationCoverageQuery = { occupationCoverage: { occupation: string, essentialSkills: Array<{ skill: string, preferredLabel: string | null, awards: number | null, learners: number | null, suspendedAwards: number | null, suppressed: boolean, learnersEstimated: boolean }> } };

export type PageOccupationsQueryVariables = Exact<{
  search: string;
  language: string;
}>;


export type PageOccupationsQuery = { escoOccupations: Array<{ uri: string, preferredLabel: string | null }> };

export type ReportFieldsFragment = { verdict: Verdict, summary: string, summarySv: string, verifiedAt: string, credentialId: string | null, learnerName: string | null, title: string | null, issuerId: string | null, issuerName: string | null, issuedAt: string | null, validUntil: string | null, seqfLevel: number | null, credentialType: CredentialType | null, skills: Array<{ uri: string, name: string | null }>, checks: Array<{ check: VerificationCheckKind, status: VerificationCheckStatus, reason: string, reasonSv: string }>, microCredential: { id: string, entryId: string, title: { sv: string | null, en: string | null } } | null, issuer: { id: string, legalName: string } | null };

export type PageVerifyCredentialQueryVariables = Exact<{
  credential: string;
}>;


export type PageVerifyCredentialQuery = { verifyCredential: { verdict: Verdict, summary: string, summarySv: string, verifiedAt: string, credentialId: string | null, learnerName: string | null, title: string | null, issuerId: string | null, issuerName: string | null, issuedAt: string | null, validUntil: string | null, seqfLevel: number | null, credentialType: CredentialType | null, skills: Array<{ uri: string, name: string | null }>, checks: Array<{ check: VerificationCheckKind, status: VerificationCheckStatus, reason: string, reasonSv: string }>, microCredential: { id: string, entryId: string, title: { sv: string | null, en: string | null } } | null, issuer: { id: string, legalName: string } | null } };

export type PageVerifyShareQueryVariables = Exact<{
  token: string;
}>;


export type PageVerifyShareQuery = { verifyShare: { state: ShareState, recipientLabel: string | null, expiresAt: string | null, credentials: Array<{ verdict: Verdict, summary: string, summarySv: string, verifiedAt: string, credentialId: string | null, learnerName: string | null, title: string | null, issuerId: string | null, issuerName: string | null, issuedAt: string | null, validUntil: string | null, seqfLevel: number | null, credentialType: CredentialType | null, skills: Array<{ uri: string, name: string | null }>, checks: Array<{ check: VerificationCheckKind, status: VerificationCheckStatus, reason: string, reasonSv: string }>, microCredential: { id: string, entryId: string, title: { sv: string | null, en: string | null } } | null, issuer: { id: string, legalName: string } | null }> } };

export type WalletAwardFragment = { id: string, title: string, issuedOn: string, issuedAt: string, validUntil: string | null, status: AwardStatus, statusReason: string | null, grade: string | null, credentialJwt: string | null, credential: unknown, microCredential: { id: string, entryId: string, seqfLevel: number, title: { sv: string | null, en: string | null }, learningOutcomes: Array<{ text: { sv: string | null, en: string | null }, escoSkills: Array<{ uri: string, preferredLabel: string | null, en: string | null }> }> }, issuer: { id: string, legalName: string } };

export type WalletShareFragment = { id: string, recipientLabel: string, expiresAt: string, createdAt: string, withdrawnAt: string | null, state: ShareState, url: string, awards: Array<{ id: string, title: string }>, openings: Array<{ kind: ShareOpeningKind, outcome: ShareState, openedAt: string }> };

export type PageWalletQueryVariables = Exact<{ [key: string]: never; }>;


export type PageWalletQuery = { me: { id: string, name: string | null, awards: Array<{ id: string, title: string, issuedOn: string, issuedAt: string, validUntil: string | null, status: AwardStatus, statusReason: string | null, grade: string | null, credentialJwt: string | null, credential: unknown, microCredential: { id: string, entryId: string, seqfLevel: number, title: { sv: string | null, en: string | null }, learningOutcomes: Array<{ text: { sv: string | null, en: string | null }, escoSkills: Array<{ uri: string, preferredLabel: string | null, en: string | null }> }> }, issuer: { id: string, legalName: string } }>, shares: Array<{ id: string, recipientLabel: string, expiresAt: string, createdAt: string, withdrawnAt: string | null, state: ShareState, url: string, awards: Array<{ id: string, title: string }>, openings: Array<{ kind: ShareOpeningKind, outcome: ShareState, openedAt: string }> }> } };

export type PageCreateShareMutationVariables = Exact<{
  input: CreateShareInput;
}>;


export type PageCreateShareMutation = { createShare: { id: string, recipientLabel: string, expiresAt: string, createdAt: string, withdrawnAt: string | null, state: ShareState, url: string, awards: Array<{ id: string, title: string }>, openings: Array<{ kind: ShareOpeningKind, outcome: ShareState, openedAt: string }> } };

export type PageWithdrawShareMutationVariables = Exact<{
  id: string | number;
}>;


export type PageWithdrawShareMutation = { withdrawShare: { id: string, recipientLabel: string, expiresAt: string, createdAt: string, withdrawnAt: string | null, state: ShareState, url: string, awards: Array<{ id: string, title: string }>, openings: Array<{ kind: ShareOpeningKind, outcome: ShareState, openedAt: string }> } };

export type PageExportMyDataMutationVariables = Exact<{ [key: string]: never; }>;


export type PageExportMyDataMutation = { exportMyData: unknown };

export type PageEraseMyAccountMutationVariables = Exact<{
  confirmation: string;
}>;


export type PageEraseMyAccountMutation = { eraseMyAccount: { awardsAnonymised: number, sharesDeleted: number, erasedAt: string } };

export const EntrySummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntrySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicroCredential"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"eqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"workloadHours"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"fieldName"}},{"kind":"Field","name":{"kind":"Name","value":"credentialType"}},{"kind":"Field","name":{"kind":"Name","value":"participationForm"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<EntrySummaryFragment, unknown>;
export const FiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Figures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awards"}},{"kind":"Field","name":{"kind":"Name","value":"learners"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAwards"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"learnersEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<FiguresFragment, unknown>;
export const ReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VerificationReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"summarySv"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"credentialId"}},{"kind":"Field","name":{"kind":"Name","value":"learnerName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuerId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"credentialType"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonSv"}}]}},{"kind":"Field","name":{"kind":"Name","value":"microCredential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<ReportFieldsFragment, unknown>;
export const WalletAwardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletAward"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Award"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"credentialJwt"}},{"kind":"Field","name":{"kind":"Name","value":"credential"}},{"kind":"Field","name":{"kind":"Name","value":"microCredential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"learningOutcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escoSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"StringValue","value":"sv","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"en"},"name":{"kind":"Name","value":"preferredLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"StringValue","value":"en","block":false}}]}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<WalletAwardFragment, unknown>;
export const WalletShareFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletShare"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Share"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipientLabel"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"awards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}}]}}]}}]} as unknown as DocumentNode<WalletShareFragment, unknown>;
export const PageCatalogueSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PageCatalogueSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MicroCredentialFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"microCredentials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntrySummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seqfLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"eqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntrySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicroCredential"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"eqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"workloadHours"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"fieldName"}},{"kind":"Field","name":{"kind":"Name","value":"credentialType"}},{"kind":"Field","name":{"kind":"Name","value":"participationForm"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<PageCatalogueSearchQuery, PageCatalogueSearchQueryVariables>;
export const PageCatalogueEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PageCatalogueEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"microCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntrySummary"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ectsCredits"}},{"kind":"Field","name":{"kind":"Name","value":"eqfLevelUri"}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevelUri"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentType"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentDescription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualityAssurance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervision"}},{"kind":"Field","name":{"kind":"Name","value":"prerequisites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"furtherInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"furtherInformationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"accreditationId"}},{"kind":"Field","name":{"kind":"Name","value":"learningOutcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escoSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"stackability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntrySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicroCredential"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"eqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"workloadHours"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"fieldName"}},{"kind":"Field","name":{"kind":"Name","value":"credentialType"}},{"kind":"Field","name":{"kind":"Name","value":"participationForm"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<PageCatalogueEntryQuery, PageCatalogueEntryQueryVariables>;
export const PageStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PageStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsDimension"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grain"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodGrain"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competenceStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"grain"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grain"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minimumLearners"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awards"}},{"kind":"Field","name":{"kind":"Name","value":"learners"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAwards"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"learnersEstimated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figures"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Figures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awards"}},{"kind":"Field","name":{"kind":"Name","value":"learners"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAwards"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"learnersEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<PageStatisticsQuery, PageStatisticsQueryVariables>;
export const PageTimeSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PageTimeSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dimension"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsDimension"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grain"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodGrain"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competenceTimeSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dimension"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dimension"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}},{"kind":"Argument","name":{"kind":"Name","value":"grain"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grain"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"awards"}},{"kind":"Field","name":{"kind":"Name","value":"learners"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAwards"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"learnersEstimated"}}]}}]}}]} as unknown as DocumentNode<PageTimeSeriesQuery, PageTimeSeriesQueryVariables>;
export const PageOccupationCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PageOccupationCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"occupation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupationCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"occupation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"occupation"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupation"}},{"kind":"Field","name":{"kind":"Name","value":"essentialSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skill"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLabel"}},{"kind":"Field","name":{"kind":"Name","value":"awards"}},{"kind":"Field","name":{"kind":"Name","value":"learners"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAwards"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"learnersEstimated"}}]}}]}}]}}]} as unknown as DocumentNode<PageOccupationCoverageQuery, PageOccupationCoverageQueryVariables>;
export const PageOccupationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PageOccupations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escoOccupations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}}]}}]} as unknown as DocumentNode<PageOccupationsQuery, PageOccupationsQueryVariables>;
export const PageVerifyCredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PageVerifyCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"credential"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"credential"},"value":{"kind":"Variable","name":{"kind":"Name","value":"credential"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VerificationReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"summarySv"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"credentialId"}},{"kind":"Field","name":{"kind":"Name","value":"learnerName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuerId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"credentialType"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonSv"}}]}},{"kind":"Field","name":{"kind":"Name","value":"microCredential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<PageVerifyCredentialQuery, PageVerifyCredentialQueryVariables>;
export const PageVerifyShareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PageVerifyShare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyShare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"recipientLabel"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VerificationReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"summarySv"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"credentialId"}},{"kind":"Field","name":{"kind":"Name","value":"learnerName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuerId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"credentialType"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonSv"}}]}},{"kind":"Field","name":{"kind":"Name","value":"microCredential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<PageVerifyShareQuery, PageVerifyShareQueryVariables>;
export const PageWalletDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PageWallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"awards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletAward"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletShare"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletAward"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Award"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"credentialJwt"}},{"kind":"Field","name":{"kind":"Name","value":"credential"}},{"kind":"Field","name":{"kind":"Name","value":"microCredential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"learningOutcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escoSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"StringValue","value":"sv","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"en"},"name":{"kind":"Name","value":"preferredLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"StringValue","value":"en","block":false}}]}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletShare"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Share"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipientLabel"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"awards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}}]}}]}}]} as unknown as DocumentNode<PageWalletQuery, PageWalletQueryVariables>;
export const PageCreateShareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PageCreateShare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateShareInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createShare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletShare"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletShare"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Share"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipientLabel"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"awards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}}]}}]}}]} as unknown as DocumentNode<PageCreateShareMutation, PageCreateShareMutationVariables>;
export const PageWithdrawShareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PageWithdrawShare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawShare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WalletShare"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WalletShare"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Share"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipientLabel"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"awards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}}]}}]}}]} as unknown as DocumentNode<PageWithdrawShareMutation, PageWithdrawShareMutationVariables>;
export const PageExportMyDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PageExportMyData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportMyData"}}]}}]} as unknown as DocumentNode<PageExportMyDataMutation, PageExportMyDataMutationVariables>;
export const PageEraseMyAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PageEraseMyAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confirmation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eraseMyAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"confirmation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confirmation"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardsAnonymised"}},{"kind":"Field","name":{"kind":"Name","value":"sharesDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"erasedAt"}}]}}]}}]} as unknown as DocumentNode<PageEraseMyAccountMutation, PageEraseMyAccountMutationVariables>;