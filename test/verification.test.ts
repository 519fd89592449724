import fc from 'fast-check';
import { SignJWT } from 'jose';
import { VerificationWorld, type Issued, type WorldOrganisation } from './support/verification-world';
import type { CatalogueEntry } from '../services/verification/sources';
import { VerifyCredentialDocument, VerifyCredentialsBriefDocument, VerifyCredentialsDocument, VerifyShareDocument } from './generated/graphql';
import { startTestHub, type TestHub } from './support/hub';
import { checkOf, daysAgo, DAY, expectFailed, forge, partsOf, registeredOrganisation, statuses, verifyAgainst } from './support/verification';

/**
 * verifyCredential / verifyCredentials / verifyShare through the gateway, anonymously, against a world of
 * issuers this test controls: it publishes keys, DID documents, the registry, status lists and answers the
 * accreditation, catalogue and share queries in the hub's shapes, over HTTP.
 */
let hub: TestHub;
let served: Awaited<ReturnType<typeof VerificationWorld.serve>>;
let world: VerificationWorld;
let myh: WorldOrganisation;
let textil: WorldOrganisation;
let textilEntry: CatalogueEntry;

const ALL_OK = { FORMAT: 'OK', SIGNATURE: 'OK', ACCREDITATION: 'OK', STATUS: 'OK', EXPIRY: 'OK', CATALOGUE: 'OK' };

/** An organisation of the world that is also registered in the hub (so `issuer` resolves through the graph). */
async function organisation(legalName: string, options: { root?: boolean; alg?: 'EdDSA' | 'ES256' } = {}) {
  return world.addOrganisation(legalName, { ...options, id: await registeredOrganisation(hub, legalName) });
}

/** An issuer accredited by the root for levels 1-4 in engineering and manufacturing, with an entry of its own. */
async function accreditedIssuer(legalName: string, options: { alg?: 'EdDSA' | 'ES256'; seqfLevel?: number } = {}) {
  const issuer = await organisation(legalName, options);
  const accreditation = world.accredit(issuer, myh, { seqfLevels: [1, 2, 3, 4], fields: ['07'], credentialTypes: ['NON_FORMAL', 'INDUSTRY_VALIDATION'] });
  const entry = world.addEntry({ providerId: issuer.id, seqfLevel: options.seqfLevel ?? 4 });
  return { issuer, entry, accreditation };
}

async function verify(credential: string) {
  const response = await hub.request(VerifyCredentialDocument, { credential });
  expect(response.errors).toBeUndefined();
  return response.data!.verifyCredential;
}

beforeAll(async () => {
  hub = await startTestHub();
  served = await VerificationWorld.serve();
  world = served.world;
  myh = await organisation('Myndigheten för yrkeshögskolan', { root: true });
  ({ issuer: textil, entry: textilEntry } = await accreditedIssuer('Nordiska Textilakademin'));
});
beforeEach(() => {
  world.down.clear();
  verifyAgainst(hub, world, served.graphqlUrl);
});
afterAll(async () => {
  await served?.close();
  await hub?.stop();
});

