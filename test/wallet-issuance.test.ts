import { randomBytes, webcrypto } from 'node:crypto';
import { SignJWT, createLocalJWKSet, decodeJwt, decodeProtectedHeader, exportJWK, jwtVerify, type FlattenedJWSInput, type JWK, type JWSHeaderParameters } from 'jose';
import { setGlobalConfig, type IssuerMetadataResult } from '@openid4vc/openid4vci';
import { SDJwtVcInstance } from '@sd-jwt/sd-jwt-vc';
import { digest } from '@sd-jwt/crypto-nodejs';
import { CreateCredentialOfferDocument, IssueAwardDocument, RevokeAwardDocument, VerifyCredentialDocument, VerifyPresentationDocument } from './generated/graphql';
import { personnummer } from './support/awards';
import { startTestHub, type TestHub } from './support/hub';
import { signedInLearner } from './support/sign-in';
import { accreditedWorld, must } from './support/world';
import { holderKey, takeOffer, wallet, type Holder } from './support/wallet';

/**
 * OpenID4VCI 1.0 through the gateway, with an independent wallet client from npm (@openid4vc/openid4vci,
 * the OpenWallet Foundation's): a learner's offer taken into a wallet in both formats, each verified with the
 * issuer's published keys; and the hostile cases, each refused with the specification's error code.
 */
let hub: TestHub;
let origin: string;
let provider: { id: string; token: string };
let entryId: string;
let serial = 700;

async function issue(name = 'Maja Lindqvist') {
  serial += 1;
  const input = {
    issuerId: provider.id,
    microCredentialId: entryId,
    learner: { personalNumber: personnummer(serial), name, email: `wallet-${serial}@example.se` },
    issuedOn: new Date().toISOString().slice(0, 10),
    grade: 'VG',
    idempotencyKey: `wallet-${serial}`,
  };
  const { issueAward } = await must(hub.request(IssueAwardDocument, { input }, { token: provider.token }));
  const { token: learnerToken } = await signedInLearner(hub, input.learner.personalNumber);
  return { award: issueAward, learnerToken };
}

const credentialOf = (award: { credential?: unknown }) => award.credential as Record<string, any>;

async function offerFor(awardId: string, learnerToken: string, credentialConfigurationIds?: string[]) {
  return (await must(hub.request(CreateCredentialOfferDocument, { awardId, credentialConfigurationIds }, { token: learnerToken }))).createCredentialOffer;
}

async function issuerJwks() {
  const response = await fetch(`${origin}/issuers/${provider.id}/jwks.json`);
  expect(response.status).toBe(200);
  const jwks = createLocalJWKSet((await response.json()) as never);
  // A kid may be a DID URL of the issuer (did:web:…#<kid>): the key is the JWKS entry its fragment names.
  return (protectedHeader: JWSHeaderParameters, token: FlattenedJWSInput) => jwks({ ...protectedHeader, kid: String(protectedHeader.kid).split('#').pop() }, token);
}

beforeAll(async () => {
  setGlobalConfig({ allowInsecureUrls: true });
  hub = await startTestHub({ VERIFICATION_CACHE_MAX_SECONDS: '0', EID_LOCAL_PROVIDER: 'true' });
  origin = new URL(hub.gatewayUrl).origin;
  const world = await accreditedWorld(hub);
  provider = world.provider;
  entryId = world.entryId;
}, 120_000);
afterAll(() => hub?.stop());

