import { randomUUID } from 'node:crypto';
import { decodeProtectedHeader, exportJWK, calculateJwkThumbprint, generateKeyPair, jwtVerify, type CryptoKey } from 'jose';
import { buildCredential, credentialJson, openBadgeCredentialOf, signCredential, signCredentialNow, signCredentialToStore, signedJwsOf, storedCredential } from '../services/awards/credential';
import { issuerDid } from '../services/awards/issuing-peers';
import {
  STATUS_LIST_LENGTH,
  encodeStatusList,
  readStatus,
} from '../services/awards/status-list';
import { entryFacts } from './support/awards';
import { keyOfKid } from './support/keys';
import { credentialSchemas, sampleFile } from './support/schemas';

const schemas = credentialSchemas();
const base = 'https://mikromeriter.example.se';
const issuerId = randomUUID();

function credential(overrides: { grade?: string | null; validUntil?: Date | null; entry?: ReturnType<typeof entryFacts> } = {}) {
  const entry = overrides.entry ?? entryFacts({ providerId: issuerId });
  return buildCredential({
    awardId: randomUUID(),
    issuer: { id: issuerId, legalName: 'Nordiska Textilakademin', organisationNumber: '559000-0005', country: 'SE', region: 'Västra Götalands län' },
    issuerDid: issuerDid(base, issuerId),
    providerDid: issuerDid(base, issuerId),
    entry,
    subject: { name: 'Anna Svensson', email: 'anna@example.se' },
    issuedAt: new Date('2025-03-14T10:00:00Z'),
    issuedOn: '2025-03-14',
    validUntil: overrides.validUntil ?? null,
    grade: overrides.grade === undefined ? 'Godkänd' : overrides.grade,
    evidence: [{ name: 'Praktiskt prov', narrative: 'Lagade tre par jeans.' }],
    assessment: { assessor: 'Karin Ek', location: 'Borås' },
    statusEntry: { listId: randomUUID(), index: 4711 },
    publicBaseUrl: base,
  });
}

const errorsOf = (validate: { errors?: unknown }) => JSON.stringify(validate.errors, null, 1);

const openBadges = (payload: Record<string, unknown>) => openBadgeCredentialOf(payload, base, { listId: randomUUID(), index: 4711 });

