import { CompactSign, createRemoteJWKSet, compactVerify, exportJWK, generateKeyPair, type JWK } from 'jose';
import { serviceToken } from './support/service-tokens';
import {
  GrantAccreditationDocument,
  OrganisationRegistryEntryDocument,
  RegisterSigningKeyDocument,
  RevokeSigningKeyDocument,
  RotateSigningKeyDocument,
  SigningKeyCheckDocument,
  SuspendAccreditationDocument,
} from './generated/graphql';
import { startTestHub, type TestHub } from './support/hub';
import { accreditationBaseUrl, authorityToken, daysFromNow, providerToken, registerIssuer, sleep } from './support/accreditation';

const PUBLIC_URL = 'https://hub.example.se';
let hub: TestHub;
let myh: { id: string };
let textil: { id: string; legalName: string };
let textilToken: string;

beforeAll(async () => {
  hub = await startTestHub({ PUBLIC_URL });
  myh = await registerIssuer(hub, 'Myndigheten för yrkeshögskolan', 'AUTHORITY');
  textil = await registerIssuer(hub, 'Nordiska Textilakademin', 'EDUCATION_PROVIDER');
  textilToken = await providerToken(hub, textil.id);
});
afterAll(() => hub?.stop());

async function newKey(kind: 'Ed25519' | 'P-256' = 'Ed25519') {
  const { publicKey, privateKey } = await generateKeyPair(kind === 'Ed25519' ? 'EdDSA' : 'ES256', kind === 'Ed25519' ? { crv: 'Ed25519', extractable: true } : { extractable: true });
  return { publicJwk: await exportJWK(publicKey), privateKey, privateJwk: await exportJWK(privateKey), alg: kind === 'Ed25519' ? 'EdDSA' : 'ES256' };
}

/** A VC-JOSE-COSE style credential signed with `key` under `kid`. */
async function signCredential(key: Awaited<ReturnType<typeof newKey>>, kid: string, name: string) {
  const payload = new TextEncoder().encode(JSON.stringify({ '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiableCredential'], name }));
  return new CompactSign(payload).setProtectedHeader({ alg: key.alg, typ: 'vc+jwt', kid }).sign(key.privateKey);
}

async function register(organisationId: string, publicJwk: JWK, token: string, extra: { validFrom?: string } = {}) {
  return hub.request(RegisterSigningKeyDocument, { organisationId, publicJwk, ...extra }, { token });
}

async function keyCheck(organisationId: string, kid: string, at?: string) {
  const response = await hub.request(SigningKeyCheckDocument, { organisationId, kid, at });
  expect(response.errors).toBeUndefined();
  return response.data!.signingKeyCheck;
}

const fetchDocument = (path: string, headers: Record<string, string> = {}) => fetch(`${accreditationBaseUrl(hub)}${path}`, { headers });

