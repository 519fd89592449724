import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import { setGlobalConfig } from '@openid4vc/openid4vci';
import { Oauth2Client, clientAuthenticationClientAttestationJwt, createClientAttestationJwt, type HashAlgorithm } from '@openid4vc/oauth2';
import { CreateCredentialOfferDocument } from './generated/graphql';
import { personnummer } from './support/awards';
import { startTestHub, type TestHub } from './support/hub';
import { Agent, signInLocally, signedInLearner } from './support/sign-in';
import { holderKey, wallet } from './support/wallet';
import { accreditedWorld, awardTo, must } from './support/world';
import { readConfig } from '../platform/config';
import { ClientAttestation } from '../services/awards/wallet-issuance/client-attestation';

/**
 * Attestation-based client authentication (draft-ietf-oauth-attestation-based-client-auth), on a hub that trusts one
 * wallet provider's key (WALLET_CLIENT_ATTESTATION_JWKS_FILE): the wallet provider's attestation and the wallet
 * instance's proof of possession are made by @openid4vc/oauth2 (createClientAttestationJwt,
 * clientAuthenticationClientAttestationJwt), which sends them at the PAR and token endpoints. Missing, forged, bound
 * to another key, for another audience, too old, for another client_id and replayed attestations are invalid_client,
 * and nothing is kept or issued.
 */
let hub: TestHub;
let origin: string;
let world: Awaited<ReturnType<typeof accreditedWorld>>;
let directory: string;
const CLIENT_ID = 'se.example.attested-wallet';
const REDIRECT_URI = 'https://wallet.example/callback';
const ATTESTER_KID = 'wallet-provider-2026';
let attester: { privateKey: CryptoKey; publicJwk: JWK };
let instance: { privateKey: CryptoKey; publicJwk: JWK };

const keyPair = async () => {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  return { privateKey, publicJwk: await exportJWK(publicKey) };
};
const count = async (table: string) => Number((await hub.hub.subgraphs.awards.db.query(`select count(*)::int as n from ${table}`))[0].n);
const counts = async () => ({ pushed: await count('wallet_pushed_request'), codes: await count('wallet_authorization'), tokens: await count('wallet_access_token') });

/** The wallet provider's attestation of the instance key, made by the client library, signed by the given attester key. */
async function attestation(options: { signer?: CryptoKey; clientId?: string; jwk?: JWK; expiresIn?: number } = {}) {
  return createClientAttestationJwt({
    issuer: 'https://wallet-provider.example',
    clientId: options.clientId ?? CLIENT_ID,
    confirmation: { jwk: (options.jwk ?? instance.publicJwk) as never },
    expiresAt: new Date(Date.now() + (options.expiresIn ?? 3600) * 1000),
    signer: { method: 'custom', alg: 'ES256', kid: ATTESTER_KID },
    callbacks: {
      signJwt: async (_signer, { header, payload }) => ({
        jwt: await new SignJWT(payload as never).setProtectedHeader({ ...header, kid: ATTESTER_KID } as never).sign(options.signer ?? attester.privateKey),
        signerJwk: attester.publicJwk as never,
      }),
    },
  });
}

/** The instance's callbacks: its proof of possession signed with its own key, as the library asks. */
const instanceCallbacks = (key: CryptoKey = instance.privateKey) => ({
  generateRandom: (length: number) => randomBytes(length),
  signJwt: async (_signer: unknown, { header, payload }: { header: unknown; payload: unknown }) => ({
    jwt: await new SignJWT(payload as never).setProtectedHeader(header as never).sign(key),
    signerJwk: instance.publicJwk as never,
  }),
});

/** The attested wallet: @openid4vc/oauth2 with client attestation as its client authentication. */
async function attestedWallet() {
  return new Oauth2Client({
    callbacks: {
      fetch,
      hash: (data: Uint8Array, alg: HashAlgorithm) => createHash(alg.replace('-', '')).update(data).digest(),
      ...instanceCallbacks(),
      clientAuthentication: clientAuthenticationClientAttestationJwt({ clientAttestationJwt: await attestation(), callbacks: instanceCallbacks() }),
    },
  });
}

