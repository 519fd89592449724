import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { startGateway } from '../gateway';
import { SUBGRAPH_NAMES, readConfig } from '../platform/config';
import { HUB_CONTEXT_PATH } from '../platform/credential-context';
import { LocalTokenIssuer } from '../platform/local-token-issuer';
import { startTestHub, type TestHub } from './support/hub';
import { register } from './support/world';

/**
 * The hub's public edge as an outsider meets it, in production mode: nothing internal in any answer, the
 * public documents on their own routes only, CORS, per-caller rate limits, and a subgraph going down.
 */
const RATE_LIMIT = 40;
const APP_ORIGIN = 'https://app.example.se';
let hub: TestHub;
let base: string;

beforeAll(async () => {
  // Production trusts a configured JWKS: the local issuer's, written to a file.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-edge-'));
  const issuer = await LocalTokenIssuer.open(readConfig({ DATA_DIR: dataDir }));
  const jwksFile = path.join(dataDir, 'jwks.json');
  fs.writeFileSync(jwksFile, JSON.stringify(issuer.jwks()));
  hub = await startTestHub({
    NODE_ENV: 'production',
    DATA_DIR: dataDir,
    AUTH_JWKS_FILE: jwksFile,
    AWARDS_MASTER_KEY: randomBytes(32).toString('base64'),
    RATE_LIMIT_REQUESTS: String(RATE_LIMIT),
    // A window longer than the floods below take, however loaded the machine.
    RATE_LIMIT_WINDOW_SECONDS: '600',
    CORS_ORIGINS: APP_ORIGIN,
    // An operator's own operation limit, in place of the default 20.
    OPERATION_MAX_ALIASES: '3',
    // As `npm start` runs by default: the gateway on every interface, the subgraphs on loopback only.
    HOST: '0.0.0.0',
  });
  base = hub.gatewayUrl.replace(/\/graphql$/, '');
});
afterAll(() => hub?.stop());

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(hub.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

/** Nothing that names an internal address, a socket error or a stack. */
function tellsNothingInternal(text: string) {
  expect(text).not.toMatch(/localhost|127\.0\.0\.1|:\d{4,5}\/|ECONN|ETIMEDOUT|socket|\bat \w+ \(|node_modules|\/work\/|Did you mean/i);
}

/** A raw GET, path as written (fetch would normalise dot segments away). */
function rawGet(pathAsSent: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    http
      .get({ hostname, port, path: pathAsSent }, (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

describe('production tells outsiders nothing internal', () => {
  it('no X-Powered-By, and /health names each part without an address', async () => {
    for (const url of [hub.gatewayUrl, `${base}/health`, `${base}/registry.json`, `${base}/nothing-here`]) {
      const response = await fetch(url);
      expect([url, response.headers.get('x-powered-by')]).toEqual([url, null]);
    }
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    const text = await health.text();
    tellsNothingInternal(text);
    expect(JSON.parse(text)).toMatchObject({ status: 'ok', down: [], parts: { accreditation: { service: 'up', database: 'up' }, verification: { service: 'up' } } });
  });

  it('no field suggestions with introspection off', async () => {
    const response = await post(JSON.stringify({ query: '{ organisations { nodes { legalNam } } }' }));
    const body = await response.text();
    expect(response.status).toBe(400);
    tellsNothingInternal(body);
    expect(body).not.toContain('legalName');
  });

  it('an operation limit set by its variable applies, and its refusal names the limit and tells nothing internal', async () => {
    const aliased = (count: number) => JSON.stringify({ query: `{ ${Array.from({ length: count }, (_, index) => `a${index}: seqfLevels { level }`).join(' ')} }` });
    const within = await post(aliased(3));
    expect(within.status).toBe(200);
    expect(((await within.json()) as { errors?: unknown }).errors).toBeUndefined();
    const over = await post(aliased(4));
    expect(over.status).toBe(400);
    const text = await over.text();
    tellsNothingInternal(text);
    expect(JSON.parse(text).errors).toEqual([expect.objectContaining({ extensions: { code: 'OPERATION_LIMIT_EXCEEDED', limit: 'aliases', maximum: 3 } })]);
  });

  it('the HTTP layer answers in JSON: malformed JSON, an oversized body, an unknown route', async () => {
    const malformed = await post('{"query": "{ organisations { nodes { id } } ');
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('content-type')).toMatch(/application\/json/);
    const text = await malformed.text();
    tellsNothingInternal(text);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');

    const oversized = await post(JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(9 * 1024 * 1024) } }));
    expect(oversized.status).toBe(413);
    expect(oversized.headers.get('content-type')).toMatch(/application\/json/);

    const unknown = await fetch(`${base}/no/such/route`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: 'not found' });

    // A subgraph's HTTP layer too (reached directly).
    const direct = await fetch(hub.hub.subgraphs.catalogue.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{oops' });
    expect(direct.status).toBe(400);
    expect(direct.headers.get('content-type')).toMatch(/application\/json/);
    expect(direct.headers.get('x-powered-by')).toBeNull();
  });
});

it('the all-in-one start binds the subgraphs to loopback (SUBGRAPH_HOST), the gateway to HOST', () => {
  for (const subgraph of Object.values(hub.hub.subgraphs)) expect([subgraph.name, subgraph.host]).toEqual([subgraph.name, '127.0.0.1']);
});

describe('the public documents reach only their own routes', () => {
  it('refuses encoded dots and slashes and dot segments, before any route', async () => {
    // Sent as written, as curl does (fetch would resolve "%2e%2e" and ".." itself before sending).
    for (const attempt of [
      '/issuers/%2e%2e/health',
      '/status-lists/%2e%2e/health',
      '/issuers/%2E%2E%2Fhealth/jwks.json',
      '/status-lists/..%2fhealth',
      '/issuers/x%5c..%5chealth/did.json',
      '/issuers/../health',
      '/status-lists/./../health',
      '/issuers/x/../../graphql',
    ]) {
      const response = await rawGet(attempt);
      expect([attempt, response.status]).toEqual([attempt, 400]);
      tellsNothingInternal(response.body);
    }
  });

  it('answers 404 for anything but the document routes, and forwards no query string', async () => {
    for (const attempt of ['/registry.json/extra', '/issuers/00000000-0000-4000-8000-000000000000/jwks.json/more', '/issuers/00000000-0000-4000-8000-000000000000/health', '/status-lists/a/b', '/issuers/not%20an%20id/jwks.json']) {
      const response = await fetch(`${base}${attempt}`);
      expect([attempt, response.status]).toEqual([attempt, 404]);
    }
    const registry = await fetch(`${base}/registry.json?format=../health`);
    expect(registry.status).toBe(200);
    expect(await registry.json()).toHaveProperty('organisations');
  });
});

describe('CORS', () => {
  it('the public documents for any origin, preflight included', async () => {
    const someId = '00000000-0000-4000-8000-000000000000';
    const documents = [
      '/registry.json',
      `/issuers/${someId}/jwks.json`,
      `/issuers/${someId}/did.json`,
      `/status-lists/${someId}`,
      `/status-lists/${someId}/revocation`,
      `/status-lists/${someId}/suspension.jsonld`,
      HUB_CONTEXT_PATH,
    ];
    for (const document of documents) {
      const preflight = await fetch(`${base}${document}`, {
        method: 'OPTIONS',
        headers: { origin: 'https://verifier.example.org', 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' },
      });
      expect([document, preflight.status, preflight.headers.get('access-control-allow-origin')]).toEqual([document, 204, '*']);
      expect(preflight.headers.get('access-control-allow-headers')).toMatch(/if-none-match/);
      const response = await fetch(`${base}${document}`, { headers: { origin: 'https://verifier.example.org' } });
      expect([document, response.headers.get('access-control-allow-origin')]).toEqual([document, '*']);
    }
  });

  it('the GraphQL endpoint for the configured origins only', async () => {
    const preflight = (origin: string) =>
      fetch(hub.gatewayUrl, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
      });
    const allowed = await preflight(APP_ORIGIN);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(allowed.headers.get('access-control-allow-methods')).toMatch(/POST/);
    const other = await preflight('https://evil.example.com');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const call = await post(JSON.stringify({ query: '{ seqfLevels { level } }' }), { origin: APP_ORIGIN });
    expect(call.status).toBe(200);
    expect(call.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
  });
});

describe('rate limits per caller', () => {
  it('an anonymous flood from one address gets 429 with Retry-After; a caller with a token is not held back', async () => {
    const query = JSON.stringify({ query: '{ seqfLevels { level } }' });
    const statuses: number[] = [];
    let refusal: Response | undefined;
    for (let index = 0; index < RATE_LIMIT + 5 && !refusal; index += 1) {
      const response = await post(query);
      statuses.push(response.status);
      if (response.status === 429) refusal = response;
      else await response.arrayBuffer();
    }
    expect(refusal).toBeDefined();
    expect(statuses.filter((status) => status === 200).length).toBeLessThanOrEqual(RATE_LIMIT);
    expect(Number(refusal!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const body = (await refusal!.json()) as { errors: { message: string; extensions: { code: string; retryAfterSeconds: number } }[] };
    expect(body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(body.errors[0].message).toContain(String(RATE_LIMIT));

    const token = await hub.token({ roles: ['analyst'] });
    const withToken = await post(query, { authorization: `Bearer ${token}` });
    expect(withToken.status).toBe(200);
  });

  it('a caller with a token is counted by its subject: past the limit 429, while another subject still answers', async () => {
    const query = JSON.stringify({ query: '{ seqfLevels { level } }' });
    const flooder = { authorization: `Bearer ${await hub.token({ roles: ['analyst'], subject: 'edge-flooder' })}` };
    // Another token of the same subject shares its count: the limit is the caller's, not the token's.
    const sameSubject = { authorization: `Bearer ${await hub.token({ roles: ['analyst'], subject: 'edge-flooder' })}` };
    const statuses: number[] = [];
    for (let index = 0; index < RATE_LIMIT; index += 1) {
      const response = await post(query, index % 2 === 0 ? flooder : sameSubject);
      statuses.push(response.status);
      await response.arrayBuffer();
    }
    expect(statuses).toEqual(Array(RATE_LIMIT).fill(200));
    const refused = await post(query, sameSubject);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('RATE_LIMITED');
    const other = await post(query, { authorization: `Bearer ${await hub.token({ roles: ['analyst'], subject: 'edge-other-caller' })}` });
    expect(other.status).toBe(200);
  });
});

describe('a subgraph down', () => {
  it('names the service with SERVICE_UNAVAILABLE, the other subgraphs still answer, and neither the error nor /health shows its address', async () => {
    const organisationId = await register(hub, 'Partiella svar AB', 'EDUCATION_PROVIDER');
    await hub.hub.subgraphs.catalogue.stop();
    const token = await hub.token({ roles: ['analyst'] });
    const response = await post(JSON.stringify({ query: '{ organisations(first: 1) { totalCount } seqfLevels { level } }' }), { authorization: `Bearer ${token}` });
    const text = await response.text();
    tellsNothingInternal(text);
    const body = JSON.parse(text) as { data: any; errors: { path?: string[]; extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'catalogue' });
    // The healthy half of the answer is kept: accreditation's field answers, catalogue's is null.
    expect(body.data.organisations.totalCount).toBeGreaterThanOrEqual(1);
    expect(body.data.seqfLevels).toBeNull();

    // An entity's fields from the healthy subgraph still answer when another subgraph's contribution fails.
    const nested = (await (
      await post(JSON.stringify({ query: `{ organisation(id: "${organisationId}") { legalName microCredentials { id } } }` }), { authorization: `Bearer ${token}` })
    ).json()) as { data: any; errors: { extensions: Record<string, unknown> }[] };
    expect(nested.data.organisation).toEqual({ legalName: 'Partiella svar AB', microCredentials: null });
    expect(nested.errors[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'catalogue' });

    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(503);
    const healthText = await health.text();
    tellsNothingInternal(healthText);
    expect(JSON.parse(healthText)).toMatchObject({ status: 'unavailable', down: ['catalogue'], parts: { catalogue: { service: 'down' } } });
  });
});

describe('a request deadline (REQUEST_TIMEOUT_SECONDS)', () => {
  // A gateway of its own with a one-second deadline, in front of a subgraph that takes every request and never
  // answers (hung, as a subgraph under a flood or a stalled database may be).
  let hung: http.Server;
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  beforeAll(async () => {
    hung = http.createServer(() => {});
    await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
    const hungUrl = `http://127.0.0.1:${(hung.address() as { port: number }).port}/graphql`;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-deadline-'));
    const issuer = await LocalTokenIssuer.open(readConfig({ DATA_DIR: dataDir }));
    const jwksFile = path.join(dataDir, 'jwks.json');
    fs.writeFileSync(jwksFile, JSON.stringify(issuer.jwks()));
    gateway = await startGateway({
      config: readConfig({ NODE_ENV: 'production', DATA_DIR: dataDir, AUTH_JWKS_FILE: jwksFile, REQUEST_TIMEOUT_SECONDS: '1' }),
      port: 0,
      host: '127.0.0.1',
      subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, hungUrl])),
    });
  });
  afterAll(async () => {
    hung?.closeAllConnections();
    await gateway?.stop();
    hung?.close();
  });

  const refusedByTheDeadline = async (status: number, text: string, retryAfter: string | null) => {
    expect(status).toBe(503);
    expect(retryAfter).toBe('5');
    tellsNothingInternal(text);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('REQUEST_TIMEOUT');
  };

  it('a query the subgraph never answers gets 503 REQUEST_TIMEOUT, nothing internal', async () => {
    const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ seqfLevels { level } }' }) });
    await refusedByTheDeadline(response.status, await response.text(), response.headers.get('retry-after'));
  });

  it('a sender that never finishes its body gets 503 REQUEST_TIMEOUT', async () => {
    const { hostname, port } = new URL(gateway.url);
    const answer = await new Promise<{ status: number; text: string; retryAfter: string | null }>((resolve, reject) => {
      const request = http.request({ hostname, port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '1000' } }, (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => {
          request.destroy();
          resolve({ status: response.statusCode ?? 0, text, retryAfter: (response.headers['retry-after'] as string | undefined) ?? null });
        });
      });
      request.on('error', reject);
      // A tenth of the body promised, and then nothing.
      request.write('{"query": "{ seqfLevels { level } } ');
    });
    await refusedByTheDeadline(answer.status, answer.text, answer.retryAfter);
  });
});
