import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { decodeJwt } from 'jose';
import { personnummer } from './support/awards';
import { startTestHub, type TestHub } from './support/hub';
import { signedInLearner } from './support/sign-in';
import { accreditedWorld, must } from './support/world';

/**
 * Issue 15: one person awarded by two issuers. Each issuer sees its own pseudonym of the learner (stable across
 * its awards, unrelated to the other's), can name the learner only by it, and the learner, signed in with e-ID,
 * sees one account with both issuers' awards. No credential names the learner by an id two issuers share.
 */
type Untyped = TypedDocumentNode<any, Record<string, unknown>>;
const gql = (text: string) => parse(text) as Untyped;
const ISSUE = gql(`mutation($input: IssueAwardInput!) { issueAward(input: $input) { id learnerId } }`);
const ISSUE_COHORT = gql(`mutation($issuerId: ID!, $inputs: [CohortAwardInput!]!) { issueAwards(issuerId: $issuerId, inputs: $inputs) { results { outcome awardId } } }`);
const AWARD = gql(`query($id: ID!) { award(id: $id) { id learnerId } }`);
const ISSUED = gql(`query($id: ID!, $learnerId: ID) { organisation(id: $id) { awardsIssued(first: 50, learnerId: $learnerId) { totalCount nodes { id learnerId } } } }`);
const ME = gql(`{ me { id awards { id learnerId issuer { id } credentialJwt openBadgeJwt credentialWithProof europass { credential } } } }`);
const VERIFY = gql(`query($credential: String!) { verifyCredential(credential: $credential) { verdict } }`);

const PSEUDONYM = /^lp_[A-Za-z0-9_-]{22}$/;
const PERSON = personnummer(1515);
const OTHER_PERSON = personnummer(1516);

let hub: TestHub;
let a: Awaited<ReturnType<typeof accreditedWorld>>;
let b: Awaited<ReturnType<typeof accreditedWorld>>;
let serial = 0;

async function issue(world: typeof a, personalNumber = PERSON, idempotencyKey = `pseudonyms-${(serial += 1)}`) {
  const input = {
    issuerId: world.provider.id,
    microCredentialId: world.entryId,
    learner: { personalNumber, name: 'Lina Sundberg', email: 'lina@example.se' },
    issuedOn: new Date().toISOString().slice(0, 10),
    idempotencyKey,
  };
  return (await must(hub.request(ISSUE, { input }, { token: world.provider.token }))).issueAward as { id: string; learnerId: string };
}

const issuedBy = (world: typeof a, learnerId?: string, token = world.provider.token) => hub.request(ISSUED, { id: world.provider.id, learnerId }, { token });

beforeAll(async () => {
  hub = await startTestHub({ EID_LOCAL_PROVIDER: 'true', VERIFICATION_CACHE_MAX_SECONDS: '0' });
  a = await accreditedWorld(hub);
  b = await accreditedWorld(hub, { provider: 'Sobona', authority: a.authority, decisionReference: 'MYH 2025/0002', code: 'SOB-FIB-01' });
});
afterAll(() => hub?.stop());