describe('a genuine credential', () => {
  it('verifies with every check OK, and says what was verified', async () => {
    const issued = await world.issue({ issuer: textil, entry: textilEntry, learnerName: 'Åsa Öberg-Nilsson', validUntil: new Date(Date.now() + 365 * DAY) });
    const report = await verify(issued.jws);
    expect(statuses(report)).toEqual(ALL_OK);
    expect(report.verdict).toBe('VALID');
    expect(report).toMatchObject({
      learnerName: 'Åsa Öberg-Nilsson',
      title: 'Reparationssömnad jeans',
      issuerId: textil.did,
      issuerName: 'Nordiska Textilakademin',
      issuedAt: issued.payload.validFrom,
      seqfLevel: 4,
      credentialType: 'NON_FORMAL',
      credentialId: issued.payload.id,
      // Resolved through the graph: the organisation from the accreditation subgraph.
      issuer: { id: textil.id, legalName: 'Nordiska Textilakademin' },
      microCredential: { id: textilEntry.id },
    });
    expect(report.skills).toEqual([{ uri: 'http://data.europa.eu/esco/skill/0b3b9ecd-5ed3-4b51-a5c5-2e0e2bbd2f04', name: 'sy kläder' }]);
    expect(report.summary).toMatch(/^Genuine and valid: Reparationssömnad jeans, issued by Nordiska Textilakademin to Åsa Öberg-Nilsson/);
    expect(report.summarySv).toMatch(/^Äkta och giltigt/);
    expect(checkOf(report, 'ACCREDITATION').reason).toMatch(/chain: Nordiska Textilakademin ← Myndigheten för yrkeshögskolan \(trust root\)/);
    for (const check of report.checks) expect(check.reasonSv).not.toEqual(check.reason);
  });

  it('verifies with an ES256 key, with revocation and suspension lists, and through an intermediate authority', async () => {
    const region = await organisation('Region Västerbotten');
    world.accredit(region, myh, { seqfLevels: [1, 2, 3, 4, 5], fields: ['07', '09'], credentialTypes: ['NON_FORMAL'] }, { kind: 'TO_ACCREDIT' });
    const kraft = await organisation('Skellefteå Kraft', { alg: 'ES256' });
    world.accredit(kraft, region, { seqfLevels: [5], fields: ['071'], credentialTypes: ['NON_FORMAL'] });
    const entry = world.addEntry({ providerId: kraft.id, seqfLevel: 5, field: '071', title: { sv: 'Drifttekniker vattenkraft', en: 'Hydropower operating technician' } });
    const issued = await world.issue({ issuer: kraft, entry, status: 'pair' });
    const report = await verify(issued.jws);
    expect(statuses(report)).toEqual(ALL_OK);
    expect(checkOf(report, 'ACCREDITATION').reason).toMatch(/Skellefteå Kraft ← Region Västerbotten ← Myndigheten för yrkeshögskolan/);
    expect(checkOf(report, 'STATUS').reason).toMatch(/status lists/);
  });

  it('is read from the JSON the hub exports, and from an enveloped credential', async () => {
    const issued = await world.issue({ issuer: textil, entry: textilEntry });
    const exported = JSON.stringify({ id: 'award-1', title: 'Reparationssömnad jeans', credentialJwt: issued.jws, credential: issued.payload });
    expect((await verify(exported)).verdict).toBe('VALID');
    const enveloped = JSON.stringify({ '@context': ['https://www.w3.org/ns/credentials/v2'], type: 'EnvelopedVerifiableCredential', id: `data:application/vc+jwt,${issued.jws}` });
    expect((await verify(enveloped)).verdict).toBe('VALID');
    // The clear-text copy beside the JWS must be what was signed.
    const altered = JSON.stringify({ credentialJwt: issued.jws, credential: { ...issued.payload, name: 'Svetsning' } });
    expectFailed(await verify(altered), 'FORMAT', /differs from the one its JWS signs/);
    // Whatever its JSON type: a sentence, a number, a list, null or a boolean beside a genuine JWS is not what was signed.
    for (const credential of ['Mallory holds a PhD', 42, [issued.payload], null, true, JSON.stringify(issued.payload)]) {
      expectFailed(await verify(JSON.stringify({ credentialJwt: issued.jws, credential })), 'FORMAT', /differs from the one its JWS signs/);
    }
  });
});

