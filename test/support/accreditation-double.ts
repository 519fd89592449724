import { print, type DocumentNode } from 'graphql';
import { PeerClient } from '../../platform/peer';
import { fieldCovers, type CredentialType } from '../../platform/vocabulary';

/**
 * The query the catalogue must send before publishing, exactly as agreed with the accreditation subgraph
 * (written out here, not imported, so that a test fails when the catalogue sends anything else).
 */
export const ACCREDITATION_CHECK_CONTRACT =
  'query AccreditationCheck($organisationId: ID!, $seqfLevel: Int!, $field: String!, $credentialType: CredentialType!, $at: DateTimeISO, $microCredentialId: ID) { accreditationCheck(organisationId: $organisationId, seqfLevel: $seqfLevel, field: $field, credentialType: $credentialType, at: $at, microCredentialId: $microCredentialId) { allowed reason accreditation { id } } }';

export interface Scope {
  seqfLevels: number[];
  fields: string[];
  credentialTypes: Array<CredentialType | `${CredentialType}`>;
}

export interface AccreditationCall {
  query: string;
  variables: Record<string, unknown>;
}

/**
 * Answers `accreditationCheck` the way the accreditation subgraph's contract says, from scopes a test
 * grants; every other call the hub's subgraphs make to their peers (organisation look-ups) goes to the real
 * subgraph. It stands in only while the accreditation subgraph's check is being built: the tests in
 * test/catalogue-publishing.test.ts ask the real one.
 */
export function installAccreditationDouble() {
  const scopes = new Map<string, Scope & { id: string }>();
  const calls: AccreditationCall[] = [];
  const original = PeerClient.prototype.request;
  const spy = jest.spyOn(PeerClient.prototype, 'request').mockImplementation(async function (
    this: PeerClient,
    document: DocumentNode | string,
    variables: Record<string, unknown> = {},
  ) {
    const query = typeof document === 'string' ? document : print(document);
    if (this.name !== 'accreditation' || !query.includes('accreditationCheck')) return original.call(this, document, variables);
    calls.push({ query, variables });
    if (query !== ACCREDITATION_CHECK_CONTRACT) throw new Error(`the catalogue sent an accreditation check other than the contract:\n${query}`);
    const scope = scopes.get(String(variables.organisationId));
    const wanted = { level: Number(variables.seqfLevel), field: String(variables.field), type: String(variables.credentialType) };
    let reason: string | null = null;
    if (!scope) reason = 'the organisation holds no active accreditation';
    else if (!scope.seqfLevels.includes(wanted.level)) reason = `SeQF level ${wanted.level} is outside the accredited levels ${scope.seqfLevels.join(', ')}`;
    else if (!scope.fields.some((field) => fieldCovers(field, wanted.field))) reason = `field ${wanted.field} is outside the accredited fields`;
    else if (!scope.credentialTypes.map(String).includes(wanted.type)) reason = `credential type ${wanted.type} is not accredited`;
    return {
      accreditationCheck: { allowed: reason === null, reason, accreditation: reason === null ? { id: scope!.id } : null },
    } as never;
  });
  return {
    calls,
    accredit(organisationId: string, scope: Scope, id = `accreditation-${scopes.size + 1}`) {
      scopes.set(organisationId, { ...scope, id });
      return id;
    },
    restore: () => spy.mockRestore(),
  };
}
