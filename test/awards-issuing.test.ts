import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import { readStatus } from '../services/awards/status-list';
import {
  IssueAwardDocument,
  IssueAwardsDocument,
  MicroCredentialAwardCountDocument,
  MyAwardsAcrossTheGraphDocument,
  RevokeAwardDocument,
} from './generated/graphql';
import { personnummer } from './support/awards';
import { fictitiousOrganisationNumber, startTestHub, type TestHub } from './support/hub';
import { credentialSchemas } from './support/schemas';

/**
 * PEER-DEPENDENT: issuing through the gateway against the real accreditation (issue 4) and catalogue
 * (issue 5) subgraphs. The setup calls use their documented operations (untyped here, because the
 * supergraph of this branch does not have them yet); everything else is the awards subgraph's.
 */
type Untyped = TypedDocumentNode<any, Record<string, unknown>>;
const gql = (text: string) => parse(text) as Untyped;

const REGISTER = gql(`mutation($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id legalName } }`);
const GRANT = gql(`mutation($input: GrantAccreditationInput!) { grantAccreditation(input: $input) { id } }`);
const DRAFT = gql(`mutation($input: DraftMicroCredentialInput!) { draftMicroCredential(input: $input) { id } }`);
const PUBLISH = gql(`mutation($id: ID!) { publishMicroCredential(id: $id) { id status } }`);

let hub: TestHub;
let myh: string;
let provider: { id: string; token: string };
let other: { id: string; token: string };
let entryId: string;

const daysFromNow = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString();

async function must<T>(promise: Promise<{ data?: T | null; errors?: unknown }>): Promise<T> {
  const response = await promise;
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!;
}

beforeAll(async () => {
  hub = await startTestHub();
  const anyAuthority = await hub.token({ roles: ['authority'] });
  const register = async (legalName: string, type: string) =>
    (await must(hub.request(REGISTER, { input: { legalName, type, organisationNumber: fictitiousOrganisationNumber(), region: 'Västra Götalands län' } }, { token: anyAuthority })))
      .registerOrganisation.id as string;
  // Outside production the first authority registered is the trust root.
  myh = await register('Myndigheten för yrkeshögskolan', 'AUTHORITY');
  const myhToken = await hub.token({ roles: ['authority'], organisationId: myh });
  const providerId = await register('Nordiska Textilakademin', 'EDUCATION_PROVIDER');
  const otherId = await register('Annan Utbildning AB', 'EDUCATION_PROVIDER');
  provider = { id: providerId, token: await hub.token({ roles: ['provider'], organisationId: providerId }) };
  other = { id: otherId, token: await hub.token({ roles: ['provider'], organisationId: otherId }) };
  await must(
    hub.request(
      GRANT,
      { input: { organisationId: providerId, decisionReference: 'MYH 2025/0001', seqfLevels: [2, 3, 4], fields: ['07'], credentialTypes: ['INDUSTRY_VALIDATION'], validFrom: daysFromNow(-400), validUntil: daysFromNow(365) } },
      { token: myhToken },
    ),
  );
  const draft = await must(
    hub.request(
      DRAFT,
      {
        input: {
          providerId,
          code: 'NTA-REP-01',
          title: { sv: 'Reparationssömnad jeans', en: 'Repair sewing: jeans' },
          description: { sv: 'Laga och förstärka jeans.', en: 'Mend and reinforce jeans.' },
          learningOutcomes: [{ text: { sv: 'Kan laga slitna partier.', en: 'Can repair worn areas.' }, escoSkillUris: ['http://data.europa.eu/esco/skill/0450eaee-1a00-4622-8f4e-5356fce816d2'] }],
          workloadHours: 40,
          ectsCredits: 1.5,
          seqfLevel: 3,
          assessmentType: 'PRACTICAL_DEMONSTRATION',
          participationForm: 'ON_SITE',
          qualityAssuranceType: 'INDUSTRY_VALIDATION',
          credentialType: 'INDUSTRY_VALIDATION',
          supervision: 'SUPERVISED_ON_SITE_WITH_ID_CHECK',
          field: '072',
          language: 'sv',
          stackability: 'STAND_ALONE',
        },
      },
      { token: provider.token },
    ),
  );
  entryId = draft.draftMicroCredential.id;
  await must(hub.request(PUBLISH, { id: entryId }, { token: provider.token }));
});
afterAll(() => hub?.stop());

const row = (serial: number, overrides: Record<string, unknown> = {}) => ({
  microCredentialId: entryId,
  learner: { personalNumber: personnummer(serial), name: `Lärande ${serial}`, email: `${serial}@example.se` },
  issuedOn: new Date().toISOString().slice(0, 10),
  grade: 'Godkänd',
  idempotencyKey: `issuing-${serial}`,
  ...overrides,
});

