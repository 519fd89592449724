import gql from 'graphql-tag';

/**
 * The verification subgraph's documented service calls to the other subgraphs' public GraphQL APIs (the
 * same queries anyone may send through the gateway). Kept in this one file so the contract is easy to see.
 */

/** accreditation: was the organisation accredited to issue this on that date? (Built with one alias per question.) */
export function accreditationChecksQuery(count: number): string {
  const variables: string[] = [];
  const fields: string[] = [];
  for (let index = 0; index < count; index += 1) {
    variables.push(`$o${index}: ID!, $l${index}: Int!, $f${index}: String!, $t${index}: CredentialType!, $a${index}: DateTimeISO, $m${index}: ID`);
    fields.push(
      `c${index}: accreditationCheck(organisationId: $o${index}, seqfLevel: $l${index}, field: $f${index}, credentialType: $t${index}, at: $a${index}, microCredentialId: $m${index}) { allowed reason reasonSv accreditation { id } }`,
    );
  }
  return `query VerificationAccreditationChecks(${variables.join(', ')}) {\n  ${fields.join('\n  ')}\n}`;
}

export interface AccreditationCheckAnswer {
  allowed: boolean;
  reason: string | null;
  reasonSv: string | null;
  accreditation: { id: string } | null;
}

/** catalogue: one exact version of an entry, as the public catalogue shows it. */
export const CATALOGUE_ENTRY = gql`
  query VerificationCatalogueEntry($id: ID!) {
    microCredential(id: $id) {
      id
      entryId
      version
      status
      title {
        sv
        en
      }
      seqfLevel
      field
      credentialType
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

export interface CatalogueEntryAnswer {
  microCredential: {
    id: string;
    entryId: string | null;
    version: number | null;
    status: string | null;
    title: { sv: string | null; en: string | null } | null;
    seqfLevel: number | null;
    field: string | null;
    credentialType: string | null;
    provider: { id: string } | null;
    issuers: { organisation: { id: string }; validFrom: string | null; validUntil: string | null; withdrawnAt: string | null }[] | null;
  };
}

/** awards: what a share shows (the awards subgraph records the opening as VERIFIED for the learner). */
export const SHARED_CREDENTIALS = gql`
  query VerificationSharedCredentials($token: String!) {
    sharedCredentials(token: $token) {
      state
      recipientLabel
      expiresAt
      credentials
    }
  }
`;

export interface SharedCredentialsAnswer {
  sharedCredentials: { state: 'ACTIVE' | 'EXPIRED' | 'WITHDRAWN'; recipientLabel: string | null; expiresAt: string | null; credentials: string[] };
}
