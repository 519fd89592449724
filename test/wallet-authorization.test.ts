import { createHash, randomBytes } from 'node:crypto';
import { createLocalJWKSet, decodeJwt, jwtVerify, type FlattenedJWSInput, type JWSHeaderParameters } from 'jose';
import { setGlobalConfig, type CredentialOfferObject, type IssuerMetadataResult } from '@openid4vc/openid4vci';
import { CreateCredentialOfferDocument, IssueAwardDocument, VerifyCredentialDocument } from './generated/graphql';
import { personnummer } from './support/awards';
import { startTestHub, type TestHub } from './support/hub';
import { Agent, signInLocally, signedInLearner } from './support/sign-in';
import { holderKey, oauthWallet, takeOffer, wallet, type Holder } from './support/wallet';
import { accreditedWorld, must } from './support/world';

/**
 * OpenID4VCI's authorization code flow on the learner's e-ID sign-in, through the gateway, with the independent
 * wallet client (@openid4vc/openid4vci, @openid4vc/oauth2): the wallet builds the authorization request (PKCE S256),
 * the person's browser (an agent with cookies) follows it through the hub's sign-in at the local OpenID Provider and
 * the consent page, and the wallet redeems the code and takes the credentials. Also offers by reference
 * (credential_offer_uri). Each hostile case is refused with the specification's error code, nothing issued.
 */
let hub: TestHub;
let origin: string;
let world: Awaited<ReturnType<typeof accreditedWorld>>;
let serial = 5200;
const CLIENT_ID = 'test-wallet';
const REDIRECT_URI = 'https://wallet.example/callback';

/** A learner with the given number of awards (issued to their personnummer before they ever sign in). */
async function learnerWith(count: number) {
  serial += 1;
  const personalNumber = personnummer(serial);
  const awards = [];
  for (let index = 0; index < count; index += 1) {
    const input = {
      issuerId: world.provider.id,
      microCredentialId: world.entryId,
      learner: { personalNumber, name: 'Sara Nilsson', email: `authcode-${serial}@example.se` },
      issuedOn: new Date(Date.now() - index * 86_400_000).toISOString().slice(0, 10),
      idempotencyKey: `authcode-${serial}-${index}`,
    };
    awards.push((await must(hub.request(IssueAwardDocument, { input }, { token: world.provider.token }))).issueAward);
  }
  // The learner's own account (an issuer's answers name them by its pseudonym only), signed in elsewhere.
  const { learnerId, token: learnerToken } = await signedInLearner(hub, personalNumber);
  return { personalNumber, awards, learnerId, learnerToken, browser: new Agent(origin) };
}

const offerFor = async (awardId: string, learnerToken: string) =>
  (await must(hub.request(CreateCredentialOfferDocument, { awardId }, { token: learnerToken }))).createCredentialOffer;

const codes = async () => Number((await hub.hub.subgraphs.awards.db.query('select count(*)::int as n from wallet_authorization'))[0].n);
const tokens = async () => Number((await hub.hub.subgraphs.awards.db.query('select count(*)::int as n from wallet_access_token'))[0].n);

/**
 * The person's part: the browser opens the wallet's authorization request, signs in at the local provider when
 * the hub asks (typing the personnummer), and lands on the consent page (or straight back at the wallet with an error).
 */
async function openInBrowser(browser: Agent, authorizationRequestUrl: string, personalNumber: string) {
  const atWallet = (url: URL) => url.href.startsWith(REDIRECT_URI);
  let hop = await browser.follow(authorizationRequestUrl, {}, atWallet);
  if (hop.url.startsWith(REDIRECT_URI)) return { redirect: new URL(hop.url) };
  if (new URL(hop.url).pathname.startsWith('/local-eid/')) {
    const html = await hop.response.text();
    const action = /<form method="post" action="([^"]+)"/.exec(html)![1];
    hop = await browser.follow(action, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ personalNumber }).toString() }, atWallet);
    if (hop.url.startsWith(REDIRECT_URI)) return { redirect: new URL(hop.url) };
  }
  expect(new URL(hop.url).pathname).toBe('/openid4vci/authorize/consent');
  expect(hop.response.status).toBe(200);
  const page = await hop.response.text();
  return { page };
}

/** The learner presses a button on the consent page (with the awards ticked, or those the page ticked). */
async function consent(browser: Agent, page: string, options: { decision?: 'allow' | 'deny'; awards?: string[]; form?: Record<string, string> } = {}) {
  const field = (name: string) => new RegExp(`name="${name}" value="([^"]+)"`).exec(page)![1];
  const form = new URLSearchParams({ csrf: field('csrf'), rid: field('rid'), decision: options.decision ?? 'allow', ...options.form });
  const ticked = [...page.matchAll(/name="award" value="([^"]+)"( checked)?/g)].filter((match) => match[2]).map((match) => match[1]);
  for (const award of options.awards ?? ticked) form.append('award', award);
  const answer = await browser.fetch('/openid4vci/authorize/consent', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() });
  return answer;
}

const redirectOf = (answer: Response) => new URL(answer.headers.get('location')!);

/** The metadata as a wallet that does not know PAR reads it: the client library then sends the query form. */
const withoutPar = <T extends { pushed_authorization_request_endpoint?: string }>(metadata: T): T => ({ ...metadata, pushed_authorization_request_endpoint: undefined });

async function issuerJwks() {
  const jwks = createLocalJWKSet((await (await fetch(`${origin}/issuers/${world.provider.id}/jwks.json`)).json()) as never);
  return (header: JWSHeaderParameters, token: FlattenedJWSInput) => jwks({ ...header, kid: String(header.kid).split('#').pop() }, token);
}