describe('OpenID4VCI metadata at the hub address', () => {
  it('publishes the credential issuer metadata with both configurations, named in Swedish and English, and the authorization server metadata', async () => {
    const client = wallet(await holderKey());
    const metadata: IssuerMetadataResult = await client.resolveIssuerMetadata(origin);
    expect(metadata.credentialIssuer.credential_issuer).toBe(origin);
    expect(metadata.credentialIssuer.nonce_endpoint).toBe(`${origin}/openid4vci/nonce`);
    const configurations = metadata.credentialIssuer.credential_configurations_supported as Record<string, any>;
    expect(Object.keys(configurations).sort()).toEqual(['micro_credential_dc_sd_jwt', 'micro_credential_jwt_vc_json']);
    expect(configurations.micro_credential_dc_sd_jwt).toMatchObject({ format: 'dc+sd-jwt', vct: expect.any(String) });
    expect(configurations.micro_credential_jwt_vc_json).toMatchObject({ format: 'jwt_vc_json', credential_definition: { type: ['VerifiableCredential', 'OpenBadgeCredential'] } });
    for (const configuration of Object.values(configurations)) {
      expect(configuration.credential_metadata.display.map((entry: { locale: string }) => entry.locale)).toEqual(['sv', 'en']);
      expect(configuration.cryptographic_binding_methods_supported).toEqual(['jwk', 'did:jwk', 'did:key']);
    }
    expect(metadata.authorizationServers[0]).toMatchObject({ issuer: origin, token_endpoint: `${origin}/openid4vci/token`, 'pre-authorized_grant_anonymous_access_supported': true });
  });
});

