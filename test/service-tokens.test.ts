import fs from 'node:fs';
import path from 'node:path';
import { SignJWT, exportJWK, generateKeyPair, importJWK } from 'jose';
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { SUBGRAPH_NAMES, type SubgraphName } from '../platform/config';
import {
  OrganisationRegistryEntryDocument,
  OrganisationsDocument,
  RegisterOrganisationDocument,
  RegisterSigningKeyDocument,
} from './generated/graphql';
import { registerIssuer } from './support/accreditation';
import { fictitiousOrganisationNumber, startTestHub, type GraphQLResponse, type TestHub } from './support/hub';
import { serviceToken } from './support/service-tokens';

/**
 * Calls between subgraphs carry service tokens: signed with the calling subgraph's own key, for one target
 * subgraph, for a minute. Hostile requests go over real HTTP straight to the subgraphs, the way an attacker
 * inside the network would send them; each is refused with 401 and the reason, and nothing is stored.
 */
let hub: TestHub;
let issuer: { id: string };
beforeAll(async () => {
  hub = await startTestHub();
  issuer = await registerIssuer(hub, 'Nordiska Textilakademin', 'EDUCATION_PROVIDER');
});
afterAll(() => hub?.stop());

const urlOf = (name: SubgraphName) => hub.hub.subgraphs[name].url;
const firstError = (response: GraphQLResponse<unknown>) => response.errors?.[0];
const newPublicJwk = async () => exportJWK((await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true })).publicKey);

/** Registers a signing key for the issuer straight at accreditation (a call the awards service may make). */
const registerKey = async (token: string) =>
  hub.request(RegisterSigningKeyDocument, { organisationId: issuer.id, publicJwk: await newPublicJwk() }, { url: urlOf('accreditation'), token });
const issuerKeys = async () => (await hub.request(OrganisationRegistryEntryDocument, { id: issuer.id })).data!.organisation!.signingKeys.map((key) => key.kid);

/** Expects 401 with the reason, and the issuer's keys as they were. */
async function expectRefusedWithNothingStored(token: string, reason: RegExp) {
  const before = await issuerKeys();
  const response = await registerKey(token);
  expect(response.status).toBe(401);
  expect(firstError(response)?.extensions?.code).toBe('UNAUTHENTICATED');
  expect(firstError(response)?.message).toMatch(reason);
  expect(response.data ?? null).toBeNull();
  expect(await issuerKeys()).toEqual(before);
}

describe('service tokens between subgraphs', () => {
  it('each subgraph publishes the public half of its own key, and no two share one', async () => {
    const published = await Promise.all(
      SUBGRAPH_NAMES.map(async (name) => (await (await fetch(new URL('/.well-known/jwks.json', urlOf(name)))).json()) as { keys: Record<string, string>[] }),
    );
    for (const { keys } of published) {
      expect(keys).toHaveLength(1);
      expect(keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' });
      expect(keys[0].d).toBeUndefined();
    }
    expect(new Set(published.map(({ keys }) => keys[0].x)).size).toBe(SUBGRAPH_NAMES.length);
  });

  it('a genuine token from awards for accreditation is the service role there', async () => {
    const response = await registerKey(await serviceToken(hub, 'awards', 'accreditation'));
    expect(response.errors).toBeUndefined();
    expect(response.data!.registerSigningKey.status).toBe('ACTIVE');
  });

  it('a service token replayed at another subgraph is refused: a token made for catalogue does not work at accreditation', async () => {
    await expectRefusedWithNothingStored(await serviceToken(hub, 'awards', 'catalogue'), /the service token is for another subgraph, not accreditation/);
  });

  it.each([
    ['catalogue', 'accreditation', 'awards'],
    ['verification', 'awards', 'catalogue'],
    ['awards', 'catalogue', 'verification'],
  ] as const)('a token %s made for %s is refused by %s', async (from, to, at) => {
    const response = await hub.request(OrganisationsDocument, { first: 1 }, { url: urlOf(at), token: await serviceToken(hub, from, to) });
    expect(response.status).toBe(401);
    expect(firstError(response)?.message).toBe(`Authentication refused: the service token is for another subgraph, not ${at}`);
  });

  it('an expired service token is refused', async () => {
    await expectRefusedWithNothingStored(await serviceToken(hub, 'awards', 'accreditation', -60), /the service token has expired/);
  });

  it('a service token signed with a key the calling subgraph does not publish is refused', async () => {
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const awardsKid = (await (await fetch(new URL('/.well-known/jwks.json', urlOf('awards')))).json()).keys[0].kid as string;
    const forge = (kid: string) =>
      new SignJWT({})
        .setProtectedHeader({ alg: 'EdDSA', typ: 'hub-service+jwt', kid })
        .setIssuer('urn:mikromeriter:service:awards')
        .setSubject('urn:mikromeriter:service:awards')
        .setAudience('urn:mikromeriter:service:accreditation')
        .setJti('forged')
        .setIssuedAt()
        .setExpirationTime('1m')
        .sign(privateKey);
    await expectRefusedWithNothingStored(await forge(awardsKid), /signature does not verify with the keys awards publishes/);
    await expectRefusedWithNothingStored(await forge('mallory'), /key is not one awards publishes/);
  });

  it('a service token naming no subgraph of the hub is refused', async () => {
    const jwk = JSON.parse(fs.readFileSync(path.join(hub.dataDir, 'identity', 'service-keys', 'awards.private.jwk'), 'utf8'));
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'EdDSA', typ: 'hub-service+jwt', kid: jwk.kid })
      .setIssuer('urn:mikromeriter:service:gateway')
      .setAudience('urn:mikromeriter:service:accreditation')
      .setJti('x')
      .setIssuedAt()
      .setExpirationTime('1m')
      .sign(await importJWK(jwk, 'EdDSA'));
    await expectRefusedWithNothingStored(token, /not from a subgraph of this hub/);
  });
});

