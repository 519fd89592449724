import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { print, type DocumentNode } from 'graphql';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { PeerClient } from '../platform/peer';
import { MicroCredentialDocument, MicroCredentialStatusesDocument, PublishMicroCredentialDocument } from './generated/graphql';
import { ACCREDITATION_CHECK_CONTRACT } from './support/accreditation-double';
import { completeContent, draft, registerOrganisation } from './support/catalogue';
import { startTestHub, type TestHub } from './support/hub';

/**
 * Publishing's service call to the accreditation subgraph and what the catalogue does with each kind of
 * answer. The check is sent over real HTTP by the catalogue's PeerClient to a small server that answers as
 * this test says (an accreditation subgraph that refuses, fails, or says nothing useful), and at the end to
 * the real accreditation subgraph, stopped.
 */
let hub: TestHub;
let provider: { id: string };
let providerToken: string;
let answer: { status: number; body: string };
const received: { body: { query: string; variables: Record<string, unknown> }; authorization?: string }[] = [];
let server: http.Server;
let serverUrl: string;
let spy: jest.SpyInstance | undefined;

beforeAll(async () => {
  hub = await startTestHub();
  const authority = await hub.token({ roles: ['authority'] });
  provider = await registerOrganisation(hub, authority, 'Skellefteå Kraft');
  providerToken = await hub.token({ roles: ['provider'], organisationId: provider.id });
  server = http.createServer((request, response) => {
    let text = '';
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => {
      received.push({ body: JSON.parse(text), authorization: request.headers.authorization });
      response.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  // Only the accreditation check goes to this test's server; organisation look-ups go to the real subgraph.
  const original = PeerClient.prototype.request;
  spy = jest.spyOn(PeerClient.prototype, 'request').mockImplementation(async function (
    this: PeerClient,
    document: DocumentNode | string,
    variables: Record<string, unknown> = {},
  ) {
    const query = typeof document === 'string' ? document : print(document);
    if (this.name !== 'accreditation' || !query.includes('accreditationCheck')) return original.call(this, document, variables);
    const redirected = new PeerClient('accreditation', serverUrl, (this as unknown as { headers: () => Promise<Record<string, string>> }).headers);
    return original.call(redirected, document, variables);
  });
});
afterAll(async () => {
  spy?.mockRestore();
  await new Promise((resolve) => server?.close(resolve));
  await hub?.stop();
});

async function publishExpectingNothingPublished(seqfLevel = 4) {
  const created = await draft(hub, provider.id, completeContent({ seqfLevel, title: { sv: 'Drift av vattenkraft', en: 'Operating hydropower' } }));
  const response = await hub.request(PublishMicroCredentialDocument, { id: created.id }, { token: providerToken });
  const after = await hub.request(MicroCredentialDocument, { id: created.id }, { token: providerToken });
  expect(after.data!.microCredential).toMatchObject({ status: 'DRAFT', publishedAt: null });
  return { created, error: response.errors?.[0] };
}

describe("publishing asks the accreditation subgraph, and acts on its answer", () => {
  it('sends exactly the agreed query, as the catalogue service, about the version being published', async () => {
    answer = { status: 200, body: JSON.stringify({ data: { accreditationCheck: { allowed: true, reason: null, accreditation: { id: 'acc-42' } } } }) };
    const created = await draft(hub, provider.id, completeContent({ seqfLevel: 5, field: '071', credentialType: 'NON_FORMAL' }));
    const published = await hub.request(PublishMicroCredentialDocument, { id: created.id }, { token: providerToken });
    expect(published.data!.publishMicroCredential).toMatchObject({ status: 'PUBLISHED', accreditationId: 'acc-42' });
    const call = received[received.length - 1];
    expect(call.body.query).toBe(ACCREDITATION_CHECK_CONTRACT);
    expect(call.body.variables).toEqual({
      organisationId: provider.id,
      seqfLevel: 5,
      field: '071',
      credentialType: 'NON_FORMAL',
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      microCredentialId: created.entryId,
    });
    // As the catalogue service: a service token for accreditation alone, signed with the key the catalogue publishes.
    const token = /^Bearer (.+)$/.exec(call.authorization ?? '')![1];
    const catalogueKeys = createRemoteJWKSet(new URL('/.well-known/jwks.json', hub.hub.subgraphs.catalogue.url));
    const { payload, protectedHeader } = await jwtVerify(token, catalogueKeys, {
      issuer: 'urn:mikromeriter:service:catalogue',
      audience: 'urn:mikromeriter:service:accreditation',
      typ: 'hub-service+jwt',
    });
    expect(protectedHeader.alg).toBe('EdDSA');
    expect(payload.exp! - payload.iat!).toBeLessThanOrEqual(60);
  });

  it('refuses with FORBIDDEN and the reason the accreditation subgraph gives when the provider is not accredited', async () => {
    answer = {
      status: 200,
      body: JSON.stringify({ data: { accreditationCheck: { allowed: false, reason: 'the accreditation was withdrawn on 2025-03-01', accreditation: null } } }),
    };
    const { error } = await publishExpectingNothingPublished(6);
    expect(error?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ACCREDITED', accreditationReason: 'the accreditation was withdrawn on 2025-03-01' });
    expect(error?.message).toMatch(/SeQF level 6.*withdrawn on 2025-03-01/);
  });

  it.each([
    ['answers with a GraphQL error instead of a check', 200, { errors: [{ message: 'Cannot query field "accreditationCheck" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] }, /could not check the accreditation: Cannot query field/],
    ['answers without a check', 200, { data: { somethingElse: true } }, /gave no accreditation check answer/],
    ['fails with a server error and no JSON', 502, 'Bad gateway', /gave no answer/],
  ])('stops with PEER_UNAVAILABLE, publishing nothing, when the accreditation subgraph %s', async (_case, status, body, message) => {
    answer = { status, body: typeof body === 'string' ? body : JSON.stringify(body) };
    const { error } = await publishExpectingNothingPublished();
    expect(error?.extensions).toMatchObject({ code: 'PEER_UNAVAILABLE', peer: 'accreditation' });
    expect(error?.message).toMatch(message);
  });

  it('stops with PEER_UNAVAILABLE, publishing nothing, when the accreditation subgraph is unreachable', async () => {
    const created = await draft(hub, provider.id, completeContent({ title: { sv: 'Dammsäkerhet', en: 'Dam safety' } }));
    spy?.mockRestore();
    spy = undefined;
    await hub.hub.subgraphs.accreditation.stop();
    const response = await hub.request(PublishMicroCredentialDocument, { id: created.id }, { token: providerToken });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'PEER_UNAVAILABLE', peer: 'accreditation' });
    expect(response.errors?.[0].message).toBe('The accreditation service could not be reached');
    // Asked without the provider's name, which only the stopped subgraph could give.
    const drafts = await hub.request(MicroCredentialStatusesDocument, { filter: { statuses: ['DRAFT'] }, first: 100 }, { token: providerToken });
    expect(drafts.data!.microCredentials.nodes.find((node) => node.id === created.id)?.status).toBe('DRAFT');
    const published = await hub.request(MicroCredentialStatusesDocument, { search: 'dammsäkerhet' });
    expect(published.data!.microCredentials.totalCount).toBe(0);
  });
});