/** A proof of possession made by hand (jose), to change one thing at a time. */
const pop = (change: { aud?: string; iat?: number; jti?: string; key?: CryptoKey; iss?: string } = {}) =>
  new SignJWT({ jti: change.jti ?? randomBytes(16).toString('base64url'), ...(change.iss ? { iss: change.iss } : { iss: CLIENT_ID }) })
    .setProtectedHeader({ alg: 'ES256', typ: 'oauth-client-attestation-pop+jwt' })
    .setAudience(change.aud ?? origin)
    .setIssuedAt(change.iat ?? Math.floor(Date.now() / 1000))
    .setExpirationTime('5m')
    .sign(change.key ?? instance.privateKey);

const pushBody = () =>
  new URLSearchParams({
    response_type: 'code',
    client_id: CLIENT_ID,
    redirect_uri: REDIRECT_URI,
    code_challenge: createHash('sha256').update(randomBytes(32).toString('base64url')).digest('base64url'),
    code_challenge_method: 'S256',
    scope: 'micro_credential_jwt_vc_json',
  }).toString();
const push = (headers: Record<string, string>, body = pushBody()) =>
  fetch(`${origin}/openid4vci/par`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body });

beforeAll(async () => {
  setGlobalConfig({ allowInsecureUrls: true });
  attester = await keyPair();
  instance = await keyPair();
  directory = fs.mkdtempSync(path.join(os.tmpdir(), 'attesters-'));
  const file = path.join(directory, 'attesters.jwks.json');
  fs.writeFileSync(file, JSON.stringify({ keys: [{ ...attester.publicJwk, kid: ATTESTER_KID, alg: 'ES256', use: 'sig' }] }));
  hub = await startTestHub({ EID_LOCAL_PROVIDER: 'true', WALLET_CLIENT_ATTESTATION_JWKS_FILE: file });
  origin = new URL(hub.gatewayUrl).origin;
  world = await accreditedWorld(hub);
}, 120_000);
afterAll(async () => {
  await hub?.stop();
  fs.rmSync(directory, { recursive: true, force: true });
});