describe('signing keys', () => {
  it('rotate and revoke, and the keys of old credentials stay resolvable', async () => {
    const first = await newKey('Ed25519');
    const registered = await register(textil.id, { ...first.publicJwk, kid: 'nta-2026-1' }, textilToken);
    expect(registered.errors).toBeUndefined();
    expect(registered.data!.registerSigningKey).toMatchObject({ kid: 'nta-2026-1', algorithm: 'EdDSA', status: 'ACTIVE', validUntil: null });
    expect(registered.data!.registerSigningKey.publicJwk).toEqual({ ...first.publicJwk, kid: 'nta-2026-1', alg: 'EdDSA', use: 'sig' });

    const oldCredential = await signCredential(first, 'nta-2026-1', 'Reparationssömnad jeans');
    const signedWithFirst = new Date().toISOString();
    await sleep(15);

    const second = await newKey('P-256');
    const rotated = await hub.request(RotateSigningKeyDocument, { organisationId: textil.id, kid: 'nta-2026-1', publicJwk: second.publicJwk }, { token: textilToken });
    expect(rotated.errors).toBeUndefined();
    const secondKid = rotated.data!.rotateSigningKey.kid;
    // Without a kid of its own, a key is named by its RFC 7638 thumbprint.
    expect(secondKid).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(rotated.data!.rotateSigningKey).toMatchObject({ algorithm: 'ES256', status: 'ACTIVE' });
    // A retried rotation changes nothing.
    const retried = await hub.request(RotateSigningKeyDocument, { organisationId: textil.id, kid: 'nta-2026-1', publicJwk: second.publicJwk }, { token: textilToken });
    expect(retried.data!.rotateSigningKey.id).toBe(rotated.data!.rotateSigningKey.id);

    const entry = await hub.request(OrganisationRegistryEntryDocument, { id: textil.id });
    const keys = entry.data!.organisation.signingKeys;
    expect(keys.map((key) => [key.kid, key.status, key.supersededBy])).toEqual([
      ['nta-2026-1', 'SUPERSEDED', secondKid],
      [secondKid, 'ACTIVE', null],
    ]);
    expect(keys[0].validUntil).not.toBeNull();

    // Signatures the old key made before it was superseded stay valid; new ones would not be.
    expect(await keyCheck(textil.id, 'nta-2026-1', signedWithFirst)).toMatchObject({ valid: true, key: { status: 'SUPERSEDED' } });
    const now = await keyCheck(textil.id, 'nta-2026-1');
    expect(now.valid).toBe(false);
    expect(now.reason).toMatch(/was superseded at .*not valid/);
    expect((await keyCheck(textil.id, secondKid)).valid).toBe(true);
    expect((await keyCheck(textil.id, 'no-such-key')).reason).toMatch(/No key no-such-key is registered/);

    // A verifier outside the hub resolves the old credential's key from the JWKS and verifies it.
    const jwks = createRemoteJWKSet(new URL(`${accreditationBaseUrl(hub)}/issuers/${textil.id}/jwks.json`));
    const verified = await compactVerify(oldCredential, jwks);
    expect(JSON.parse(new TextDecoder().decode(verified.payload)).name).toBe('Reparationssömnad jeans');
    const document = (await (await fetchDocument(`/issuers/${textil.id}/jwks.json`)).json()) as { keys: Record<string, unknown>[] };
    expect(document.keys.map((key) => [key.kid, key.status])).toEqual([
      ['nta-2026-1', 'superseded'],
      [secondKid, 'active'],
    ]);
    for (const key of document.keys) expect(key).not.toHaveProperty('d');

    // Compromised from a moment: signatures before it stay valid, from it on they do not.
    const beforeCompromise = new Date().toISOString();
    await sleep(15);
    const compromisedFrom = new Date().toISOString();
    await sleep(15);
    const revoked = await hub.request(
      RevokeSigningKeyDocument,
      { organisationId: textil.id, kid: secondKid, reason: 'COMPROMISED', compromisedFrom, note: 'Laptop stulen' },
      { token: textilToken },
    );
    expect(revoked.data!.revokeSigningKey).toMatchObject({ status: 'COMPROMISED', compromisedFrom, revocationReason: 'Laptop stulen' });
    expect((await keyCheck(textil.id, secondKid, beforeCompromise)).valid).toBe(true);
    const after = await keyCheck(textil.id, secondKid);
    expect(after).toMatchObject({ valid: false, key: { status: 'COMPROMISED' } });
    expect(after.reason).toMatch(/compromised from/);
    expect(after.reasonSv).toMatch(/röjd/);
    // A compromise can be moved earlier, never later (that would make signatures valid again).
    const later = await hub.request(
      RevokeSigningKeyDocument,
      { organisationId: textil.id, kid: secondKid, reason: 'COMPROMISED', compromisedFrom: new Date().toISOString() },
      { token: textilToken },
    );
    expect(later.data!.revokeSigningKey.compromisedFrom).toBe(compromisedFrom);
    const jwksAfter = (await (await fetchDocument(`/issuers/${textil.id}/jwks.json`)).json()) as { keys: Record<string, unknown>[] };
    expect(jwksAfter.keys.find((key) => key.kid === secondKid)).toMatchObject({ status: 'compromised', compromisedFrom });
  });

  it('refuses private keys, keys of other kinds and malformed keys, and stores nothing', async () => {
    const key = await newKey('Ed25519');
    const countBefore = (await hub.request(OrganisationRegistryEntryDocument, { id: textil.id })).data!.organisation.signingKeys.length;
    const refused = async (publicJwk: JWK, message: RegExp, field = 'publicJwk') => {
      const response = await register(textil.id, publicJwk, textilToken);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(response.errors?.[0].message).toMatch(message);
    };
    await refused(key.privateJwk, /private key material \("d"\).*never stores private keys/);
    await refused({ kty: 'oct', k: 'c2VjcmV0' }, /private key material \("k"\)/);
    // RSA is taken for RS256 only, 2048 bits or more (the Open Badges JWT form).
    await refused({ kty: 'RSA', n: 'AQAB', e: 'AQAB' }, /is a 24-bit RSA key; RS256 keys must have 2048 to 8192 bits/);
    await refused({ kty: 'RSA', n: Buffer.alloc(256, 0xc5).toString('base64url'), e: 'AQAB', alg: 'PS256' }, /RSA keys are accepted for RS256 only/);
    await refused({ kty: 'RSA', n: Buffer.alloc(256, 0xc5).toString('base64url'), e: 'Aw' }, /exponent 65537/);
    await refused({ kty: 'OKP', crv: 'X25519', x: key.publicJwk.x }, /must be an OKP Ed25519 key/);
    await refused({ ...key.publicJwk, x: 'AAAA' }, /is not a valid Ed25519 public key/);
    await refused({ ...key.publicJwk, alg: 'HS256' }, /alg "HS256", which does not match curve Ed25519/);
    await refused({ ...key.publicJwk, alg: 'none' }, /alg "none"/);
    await refused({ ...key.publicJwk, kid: 'a b#c' }, /kid must be/);
    await refused({ ...key.publicJwk, use: 'enc' }, /use "sig"/);
    const countAfter = (await hub.request(OrganisationRegistryEntryDocument, { id: textil.id })).data!.organisation.signingKeys.length;
    expect(countAfter).toBe(countBefore);

    const registered = await register(textil.id, { ...key.publicJwk, kid: 'nta-refusals' }, textilToken);
    const future = await hub.request(
      RevokeSigningKeyDocument,
      { organisationId: textil.id, kid: 'nta-refusals', reason: 'COMPROMISED', compromisedFrom: daysFromNow(2) },
      { token: textilToken },
    );
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'compromisedFrom' });
    const past = await hub.request(
      RotateSigningKeyDocument,
      { organisationId: textil.id, kid: 'nta-refusals', publicJwk: (await newKey()).publicJwk, validFrom: daysFromNow(-2) },
      { token: textilToken },
    );
    expect(past.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validFrom' });
    expect((await keyCheck(textil.id, 'nta-refusals')).key).toMatchObject({ status: 'ACTIVE' });

    // A backdated key would let the organisation sign credentials for dates before the hub knew the key.
    const backdatedKey = await newKey();
    const backdated = await register(textil.id, { ...backdatedKey.publicJwk, kid: 'nta-backdated' }, textilToken, { validFrom: '2020-01-01T00:00:00Z' });
    expect(backdated.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validFrom' });
    expect((await keyCheck(textil.id, 'nta-backdated', '2021-06-01T00:00:00Z')).valid).toBe(false);
    const yesterday = await register(textil.id, { ...backdatedKey.publicJwk, kid: 'nta-backdated' }, textilToken, { validFrom: daysFromNow(-1) });
    expect(yesterday.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validFrom' });
    // Within the clock tolerance is now; registering it so, and retrying that registration later, is fine.
    const skewed = new Date(Date.now() - 20_000).toISOString();
    const accepted = await register(textil.id, { ...backdatedKey.publicJwk, kid: 'nta-backdated' }, textilToken, { validFrom: skewed });
    expect(accepted.errors).toBeUndefined();
    const retried = await register(textil.id, { ...backdatedKey.publicJwk, kid: 'nta-backdated' }, textilToken, { validFrom: skewed });
    expect(retried.data!.registerSigningKey.id).toBe(accepted.data!.registerSigningKey.id);
    expect(registered.data!.registerSigningKey.status).toBe('ACTIVE');
  });

  it('is managed by the organisation itself, an authority or the awards service; not by others', async () => {
    const other = await registerIssuer(hub, 'Handelsrådet', 'INDUSTRY_BODY');
    const key = await newKey();
    const byOther = await register(textil.id, key.publicJwk, await providerToken(hub, other.id));
    expect(byOther.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const anonymous = await hub.request(RegisterSigningKeyDocument, { organisationId: textil.id, publicJwk: key.publicJwk });
    expect(anonymous.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    const byLearner = await register(textil.id, key.publicJwk, await hub.token({ roles: ['learner'] }));
    expect(byLearner.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });

    const byAuthority = await register(other.id, key.publicJwk, await authorityToken(hub, myh.id));
    expect(byAuthority.errors).toBeUndefined();
    // The same key again is a retry; the same key for another organisation is refused.
    const again = await register(other.id, key.publicJwk, await providerToken(hub, other.id));
    expect(again.data!.registerSigningKey.id).toBe(byAuthority.data!.registerSigningKey.id);
    const elsewhere = await register(textil.id, key.publicJwk, textilToken);
    expect(elsewhere.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'publicJwk' });
    const sameKid = await register(other.id, { ...(await newKey()).publicJwk, kid: byAuthority.data!.registerSigningKey.kid }, await providerToken(hub, other.id));
    expect(sameKid.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'kid' });

    // The awards subgraph registers keys on an issuer's behalf, as the service role, straight to this subgraph.
    const asService = await hub.request(
      RegisterSigningKeyDocument,
      { organisationId: other.id, publicJwk: (await newKey('P-256')).publicJwk },
      { url: hub.hub.subgraphs.accreditation.url, token: await serviceToken(hub, 'awards', 'accreditation') },
    );
    expect(asService.errors).toBeUndefined();
    expect(asService.data!.registerSigningKey).toMatchObject({ algorithm: 'ES256', status: 'ACTIVE' });
  });
});

