import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { MyAwardsDocument } from './generated/graphql';
import { readConfig } from '../platform/config';
import { createSignIn } from '../gateway/sign-in';
import { personnummer } from './support/awards';
import { startTestHub, type TestHub } from './support/hub';
import { startHostileProvider } from './support/hostile-provider';
import { Agent, landedAt } from './support/sign-in';

/**
 * Sign-in against a configured provider (EID_ISSUER_URL, client id and secret, a claim name of its own) that
 * can be told to misbehave: each hostile ID token ends in its code with nothing created. And the session's
 * lifetimes: idle expiry, renewal by activity, the absolute end, and the hub token's expiry.
 */
const CLAIM = 'ssn';
const IDLE = 4;
const MAX = 8;
let hub: TestHub;
let base: string;
let provider: Awaited<ReturnType<typeof startHostileProvider>>;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const learners = async () => Number((await hub.hub.subgraphs.awards.db.query('select count(*)::int as n from learner'))[0].n);

/** Through the provider (which answers at once, no login page) and back. */
async function signIn(agent: Agent) {
  const back = await agent.follow('/sign-in', {}, (url) => url.pathname === '/wallet');
  return landedAt(back.url);
}

beforeAll(async () => {
  provider = await startHostileProvider({ clientId: 'hub-test', clientSecret: 'test-secret-of-the-hub', claim: CLAIM });
  hub = await startTestHub({
    EID_ISSUER_URL: provider.issuer,
    EID_CLIENT_ID: 'hub-test',
    EID_CLIENT_SECRET: 'test-secret-of-the-hub',
    EID_PERSONAL_NUMBER_CLAIM: CLAIM,
    EID_SCOPE: 'openid profile',
    SIGN_IN_SESSION_IDLE_SECONDS: String(IDLE),
    SIGN_IN_SESSION_MAX_SECONDS: String(MAX),
    SIGN_IN_TOKEN_SECONDS: '2',
    AUTH_CLOCK_TOLERANCE_SECONDS: '0',
  });
  base = new URL(hub.gatewayUrl).origin;
});
afterAll(async () => {
  await hub?.stop();
  await provider?.stop();
});

describe('a configured provider', () => {
  test('no local provider runs when one is configured', async () => {
    expect((await fetch(`${base}/local-eid/.well-known/openid-configuration`)).status).toBe(404);
  });

  test('a well-behaved ID token signs the person in, the number read from the configured claim', async () => {
    provider.behave({ personalNumber: personnummer(5001) });
    const agent = new Agent(base);
    expect(await signIn(agent)).toEqual({ path: '/wallet', error: null });
    const session = await agent.session();
    expect((await agent.graphql(MyAwardsDocument, {}, session.csrfToken)).data!.me.id).toBe(session.learnerId);
  });

  test('a number released from userinfo only is read from there', async () => {
    provider.behave({ personalNumber: personnummer(5002), omitNumber: true, userinfo: true });
    const agent = new Agent(base);
    expect(await signIn(agent)).toEqual({ path: '/wallet', error: null });
  });

  test.each([
    ['another issuer', { issuer: 'https://evil.example' }, 'SIGN_IN_ISSUER_INVALID'],
    ['another audience', { audience: 'someone-else' }, 'SIGN_IN_AUDIENCE_INVALID'],
    ['a wrong nonce', { nonce: 'not-the-nonce' }, 'SIGN_IN_NONCE_INVALID'],
    ['a key the provider does not publish', { unknownKey: true }, 'SIGN_IN_TOKEN_INVALID'],
    ['an expired ID token', { expired: true }, 'SIGN_IN_TOKEN_INVALID'],
    ['no personnummer claim', { omitNumber: true }, 'PERSONAL_NUMBER_MISSING'],
  ])('an ID token with %s is refused: %s, nothing created', async (_what, misbehaviour, code) => {
    const before = await learners();
    provider.behave({ personalNumber: personnummer(5100 + before), ...misbehaviour });
    const agent = new Agent(base);
    expect(await signIn(agent)).toEqual({ path: '/wallet', error: code });
    expect(agent.cookie('hub_session')).toBeUndefined();
    expect(await agent.session()).toMatchObject({ signedIn: false });
    expect(await learners()).toBe(before);
  });
});

