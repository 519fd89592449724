import gql from 'graphql-tag';
import type { JWK } from 'jose';
import type { PeerClient } from '../../platform/peer';
import { ErrorCode, HubError } from '../../platform/errors';
import type { AccreditationAnswer, AccreditationFacts, AccreditationQuestion, IssuerFacts, KeyRegistry } from './issuing-peers';

/**
 * The awards subgraph's documented service calls to the accreditation subgraph (signed as the service
 * role): the issuing organisation, the accreditation decision, and registering issuer keys so that they
 * appear in GET /issuers/<id>/jwks.json and the did:web document. Kept in this one file so that the
 * contract is easy to see and to adjust.
 */
const ORGANISATION = gql`
  query AwardsIssuerOrganisation($id: ID!) {
    organisation(id: $id) {
      id
      legalName
      organisationNumber
      country
      region
    }
  }
`;

const ACCREDITATION_CHECK = gql`
  query AwardsAccreditationCheck(
    $organisationId: ID!
    $seqfLevel: Int!
    $field: String!
    $credentialType: CredentialType!
    $at: DateTimeISO
    $microCredentialId: ID
  ) {
    accreditationCheck(
      organisationId: $organisationId
      seqfLevel: $seqfLevel
      field: $field
      credentialType: $credentialType
      at: $at
      microCredentialId: $microCredentialId
    ) {
      allowed
      reason
      accreditation {
        id
        decisionReference
        seqfLevels
        fields
        validFrom
        validUntil
        asOf
        accreditingAuthority {
          id
          legalName
          organisationNumber
          country
          region
        }
      }
    }
  }
`;

const REGISTER_SIGNING_KEY = gql`
  mutation AwardsRegisterSigningKey($organisationId: ID!, $publicJwk: JSONObject!) {
    registerSigningKey(organisationId: $organisationId, publicJwk: $publicJwk) {
      kid
    }
  }
`;

const ROTATE_SIGNING_KEY = gql`
  mutation AwardsRotateSigningKey($organisationId: ID!, $kid: String!, $publicJwk: JSONObject!) {
    rotateSigningKey(organisationId: $organisationId, kid: $kid, publicJwk: $publicJwk) {
      kid
    }
  }
`;

export class AccreditationPeer implements KeyRegistry {
  constructor(private readonly peer: PeerClient) {}

  async organisation(id: string): Promise<IssuerFacts | null> {
    try {
      const data = await this.peer.request<{ organisation: IssuerFacts }>(ORGANISATION, { id });
      return data.organisation;
    } catch (error) {
      if (error instanceof HubError && error.extensions.code === ErrorCode.NOT_FOUND) return null;
      throw error;
    }
  }

  async accreditationCheck(question: AccreditationQuestion): Promise<AccreditationAnswer> {
    const data = await this.peer.request<{
      accreditationCheck: {
        allowed: boolean;
        reason: string | null;
        accreditation: (Omit<AccreditationFacts, 'validFrom' | 'validUntil' | 'asOf'> & { validFrom: string; validUntil: string | null; asOf: string }) | null;
      };
    }>(ACCREDITATION_CHECK, { ...question, at: question.at.toISOString() });
    const { allowed, reason, accreditation } = data.accreditationCheck;
    return {
      allowed,
      reason,
      accreditationId: accreditation?.id ?? null,
      accreditation: accreditation
        ? {
            ...accreditation,
            validFrom: new Date(accreditation.validFrom),
            validUntil: accreditation.validUntil ? new Date(accreditation.validUntil) : null,
            asOf: new Date(accreditation.asOf),
          }
        : null,
    };
  }

  async registerSigningKey(organisationId: string, publicJwk: JWK): Promise<void> {
    await this.peer.request(REGISTER_SIGNING_KEY, { organisationId, publicJwk });
  }

  /** Rotation: the new key is published and the old one superseded from now on; what it signed stays verifiable. */
  async rotateSigningKey(organisationId: string, kid: string, publicJwk: JWK): Promise<void> {
    await this.peer.request(ROTATE_SIGNING_KEY, { organisationId, kid, publicJwk });
  }
}
