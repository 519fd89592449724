import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { fictitiousOrganisationNumber, startTestHub, type TestHub } from './support/hub';
import { luhnCheckDigit } from '../platform/luhn';
import { rootOperations } from './support/supergraph';
import { checkOf, expectFailed, sleep, statuses } from './support/verification';

/**
 * END TO END, against the real accreditation (issue 4), catalogue (issue 5) and awards (issue 6) subgraphs:
 * a credential the hub issues verifies through the gateway, anonymously, reading only the hub's public
 * documents (JWKS, did:web, registry, status lists) and public queries. The setup uses those subgraphs'
 * documented operations, untyped here because this branch's supergraph does not have them until they merge.
 */
type Untyped = TypedDocumentNode<any, Record<string, unknown>>;
const gql = (text: string) => parse(text) as Untyped;

const REGISTER = gql(`mutation($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id legalName } }`);
const GRANT = gql(`mutation($input: GrantAccreditationInput!) { grantAccreditation(input: $input) { id } }`);
const DRAFT = gql(`mutation($input: DraftMicroCredentialInput!) { draftMicroCredential(input: $input) { id } }`);
const PUBLISH = gql(`mutation($id: ID!) { publishMicroCredential(id: $id) { id status } }`);
const ISSUE = gql(`mutation($input: IssueAwardInput!) { issueAward(input: $input) { id learnerId credentialJwt microCredential { id } } }`);
const REVOKE = gql(`mutation($id: ID!, $reason: String!) { revokeAward(id: $id, reason: $reason) { id status } }`);
const SUSPEND = gql(`mutation($id: ID!, $reason: String!) { suspendAward(id: $id, reason: $reason) { id status } }`);
const REINSTATE = gql(`mutation($id: ID!) { reinstateAward(id: $id) { id status } }`);
const CREATE_SHARE = gql(`mutation($input: CreateShareInput!) { createShare(input: $input) { id token url } }`);
const WITHDRAW_SHARE = gql(`mutation($id: ID!) { withdrawShare(id: $id) { id state } }`);
const MY_SHARES = gql(`{ me { shares { id openings { kind outcome } } } }`);
const EXPORT = gql(`mutation { exportMyData }`);

const REPORT = `verdict summary checks { check status reason reasonSv } learnerName issuerName issuedAt seqfLevel credentialType
  skills { uri name } issuer { id legalName } microCredential { id status title { sv en } }`;
const VERIFY = gql(`query($credential: String!) { verifyCredential(credential: $credential) { ${REPORT} } }`);
const VERIFY_MANY = gql(`query($credentials: [String!]!) { verifyCredentials(credentials: $credentials) { verdict learnerName } }`);
const VERIFY_SHARE = gql(`query($token: String!) { verifyShare(token: $token) { state recipientLabel credentials { ${REPORT} } } }`);

/** The documented bound on how long a status change can go unseen in this test: VERIFICATION_CACHE_MAX_SECONDS. */
const CACHE_SECONDS = 2;

let hub: TestHub;
let provider: { id: string; token: string };
let entryId: string;
let serial = 0;

const ALL_OK = { FORMAT: 'OK', SIGNATURE: 'OK', ACCREDITATION: 'OK', STATUS: 'OK', EXPIRY: 'OK', CATALOGUE: 'OK' };

async function must<T = any>(promise: Promise<{ data?: T | null; errors?: unknown }>): Promise<T> {
  const response = await promise;
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!;
}


/** A fictitious personnummer (born 1991, Luhn check digit). */
function personnummer(index: number): string {
  const day = new Date(Date.UTC(1991, 0, 1) + (index % 365) * 86_400_000);
  const digits = `${String(day.getUTCFullYear()).slice(2)}${String(day.getUTCMonth() + 1).padStart(2, '0')}${String(day.getUTCDate()).padStart(2, '0')}${String(300 + Math.floor(index / 365)).padStart(3, '0')}`;
  return `${digits.slice(0, 6)}-${digits.slice(6)}${luhnCheckDigit(digits)}`;
}

