import gql from 'graphql-tag';
import type { PeerClient } from '../../platform/peer';
import { ErrorCode, HubError } from '../../platform/errors';
import type { CredentialType } from '../../platform/vocabulary';
import type { EntryFacts, LocalisedText } from './issuing-peers';

/**
 * The awards subgraph's documented service call to the catalogue subgraph: the exact version of an entry
 * that an award is issued against, with everything the credential carries. Kept in this one file so that
 * the contract is easy to see and to adjust.
 */
const MICRO_CREDENTIAL = gql`
  query AwardsMicroCredential($id: ID!) {
    microCredential(id: $id) {
      id
      entryId
      version
      status
      title {
        sv
        en
      }
      description {
        sv
        en
      }
      learningOutcomes {
        text {
          sv
          en
        }
        escoSkills {
          uri
          preferredLabel(language: "en")
          broaderSkills {
            uri
          }
        }
      }
      workloadHours
      ectsCredits
      seqfLevel
      eqfLevel
      seqfLevelUri
      eqfLevelUri
      assessmentType
      assessmentDescription {
        sv
        en
      }
      participationForm
      qualityAssurance {
        type
        description {
          sv
          en
        }
      }
      credentialType
      supervision
      prerequisites {
        sv
        en
      }
      field
      language
      stackability {
        kind
        description {
          sv
          en
        }
      }
      furtherInformation {
        sv
        en
      }
      furtherInformationUrl
      provider {
        id
      }
      issuers {
        organisation {
          id
        }
        validFrom
        validUntil
        withdrawnAt
      }
    }
  }
`;

/**
 * The qualifications a learner's entries count towards, with the catalogue's own progress rule applied: a page of
 * qualifications at a time, each with its components and its progress for the given entries.
 */
const QUALIFICATION_PROGRESS = gql`
  query AwardsQualificationProgress($entryIds: [ID!]!, $after: String) {
    qualifications(first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        components {
          entryId
        }
        progress(entryIds: $entryIds) {
          complete
          counted
          requiredCount
          missingMandatory
          remaining
        }
      }
    }
  }
`;

/** How far some entries go towards one qualification, as the catalogue counts it. */
export interface QualificationStanding {
  qualificationId: string;
  complete: boolean;
  counted: number;
  requiredCount: number;
  missingMandatory: string[];
  remaining: number;
}

/** At most this many pages of qualifications are read for one learner (100 each). */
const MAX_QUALIFICATION_PAGES = 50;

type Text = LocalisedText | null;

interface Answer {
  microCredential: {
    id: string;
    entryId: string;
    version: number;
    status: EntryFacts['status'];
    title: Text;
    description: Text;
    learningOutcomes: { text: Text; escoSkills: { uri: string; preferredLabel: string | null; broaderSkills?: { uri: string }[] }[] }[];
    workloadHours: number | null;
    ectsCredits: number | null;
    seqfLevel: number;
    eqfLevel: number;
    seqfLevelUri: string;
    eqfLevelUri: string;
    assessmentType: string | null;
    assessmentDescription: Text;
    participationForm: string | null;
    qualityAssurance: { type: string; description: Text } | null;
    credentialType: string | null;
    supervision: string | null;
    prerequisites: Text;
    field: string | null;
    language: string | null;
    stackability: { kind: string; description: Text } | null;
    furtherInformation: Text;
    furtherInformationUrl: string | null;
    provider: { id: string };
    issuers: { organisation: { id: string }; validFrom: string; validUntil: string | null; withdrawnAt: string | null }[];
  };
}

const localised = (value: Text | undefined): LocalisedText => ({ sv: value?.sv ?? null, en: value?.en ?? null });
const either = (value: Text | undefined) => value?.sv ?? value?.en ?? null;
/** A coded value with its free text, e.g. "PRACTICAL_DEMONSTRATION: Praktiskt prov". */
const described = (code: string | null | undefined, text: Text | undefined) => [code, either(text)].filter(Boolean).join(': ') || null;

