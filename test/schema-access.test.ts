import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { readConfig, SUBGRAPH_NAMES, type SubgraphName } from '../platform/config';
import { LocalTokenIssuer } from '../platform/local-token-issuer';
import { startTestHub, type TestHub } from './support/hub';
import { serviceToken } from './support/service-tokens';

/**
 * In production a subgraph tells its schema (introspection, `_service { sdl }`) only to a router (a caller token
 * with the router role) or another subgraph (a service token). Sent straight to each subgraph over HTTP.
 */
let hub: TestHub;
let dataDir: string;
beforeAll(async () => {
  // Production trusts a configured JWKS: here the local issuer's, written to a file before the hub starts.
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-schema-access-'));
  const issuer = await LocalTokenIssuer.open(readConfig({ DATA_DIR: dataDir }));
  const jwksFile = path.join(dataDir, 'jwks.json');
  fs.writeFileSync(jwksFile, JSON.stringify(issuer.jwks()));
  hub = await startTestHub({ NODE_ENV: 'production', DATA_DIR: dataDir, AUTH_JWKS_FILE: jwksFile, AWARDS_MASTER_KEY: randomBytes(32).toString('base64') });
});
afterAll(async () => {
  await hub?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

type Answer = { _service?: { sdl: string }; __schema?: { queryType: { name: string } } };
const SCHEMA_QUERIES: [string, TypedDocumentNode<Answer, Record<string, never>>][] = [
  ['_service', parse('{ _service { sdl } }')],
  ['__schema', parse('{ __schema { queryType { name } } }')],
  ['__type', parse('{ __type(name: "Query") { name } }')],
  ['__schema in a fragment', parse('query { ...Schema } fragment Schema on Query { __schema { queryType { name } } }')],
];
const cases = SUBGRAPH_NAMES.flatMap((name) => SCHEMA_QUERIES.map(([label, document]) => [name, label, document] as const));
const ask = (name: SubgraphName, document: TypedDocumentNode<Answer, Record<string, never>>, token?: string) =>
  hub.request(document, {}, { url: hub.hub.subgraphs[name].url, token });

describe('in production, a subgraph tells its schema only to a router or a subgraph', () => {
  it.each(cases)('%s: %s, anonymous: 401; a learner: 403; nothing of the schema', async (name, _label, document) => {
    const anonymous = await ask(name, document);
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(anonymous.errors?.[0].message).toMatch(/only for a router or a subgraph/);
    expect(anonymous.data ?? null).toBeNull();
    const learner = await ask(name, document, await hub.token({ roles: ['learner'] }));
    expect(learner.status).toBe(403);
    expect(learner.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(learner.data ?? null).toBeNull();
  });

  it.each(SUBGRAPH_NAMES)('%s answers a router token and another subgraph\'s service token', async (name) => {
    const router = await ask(name, SCHEMA_QUERIES[0][1], await hub.token({ roles: ['router'] }));
    expect(router.errors).toBeUndefined();
    expect(router.data?._service?.sdl).toMatch(/type Query/);
    const peer = SUBGRAPH_NAMES.find((other) => other !== name)!;
    const service = await ask(name, SCHEMA_QUERIES[1][1], await serviceToken(hub, peer, name));
    expect(service.errors).toBeUndefined();
    expect(service.data?.__schema?.queryType.name).toBe('Query');
  });

  it('the router role grants nothing else', async () => {
    const response = await hub.request(parse('{ me { awards { id } } }') as TypedDocumentNode<unknown, Record<string, never>>, {}, { token: await hub.token({ roles: ['router'] }) });
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('the public graph still works through the gateway for everyone, __typename included', async () => {
    const response = await hub.request(parse('{ __typename organisations(first: 1) { totalCount } }') as TypedDocumentNode<{ __typename: string }, Record<string, never>>);
    expect(response.errors).toBeUndefined();
    expect(response.data?.__typename).toBe('Query');
  });
});
