import { createRemoteJWKSet, jwtVerify } from 'jose';
import { EraseMyAccountDocument, IssueAwardDocument, MyAwardsDocument, MyProfileDocument } from './generated/graphql';
import { generateKeyPair, SignJWT } from 'jose';
import { LEARNER_SIGN_IN_PATH, SIGN_IN_CALL_TOKEN_TYPE, SIGN_IN_SERVICE, SIGN_IN_TOKEN_ISSUER } from '../platform/sign-in';
import { serviceName } from '../platform/service-token';
import { serviceToken } from './support/service-tokens';
import { personnummer } from './support/awards';
import { startTestHub, type TestHub } from './support/hub';
import { Agent, landedAt, signInLocally } from './support/sign-in';
import { accreditedWorld, must } from './support/world';
import { testPeople } from '../gateway/sign-in/local-provider';
import { demoLearner, DEMO_LEARNER_SERIAL } from '../demo/data';

/**
 * Sign-in with e-ID, end to end over HTTP against the local OpenID Provider (oidc-provider) the hub runs with
 * no provider configured: its login page, the redirects, the session cookie, the graph as that learner.
 */
let hub: TestHub;
let base: string;
let world: Awaited<ReturnType<typeof accreditedWorld>>;

const learners = async () => Number((await hub.hub.subgraphs.awards.db.query('select count(*)::int as n from learner'))[0].n);
const learnerIdOf = async (agent: Agent) => (await agent.session()).learnerId;

async function issueTo(personalNumber: string, name: string, key: string) {
  const input = {
    issuerId: world.provider.id,
    microCredentialId: world.entryId,
    learner: { personalNumber, name, email: `${key}@example.se` },
    issuedOn: new Date().toISOString().slice(0, 10),
    idempotencyKey: key,
  };
  return (await must(hub.request(IssueAwardDocument, { input }, { token: world.provider.token }))).issueAward;
}

beforeAll(async () => {
  hub = await startTestHub({ EID_LOCAL_PROVIDER: 'true' });
  base = new URL(hub.gatewayUrl).origin;
  world = await accreditedWorld(hub);
});
afterAll(() => hub?.stop());

