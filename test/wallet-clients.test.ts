import { createHash, randomBytes } from 'node:crypto';
import { setGlobalConfig } from '@openid4vc/openid4vci';
import { readConfig } from '../platform/config';
import { personnummer } from './support/awards';
import { startTestHub, type TestHub } from './support/hub';
import { Agent, signInLocally } from './support/sign-in';
import { holderKey, oauthWallet, wallet } from './support/wallet';
import { accreditedWorld, awardTo } from './support/world';

/**
 * A hub that knows its wallets (WALLET_CLIENTS) and requires pushed authorization requests
 * (WALLET_REQUIRE_PUSHED_AUTHORIZATION_REQUESTS): the registered wallet, driven by the independent client library
 * (@openid4vc/oauth2, which pushes because the metadata says it must), gets its code and token; an unknown client_id
 * is invalid_client at the PAR, authorization and token endpoints, never redirected to; a redirect_uri not on the
 * wallet's list is refused without a redirect; the query form is refused. Nothing is issued in any refused case.
 */
let hub: TestHub;
let origin: string;
let world: Awaited<ReturnType<typeof accreditedWorld>>;
const CLIENT_ID = 'se.example.wallet';
const REDIRECT_URI = 'https://wallet.example/callback';
const APP_REDIRECT = 'se.example.wallet:/authorized';
const CLIENTS = JSON.stringify([{ client_id: CLIENT_ID, redirect_uris: [REDIRECT_URI, APP_REDIRECT] }]);

const count = async (table: string) => Number((await hub.hub.subgraphs.awards.db.query(`select count(*)::int as n from ${table}`))[0].n);
const counts = async () => ({ pushed: await count('wallet_pushed_request'), codes: await count('wallet_authorization'), tokens: await count('wallet_access_token') });
const challenge = () => createHash('sha256').update(randomBytes(32).toString('base64url')).digest('base64url');
const parameters = (fields: Record<string, string | undefined>) => new URLSearchParams(Object.entries(fields).filter(([, value]) => value !== undefined) as [string, string][]);
const request = (fields: Record<string, string | undefined> = {}) => ({
  response_type: 'code',
  client_id: CLIENT_ID,
  redirect_uri: REDIRECT_URI,
  code_challenge: challenge(),
  code_challenge_method: 'S256',
  scope: 'micro_credential_jwt_vc_json',
  state: 'clients-1',
  ...fields,
});
const push = (fields: Record<string, string | undefined>) =>
  fetch(`${origin}/openid4vci/par`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: parameters(fields).toString() });

beforeAll(async () => {
  setGlobalConfig({ allowInsecureUrls: true });
  hub = await startTestHub({ EID_LOCAL_PROVIDER: 'true', WALLET_CLIENTS: CLIENTS, WALLET_REQUIRE_PUSHED_AUTHORIZATION_REQUESTS: 'true' });
  origin = new URL(hub.gatewayUrl).origin;
  world = await accreditedWorld(hub);
}, 120_000);
afterAll(() => hub?.stop());

