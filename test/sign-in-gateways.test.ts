import http from 'node:http';
import { setGlobalConfig } from '@openid4vc/openid4vci';
import type net from 'node:net';
import { SUBGRAPH_NAMES, readConfig } from '../platform/config';
import { startGateway, type RunningGateway } from '../gateway';
import { personnummer } from './support/awards';
import { startTestHub, type TestHub } from './support/hub';
import { Agent, landedAt, signInLocally } from './support/sign-in';
import { holderKey, oauthWallet, wallet } from './support/wallet';
import { accreditedWorld, awardTo } from './support/world';

/**
 * Two gateway processes of one hub behind one address, as behind a load balancer: a small proxy sends the sign-in's
 * round trip with the local provider (/sign-in, /sign-in/callback, /local-eid: the local provider registers its client
 * with the gateway that runs it, where a real broker has one client for every gateway) to gateway A, and every other
 * request to gateway B. The cookies are sealed with the same secret, and what must be shared (spent states, ended
 * sessions) is kept in the awards database, so either gateway takes any step.
 */
let hub: TestHub;
let second: RunningGateway;
let balancer: http.Server;
let base: string;
let first: string;
let world: Awaited<ReturnType<typeof accreditedWorld>>;
const REDIRECT_URI = 'https://wallet.example/callback';
const toA = (path: string) => path === '/sign-in' || path === '/sign-in/callback' || path.startsWith('/local-eid');

beforeAll(async () => {
  setGlobalConfig({ allowInsecureUrls: true });
  // The balancer listens first (on a port the OS chooses, kept), so the hub's public address is known before it starts.
  const targets: { a?: URL; b?: URL } = {};
  balancer = http.createServer((request, response) => {
    const target = toA(request.url!.split('?')[0]) ? targets.a! : targets.b!;
    const forwarded = http.request({ host: target.hostname, port: target.port, path: request.url, method: request.method, headers: request.headers }, (answer) => {
      response.writeHead(answer.statusCode!, { ...answer.headers, 'x-gateway': target === targets.a ? 'a' : 'b' });
      answer.pipe(response);
    });
    forwarded.on('error', () => response.destroy());
    request.pipe(forwarded);
  });
  await new Promise<void>((resolve) => balancer.listen(0, '127.0.0.1', resolve));
  base = `http://localhost:${(balancer.address() as net.AddressInfo).port}`;
  const environment = { EID_LOCAL_PROVIDER: 'true', PUBLIC_URL: base, SIGN_IN_SHARED_STATE_SECONDS: '1' };
  hub = await startTestHub(environment);
  first = new URL(hub.gatewayUrl).origin;
  second = await startGateway({
    config: readConfig({ ...process.env, ...environment, DATA_DIR: hub.dataDir, NODE_ENV: 'test', HOST: '127.0.0.1', GATEWAY_PORT: '0' }),
    port: 0,
    host: '127.0.0.1',
    subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, hub.hub.subgraphs[name].url])),
  });
  targets.a = new URL(first);
  targets.b = new URL(second.url);
  world = await accreditedWorld(hub);
}, 120_000);
afterAll(async () => {
  balancer?.closeAllConnections();
  await new Promise((resolve) => balancer?.close(resolve));
  await second?.stop();
  await hub?.stop();
});

/** The browser's cookies at the hub's address, as a header for a request straight to one gateway. */
const cookiesOf = (agent: Agent) => agent.cookieHeader(base);