describe('the local OpenID Provider', () => {
  test('publishes its metadata and lists the demo learners as test people', async () => {
    const metadata = await (await fetch(`${base}/local-eid/.well-known/openid-configuration`)).json();
    expect(metadata.issuer).toBe(`${base}/local-eid`);
    expect(metadata.code_challenge_methods_supported).toContain('S256');
    const people = testPeople();
    expect(people[0].personalNumber).toBe(demoLearner(DEMO_LEARNER_SERIAL).personalNumber);
    const login = await new Agent(base).follow('/sign-in');
    expect(login.response.status).toBe(200);
    expect(new URL(login.url).pathname).toMatch(/^\/local-eid\/interaction\//);
    const html = await login.response.text();
    for (const person of people) expect(html).toContain(person.personalNumber);
  });

  test('the sign-in asks for a code with PKCE (S256), state and nonce', async () => {
    const started = await new Agent(base).fetch('/sign-in');
    expect(started.status).toBe(303);
    const authorize = new URL(started.headers.get('location')!);
    expect(authorize.pathname).toBe('/local-eid/auth');
    expect(authorize.searchParams.get('response_type')).toBe('code');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorize.searchParams.get('state')).toMatch(/^[\w-]{20,}$/);
    expect(authorize.searchParams.get('nonce')).toMatch(/^[\w-]{20,}$/);
    const cookie = started.headers.getSetCookie().find((line) => line.startsWith('hub_sign_in='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });
});

describe('signing in', () => {
  test('awards issued to a personnummer before the first sign-in are the learner\'s at once', async () => {
    const personalNumber = personnummer(4101);
    const first = await issueTo(personalNumber, 'Elin Lundström', 'sign-in-before-1');
    const second = await issueTo(personalNumber, 'Elin Lundström', 'sign-in-before-2');
    const before = await learners();
    const agent = new Agent(base);
    const landed = await signInLocally(agent, { personalNumber });
    expect(landed).toMatchObject({ path: '/wallet', error: null });
    const cookie = agent.jar.get(base)!.get('hub_session');
    expect(cookie).toBeTruthy();
    const session = await agent.session();
    expect(session).toMatchObject({ signedIn: true });
    // The issuer knew the learner by its own pseudonym, the same on both awards; the learner has one account with both.
    expect(second.learnerId).toBe(first.learnerId);
    expect(session.learnerId).not.toBe(first.learnerId);
    const answer = await agent.graphql(MyAwardsDocument, {}, session.csrfToken);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.me.id).toBe(session.learnerId);
    expect(answer.data!.me.awards.map((award) => award.id).sort()).toEqual([first.id, second.id].sort());
    expect(answer.data!.me.awards.map((award) => award.learnerId)).toEqual([session.learnerId, session.learnerId]);
    // Found, not created.
    expect(await learners()).toBe(before);
  });

  test('the session cookie is httpOnly and SameSite, and not Secure on http', async () => {
    const agent = new Agent(base);
    const started = await agent.follow('/sign-in');
    const html = await started.response.text();
    const action = /action="([^"]+)"/.exec(html)![1];
    let sessionCookie = '';
    const original = agent.fetch.bind(agent);
    agent.fetch = async (url, init) => {
      const response = await original(url, init);
      sessionCookie ||= response.headers.getSetCookie().find((line) => line.startsWith('hub_session=')) ?? '';
      return response;
    };
    await agent.follow(action, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'person=demo-3' }, (url) => url.pathname === '/wallet');
    expect(sessionCookie).toMatch(/HttpOnly/i);
    expect(sessionCookie).toMatch(/SameSite=Lax/i);
    expect(sessionCookie).toMatch(/Path=\//);
    expect(sessionCookie).not.toMatch(/Secure/i);
  });

  test('a first sign-in with no awards creates an empty account, and the next one finds it', async () => {
    const personalNumber = personnummer(4102);
    const before = await learners();
    const agent = new Agent(base);
    expect(await signInLocally(agent, { personalNumber })).toMatchObject({ path: '/wallet', error: null });
    expect(await learners()).toBe(before + 1);
    const session = await agent.session();
    const profile = await agent.graphql(MyProfileDocument, {}, session.csrfToken);
    expect(profile.errors).toBeUndefined();
    expect(profile.data!.me.id).toBe(session.learnerId);
    // The number as the provider gave it, to its owner alone (YYYYMMDD-NNNN).
    expect(profile.data!.me.personalNumber!.replace('-', '').slice(-10)).toBe(personalNumber.replace(/\D/g, '').slice(-10));
    expect((await agent.graphql(MyAwardsDocument, {}, session.csrfToken)).data!.me.awards).toEqual([]);

    const again = new Agent(base);
    await signInLocally(again, { personalNumber });
    expect(await learnerIdOf(again)).toBe(session.learnerId);
    expect(await learners()).toBe(before + 1);
    // An award issued later reaches the account the sign-in made.
    const award = await issueTo(personalNumber, 'Nils Nordin', 'sign-in-after-1');
    // The issuer knows the learner by its own pseudonym, not by the account the sign-in made.
    expect(award.learnerId).toMatch(/^lp_/);
    expect(award.learnerId).not.toBe(session.learnerId);
    expect((await again.graphql(MyAwardsDocument, {}, (await again.session()).csrfToken)).data!.me.awards.map((item) => item.id)).toEqual([award.id]);
  });

  test('a demo test person signs in to their own account', async () => {
    const agent = new Agent(base);
    expect(await signInLocally(agent, { person: `demo-${DEMO_LEARNER_SERIAL}` })).toMatchObject({ path: '/wallet', error: null });
    const session = await agent.session();
    const profile = await agent.graphql(MyProfileDocument, {}, session.csrfToken);
    expect(profile.data!.me.name).toBe(demoLearner(DEMO_LEARNER_SERIAL).name);
  });

  test('the sign-in goes back to the page it started from, never to another site', async () => {
    const agent = new Agent(base);
    expect((await signInLocally(agent, { personalNumber: personnummer(4103) }, '/statistics')).path).toBe('/statistics');
    for (const hostile of ['//evil.example/wallet', 'https://evil.example/', '/\\evil.example']) {
      const other = new Agent(base);
      expect((await signInLocally(other, { personalNumber: personnummer(4103) }, hostile)).path).toBe('/wallet');
    }
  });
});