describe('registered wallets and required pushed authorization requests', () => {
  it('advertises that pushing is required; the registered wallet pushes, the learner consents, the code gives a token', async () => {
    const personalNumber = personnummer(5401);
    const award = await awardTo(hub, world, { personalNumber, name: 'Lina Ek', email: 'clients-5401@example.se' }, 'clients-5401');
    const holder = await holderKey();
    const authorizationServerMetadata = (await wallet(holder, CLIENT_ID).resolveIssuerMetadata(origin)).authorizationServers[0];
    expect(authorizationServerMetadata).toMatchObject({ pushed_authorization_request_endpoint: `${origin}/openid4vci/par`, require_pushed_authorization_requests: true });
    const oauth = oauthWallet(holder, CLIENT_ID);
    const { authorizationRequestUrl, pkce } = await oauth.createAuthorizationRequestUrl({ authorizationServerMetadata, clientId: CLIENT_ID, redirectUri: REDIRECT_URI, scope: 'micro_credential_jwt_vc_json', state: 'reg' });
    expect(new URL(authorizationRequestUrl).searchParams.has('request_uri')).toBe(true);
    const browser = new Agent(origin);
    expect(await signInLocally(browser, { personalNumber })).toMatchObject({ error: null });
    const consent = await browser.follow(authorizationRequestUrl);
    expect(new URL(consent.url).pathname).toBe('/openid4vci/authorize/consent');
    const page = await consent.response.text();
    expect(page).toContain(award.id);
    const field = (name: string) => new RegExp(`name="${name}" value="([^"]+)"`).exec(page)![1];
    const answer = await browser.fetch('/openid4vci/authorize/consent', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrf: field('csrf'), rid: field('rid'), decision: 'allow', award: award.id }).toString(),
    });
    const redirect = new URL(answer.headers.get('location')!);
    expect(redirect.href.startsWith(REDIRECT_URI)).toBe(true);
    const { accessTokenResponse } = await oauth.retrieveAuthorizationCodeAccessToken({ authorizationServerMetadata, authorizationCode: redirect.searchParams.get('code')!, pkceCodeVerifier: pkce!.codeVerifier, redirectUri: REDIRECT_URI });
    expect(accessTokenResponse.token_type).toBe('Bearer');
    // The wallet's app-scheme redirect_uri is on its list too.
    expect((await push(request({ redirect_uri: APP_REDIRECT }))).status).toBe(201);
  });

  it('refuses an unknown client (invalid_client) and a redirect_uri not on the wallet\'s list, never redirecting, and issues nothing', async () => {
    const browser = new Agent(origin);
    expect(await signInLocally(browser, { personalNumber: personnummer(5402) })).toMatchObject({ error: null });
    const before = await counts();
    // At the PAR endpoint: JSON errors.
    const unknown = await push(request({ client_id: 'unknown-wallet' }));
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).error).toBe('invalid_client');
    for (const redirectUri of ['https://attacker.example/callback', `${REDIRECT_URI}/more`, `${REDIRECT_URI}?x=1`]) {
      const refused = await push(request({ redirect_uri: redirectUri }));
      expect(refused.status).toBe(400);
      expect((await refused.json()).error).toBe('invalid_request');
    }
    // At the authorization endpoint: a page, never a redirect to the address the request named.
    const pages: [Record<string, string | undefined>, string][] = [
      [request({ client_id: 'unknown-wallet', redirect_uri: 'https://attacker.example/callback' }), 'invalid_client'],
      [request({ redirect_uri: 'https://attacker.example/callback' }), 'invalid_request'],
      [{ client_id: 'unknown-wallet', request_uri: `urn:ietf:params:oauth:request_uri:${randomBytes(32).toString('base64url')}` }, 'invalid_client'],
    ];
    for (const [fields, error] of pages) {
      const answer = await browser.fetch(`/openid4vci/authorize?${parameters(fields)}`);
      expect(answer.status).toBe(400);
      expect(answer.headers.get('location')).toBeNull();
      expect(await answer.text()).toContain(error);
    }
    // At the token endpoint: the authorization code grant names a registered client or is refused before any look-up.
    const token = await fetch(`${origin}/openid4vci/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code: randomBytes(32).toString('base64url'), client_id: 'unknown-wallet', redirect_uri: REDIRECT_URI, code_verifier: randomBytes(32).toString('base64url') }).toString(),
    });
    expect(token.status).toBe(400);
    expect((await token.json()).error).toBe('invalid_client');
    expect(await counts()).toEqual(before);
  });

  it('refuses the query form when pushing is required, at the registered redirect_uri', async () => {
    const browser = new Agent(origin);
    expect(await signInLocally(browser, { personalNumber: personnummer(5403) })).toMatchObject({ error: null });
    const before = await counts();
    const answer = await browser.fetch(`/openid4vci/authorize?${parameters(request())}`);
    expect(answer.status).toBe(303);
    const target = new URL(answer.headers.get('location')!);
    expect(target.href.startsWith(REDIRECT_URI)).toBe(true);
    expect(target.searchParams.get('error')).toBe('invalid_request');
    expect(target.searchParams.get('error_description')).toContain('/openid4vci/par');
    expect(await counts()).toEqual(before);
  });

  it('stops the hub with a message naming WALLET_CLIENTS when the list is not well formed', () => {
    for (const value of ['not json', '[]', '[{"client_id":"a"}]', '[{"client_id":"a","redirect_uris":["x"]},{"client_id":"a","redirect_uris":["y"]}]']) {
      expect(() => readConfig({ WALLET_CLIENTS: value })).toThrow(/WALLET_CLIENTS/);
    }
    expect(readConfig({}).WALLET_CLIENTS).toBeUndefined();
  });
});
