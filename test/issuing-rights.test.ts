import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { personnummer } from './support/awards';
import { accreditedProvider, accreditedWorld, must } from './support/world';
import { startTestHub, type TestHub } from './support/hub';
import { statuses } from './support/verification';

/**
 * The right to issue another organisation's entry, from both sides, through the gateway against the real
 * subgraphs: what the catalogue answers (issuers, canIssue), what issuing decides, and what verification then
 * says of what was issued. One rule (platform/issuing-rights.ts): the right covers the issue date as a day,
 * every grant and withdrawal counts, and a withdrawal stops new awards at once.
 */
type Untyped = TypedDocumentNode<any, Record<string, unknown>>;
const gql = (text: string) => parse(text) as Untyped;

const GRANT_RIGHT = gql(`mutation($input: GrantIssuingRightInput!) { grantIssuingRight(input: $input) { validFrom validUntil withdrawnAt active } }`);
const WITHDRAW_RIGHT = gql(`mutation($entryId: ID!, $organisationId: ID!) { withdrawIssuingRight(entryId: $entryId, organisationId: $organisationId) { validUntil withdrawnAt active } }`);
const RIGHTS = gql(`query($id: ID!, $organisationId: ID!) { microCredential(id: $id) {
  issuers { organisation { id } basis validFrom validUntil withdrawnAt active } canIssue(organisationId: $organisationId) } }`);
const ISSUE = gql(`mutation($input: IssueAwardInput!) { issueAward(input: $input) { id credentialJwt } }`);
const VERIFY = gql(`query($credential: String!) { verifyCredential(credential: $credential) { verdict checks { check status reason } } }`);

let hub: TestHub;
let creator: { id: string; token: string };
let partner: { id: string; token: string };
let entry: { id: string; entryId: string };
let serial = 0;

const today = () => new Date().toISOString().slice(0, 10);
const issue = (issuer: { id: string; token: string }, issuedOn = today()) => {
  serial += 1;
  return hub.request(
    ISSUE,
    {
      input: {
        issuerId: issuer.id,
        microCredentialId: entry.id,
        learner: { personalNumber: personnummer(serial), name: `Lärande ${serial}`, email: `rights-${serial}@example.se` },
        issuedOn,
        idempotencyKey: `rights-${serial}`,
      },
    },
    { token: issuer.token },
  );
};
const rights = async () => (await must(hub.request(RIGHTS, { id: entry.id, organisationId: partner.id }))).microCredential;
const verify = async (credential: string) => (await must(hub.request(VERIFY, { credential }))).verifyCredential;

beforeAll(async () => {
  // The default cache lifetimes: the verifier keeps catalogue answers 60 s.
  hub = await startTestHub();
  // Sobona's entry, and Skellefteå Kraft, accredited by the same authority, who may be given the right to issue it.
  const world = await accreditedWorld(hub, { provider: 'Sobona', decisionReference: 'MYH 2026/0101', code: 'SOB-RIGHTS-01' });
  creator = world.provider;
  entry = world.entry;
  partner = (await accreditedProvider(hub, { provider: 'Skellefteå Kraft', decisionReference: 'MYH 2026/0102', authority: world.authority })).provider;
});
afterAll(() => hub?.stop());

describe('the right to issue another organisation\'s entry: catalogue, issuing and verification agree', () => {
  it('a right granted now (the default start) covers an award for today, and a cached "no" does not fail it in verification', async () => {
    // The verifier reads the entry (no grants yet) and keeps that answer 60 s.
    const own = await must(issue(creator));
    expect((await verify(own.issueAward.credentialJwt)).verdict).toBe('VALID');
    expect((await issue(partner)).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'microCredentialId' });
    expect((await rights()).canIssue).toBe(false);

    const granted = (await must(hub.request(GRANT_RIGHT, { input: { entryId: entry.entryId, organisationId: partner.id } }, { token: creator.token }))).grantIssuingRight;
    expect(granted).toMatchObject({ validUntil: null, withdrawnAt: null, active: true });
    expect((await rights()).canIssue).toBe(true);
    const issued = await issue(partner);
    expect(issued.errors).toBeUndefined();
    // Within the minute the verifier would reuse its answer from before the grant: it looks again before failing.
    const report = await verify(issued.data!.issueAward.credentialJwt);
    expect(statuses(report)).toMatchObject({ CATALOGUE: 'OK' });
    expect(report.verdict).toBe('VALID');
  });

  it('after a withdrawal nothing more is issued, the catalogue says so, and what was issued before stays valid', async () => {
    const before = await must(issue(partner));
    const withdrawn = (await must(hub.request(WITHDRAW_RIGHT, { entryId: entry.entryId, organisationId: partner.id }, { token: creator.token }))).withdrawIssuingRight;
    expect(withdrawn.active).toBe(false);
    // The list shows when the right ended: at the withdrawal.
    expect(withdrawn.validUntil).toBe(withdrawn.withdrawnAt);
    const listed = (await rights()).issuers.filter((right: { organisation: { id: string } }) => right.organisation.id === partner.id);
    expect(listed).toEqual([expect.objectContaining({ basis: 'GRANTED', validUntil: withdrawn.withdrawnAt, withdrawnAt: withdrawn.withdrawnAt, active: false })]);
    expect((await rights()).canIssue).toBe(false);

    // Today's date is still "covered" by the day the right had, but a withdrawal stops new awards at once.
    const after = await issue(partner);
    expect(after.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'microCredentialId' });
    expect(after.errors?.[0].message).toMatch(/withdrawn/);
    // Not for an earlier date either.
    const backdated = await issue(partner, new Date(Date.now() - 86_400_000).toISOString().slice(0, 10));
    expect(backdated.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });

    const report = await verify(before.issueAward.credentialJwt);
    expect(statuses(report)).toMatchObject({ CATALOGUE: 'OK' });
    expect(report.verdict).toBe('VALID');
  });

  it('a new grant after the withdrawal counts: issuing and canIssue allow again, and both grants are listed', async () => {
    await must(hub.request(GRANT_RIGHT, { input: { entryId: entry.entryId, organisationId: partner.id } }, { token: creator.token }));
    const now = await rights();
    expect(now.canIssue).toBe(true);
    expect(now.issuers.filter((right: { organisation: { id: string } }) => right.organisation.id === partner.id).map((right: { active: boolean }) => right.active).sort()).toEqual([false, true]);
    const issued = await issue(partner);
    expect(issued.errors).toBeUndefined();
    expect((await verify(issued.data!.issueAward.credentialJwt)).verdict).toBe('VALID');
  });

  it('a right that starts later than the issue date does not cover it, in issuing and in the catalogue alike', async () => {
    const other = await (async () => {
      await must(hub.request(WITHDRAW_RIGHT, { entryId: entry.entryId, organisationId: partner.id }, { token: creator.token }));
      const tomorrow = new Date(Date.now() + 86_400_000);
      tomorrow.setUTCHours(0, 0, 0, 0);
      return (await must(hub.request(GRANT_RIGHT, { input: { entryId: entry.entryId, organisationId: partner.id, validFrom: tomorrow.toISOString() } }, { token: creator.token }))).grantIssuingRight;
    })();
    expect(other.active).toBe(false);
    expect((await rights()).canIssue).toBe(false);
    const refused = await issue(partner);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'microCredentialId' });
  });
});
