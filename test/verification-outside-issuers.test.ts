import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import { withDataIntegrityProof } from '../platform/data-integrity';
import { startTestHub, type TestHub } from './support/hub';
import { sharedPath } from './support/shared';

/**
 * Credentials from beyond the hub: an Open Badges platform elsewhere (a did:web issuer, and an issuer named by
 * URL with a JWKS), both listed in VERIFICATION_TRUSTED_ISSUERS_FILE, served over HTTP by this test with keys
 * it controls. Their credentials verify in all three forms with SIGNATURE, STATUS and EXPIRY checked as for
 * the hub's own; ACCREDITATION and CATALOGUE are SKIPPED, because they are outside the national register. An
 * issuer not on the list gets a clear reason. Their documents are fetched with the hub's limits (size, 5 s, no
 * redirects), status lists only from the issuer's own host, and a legacy list of the W3C test suite's fixtures
 * (../shared, encodedList without the multibase prefix) is refused by name.
 */
type Untyped = TypedDocumentNode<any, Record<string, unknown>>;
const VERIFY = parse(
  `query($credential: String!) { verifyCredential(credential: $credential) { verdict checks { check status reason reasonSv } issuerName learnerName issuer { id } microCredential { id } } }`,
) as Untyped;

let hub: TestHub;
let server: http.Server;
let origin: string;
let did: string;
let port: number;
let edKey: { privateKey: CryptoKey; jwk: JWK };
let rsaKey: { privateKey: CryptoKey; jwk: JWK };
const revoked = new Set<number>();
/** Documents held unanswered (the slow issuer), let go when the test ends. */
const held: http.ServerResponse[] = [];
const legacyFixture = sharedPath('standards', 'samples', 'bitstring-status-list', 'test-suite-fixtures', 'status-credentials', 'single-purpose-ok.jsonld');

const LIST_LENGTH = 131_072;
function encodedList() {
  const bits = Buffer.alloc(LIST_LENGTH / 8);
  for (const index of revoked) bits[index >> 3] |= 0x80 >> (index & 7);
  return `u${gzipSync(bits).toString('base64url')}`;
}

async function statusList(securing: 'jwt' | 'ld' | 'legacy') {
  const url = `${origin}/status/${securing === 'legacy' ? 'legacy' : 'revocation'}${securing === 'ld' ? '.jsonld' : ''}`;
  const now = new Date();
  // The W3C test suite's fixture list as it is (its encodedList has no multibase "u"), signed by this issuer.
  const subject =
    securing === 'legacy'
      ? { ...JSON.parse(fs.readFileSync(legacyFixture, 'utf8')).credentialSubject, id: `${url}#list` }
      : { id: `${url}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation', encodedList: encodedList() };
  const credential = {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: did,
    validFrom: now.toISOString(),
    validUntil: new Date(now.getTime() + 3600_000).toISOString(),
    credentialSubject: subject,
  };
  if (securing === 'ld') return JSON.stringify(await withDataIntegrityProof(credential, { kid: 'key-1', algorithm: 'EdDSA', privateKey: edKey.privateKey }, `${did}#key-1`, origin));
  return new SignJWT(credential).setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', kid: `${did}#key-1` }).sign(edKey.privateKey);
}

function badge(issuer: string, index: number, securing: 'jwt' | 'ld') {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id: `urn:uuid:7f0c1e2a-0000-4000-8000-${String(index).padStart(12, '0')}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuer, type: ['Profile'], name: 'Example Badges' },
    validFrom: new Date(Date.now() - 3600_000).toISOString(),
    name: 'Teamwork',
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [{ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: 'Kim Lind' }],
      achievement: { id: 'https://badges.example.org/achievements/teamwork', type: ['Achievement'], name: 'Teamwork', description: 'Works in a team.', criteria: { narrative: 'Peer review.' } },
    },
    credentialStatus: {
      id: `${origin}/status/revocation${securing === 'ld' ? '.jsonld' : ''}#${index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(index),
      statusListCredential: `${origin}/status/revocation${securing === 'ld' ? '.jsonld' : ''}`,
    },
  };
}