describe('issuing through the gateway with the real accreditation and catalogue subgraphs', () => {
  it('issues one award whose JWS verifies against the JWKS the accreditation subgraph serves, and passes both schemas', async () => {
    const response = await hub.request(IssueAwardDocument, { input: { issuerId: provider.id, ...row(1) } }, { token: provider.token });
    expect(response.errors).toBeUndefined();
    const award = response.data!.issueAward;
    const origin = new URL(hub.gatewayUrl).origin;
    const jwks = createRemoteJWKSet(new URL(`${origin}/issuers/${provider.id}/jwks.json`));
    const { payload, protectedHeader } = await jwtVerify(award.credentialJwt!, jwks, { typ: 'vc+jwt' });
    expect(protectedHeader.alg).toBe('EdDSA');
    const schemas = credentialSchemas();
    expect(schemas.vcdm(payload)).toBe(true);
    // The Open Badges form of the same award passes the Open Badges 3.0 schema (the vc+jwt carries two status entries).
    expect(schemas.openBadges(decodeJwt(award.openBadgeJwt!)) || JSON.stringify(schemas.openBadges.errors)).toBe(true);
    expect(payload).toMatchObject({ name: 'Reparationssömnad jeans', issuer: { name: 'Nordiska Textilakademin', address: { addressCountryCode: 'SE', addressRegion: 'Västra Götalands län' } } });
    const did = (await (await fetch(`${origin}/issuers/${provider.id}/did.json`)).json()) as { verificationMethod: { id: string }[] };
    expect(did.verificationMethod.map((method: { id: string }) => method.id)).toContain(`${(payload.issuer as { id: string }).id}#${decodeProtectedHeader(award.credentialJwt!).kid}`);

    const again = await hub.request(IssueAwardDocument, { input: { issuerId: provider.id, ...row(1) } }, { token: provider.token });
    expect(again.data!.issueAward.id).toBe(award.id);
  });

  it('refuses an entry the provider may not issue, a date before its accreditation, and another provider acting for it', async () => {
    const notAccredited = await hub.request(IssueAwardDocument, { input: { issuerId: provider.id, ...row(2, { issuedOn: daysFromNow(-600).slice(0, 10) }) } }, { token: provider.token });
    expect(notAccredited.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'issuedOn' });
    const notTheirs = await hub.request(IssueAwardDocument, { input: { issuerId: other.id, ...row(3) } }, { token: other.token });
    expect(notTheirs.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'microCredentialId' });
    const impostor = await hub.request(IssueAwardDocument, { input: { issuerId: provider.id, ...row(4) } }, { token: other.token });
    expect(impostor.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('issues a cohort of 10,000, retry-safe, and revocation flips the bit in the published list', async () => {
    const inputs = Array.from({ length: 10_000 }, (_, serial) => row(10_000 + serial));
    const first = await hub.request(IssueAwardsDocument, { issuerId: provider.id, inputs }, { token: provider.token });
    expect(first.errors).toBeUndefined();
    expect(first.data!.issueAwards).toMatchObject({ issued: 10_000, failed: 0 });
    const retry = await hub.request(IssueAwardsDocument, { issuerId: provider.id, inputs: inputs.slice(0, 100) }, { token: provider.token });
    expect(retry.data!.issueAwards).toMatchObject({ issued: 0, alreadyIssued: 100 });

    const awardId = first.data!.issueAwards.results[0].awardId!;
    await must(hub.request(RevokeAwardDocument, { id: awardId, reason: 'Fel person' }, { token: provider.token }));
    const [{ status_list_id: listId, status_index: index }] = await hub.hub.subgraphs.awards.db.query('select status_list_id, status_index from award where id = $1', [awardId]);
    const list = await (await fetch(`${new URL(hub.gatewayUrl).origin}/status-lists/${listId}`)).text();
    const { payload } = await jwtVerify(list, createRemoteJWKSet(new URL(`${new URL(hub.gatewayUrl).origin}/issuers/${provider.id}/jwks.json`)));
    expect(readStatus((payload.credentialSubject as { encodedList: string }).encodedList, index)).toBe(2);

    const count = await hub.request(MicroCredentialAwardCountDocument, { id: entryId }, { token: provider.token });
    expect(count.data!.microCredential.awardCount).toBe(10_001);
    const refused = await hub.request(MicroCredentialAwardCountDocument, { id: entryId }, { token: other.token });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // Each of the 10,000 is signed twice (vc+jwt and the Open Badges JWT, RS256), on a shared two-core machine.
  }, 240_000);

  it('me { awards } resolves the entry and the issuer through the graph', async () => {
    const [{ learner_id: learnerId }] = await hub.hub.subgraphs.awards.db.query('select learner_id from award where micro_credential_id = $1 limit 1', [entryId]);
    const token = await hub.token({ roles: ['learner'], subject: learnerId });
    const response = await hub.request(MyAwardsAcrossTheGraphDocument, {}, { token });
    expect(response.errors).toBeUndefined();
    expect(response.data!.me.awards[0]).toMatchObject({ microCredential: { id: entryId, seqfLevel: 3 }, issuer: { id: provider.id, legalName: 'Nordiska Textilakademin' } });
  });
});