describe('documents for verifiers outside the graph', () => {
  it('serves a did:web DID document matching the graph, resolvable where did:web says', async () => {
    const entry = (await hub.request(OrganisationRegistryEntryDocument, { id: textil.id })).data!.organisation;
    expect(entry.did).toBe(`did:web:hub.example.se:issuers:${textil.id}`);
    // did:web resolution: replace ":" with "/", prefix https://, append /did.json.
    const resolvedUrl = new URL(`https://${entry.did!.slice('did:web:'.length).split(':').map(decodeURIComponent).join('/')}/did.json`);
    expect(resolvedUrl.pathname).toBe(`/issuers/${textil.id}/did.json`);

    const response = await fetchDocument(resolvedUrl.pathname);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/did\+json/);
    const did = (await response.json()) as { id: string; verificationMethod: { id: string; type: string; controller: string; publicKeyJwk: JWK }[]; assertionMethod: string[] };
    expect(did.id).toBe(entry.did);
    const usable = entry.signingKeys.filter((key) => !(key.status === 'COMPROMISED' && key.compromisedFrom === key.validFrom));
    expect(did.verificationMethod).toEqual(
      usable.map((key) => ({ id: `${entry.did}#${key.kid}`, type: 'JsonWebKey', controller: entry.did, publicKeyJwk: key.publicJwk })),
    );
    expect(did.assertionMethod).toEqual(did.verificationMethod.map((method) => method.id));
  });

  it('leaves keys compromised from their start out of the JWKS and DID document, but not out of the registry', async () => {
    const issuer = await registerIssuer(hub, 'Sobona', 'INDUSTRY_BODY');
    const token = await providerToken(hub, issuer.id);
    const key = await register(issuer.id, { ...(await newKey()).publicJwk, kid: 'sobona-1' }, token);
    expect(key.errors).toBeUndefined();
    await hub.request(RevokeSigningKeyDocument, { organisationId: issuer.id, kid: 'sobona-1', reason: 'COMPROMISED' }, { token });
    const jwks = (await (await fetchDocument(`/issuers/${issuer.id}/jwks.json`)).json()) as { keys: unknown[] };
    expect(jwks.keys).toEqual([]);
    const did = (await (await fetchDocument(`/issuers/${issuer.id}/did.json`)).json()) as { verificationMethod: unknown[] };
    expect(did.verificationMethod).toEqual([]);
    const registry = (await (await fetchDocument('/registry.json')).json()) as { organisations: { id: string; keys: { kid: string; status: string }[] }[] };
    expect(registry.organisations.find((organisation) => organisation.id === issuer.id)!.keys).toMatchObject([{ kid: 'sobona-1', status: 'COMPROMISED' }]);
  });

  it('serves the trusted issuer registry, matching the graph, with cache headers and an ETag', async () => {
    const myhToken = await authorityToken(hub, myh.id);
    const granted = await hub.request(
      GrantAccreditationDocument,
      {
        input: {
          organisationId: textil.id,
          decisionReference: 'MYH 2026/7001',
          seqfLevels: [2, 3, 4, 5],
          fields: ['072'],
          credentialTypes: ['NON_FORMAL'],
          validFrom: daysFromNow(-10),
          validUntil: daysFromNow(700),
        },
      },
      { token: myhToken },
    );
    expect(granted.errors).toBeUndefined();

    const response = await fetchDocument('/registry.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    const etag = response.headers.get('etag');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    const registry = (await response.json()) as {
      trustRoot: { organisationId: string; designatedBy: string; did: string };
      organisations: {
        id: string;
        did: string;
        isTrustRoot: boolean;
        type: string;
        jwksUri: string;
        didDocumentUri: string;
        accreditations: { id: string; kind: string; accreditingAuthorityId: string; decisionReference: string; scope: { seqfLevels: number[]; eqfLevels: string[]; fields: string[]; credentialTypes: string[] }; validFrom: string; validUntil: string | null; status: string; history: { change: string }[] }[];
        keys: { kid: string; status: string; publicJwk: JWK; validFrom: string; validUntil: string | null; compromisedFrom: string | null }[];
      }[];
    };
    expect(registry.trustRoot).toEqual({ organisationId: myh.id, designatedBy: 'first-authority', did: `did:web:hub.example.se:issuers:${myh.id}` });
    expect(registry.organisations.find((organisation) => organisation.id === myh.id)).toMatchObject({ isTrustRoot: true, type: 'AUTHORITY' });

    // The registry says what the graph says.
    const entry = (await hub.request(OrganisationRegistryEntryDocument, { id: textil.id })).data!.organisation;
    const listed = registry.organisations.find((organisation) => organisation.id === textil.id)!;
    expect(listed).toMatchObject({
      did: entry.did,
      isTrustRoot: false,
      type: 'EDUCATION_PROVIDER',
      jwksUri: `${PUBLIC_URL}/issuers/${textil.id}/jwks.json`,
      didDocumentUri: `${PUBLIC_URL}/issuers/${textil.id}/did.json`,
    });
    expect(listed.accreditations).toEqual(
      entry.accreditations.map((accreditation) =>
        expect.objectContaining({
          id: accreditation.id,
          kind: accreditation.kind,
          accreditingAuthorityId: accreditation.accreditingAuthority.id,
          decisionReference: accreditation.decisionReference,
          scope: expect.objectContaining({
            seqfLevels: accreditation.seqfLevels,
            eqfLevels: accreditation.seqfLevels.map((level) => `http://data.europa.eu/snb/eqf/${level}`),
            fields: accreditation.fields,
            credentialTypes: accreditation.credentialTypes,
          }),
          validFrom: accreditation.validFrom,
          validUntil: accreditation.validUntil,
          status: accreditation.status,
          history: [expect.objectContaining({ change: 'GRANTED' })],
        }),
      ),
    );
    expect(listed.keys).toEqual(
      entry.signingKeys.map((key) =>
        expect.objectContaining({ kid: key.kid, status: key.status, publicJwk: key.publicJwk, validFrom: key.validFrom, validUntil: key.validUntil, compromisedFrom: key.compromisedFrom }),
      ),
    );

    // Unchanged: 304 for the same ETag. Changed: a new ETag.
    const unchanged = await fetchDocument('/registry.json', { 'if-none-match': etag! });
    expect(unchanged.status).toBe(304);
    await hub.request(SuspendAccreditationDocument, { id: granted.data!.grantAccreditation.id, reason: 'Tillsyn' }, { token: myhToken });
    const changed = await fetchDocument('/registry.json', { 'if-none-match': etag! });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    const suspended = (await changed.json()) as typeof registry;
    expect(suspended.organisations.find((organisation) => organisation.id === textil.id)!.accreditations[0]).toMatchObject({
      status: 'SUSPENDED',
      history: [{ change: 'GRANTED' }, { change: 'SUSPENDED' }],
    });

    const jwks = await fetchDocument(`/issuers/${textil.id}/jwks.json`);
    expect(jwks.headers.get('cache-control')).toBe('public, max-age=60');
    expect(jwks.headers.get('etag')).toBeTruthy();
    expect(jwks.headers.get('content-type')).toMatch(/^application\/jwk-set\+json/);
  });

  it('answers 404 for an unknown or malformed issuer', async () => {
    expect((await fetchDocument('/issuers/00000000-0000-4000-8000-000000000000/jwks.json')).status).toBe(404);
    expect((await fetchDocument('/issuers/00000000-0000-4000-8000-000000000000/did.json')).status).toBe(404);
    expect((await fetchDocument("/issuers/1'%20or%201=1/jwks.json")).status).toBe(404);
  });
});