describe('outside production', () => {
  it.each(SUBGRAPH_NAMES)('%s tells its schema to anyone, as developers\' tools expect', async (name) => {
    const response = await hub.request(parse('{ _service { sdl } }') as TypedDocumentNode<{ _service: { sdl: string } }, Record<string, never>>, {}, { url: urlOf(name) });
    expect(response.errors).toBeUndefined();
    expect(response.data?._service.sdl).toMatch(/type Query/);
  });
});

describe('hostile caller tokens straight to a subgraph', () => {
  const localIssuerKey = () => JSON.parse(fs.readFileSync(path.join(hub.dataDir, 'identity', 'local-issuer.private.jwk'), 'utf8'));
  const callerToken = async (change: { audience?: string; sign?: Parameters<SignJWT['sign']>[0] }) => {
    const jwk = localIssuerKey();
    return new SignJWT({ roles: ['authority'] })
      .setProtectedHeader({ alg: 'EdDSA', kid: jwk.kid })
      .setSubject('mallory')
      .setIssuer('mikromeriter-local')
      .setAudience(change.audience ?? 'mikromeriter-hub')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(change.sign ?? (await importJWK(jwk, 'EdDSA')));
  };
  const registerMallory = (name: SubgraphName, token: string | undefined, headers?: Record<string, string>) =>
    hub.request(RegisterOrganisationDocument, { input: { legalName: 'Mallory AB', organisationNumber: fictitiousOrganisationNumber() } }, { url: urlOf(name), token, headers });
  const mallorys = async () => (await hub.request(OrganisationsDocument, { first: 100 })).data!.organisations.nodes.filter((node) => node.legalName === 'Mallory AB');

  it.each(SUBGRAPH_NAMES)('%s refuses a caller token for another audience, and one with a wrong signature', async (name) => {
    const otherAudience = await registerMallory(name, await callerToken({ audience: 'some-other-service' }));
    expect(otherAudience.status).toBe(401);
    expect(firstError(otherAudience)?.message).toBe('Authentication refused: the token is for another audience');
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const wrongSignature = await registerMallory(name, await callerToken({ sign: privateKey }));
    expect(wrongSignature.status).toBe(401);
    expect(firstError(wrongSignature)?.message).toBe('Authentication refused: the token signature does not verify');
    expect(await mallorys()).toEqual([]);
  });

  it('a caller token dressed up as a service token gets nowhere', async () => {
    const jwk = localIssuerKey();
    const token = await new SignJWT({ roles: ['authority', 'service'] })
      .setProtectedHeader({ alg: 'EdDSA', typ: 'hub-service+jwt', kid: jwk.kid })
      .setIssuer('urn:mikromeriter:service:awards')
      .setAudience('urn:mikromeriter:service:accreditation')
      .setJti('x')
      .setIssuedAt()
      .setExpirationTime('1m')
      .sign(await importJWK(jwk, 'EdDSA'));
    const response = await registerMallory('accreditation', token);
    expect(response.status).toBe(401);
    expect(firstError(response)?.message).toMatch(/key is not one awards publishes/);
    expect(await mallorys()).toEqual([]);
  });

  it.each(SUBGRAPH_NAMES)('%s refuses a forged x-hub-identity header (HS256, the retired shared-secret scheme)', async (name) => {
    const forged = await new SignJWT({ roles: ['authority', 'service'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('mallory')
      .setIssuer('mikromeriter-hub-internal')
      .setAudience('mikromeriter-subgraphs')
      .setIssuedAt()
      .setExpirationTime('2m')
      .sign(new TextEncoder().encode('x'.repeat(32)));
    const response = await registerMallory(name, undefined, { 'x-hub-identity': forged });
    expect(response.status).toBe(401);
    expect(firstError(response)?.message).toMatch(/the x-hub-identity header is not accepted/);
    expect(await mallorys()).toEqual([]);
  });
});
