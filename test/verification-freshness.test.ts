import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { personnummer } from './support/awards';
import { must } from './support/world';
import { fictitiousOrganisationNumber, startTestHub, type TestHub } from './support/hub';
import { sleep } from './support/verification';

/**
 * How fresh a verification is, and that it says so: every report lists each source it relied on with when
 * that was read, and the hub's own verification revalidates status lists (with their ETag) after at most
 * VERIFICATION_STATUS_MAX_SECONDS (default 60; 3 here), however long the lists' max-age (300 s) and the other
 * caches (VERIFICATION_CACHE_MAX_SECONDS, 300 by default, as here) would keep them.
 */
type Untyped = TypedDocumentNode<any, Record<string, unknown>>;
const gql = (text: string) => parse(text) as Untyped;

const REGISTER = gql(`mutation($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id } }`);
const ACCREDIT = gql(`mutation($input: GrantAccreditationInput!) { grantAccreditation(input: $input) { id } }`);
const DRAFT = gql(`mutation($input: DraftMicroCredentialInput!) { draftMicroCredential(input: $input) { id } }`);
const PUBLISH = gql(`mutation($id: ID!) { publishMicroCredential(id: $id) { id } }`);
const ISSUE = gql(`mutation($input: IssueAwardInput!) { issueAward(input: $input) { id credentialJwt } }`);
const REVOKE = gql(`mutation($id: ID!, $reason: String!) { revokeAward(id: $id, reason: $reason) { id status } }`);
const VERIFY = gql(`query($credential: String!) { verifyCredential(credential: $credential) {
  verdict verifiedAt checks { check status reason } sources { source address readAt } } }`);

const STATUS_SECONDS = 3;
let hub: TestHub;
let provider: { id: string; token: string };
let entryId: string;
let serial = 0;

async function issue() {
  serial += 1;
  const input = {
    issuerId: provider.id,
    microCredentialId: entryId,
    learner: { personalNumber: personnummer(serial), name: `Lärande ${serial}`, email: `fresh-${serial}@example.se` },
    idempotencyKey: `fresh-${serial}`,
  };
  return (await must(hub.request(ISSUE, { input }, { token: provider.token }))).issueAward as { id: string; credentialJwt: string };
}
const verify = async (credential: string) => (await must(hub.request(VERIFY, { credential }))).verifyCredential;
const readingOf = (report: { sources: { source: string; address: string; readAt: string }[] }, source: string) => report.sources.find((reading) => reading.source === source);

