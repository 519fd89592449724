import http from 'node:http';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { freePort } from '../platform/ports';
import { OrganisationsDocument, RegisterOrganisationDocument } from './generated/graphql';
import { fictitiousOrganisationNumber, startTestHub, type GraphQLResponse, type TestHub } from './support/hub';

/**
 * An OpenID Connect identity provider configured as production configures one: its JWKS at a URL
 * (AUTH_JWKS_URL), its own issuer and audience, ES256 keys. The gateway and each subgraph read the keys from
 * there. While the provider's keys cannot be fetched, a caller gets 503 (retry later), not a refusal of a
 * token that may well be good; once the provider answers again, the same hub accepts its tokens, unrestarted.
 */
const ISSUER = 'https://idp.example/realms/hub';
const AUDIENCE = 'hub-api';
let hub: TestHub;
let jwksPort: number;
let jwksServer: http.Server | undefined;
let jwksRequests = 0;
let sign: (claims: Record<string, unknown>, audience?: string) => Promise<string>;
let publishedJwks: object;

beforeAll(async () => {
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  publishedJwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'idp-2026', alg: 'ES256', use: 'sig' }] };
  sign = (claims, audience = AUDIENCE) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid: 'idp-2026' })
      .setSubject(`idp-user-${Math.random().toString(36).slice(2)}`)
      .setIssuer(ISSUER)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(privateKey);
  // The port the provider will answer on; nothing listens there until the test starts it.
  jwksPort = await freePort();
  hub = await startTestHub({
    AUTH_JWKS_URL: `http://127.0.0.1:${jwksPort}/protocol/openid-connect/certs`,
    AUTH_ISSUER: ISSUER,
    AUTH_AUDIENCE: AUDIENCE,
  });
});
afterAll(async () => {
  await hub?.stop();
  await new Promise((resolve) => (jwksServer ? jwksServer.close(resolve) : resolve(undefined)));
});

const register = (token: string, url?: string) =>
  hub.request(RegisterOrganisationDocument, { input: { legalName: 'Via IdP AB', organisationNumber: fictitiousOrganisationNumber() } }, { token, url });
const registered = async () => (await hub.request(OrganisationsDocument, { first: 100 })).data!.organisations.nodes.filter((node) => node.legalName === 'Via IdP AB').length;
const firstError = (response: GraphQLResponse<unknown>) => response.errors?.[0];

describe('an identity provider named by its JWKS URL', () => {
  it("while its keys cannot be fetched, the gateway and a subgraph answer 503 (retry later), and nothing is done", async () => {
    const token = await sign({ roles: ['authority'] });
    for (const url of [undefined, hub.hub.subgraphs.accreditation.url]) {
      const response = await register(token, url);
      expect(response.status).toBe(503);
      expect(firstError(response)?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'identity-provider' });
      expect(firstError(response)?.message).toBe("Service unavailable: the identity provider's keys (AUTH_JWKS_URL) could not be fetched; retry later");
    }
    expect(await registered()).toBe(0);
  });

  it('once it answers, its tokens work at the gateway and straight at a subgraph, with no restart', async () => {
    jwksServer = http.createServer((request, response) => {
      jwksRequests += 1;
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(publishedJwks));
    });
    await new Promise<void>((resolve) => jwksServer!.listen(jwksPort, '127.0.0.1', resolve));
    const token = await sign({ roles: ['authority'] });
    const viaGateway = await register(token);
    expect(viaGateway.errors).toBeUndefined();
    const straight = await register(token, hub.hub.subgraphs.accreditation.url);
    expect(straight.errors).toBeUndefined();
    expect(await registered()).toBe(2);
    // The gateway and the accreditation subgraph each read the provider's keys.
    expect(jwksRequests).toBeGreaterThanOrEqual(2);
  });

  it("refuses with 401 and the reason a token from the hub's local issuer, which this hub no longer trusts, and one for another audience", async () => {
    const local = await hub.token({ roles: ['authority'] });
    const response = await register(local);
    expect(response.status).toBe(401);
    expect(firstError(response)?.message).toBe('Authentication refused: no trusted key matches the token (unknown kid)');
    const otherAudience = await sign({ roles: ['authority'] }, 'some-other-api');
    for (const url of [undefined, hub.hub.subgraphs.accreditation.url]) {
      const refused = await register(otherAudience, url);
      expect(refused.status).toBe(401);
      expect(firstError(refused)?.message).toBe('Authentication refused: the token is for another audience');
    }
    expect(await registered()).toBe(2);
  });
});
