import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { personnummer } from './support/awards';
import { accreditedWorld, must } from './support/world';
import { startTestHub, type TestHub } from './support/hub';
import { sleep } from './support/verification';

/**
 * How fresh a verification is, and that it says so: every report lists each source it relied on with when
 * that was read, and the hub's own verification revalidates status lists (with their ETag) after at most
 * VERIFICATION_STATUS_MAX_SECONDS (default 60; 3 here), however long the lists' max-age (300 s) and the other
 * caches (VERIFICATION_CACHE_MAX_SECONDS, 300 by default, as here) would keep them.
 */
type Untyped = TypedDocumentNode<any, Record<string, unknown>>;
const gql = (text: string) => parse(text) as Untyped;

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
  const world = await accreditedWorld(hub, { provider: 'Sobona', decisionReference: 'MYH 2026/0201', code: 'SOB-FRESH-01' });
  provider = world.provider;
  entryId = world.entryId;
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