describe('hostile input gets an invalid verdict with the right check failed, never an error', () => {
  const hmacWithPublicKey = async () => {
    const issued = await world.issue({ issuer: textil, entry: textilEntry });
    const secret = new TextEncoder().encode(JSON.stringify(textil.keys[0].publicJwk));
    return new SignJWT(issued.payload).setProtectedHeader({ alg: 'HS256', typ: 'vc+jwt', kid: textil.keys[0].kid }).sign(secret);
  };

  it.each([
    ['alg none', async () => forge({ alg: 'none', typ: 'vc+jwt', kid: textil.keys[0].kid }, (await world.issue({ issuer: textil, entry: textilEntry })).payload, ''), /alg is "none"/],
    ['HMAC with the public key as secret', hmacWithPublicKey, /HS256, an HMAC algorithm/],
    ['wrong typ', async () => {
      const { payload } = await world.issue({ issuer: textil, entry: textilEntry });
      return new SignJWT(payload).setProtectedHeader({ alg: 'EdDSA', typ: 'at+jwt', kid: textil.keys[0].kid }).sign(textil.keys[0].privateKey);
    }, /typ is "at\+jwt"/],
    // typ JWT is the Open Badges 3.0 form, for Open Badges credentials only.
    ['typ JWT on a credential that is not an Open Badges credential', async () => {
      const { payload } = await world.issue({ issuer: textil, entry: textilEntry });
      return new SignJWT({ ...payload, type: ['VerifiableCredential'] }).setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid: textil.keys[0].kid }).sign(textil.keys[0].privateKey);
    }, /typ "JWT" is the Open Badges 3\.0 form, but the payload is not an OpenBadgeCredential/],
    ['no kid', async () => forge({ alg: 'EdDSA', typ: 'vc+jwt' }, {}), /no usable key id/],
    ['not base64url', async () => `${partsOf(forge({ alg: 'EdDSA', typ: 'vc+jwt', kid: 'k' }, {})).encode({ alg: 'EdDSA', typ: 'vc+jwt', kid: 'k' })}.pay$load!.c2ln`, /payload \(part 2\) is not base64url/],
    ['a header that is not base64url', async () => 'ey+J/hbGc=.e30.c2ln', /header \(part 1\) is not base64url/],
    ['three parts that are not JSON', async () => `${Buffer.from('hello').toString('base64url')}.${Buffer.from('world').toString('base64url')}.c2ln`, /header is not a JSON object/],
    ['two parts', async () => 'eyJhbGciOiJFZERTQSJ9.e30', /three parts separated by dots; this has 2/],
    ['a payload that is not a VC 2.0 credential', async () => {
      const key = textil.keys[0];
      return new SignJWT({ vc: { type: ['VerifiableCredential'] }, sub: 'x' }).setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', kid: key.kid }).sign(key.privateKey);
    }, /not a VC 2.0 credential.*"vc" claim/],
    ['JWT claims that disagree with the credential', async () => {
      const { payload } = await world.issue({ issuer: textil, entry: textilEntry });
      const key = textil.keys[0];
      return new SignJWT({ ...payload, iss: 'did:web:elsewhere.example' }).setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', kid: key.kid }).sign(key.privateKey);
    }, /JWT claim iss disagrees with the credential's issuer/],
  ])('%s: FORMAT fails', async (_case, make, reason) => {
    const report = await verify(await make());
    expectFailed(report, 'FORMAT', reason);
    expect(statuses(report)).toEqual({ FORMAT: 'FAILED', SIGNATURE: 'SKIPPED', ACCREDITATION: 'SKIPPED', STATUS: 'SKIPPED', EXPIRY: 'SKIPPED', CATALOGUE: 'SKIPPED' });
    expect(report.learnerName).toBeNull();
  });

  it('a credential of several MB is refused before any work, by its size', async () => {
    const before = { ...world.calls };
    const huge = `${'eyJ'.repeat(1_000_000)}.e30.c2ln`;
    const report = await verify(huge);
    expectFailed(report, 'FORMAT', /is 3,000,009 characters; the verifier reads at most 65,536/);
    expect(world.calls).toEqual(before);
  });

  it('an unknown kid', async () => {
    const stranger = await world.newKey('EdDSA', { kid: 'okand-nyckel' });
    const report = await verify((await world.issue({ issuer: textil, entry: textilEntry, key: stranger })).jws);
    expectFailed(report, 'SIGNATURE', /Nordiska Textilakademin publishes no key with kid okand-nyckel/);
    expect(statuses(report)).toMatchObject({ ACCREDITATION: 'SKIPPED', STATUS: 'SKIPPED', EXPIRY: 'SKIPPED', CATALOGUE: 'SKIPPED' });
    // Nothing an unverified credential says is shown as verified.
    expect({ learnerName: report.learnerName, issuer: report.issuer, microCredential: report.microCredential }).toEqual({ learnerName: null, issuer: null, microCredential: null });
  });

  it("a kid of another issuer (signed with that issuer's key)", async () => {
    const other = await organisation('Handelsrådet');
    const report = await verify((await world.issue({ issuer: textil, entry: textilEntry, key: other.keys[0] })).jws);
    expectFailed(report, 'SIGNATURE', /belongs to Handelsrådet, not to Nordiska Textilakademin/);
  });

  it('a tampered payload and a tampered header', async () => {
    const issued = await world.issue({ issuer: textil, entry: textilEntry, learnerName: 'Anna Lindqvist' });
    const { header, payload, signature, encode } = partsOf(issued.jws);
    const subject = payload.credentialSubject as { identifier: { identityHash: string }[] };
    subject.identifier[0].identityHash = 'Mallory';
    expectFailed(await verify(`${encode(header)}.${encode(payload)}.${signature}`), 'SIGNATURE', /does not verify with key .* altered after it was signed/);
    const [, originalPayload] = issued.jws.split('.');
    expectFailed(await verify(`${encode({ ...header, cty: 'json' })}.${originalPayload}.${signature}`), 'SIGNATURE', /does not verify/);
    const [originalHeader] = issued.jws.split('.');
    const flipped = signature[0] === 'A' ? `B${signature.slice(1)}` : `A${signature.slice(1)}`;
    expectFailed(await verify(`${originalHeader}.${originalPayload}.${flipped}`), 'SIGNATURE', /does not verify/);
  });

  it('a signature by a key revoked as compromised, after the compromise time (and before it, still valid)', async () => {
    const { issuer, entry } = await accreditedIssuer('Skellefteå kommun');
    const leaked = issuer.keys[0];
    issuer.keys.push(await world.newKey('EdDSA'));
    Object.assign(leaked, { status: 'COMPROMISED', compromisedFrom: daysAgo(10).toISOString() });
    const after = await world.issue({ issuer, entry, key: leaked, validFrom: daysAgo(2) });
    expectFailed(await verify(after.jws), 'SIGNATURE', /revoked as compromised from .* issued after that/);
    const before = await world.issue({ issuer, entry, key: leaked, validFrom: daysAgo(20) });
    expect(statuses(await verify(before.jws))).toEqual(ALL_OK);
  });

  it('an issuer the hub does not know, and an issuer elsewhere', async () => {
    const ghost = await world.addOrganisation('Spökskolan AB');
    world.organisations.delete(ghost.id);
    const report = await verify((await world.issue({ issuer: ghost, entry: textilEntry })).jws);
    expectFailed(report, 'SIGNATURE', /is not registered with the hub: it publishes no keys/);
    const foreign = await world.issue({ issuer: textil, entry: textilEntry, payload: (payload) => void ((payload.issuer as { id: string }).id = `did:web:evil.example:issuers:${textil.id}`) });
    expectFailed(await verify(foreign.jws), 'SIGNATURE', /is not an issuer of this hub/);
  });

  it('an issuer never accredited', async () => {
    const issuer = await organisation('Oackrediterad Utbildning AB');
    const entry = world.addEntry({ providerId: issuer.id });
    expectFailed(await verify((await world.issue({ issuer, entry })).jws), 'ACCREDITATION', /holds no accreditation to issue/);
  });

  it('an issuer accredited only for lower levels', async () => {
    const entry = world.addEntry({ providerId: textil.id, seqfLevel: 6 });
    const report = await verify((await world.issue({ issuer: textil, entry })).jws);
    expectFailed(report, 'ACCREDITATION', /not accredited for SeQF level 6, field 072, NON_FORMAL on \d{4}-\d{2}-\d{2}: .*no accreditation covers SeQF level 6/);
    expect(statuses(report)).toMatchObject({ SIGNATURE: 'OK', STATUS: 'OK', EXPIRY: 'OK', CATALOGUE: 'OK' });
  });

  it('an issuer whose accreditation was withdrawn before the issue date (and what it issued before stays accredited)', async () => {
    const { issuer, entry, accreditation } = await accreditedIssuer('Indragen Yrkesutbildning AB');
    world.changeAccreditation(accreditation, 'WITHDRAWN', daysAgo(30));
    expectFailed(await verify((await world.issue({ issuer, entry, validFrom: daysAgo(5) })).jws), 'ACCREDITATION', /withdrawn/);
    expect(statuses(await verify((await world.issue({ issuer, entry, validFrom: daysAgo(60) })).jws))).toEqual(ALL_OK);
  });

  it('an accreditation the service allows but whose chain the registry does not bear out', async () => {
    const rogue = await organisation('Egenutnämnd Myndighet');
    const issuer = await organisation('Kedjelös AB');
    world.accredit(issuer, rogue, { seqfLevels: [4], fields: ['07'], credentialTypes: ['NON_FORMAL'] });
    const entry = world.addEntry({ providerId: issuer.id });
    expectFailed(await verify((await world.issue({ issuer, entry })).jws), 'ACCREDITATION', /registry does not bear it out: Egenutnämnd Myndighet, .* holds no accreditation to accredit/);
  });

  it.each(['message', 'pair'] as const)('revoked and suspended (%s status entries)', async (style) => {
    const revoked = await world.issue({ issuer: textil, entry: textilEntry, status: style });
    const suspended = await world.issue({ issuer: textil, entry: textilEntry, status: style });
    world.setStatus(revoked, 'REVOKED');
    world.setStatus(suspended, 'SUSPENDED');
    expectFailed(await verify(revoked.jws), 'STATUS', /^Revoked by the issuer \(status list .*, entry \d+\)/);
    const report = await verify(suspended.jws);
    expectFailed(report, 'STATUS', /^Suspended by the issuer/);
    expect(checkOf(report, 'STATUS').reasonSv).toMatch(/^Tillfälligt spärrat av utfärdaren/);
  });

  it('expired, and not yet valid', async () => {
    const expired = await world.issue({ issuer: textil, entry: textilEntry, validFrom: daysAgo(100), validUntil: daysAgo(1) });
    expectFailed(await verify(expired.jws), 'EXPIRY', /^Expired: valid until/);
    const early = await world.issue({ issuer: textil, entry: textilEntry, validFrom: new Date(Date.now() + 10 * DAY) });
    expectFailed(await verify(early.jws), 'EXPIRY', /^Not yet valid: valid from/);
  });

  it('a credential that does not match its catalogue entry, or names none the catalogue has', async () => {
    const mismatched = await world.issue({ issuer: textil, entry: { ...textilEntry, seqfLevel: 3, title: { sv: 'Något annat', en: null } } });
    expectFailed(await verify(mismatched.jws), 'CATALOGUE', /SeQF level: the credential says 3, the catalogue 4; title: the credential says "Något annat"/);
    const missing = await world.issue({ issuer: textil, entry: { ...textilEntry, id: '00000000-0000-4000-8000-000000000001' } });
    expectFailed(await verify(missing.jws), 'CATALOGUE', /national catalogue has no micro-credential 00000000-0000-4000-8000-000000000001/);
  });

  it('a status list the hub does not publish is not fetched', async () => {
    const issued = await world.issue({
      issuer: textil,
      entry: textilEntry,
      payload: (payload) => void ((payload.credentialStatus as { statusListCredential: string }).statusListCredential = 'http://169.254.169.254/latest/meta-data'),
    });
    expectFailed(await verify(issued.jws), 'STATUS', /is not published by this hub, so it is not fetched/);
  });
});