describe('a learner takes an award into a wallet', () => {
  it('gets an offer link, a QR code and a transaction code; the wallet obtains both formats, bound to its key, signed with the issuer\'s published key', async () => {
    const { award, learnerToken } = await issue();
    const offer = await offerFor(award.id, learnerToken);
    expect(offer.offerUri).toMatch(/^openid-credential-offer:\/\/\?credential_offer=/);
    expect(offer.qrCodeSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(offer.transactionCode).toMatch(/^\d{6}$/);
    expect(offer.offerUri).not.toContain(offer.transactionCode.length ? `"tx_code":"${offer.transactionCode}"` : 'x');
    const holder = await holderKey('EdDSA', 'jwk');
    const { credentials } = await takeOffer(offer.offerUri, offer.transactionCode, holder);
    const jwks = await issuerJwks();
    const didJwkKey = (did: unknown) => JSON.parse(Buffer.from(String(did).replace(/^did:jwk:/, ''), 'base64url').toString('utf8'));

    // jwt_vc_json: the same award (id, status entries, catalogue version), bound to the holder.
    const vcJwt = credentials.micro_credential_jwt_vc_json;
    const { payload, protectedHeader } = await jwtVerify(vcJwt, jwks);
    expect(protectedHeader.typ).toBe('vc+jwt');
    expect(payload).toMatchObject({
      id: credentialOf(award).id,
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      credentialStatus: credentialOf(award).credentialStatus,
      credentialSubject: { id: expect.stringMatching(/^did:jwk:/), achievement: { id: `urn:uuid:${entryId}` } },
      cnf: { jwk: holder.publicJwk },
    });
    expect(didJwkKey((payload.credentialSubject as { id: string }).id)).toEqual(holder.publicJwk);

    // dc+sd-jwt: verified with the issuer's key by @sd-jwt/sd-jwt-vc; every Annex I element a disclosure.
    const sdJwt = credentials.micro_credential_dc_sd_jwt;
    const header = decodeProtectedHeader(sdJwt.split('~')[0]);
    expect(header).toMatchObject({ typ: 'dc+sd-jwt', kid: expect.stringMatching(new RegExp(`^${(credentialOf(award).issuer as { id: string }).id}#`)) });
    const verifier = new SDJwtVcInstance({
      hasher: digest,
      verifier: async (data: string, signature: string) => {
        await jwtVerify(`${data}.${signature}`, jwks, { typ: 'dc+sd-jwt' });
        return true;
      },
    });
    const verified = await verifier.verify(sdJwt);
    expect(verified.payload).toMatchObject({
      iss: credentialOf(award).issuer && (credentialOf(award).issuer as { id: string }).id,
      cnf: { jwk: holder.publicJwk },
      credential_id: credentialOf(award).id,
      valid_from: credentialOf(award).validFrom,
      micro_credential: { id: entryId },
      credentialStatus: credentialOf(award).credentialStatus,
      learner_name: 'Maja Lindqvist',
      title: { sv: 'Reparationssömnad jeans', en: 'Repair sewing: jeans' },
      seqf_level: 3,
      grade: 'VG',
    });
    const issuerSigned = decodeJwt(sdJwt.split('~')[0]);
    expect(issuerSigned.learner_name).toBeUndefined();
    expect(issuerSigned.seqf_level).toBeUndefined();
    expect((issuerSigned._sd as string[]).length).toBeGreaterThanOrEqual(14);
    expect(await verifier.presentableKeys(sdJwt)).toEqual(expect.arrayContaining(['learner_name', 'title', 'awarding_body', 'date_of_issuing', 'learning_outcomes', 'workload_hours', 'seqf_level', 'eqf_level', 'assessment_type', 'participation_form', 'quality_assurance', 'issuer_country']));
  });

  it.each([
    ['did:jwk', 'EdDSA'],
    ['did:key', 'EdDSA'],
    ['did:key', 'ES256'],
  ] as const)('binds the credential to a %s holder key (%s)', async (naming, alg) => {
    const { award, learnerToken } = await issue();
    const offer = await offerFor(award.id, learnerToken, ['micro_credential_jwt_vc_json']);
    const holder = await holderKey(alg, naming);
    const { credentials } = await takeOffer(offer.offerUri, offer.transactionCode, holder);
    const { payload } = await jwtVerify(credentials.micro_credential_jwt_vc_json, await issuerJwks());
    const did = (holder.signer as { didUrl: string }).didUrl.split('#')[0];
    expect(payload).toMatchObject({ credentialSubject: { id: did }, cnf: { jwk: { kty: holder.publicJwk.kty, x: holder.publicJwk.x } } });
  });
});

/** The protocol by hand, over HTTP at the hub address, so that each step can be made wrong. */
const form = (fields: Record<string, string>) => ({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });
const preAuthorizedCodeOf = (offerUri: string) =>
  JSON.parse(new URL(offerUri.replace('openid-credential-offer://', 'https://wallet.invalid/')).searchParams.get('credential_offer')!).grants['urn:ietf:params:oauth:grant-type:pre-authorized_code']['pre-authorized_code'] as string;

async function tokenRequest(code: string, txCode?: string) {
  const response = await fetch(`${origin}/openid4vci/token`, form({ grant_type: 'urn:ietf:params:oauth:grant-type:pre-authorized_code', 'pre-authorized_code': code, ...(txCode === undefined ? {} : { tx_code: txCode }) }));
  return { status: response.status, body: (await response.json()) as Record<string, any>, cacheControl: response.headers.get('cache-control') };
}

async function nonce() {
  const response = await fetch(`${origin}/openid4vci/nonce`, { method: 'POST' });
  expect(response.status).toBe(200);
  return ((await response.json()) as { c_nonce: string }).c_nonce;
}

async function proof(holder: Holder, options: { nonce?: string; aud?: string; typ?: string; headerJwk?: JWK; iat?: number } = {}) {
  return new SignJWT({ ...(options.nonce === undefined ? {} : { nonce: options.nonce }), aud: options.aud ?? origin, iat: options.iat ?? Math.floor(Date.now() / 1000) })
    .setProtectedHeader({ alg: holder.alg, typ: options.typ ?? 'openid4vci-proof+jwt', jwk: (options.headerJwk ?? holder.publicJwk) as never })
    .sign(holder.privateKey);
}

async function credentialRequest(accessToken: string | null, body: Record<string, unknown>) {
  const response = await fetch(`${origin}/openid4vci/credential`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any>, wwwAuthenticate: response.headers.get('www-authenticate') };
}

/** A learner's offer, redeemed for an access token. */
async function accessTokenFor(configurations?: string[]) {
  const { award, learnerToken } = await issue();
  const offer = await offerFor(award.id, learnerToken, configurations);
  const token = await tokenRequest(preAuthorizedCodeOf(offer.offerUri), offer.transactionCode);
  expect(token).toMatchObject({ status: 200, body: { token_type: 'Bearer', access_token: expect.any(String) }, cacheControl: 'no-store' });
  return token.body.access_token as string;
}

describe('hostile wallets, each refused with the specification\'s error code', () => {
  it('a wrong transaction code is invalid_grant; after five wrong ones the offer is dead, right code or not', async () => {
    const { award, learnerToken } = await issue();
    const offer = await offerFor(award.id, learnerToken);
    const code = preAuthorizedCodeOf(offer.offerUri);
    const wrong = offer.transactionCode === '000000' ? '000001' : '000000';
    expect(await tokenRequest(code)).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    for (let attempt = 0; attempt < 5; attempt += 1) expect(await tokenRequest(code, wrong)).toMatchObject({ status: 400, body: { error: 'invalid_grant', error_description: expect.stringMatching(/transaction code/) } });
    expect(await tokenRequest(code, offer.transactionCode)).toMatchObject({ status: 400, body: { error: 'invalid_grant', error_description: expect.stringMatching(/too many/) } });
  });

  it('a pre-authorized code works once; used again, unknown, or expired it is invalid_grant', async () => {
    const { award, learnerToken } = await issue();
    const offer = await offerFor(award.id, learnerToken);
    const code = preAuthorizedCodeOf(offer.offerUri);
    expect((await tokenRequest(code, offer.transactionCode)).status).toBe(200);
    expect(await tokenRequest(code, offer.transactionCode)).toMatchObject({ status: 400, body: { error: 'invalid_grant', error_description: expect.stringMatching(/used already/) } });
    expect(await tokenRequest(randomBytes(32).toString('base64url'), '123456')).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });

    const late = await offerFor(award.id, learnerToken);
    // The offer's lifetime (10 minutes) passes.
    await hub.hub.subgraphs.awards.db.query(`update credential_offer set expires_at = now() - interval '1 second' where redeemed_at is null and award_id = $1`, [award.id]);
    expect(await tokenRequest(preAuthorizedCodeOf(late.offerUri), late.transactionCode)).toMatchObject({ status: 400, body: { error: 'invalid_grant', error_description: expect.stringMatching(/expired/) } });
    expect(await tokenRequest(code, offer.transactionCode).then((answer) => answer.body.error)).toBe('invalid_grant');
    const unsupported = await fetch(`${origin}/openid4vci/token`, form({ grant_type: 'client_credentials' }));
    expect(unsupported.status).toBe(400);
    expect(((await unsupported.json()) as { error: string }).error).toBe('unsupported_grant_type');
  });

  it('a proof by another key than the one it names is invalid_proof; so are a wrong audience, a wrong typ and a private key in the header', async () => {
    const accessToken = await accessTokenFor();
    const holder = await holderKey();
    const other = await holderKey();
    const request = async (jwt: string) => credentialRequest(accessToken, { credential_configuration_id: 'micro_credential_jwt_vc_json', proofs: { jwt: [jwt] } });
    expect(await request(await proof(other, { nonce: await nonce(), headerJwk: holder.publicJwk }))).toMatchObject({ status: 400, body: { error: 'invalid_proof' } });
    expect(await request(await proof(holder, { nonce: await nonce(), aud: 'https://another-issuer.example' }))).toMatchObject({ status: 400, body: { error: 'invalid_proof' } });
    expect(await request(await proof(holder, { nonce: await nonce(), typ: 'JWT' }))).toMatchObject({ status: 400, body: { error: 'invalid_proof' } });
    expect(await request(await proof(holder, { nonce: await nonce(), iat: Math.floor(Date.now() / 1000) - 3600 }))).toMatchObject({ status: 400, body: { error: 'invalid_proof' } });
    const privateJwk = await exportJWK(holder.privateKey);
    expect(await request(await proof(holder, { nonce: await nonce(), headerJwk: privateJwk }))).toMatchObject({ status: 400, body: { error: 'invalid_proof' } });
    // None of these spent the grant: the right proof still gets the credential.
    expect(await request(await proof(holder, { nonce: await nonce() }))).toMatchObject({ status: 200, body: { credentials: [{ credential: expect.any(String) }] } });
  });

  it('a reused, unknown, missing or expired nonce is invalid_nonce', async () => {
    const accessToken = await accessTokenFor();
    const holder = await holderKey();
    const used = await nonce();
    expect((await credentialRequest(accessToken, { credential_configuration_id: 'micro_credential_jwt_vc_json', proofs: { jwt: [await proof(holder, { nonce: used })] } })).status).toBe(200);
    const again = await credentialRequest(accessToken, { credential_configuration_id: 'micro_credential_dc_sd_jwt', proofs: { jwt: [await proof(holder, { nonce: used })] } });
    expect(again).toMatchObject({ status: 400, body: { error: 'invalid_nonce' } });
    expect(await credentialRequest(accessToken, { credential_configuration_id: 'micro_credential_dc_sd_jwt', proofs: { jwt: [await proof(holder, { nonce: 'made-up-nonce' })] } })).toMatchObject({ status: 400, body: { error: 'invalid_nonce' } });
    expect(await credentialRequest(accessToken, { credential_configuration_id: 'micro_credential_dc_sd_jwt', proofs: { jwt: [await proof(holder)] } })).toMatchObject({ status: 400, body: { error: 'invalid_nonce' } });
    const stale = await nonce();
    await hub.hub.subgraphs.awards.db.query(`update wallet_nonce set expires_at = now() - interval '1 second' where used_at is null`);
    expect(await credentialRequest(accessToken, { credential_configuration_id: 'micro_credential_dc_sd_jwt', proofs: { jwt: [await proof(holder, { nonce: stale })] } })).toMatchObject({ status: 400, body: { error: 'invalid_nonce' } });
    expect(await credentialRequest(accessToken, { credential_configuration_id: 'micro_credential_dc_sd_jwt', proofs: { jwt: [await proof(holder, { nonce: await nonce() })] } })).toMatchObject({ status: 200 });
  });

  it('a configuration the offer did not name is invalid_credential_request, an unknown one unknown_credential_configuration; each is issued once per token', async () => {
    const accessToken = await accessTokenFor(['micro_credential_jwt_vc_json']);
    const holder = await holderKey();
    expect(await credentialRequest(accessToken, { credential_configuration_id: 'micro_credential_dc_sd_jwt', proofs: { jwt: [await proof(holder, { nonce: await nonce() })] } })).toMatchObject({ status: 400, body: { error: 'invalid_credential_request' } });
    expect(await credentialRequest(accessToken, { credential_configuration_id: 'UniversityDegree', proofs: { jwt: [await proof(holder, { nonce: await nonce() })] } })).toMatchObject({ status: 400, body: { error: 'unknown_credential_configuration' } });
    expect(await credentialRequest(accessToken, { proofs: { jwt: [await proof(holder, { nonce: await nonce() })] } })).toMatchObject({ status: 400, body: { error: 'invalid_credential_request' } });
    expect((await credentialRequest(accessToken, { credential_configuration_id: 'micro_credential_jwt_vc_json', proofs: { jwt: [await proof(holder, { nonce: await nonce() })] } })).status).toBe(200);
    expect(await credentialRequest(accessToken, { credential_configuration_id: 'micro_credential_jwt_vc_json', proofs: { jwt: [await proof(holder, { nonce: await nonce() })] } })).toMatchObject({ status: 400, body: { error: 'invalid_credential_request' } });
  });

  it('no access token, a made-up one or an expired one is 401 invalid_token', async () => {
    const holder = await holderKey();
    const body = { credential_configuration_id: 'micro_credential_jwt_vc_json', proofs: { jwt: [await proof(holder, { nonce: await nonce() })] } };
    expect(await credentialRequest(null, body)).toMatchObject({ status: 401, body: { error: 'invalid_token' }, wwwAuthenticate: expect.stringMatching(/^Bearer error="invalid_token"/) });
    expect(await credentialRequest(randomBytes(32).toString('base64url'), body)).toMatchObject({ status: 401, body: { error: 'invalid_token' } });
    const accessToken = await accessTokenFor();
    await hub.hub.subgraphs.awards.db.query(`update wallet_access_token set expires_at = now() - interval '1 second'`);
    expect(await credentialRequest(accessToken, body)).toMatchObject({ status: 401, body: { error: 'invalid_token' } });
  });

  it('an offer of another learner\'s award is refused (FORBIDDEN); anonymous callers get none (UNAUTHENTICATED)', async () => {
    const { award } = await issue('Anna Berg');
    const { learnerToken: someoneElse } = await issue('Bo Ek');
    const refused = await hub.request(CreateCredentialOfferDocument, { awardId: award.id }, { token: someoneElse });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await hub.request(CreateCredentialOfferDocument, { awardId: award.id });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const asProvider = await hub.request(CreateCredentialOfferDocument, { awardId: award.id }, { token: (await hub.token({ roles: ['provider'], organisationId: provider.id })) });
    expect(asProvider.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [{ count }] = await hub.hub.subgraphs.awards.db.query('select count(*)::int as count from credential_offer where award_id = $1', [award.id]);
    expect(count).toBe(0);
  });
});