const threeForms = async (index: number) => ({
  vcJwt: await new SignJWT(badge(did, index, 'jwt')).setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', kid: `${did}#key-1` }).sign(edKey.privateKey),
  openBadgeJwt: await new SignJWT(badge(did, index, 'jwt')).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: `${did}#key-rsa` }).setIssuer(did).sign(rsaKey.privateKey),
  dataIntegrity: JSON.stringify(await withDataIntegrityProof(badge(did, index, 'ld'), { kid: 'key-1', algorithm: 'EdDSA', privateKey: edKey.privateKey }, `${did}#key-1`, origin)),
});

async function verify(credential: string) {
  const response = await hub.request(VERIFY, { credential });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!.verifyCredential as { verdict: string; checks: { check: string; status: string; reason: string; reasonSv: string }[]; issuerName: string | null; learnerName: string | null; issuer: unknown; microCredential: unknown };
}
const statuses = (report: { checks: { check: string; status: string }[] }) => Object.fromEntries(report.checks.map((check) => [check.check, check.status]));
const reasonOf = (report: { checks: { check: string; reason: string }[] }, name: string) => report.checks.find((check) => check.check === name)!.reason;

beforeAll(async () => {
  const ed = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const rsa = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
  edKey = { privateKey: ed.privateKey, jwk: await exportJWK(ed.publicKey) };
  rsaKey = { privateKey: rsa.privateKey, jwk: await exportJWK(rsa.publicKey) };
  server = http.createServer(async (request, response) => {
    const send = (type: string, body: string) => {
      response.setHeader('content-type', type);
      response.setHeader('cache-control', 'no-store');
      response.end(body);
    };
    if (request.url === '/.well-known/did.json') {
      const methods = [
        { id: `${did}#key-1`, type: 'JsonWebKey', controller: did, publicKeyJwk: edKey.jwk },
        { id: `${did}#key-rsa`, type: 'JsonWebKey', controller: did, publicKeyJwk: rsaKey.jwk },
      ];
      return send('application/did+json', JSON.stringify({ '@context': ['https://www.w3.org/ns/did/v1'], id: did, verificationMethod: methods, assertionMethod: methods.map((method) => method.id) }));
    }
    if (request.url === '/jwks.json') return send('application/jwk-set+json', JSON.stringify({ keys: [{ ...edKey.jwk, kid: 'key-1' }] }));
    if (request.url === '/status/revocation') return send('application/vc+jwt', await statusList('jwt'));
    if (request.url === '/status/revocation.jsonld') return send('application/vc+ld+json', await statusList('ld'));
    if (request.url === '/status/legacy') return send('application/vc+jwt', await statusList('legacy'));
    // Issuers on the list whose documents break the limits: too large, moved to another host, never answered.
    if (request.url === '/big/did.json') return send('application/did+json', JSON.stringify({ id: `${did}:big`, padding: 'x'.repeat(1024 * 1024 + 1) }));
    if (request.url === '/moved/did.json') {
      response.writeHead(302, { location: `http://127.0.0.1:${port}/.well-known/did.json` });
      return response.end();
    }
    if (request.url === '/slow/did.json') return void held.push(response);
    response.statusCode = 404;
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
  origin = `http://localhost:${port}`;
  did = `did:web:localhost%3A${port}`;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'trusted-')), 'trusted-issuers.json');
  fs.writeFileSync(
    file,
    JSON.stringify({
      issuers: [
        { id: did, name: 'Example Badges' },
        { id: `${origin}/issuer`, name: 'Example University', jwksUrl: `${origin}/jwks.json` },
        { id: `${did}:big`, name: 'Big Badges' },
        { id: `${did}:moved`, name: 'Moved Badges' },
        { id: `${did}:slow`, name: 'Slow Badges' },
      ],
    }),
  );
  hub = await startTestHub({ VERIFICATION_TRUSTED_ISSUERS_FILE: file, VERIFICATION_CACHE_MAX_SECONDS: '0' });
});
afterAll(async () => {
  await hub?.stop();
  for (const response of held) response.destroy();
  await new Promise((resolve) => server?.close(resolve));
});