beforeAll(async () => {
  hub = await startTestHub({ VERIFICATION_STATUS_MAX_SECONDS: String(STATUS_SECONDS) });
  const anyAuthority = await hub.token({ roles: ['authority'] });
  const register = async (legalName: string, type: string) =>
    (await must(hub.request(REGISTER, { input: { legalName, type, organisationNumber: fictitiousOrganisationNumber(), region: 'Västerbottens län' } }, { token: anyAuthority })))
      .registerOrganisation.id as string;
  const myh = await register('Myndigheten för yrkeshögskolan', 'AUTHORITY');
  const providerId = await register('Sobona', 'INDUSTRY_BODY');
  provider = { id: providerId, token: await hub.token({ roles: ['provider'], organisationId: providerId }) };
  await must(
    hub.request(
      ACCREDIT,
      { input: { organisationId: providerId, decisionReference: 'MYH 2026/0201', seqfLevels: [2, 3, 4], fields: ['07'], credentialTypes: ['INDUSTRY_VALIDATION'], validFrom: new Date(Date.now() - 400 * 86_400_000).toISOString() } },
      { token: await hub.token({ roles: ['authority'], organisationId: myh }) },
    ),
  );
  const draft = await must(
    hub.request(
      DRAFT,
      {
        input: {
          providerId,
          code: 'SOB-FRESH-01',
          title: { sv: 'VA-underhåll', en: 'Water and sewage maintenance' },
          description: { sv: 'Underhåll av VA-anläggningar.', en: 'Maintenance of water and sewage plants.' },
          learningOutcomes: [{ text: { sv: 'Kan underhålla pumpar.', en: 'Can maintain pumps.' }, escoSkillUris: ['http://data.europa.eu/esco/skill/0450eaee-1a00-4622-8f4e-5356fce816d2'] }],
          workloadHours: 16,
          seqfLevel: 3,
          assessmentType: 'PRACTICAL_DEMONSTRATION',
          participationForm: 'ON_SITE',
          qualityAssuranceType: 'INDUSTRY_VALIDATION',
          credentialType: 'INDUSTRY_VALIDATION',
          supervision: 'SUPERVISED_ON_SITE_WITH_ID_CHECK',
          field: '071',
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

describe('freshness of what verification reports', () => {
  it('says, for each source the checks relied on, when it was read; a cached copy shows when it was read, not now', async () => {
    const award = await issue();
    const first = await verify(award.credentialJwt);
    expect(first.verdict).toBe('VALID');
    // keys: the JWKS and the DID document; one reading per status list the credential names.
    expect([...new Set(first.sources.map((reading: { source: string }) => reading.source))].sort()).toEqual(['accreditation', 'catalogue', 'keys', 'registry', 'status list']);
    expect(first.sources.filter((reading: { source: string }) => reading.source === 'keys')).toHaveLength(2);
    // Read for this verification: from when it began until it answered.
    for (const reading of first.sources) {
      expect(Date.parse(reading.readAt)).toBeGreaterThanOrEqual(Date.parse(first.verifiedAt) - 1000);
      expect(Date.parse(reading.readAt)).toBeLessThanOrEqual(Date.now());
    }
    expect(readingOf(first, 'status list')!.address).toMatch(/\/status-lists\//);
    await sleep(1100);
    const second = await verify(award.credentialJwt);
    // Within its lifetimes the catalogue answer and the keys are reused: the report says they are as of the first look.
    expect(readingOf(second, 'catalogue')!.readAt).toBe(readingOf(first, 'catalogue')!.readAt);
    expect(readingOf(second, 'keys')!.readAt).toBe(readingOf(first, 'keys')!.readAt);
    expect(Date.parse(second.verifiedAt)).toBeGreaterThan(Date.parse(readingOf(second, 'catalogue')!.readAt));
  });

  it(`sees a revocation within VERIFICATION_STATUS_MAX_SECONDS (${STATUS_SECONDS} s here), though the list says max-age=300 and the cache may keep 300 s`, async () => {
    const award = await issue();
    expect((await verify(award.credentialJwt)).verdict).toBe('VALID');
    const [{ status_list_id: listId }] = await hub.hub.subgraphs.awards.db.query('select status_list_id from award where id = $1', [award.id]);
    // What outside verifiers are told stays as documented.
    const document = await fetch(`${new URL(hub.gatewayUrl).origin}/status-lists/${listId}`);
    expect(document.headers.get('cache-control')).toMatch(/^public, max-age=300\b/);
    await must(hub.request(REVOKE, { id: award.id, reason: 'Fel person' }, { token: provider.token }));
    const revokedAt = Date.now();
    let report = await verify(award.credentialJwt);
    while (report.verdict !== 'INVALID' && Date.now() - revokedAt < 30_000) {
      await sleep(250);
      report = await verify(award.credentialJwt);
    }
    const seconds = (Date.now() - revokedAt) / 1000;
    expect(report.verdict).toBe('INVALID');
    expect(report.checks.find((check: { check: string }) => check.check === 'STATUS')).toMatchObject({ status: 'FAILED', reason: expect.stringMatching(/^Revoked/) });
    // Room for a loaded machine, far below the 300 s a list's max-age would allow.
    expect(seconds).toBeLessThan(STATUS_SECONDS + 10);
    // The list read after the revocation is as of after it.
    expect(Date.parse(readingOf(report, 'status list')!.readAt)).toBeGreaterThanOrEqual(revokedAt - 1000);
  });
});