describe('several gateway processes', () => {
  test('a session made at one gateway is the learner\'s at the other; a sign-out at one ends it at both', async () => {
    const agent = new Agent(base);
    expect(await signInLocally(agent, { personalNumber: personnummer(5301) })).toMatchObject({ error: null });
    // /sign-in/session goes to gateway B.
    const atB = await agent.fetch('/sign-in/session');
    expect(atB.headers.get('x-gateway')).toBe('b');
    const session = await atB.json();
    expect(session.signedIn).toBe(true);
    const copy = cookiesOf(agent);

    // Signed out at gateway A (straight to it), the copy of the cookie stops working at B as well.
    const signOut = await fetch(`${first}/sign-out`, { method: 'POST', headers: { cookie: copy, 'x-csrf-token': session.csrfToken } });
    expect(signOut.status).toBe(204);
    let signedIn = true;
    for (let attempt = 0; attempt < 50 && signedIn; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      signedIn = (await (await fetch(`${second.url.replace(/\/graphql$/, '')}/sign-in/session`, { headers: { cookie: copy } })).json()).signedIn;
    }
    expect(signedIn).toBe(false);
  });

  test('a sign-in answer used at one gateway is refused as replayed at the other', async () => {
    const agent = new Agent(base);
    const done = await signInLocally(agent, { personalNumber: personnummer(5302) });
    expect(done.error).toBeNull();
    const replay = await fetch(done.callback!.replace(base, second.url.replace(/\/graphql$/, '')), { headers: { cookie: `hub_sign_in=${done.transactionCookie}` }, redirect: 'manual' });
    expect(landedAt(new URL(replay.headers.get('location')!, base).href).error).toBe('SIGN_IN_STATE_REPLAYED');
  });

  test('a wallet\'s request pushed to one gateway is taken at the other, signed in at the first and granted', async () => {
    const personalNumber = personnummer(5303);
    const award = await awardTo(hub, world, { personalNumber, name: 'Eva Berg', email: 'gateways-5303@example.se' }, 'gateways-5303');
    const holder = await holderKey();
    const issuerMetadata = await wallet(holder, 'test-wallet').resolveIssuerMetadata(base);
    const oauth = oauthWallet(holder, 'test-wallet');
    const authorizationServerMetadata = issuerMetadata.authorizationServers[0];
    // The wallet pushes its request (RFC 9126) to gateway A itself; the browser then brings the request_uri to B.
    const { authorizationRequestUrl, pkce } = await oauth.createAuthorizationRequestUrl({
      authorizationServerMetadata: { ...authorizationServerMetadata, pushed_authorization_request_endpoint: `${first}/openid4vci/par` },
      clientId: 'test-wallet',
      redirectUri: REDIRECT_URI,
      scope: 'micro_credential_jwt_vc_json',
      state: 'multi',
    });
    expect(new URL(authorizationRequestUrl).searchParams.get('request_uri')).toMatch(/^urn:ietf:params:oauth:request_uri:/);
    const agent = new Agent(base);
    const start = await agent.fetch(authorizationRequestUrl);
    expect(start.headers.get('x-gateway')).toBe('b');
    const login = await agent.follow(start.headers.get('location')!);
    const action = /<form method="post" action="([^"]+)"/.exec(await login.response.text())![1];
    const consent = await agent.follow(action, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ personalNumber }).toString() });
    expect(new URL(consent.url).pathname).toBe('/openid4vci/authorize/consent');
    expect(consent.response.headers.get('x-gateway')).toBe('b');
    const page = await consent.response.text();
    expect(page).toContain(award.id);
    const field = (name: string) => new RegExp(`name="${name}" value="([^"]+)"`).exec(page)![1];
    const answer = await agent.fetch('/openid4vci/authorize/consent', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrf: field('csrf'), rid: field('rid'), decision: 'allow', award: award.id }).toString(),
    });
    const redirect = new URL(answer.headers.get('location')!);
    expect(redirect.searchParams.get('state')).toBe('multi');
    const { accessTokenResponse } = await oauth.retrieveAuthorizationCodeAccessToken({ authorizationServerMetadata, authorizationCode: redirect.searchParams.get('code')!, pkceCodeVerifier: pkce!.codeVerifier, redirectUri: REDIRECT_URI });
    expect(accessTokenResponse.access_token).toBeTruthy();
  });
});