describe('expiry and renewal', () => {
  test('an idle session expires: SESSION_EXPIRED, and the page is told it is signed out', async () => {
    provider.behave({ personalNumber: personnummer(5003) });
    const agent = new Agent(base);
    await signIn(agent);
    const { csrfToken } = await agent.session();
    expect((await agent.graphql(MyAwardsDocument, {}, csrfToken)).errors).toBeUndefined();
    await sleep((IDLE + 1) * 1000);
    const expired = await agent.graphql(MyAwardsDocument, {}, csrfToken);
    expect(expired.status).toBe(401);
    expect(expired.errors?.[0].extensions?.code).toBe('SESSION_EXPIRED');
    expect(await agent.session()).toMatchObject({ signedIn: false });
  });

  test('activity renews the session past its idle time, but not past its end', async () => {
    provider.behave({ personalNumber: personnummer(5004) });
    const agent = new Agent(base);
    await signIn(agent);
    const { csrfToken, endsAt } = await agent.session();
    const started = Date.now();
    // A request a second for longer than the idle time: still signed in.
    while (Date.now() - started < (IDLE + 2) * 1000) {
      expect((await agent.graphql(MyAwardsDocument, {}, csrfToken)).errors).toBeUndefined();
      await sleep(1000);
    }
    // Keep asking: at the session's end it ends, however active.
    let answer = await agent.graphql(MyAwardsDocument, {}, csrfToken);
    while (!answer.errors && Date.now() < new Date(endsAt!).getTime() + 3000) {
      await sleep(1000);
      answer = await agent.graphql(MyAwardsDocument, {}, csrfToken);
    }
    expect(answer.errors?.[0].extensions?.code).toBe('SESSION_EXPIRED');
    expect(Date.now()).toBeGreaterThanOrEqual(new Date(endsAt!).getTime() - 1000);
  });

  test('a hub token expires on its own: the API client asks for a new one while the session lives', async () => {
    provider.behave({ personalNumber: personnummer(5005) });
    const agent = new Agent(base);
    await signIn(agent);
    const { csrfToken } = await agent.session();
    const issue = async () => (await agent.fetch('/sign-in/token', { method: 'POST', headers: { 'x-csrf-token': csrfToken! } })).json();
    const first = await issue();
    expect(first.expires_in).toBeLessThanOrEqual(2);
    expect((await hub.request(MyAwardsDocument, {}, { token: first.access_token })).errors).toBeUndefined();
    // Ask again as soon as the hub token has expired (a JWT's exp is whole seconds, so within 1-2 s), well
    // inside the session's idle time: the session still lives, so a new token is issued.
    let stale = await hub.request(MyAwardsDocument, {}, { token: first.access_token });
    const asked = Date.now();
    while (stale.status !== 401 && Date.now() - asked < 5000) {
      await sleep(250);
      stale = await hub.request(MyAwardsDocument, {}, { token: first.access_token });
    }
    expect(stale.status).toBe(401);
    expect(stale.errors?.[0].message).toMatch(/expired/);
    const fresh = await issue();
    expect(fresh.access_token).toEqual(expect.any(String));
    expect((await hub.request(MyAwardsDocument, {}, { token: fresh.access_token })).errors).toBeUndefined();
  });
});

describe('production', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sign-in-production-'));
  const production = (extra: Record<string, string> = {}) => readConfig({ NODE_ENV: 'production', DATA_DIR: dataDir, ...extra });
  const awardsUrl = 'http://127.0.0.1:9/graphql';
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  test('refuses to start with the local provider', async () => {
    await expect(createSignIn(production({ EID_LOCAL_PROVIDER: 'true' }), { awardsUrl })).rejects.toThrow(/never runs in production/);
  });

  test('a configured provider needs a client id, https and the session secret', async () => {
    await expect(createSignIn(production({ EID_ISSUER_URL: 'https://broker.example' }), { awardsUrl })).rejects.toThrow(/EID_CLIENT_ID/);
    await expect(createSignIn(production({ EID_ISSUER_URL: 'http://broker.example', EID_CLIENT_ID: 'hub' }), { awardsUrl })).rejects.toThrow(/https/);
    await expect(createSignIn(production({ EID_ISSUER_URL: 'https://broker.example', EID_CLIENT_ID: 'hub' }), { awardsUrl })).rejects.toThrow(/SIGN_IN_SESSION_SECRET/);
  });

  test('with no provider configured there is no learner sign-in, and the routes say so', async () => {
    const signIn = await createSignIn(production(), { awardsUrl });
    const app = express();
    app.use(signIn.router);
    const server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      expect(await (await fetch(`${origin}/sign-in/session`)).json()).toEqual({ available: false, signedIn: false });
      const start = await fetch(`${origin}/sign-in`, { redirect: 'manual' });
      expect(start.status).toBe(303);
      expect(start.headers.get('location')).toBe('/wallet?sign-in-error=SIGN_IN_NOT_CONFIGURED');
      expect((await fetch(`${origin}/local-eid/.well-known/openid-configuration`)).status).toBe(404);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
