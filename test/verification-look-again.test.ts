import {
  DraftMicroCredentialDocument,
  GrantAccreditationDocument,
  IssueAwardDocument,
  PublishMicroCredentialDocument,
  ReinstateAwardDocument,
  RotateIssuerKeyDocument,
  SuspendAwardDocument,
  VerifyCredentialDocument,
} from './generated/graphql';
import { personnummer } from './support/awards';
import { startTestHub, type TestHub } from './support/hub';
import { checkOf, statuses } from './support/verification';
import { REPAIR_SEWING, accreditedWorld, must, register, type AccreditedProvider } from './support/world';

/**
 * A cached "no" must not become a failure (issue 15). The verifier reuses what it read (documents as they
 * declare, up to 60 s; answers 60 s), so a change made since (a new accreditation, a new key, a reinstated
 * award, a new issuing right) is not in its copy yet. Before it calls a genuine credential INVALID it reads
 * the sources that check relied on once more, afresh: the documents revalidated with their ETag, the answers
 * asked again. The hub here keeps the default cache lifetimes (nothing set to 0).
 */
let hub: TestHub;
let first: AccreditedProvider & { entryId: string };
let serial = 0;

const issue = async (world: AccreditedProvider & { entryId: string }) => {
  serial += 1;
  const input = {
    issuerId: world.provider.id,
    microCredentialId: world.entryId,
    learner: { personalNumber: personnummer(7000 + serial), name: `Lärande ${serial}`, email: `look-again-${serial}@example.se` },
    issuedOn: new Date().toISOString().slice(0, 10),
    idempotencyKey: `look-again-${serial}`,
  };
  return (await must(hub.request(IssueAwardDocument, { input }, { token: world.provider.token }))).issueAward;
};
/** Another provider accredited by the same authority (the trust root), with its entry published: its own keys and status lists. */
async function anotherProvider(legalName: string) {
  serial += 1;
  const id = await register(hub, legalName, 'INDUSTRY_BODY');
  const grant = { organisationId: id, decisionReference: `MYH 2025/${1000 + serial}`, seqfLevels: [3], fields: ['07'], credentialTypes: ['INDUSTRY_VALIDATION' as const], validFrom: new Date(Date.now() - 86_400_000).toISOString() };
  await must(hub.request(GrantAccreditationDocument, { input: grant }, { token: first.authority.token }));
  const provider = { id, token: await hub.token({ roles: ['provider'], organisationId: id }) };
  const input = { ...REPAIR_SEWING, providerId: id, code: `LOOK-AGAIN-${serial}` };
  const { draftMicroCredential } = await must(hub.request(DraftMicroCredentialDocument, { input }, { token: provider.token }));
  await must(hub.request(PublishMicroCredentialDocument, { id: draftMicroCredential.id }, { token: provider.token }));
  return { ...first, provider, entryId: draftMicroCredential.id };
}
const verify = async (credential: string) => (await must(hub.request(VerifyCredentialDocument, { credential }))).verifyCredential;

beforeAll(async () => {
  hub = await startTestHub();
  first = await accreditedWorld(hub);
});
afterAll(() => hub?.stop());

describe('a cached "no" is looked at again before a check fails', () => {
  it('an issuer accredited since the registry was read: ACCREDITATION OK, not "the registry does not bear it out"', async () => {
    // The verifier reads the registry (max-age 60) for the first provider's credential.
    expect((await verify((await issue(first)).credentialJwt!)).verdict).toBe('VALID');
    // Then a second provider is accredited, publishes and issues, all within the minute.
    const second = await anotherProvider('Sobona');
    const report = await verify((await issue(second)).credentialJwt!);
    expect(statuses(report)).toEqual({ FORMAT: 'OK', SIGNATURE: 'OK', ACCREDITATION: 'OK', STATUS: 'OK', EXPIRY: 'OK', CATALOGUE: 'OK' });
    expect(checkOf(report, 'ACCREDITATION').reason).toMatch(/^Accredited for/);
  });

  it('a credential signed with a key made since the keys were read: SIGNATURE OK, not "publishes no key"', async () => {
    const before = await issue(first);
    expect((await verify(before.credentialJwt!)).verdict).toBe('VALID');
    const rotated = (await must(hub.request(RotateIssuerKeyDocument, { organisationId: first.provider.id }, { token: first.provider.token }))).rotateIssuerKey;
    const after = await issue(first);
    expect(after.kid).not.toBe(before.kid);
    expect(after.kid).toBe(rotated.kid);
    const report = await verify(after.credentialJwt!);
    expect(checkOf(report, 'SIGNATURE')).toMatchObject({ status: 'OK', reason: expect.stringContaining(after.kid!) });
    expect(report.verdict).toBe('VALID');
    // What the old key signed still verifies.
    expect((await verify(before.credentialJwt!)).verdict).toBe('VALID');
  });

  it('an award reinstated since its status list was read: STATUS OK, not "suspended"', async () => {
    // An issuer of its own, so that its lists are first read after the suspension.
    const issuer = await anotherProvider('Skellefteå Kraft');
    const award = await issue(issuer);
    await must(hub.request(SuspendAwardDocument, { id: award.id, reason: 'Utreds' }, { token: issuer.provider.token }));
    const suspended = await verify(award.credentialJwt!);
    expect(checkOf(suspended, 'STATUS')).toMatchObject({ status: 'FAILED', reason: expect.stringMatching(/^Suspended by the issuer/) });
    await must(hub.request(ReinstateAwardDocument, { id: award.id, reason: 'Utredningen klar' }, { token: issuer.provider.token }));
    const report = await verify(award.credentialJwt!);
    expect(checkOf(report, 'STATUS').status).toBe('OK');
    expect(report.verdict).toBe('VALID');
  });

  it('a genuine failure stays a failure after the second look: a suspended award, a tampered credential', async () => {
    const issuer = await anotherProvider('Handelsrådet');
    const award = await issue(issuer);
    await must(hub.request(SuspendAwardDocument, { id: award.id, reason: 'Utreds' }, { token: issuer.provider.token }));
    // Read once, then again from the cache and looked at afresh: suspended both times.
    for (let time = 0; time < 2; time += 1) {
      expect(checkOf(await verify(award.credentialJwt!), 'STATUS')).toMatchObject({ status: 'FAILED', reason: expect.stringMatching(/^Suspended by the issuer/) });
    }
    const [header, payload, signature] = award.credentialJwt!.split('.');
    const altered = JSON.parse(Buffer.from(payload, 'base64url').toString());
    altered.name = 'Mallory holds a PhD';
    const tampered = `${header}.${Buffer.from(JSON.stringify(altered)).toString('base64url')}.${signature}`;
    expect(checkOf(await verify(tampered), 'SIGNATURE')).toMatchObject({ status: 'FAILED', reason: expect.stringMatching(/does not verify/) });
  });
});
