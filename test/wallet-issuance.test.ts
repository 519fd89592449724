import { createHash, randomBytes } from 'node:crypto';
import bs58 from 'bs58';
import { SignJWT, createLocalJWKSet, decodeJwt, decodeProtectedHeader, exportJWK, generateKeyPair, jwtVerify, type CryptoKey, type JWK } from 'jose';
import { Openid4vciClient, setGlobalConfig, type IssuerMetadataResult } from '@openid4vc/openid4vci';
import { clientAuthenticationAnonymous, type HashAlgorithm, type JwtSigner } from '@openid4vc/oauth2';
import { SDJwtVcInstance } from '@sd-jwt/sd-jwt-vc';
import { digest } from '@sd-jwt/crypto-nodejs';
import { CreateCredentialOfferDocument, IssueAwardDocument } from './generated/graphql';
import { personnummer } from './support/awards';
import { startTestHub, type TestHub } from './support/hub';
import { accreditedWorld, must } from './support/world';

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

interface Holder {
  privateKey: CryptoKey;
  publicJwk: JWK;
  alg: 'EdDSA' | 'ES256';
  /** How the proof names the key. */
  signer: JwtSigner;
}

async function holderKey(alg: 'EdDSA' | 'ES256' = 'EdDSA', naming: 'jwk' | 'did:jwk' | 'did:key' = 'jwk'): Promise<Holder> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  let signer: JwtSigner;
  if (naming === 'jwk') signer = { method: 'jwk', alg, publicJwk: publicJwk as never };
  else if (naming === 'did:jwk') {
    const did = `did:jwk:${Buffer.from(JSON.stringify(publicJwk)).toString('base64url')}`;
    signer = { method: 'did', alg, didUrl: `${did}#0` };
  } else {
    // did:key: multicodec ed25519-pub 0xed01 or p256-pub 0x8024 (compressed point), base58btc.
    const raw =
      alg === 'EdDSA'
        ? Buffer.concat([Buffer.from([0xed, 0x01]), Buffer.from(publicJwk.x!, 'base64url')])
        : Buffer.concat([Buffer.from([0x80, 0x24, Buffer.from(publicJwk.y!, 'base64url')[31] & 1 ? 0x03 : 0x02]), Buffer.from(publicJwk.x!, 'base64url')]);
    const multibase = `z${bs58.encode(raw)}`;
    signer = { method: 'did', alg, didUrl: `did:key:${multibase}#${multibase}` };
  }
  return { privateKey, publicJwk, alg, signer };
}

/** The wallet: @openid4vc/openid4vci's client with jose and node:crypto behind its callbacks. */
function wallet(holder: Holder) {
  return new Openid4vciClient({
    callbacks: {
      fetch,
      hash: (data: Uint8Array, alg: HashAlgorithm) => createHash(alg.replace('-', '')).update(data).digest(),
      generateRandom: (length: number) => randomBytes(length),
      clientAuthentication: clientAuthenticationAnonymous(),
      signJwt: async (_signer, { header, payload }) => ({
        jwt: await new SignJWT(payload as never).setProtectedHeader(header as never).sign(holder.privateKey),
        signerJwk: holder.publicJwk as never,
      }),
    },
  });
}

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
  const learnerToken = await hub.token({ roles: ['learner'], subject: issueAward.learnerId! });
  return { award: issueAward, learnerToken };
}

async function offerFor(awardId: string, learnerToken: string, credentialConfigurationIds?: string[]) {
  return (await must(hub.request(CreateCredentialOfferDocument, { awardId, credentialConfigurationIds }, { token: learnerToken }))).createCredentialOffer;
}

/** Takes an offer into the wallet: resolve, metadata, token with the transaction code, a nonce and a proof per configuration. */
async function takeOffer(offerUri: string, txCode: string, holder: Holder) {
  const client = wallet(holder);
  const credentialOffer = await client.resolveCredentialOffer(offerUri);
  const issuerMetadata = await client.resolveIssuerMetadata(credentialOffer.credential_issuer);
  const { accessTokenResponse } = await client.retrievePreAuthorizedCodeAccessTokenFromOffer({ credentialOffer, issuerMetadata, txCode });
  const credentials: Record<string, string> = {};
  for (const credentialConfigurationId of credentialOffer.credential_configuration_ids) {
    const { c_nonce } = await client.requestNonce({ issuerMetadata });
    const { jwt } = await client.createCredentialRequestJwtProof({ issuerMetadata, credentialConfigurationId, nonce: c_nonce, signer: holder.signer });
    const { credentialResponse } = await client.retrieveCredentials({
      issuerMetadata,
      accessToken: accessTokenResponse.access_token,
      credentialConfigurationId,
      proofs: { jwt: [jwt] },
    });
    credentials[credentialConfigurationId] = String(credentialResponse.credentials![0].credential);
  }
  return { credentials, issuerMetadata, accessToken: accessTokenResponse.access_token };
}

async function issuerJwks() {
  const response = await fetch(`${origin}/issuers/${provider.id}/jwks.json`);
  expect(response.status).toBe(200);
  return createLocalJWKSet((await response.json()) as never);
}

beforeAll(async () => {
  setGlobalConfig({ allowInsecureUrls: true });
  hub = await startTestHub({ VERIFICATION_CACHE_MAX_SECONDS: '0' });
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
      id: award.credential!.id,
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      credentialStatus: award.credential!.credentialStatus,
      credentialSubject: { id: expect.stringMatching(/^did:jwk:/), achievement: { id: `urn:uuid:${entryId}` } },
      cnf: { jwk: holder.publicJwk },
    });
    expect(didJwkKey((payload.credentialSubject as { id: string }).id)).toEqual(holder.publicJwk);

    // dc+sd-jwt: verified with the issuer's key by @sd-jwt/sd-jwt-vc; every Annex I element a disclosure.
    const sdJwt = credentials.micro_credential_dc_sd_jwt;
    const header = decodeProtectedHeader(sdJwt.split('~')[0]);
    expect(header).toMatchObject({ typ: 'dc+sd-jwt', kid: expect.stringMatching(new RegExp(`^${(award.credential!.issuer as { id: string }).id}#`)) });
    const verifier = new SDJwtVcInstance({
      hasher: digest,
      // The header's kid is a DID URL of the issuer (did:web:…#<kid>): the key is the JWKS entry its fragment names.
      verifier: async (data: string, signature: string) => {
        await jwtVerify(`${data}.${signature}`, (protectedHeader) => jwks({ ...protectedHeader, kid: String(protectedHeader.kid).split('#')[1] }), { typ: 'dc+sd-jwt' });
        return true;
      },
    });
    const verified = await verifier.verify(sdJwt);
    expect(verified.payload).toMatchObject({
      iss: award.credential!.issuer && (award.credential!.issuer as { id: string }).id,
      cnf: { jwk: holder.publicJwk },
      credential_id: award.credential!.id,
      micro_credential: { id: entryId },
      credentialStatus: award.credential!.credentialStatus,
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