/** A nonce and a proof of the holder's key, made by the wallet client, for one credential request. */
async function proofFor(holder: Holder, issuerMetadata: IssuerMetadataResult, credentialConfigurationId: string) {
  const client = wallet(holder, CLIENT_ID);
  const { c_nonce } = await client.requestNonce({ issuerMetadata });
  return (await client.createCredentialRequestJwtProof({ issuerMetadata, credentialConfigurationId, nonce: c_nonce, signer: holder.signer })).jwt;
}

/**
 * The wallet resolves the offer and makes the authorization request for it: with the client's offer helper
 * (which sends no state), or with its OAuth side, the offer's issuer_state and a state of its own.
 */
async function authorizeOffer(offerUri: string, holder: Holder, how: 'offer helper' | 'with state' = 'with state') {
  const client = wallet(holder, CLIENT_ID);
  const credentialOffer = await client.resolveCredentialOffer(offerUri);
  const issuerMetadata = await client.resolveIssuerMetadata(credentialOffer.credential_issuer);
  if (how === 'offer helper') {
    const { authorizationRequestUrl, pkce } = await client.createAuthorizationRequestUrlFromOffer({ credentialOffer, issuerMetadata, clientId: CLIENT_ID, redirectUri: REDIRECT_URI });
    return { client, credentialOffer, issuerMetadata, authorizationRequestUrl, pkce: pkce!, state: undefined };
  }
  const state = randomBytes(16).toString('base64url');
  const { authorizationRequestUrl, pkce } = await oauthWallet(holder, CLIENT_ID).createAuthorizationRequestUrl({
    authorizationServerMetadata: issuerMetadata.authorizationServers[0],
    clientId: CLIENT_ID,
    redirectUri: REDIRECT_URI,
    state,
    resource: credentialOffer.credential_issuer,
    additionalRequestPayload: { issuer_state: credentialOffer.grants!.authorization_code!.issuer_state },
  });
  return { client, credentialOffer, issuerMetadata, authorizationRequestUrl, pkce: pkce!, state };
}

beforeAll(async () => {
  setGlobalConfig({ allowInsecureUrls: true });
  hub = await startTestHub({ EID_LOCAL_PROVIDER: 'true', VERIFICATION_CACHE_MAX_SECONDS: '0' });
  origin = new URL(hub.gatewayUrl).origin;
  world = await accreditedWorld(hub);
}, 120_000);
afterAll(() => hub?.stop());

describe('authorization server metadata', () => {
  it('advertises the authorization endpoint, PKCE S256 only, iss in responses, scopes and authorization_details', async () => {
    const metadata = await wallet(await holderKey()).resolveIssuerMetadata(origin);
    expect(metadata.authorizationServers[0]).toMatchObject({
      issuer: origin,
      authorization_endpoint: `${origin}/openid4vci/authorize`,
      token_endpoint: `${origin}/openid4vci/token`,
      response_types_supported: ['code'],
      code_challenge_methods_supported: ['S256'],
      grant_types_supported: expect.arrayContaining(['authorization_code', 'urn:ietf:params:oauth:grant-type:pre-authorized_code']),
      authorization_response_iss_parameter_supported: true,
      authorization_details_types_supported: ['openid_credential'],
      scopes_supported: ['micro_credential_jwt_vc_json', 'micro_credential_dc_sd_jwt'],
      pushed_authorization_request_endpoint: `${origin}/openid4vci/par`,
      require_pushed_authorization_requests: false,
    });
  });
});

