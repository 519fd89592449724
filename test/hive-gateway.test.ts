import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { SignJWT, importJWK } from 'jose';
import fs from 'node:fs';
import { hubClient } from '../demo/client';
import { runStory, type StoryOutcome } from '../demo/story';
import { parse } from 'graphql';
import { projectRoot, SUBGRAPH_NAMES, type SubgraphName } from '../platform/config';
import { VERIFICATION_ACCESS_RULES } from '../services/verification/access-rules';
import { freePort } from '../platform/ports';
import {
  CompetenceStatisticsDocument,
  DraftMicroCredentialDocument,
  MyAwardsDocument,
  OrganisationsDocument,
  RegisterOrganisationDocument,
} from './generated/graphql';
import { completeContent, uniqueCode } from './support/catalogue';
import { fictitiousOrganisationNumber, startTestHub, type GraphQLResponse, type TestHub } from './support/hub';

/**
 * The hub behind Hive Gateway (@graphql-hive/gateway from npm), started as the README says, on the committed
 * supergraph with the committed configuration (routers/hive/gateway.config.ts), in front of a test hub's
 * subgraphs. The subgraphs authenticate the caller's bearer token themselves, so every authenticated flow
 * gives the same answers through Hive Gateway as through our own gateway.
 */
let hub: TestHub;
let hive: ChildProcess;
let hiveUrl: string;
const hiveLog: string[] = [];
let throughHive: StoryOutcome;
let throughOurs: StoryOutcome;