describe('attestation-based client authentication', () => {
  it('advertises attest_jwt_client_auth; the attested wallet pushes, the learner consents, and the token endpoint takes the code', async () => {
    const personalNumber = personnummer(5501);
    const award = await awardTo(hub, world, { personalNumber, name: 'Maja Lind', email: 'attested-5501@example.se' }, 'attested-5501');
    const authorizationServerMetadata = (await wallet(await holderKey()).resolveIssuerMetadata(origin)).authorizationServers[0];
    expect(authorizationServerMetadata).toMatchObject({ token_endpoint_auth_methods_supported: ['attest_jwt_client_auth'], 'pre-authorized_grant_anonymous_access_supported': false });
    const client = await attestedWallet();
    const { authorizationRequestUrl, pkce } = await client.createAuthorizationRequestUrl({ authorizationServerMetadata, clientId: CLIENT_ID, redirectUri: REDIRECT_URI, scope: 'micro_credential_jwt_vc_json', state: 'att' });
    expect(new URL(authorizationRequestUrl).searchParams.has('request_uri')).toBe(true);
    const browser = new Agent(origin);
    expect(await signInLocally(browser, { personalNumber })).toMatchObject({ error: null });
    const consent = await browser.follow(authorizationRequestUrl);
    const page = await consent.response.text();
    expect(page).toContain(award.id);
    const field = (name: string) => new RegExp(`name="${name}" value="([^"]+)"`).exec(page)![1];
    const answer = await browser.fetch('/openid4vci/authorize/consent', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrf: field('csrf'), rid: field('rid'), decision: 'allow', award: award.id }).toString(),
    });
    const code = new URL(answer.headers.get('location')!).searchParams.get('code')!;
    const { accessTokenResponse } = await client.retrieveAuthorizationCodeAccessToken({ authorizationServerMetadata, authorizationCode: code, pkceCodeVerifier: pkce!.codeVerifier, redirectUri: REDIRECT_URI });
    expect(accessTokenResponse.token_type).toBe('Bearer');
  });

  it('refuses a missing, forged, misbound, misaddressed, stale, other-client or replayed attestation with invalid_client, keeping and issuing nothing', async () => {
    const good = await attestation();
    const before = await counts();
    const forger = await keyPair();
    const other = await keyPair();
    const cases: [string, Record<string, string>][] = [
      ['no headers', {}],
      ['no proof of possession', { 'oauth-client-attestation': good }],
      ['attestation signed by an untrusted key', { 'oauth-client-attestation': await attestation({ signer: forger.privateKey }), 'oauth-client-attestation-pop': await pop() }],
      ['attestation expired', { 'oauth-client-attestation': await attestation({ expiresIn: -120 }), 'oauth-client-attestation-pop': await pop() }],
      ['proof signed by another key than cnf.jwk', { 'oauth-client-attestation': good, 'oauth-client-attestation-pop': await pop({ key: other.privateKey }) }],
      ['proof for another audience', { 'oauth-client-attestation': good, 'oauth-client-attestation-pop': await pop({ aud: 'https://other-issuer.example' }) }],
      ['proof too old', { 'oauth-client-attestation': good, 'oauth-client-attestation-pop': await pop({ iat: Math.floor(Date.now() / 1000) - 3600 }) }],
      ['attestation for another client_id', { 'oauth-client-attestation': await attestation({ clientId: 'another-wallet' }), 'oauth-client-attestation-pop': await pop({ iss: 'another-wallet' }) }],
      ['attestation carrying a private key', { 'oauth-client-attestation': await attestation({ jwk: await exportJWK(instance.privateKey) }), 'oauth-client-attestation-pop': await pop() }],
    ];
    for (const [why, headers] of cases) {
      const answer = await push(headers);
      expect({ why, status: answer.status, error: (await answer.json()).error }).toEqual({ why, status: 401, error: 'invalid_client' });
    }
    // Replayed: the same proof twice (the first is taken).
    const once = { 'oauth-client-attestation': good, 'oauth-client-attestation-pop': await pop() };
    expect((await push(once)).status).toBe(201);
    const replay = await push(once);
    expect(replay.status).toBe(401);
    expect((await replay.json()).error_description).toMatch(/used already/);
    expect(await counts()).toEqual({ ...before, pushed: before.pushed + 1 });

    // The token endpoint too, for the pre-authorized code of an offer: without an attestation the offer stays untaken.
    const personalNumber = personnummer(5502);
    const award = await awardTo(hub, world, { personalNumber, name: 'Nils Berg', email: 'attested-5502@example.se' }, 'attested-5502');
    const { token: learnerToken } = await signedInLearner(hub, personalNumber);
    const offer = (await must(hub.request(CreateCredentialOfferDocument, { awardId: award.id }, { token: learnerToken }))).createCredentialOffer;
    const client = wallet(await holderKey());
    const credentialOffer = await client.resolveCredentialOffer(offer.offerUri);
    const issuerMetadata = await client.resolveIssuerMetadata(credentialOffer.credential_issuer);
    await expect(client.retrievePreAuthorizedCodeAccessTokenFromOffer({ credentialOffer, issuerMetadata, txCode: offer.transactionCode })).rejects.toMatchObject({ errorResponse: { error: 'invalid_client' } });
    const forgedToken = await fetch(`${origin}/openid4vci/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'oauth-client-attestation': await attestation({ signer: forger.privateKey }), 'oauth-client-attestation-pop': await pop() },
      body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:pre-authorized_code', 'pre-authorized_code': credentialOffer.grants!['urn:ietf:params:oauth:grant-type:pre-authorized_code']!['pre-authorized_code'], tx_code: offer.transactionCode }).toString(),
    });
    expect(forgedToken.status).toBe(401);
    expect((await forgedToken.json()).error).toBe('invalid_client');
    const [row] = await hub.hub.subgraphs.awards.db.query('select redeemed_at from credential_offer where award_id = $1', [award.id]);
    expect(row.redeemed_at).toBeNull();
    expect(await count('wallet_access_token')).toBe(before.tokens);
  });

  it('stops the start with a message naming WALLET_CLIENT_ATTESTATION_JWKS_FILE when the file is missing or not a public JWKS', async () => {
    const bad = path.join(directory, 'private.jwks.json');
    fs.writeFileSync(bad, JSON.stringify({ keys: [await exportJWK(attester.privateKey)] }));
    // What the awards routes read at start (services/awards/wallet-issuance/client-attestation.ts).
    for (const file of [bad, path.join(directory, 'missing.json')]) {
      expect(() => ClientAttestation.fromConfig(readConfig({ WALLET_CLIENT_ATTESTATION_JWKS_FILE: file }), origin)).toThrow(/WALLET_CLIENT_ATTESTATION_JWKS_FILE/);
    }
  });
});