describe('an offer taken with the authorization code flow (issuer_state)', () => {
  it('signs the learner in with e-ID, shows the offer\'s award for consent, and the wallet gets both formats with the code', async () => {
    const learner = await learnerWith(2);
    const offer = await offerFor(learner.awards[1].id, learner.learnerToken);
    const holder = await holderKey('ES256', 'did:jwk');
    const flow = await authorizeOffer(offer.offerUri, holder, 'offer helper');
    expect(flow.credentialOffer.grants?.authorization_code?.issuer_state).toMatch(/^[\w-]{43}$/);
    // The hub advertises a PAR endpoint, so the wallet client pushes the request first (RFC 9126): the browser's
    // address names only the client and the pushed request.
    const request = new URL(flow.authorizationRequestUrl);
    expect([...request.searchParams.keys()].sort()).toEqual(['client_id', 'request_uri']);
    expect(request.searchParams.get('request_uri')).toMatch(/^urn:ietf:params:oauth:request_uri:[\w-]{43}$/);

    // No session yet: the hub sends the person through its e-ID sign-in first.
    const first = await learner.browser.fetch(flow.authorizationRequestUrl);
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/sign-in?return=%2Fopenid4vci%2Fauthorize%2Fconsent');
    // The pushed request is taken (once) and waits, sealed in the browser's cookie, while the person signs in.
    const { page } = await openInBrowser(learner.browser, first.headers.get('location')!, learner.personalNumber);
    // Only the offer's award, and where the answer goes.
    expect(page).toContain(learner.awards[1].id);
    expect(page).not.toContain(learner.awards[0].id);
    expect(page).toContain('https://wallet.example');
    expect(page).toContain(CLIENT_ID);

    const answer = await consent(learner.browser, page!);
    expect(answer.status).toBe(303);
    const response = flow.client.parseAndVerifyAuthorizationResponseRedirectUrl({ url: answer.headers.get('location')!, authorizationServerMetadata: flow.issuerMetadata.authorizationServers[0] });
    // The client's offer helper sends no state, so none comes back.
    expect(response.state).toBeUndefined();
    expect(response.iss).toBe(origin);
    const code = response.code!;

    const { accessTokenResponse } = await flow.client.retrieveAuthorizationCodeAccessTokenFromOffer({
      credentialOffer: flow.credentialOffer,
      issuerMetadata: flow.issuerMetadata,
      authorizationCode: code,
      pkceCodeVerifier: flow.pkce.codeVerifier,
      redirectUri: REDIRECT_URI,
    });
    expect(accessTokenResponse).toMatchObject({ token_type: 'Bearer', expires_in: 300 });
    const jwks = await issuerJwks();
    for (const credentialConfigurationId of flow.credentialOffer.credential_configuration_ids) {
      const jwt = await proofFor(holder, flow.issuerMetadata, credentialConfigurationId);
      const { credentialResponse } = await flow.client.retrieveCredentials({ issuerMetadata: flow.issuerMetadata, accessToken: accessTokenResponse.access_token, credentialConfigurationId, proofs: { jwt: [jwt] } });
      const credential = String((credentialResponse.credentials![0] as { credential: string }).credential);
      const issuerSigned = credential.split('~')[0];
      const { payload } = await jwtVerify(issuerSigned, jwks);
      expect(payload.cnf).toEqual({ jwk: holder.publicJwk });
      expect(payload.credential_id ?? payload.id).toBe((learner.awards[1].credential as { id: string }).id);
      const verified = (await must(hub.request(VerifyCredentialDocument, { credential }))).verifyCredential;
      expect(verified.verdict).toBe('VALID');
    }

    // The code is single-use; the offer is used up, its pre-authorized code with it.
    await expect(
      flow.client.retrieveAuthorizationCodeAccessTokenFromOffer({ credentialOffer: flow.credentialOffer, issuerMetadata: flow.issuerMetadata, authorizationCode: code, pkceCodeVerifier: flow.pkce.codeVerifier, redirectUri: REDIRECT_URI }),
    ).rejects.toMatchObject({ errorResponse: { error: 'invalid_grant' } });
    await expect(takeOffer(offer.offerUri, offer.transactionCode, holder)).rejects.toMatchObject({ errorResponse: { error: 'invalid_grant' } });
  });

  it('with a session already, goes straight to the consent page; declining sends access_denied back with the state', async () => {
    const learner = await learnerWith(1);
    const holder = await holderKey();
    const offer = await offerFor(learner.awards[0].id, learner.learnerToken);
    const flow = await authorizeOffer(offer.offerUri, holder);
    const { page } = await openInBrowser(learner.browser, flow.authorizationRequestUrl, learner.personalNumber);
    const declined = redirectOf(await consent(learner.browser, page!, { decision: 'deny' }));
    expect(Object.fromEntries(declined.searchParams)).toMatchObject({ error: 'access_denied', state: flow.state, iss: origin });
    expect(declined.searchParams.has('code')).toBe(false);

    // Signed in now: the next request shows the consent page at once.
    const again = await authorizeOffer(offer.offerUri, holder);
    const hop = await learner.browser.fetch(again.authorizationRequestUrl);
    expect(hop.headers.get('location')).toBe('/openid4vci/authorize/consent');
  });
});

