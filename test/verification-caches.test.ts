import { VerificationWorld, type WorldOrganisation } from './support/verification-world';
import type { CatalogueEntry } from '../services/verification/sources';
import { VerifyCredentialDocument, VerifyCredentialsDocument } from './generated/graphql';
import { startTestHub, type TestHub } from './support/hub';
import { checkOf, daysAgo, expectFailed, registeredOrganisation, statuses, verifyAgainst } from './support/verification';

/**
 * What verification keeps between requests (issue 20): the issuers' public keys as node:crypto KeyObjects, and
 * each status list decoded (parsed, unpacked, its signature checked) while its text stays the same. Neither
 * may answer for what the current documents say: here every document is revalidated on every request
 * (VERIFICATION_CACHE_MAX_SECONDS 0: a 304 when nothing changed), so each change below shows at once.
 */
let hub: TestHub;
let served: Awaited<ReturnType<typeof VerificationWorld.serve>>;
let world: VerificationWorld;
let root: WorldOrganisation;

const ALL_OK = { FORMAT: 'OK', SIGNATURE: 'OK', ACCREDITATION: 'OK', STATUS: 'OK', EXPIRY: 'OK', CATALOGUE: 'OK' };

async function verify(credential: string) {
  const response = await hub.request(VerifyCredentialDocument, { credential });
  expect(response.errors).toBeUndefined();
  return response.data!.verifyCredential;
}

/** An issuer accredited by the root, with an entry of its own. */
async function accreditedIssuer(legalName: string): Promise<{ issuer: WorldOrganisation; entry: CatalogueEntry }> {
  const issuer = await world.addOrganisation(legalName, { id: await registeredOrganisation(hub, legalName) });
  world.accredit(issuer, root, { seqfLevels: [1, 2, 3, 4], fields: ['07'], credentialTypes: ['NON_FORMAL', 'INDUSTRY_VALIDATION'] });
  return { issuer, entry: world.addEntry({ providerId: issuer.id, seqfLevel: 4 }) };
}

beforeAll(async () => {
  hub = await startTestHub();
  served = await VerificationWorld.serve();
  world = served.world;
  root = await world.addOrganisation('Myndigheten för yrkeshögskolan', { root: true, id: await registeredOrganisation(hub, 'Myndigheten för yrkeshögskolan') });
  verifyAgainst(hub, world, served.graphqlUrl, { maxCacheSeconds: 0 });
});
afterAll(async () => {
  await served?.close();
  await hub?.stop();
});