describe('the session and the graph', () => {
  let agent: Agent;
  let csrf: string;
  beforeAll(async () => {
    agent = new Agent(base);
    await signInLocally(agent, { personalNumber: personnummer(4104) });
    csrf = (await agent.session()).csrfToken!;
  });

  test('the cookie without the CSRF token counts for nothing: the caller is anonymous', async () => {
    const answer = await agent.graphql(MyAwardsDocument, {});
    expect(answer.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('a wrong CSRF token is refused with 403 CSRF_TOKEN_INVALID', async () => {
    const answer = await agent.graphql(MyAwardsDocument, {}, `${csrf.slice(0, -2)}xx`);
    expect(answer.status).toBe(403);
    expect(answer.errors?.[0].extensions?.code).toBe('CSRF_TOKEN_INVALID');
  });

  test('a tampered session cookie is no session: 401 SESSION_EXPIRED', async () => {
    const forged = new Agent(base);
    forged.jar.set(base, new Map([['hub_session', `${agent.cookie('hub_session')!.slice(0, -4)}AAAA`]]));
    const answer = await forged.graphql(MyAwardsDocument, {}, csrf);
    expect(answer.status).toBe(401);
    expect(answer.errors?.[0].extensions?.code).toBe('SESSION_EXPIRED');
  });

  test('an API client gets a short-lived hub token for the signed-in learner', async () => {
    const refused = await agent.fetch('/sign-in/token', { method: 'POST' });
    expect(refused.status).toBe(403);
    const answer = await agent.fetch('/sign-in/token', { method: 'POST', headers: { 'x-csrf-token': csrf } });
    expect(answer.status).toBe(200);
    const body = await answer.json();
    expect(body).toMatchObject({ token_type: 'Bearer' });
    expect(body.expires_in).toBeGreaterThan(800);
    expect(body.expires_in).toBeLessThanOrEqual(900);
    // Signed by the hub's token issuer, as its published key says (what a part on another host checks it with).
    const { payload } = await jwtVerify(body.access_token, createRemoteJWKSet(new URL(`${base}/sign-in/jwks.json`)), { issuer: 'mikromeriter-sign-in', audience: 'mikromeriter-hub' });
    expect(payload).toMatchObject({ sub: (await agent.session()).learnerId, roles: ['learner'] });
    const me = await hub.request(MyAwardsDocument, {}, { token: body.access_token });
    expect(me.data!.me.id).toBe((await agent.session()).learnerId);
    expect((await new Agent(base).fetch('/sign-in/token', { method: 'POST', headers: { 'x-csrf-token': csrf } })).status).toBe(401);
  });

  test('signing out ends the session, for a copy of the cookie too', async () => {
    const other = new Agent(base);
    await signInLocally(other, { personalNumber: personnummer(4105) });
    const session = await other.session();
    const copy = new Agent(base);
    copy.jar.set(base, new Map(other.jar.get(base)));
    expect((await copy.graphql(MyAwardsDocument, {}, session.csrfToken)).data?.me.id).toBe(session.learnerId);

    expect((await other.fetch('/sign-out', { method: 'POST' })).status).toBe(403);
    const out = await other.fetch('/sign-out', { method: 'POST', headers: { 'x-csrf-token': session.csrfToken! } });
    expect(out.status).toBe(204);
    expect(other.cookie('hub_session')).toBeUndefined();
    expect(await other.session()).toMatchObject({ signedIn: false });
    const after = await copy.graphql(MyAwardsDocument, {}, session.csrfToken);
    expect(after.status).toBe(401);
    expect(after.errors?.[0].extensions?.code).toBe('SESSION_EXPIRED');
    // Signing in again asks the provider for the person again (prompt=login): the login page, not a silent return.
    const again = await other.follow('/sign-in');
    expect(new URL(again.url).pathname).toMatch(/^\/local-eid\/interaction\//);
  });
});

describe('erasing the account from a web session', () => {
  test('the session stops working; the next sign-in with the same number is a new, empty account', async () => {
    const personalNumber = personnummer(4110);
    await issueTo(personalNumber, 'Greta Sjöberg', 'sign-in-erase-1');
    const agent = new Agent(base);
    await signInLocally(agent, { personalNumber });
    const session = await agent.session();
    expect((await agent.graphql(MyAwardsDocument, {}, session.csrfToken)).data!.me.awards).toHaveLength(1);
    const erased = await agent.graphql(EraseMyAccountDocument, { confirmation: 'ERASE' }, session.csrfToken);
    expect(erased.data!.eraseMyAccount.awardsAnonymised).toBe(1);
    expect((await agent.graphql(MyAwardsDocument, {}, session.csrfToken)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const again = new Agent(base);
    await signInLocally(again, { personalNumber });
    const fresh = await again.session();
    expect(fresh.learnerId).not.toBe(session.learnerId);
    expect((await again.graphql(MyAwardsDocument, {}, fresh.csrfToken)).data!.me.awards).toEqual([]);
  });
});

describe('hostile sign-ins (HTTP level): clear codes, nothing created', () => {
  test('an answer with another state, or with no sign-in started, is refused: SIGN_IN_STATE_INVALID', async () => {
    const before = await learners();
    const agent = new Agent(base);
    await agent.fetch('/sign-in');
    const wrong = await agent.fetch('/sign-in/callback?code=abc&state=not-the-state');
    expect(wrong.status).toBe(303);
    expect(landedAt(new URL(wrong.headers.get('location')!, base).href).error).toBe('SIGN_IN_STATE_INVALID');
    const none = await new Agent(base).fetch('/sign-in/callback?code=abc&state=xyz');
    expect(landedAt(new URL(none.headers.get('location')!, base).href).error).toBe('SIGN_IN_STATE_INVALID');
    expect(none.headers.get('x-sign-in-error')).toBe('SIGN_IN_STATE_INVALID');
    expect(await learners()).toBe(before);
  });

  test('a replayed answer (same state, same transaction cookie) is refused: SIGN_IN_STATE_REPLAYED', async () => {
    const agent = new Agent(base);
    const done = await signInLocally(agent, { personalNumber: personnummer(4106) });
    expect(done.error).toBeNull();
    const before = await learners();
    const attacker = new Agent(base);
    attacker.jar.set(base, new Map([['hub_sign_in', done.transactionCookie!]]));
    const replay = await attacker.fetch(done.callback!);
    expect(landedAt(new URL(replay.headers.get('location')!, base).href).error).toBe('SIGN_IN_STATE_REPLAYED');
    expect(attacker.cookie('hub_session')).toBeUndefined();
    expect(await learners()).toBe(before);
  });

  test('a personnummer that fails validation: PERSONAL_NUMBER_INVALID, no account', async () => {
    const before = await learners();
    const valid = personnummer(4107).replace('-', '');
    const wrongCheckDigit = `${valid.slice(0, 11)}${(Number(valid[11]) + 1) % 10}`;
    for (const number of [wrongCheckDigit, '19991399-9999', 'not-a-number']) {
      const agent = new Agent(base);
      expect(await signInLocally(agent, { personalNumber: number })).toMatchObject({ path: '/wallet', error: 'PERSONAL_NUMBER_INVALID' });
      expect(agent.cookie('hub_session')).toBeUndefined();
    }
    expect(await learners()).toBe(before);
  });

  test('the person cancels at the provider: SIGN_IN_DENIED, no account', async () => {
    const before = await learners();
    const agent = new Agent(base);
    const login = await agent.follow('/sign-in');
    const abort = /href="([^"]+\/abort)"/.exec(await login.response.text())![1];
    const back = await agent.follow(abort, {}, (url) => url.pathname === '/wallet');
    expect(landedAt(back.url).error).toBe('SIGN_IN_DENIED');
    expect(await learners()).toBe(before);
  });

  test('the look-up by personnummer is no public operation: only the gateway sign-in may call it', async () => {
    const awardsOrigin = new URL(hub.hub.subgraphs.awards.url).origin;
    const body = JSON.stringify({ personalNumber: personnummer(4108) });
    const post = (url: string, headers: Record<string, string> = {}) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const before = await learners();
    // Not published by the gateway.
    expect((await post(`${base}${LEARNER_SIGN_IN_PATH}`)).status).toBe(404);
    // Straight to the subgraph: no token, a learner's token (the sign-in's own hub token too), another
    // subgraph's service token, a call token signed with another key, the retired identity header.
    const route = `${awardsOrigin}${LEARNER_SIGN_IN_PATH}`;
    expect((await post(route)).status).toBe(401);
    const learnerToken = await hub.token({ roles: ['learner'], subject: 'someone' });
    expect((await post(route, { authorization: `Bearer ${learnerToken}` })).status).toBe(401);
    const agent = new Agent(base);
    await signInLocally(agent, { personalNumber: personnummer(4109) });
    const hubToken = (await (await agent.fetch('/sign-in/token', { method: 'POST', headers: { 'x-csrf-token': (await agent.session()).csrfToken! } })).json()).access_token;
    expect((await post(route, { authorization: `Bearer ${hubToken}` })).status).toBe(401);
    expect((await post(route, { authorization: `Bearer ${await serviceToken(hub, 'verification', 'awards')}` })).status).toBe(401);
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: 'EdDSA', typ: SIGN_IN_CALL_TOKEN_TYPE })
      .setIssuer(SIGN_IN_TOKEN_ISSUER)
      .setSubject(SIGN_IN_SERVICE.subject!)
      .setAudience(serviceName('awards'))
      .setJti('x')
      .setIssuedAt()
      .setExpirationTime('1m')
      .sign(privateKey);
    expect((await post(route, { authorization: `Bearer ${forged}` })).status).toBe(401);
    expect((await post(route, { 'x-hub-identity': forged })).status).toBe(401);
    // Only the sign-in above made an account.
    expect(await learners()).toBe(before + 1);
  });
});