describe('one person, two issuers', () => {
  let fromA: { id: string; learnerId: string }[];
  let fromB: { id: string; learnerId: string };
  let learner: { learnerId: string; token: string };

  beforeAll(async () => {
    fromA = [await issue(a, PERSON, 'a-1'), await issue(a, PERSON, 'a-2')];
    fromB = await issue(b, PERSON, 'b-1');
    await issue(b, OTHER_PERSON, 'b-other');
    learner = await signedInLearner(hub, PERSON);
  });

  test('each issuer sees its own pseudonym: stable at one issuer, different across issuers, never the account id', async () => {
    const [first, second] = fromA;
    expect(first.learnerId).toMatch(PSEUDONYM);
    expect(second.learnerId).toBe(first.learnerId);
    expect(fromB.learnerId).toMatch(PSEUDONYM);
    expect(fromB.learnerId).not.toBe(first.learnerId);
    expect([first.learnerId, fromB.learnerId]).not.toContain(learner.learnerId);

    // A retried issue (same idempotency key), the award read back, a cohort and the issued list all say the same.
    expect((await issue(a, PERSON, 'a-1')).learnerId).toBe(first.learnerId);
    expect((await must(hub.request(AWARD, { id: first.id }, { token: a.provider.token }))).award.learnerId).toBe(first.learnerId);
    const cohort = (await must(hub.request(ISSUE_COHORT, { issuerId: a.provider.id, inputs: [{ microCredentialId: a.entryId, learner: { personalNumber: PERSON, name: 'Lina Sundberg' }, idempotencyKey: 'a-cohort' }] }, { token: a.provider.token }))).issueAwards;
    expect(cohort.results[0].outcome).toBe('ISSUED');
    expect((await must(hub.request(AWARD, { id: cohort.results[0].awardId }, { token: a.provider.token }))).award.learnerId).toBe(first.learnerId);
    const listed = (await must(issuedBy(a))).organisation.awardsIssued;
    expect(new Set(listed.nodes.map((node: { learnerId: string }) => node.learnerId))).toEqual(new Set([first.learnerId]));
    const listedAtB = (await must(issuedBy(b))).organisation.awardsIssued;
    expect(listedAtB.nodes.map((node: { learnerId: string }) => node.learnerId)).toContain(fromB.learnerId);
    expect(listedAtB.nodes.map((node: { learnerId: string }) => node.learnerId)).not.toContain(first.learnerId);
  });

  test('the learner, signed in with e-ID, sees one account with both issuers\' awards, named by that account', async () => {
    const { me } = await must(hub.request(ME, {}, { token: learner.token }));
    expect(me.id).toBe(learner.learnerId);
    expect(new Set(me.awards.map((award: { issuer: { id: string } }) => award.issuer.id))).toEqual(new Set([a.provider.id, b.provider.id]));
    expect(me.awards).toHaveLength(4);
    for (const award of me.awards) expect(award.learnerId).toBe(learner.learnerId);
    // The learner reading one award on its own sees their account too.
    expect((await must(hub.request(AWARD, { id: fromB.id }, { token: learner.token }))).award.learnerId).toBe(learner.learnerId);
  });

  test('the credentials of the two issuers share no subject id, and none names the account or a pseudonym', async () => {
    const { me } = await must(hub.request(ME, {}, { token: learner.token }));
    const subjectIds = (award: any): string[] =>
      [
        (decodeJwt(award.credentialJwt) as any).credentialSubject?.id,
        decodeJwt(award.openBadgeJwt).sub,
        (decodeJwt(award.openBadgeJwt) as any).credentialSubject?.id,
        award.credentialWithProof?.credentialSubject?.id,
        award.europass?.credential?.credentialSubject?.id,
      ].filter((id): id is string => typeof id === 'string');
    const ofIssuer = (id: string) => new Set(me.awards.filter((award: any) => award.issuer.id === id).flatMap(subjectIds));
    const atA = ofIssuer(a.provider.id);
    const atB = ofIssuer(b.provider.id);
    expect([...atA].filter((id) => atB.has(id))).toEqual([]);
    const everything = JSON.stringify(me.awards.map((award: any) => [decodeJwt(award.credentialJwt), decodeJwt(award.openBadgeJwt), award.credentialWithProof, award.europass?.credential]));
    for (const id of [learner.learnerId, fromA[0].learnerId, fromB.learnerId]) expect(everything).not.toContain(id);
    // Both still verify.
    for (const award of [me.awards.find((x: any) => x.issuer.id === a.provider.id), me.awards.find((x: any) => x.issuer.id === b.provider.id)]) {
      expect((await must(hub.request(VERIFY, { credential: award.credentialJwt }))).verifyCredential.verdict).toBe('VALID');
    }
  });

  test('an issuer finds a learner by its own pseudonym only: not by another issuer\'s, nor by the account id', async () => {
    const pseudonymAtA = fromA[0].learnerId;
    const ownAtA = (await must(issuedBy(a, pseudonymAtA))).organisation.awardsIssued;
    expect(ownAtA.totalCount).toBe(3);
    expect(ownAtA.nodes.every((node: { learnerId: string }) => node.learnerId === pseudonymAtA)).toBe(true);
    const ownAtB = (await must(issuedBy(b, fromB.learnerId))).organisation.awardsIssued;
    expect(ownAtB.nodes.map((node: { id: string }) => node.id)).toEqual([fromB.id]);

    // B holding A's pseudonym reaches no one of its learners (it has awarded the person, and another).
    const crossed = (await must(issuedBy(b, pseudonymAtA))).organisation.awardsIssued;
    expect(crossed).toEqual({ totalCount: 0, nodes: [] });
    expect((await must(issuedBy(a, fromB.learnerId))).organisation.awardsIssued.totalCount).toBe(0);

    // The raw account id (from whatever leak) is refused outright, by either issuer.
    for (const world of [a, b]) {
      const raw = await issuedBy(world, learner.learnerId);
      expect(raw.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'learnerId' });
      expect(raw.data?.organisation?.awardsIssued ?? null).toBeNull();
    }
    // A changed pseudonym (its last character) finds no one: refused when it decodes alike, another id otherwise.
    const respelt = pseudonymAtA.slice(0, -1) + (pseudonymAtA.endsWith('A') ? 'B' : 'A');
    expect((await issuedBy(a, respelt)).data?.organisation?.awardsIssued?.totalCount ?? 0).toBe(0);

    // The filter is for the organisation itself: B cannot list A's awards, with or without a pseudonym.
    const foreign = await issuedBy(a, pseudonymAtA, b.provider.token);
    expect(foreign.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