describe("an issuer's keys, kept as KeyObjects", () => {
  it('a key revoked as compromised after its signatures were verified: what it signed since fails, what it signed before holds', async () => {
    const { issuer, entry } = await accreditedIssuer('Skellefteå Kraft');
    const key = issuer.keys[0];
    const earlier = await world.issue({ issuer, entry, validFrom: daysAgo(20) });
    const later = await world.issue({ issuer, entry, validFrom: daysAgo(2) });
    expect(statuses(await verify(earlier.jws))).toEqual(ALL_OK);
    expect(statuses(await verify(later.jws))).toEqual(ALL_OK);

    // The issuer reports the key compromised from ten days ago, and its status list (signed with that key since) is
    // not to be relied on until the issuer signs it again with its new key: it does so when it next changes it.
    const successor = await world.newKey('EdDSA');
    issuer.keys.push(successor);
    Object.assign(key, { status: 'COMPROMISED', compromisedFrom: daysAgo(10).toISOString() });
    expect(checkOf(await verify(earlier.jws), 'STATUS').reason).toMatch(/was signed when key .* is revoked as compromised/);
    const other = await world.issue({ issuer, entry, key: successor });
    world.setStatus(other, 'REVOKED');
    expectFailed(await verify(later.jws), 'SIGNATURE', /revoked as compromised from .* issued after that/);
    expect(statuses(await verify(earlier.jws))).toEqual(ALL_OK);
    // A batch reads the same: each credential by the key's lifecycle as published now.
    const { data } = await hub.request(VerifyCredentialsDocument, { credentials: [earlier.jws, later.jws] });
    expect(data!.verifyCredentials.map((report) => report.verdict)).toEqual(['VALID', 'INVALID']);
  });

  it('another key published under a kid already used: the old signatures no longer verify, the new key\'s do', async () => {
    const { issuer, entry } = await accreditedIssuer('Handelsrådet');
    const first = issuer.keys[0];
    const before = await world.issue({ issuer, entry });
    expect(statuses(await verify(before.jws))).toEqual(ALL_OK);

    // The same kid, another key pair: a KeyObject is the key's, not the kid's.
    const replacement = await world.newKey('EdDSA', { kid: first.kid });
    issuer.keys[0] = replacement;
    expectFailed(await verify(before.jws), 'SIGNATURE', /does not verify with key .* altered after it was signed, or that key did not sign it/);
    const after = await world.issue({ issuer, entry });
    // The status list in hand is still the one the old key signed: it does not verify with the key now published.
    expect(checkOf(await verify(after.jws), 'STATUS').reason).toMatch(/signature that does not verify with the issuer's key/);
    // Signed again (the issuer changes it), it holds.
    world.setStatus(before, 'REVOKED');
    expect(statuses(await verify(after.jws))).toEqual(ALL_OK);
  });

  it('an ES256 key and an EdDSA key of one issuer, each verifying only its own signatures', async () => {
    const { issuer, entry } = await accreditedIssuer('Sobona');
    const p256 = await world.newKey('ES256');
    issuer.keys.push(p256);
    const byEdDsa = await world.issue({ issuer, entry, key: issuer.keys[0] });
    const byEs256 = await world.issue({ issuer, entry, key: p256 });
    expect(statuses(await verify(byEdDsa.jws))).toEqual(ALL_OK);
    expect(statuses(await verify(byEs256.jws))).toEqual(ALL_OK);
    // The ES256 signature under the EdDSA key's kid: the header cannot make one key verify the other's signature.
    const [header, payload, signature] = byEs256.jws.split('.');
    const renamed = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(header, 'base64url').toString()), kid: issuer.keys[0].kid })).toString('base64url');
    expectFailed(await verify(`${renamed}.${payload}.${signature}`), 'SIGNATURE', /not a key for ES256|does not verify/);
  });
});

describe('status lists, kept decoded while their text is the same', () => {
  it('a list changed since it was decoded is read anew (a new ETag), one unchanged is answered from the decoding (304)', async () => {
    const { issuer, entry } = await accreditedIssuer('Nordiska Textilakademin');
    const one = await world.issue({ issuer, entry, learnerName: 'Maja Berg' });
    const two = await world.issue({ issuer, entry, learnerName: 'Ali Hassan' });
    expect(statuses(await verify(one.jws))).toEqual(ALL_OK);
    const listRequests = world.calls['status list'] ?? 0;
    expect(statuses(await verify(two.jws))).toEqual(ALL_OK);
    // Revalidated, not taken on trust: the list was asked for again.
    expect(world.calls['status list']).toBeGreaterThan(listRequests);

    world.setStatus(one, 'REVOKED');
    expectFailed(await verify(one.jws), 'STATUS', /^Revoked by the issuer/);
    expect(statuses(await verify(two.jws))).toEqual(ALL_OK);
    world.setStatus(one, 'SUSPENDED');
    expectFailed(await verify(one.jws), 'STATUS', /^Suspended by the issuer/);
    world.setStatus(one, 'ACTIVE');
    expect(statuses(await verify(one.jws))).toEqual(ALL_OK);
  });

  it("a list signed with a key that is since reported compromised is not relied on, though its text has not changed", async () => {
    const { issuer, entry } = await accreditedIssuer('Arbetsförmedlingen');
    const signer = issuer.keys[0];
    const issued = await world.issue({ issuer, entry, validFrom: daysAgo(20) });
    world.lists.get(issued.entries[0].listId)!.signWithKid = signer.kid;
    expect(statuses(await verify(issued.jws))).toEqual(ALL_OK);

    issuer.keys.push(await world.newKey('EdDSA'));
    Object.assign(signer, { status: 'COMPROMISED', compromisedFrom: new Date(Date.now() - 3_600_000).toISOString() });
    const report = await verify(issued.jws);
    // The credential was signed before the compromise; its status list after.
    expect(checkOf(report, 'SIGNATURE').status).toBe('OK');
    expect(checkOf(report, 'STATUS').status).toBe('FAILED');
    expect(checkOf(report, 'STATUS').reason).toMatch(/was signed when key .* is revoked as compromised/);
  });
});