const ALL_OK = [['FORMAT', 'OK'], ['SIGNATURE', 'OK'], ['ACCREDITATION', 'OK'], ['STATUS', 'OK'], ['EXPIRY', 'OK'], ['CATALOGUE', 'OK']];
const PRESENTATION_OK = [['PRESENTATION_FORMAT', 'OK'], ['HOLDER_SIGNATURE', 'OK'], ['NONCE', 'OK'], ['AUDIENCE', 'OK'], ['FRESHNESS', 'OK']];
const statuses = (checks: { check: string; status: string }[]) => checks.map((check) => [check.check, check.status]);
const EMPLOYER = 'https://rekrytering.example.se';

async function verifyCredential(credential: string) {
  return (await must(hub.request(VerifyCredentialDocument, { credential }))).verifyCredential;
}
async function verifyPresentation(presentation: string, nonce: string, audience = EMPLOYER) {
  return (await must(hub.request(VerifyPresentationDocument, { presentation, nonce, audience }))).verifyPresentation;
}

/** A VC 2.0 presentation as a VP JWT, signed by `signer` (the holder, or not). */
function vpJwt(credentials: string[], signer: Holder, claims: { nonce?: string; aud?: string; iat?: number; holder?: string }) {
  return new SignJWT({
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    type: ['VerifiablePresentation'],
    ...(claims.holder ? { holder: claims.holder } : {}),
    verifiableCredential: credentials.map((credential) => ({ '@context': ['https://www.w3.org/ns/credentials/v2'], id: `data:application/vc+jwt,${credential}`, type: 'EnvelopedVerifiableCredential' })),
    ...(claims.nonce ? { nonce: claims.nonce } : {}),
    aud: claims.aud ?? EMPLOYER,
    iat: claims.iat ?? Math.floor(Date.now() / 1000),
  })
    .setProtectedHeader({ alg: signer.alg, typ: 'vp+jwt' })
    .sign(signer.privateKey);
}

