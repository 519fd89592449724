import {
  CreateShareDocument,
  ExportMyDataDocument,
  IssueAwardDocument,
  MyShareOpeningsDocument,
  ReinstateAwardDocument,
  RevokeAwardDocument,
  SuspendAwardDocument,
  VerifyCredentialWithEntryDocument,
  VerifyCredentialsLearnersDocument,
  VerifyShareAsRecipientDocument,
  WithdrawShareDocument,
} from './generated/graphql';
import { personnummer } from './support/awards';
import { startTestHub, type TestHub } from './support/hub';
import { signedInLearner } from './support/sign-in';
import { checkOf, expectFailed, sleep, statuses } from './support/verification';
import { accreditedWorld, must } from './support/world';

/**
 * End to end, against the real accreditation, catalogue and awards subgraphs: a credential the hub issues
 * verifies through the gateway, anonymously, reading only the hub's public documents (JWKS, did:web,
 * registry, status lists) and public queries.
 */
/** The documented bound on how long a status change can go unseen in this test: VERIFICATION_CACHE_MAX_SECONDS. */
const CACHE_SECONDS = 2;

let hub: TestHub;
let provider: { id: string; token: string };
let entryId: string;
let serial = 0;

const ALL_OK = { FORMAT: 'OK', SIGNATURE: 'OK', ACCREDITATION: 'OK', STATUS: 'OK', EXPIRY: 'OK', CATALOGUE: 'OK' };

async function issue(name = 'Åsa Öberg-Nilsson') {
  serial += 1;
  const input = {
    issuerId: provider.id,
    microCredentialId: entryId,
    learner: { personalNumber: personnummer(serial), name, email: `e2e-${serial}@example.se` },
    issuedOn: new Date().toISOString().slice(0, 10),
    idempotencyKey: `verification-e2e-${serial}`,
  };
  const { issueAward } = await must(hub.request(IssueAwardDocument, { input }, { token: provider.token }));
  return { ...issueAward, personalNumber: input.learner.personalNumber, credentialJwt: issueAward.credentialJwt! };
}

async function verify(credential: string) {
  return (await must(hub.request(VerifyCredentialWithEntryDocument, { credential }))).verifyCredential;
}

/**
 * The report once the documented bound has passed since the change: the bound is waited out, then one
 * verification must show it. (No stopwatch: how fast verification answers is bench:verification's.)
 */
async function afterTheBound(credential: string) {
  await sleep(CACHE_SECONDS * 1000 + 250);
  return verify(credential);
}

beforeAll(async () => {
  // Documents name the hub's public address (did:web, status list URLs: the gateway's, held for it while the
  // subgraphs start); the verifier reads them there.
  hub = await startTestHub({ VERIFICATION_CACHE_MAX_SECONDS: String(CACHE_SECONDS), EID_LOCAL_PROVIDER: 'true' });
  const world = await accreditedWorld(hub, { decisionReference: 'MYH 2025/0042', code: 'NTA-REP-E2E' });
  provider = world.provider;
  entryId = world.entryId;
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
    const learner = (await signedInLearner(hub, award.personalNumber)).token;
    const exported = (await must(hub.request(ExportMyDataDocument, {}, { token: learner }))).exportMyData as { awards: { id: string }[] };
    const entry = exported.awards.find((item) => item.id === award.id)!;
    expect((await verify(JSON.stringify(entry))).verdict).toBe('VALID');
    const cohort = await Promise.all(Array.from({ length: 10 }, (_, index) => issue(`Deltagare ${index}`)));
    const reports = (await must(hub.request(VerifyCredentialsLearnersDocument, { credentials: cohort.map((item) => item.credentialJwt) }))).verifyCredentials;
    expect(reports).toEqual(cohort.map((_, index) => ({ verdict: 'VALID', learnerName: `Deltagare ${index}` })));
  });

  it(`shows revocation and suspension within VERIFICATION_CACHE_MAX_SECONDS (${CACHE_SECONDS} s here), and a reinstatement too`, async () => {
    const revoked = await issue();
    const suspended = await issue();
    expect((await verify(revoked.credentialJwt)).verdict).toBe('VALID');
    expect((await verify(suspended.credentialJwt)).verdict).toBe('VALID');
    await must(hub.request(RevokeAwardDocument, { id: revoked.id, reason: 'Fusk vid provet' }, { token: provider.token }));
    await must(hub.request(SuspendAwardDocument, { id: suspended.id, reason: 'Utreds' }, { token: provider.token }));
    expectFailed(await afterTheBound(revoked.credentialJwt), 'STATUS', /^Revoked by the issuer/);
    expectFailed(await verify(suspended.credentialJwt), 'STATUS', /^Suspended by the issuer/);
    await must(hub.request(ReinstateAwardDocument, { id: suspended.id }, { token: provider.token }));
    // A cached "suspended" is looked at again before it fails the credential: the reinstatement shows at once.
    const reinstated = await verify(suspended.credentialJwt);
    expect(statuses(reinstated)).toEqual(ALL_OK);
    expect(reinstated.verdict).toBe('VALID');
  });
});

describe('shares', () => {
  it('a share verifies, and the learner sees the verification among its openings', async () => {
    const award = await issue('Elin Sandberg');
    const learner = (await signedInLearner(hub, award.personalNumber)).token;
    const share = (await must(hub.request(CreateShareDocument, { input: { awardIds: [award.id], recipientLabel: 'Rekrytering, Skellefteå Kraft', expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString() } }, { token: learner }))).createShare;
    const verified = (await must(hub.request(VerifyShareAsRecipientDocument, { token: share.url }))).verifyShare;
    expect(verified).toMatchObject({ state: 'ACTIVE', recipientLabel: 'Rekrytering, Skellefteå Kraft' });
    expect(verified.credentials.map((report) => [report.learnerName, report.verdict])).toEqual([['Elin Sandberg', 'VALID']]);
    const mine = (await must(hub.request(MyShareOpeningsDocument, {}, { token: learner }))).me.shares.find((item) => item.id === share.id)!;
    expect(mine.openings).toContainEqual({ kind: 'VERIFIED', outcome: 'ACTIVE' });
  });

  it('withdrawn and expired shares reveal nothing but that', async () => {
    const award = await issue('Olle Holm');
    const learner = (await signedInLearner(hub, award.personalNumber)).token;
    const create = async (expiresInMs: number) =>
      (await must(hub.request(CreateShareDocument, { input: { awardIds: [award.id], recipientLabel: 'Bemanning AB', expiresAt: new Date(Date.now() + expiresInMs).toISOString() } }, { token: learner }))).createShare;
    const withdrawn = await create(7 * 86_400_000);
    await must(hub.request(WithdrawShareDocument, { id: withdrawn.id }, { token: learner }));
    expect((await must(hub.request(VerifyShareAsRecipientDocument, { token: withdrawn.token }))).verifyShare).toEqual({ state: 'WITHDRAWN', recipientLabel: null, credentials: [] });
    const expiring = await create(1_500);
    await sleep(2_000);
    expect((await must(hub.request(VerifyShareAsRecipientDocument, { token: expiring.token }))).verifyShare).toEqual({ state: 'EXPIRED', recipientLabel: null, credentials: [] });
  });
});