describe('credentials of trusted issuers beyond the hub', () => {
  it('verify in all three forms: SIGNATURE, STATUS and EXPIRY OK; ACCREDITATION and CATALOGUE SKIPPED as outside the national register', async () => {
    const forms = await threeForms(17);
    for (const [form, credential] of Object.entries(forms)) {
      const report = await verify(credential);
      expect({ form, checks: statuses(report) }).toEqual({
        form,
        checks: { FORMAT: 'OK', SIGNATURE: 'OK', ACCREDITATION: 'SKIPPED', STATUS: 'OK', EXPIRY: 'OK', CATALOGUE: 'SKIPPED' },
      });
      expect(report.verdict).toBe('VALID_WITH_WARNINGS');
      expect(reasonOf(report, 'ACCREDITATION')).toMatch(/Example Badges .* outside the national register/);
      expect(reasonOf(report, 'CATALOGUE')).toMatch(/outside the national register/);
      expect(reasonOf(report, 'SIGNATURE')).toMatch(/Example Badges/);
      expect(report).toMatchObject({ learnerName: 'Kim Lind', issuer: null, microCredential: null });
    }
  });

  it('read the issuer’s own status list: a revocation shows in every form', async () => {
    revoked.add(23);
    for (const credential of Object.values(await threeForms(23))) {
      const report = await verify(credential);
      expect(report.verdict).toBe('INVALID');
      expect(reasonOf(report, 'STATUS')).toMatch(/^Revoked by the issuer/);
    }
  });

  it('a VC 2.0 credential that is not an Open Badge verifies in the two forms VC 2.0 has; typ JWT is kept for Open Badges', async () => {
    // A plain VC 2.0 credential: only the VC 2.0 context, the issuer a DID string, the subject a DID with a name.
    const plain = (index: number, list: string) => ({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: `urn:uuid:7f0c1e2a-0000-4000-8000-${String(index).padStart(12, '0')}`,
      type: ['VerifiableCredential'],
      issuer: did,
      validFrom: new Date(Date.now() - 3600_000).toISOString(),
      credentialSubject: { id: 'did:example:ebfeb1f712ebc6f1c276e12ec21', name: 'Kim Lind', description: 'Svetsning, grundkurs' },
      credentialStatus: { id: `${origin}/status/${list}#${index}`, type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListIndex: String(index), statusListCredential: `${origin}/status/${list}` },
    });
    const vcJwt = await new SignJWT(plain(60, 'revocation')).setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', kid: `${did}#key-1` }).sign(edKey.privateKey);
    const dataIntegrity = JSON.stringify(await withDataIntegrityProof(plain(61, 'revocation.jsonld'), { kid: 'key-1', algorithm: 'EdDSA', privateKey: edKey.privateKey }, `${did}#key-1`, origin));
    for (const [form, credential] of Object.entries({ vcJwt, dataIntegrity })) {
      const report = await verify(credential);
      expect({ form, checks: statuses(report) }).toEqual({
        form,
        checks: { FORMAT: 'OK', SIGNATURE: 'OK', ACCREDITATION: 'SKIPPED', STATUS: 'OK', EXPIRY: 'OK', CATALOGUE: 'SKIPPED' },
      });
      expect(reasonOf(report, 'FORMAT')).toMatch(/^A VC 2\.0 credential/);
      expect(reasonOf(report, 'ACCREDITATION')).toMatch(/outside the national register/);
      expect(report).toMatchObject({ verdict: 'VALID_WITH_WARNINGS', issuerName: 'Example Badges', learnerName: 'Kim Lind' });
    }
    // Open Badges 3.0 secures its credentials with typ JWT; anything else must say vc+jwt.
    const asOpenBadge = await new SignJWT(plain(62, 'revocation')).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: `${did}#key-rsa` }).sign(rsaKey.privateKey);
    const refused = await verify(asOpenBadge);
    expect(statuses(refused).FORMAT).toBe('FAILED');
    expect(reasonOf(refused, 'FORMAT')).toMatch(/typ "JWT" is the Open Badges 3\.0 form, but the payload is not an OpenBadgeCredential/);
  });

  it('a Data Integrity credential naming a JSON-LD context the hub does not ship is refused saying so, not called altered', async () => {
    // The hub never loads a context from the network. (The proof need not be genuine: it cannot be checked at all.)
    const context = 'https://badges.example.org/contexts/course/v1';
    const credential = {
      ...badge(did, 63, 'ld'),
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json', context],
      proof: [{ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod', verificationMethod: `${did}#key-1`, created: new Date().toISOString(), proofValue: `z${'4'.repeat(86)}` }],
    };
    const report = await verify(JSON.stringify(credential));
    expect(report.verdict).toBe('INVALID');
    expect(statuses(report)).toMatchObject({ FORMAT: 'OK', SIGNATURE: 'FAILED' });
    expect(reasonOf(report, 'SIGNATURE')).toContain(`The Data Integrity proof cannot be checked: the credential names the JSON-LD context ${context}, which this verifier does not have`);
    expect(reasonOf(report, 'SIGNATURE')).not.toMatch(/altered/);
  });

  it('verify for an issuer named by URL whose keys are in a JWKS', async () => {
    const credential = await new SignJWT({ ...badge(`${origin}/issuer`, 31, 'jwt'), credentialStatus: undefined })
      .setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', kid: 'key-1' })
      .sign(edKey.privateKey);
    const report = await verify(credential);
    expect(statuses(report)).toMatchObject({ SIGNATURE: 'OK', ACCREDITATION: 'SKIPPED', CATALOGUE: 'SKIPPED' });
    expect(reasonOf(report, 'SIGNATURE')).toMatch(/Example University/);
  });

  it('an issuer not on the list gets a clear reason, never an error; a forged signature fails', async () => {
    const stranger = `${did}:someone-else`;
    const credential = await new SignJWT(badge(stranger, 40, 'jwt')).setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', kid: `${stranger}#key-1` }).sign(edKey.privateKey);
    const report = await verify(credential);
    expect(report.verdict).toBe('INVALID');
    expect(reasonOf(report, 'SIGNATURE')).toMatch(/is not an issuer of this hub \(.*\), nor on its list of trusted outside issuers/);
    const other = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const forged = await new SignJWT(badge(did, 41, 'jwt')).setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', kid: `${did}#key-1` }).sign(other.privateKey);
    expect(reasonOf(await verify(forged), 'SIGNATURE')).toMatch(/does not verify/);
  });
});

