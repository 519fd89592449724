import gql from 'graphql-tag';
import type { PeerClient } from '../../platform/peer';
import { ErrorCode, HubError } from '../../platform/errors';
import type { CredentialType } from '../../platform/vocabulary';
import type { EntryFacts, LocalisedText } from './directory';

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
          preferredLabel
        }
      }
      workloadHours
      ectsCredits
      seqfLevel
      eqfLevel
      seqfLevelUri
      eqfLevelUri
      assessmentType
      participationForm
      qualityAssurance
      credentialType
      supervision
      identityVerification
      prerequisites
      field
      language
      stackability
      furtherInformation
      provider {
        id
      }
      issuers {
        organisation {
          id
        }
        validFrom
        validUntil
      }
    }
  }
`;

interface Answer {
  microCredential: Omit<EntryFacts, 'providerId' | 'issuers' | 'credentialType'> & {
    credentialType: string;
    provider: { id: string };
    issuers: { organisation: { id: string }; validFrom: string | null; validUntil: string | null }[] | null;
  };
}

const localised = (value: LocalisedText | null | undefined): LocalisedText => ({ sv: value?.sv ?? null, en: value?.en ?? null });

export class CataloguePeer {
  constructor(private readonly peer: PeerClient) {}

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
      ...entry,
      title: localised(entry.title),
      description: localised(entry.description),
      learningOutcomes: (entry.learningOutcomes ?? []).map((outcome) => ({ text: localised(outcome.text), escoSkills: outcome.escoSkills ?? [] })),
      credentialType: entry.credentialType as CredentialType,
      providerId: entry.provider.id,
      issuers: (entry.issuers ?? []).map((grant) => ({
        organisationId: grant.organisation.id,
        validFrom: grant.validFrom ? new Date(grant.validFrom) : null,
        validUntil: grant.validUntil ? new Date(grant.validUntil) : null,
      })),
    };
  }
}