describe('sources that cannot be read', () => {
  let issued: Issued;
  beforeAll(async () => {
    issued = await world.issue({ issuer: textil, entry: textilEntry });
  });

  it.each([
    ['registry', 'ACCREDITATION', /chain to the trust root could not be confirmed: the trusted issuer registry could not be read: .*HTTP 503/],
    ['accreditation', 'ACCREDITATION', /^Not checked: the accreditation service could not be read/],
    ['status list', 'STATUS', /the status list could not be read: .*HTTP 503/],
    ['catalogue', 'CATALOGUE', /^Not checked: the national catalogue could not be read/],
  ] as const)('%s down: %s is SKIPPED with that reason, the answer is VALID_WITH_WARNINGS', async (source, check, reason) => {
    world.down.add(source);
    const report = await verify(issued.jws);
    expect(report.verdict).toBe('VALID_WITH_WARNINGS');
    expect(checkOf(report, check)).toMatchObject({ status: 'SKIPPED' });
    expect(checkOf(report, check).reason).toMatch(reason);
    expect(report.summary).toMatch(/^Genuine, but not everything could be checked/);
  });

  it("the issuer's keys down: UNDECIDED, never INVALID, SIGNATURE SKIPPED as it could not be checked", async () => {
    world.down.add('keys');
    const report = await verify(issued.jws);
    expect(report.verdict).toBe('UNDECIDED');
    expect(checkOf(report, 'SIGNATURE')).toMatchObject({ status: 'SKIPPED' });
    expect(checkOf(report, 'SIGNATURE').reason).toMatch(/^The signature could not be checked: the issuer's keys could not be read: .*HTTP 503/);
    expect(report.checks.filter((check) => check.status === 'FAILED')).toEqual([]);
    expect(report.summary).toMatch(/^Could not decide: .*ask again later/);
  });

  it('nothing answering at all (connections refused) still gives a report, not an error', async () => {
    const refused: typeof fetch = async () => {
      throw new TypeError('fetch failed');
    };
    verifyAgainst(hub, world, 'http://127.0.0.1:9/graphql', { fetch: refused });
    const report = await verify(issued.jws);
    expect(report.verdict).toBe('UNDECIDED');
    expect(checkOf(report, 'SIGNATURE')).toMatchObject({ status: 'SKIPPED' });
    expect(checkOf(report, 'SIGNATURE').reason).toMatch(/could not be reached/);
  });
});

describe('verifyCredentials', () => {
  it('verifies a batch in order, reading each source document once', async () => {
    const sources = verifyAgainst(hub, world, served.graphqlUrl);
    const genuine = await Promise.all(Array.from({ length: 40 }, (_, index) => world.issue({ issuer: textil, entry: textilEntry, learnerName: `Deltagare ${index}` })));
    const revoked = await world.issue({ issuer: textil, entry: textilEntry });
    world.setStatus(revoked, 'REVOKED');
    const batch = [...genuine.map((issued) => issued.jws), 'not a credential', revoked.jws];
    const before = { ...world.calls };
    const response = await hub.request(VerifyCredentialsDocument, { credentials: batch });
    expect(response.errors).toBeUndefined();
    const reports = response.data!.verifyCredentials;
    // A revoked credential is genuine: what it says is shown, beside the INVALID verdict.
    expect(reports.map((report) => report.learnerName)).toEqual([...genuine.map((_, index) => `Deltagare ${index}`), null, 'Anna Lindqvist']);
    expect(reports.map((report) => report.verdict)).toEqual([...genuine.map(() => 'VALID'), 'INVALID', 'INVALID']);
    expect(checkOf(reports[41], 'STATUS').status).toBe('FAILED');
    const fetched = Object.fromEntries(Object.entries(world.calls).map(([name, count]) => [name, count - (before[name] ?? 0)]));
    expect(fetched).toEqual({
      jwks: 1,
      did: 1,
      registry: 1,
      'status list': 1,
      'graphql VerificationAccreditationChecks': 1,
      'graphql VerificationCatalogueEntry': 1,
    });
    expect(sources.documents.requests).toBe(4);

    // A burst right after: everything comes from the cache, as the documents' max-age allows.
    await Promise.all(genuine.slice(0, 5).map((issued) => verify(issued.jws)));
    expect(sources.documents.requests).toBe(4);
  });

  it('answers a batch of random and mutated tokens with well-formed reports only', async () => {
    const genuine = (await world.issue({ issuer: textil, entry: textilEntry })).jws;
    const mutated = fc.tuple(fc.nat(genuine.length - 1), fc.constantFrom(...'AZaz09-_.$ '.split(''))).map(([at, character]) => genuine.slice(0, at) + character + genuine.slice(at + 1));
    const inputs = fc.sample(fc.oneof(fc.string({ maxLength: 300 }), fc.json({ maxDepth: 3 }), mutated, fc.constant(genuine)), { numRuns: 300, seed: 7 });
    const response = await hub.request(VerifyCredentialsBriefDocument, { credentials: inputs });
    expect(response.errors).toBeUndefined();
    const reports = response.data!.verifyCredentials;
    expect(reports).toHaveLength(inputs.length);
    for (const [index, report] of reports.entries()) {
      expect(report.checks.map((check) => check.check)).toEqual(['FORMAT', 'SIGNATURE', 'ACCREDITATION', 'STATUS', 'EXPIRY', 'CATALOGUE']);
      for (const check of report.checks) expect(check.reason.length * check.reasonSv.length).toBeGreaterThan(0);
      if (report.verdict === 'VALID') expect(inputs[index].split('.').slice(0, 2)).toEqual(genuine.split('.').slice(0, 2));
    }
  });

  it('refuses more than 1,000 credentials before verifying any (the operation limit on list items)', async () => {
    const response = await hub.request(VerifyCredentialsBriefDocument, { credentials: Array.from({ length: 1001 }, () => 'x') });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'listItems', maximum: 1000 });
    expect(response.errors?.[0].message).toMatch(/List items limit of 1000 exceeded, found 1001/);
  });
});