async function startHiveGateway(): Promise<void> {
  const port = await freePort();
  const root = projectRoot();
  const bin = path.join(root, 'node_modules', '@graphql-hive', 'gateway', 'dist', 'bin.js');
  hive = spawn(
    process.execPath,
    [bin, 'supergraph', 'schema/supergraph.graphql', '-c', 'routers/hive/gateway.config.ts', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: root,
      env: {
        ...process.env,
        ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_URL`, hub.hub.subgraphs[name].url])),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  hive.stdout!.on('data', (chunk) => hiveLog.push(String(chunk)));
  hive.stderr!.on('data', (chunk) => hiveLog.push(String(chunk)));
  hiveUrl = `http://127.0.0.1:${port}/graphql`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    const ready = await fetch(`http://127.0.0.1:${port}/readiness`).then((response) => response.ok, () => false);
    if (ready) return;
    if (Date.now() > deadline || hive.exitCode !== null) throw new Error(`Hive Gateway did not start:\n${hiveLog.join('')}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

beforeAll(async () => {
  hub = await startTestHub({ VERIFICATION_CACHE_MAX_SECONDS: '0', EID_LOCAL_PROVIDER: 'true' });
  await startHiveGateway();
  const options = { say: () => {}, statusWait: { timeoutMs: 10_000, intervalMs: 500 } };
  // First through Hive Gateway on the fresh hub, then through ours (which reuses what exists, with a new cohort).
  throughHive = await runStory(hubClient(hiveUrl, (caller) => hub.token(caller), { signInBase: new URL(hub.gatewayUrl).origin }), options);
  throughOurs = await runStory(hubClient(hub.gatewayUrl, (caller) => hub.token(caller)), options);
}, 240_000);
afterAll(async () => {
  hive?.kill();
  await hub?.stop();
});

/** The same request through both gateways. */
async function both<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables, token?: string) {
  const ours = await hub.request(document, variables, { token });
  const hiveAnswer = await hub.request(document, variables, { token, url: hiveUrl });
  return { ours, hive: hiveAnswer };
}

const firstError = (response: GraphQLResponse<unknown>) => ({ code: response.errors?.[0]?.extensions?.code, message: response.errors?.[0]?.message });

describe("the pilots' story through Hive Gateway", () => {
  it('runs end to end with the same outcome as through our gateway', () => {
    for (const story of [throughHive, throughOurs]) {
      expect(story.accreditation.decisionReference).toMatch(/^MYH \d{4}\/0315$/);
      expect(story.cohort.issued).toBe(8);
      expect(story.learner.awards).toBe(1);
      expect(story.beforeRevocation.verdict).toBe('VALID');
      expect(story.afterRevocation.verdict).toBe('INVALID');
      expect(story.afterRevocation.checks.filter((check) => check.status !== 'OK').map((check) => check.check)).toEqual(['STATUS']);
    }
    // The analyst's figures count awards in force, perturbed by at most maximumDeviation: 8 then 7 through Hive
    // Gateway on the fresh hub; through ours, which issued a second cohort of 8 after the first revocation, 15 then 14.
    for (const [story, inForce] of [[throughHive, 8], [throughOurs, 15]] as const) {
      const { maximumDeviation, afterIssuing, afterRevoking } = story.statistics;
      expect(Math.abs(afterIssuing.awards! - inForce)).toBeLessThanOrEqual(maximumDeviation);
      expect(Math.abs(afterRevoking.awards! - (inForce - 1))).toBeLessThanOrEqual(maximumDeviation);
    }
    expect(throughHive.accreditation.grantedNow).toBe(true);
    expect(throughHive.provider.id).toBe(throughOurs.provider.id);
    expect(throughHive.entry.id).toBe(throughOurs.entry.id);
    const outcome = (story: StoryOutcome) => story.beforeRevocation.checks.map((check) => [check.check, check.status]);
    expect(outcome(throughHive)).toEqual(outcome(throughOurs));
    expect(outcome(throughHive)).toEqual(['FORMAT', 'SIGNATURE', 'ACCREDITATION', 'STATUS', 'EXPIRY', 'CATALOGUE'].map((check) => [check, 'OK']));
  });
});

describe('each role through Hive Gateway gets what it gets through our gateway', () => {
  it("learner: their own awards, across the graph (me { awards })", async () => {
    const token = await hub.token({ roles: ['learner'], subject: throughHive.learner.id });
    const { ours, hive: answer } = await both(MyAwardsDocument, {}, token);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me?.awards).toHaveLength(1);
    expect(answer.data).toEqual(ours.data);
  });

  it('learner: may not draft a catalogue entry', async () => {
    const token = await hub.token({ roles: ['learner'], subject: throughHive.learner.id });
    const input = { ...completeContent(), providerId: throughHive.provider.id, code: uniqueCode('LEARNER') };
    const { ours, hive: answer } = await both(DraftMicroCredentialDocument, { input }, token);
    expect(firstError(answer).code).toBe('FORBIDDEN');
    expect(firstError(answer)).toEqual(firstError(ours));
    expect(answer.data?.draftMicroCredential ?? null).toBeNull();
  });

  it("provider: drafts an entry for its own organisation, not for another's", async () => {
    const token = await hub.token({ roles: ['provider'], organisationId: throughHive.provider.id });
    const own = (code: string) => ({ ...completeContent(), providerId: throughHive.provider.id, code });
    const viaHive = await hub.request(DraftMicroCredentialDocument, { input: own(uniqueCode('HIVE')) }, { token, url: hiveUrl });
    const viaOurs = await hub.request(DraftMicroCredentialDocument, { input: own(uniqueCode('OURS')) }, { token });
    expect(viaHive.errors).toBeUndefined();
    expect(viaOurs.errors).toBeUndefined();
    const comparable = (entry: Record<string, unknown>) => ({ status: entry.status, title: entry.title, provider: entry.provider });
    expect(comparable(viaHive.data!.draftMicroCredential as never)).toEqual(comparable(viaOurs.data!.draftMicroCredential as never));

    const someoneElses = { ...completeContent(), providerId: throughHive.accreditation.id, code: uniqueCode('OTHER') };
    const { ours, hive: answer } = await both(DraftMicroCredentialDocument, { input: someoneElses }, token);
    expect(firstError(answer).code).toBe('FORBIDDEN');
    expect(firstError(answer)).toEqual(firstError(ours));
  });

  it('authority: registers an organisation; an analyst may not', async () => {
    const input = () => ({ legalName: 'Router AB', organisationNumber: fictitiousOrganisationNumber() });
    const authority = await hub.token({ roles: ['authority'] });
    const registered = await hub.request(RegisterOrganisationDocument, { input: input() }, { token: authority, url: hiveUrl });
    expect(registered.errors).toBeUndefined();
    expect(registered.data?.registerOrganisation.legalName).toBe('Router AB');

    const analyst = await hub.token({ roles: ['analyst'] });
    const viaHive = await hub.request(RegisterOrganisationDocument, { input: input() }, { token: analyst, url: hiveUrl });
    const viaOurs = await hub.request(RegisterOrganisationDocument, { input: input() }, { token: analyst });
    expect(firstError(viaHive).code).toBe('FORBIDDEN');
    expect(firstError(viaHive)).toEqual(firstError(viaOurs));
  });

  it('analyst: reads the statistics; the anonymous caller may not', async () => {
    const analyst = await hub.token({ roles: ['analyst'] });
    const allowed = await both(CompetenceStatisticsDocument, { groupBy: ['ISSUER'] }, analyst);
    expect(allowed.hive.errors).toBeUndefined();
    expect(allowed.hive.data).toEqual(allowed.ours.data);
    const anonymous = await both(CompetenceStatisticsDocument, { groupBy: ['ISSUER'] });
    expect(firstError(anonymous.hive).code).toBe('UNAUTHENTICATED');
    expect(firstError(anonymous.hive)).toEqual(firstError(anonymous.ours));
  });
});

/**
 * For each role, an operation it may call and one it may not, in every subgraph, through Hive Gateway and through ours:
 * the same answer, or the same refusal (code and message) with nothing of the object. Verification has no operation
 * anyone is refused (anyone may verify), which the last test holds to the subgraph's own table.
 */
describe('for each role, an allowed and a denied operation in every subgraph, through both gateways', () => {
  const ROLES = ['anonymous', 'learner', 'provider', 'authority', 'analyst'] as const;
  type MatrixRole = (typeof ROLES)[number];
  interface Call {
    document: string;
    variables?: () => Record<string, unknown>;
  }
  interface Denied extends Call {
    code: 'UNAUTHENTICATED' | 'FORBIDDEN';
  }
  const fixtures = {} as { myhId: string; ownAwardId: string; otherLearnersAwardId: string; draftId: string };
  const tokens = {} as Record<MatrixRole, string | undefined>;

  beforeAll(async () => {
    const trustRoot = await hub.request(parse('{ trustRoot { id } }') as TypedDocumentNode<{ trustRoot: { id: string } }, Record<string, never>>);
    fixtures.myhId = trustRoot.data!.trustRoot.id;
    tokens.anonymous = undefined;
    tokens.learner = await hub.token({ roles: ['learner'], subject: throughHive.learner.id });
    tokens.provider = await hub.token({ roles: ['provider'], organisationId: throughHive.provider.id });
    // As `npm run -s token -- --role authority` makes it: an authority acting for no authority organisation.
    tokens.authority = await hub.token({ roles: ['authority'] });
    tokens.analyst = await hub.token({ roles: ['analyst'] });
    const mine = await hub.request(parse('{ me { awards { id } } }') as TypedDocumentNode<{ me: { awards: { id: string }[] } }, Record<string, never>>, {}, { token: tokens.learner });
    fixtures.ownAwardId = mine.data!.me.awards[0].id;
    fixtures.otherLearnersAwardId = throughHive.cohort.awardIds.find((id) => id !== fixtures.ownAwardId)!;
    const draft = await hub.request(DraftMicroCredentialDocument, { input: { ...completeContent(), providerId: throughHive.provider.id, code: uniqueCode('MATRIX') } }, { token: tokens.provider });
    fixtures.draftId = draft.data!.draftMicroCredential.id;
  });

  const organisation: Call = { document: 'query($id: ID!) { organisation(id: $id) { legalName type } }', variables: () => ({ id: throughHive.provider.id }) };
  const updateOrganisation = (id: () => string): Call => ({
    document: 'mutation($id: ID!) { updateOrganisation(id: $id, input: { website: "https://sobona.example" }) { website } }',
    variables: () => ({ id: id() }),
  });
  const registerOrganisation: Call = {
    document: 'mutation($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { legalName } }',
    variables: () => ({ input: { legalName: 'Matris via router AB', organisationNumber: fictitiousOrganisationNumber() } }),
  };
  const catalogue: Call = { document: '{ microCredentials(first: 5) { totalCount nodes { title { sv } status provider { legalName } } } }' };
  const draft = (providerId: () => string): Call => ({
    document: 'mutation($input: DraftMicroCredentialInput!) { draftMicroCredential(input: $input) { status title { sv } provider { legalName } } }',
    variables: () => ({ input: { ...completeContent(), providerId: providerId(), code: uniqueCode('MATRIX') } }),
  });
  const award = (id: () => string): Call => ({ document: 'query($id: ID!) { award(id: $id) { id title status } }', variables: () => ({ id: id() }) });
  const shared: Call = { document: 'query($token: String!) { sharedCredentials(token: $token) { state recipientLabel } }', variables: () => ({ token: throughHive.share.token }) };
  const me: Call = { document: '{ me { awards { id title status issuer { legalName } } } }' };
  const statistics: Call = { document: '{ competenceStatistics(groupBy: [ISSUER]) { total { awards suppressed } } }' };
  const verifyShare: Call = {
    document: 'query($token: String!) { verifyShare(token: $token) { state credentials { verdict checks { check status } } } }',
    variables: () => ({ token: throughHive.share.token }),
  };
  const sobona = () => throughHive.provider.id;
  const myh = () => fixtures.myhId;

  const MATRIX: Record<Exclude<SubgraphName, 'verification'>, Record<MatrixRole, { allowed: Call; denied: Denied }>> = {
    accreditation: {
      anonymous: { allowed: organisation, denied: { ...updateOrganisation(sobona), code: 'UNAUTHENTICATED' } },
      learner: { allowed: organisation, denied: { ...updateOrganisation(sobona), code: 'FORBIDDEN' } },
      provider: { allowed: updateOrganisation(sobona), denied: { ...updateOrganisation(myh), code: 'FORBIDDEN' } },
      authority: {
        allowed: registerOrganisation,
        // Accrediting needs the authority organisation the token acts for: this one names none.
        denied: { document: 'mutation($id: ID!) { suspendAccreditation(id: $id, reason: "Matris") { id } }', variables: () => ({ id: throughHive.accreditation.id }), code: 'FORBIDDEN' },
      },
      analyst: { allowed: organisation, denied: { ...registerOrganisation, code: 'FORBIDDEN' } },
    },
    catalogue: {
      anonymous: { allowed: catalogue, denied: { ...draft(sobona), code: 'UNAUTHENTICATED' } },
      learner: { allowed: catalogue, denied: { ...draft(sobona), code: 'FORBIDDEN' } },
      provider: { allowed: draft(sobona), denied: { ...draft(myh), code: 'FORBIDDEN' } },
      // Authorities see drafts, which no one but their provider otherwise does.
      authority: {
        allowed: { document: 'query($id: ID!) { microCredential(id: $id) { status title { sv } } }', variables: () => ({ id: fixtures.draftId }) },
        denied: { ...draft(sobona), code: 'FORBIDDEN' },
      },
      analyst: { allowed: catalogue, denied: { ...draft(sobona), code: 'FORBIDDEN' } },
    },
    awards: {
      anonymous: { allowed: shared, denied: { ...me, code: 'UNAUTHENTICATED' } },
      learner: { allowed: me, denied: { ...award(() => fixtures.otherLearnersAwardId), code: 'FORBIDDEN' } },
      provider: { allowed: award(() => fixtures.ownAwardId), denied: { ...statistics, code: 'FORBIDDEN' } },
      authority: { allowed: shared, denied: { ...award(() => fixtures.ownAwardId), code: 'FORBIDDEN' } },
      analyst: { allowed: statistics, denied: { ...me, code: 'FORBIDDEN' } },
    },
  };

  const send = (call: Call, role: MatrixRole, url?: string) =>
    hub.request(parse(call.document) as TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>, call.variables?.() ?? {}, { token: tokens[role], url });
  /** What the denied writes would change: the accreditation's status, Sobona's and MYH's websites, how many organisations there are. */
  const state = async () =>
    (
      await hub.request(
        parse(
          'query($accreditation: ID!, $sobona: ID!, $myh: ID!) { accreditation(id: $accreditation) { status } sobona: organisation(id: $sobona) { website } myh: organisation(id: $myh) { website } organisations(first: 1) { totalCount } }',
        ) as TypedDocumentNode<Record<string, unknown>, Record<string, string>>,
        { accreditation: throughHive.accreditation.id, sobona: sobona(), myh: myh() },
      )
    ).data;

  const cases = (Object.keys(MATRIX) as (keyof typeof MATRIX)[]).flatMap((subgraph) => ROLES.map((role) => [subgraph, role] as const));

  it.each(cases)('%s, as %s: the allowed operation answers the same through both', async (subgraph, role) => {
    const call = MATRIX[subgraph][role].allowed;
    const viaHive = await send(call, role, hiveUrl);
    const viaOurs = await send(call, role);
    expect({ hive: viaHive.errors, ours: viaOurs.errors }).toEqual({ hive: undefined, ours: undefined });
    expect(Object.values(viaHive.data ?? {}).every((value) => value !== null)).toBe(true);
    expect(viaHive.data).toEqual(viaOurs.data);
  });

  it.each(cases)('%s, as %s: the denied operation is refused the same through both, and changes nothing', async (subgraph, role) => {
    const call = MATRIX[subgraph][role].denied;
    const before = await state();
    expect(before).toBeTruthy();
    const viaHive = await send(call, role, hiveUrl);
    const viaOurs = await send(call, role);
    expect(firstError(viaHive).code).toBe(call.code);
    expect(firstError(viaHive)).toEqual(firstError(viaOurs));
    for (const answer of [viaHive, viaOurs]) expect(Object.values(answer.data ?? {}).filter((value) => value !== null)).toEqual([]);
    expect(await state()).toEqual(before);
  });

  it.each(ROLES)('verification, as %s: verifying the share answers the same through both', async (role) => {
    const viaHive = await send(verifyShare, role, hiveUrl);
    const viaOurs = await send(verifyShare, role);
    expect(viaHive.errors).toBeUndefined();
    expect(viaHive.data).toEqual(viaOurs.data);
    expect((viaHive.data as { verifyShare: { state: string } }).verifyShare.state).toBe('ACTIVE');
  });

  it('verification refuses no role anything: every operation of its table is for anyone, so it has no denied case', () => {
    expect(Object.entries(VERIFICATION_ACCESS_RULES).filter(([, rule]) => !rule.allow.includes('anyone')).map(([key]) => key)).toEqual([]);
  });
});

describe('what only our gateway serves', () => {
  it('the wallet, sign-in, page and document routes answer at our gateway and not at Hive Gateway, so a reverse proxy must send them to ours', async () => {
    const ours = new URL(hub.gatewayUrl).origin;
    const hive = new URL(hiveUrl).origin;
    const routes: [string, RequestInit?][] = [
      ['/.well-known/openid-credential-issuer'],
      ['/.well-known/oauth-authorization-server'],
      ['/openid4vci/nonce', { method: 'POST' }],
      ['/openid4vci/par', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'client_id=w' }],
      ['/sign-in/session'],
      ['/verify'],
      ['/registry.json'],
    ];
    for (const [route, init] of routes) {
      const atOurs = await fetch(`${ours}${route}`, { ...init, redirect: 'manual' });
      const atHive = await fetch(`${hive}${route}`, { ...init, redirect: 'manual' });
      // Ours answers the route itself (the PAR refusal is the endpoint's own JSON); Hive Gateway knows only /graphql.
      expect({ route, ours: atOurs.status === 404 }).toEqual({ route, ours: false });
      expect({ route, hive: atHive.status }).toEqual({ route, hive: 404 });
    }
  });
});

describe('hostile callers', () => {
  /** A token from the hub's own local issuer key, differing from a good one only as asked. */
  async function tokenWith(change: { audience?: string; expiresAt?: number }) {
    const jwk = JSON.parse(fs.readFileSync(path.join(hub.dataDir, 'identity', 'local-issuer.private.jwk'), 'utf8'));
    return new SignJWT({ roles: ['authority'] })
      .setProtectedHeader({ alg: 'EdDSA', kid: jwk.kid })
      .setSubject('mallory')
      .setIssuer('mikromeriter-local')
      .setAudience(change.audience ?? 'mikromeriter-hub')
      .setIssuedAt()
      .setExpirationTime(change.expiresAt ?? '1h')
      .sign(await importJWK(jwk, 'EdDSA'));
  }
  const register = (options: { url?: string; token?: string; headers?: Record<string, string> }) =>
    hub.request(RegisterOrganisationDocument, { input: { legalName: 'Mallory AB', organisationNumber: fictitiousOrganisationNumber() } }, options);
  const mallorysOrganisations = async () =>
    (await hub.request(OrganisationsDocument, { first: 100 })).data!.organisations.nodes.filter((node) => node.legalName === 'Mallory AB');

  it('an expired token is refused with the reason through Hive Gateway, and early with 401 by ours', async () => {
    const expired = await tokenWith({ expiresAt: Math.floor(Date.now() / 1000) - 3600 });
    const viaOurs = await register({ token: expired });
    expect(viaOurs.status).toBe(401);
    expect(firstError(viaOurs)).toEqual({ code: 'UNAUTHENTICATED', message: 'Authentication refused: the token has expired' });
    const viaHive = await register({ token: expired, url: hiveUrl });
    expect(firstError(viaHive).code).toBe('UNAUTHENTICATED');
    expect(firstError(viaHive).message).toMatch(/the token has expired/);
    expect(await mallorysOrganisations()).toEqual([]);
  });

  it.each(SUBGRAPH_NAMES)('a caller token for another audience sent straight to %s is refused with 401', async (name) => {
    const response = await hub.request(OrganisationsDocument, { first: 1 }, { url: hub.hub.subgraphs[name].url, token: await tokenWith({ audience: 'some-other-service' }) });
    expect(response.status).toBe(401);
    expect(firstError(response)).toEqual({ code: 'UNAUTHENTICATED', message: 'Authentication refused: the token is for another audience' });
  });

  it('a good caller token straight to a subgraph works as through a router', async () => {
    const response = await register({ url: hub.hub.subgraphs.accreditation.url, token: await hub.token({ roles: ['authority'] }) });
    expect(response.errors).toBeUndefined();
  });

  it('an x-hub-identity header sent to Hive Gateway is not passed on: the caller stays anonymous', async () => {
    const response = await register({ url: hiveUrl, headers: { 'x-hub-identity': 'anything' } });
    expect(firstError(response).code).toBe('UNAUTHENTICATED');
    expect(firstError(response).message).toMatch(/authority role/);
  });
});
