import { ErrorCode, HubError } from '../../platform/errors';
import type { PeerClient } from '../../platform/peer';
import type { CredentialType } from '../../platform/vocabulary';

/**
 * The documented service call the catalogue makes before publishing: the accreditation subgraph answers
 * whether the organisation is accredited, at that moment, for the entry's SeQF level, thematic field and
 * credential type (and, where an accreditation names catalogue entries, for this entry: `microCredentialId`
 * is the entry id, stable across versions). The catalogue never reads the accreditation tables.
 */
export const ACCREDITATION_CHECK = `query AccreditationCheck($organisationId: ID!, $seqfLevel: Int!, $field: String!, $credentialType: CredentialType!, $at: DateTimeISO, $microCredentialId: ID) { accreditationCheck(organisationId: $organisationId, seqfLevel: $seqfLevel, field: $field, credentialType: $credentialType, at: $at, microCredentialId: $microCredentialId) { allowed reason accreditation { id } } }`;

export interface AccreditationCheckRequest {
  organisationId: string;
  seqfLevel: number;
  field: string;
  credentialType: CredentialType;
  at: Date;
  microCredentialId: string;
}

interface AccreditationCheckAnswer {
  accreditationCheck: { allowed: boolean; reason: string | null; accreditation: { id: string } | null };
}

/** Error codes the hub raises on purpose; anything else from the peer means it could not answer. */
const HUB_CODES = new Set<string>(Object.values(ErrorCode));

/**
 * Asks the accreditation subgraph; returns the deciding accreditation's id when allowed. Refuses with
 * FORBIDDEN (reason NOT_ACCREDITED) saying what is missing, or PEER_UNAVAILABLE when the check cannot be
 * made: publishing never goes ahead without an answer.
 */
export async function requireAccreditation(peer: PeerClient | undefined, request: AccreditationCheckRequest): Promise<string | null> {
  if (!peer) throw new HubError(ErrorCode.PEER_UNAVAILABLE, 'The accreditation service is not configured, so accreditation cannot be checked', { peer: 'accreditation' });
  let answer: AccreditationCheckAnswer;
  try {
    answer = await peer.request<AccreditationCheckAnswer>(ACCREDITATION_CHECK, { ...request, at: request.at.toISOString() });
  } catch (error) {
    const code = error instanceof HubError ? String(error.extensions.code) : undefined;
    if (code === ErrorCode.PEER_UNAVAILABLE) throw error;
    // The peer answered, but not the check (for example an older accreditation subgraph without it).
    throw new HubError(
      ErrorCode.PEER_UNAVAILABLE,
      `The accreditation service could not check the accreditation: ${error instanceof Error ? error.message : String(error)}`,
      { peer: 'accreditation', ...(code && !HUB_CODES.has(code) ? { peerCode: code } : {}) },
    );
  }
  const check = answer.accreditationCheck;
  if (!check || typeof check.allowed !== 'boolean') {
    throw new HubError(ErrorCode.PEER_UNAVAILABLE, 'The accreditation service gave no accreditation check answer', { peer: 'accreditation' });
  }
  if (!check.allowed) {
    const scope = `SeQF level ${request.seqfLevel}, field ${request.field}, credential type ${request.credentialType}`;
    throw new HubError(
      ErrorCode.FORBIDDEN,
      `Not accredited: the provider is not accredited for ${scope} at ${request.at.toISOString()}${check.reason ? ` (${check.reason})` : ''}`,
      {
        reason: 'NOT_ACCREDITED',
        accreditationReason: check.reason,
        required: { seqfLevel: request.seqfLevel, field: request.field, credentialType: request.credentialType },
      },
    );
  }
  return check.accreditation?.id ?? null;
}