describe('a status change is seen within the cache lifetime', () => {
  it('with the default lifetime the status list is reused; with VERIFICATION_CACHE_MAX_SECONDS=1 a revocation shows within a second', async () => {
    const issued = await world.issue({ issuer: textil, entry: textilEntry });
    verifyAgainst(hub, world, served.graphqlUrl, { maxCacheSeconds: 300 });
    expect((await verify(issued.jws)).verdict).toBe('VALID');
    world.setStatus(issued, 'SUSPENDED');
    // The list declared max-age=300: within that, the copy already read is used.
    expect((await verify(issued.jws)).verdict).toBe('VALID');

    verifyAgainst(hub, world, served.graphqlUrl, { maxCacheSeconds: 1 });
    world.setStatus(issued, 'ACTIVE');
    expect((await verify(issued.jws)).verdict).toBe('VALID');
    world.setStatus(issued, 'REVOKED');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expectFailed(await verify(issued.jws), 'STATUS', /^Revoked/);
  });
});

describe('verifyShare', () => {
  it('verifies each shared credential, and the look is an opening of the share', async () => {
    const first = await world.issue({ issuer: textil, entry: textilEntry, learnerName: 'Maja Berg' });
    const second = await world.issue({ issuer: textil, entry: textilEntry, learnerName: 'Maja Berg' });
    world.setStatus(second, 'SUSPENDED');
    const token = world.share([first.jws, second.jws]);
    const response = await hub.request(VerifyShareDocument, { token });
    expect(response.errors).toBeUndefined();
    const share = response.data!.verifyShare;
    expect(share).toMatchObject({ state: 'ACTIVE', recipientLabel: 'Rekrytering, Skellefteå Kraft' });
    expect(share.credentials.map((report) => [report.learnerName, report.verdict])).toEqual([
      ['Maja Berg', 'VALID'],
      ['Maja Berg', 'INVALID'],
    ]);
    expect(world.openings.filter((opening) => opening.token === token)).toEqual([{ token, state: 'ACTIVE' }]);
    // The link the learner hands out works as well as its token.
    const byLink = await hub.request(VerifyShareDocument, { token: `https://hub.example.se/shares/${token}` });
    expect(byLink.data!.verifyShare.state).toBe('ACTIVE');
  });

  it.each(['WITHDRAWN', 'EXPIRED'] as const)('a %s share reveals nothing but that', async (state) => {
    const issued = await world.issue({ issuer: textil, entry: textilEntry });
    const token = world.share([issued.jws], state);
    const response = await hub.request(VerifyShareDocument, { token });
    expect(response.errors).toBeUndefined();
    expect(response.data!.verifyShare).toEqual({ state, recipientLabel: null, expiresAt: null, credentials: [] });
  });

  it('an unknown token is NOT_FOUND, a malformed one BAD_USER_INPUT, and a sharing service that is down PEER_UNAVAILABLE', async () => {
    const unknown = await hub.request(VerifyShareDocument, { token: 'A'.repeat(43) });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    const malformed = await hub.request(VerifyShareDocument, { token: "x' or 1=1" });
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    world.down.add('share');
    const down = await hub.request(VerifyShareDocument, { token: world.share([]) });
    expect(down.errors?.[0].extensions).toMatchObject({ code: 'PEER_UNAVAILABLE' });
  });
});