export class CataloguePeer {
  constructor(private readonly peer: PeerClient) {}

  /** The qualifications that count at least one of these entries, with how far the entries go towards each. */
  async qualificationProgress(entryIds: string[]): Promise<QualificationStanding[]> {
    if (!entryIds.length) return [];
    const held = new Set(entryIds);
    const standings: QualificationStanding[] = [];
    let after: string | null = null;
    for (let page = 0; page < MAX_QUALIFICATION_PAGES; page += 1) {
      const data: {
        qualifications: {
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          nodes: { id: string; components: { entryId: string }[]; progress: Omit<QualificationStanding, 'qualificationId'> }[];
        };
      } = await this.peer.request(QUALIFICATION_PROGRESS, { entryIds, after });
      for (const qualification of data.qualifications.nodes) {
        if (qualification.components.some((component) => held.has(component.entryId))) standings.push({ qualificationId: qualification.id, ...qualification.progress });
      }
      if (!data.qualifications.pageInfo.hasNextPage || !data.qualifications.pageInfo.endCursor) break;
      after = data.qualifications.pageInfo.endCursor;
    }
    return standings;
  }

  async microCredential(id: string): Promise<EntryFacts | null> {
    let data: Answer;
    try {
      data = await this.peer.request<Answer>(MICRO_CREDENTIAL, { id });
    } catch (error) {
      if (error instanceof HubError && error.extensions.code === ErrorCode.NOT_FOUND) return null;
      throw error;
    }
    const entry = data.microCredential;
    return {
      id: entry.id,
      entryId: entry.entryId,
      version: entry.version,
      status: entry.status,
      title: localised(entry.title),
      description: localised(entry.description),
      learningOutcomes: (entry.learningOutcomes ?? []).map((outcome) => ({ text: localised(outcome.text), escoSkills: outcome.escoSkills ?? [] })),
      workloadHours: entry.workloadHours,
      ectsCredits: entry.ectsCredits,
      seqfLevel: entry.seqfLevel,
      eqfLevel: entry.eqfLevel,
      seqfLevelUri: entry.seqfLevelUri,
      eqfLevelUri: entry.eqfLevelUri,
      assessmentType: described(entry.assessmentType, entry.assessmentDescription),
      participationForm: entry.participationForm,
      qualityAssurance: described(entry.qualityAssurance?.type, entry.qualityAssurance?.description),
      qualityAssuranceType: entry.qualityAssurance?.type ?? null,
      credentialType: entry.credentialType as CredentialType,
      // The catalogue states supervision and identity verification as one value (the Recommendation's list).
      supervision: entry.supervision,
      identityVerification: entry.supervision,
      prerequisites: either(entry.prerequisites),
      field: entry.field,
      language: entry.language,
      stackability: described(entry.stackability?.kind, entry.stackability?.description),
      furtherInformation: [either(entry.furtherInformation), entry.furtherInformationUrl].filter(Boolean).join(' ') || null,
      providerId: entry.provider.id,
      issuers: (entry.issuers ?? []).map((right) => ({
        organisationId: right.organisation.id,
        validFrom: right.validFrom ? new Date(right.validFrom) : null,
        validUntil: right.validUntil ? new Date(right.validUntil) : null,
        withdrawnAt: right.withdrawnAt ? new Date(right.withdrawnAt) : null,
      })),
      detail: {
        assessmentTypeCode: entry.assessmentType,
        assessmentDescription: entry.assessmentDescription ? localised(entry.assessmentDescription) : null,
        participationForm: entry.participationForm,
        qualityAssurance: localised(entry.qualityAssurance?.description),
        prerequisites: entry.prerequisites ? localised(entry.prerequisites) : null,
        stackability: localised(entry.stackability?.description),
        furtherInformation: localised(entry.furtherInformation),
        furtherInformationUrl: entry.furtherInformationUrl,
      },
    };
  }
}