describe('the credential payload', () => {
  it('passes the W3C VC Data Model 2.0 schema, and its Open Badges form the Open Badges 3.0 schema, with and without optional parts', () => {
    for (const payload of [credential(), credential({ grade: null, validUntil: new Date('2030-01-01T00:00:00Z') })]) {
      expect(schemas.vcdm(payload) || errorsOf(schemas.vcdm)).toBe(true);
      expect(schemas.openBadges(openBadges(payload)) || errorsOf(schemas.openBadges)).toBe(true);
    }
  });

  it('the schemas are real: they refuse a credential without an issuer or with two status entries', () => {
    const { issuer: _issuer, ...withoutIssuer } = credential();
    expect(schemas.vcdm(withoutIssuer)).toBe(false);
    expect(schemas.openBadges(openBadges(withoutIssuer))).toBe(false);
    // The vc+jwt form carries the revocation and the suspension entry, which Open Badges' schema refuses
    // (so that form does not name the Open Badges schema): that is its only complaint.
    expect(schemas.openBadges(credential())).toBe(false);
    expect((schemas.openBadges.errors ?? []).map((error: any) => error.instancePath)).toEqual(['/credentialStatus']);
    // 1EdTech's own sample passes the same compiled schema.
    expect(schemas.openBadges(sampleFile('openbadges-v3/1edtech-spec-examples/examples_basicOpenBadgeCredential-01-sample-openbadgecredential.json'))).toBe(true);
  });

  it('carries every mandatory element of the Council Recommendation (Annex I)', () => {
    const payload = credential() as any;
    const subject = payload.credentialSubject;
    const facts = subject.achievement.microCredential;
    expect(subject.identifier[0]).toEqual({ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: 'Anna Svensson' }); // 1 learner
    expect(subject.identifier[1]).toMatchObject({ identityType: 'emailAddress', hashed: true, identityHash: expect.stringMatching(/^sha256\$/) });
    expect(payload.name).toBe('Reparationssömnad jeans'); // 2 title
    expect(payload.issuer.address).toEqual({ type: ['Address'], addressCountryCode: 'SE', addressRegion: 'Västra Götalands län' }); // 3
    expect(payload.issuer).toMatchObject({ id: `did:web:mikromeriter.example.se:issuers:${issuerId}`, name: 'Nordiska Textilakademin' }); // 4
    expect(payload.validFrom).toBe('2025-03-14T10:00:00.000Z'); // 5
    expect(payload.awardedDate).toBe('2025-03-14T00:00:00Z');
    expect(facts.learningOutcomes).toHaveLength(2); // 6
    expect(subject.achievement.alignment.filter((item: any) => item.targetFramework === 'ESCO').map((item: any) => item.targetUrl)).toEqual([
      expect.stringMatching(/^http:\/\/data\.europa\.eu\/esco\/skill\//),
      expect.stringMatching(/^http:\/\/data\.europa\.eu\/esco\/skill\//),
    ]);
    expect(facts).toMatchObject({ workloadHours: 40, ectsCredits: 1.5 }); // 7
    expect(subject.achievement.alignment).toEqual(expect.arrayContaining([
      expect.objectContaining({ targetUrl: 'http://data.europa.eu/snb/eqf/3', targetCode: '3' }),
      expect.objectContaining({ targetUrl: 'http://data.europa.eu/snb/qdr/c_4ec9e6c0' }),
    ])); // 8
    expect(facts).toMatchObject({ assessmentType: 'Praktiskt prov', participationForm: 'På plats', qualityAssurance: expect.stringMatching(/Branschvalidering/) }); // 9-11
    expect(facts).toMatchObject({ credentialType: 'INDUSTRY_VALIDATION', supervision: 'Övervakat på plats', stackability: expect.any(String) });
    expect(subject.result).toEqual([{ type: ['Result'], resultDescription: expect.any(String), value: 'Godkänd' }]);
    expect(payload.credentialStatus).toEqual([
      expect.objectContaining({ type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListIndex: '4711' }),
      expect.objectContaining({ type: 'BitstringStatusListEntry', statusPurpose: 'suspension', statusListIndex: '4711' }),
    ]);
    expect(facts).toMatchObject({ ectsCredits: 1.5, workloadHours: 40, volumeOfLearning: 'PT40H' });
    expect(JSON.stringify(payload)).not.toMatch(/anna@example\.se/);
  });
});

describe('the compact JWS (VC-JOSE-COSE)', () => {
  it.each(['EdDSA', 'ES256'] as const)('signs with %s: typ vc+jwt, the payload is the credential, it verifies against the JWKS', async (alg) => {
    const { publicKey, privateKey } = await generateKeyPair(alg, alg === 'EdDSA' ? { crv: 'Ed25519' } : {});
    const jwk = await exportJWK(publicKey);
    const kid = await calculateJwkThumbprint(jwk);
    const payload = credential();
    const jws = await signCredential(payload, { kid, algorithm: alg, privateKey: privateKey as CryptoKey });
    expect(jws.split('.')).toHaveLength(3);
    // kid is a DID URL: the issuer's DID and the key's id in its DID document and JWKS.
    expect(decodeProtectedHeader(jws)).toEqual({ alg, typ: 'vc+jwt', cty: 'vc', kid: `${issuerDid(base, issuerId)}#${kid}` });
    const jwks = keyOfKid([{ ...jwk, kid, alg }]);
    const { payload: verified } = await jwtVerify(jws, jwks, { typ: 'vc+jwt', algorithms: [alg] });
    expect(verified).toMatchObject(payload);
    expect(verified).not.toHaveProperty('vc');
    expect(verified.iss).toBe((payload.issuer as { id: string }).id);
    // A changed payload does not verify.
    const [header, body, signature] = jws.split('.');
    const forged = Buffer.from(JSON.stringify({ ...verified, name: 'Något annat' })).toString('base64url');
    await expect(jwtVerify(`${header}.${forged}.${signature}`, jwks)).rejects.toThrow();
    expect(body).toBeTruthy();
  });
});

describe('a cohort', () => {
  it('shares one achievement between its rows, serialised once: each payload is the credential byte for byte, and the stored vc+jwt gives it back', async () => {
    const entry = entryFacts({ providerId: issuerId });
    const [first, second] = [credential({ grade: null, entry }), credential({ grade: null, entry })];
    const achievementOf = (payload: Record<string, unknown>) => (payload.credentialSubject as { achievement: Record<string, unknown> }).achievement;
    expect(achievementOf(first)).toBe(achievementOf(second));
    // Shared, so frozen: no one changes what other rows hold too.
    expect(() => {
      achievementOf(first).name = 'Något annat';
    }).toThrow(TypeError);
    // Graded rows share the one with the version's result description, which their results refer to.
    const graded = credential({ grade: 'Väl godkänd', entry });
    expect(achievementOf(graded)).not.toBe(achievementOf(first));
    expect(achievementOf(credential({ grade: 'Godkänd', entry }))).toBe(achievementOf(graded));
    expect((graded.credentialSubject as any).result[0].resultDescription).toBe((achievementOf(graded) as any).resultDescription[0].id);
    for (const payload of [first, second, graded, first]) expect(credentialJson(payload)).toBe(JSON.stringify(payload));

    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const jws = signCredentialNow(second, { kid: 'k1', algorithm: 'EdDSA', privateKey: privateKey as CryptoKey });
    const validFrom = Math.floor(Date.parse(String(second.validFrom)) / 1000);
    const issuer = (second.issuer as { id: string }).id;
    expect(Buffer.from(jws.split('.')[1], 'base64url').toString()).toBe(JSON.stringify({ ...second, iss: issuer, jti: second.id, iat: validFrom, nbf: validFrom }));
    expect(storedCredential({ credential: null, jws })).toEqual(JSON.parse(JSON.stringify(second)));

    // Stored as the award keeps it: the shared achievement once, the rest per award; put back together byte for byte.
    const { jws: again, stored } = signCredentialToStore(second, { kid: 'k1', algorithm: 'EdDSA', privateKey: privateKey as CryptoKey });
    expect(again).toBe(jws);
    expect(stored.part).toBe(JSON.stringify(achievementOf(second)));
    const columns = { jws: null, jws_header: stored.header, signed_before: stored.before, signed_part_text: stored.part, signed_after: stored.after, jws_signature: stored.signature };
    expect(signedJwsOf(columns)).toBe(jws);
    expect(storedCredential(columns)).toEqual(JSON.parse(JSON.stringify(second)));
  });
});

describe('the bitstring status list', () => {
  it('encodes 131,072 two-bit entries gzip-compressed as multibase base64url, and reads them back', () => {
    const encoded = encodeStatusList(STATUS_LIST_LENGTH, [
      { index: 0, value: 2 },
      { index: 1, value: 1 },
      { index: 131_071, value: 2 },
      { index: 94_567, value: 1 },
    ]);
    expect(encoded.startsWith('u')).toBe(true);
    expect(readStatus(encoded, 0)).toBe(2);
    expect(readStatus(encoded, 1)).toBe(1);
    expect(readStatus(encoded, 2)).toBe(0);
    expect(readStatus(encoded, 94_567)).toBe(1);
    expect(readStatus(encoded, 131_071)).toBe(2);
    expect(readStatus(encoded, 131_070)).toBe(0);
  });

  it('reads the W3C example list the same way a verifier does (1-bit entries)', () => {
    const example = sampleFile('bitstring-status-list/spec-examples/ex05-a-status-list-verifiable-credential.json');
    // The spec's example list has no bit set.
    expect(readStatus(example.credentialSubject.encodedList, 94_567, 1)).toBe(0);
  });
});
