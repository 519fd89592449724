import { SignJWT, generateKeyPair, importJWK, base64url } from 'jose';
import fs from 'node:fs';
import path from 'node:path';
import { LocalTokenIssuer } from '../platform/local-token-issuer';
import { readConfig } from '../platform/config';
import { OrganisationsDocument, RegisterOrganisationDocument } from './generated/graphql';
import { fictitiousOrganisationNumber, startTestHub, type TestHub } from './support/hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

/** The local issuer's private key, to forge tokens that differ from good ones in exactly one way. */
async function issuerKey() {
  const jwk = JSON.parse(fs.readFileSync(path.join(hub.dataDir, 'identity', 'local-issuer.private.jwk'), 'utf8'));
  return { jwk, key: await importJWK(jwk, 'EdDSA') };
}

async function tokenWith(change: { audience?: string; issuer?: string; expiresAt?: number; key?: Parameters<SignJWT['sign']>[0]; alg?: string }) {
  const { jwk, key } = await issuerKey();
  return new SignJWT({ roles: ['authority'] })
    .setProtectedHeader({ alg: change.alg ?? 'EdDSA', kid: jwk.kid })
    .setSubject('someone')
    .setIssuer(change.issuer ?? 'mikromeriter-local')
    .setAudience(change.audience ?? 'mikromeriter-hub')
    .setIssuedAt()
    .setExpirationTime(change.expiresAt ?? '1h')
    .sign(change.key ?? key);
}

const register = (token?: string, headers?: Record<string, string>) =>
  hub.request(
    RegisterOrganisationDocument,
    { input: { legalName: 'Token AB', organisationNumber: fictitiousOrganisationNumber() } },
    { token, headers },
  );

describe('authentication at the gateway', () => {
  it('lets a valid token from the local issuer through', async () => {
    const response = await register(await hub.token({ roles: ['authority'] }));
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
  });

  it('treats a request without a token as anonymous: public reads work, writes need a token', async () => {
    const read = await hub.request(OrganisationsDocument, { first: 1 });
    expect(read.errors).toBeUndefined();
    const write = await register();
    expect(write.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(write.errors?.[0].message).toMatch(/authority role/);
  });

  const refusals: [string, () => Promise<string>, RegExp][] = [
    ['an expired token', () => tokenWith({ expiresAt: Math.floor(Date.now() / 1000) - 3600 }), /expired/],
    ['a token for another audience', () => tokenWith({ audience: 'some-other-service' }), /another audience/],
    ['a token from an untrusted issuer', () => tokenWith({ issuer: 'https://evil.example' }), /issuer/],
    [
      'a token signed by another key',
      async () => {
        const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
        return tokenWith({ key: privateKey });
      },
      /signature does not verify/,
    ],
    [
      'an unsigned token (alg none)',
      async () => {
        const header = base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }));
        const payload = base64url.encode(
          JSON.stringify({ sub: 'x', roles: ['authority'], iss: 'mikromeriter-local', aud: 'mikromeriter-hub', exp: 9999999999 }),
        );
        return `${header}.${payload}.`;
      },
      /alg "none"/,
    ],
    [
      'an HMAC token keyed with the public key',
      async () => {
        const { jwk } = await issuerKey();
        const { d: _private, ...publicJwk } = jwk;
        return tokenWith({ alg: 'HS256', key: new TextEncoder().encode(JSON.stringify(publicJwk)) });
      },
      /HMAC/,
    ],
    ['something that is not a JWT', async () => 'not-a-token', /not a JWT/],
    [
      'a provider token without an organisation',
      () => hub.token({ roles: ['provider'] }),
      /must name its organisation/,
    ],
  ];

  it.each(refusals)('refuses %s with HTTP 401 and says why', async (_what, makeToken, reason) => {
    const response = await register(await makeToken());
    expect(response.status).toBe(401);
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.errors?.[0].message).toMatch(reason);
  });

  it('refuses an Authorization header that is not a bearer token', async () => {
    const response = await register(undefined, { authorization: 'Basic dXNlcjpwYXNz' });
    expect(response.status).toBe(401);
    expect(response.errors?.[0].message).toMatch(/Bearer/);
  });

  it('never lets a caller claim the internal service role', async () => {
    const response = await register(await hub.token({ roles: ['service' as 'analyst'] }));
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('a request straight to a subgraph', () => {
  const accreditationUrl = () => hub.hub.subgraphs.accreditation.url;

  it('is refused with 401 when it carries the retired x-hub-identity header, whatever it holds', async () => {
    for (const header of ['{"roles":["authority"]}', await hub.token({ roles: ['authority'] })]) {
      const response = await hub.request(
        RegisterOrganisationDocument,
        { input: { legalName: 'Forged AB', organisationNumber: fictitiousOrganisationNumber() } },
        { url: accreditationUrl(), headers: { 'x-hub-identity': header } },
      );
      expect(response.status).toBe(401);
      expect(response.errors?.[0].message).toMatch(/x-hub-identity header is not accepted/);
    }
  });

  it('is anonymous without a token, and acts for the caller with one', async () => {
    const input = () => ({ legalName: 'Direct AB', organisationNumber: fictitiousOrganisationNumber() });
    const anonymous = await hub.request(RegisterOrganisationDocument, { input: input() }, { url: accreditationUrl() });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const authority = await hub.request(RegisterOrganisationDocument, { input: input() }, { url: accreditationUrl(), token: await hub.token({ roles: ['authority'] }) });
    expect(authority.errors).toBeUndefined();
  });
});

describe('the local token issuer', () => {
  it('publishes only the public half of its key', async () => {
    const { jwk } = await issuerKey();
    expect(jwk.d).toBeDefined();
    const issuer = await LocalTokenIssuer.open(readConfig({ DATA_DIR: hub.dataDir }));
    const [published] = issuer.jwks().keys;
    expect(published.d).toBeUndefined();
    expect(published).toEqual({ kty: 'OKP', crv: 'Ed25519', x: jwk.x, kid: jwk.kid, alg: 'EdDSA', use: 'sig' });
  });
});