describe("fetching an outside issuer's documents keeps the hub's limits", () => {
  const signedBy = (issuer: string, credential: Record<string, unknown> = badge(issuer, 50, 'jwt')) =>
    new SignJWT(credential).setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', kid: `${issuer}#key-1` }).sign(edKey.privateKey);

  it('a DID document larger than 1 MiB, one that redirects to another host, and one that never answers are not used, each with its reason', async () => {
    const [big, moved, slow] = await Promise.all([`${did}:big`, `${did}:moved`, `${did}:slow`].map(async (issuer) => verify(await signedBy(issuer))));
    expect(statuses(big).SIGNATURE).toBe('SKIPPED');
    expect(reasonOf(big, 'SIGNATURE')).toMatch(/big\/did\.json is larger than 1,048,576 bytes/);
    expect(statuses(moved).SIGNATURE).toBe('SKIPPED');
    expect(reasonOf(moved, 'SIGNATURE')).toMatch(new RegExp(`moved/did\\.json redirects \\(HTTP 302\\) to http://127\\.0\\.0\\.1:${port}/.well-known/did\\.json: redirects are not followed`));
    // The 5 s timeout: the report comes, saying the issuer did not answer (nothing here measures how long it took).
    expect(statuses(slow).SIGNATURE).toBe('SKIPPED');
    expect(reasonOf(slow, 'SIGNATURE')).toMatch(/slow\/did\.json did not answer in time/);
    for (const report of [big, moved, slow]) expect(report.verdict).not.toBe('VALID');
  });

  it('a status list on another host than the issuer is not fetched', async () => {
    const credential = badge(did, 51, 'jwt');
    const elsewhere = `http://127.0.0.1:${port}/status/revocation`;
    const report = await verify(await signedBy(did, { ...credential, credentialStatus: { ...credential.credentialStatus, id: `${elsewhere}#51`, statusListCredential: elsewhere } }));
    expect(statuses(report).STATUS).toBe('FAILED');
    expect(reasonOf(report, 'STATUS')).toMatch(/is not on the issuer's own host/);
  });

  it("a legacy list of the W3C test suite's fixtures (encodedList without the multibase prefix) is refused, saying so", async () => {
    const credential = badge(did, 52, 'jwt');
    const legacy = `${origin}/status/legacy`;
    const report = await verify(await signedBy(did, { ...credential, credentialStatus: { ...credential.credentialStatus, id: `${legacy}#52`, statusListCredential: legacy } }));
    expect(report.verdict).toBe('INVALID');
    expect(reasonOf(report, 'STATUS')).toMatch(/is not usable: its encodedList is not multibase base64url \(it must begin with "u"\)/);
  });
});