async function issue(name = 'Åsa Öberg-Nilsson') {
  serial += 1;
  const input = {
    issuerId: provider.id,
    microCredentialId: entryId,
    learner: { personalNumber: personnummer(serial), name, email: `e2e-${serial}@example.se` },
    issuedOn: new Date().toISOString().slice(0, 10),
    idempotencyKey: `verification-e2e-${serial}`,
  };
  return (await must(hub.request(ISSUE, { input }, { token: provider.token }))).issueAward as { id: string; learnerId: string; credentialJwt: string; microCredential: { id: string } };
}

async function verify(credential: string) {
  return (await must(hub.request(VERIFY, { credential }))).verifyCredential;
}

/** Verifies until the verdict is `verdict`, and says how long that took (it must not take longer than the cache bound). */
async function seenWithin(credential: string, verdict: string): Promise<{ report: any; seconds: number }> {
  const started = Date.now();
  for (;;) {
    const report = await verify(credential);
    const seconds = (Date.now() - started) / 1000;
    if (report.verdict === verdict || seconds > CACHE_SECONDS + 3) return { report, seconds };
    await sleep(200);
  }
}

beforeAll(async () => {
  const missing = ['Mutation.grantAccreditation', 'Mutation.draftMicroCredential', 'Mutation.issueAward', 'Query.sharedCredentials'].filter(
    (operation) => !rootOperations().includes(operation),
  );
  if (missing.length) throw new Error(`verification-e2e waits for the accreditation (4), catalogue (5) and awards (6) subgraphs: the supergraph has no ${missing.join(', ')}`);
  // Documents name the hub's public address (did:web, status list URLs: the gateway's, held for it while the
  // subgraphs start); the verifier reads them there.
  hub = await startTestHub({ VERIFICATION_CACHE_MAX_SECONDS: String(CACHE_SECONDS) });
  const anyAuthority = await hub.token({ roles: ['authority'] });
  const register = async (legalName: string, type: string) =>
    (await must(hub.request(REGISTER, { input: { legalName, type, organisationNumber: fictitiousOrganisationNumber(), region: 'Västra Götalands län' } }, { token: anyAuthority }))).registerOrganisation.id as string;
  // Outside production the first authority registered is the trust root.
  const myh = await register('Myndigheten för yrkeshögskolan', 'AUTHORITY');
  const providerId = await register('Nordiska Textilakademin', 'EDUCATION_PROVIDER');
  provider = { id: providerId, token: await hub.token({ roles: ['provider'], organisationId: providerId }) };
  const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
  await must(
    hub.request(
      GRANT,
      { input: { organisationId: providerId, decisionReference: 'MYH 2025/0042', seqfLevels: [2, 3, 4], fields: ['07'], credentialTypes: ['INDUSTRY_VALIDATION'], validFrom: daysFromNow(-400), validUntil: daysFromNow(365) } },
      { token: await hub.token({ roles: ['authority'], organisationId: myh }) },
    ),
  );
  const draft = await must(
    hub.request(
      DRAFT,
      {
        input: {
          providerId,
          code: 'NTA-REP-E2E',
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

describe('a credential the hub issued, verified through the gateway with no token', () => {
  it('verifies with every check OK, and resolves the entry and the issuer through the graph', async () => {
    const award = await issue();
    const report = await verify(award.credentialJwt);
    expect(statuses(report)).toEqual(ALL_OK);
    expect(report).toMatchObject({
      verdict: 'VALID',
      learnerName: 'Åsa Öberg-Nilsson',
      issuerName: 'Nordiska Textilakademin',
      seqfLevel: 3,
      credentialType: 'INDUSTRY_VALIDATION',
      issuer: { id: provider.id, legalName: 'Nordiska Textilakademin' },
      microCredential: { id: entryId, status: 'PUBLISHED', title: { sv: 'Reparationssömnad jeans', en: 'Repair sewing: jeans' } },
    });
    expect(report.skills.map((skill: { uri: string }) => skill.uri)).toContain('http://data.europa.eu/esco/skill/0450eaee-1a00-4622-8f4e-5356fce816d2');
    expect(checkOf(report, 'ACCREDITATION').reason).toMatch(/chain: Nordiska Textilakademin ← Myndigheten för yrkeshögskolan \(trust root\)/);
  });

  it("verifies in the JSON form of the learner's export, and as a batch", async () => {
    const award = await issue('Maja Berg');
    const learner = await hub.token({ roles: ['learner'], subject: award.learnerId });
    const exported = (await must(hub.request(EXPORT, {}, { token: learner }))).exportMyData as { awards: { id: string }[] };
    const entry = exported.awards.find((item) => item.id === award.id)!;
    expect((await verify(JSON.stringify(entry))).verdict).toBe('VALID');
    const cohort = await Promise.all(Array.from({ length: 10 }, (_, index) => issue(`Deltagare ${index}`)));
    const reports = (await must(hub.request(VERIFY_MANY, { credentials: cohort.map((item) => item.credentialJwt) }))).verifyCredentials;
    expect(reports).toEqual(cohort.map((_, index) => ({ verdict: 'VALID', learnerName: `Deltagare ${index}` })));
  });

  it(`shows revocation and suspension within VERIFICATION_CACHE_MAX_SECONDS (${CACHE_SECONDS} s here), and a reinstatement too`, async () => {
    const revoked = await issue();
    const suspended = await issue();
    expect((await verify(revoked.credentialJwt)).verdict).toBe('VALID');
    expect((await verify(suspended.credentialJwt)).verdict).toBe('VALID');
    await must(hub.request(REVOKE, { id: revoked.id, reason: 'Fusk vid provet' }, { token: provider.token }));
    await must(hub.request(SUSPEND, { id: suspended.id, reason: 'Utreds' }, { token: provider.token }));
    const afterRevocation = await seenWithin(revoked.credentialJwt, 'INVALID');
    expectFailed(afterRevocation.report, 'STATUS', /^Revoked by the issuer/);
    expect(afterRevocation.seconds).toBeLessThanOrEqual(CACHE_SECONDS + 1);
    const afterSuspension = await seenWithin(suspended.credentialJwt, 'INVALID');
    expectFailed(afterSuspension.report, 'STATUS', /^Suspended by the issuer/);
    await must(hub.request(REINSTATE, { id: suspended.id }, { token: provider.token }));
    const reinstated = await seenWithin(suspended.credentialJwt, 'VALID');
    expect(reinstated.report.verdict).toBe('VALID');
    expect(reinstated.seconds).toBeLessThanOrEqual(CACHE_SECONDS + 1);
  });
});

describe('shares', () => {
  it('a share verifies, and the learner sees the verification among its openings', async () => {
    const award = await issue('Elin Sandberg');
    const learner = await hub.token({ roles: ['learner'], subject: award.learnerId });
    const share = (await must(hub.request(CREATE_SHARE, { input: { awardIds: [award.id], recipientLabel: 'Rekrytering, Skellefteå Kraft', expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString() } }, { token: learner }))).createShare;
    const verified = (await must(hub.request(VERIFY_SHARE, { token: share.url }))).verifyShare;
    expect(verified).toMatchObject({ state: 'ACTIVE', recipientLabel: 'Rekrytering, Skellefteå Kraft' });
    expect(verified.credentials.map((report: any) => [report.learnerName, report.verdict])).toEqual([['Elin Sandberg', 'VALID']]);
    const mine = (await must(hub.request(MY_SHARES, {}, { token: learner }))).me.shares.find((item: { id: string }) => item.id === share.id);
    expect(mine.openings).toContainEqual({ kind: 'VERIFIED', outcome: 'ACTIVE' });
  });

  it('withdrawn and expired shares reveal nothing but that', async () => {
    const award = await issue('Olle Holm');
    const learner = await hub.token({ roles: ['learner'], subject: award.learnerId });
    const create = async (expiresInMs: number) =>
      (await must(hub.request(CREATE_SHARE, { input: { awardIds: [award.id], recipientLabel: 'Bemanning AB', expiresAt: new Date(Date.now() + expiresInMs).toISOString() } }, { token: learner }))).createShare;
    const withdrawn = await create(7 * 86_400_000);
    await must(hub.request(WITHDRAW_SHARE, { id: withdrawn.id }, { token: learner }));
    expect((await must(hub.request(VERIFY_SHARE, { token: withdrawn.token }))).verifyShare).toEqual({ state: 'WITHDRAWN', recipientLabel: null, credentials: [] });
    const expiring = await create(1_500);
    await sleep(2_000);
    expect((await must(hub.request(VERIFY_SHARE, { token: expiring.token }))).verifyShare).toEqual({ state: 'EXPIRED', recipientLabel: null, credentials: [] });
  });
});