describe('the wallet starts without an offer', () => {
  it('with authorization_details: the learner chooses several awards, and the token names one credential identifier per award and configuration', async () => {
    const learner = await learnerWith(3);
    const holder = await holderKey('EdDSA', 'did:key');
    const client = wallet(holder, CLIENT_ID);
    const issuerMetadata = await client.resolveIssuerMetadata(origin);
    const oauth = oauthWallet(holder, CLIENT_ID);
    const authorizationServerMetadata = issuerMetadata.authorizationServers[0];
    const details = [{ type: 'openid_credential', credential_configuration_id: 'micro_credential_dc_sd_jwt' }];
    const { authorizationRequestUrl, pkce } = await oauth.createAuthorizationRequestUrl({
      authorizationServerMetadata,
      clientId: CLIENT_ID,
      redirectUri: REDIRECT_URI,
      state: 'st-1',
      resource: origin,
      additionalRequestPayload: { authorization_details: details },
    });
    const { page } = await openInBrowser(learner.browser, authorizationRequestUrl, learner.personalNumber);
    for (const award of learner.awards) expect(page).toContain(award.id);
    expect(page).toContain('type="checkbox"');
    const chosen = [learner.awards[0].id, learner.awards[2].id];
    const redirect = redirectOf(await consent(learner.browser, page!, { awards: chosen }));
    const response = oauth.parseAuthorizationResponseRedirectUrl({ url: redirect.href });
    oauth.verifyAuthorizationResponse({ authorizationResponse: response, authorizationServerMetadata });
    const { accessTokenResponse } = await oauth.retrieveAuthorizationCodeAccessToken({
      authorizationServerMetadata,
      authorizationCode: response.code!,
      pkceCodeVerifier: pkce!.codeVerifier,
      redirectUri: REDIRECT_URI,
      resource: origin,
    });
    const granted = accessTokenResponse.authorization_details as { type: string; credential_configuration_id: string; credential_identifiers: string[] }[];
    expect(granted).toHaveLength(1);
    expect(granted[0]).toMatchObject({ type: 'openid_credential', credential_configuration_id: 'micro_credential_dc_sd_jwt' });
    expect(granted[0].credential_identifiers).toHaveLength(2);

    // Each identifier once, each the award chosen, in the format asked for.
    const received: string[] = [];
    for (const credentialIdentifier of granted[0].credential_identifiers) {
      const jwt = await proofFor(holder, issuerMetadata, 'micro_credential_dc_sd_jwt');
      // The client library asks by configuration id only: this one request by identifier goes as the specification writes it.
      const answer = await fetch(issuerMetadata.credentialIssuer.credential_endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${accessTokenResponse.access_token}` },
        body: JSON.stringify({ credential_identifier: credentialIdentifier, proofs: { jwt: [jwt] } }),
      });
      expect(answer.status).toBe(200);
      const sdJwt = String(((await answer.json()) as { credentials: { credential: string }[] }).credentials[0].credential);
      received.push(String(decodeJwt(sdJwt.split('~')[0]).credential_id));
    }
    expect(received.sort()).toEqual(chosen.map((id) => (learner.awards.find((award) => award.id === id)!.credential as { id: string }).id).sort());

    // Naming a configuration instead, or an identifier not granted, is refused.
    const jwt = await proofFor(holder, issuerMetadata, 'micro_credential_dc_sd_jwt');
    const asConfiguration = await fetch(`${origin}/openid4vci/credential`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessTokenResponse.access_token}` },
      body: JSON.stringify({ credential_configuration_id: 'micro_credential_dc_sd_jwt', proofs: { jwt: [jwt] } }),
    });
    expect(asConfiguration.status).toBe(400);
    expect((await asConfiguration.json()).error).toBe('invalid_credential_request');
    const otherAward = await fetch(`${origin}/openid4vci/credential`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessTokenResponse.access_token}` },
      body: JSON.stringify({ credential_identifier: `micro_credential_dc_sd_jwt:${learner.awards[1].id}`, proofs: { jwt: [jwt] } }),
    });
    expect((await otherAward.json()).error).toBe('unknown_credential_identifier');
  });

  it('with a scope, from a wallet that does not push: the learner chooses one award, and the wallet asks for it by its configuration', async () => {
    const learner = await learnerWith(2);
    const holder = await holderKey();
    const client = wallet(holder, CLIENT_ID);
    const issuerMetadata = await client.resolveIssuerMetadata(origin);
    const oauth = oauthWallet(holder, CLIENT_ID);
    // A wallet without PAR: the parameters go in the authorization request's query, as before (pushing is not required).
    const authorizationServerMetadata = withoutPar(issuerMetadata.authorizationServers[0]);
    const { authorizationRequestUrl, pkce } = await oauth.createAuthorizationRequestUrl({
      authorizationServerMetadata,
      clientId: CLIENT_ID,
      redirectUri: REDIRECT_URI,
      scope: 'micro_credential_jwt_vc_json',
    });
    expect(new URL(authorizationRequestUrl).searchParams.get('code_challenge_method')).toBe('S256');
    const { page } = await openInBrowser(learner.browser, authorizationRequestUrl, learner.personalNumber);
    expect(page).toContain('type="radio"');
    // Two ticked is not one chosen.
    const both = redirectOf(await consent(learner.browser, page!, { awards: learner.awards.map((award) => award.id) }));
    expect(both.searchParams.get('error')).toBe('invalid_request');

    const again = await oauth.createAuthorizationRequestUrl({ authorizationServerMetadata, clientId: CLIENT_ID, redirectUri: REDIRECT_URI, scope: 'micro_credential_jwt_vc_json' });
    const second = await openInBrowser(learner.browser, again.authorizationRequestUrl, learner.personalNumber);
    const redirect = redirectOf(await consent(learner.browser, second.page!, { awards: [learner.awards[1].id] }));
    const { accessTokenResponse } = await oauth.retrieveAuthorizationCodeAccessToken({
      authorizationServerMetadata,
      authorizationCode: redirect.searchParams.get('code')!,
      pkceCodeVerifier: again.pkce!.codeVerifier,
      redirectUri: REDIRECT_URI,
    });
    expect(accessTokenResponse.authorization_details).toBeUndefined();
    const jwt = await proofFor(holder, issuerMetadata, 'micro_credential_jwt_vc_json');
    const { credentialResponse } = await client.retrieveCredentials({ issuerMetadata, accessToken: accessTokenResponse.access_token, credentialConfigurationId: 'micro_credential_jwt_vc_json', proofs: { jwt: [jwt] } });
    const vcJwt = String((credentialResponse.credentials![0] as { credential: string }).credential);
    expect(decodeJwt(vcJwt).id).toBe((learner.awards[1].credential as { id: string }).id);
    // The scope named one configuration: the other is not the token's.
    const other = await proofFor(holder, issuerMetadata, 'micro_credential_dc_sd_jwt');
    const refused = await client
      .retrieveCredentials({ issuerMetadata, accessToken: accessTokenResponse.access_token, credentialConfigurationId: 'micro_credential_dc_sd_jwt', proofs: { jwt: [other] } })
      .catch((error) => error);
    expect(refused.response.credentialErrorResponseResult.data.error).toBe('invalid_credential_request');
    void pkce;
  });
});

describe('hostile wallets and browsers', () => {
  /** A fresh code for one learner's award, by scope, and what the token request needs. */
  async function freshCode(learner: Awaited<ReturnType<typeof learnerWith>>, holder: Holder) {
    const oauth = oauthWallet(holder, CLIENT_ID);
    const authorizationServerMetadata = (await wallet(holder).resolveIssuerMetadata(origin)).authorizationServers[0];
    const { authorizationRequestUrl, pkce } = await oauth.createAuthorizationRequestUrl({ authorizationServerMetadata, clientId: CLIENT_ID, redirectUri: REDIRECT_URI, scope: 'micro_credential_jwt_vc_json' });
    const { page } = await openInBrowser(learner.browser, authorizationRequestUrl, learner.personalNumber);
    const code = redirectOf(await consent(learner.browser, page!)).searchParams.get('code')!;
    return { code, verifier: pkce!.codeVerifier };
  }
  const tokenRequest = (fields: Record<string, string>) =>
    fetch(`${origin}/openid4vci/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ grant_type: 'authorization_code', ...fields }).toString() });

  it('refuses a wrong code_verifier, another client_id or redirect_uri, a missing verifier (invalid_grant) and spends the code', async () => {
    const learner = await learnerWith(1);
    const holder = await holderKey();
    const before = await tokens();
    for (const wrong of [
      (code: string, verifier: string) => ({ code, code_verifier: createHash('sha256').update(verifier).digest('base64url') + 'x', client_id: CLIENT_ID, redirect_uri: REDIRECT_URI }),
      (code: string, verifier: string) => ({ code, code_verifier: verifier, client_id: 'another-wallet', redirect_uri: REDIRECT_URI }),
      (code: string, verifier: string) => ({ code, code_verifier: verifier, client_id: CLIENT_ID, redirect_uri: 'https://attacker.example/callback' }),
      (code: string) => ({ code, client_id: CLIENT_ID, redirect_uri: REDIRECT_URI }),
    ]) {
      const { code, verifier } = await freshCode(learner, holder);
      const refused = await tokenRequest(wrong(code, verifier));
      expect(refused.status).toBe(400);
      expect((await refused.json()).error).toBe('invalid_grant');
      // Spent: even the right wallet cannot use it now.
      const after = await tokenRequest({ code, code_verifier: verifier, client_id: CLIENT_ID, redirect_uri: REDIRECT_URI });
      expect((await after.json()).error).toBe('invalid_grant');
    }
    expect(await tokens()).toBe(before);
  });

  it('refuses a replayed code and revokes the access token it gave; an expired code is invalid_grant', async () => {
    const learner = await learnerWith(1);
    const holder = await holderKey();
    const { code, verifier } = await freshCode(learner, holder);
    const fields = { code, code_verifier: verifier, client_id: CLIENT_ID, redirect_uri: REDIRECT_URI };
    const first = await tokenRequest(fields);
    expect(first.status).toBe(200);
    const { access_token: accessToken } = await first.json();
    const replay = await tokenRequest(fields);
    expect((await replay.json()).error).toBe('invalid_grant');
    const nonce = await (await fetch(`${origin}/openid4vci/nonce`, { method: 'POST' })).json();
    const revoked = await fetch(`${origin}/openid4vci/credential`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` }, body: JSON.stringify({ credential_configuration_id: 'micro_credential_jwt_vc_json', proofs: { jwt: ['a.b.c'] } }) });
    expect(revoked.status).toBe(401);
    expect((await revoked.json()).error).toBe('invalid_token');
    void nonce;

    const expired = await freshCode(learner, holder);
    await hub.hub.subgraphs.awards.db.query(`update wallet_authorization set expires_at = now() - interval '1 second' where redeemed_at is null`);
    const late = await tokenRequest({ code: expired.code, code_verifier: expired.verifier, client_id: CLIENT_ID, redirect_uri: REDIRECT_URI });
    expect((await late.json()).error).toBe('invalid_grant');
  });

  it('refuses an issuer_state of another learner\'s offer with access_denied, saying nothing of it, and the offer stays theirs', async () => {
    const owner = await learnerWith(1);
    const intruder = await learnerWith(1);
    const offer = await offerFor(owner.awards[0].id, owner.learnerToken);
    const holder = await holderKey();
    const flow = await authorizeOffer(offer.offerUri, holder);
    const before = await codes();
    const { redirect, page } = await openInBrowser(intruder.browser, flow.authorizationRequestUrl, intruder.personalNumber);
    expect(page).toBeUndefined();
    expect(redirect!.searchParams.get('error')).toBe('access_denied');
    expect(redirect!.searchParams.get('state')).toBe(flow.state);
    expect(redirect!.href).not.toContain(owner.awards[0].id);
    expect(redirect!.href).not.toContain(owner.awards[0].title.split(' ')[0]);
    // Same refusal as for an issuer_state nobody was given.
    const madeUp = await oauthWallet(holder, CLIENT_ID).createAuthorizationRequestUrl({
      authorizationServerMetadata: flow.issuerMetadata.authorizationServers[0],
      clientId: CLIENT_ID,
      redirectUri: REDIRECT_URI,
      state: flow.state,
      additionalRequestPayload: { issuer_state: randomBytes(32).toString('base64url') },
    });
    const unknown = await openInBrowser(intruder.browser, madeUp.authorizationRequestUrl, intruder.personalNumber);
    expect(unknown.redirect!.searchParams.get('error_description')).toBe(redirect!.searchParams.get('error_description'));
    expect(await codes()).toBe(before);
    // The owner can still take it.
    const { credentials } = await takeOffer(offer.offerUri, offer.transactionCode, holder);
    expect(Object.keys(credentials)).toHaveLength(2);
  });

  it('refuses no PKCE, plain PKCE and a bad response_type at the wallet\'s redirect_uri; an unusable redirect_uri gets a page, never a redirect', async () => {
    const learner = await learnerWith(1);
    // Signed in, so that what needs the learner (the scope's configurations) is checked too.
    expect(await signInLocally(learner.browser, { personalNumber: learner.personalNumber })).toMatchObject({ error: null });
    const base = { response_type: 'code', client_id: CLIENT_ID, redirect_uri: REDIRECT_URI, scope: 'micro_credential_jwt_vc_json', state: 's-9' };
    const challenge = createHash('sha256').update(randomBytes(32).toString('base64url')).digest('base64url');
    const authorize = (fields: Record<string, string | undefined>) => {
      const query = new URLSearchParams(Object.entries(fields).filter(([, value]) => value !== undefined) as [string, string][]);
      return learner.browser.fetch(`/openid4vci/authorize?${query}`);
    };
    const cases: [Record<string, string | undefined>, string][] = [
      [{ ...base }, 'invalid_request'],
      [{ ...base, code_challenge: 'plain-verifier-plain-verifier-plain-verifier-1', code_challenge_method: 'plain' }, 'invalid_request'],
      [{ ...base, code_challenge: challenge }, 'invalid_request'],
      [{ ...base, code_challenge: challenge, code_challenge_method: 'S256', response_type: 'token' }, 'unsupported_response_type'],
      [{ ...base, code_challenge: challenge, code_challenge_method: 'S256', scope: 'openid' }, 'invalid_scope'],
      [{ ...base, code_challenge: challenge, code_challenge_method: 'S256', scope: undefined, authorization_details: '[{"type":"other"}]' }, 'invalid_authorization_details'],
      [{ ...base, code_challenge: challenge, code_challenge_method: 'S256', scope: undefined }, 'invalid_request'],
    ];
    for (const [fields, error] of cases) {
      // The form is checked at once; what the scope names, once the hub knows who is signed in (the consent step).
      const query = new URLSearchParams(Object.entries(fields).filter(([, value]) => value !== undefined) as [string, string][]);
      const hop = await learner.browser.follow(`/openid4vci/authorize?${query}`, {}, (url) => url.href.startsWith(REDIRECT_URI));
      const target = new URL(hop.url);
      expect(target.href.startsWith(REDIRECT_URI)).toBe(true);
      expect({ error: target.searchParams.get('error'), state: target.searchParams.get('state'), iss: target.searchParams.get('iss') }).toEqual({ error, state: 's-9', iss: origin });
    }
    for (const redirectUri of [undefined, 'javascript:alert(1)', 'http://attacker.example/cb', 'https://wallet.example/cb#frag', 'not a uri']) {
      const answer = await authorize({ ...base, code_challenge: challenge, code_challenge_method: 'S256', redirect_uri: redirectUri });
      expect(answer.status).toBe(400);
      expect(answer.headers.get('location')).toBeNull();
      expect(answer.headers.get('content-type')).toMatch(/text\/html/);
    }
    const noClient = await authorize({ ...base, code_challenge: challenge, code_challenge_method: 'S256', client_id: undefined });
    expect(noClient.status).toBe(400);
  });

  it('refuses a consent form without the session\'s CSRF token or for another request, and the internal route to anyone but the gateway\'s sign-in', async () => {
    const learner = await learnerWith(1);
    const holder = await holderKey();
    const oauth = oauthWallet(holder, CLIENT_ID);
    const authorizationServerMetadata = (await wallet(holder).resolveIssuerMetadata(origin)).authorizationServers[0];
    const { authorizationRequestUrl } = await oauth.createAuthorizationRequestUrl({ authorizationServerMetadata, clientId: CLIENT_ID, redirectUri: REDIRECT_URI, scope: 'micro_credential_jwt_vc_json' });
    const { page } = await openInBrowser(learner.browser, authorizationRequestUrl, learner.personalNumber);
    const before = await codes();
    const forged = await consent(learner.browser, page!, { form: { csrf: 'forged' } });
    expect(forged.status).toBe(403);
    const otherRequest = await consent(learner.browser, page!, { form: { rid: 'another-request' } });
    expect(otherRequest.status).toBe(403);
    // A browser without the sealed request (another person's, or a cross-site form) gets a page, not a code.
    const stranger = new Agent(origin);
    const answer = await consent(stranger, page!);
    expect(answer.status).toBe(400);
    expect(await codes()).toBe(before);

    // The awards route that mints codes: not through the gateway, and not to a learner's or a made-up token.
    expect((await fetch(`${origin}/internal/wallet-authorization`, { method: 'POST' })).status).toBe(404);
    const awardsUrl = new URL(hub.hub.subgraphs.awards.url).origin;
    const call = { action: 'grant', learnerId: learner.learnerId, request: { clientId: CLIENT_ID, redirectUri: REDIRECT_URI, codeChallenge: 'x'.repeat(43), scope: ['micro_credential_jwt_vc_json'] }, awardIds: [learner.awards[0].id] };
    for (const authorization of [undefined, `Bearer ${learner.learnerToken}`, `Bearer ${await hub.token({ roles: ['authority'] })}`]) {
      const refused = await fetch(`${awardsUrl}/internal/wallet-authorization`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify(call),
      });
      expect(refused.status).toBe(401);
    }
    expect(await codes()).toBe(before);
  });
});

describe('pushed authorization requests (RFC 9126)', () => {
  const pushed = async () => Number((await hub.hub.subgraphs.awards.db.query('select count(*)::int as n from wallet_pushed_request'))[0].n);
  const challenge = () => createHash('sha256').update(randomBytes(32).toString('base64url')).digest('base64url');
  const form = (fields: Record<string, string | undefined>) => new URLSearchParams(Object.entries(fields).filter(([, value]) => value !== undefined) as [string, string][]).toString();
  /** A push as the wallet sends it, by plain fetch where the test must see the answer itself (status, headers). */
  const push = (fields: Record<string, string | undefined>, headers: Record<string, string> = {}) =>
    fetch(`${origin}/openid4vci/par`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: form(fields) });
  const good = () => ({ response_type: 'code', client_id: CLIENT_ID, redirect_uri: REDIRECT_URI, code_challenge: challenge(), code_challenge_method: 'S256', scope: 'micro_credential_jwt_vc_json', state: 'par-1' });
  /** The wallet client pushes (it reads the PAR endpoint from the metadata) and gives the browser's address. */
  async function pushedByWallet(holder: Holder) {
    const authorizationServerMetadata = (await wallet(holder).resolveIssuerMetadata(origin)).authorizationServers[0];
    const made = await oauthWallet(holder, CLIENT_ID).createAuthorizationRequestUrl({ authorizationServerMetadata, clientId: CLIENT_ID, redirectUri: REDIRECT_URI, scope: 'micro_credential_jwt_vc_json', state: 'par-w' });
    return { ...made, authorizationServerMetadata, requestUri: new URL(made.authorizationRequestUrl).searchParams.get('request_uri')! };
  }
  /** The browser brings a request_uri: a refusal is a page (400), never a redirect, with the same words whatever the cause. */
  async function refusedReference(browser: Agent, query: Record<string, string>) {
    const answer = await browser.fetch(`/openid4vci/authorize?${new URLSearchParams(query)}`);
    expect(answer.status).toBe(400);
    expect(answer.headers.get('location')).toBeNull();
    expect(answer.headers.get('cache-control')).toContain('no-store');
    const page = await answer.text();
    expect(page).toContain('invalid_request_uri');
    return page.replace(/<[^>]+>/g, ' ');
  }

  it('answers 201 with a one-time request_uri for a minute; the wallet client pushes, the learner consents, the code works', async () => {
    const learner = await learnerWith(1);
    const before = await pushed();
    const answer = await push(good());
    expect(answer.status).toBe(201);
    expect(answer.headers.get('cache-control')).toContain('no-store');
    const body = await answer.json();
    expect(body).toEqual({ request_uri: expect.stringMatching(/^urn:ietf:params:oauth:request_uri:[\w-]{43}$/), expires_in: 60 });
    expect(await pushed()).toBe(before + 1);
    // Stored as a keyed hash, the request sealed: the database holds neither the request_uri nor the PKCE challenge.
    const rows = await hub.hub.subgraphs.awards.db.query('select request_uri_hash, request_sealed from wallet_pushed_request');
    for (const row of rows) {
      expect(Buffer.from(row.request_uri_hash).toString('utf8')).not.toContain(body.request_uri.split(':').pop());
      expect(Buffer.from(row.request_sealed).toString('utf8')).not.toContain('wallet.example');
    }

    const holder = await holderKey();
    const flow = await pushedByWallet(holder);
    const { page } = await openInBrowser(learner.browser, flow.authorizationRequestUrl, learner.personalNumber);
    expect(page).toContain(learner.awards[0].id);
    const redirect = redirectOf(await consent(learner.browser, page!));
    expect(redirect.searchParams.get('state')).toBe('par-w');
    const { accessTokenResponse } = await oauthWallet(holder, CLIENT_ID).retrieveAuthorizationCodeAccessToken({
      authorizationServerMetadata: flow.authorizationServerMetadata,
      authorizationCode: redirect.searchParams.get('code')!,
      pkceCodeVerifier: flow.pkce!.codeVerifier,
      redirectUri: REDIRECT_URI,
    });
    expect(accessTokenResponse.token_type).toBe('Bearer');
  });

  it('refuses a request_uri used already, expired, of another client, unknown or malformed, with the same words, and issues nothing', async () => {
    const learner = await learnerWith(1);
    expect(await signInLocally(learner.browser, { personalNumber: learner.personalNumber })).toMatchObject({ error: null });
    const holder = await holderKey();
    const before = { codes: await codes(), tokens: await tokens() };

    // Another client_id with a wallet's request_uri: refused, and not spent, so the wallet that pushed it goes on.
    const theirs = await pushedByWallet(holder);
    const asOther = await refusedReference(learner.browser, { client_id: 'another-wallet', request_uri: theirs.requestUri });
    const used = await learner.browser.follow(theirs.authorizationRequestUrl);
    expect(new URL(used.url).pathname).toBe('/openid4vci/authorize/consent');
    // Taken once: the same address again is refused.
    const again = await refusedReference(learner.browser, { client_id: CLIENT_ID, request_uri: theirs.requestUri });

    const expiring = await pushedByWallet(holder);
    await hub.hub.subgraphs.awards.db.query(`update wallet_pushed_request set expires_at = now() - interval '1 second' where used_at is null`);
    const expired = await refusedReference(learner.browser, { client_id: CLIENT_ID, request_uri: expiring.requestUri });
    const unknown = await refusedReference(learner.browser, { client_id: CLIENT_ID, request_uri: `urn:ietf:params:oauth:request_uri:${randomBytes(32).toString('base64url')}` });
    const malformed = await refusedReference(learner.browser, { client_id: CLIENT_ID, request_uri: 'https://attacker.example/request.jwt' });
    // Nothing tells another client's request_uri from one that never existed.
    for (const text of [again, expired, unknown, malformed]) expect(text).toBe(asOther);
    // A pushed request's parameters are the only ones: a redirect_uri added to the browser's address is ignored.
    const added = await pushedByWallet(holder);
    const withExtra = await learner.browser.fetch(`${added.authorizationRequestUrl}&redirect_uri=${encodeURIComponent('https://attacker.example/cb')}`);
    expect(withExtra.headers.get('location')).toBe('/openid4vci/authorize/consent');
    const consentPage = await (await learner.browser.fetch('/openid4vci/authorize/consent')).text();
    expect(consentPage).toContain('https://wallet.example');
    expect(consentPage).not.toContain('attacker.example');
    expect(await codes()).toBe(before.codes);
    expect(await tokens()).toBe(before.tokens);
  });

  it('refuses a push without PKCE, with plain PKCE, a request object, a request_uri, a repeated or oversized form, with RFC 6749 codes and nothing kept', async () => {
    const before = await pushed();
    const cases: [Record<string, string | undefined>, number, string][] = [
      [{ ...good(), code_challenge: undefined, code_challenge_method: undefined }, 400, 'invalid_request'],
      [{ ...good(), code_challenge: 'plain-verifier-plain-verifier-plain-verifier-1', code_challenge_method: 'plain' }, 400, 'invalid_request'],
      [{ ...good(), code_challenge_method: undefined }, 400, 'invalid_request'],
      [{ ...good(), request: 'eyJhbGciOiJub25lIn0.eyJzY29wZSI6Im1pY3JvX2NyZWRlbnRpYWxfand0X3ZjX2pzb24ifQ.' }, 400, 'invalid_request'],
      [{ ...good(), request_uri: `urn:ietf:params:oauth:request_uri:${randomBytes(32).toString('base64url')}` }, 400, 'invalid_request'],
      [{ ...good(), response_type: 'token' }, 400, 'unsupported_response_type'],
      [{ ...good(), scope: undefined }, 400, 'invalid_request'],
      [{ ...good(), scope: undefined, authorization_details: '[{"type":"other"}]' }, 400, 'invalid_authorization_details'],
      [{ ...good(), client_id: undefined }, 400, 'invalid_request'],
      [{ ...good(), redirect_uri: 'http://attacker.example/cb' }, 400, 'invalid_request'],
      [{ ...good(), redirect_uri: 'javascript:alert(1)' }, 400, 'invalid_request'],
      [{ ...good(), authorization_details: 'x'.repeat(20_000) }, 413, 'invalid_request'],
    ];
    for (const [fields, status, error] of cases) {
      const answer = await push(fields);
      expect({ fields: Object.keys(fields).join(), status: answer.status, error: (await answer.json()).error }).toEqual({ fields: Object.keys(fields).join(), status, error });
    }
    const twice = await fetch(`${origin}/openid4vci/par`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `${form(good())}&client_id=other` });
    expect((await twice.json()).error).toBe('invalid_request');
    const asJson = await fetch(`${origin}/openid4vci/par`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(good()) });
    expect(asJson.status).toBe(400);
    expect((await asJson.json()).error).toBe('invalid_request');
    expect(await pushed()).toBe(before);

    // A request object in the browser's address is refused as before, at the wallet's redirect_uri.
    const learner = await learnerWith(1);
    const jar = await learner.browser.fetch(`/openid4vci/authorize?${form({ client_id: CLIENT_ID, redirect_uri: REDIRECT_URI, request: 'a.b.c', state: 's-jar' })}`);
    const target = redirectOf(jar);
    expect(target.searchParams.get('error')).toBe('invalid_request');
    expect(target.searchParams.get('error_description')).toContain('JAR');
  });
});

describe('an offer by reference (credential_offer_uri)', () => {
  it('gives a short link the wallet resolves at the hub; the QR code holds it; it stops working once taken', async () => {
    const learner = await learnerWith(1);
    const offer = await offerFor(learner.awards[0].id, learner.learnerToken);
    expect(offer.offerByReferenceUri).toMatch(new RegExp(`^openid-credential-offer://\\?credential_offer_uri=${encodeURIComponent(`${origin}/openid4vci/offers/`)}[\\w-]{43}$`));
    expect(offer.offerByReferenceUri.length).toBeLessThan(offer.offerUri.length / 3);
    const client = wallet(await holderKey());
    const resolved: CredentialOfferObject = await client.resolveCredentialOffer(offer.offerByReferenceUri);
    const byValue = await client.resolveCredentialOffer(offer.offerUri);
    expect(resolved).toEqual(byValue);
    const holder = await holderKey('ES256', 'did:key');
    const { credentials } = await takeOffer(offer.offerByReferenceUri, offer.transactionCode, holder);
    expect(Object.keys(credentials).sort()).toEqual(['micro_credential_dc_sd_jwt', 'micro_credential_jwt_vc_json']);
    // Taken: the reference answers 404, and so does one nobody was given.
    const url = decodeURIComponent(offer.offerByReferenceUri.split('credential_offer_uri=')[1]);
    expect((await fetch(url)).status).toBe(404);
    expect((await fetch(`${origin}/openid4vci/offers/${randomBytes(32).toString('base64url')}`)).status).toBe(404);
  });

  it('expires with the offer', async () => {
    const learner = await learnerWith(1);
    const offer = await offerFor(learner.awards[0].id, learner.learnerToken);
    const url = decodeURIComponent(offer.offerByReferenceUri.split('credential_offer_uri=')[1]);
    const answer = await fetch(url);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toContain('no-store');
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    await hub.hub.subgraphs.awards.db.query(`update credential_offer set expires_at = now() - interval '1 second' where award_id = $1`, [learner.awards[0].id]);
    expect((await fetch(url)).status).toBe(404);
  });
});