describe('under a flood, excess work is refused, never answered worse', () => {
  // A hub of its own with a bound of 500: the same rule as the default 5,000, at a tenth of the work, so that
  // the accepted verifications' own source reads are not starved by the test process's single event loop.
  let flooded: TestHub;
  beforeAll(async () => {
    flooded = await startTestHub({ VERIFICATION_MAX_CONCURRENT: '500' });
  });
  afterAll(() => flooded?.stop());

  it('past VERIFICATION_MAX_CONCURRENT credentials at once a request is refused SERVICE_UNAVAILABLE; every accepted one is VALID', async () => {
    // Six different batches (a gateway may answer identical queries in flight with one subgraph call).
    const issued = await Promise.all(Array.from({ length: 6 }, () => world.issue({ issuer: textil, entry: textilEntry })));
    // Nothing cached: every call reads its documents, and they are held back until a call has been refused (at
    // most 30 s), so the accepted calls are in flight together however slowly a loaded machine sends the six.
    // The documents' own 5 s timeout starts before the hold, so the held read is made without it.
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const held: typeof fetch = async (input, init) => {
      await Promise.race([gate, new Promise((resolve) => setTimeout(resolve, 30_000))]);
      return fetch(input, { ...init, signal: undefined });
    };
    verifyAgainst(flooded, world, served.graphqlUrl, { fetch: held, maxCacheSeconds: 0 });
    // Bound 500: five batches of 100 fit, the sixth does not.
    const answers = await Promise.all(
      issued.map((credential) =>
        flooded.request(VerifyCredentialsBriefDocument, { credentials: Array.from({ length: 100 }, () => credential.jws) }).then((answer) => {
          if (answer.errors) open();
          return answer;
        }),
      ),
    );
    open();
    const refused = answers.filter((answer) => answer.errors);
    expect(refused).toHaveLength(1);
    expect(refused[0].errors![0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'verification', retryAfterSeconds: 1 });
    for (const answer of answers.filter((candidate) => !candidate.errors)) {
      expect(new Set(answer.data!.verifyCredentials.map((report) => report.verdict))).toEqual(new Set(['VALID']));
    }
  });

  it('one caller gets at most RATE_LIMIT_CONCURRENT requests in progress; the rest get 429 with Retry-After', async () => {
    const issued = await world.issue({ issuer: textil, entry: textilEntry });
    // Every call's documents are held back until a request has been turned away (or 4 s), so the accepted
    // requests are all in progress together.
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const held: typeof fetch = async (input, init) => {
      await Promise.race([gate, new Promise((resolve) => setTimeout(resolve, 4000))]);
      return fetch(input, init);
    };
    verifyAgainst(hub, world, served.graphqlUrl, { fetch: held, maxCacheSeconds: 0 });
    // Default RATE_LIMIT_CONCURRENT 32: two more than that at once.
    const answers = await Promise.all(
      Array.from({ length: 34 }, () =>
        fetch(hub.gatewayUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: 'query ($c: String!) { verifyCredential(credential: $c) { verdict } }', variables: { c: issued.jws } }),
        }).then(async (response) => {
          if (response.status === 429) open();
          return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as any };
        }),
      ),
    );
    open();
    const tooMany = answers.filter((answer) => answer.status === 429);
    expect(tooMany).toHaveLength(2);
    expect(tooMany[0].retryAfter).toBe('1');
    expect(tooMany[0].body.errors[0].extensions.code).toBe('RATE_LIMITED');
    for (const answer of answers.filter((candidate) => candidate.status === 200)) expect(answer.body.data.verifyCredential.verdict).toBe('VALID');
  });
});