/** The holder's wallet presents an SD-JWT with @sd-jwt/sd-jwt-vc: the disclosures it chooses and a key-binding JWT. */
async function sdJwtPresentation(sdJwt: string, holder: Holder, frame: Record<string, boolean> | undefined, kb: { nonce: string; aud?: string; iat?: number } | null) {
  const instance = new SDJwtVcInstance({
    hasher: digest,
    kbSignAlg: holder.alg,
    kbSigner: async (data: string) =>
      Buffer.from(
        await webcrypto.subtle.sign(holder.alg === 'EdDSA' ? { name: 'Ed25519' } : { name: 'ECDSA', hash: 'SHA-256' }, holder.privateKey as webcrypto.CryptoKey, Buffer.from(data)),
      ).toString('base64url'),
  });
  return instance.present(sdJwt, frame as never, kb ? { kb: { payload: { nonce: kb.nonce, aud: kb.aud ?? EMPLOYER, iat: kb.iat ?? Math.floor(Date.now() / 1000) } } } : undefined);
}

describe("the hub's verification accepts what the wallet holds, and checks that the presenter is the holder", () => {
  let holder: Holder;
  let credentials: Record<string, string>;
  let award: Awaited<ReturnType<typeof issue>>['award'];

  beforeAll(async () => {
    const issued = await issue('Sara Nyström');
    award = issued.award;
    holder = await holderKey('ES256', 'jwk');
    const offer = await offerFor(award.id, issued.learnerToken);
    ({ credentials } = await takeOffer(offer.offerUri, offer.transactionCode, holder));
  });

  it('verifyCredential: the holder-bound jwt_vc_json and the SD-JWT with all or some disclosures pass every check', async () => {
    const vc = await verifyCredential(credentials.micro_credential_jwt_vc_json);
    expect(vc.verdict).toBe('VALID');
    expect(statuses(vc.checks)).toEqual(ALL_OK);
    const sd = await verifyCredential(credentials.micro_credential_dc_sd_jwt);
    expect(sd.verdict).toBe('VALID');
    expect(statuses(sd.checks)).toEqual(ALL_OK);
    expect(sd).toMatchObject({ learnerName: 'Sara Nyström', title: 'Reparationssömnad jeans', seqfLevel: 3, credentialId: credentialOf(award).id });
    // The holder shows only the title and the awarding body: level, field and name withheld, still genuine and accredited.
    const some = await sdJwtPresentation(credentials.micro_credential_dc_sd_jwt, holder, { title: true, awarding_body: true }, null);
    const partial = await verifyCredential(some);
    expect(statuses(partial.checks)).toEqual(ALL_OK);
    expect(partial).toMatchObject({ verdict: 'VALID', learnerName: null, seqfLevel: null, title: 'Reparationssömnad jeans' });
  });

  it('verifyCredential: an SD-JWT with a forged disclosure, or another issuer\'s key, is INVALID', async () => {
    const [jwt, ...rest] = credentials.micro_credential_dc_sd_jwt.split('~');
    const forged = Buffer.from(JSON.stringify([randomBytes(16).toString('base64url'), 'seqf_level', 7])).toString('base64url');
    const tampered = await verifyCredential([jwt, forged, ...rest].join('~'));
    expect(tampered.verdict).toBe('INVALID');
    expect(tampered.checks[0]).toMatchObject({ check: 'FORMAT', status: 'FAILED' });
    const signature = jwt.split('.');
    const resigned = `${signature[0]}.${signature[1]}.${Buffer.from(randomBytes(64)).toString('base64url')}~${rest.join('~')}`;
    expect((await verifyCredential(resigned)).checks[1]).toMatchObject({ check: 'SIGNATURE', status: 'FAILED' });
  });

  it('verifyPresentation: a VP JWT and an SD-JWT with key binding, signed by the holder over the employer\'s nonce and audience, are VALID', async () => {
    const nonce = randomBytes(16).toString('base64url');
    const vp = await verifyPresentation(await vpJwt([credentials.micro_credential_jwt_vc_json], holder, { nonce }), nonce);
    expect(statuses(vp.checks)).toEqual(PRESENTATION_OK);
    expect(vp).toMatchObject({ verdict: 'VALID', form: 'vp+jwt', holder: expect.stringMatching(/^did:jwk:/) });
    expect(statuses(vp.credentials[0].checks)).toEqual(ALL_OK);

    const presented = await sdJwtPresentation(credentials.micro_credential_dc_sd_jwt, holder, { title: true, seqf_level: true, learner_name: true }, { nonce });
    const sd = await verifyPresentation(presented, nonce);
    expect(statuses(sd.checks)).toEqual(PRESENTATION_OK);
    expect(sd).toMatchObject({ verdict: "VALID", form: "dc+sd-jwt+kb", credentials: [{ verdict: 'VALID', learnerName: 'Sara Nyström', seqfLevel: 3 }] });
  });

  it('verifyPresentation: another nonce, another audience, a stale one, someone else\'s key or no key binding are INVALID, each check saying why', async () => {
    const nonce = randomBytes(16).toString('base64url');
    const thief = await holderKey('ES256');
    const vc = credentials.micro_credential_jwt_vc_json;
    const failedChecks = (report: Awaited<ReturnType<typeof verifyPresentation>>) => report.checks.filter((check) => check.status !== 'OK').map((check) => check.check);
    const replayed = await verifyPresentation(await vpJwt([vc], holder, { nonce: 'another-request-nonce' }), nonce);
    expect([replayed.verdict, failedChecks(replayed)]).toEqual(['INVALID', ['NONCE']]);
    const elsewhere = await verifyPresentation(await vpJwt([vc], holder, { nonce, aud: 'https://other-employer.example' }), nonce);
    expect([elsewhere.verdict, failedChecks(elsewhere)]).toEqual(['INVALID', ['AUDIENCE']]);
    const stale = await verifyPresentation(await vpJwt([vc], holder, { nonce, iat: Math.floor(Date.now() / 1000) - 3600 }), nonce);
    expect([stale.verdict, failedChecks(stale)]).toEqual(['INVALID', ['FRESHNESS']]);
    const stolen = await verifyPresentation(await vpJwt([vc], thief, { nonce }), nonce);
    expect([stolen.verdict, failedChecks(stolen)]).toEqual(['INVALID', ['HOLDER_SIGNATURE', 'NONCE', 'AUDIENCE', 'FRESHNESS']]);
    expect(stolen.checks[1].reason).toMatch(/not signed by the key the credentials are bound to/);

    const stolenSd = await verifyPresentation(await sdJwtPresentation(credentials.micro_credential_dc_sd_jwt, thief, { title: true }, { nonce }), nonce);
    expect(stolenSd.verdict).toBe('INVALID');
    expect(stolenSd.checks[1]).toMatchObject({ check: 'HOLDER_SIGNATURE', status: 'FAILED' });
    const unbound = await verifyPresentation(await sdJwtPresentation(credentials.micro_credential_dc_sd_jwt, holder, { title: true }, null), nonce);
    expect(unbound.verdict).toBe('INVALID');
    expect(unbound.checks[1]).toMatchObject({ check: 'HOLDER_SIGNATURE', status: 'FAILED', reason: expect.stringMatching(/no key-binding JWT/) });
    // Disclosures added after the holder signed: the key binding covers exactly what was shown (sd_hash).
    const shown = await sdJwtPresentation(credentials.micro_credential_dc_sd_jwt, holder, { title: true }, { nonce });
    const all = credentials.micro_credential_dc_sd_jwt.split('~').slice(1, -1);
    const parts = shown.split('~');
    const widened = [...parts.slice(0, -1), ...all.filter((disclosure) => !parts.includes(disclosure)), parts[parts.length - 1]].join('~');
    expect((await verifyPresentation(widened, nonce)).checks[1]).toMatchObject({ check: 'HOLDER_SIGNATURE', status: 'FAILED', reason: expect.stringMatching(/sd_hash/) });
    // An unbound credential (the hub's own vc+jwt of the award) cannot be presented as held.
    const plain = await verifyPresentation(await vpJwt([award.credentialJwt!], holder, { nonce }), nonce);
    expect(plain.verdict).toBe('INVALID');
    expect(plain.checks[1].reason).toMatch(/not bound to a holder key/);
  });

  it('a revoked award shows revoked in both wallet forms and in a presentation', async () => {
    await must(hub.request(RevokeAwardDocument, { id: award.id, reason: 'Utfärdad i misstag' }, { token: provider.token }));
    for (const credential of [credentials.micro_credential_jwt_vc_json, credentials.micro_credential_dc_sd_jwt]) {
      const report = await verifyCredential(credential);
      expect(report.verdict).toBe('INVALID');
      expect(report.checks.find((check) => check.check === 'STATUS')).toMatchObject({ status: 'FAILED', reason: expect.stringMatching(/revoked/i) });
    }
    const nonce = randomBytes(16).toString('base64url');
    const presented = await verifyPresentation(await sdJwtPresentation(credentials.micro_credential_dc_sd_jwt, holder, { title: true }, { nonce }), nonce);
    expect(presented).toMatchObject({ verdict: 'INVALID', credentials: [{ verdict: 'INVALID' }] });
    expect(statuses(presented.checks)).toEqual(PRESENTATION_OK);
  });
});
