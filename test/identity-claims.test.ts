import fs from 'node:fs';
import path from 'node:path';
import { SignJWT, importJWK } from 'jose';
import { readConfig } from '../platform/config';
import { DraftMicroCredentialDocument, RegisterOrganisationDocument } from './generated/graphql';
import { completeContent, uniqueCode } from './support/catalogue';
import { fictitiousOrganisationNumber, startTestHub, type TestHub } from './support/hub';

/**
 * A real identity provider's own claim names: roles as groups under realm_access.roles, mapped to hub roles,
 * and the organisation under a URL-named claim. The gateway and each subgraph read them the same way.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({
    AUTH_ROLES_CLAIM: 'realm_access.roles',
    AUTH_ORGANISATION_CLAIM: 'https://idp.example/organisation',
    AUTH_ROLE_MAP: 'myh-handlaggare=authority,utbildare=provider',
  });
});
afterAll(() => hub?.stop());

async function providerToken(claims: Record<string, unknown>) {
  const jwk = JSON.parse(fs.readFileSync(path.join(hub.dataDir, 'identity', 'local-issuer.private.jwk'), 'utf8'));
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'EdDSA', kid: jwk.kid })
    .setSubject(`idp-user-${Math.random().toString(36).slice(2)}`)
    .setIssuer('mikromeriter-local')
    .setAudience('mikromeriter-hub')
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(await importJWK(jwk, 'EdDSA'));
}

const registerWith = (token: string, url?: string) =>
  hub.request(RegisterOrganisationDocument, { input: { legalName: 'Claims AB', organisationNumber: fictitiousOrganisationNumber() } }, { token, url });

describe('configurable claim names', () => {
  it("maps the provider's groups to hub roles and reads the organisation from its claim, at the gateway and at a subgraph", async () => {
    const authority = await providerToken({ realm_access: { roles: ['myh-handlaggare', 'offline_access'] } });
    const registered = await registerWith(authority);
    expect(registered.errors).toBeUndefined();
    const organisationId = registered.data!.registerOrganisation.id;
    expect((await registerWith(authority, hub.hub.subgraphs.accreditation.url)).errors).toBeUndefined();

    const provider = await providerToken({ realm_access: { roles: ['utbildare'] }, 'https://idp.example/organisation': organisationId });
    const drafted = await hub.request(
      DraftMicroCredentialDocument,
      { input: { ...completeContent(), providerId: organisationId, code: uniqueCode('CLAIMS') } },
      { token: provider },
    );
    expect(drafted.errors).toBeUndefined();
  });

  it('ignores the default claim names and unmapped values once configured', async () => {
    const oldStyle = await providerToken({ roles: ['authority'], realm_access: { roles: ['authority', 'offline_access'] } });
    const response = await registerWith(oldStyle);
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a provider token without the configured organisation claim, naming the claim', async () => {
    const response = await registerWith(await providerToken({ realm_access: { roles: ['utbildare'] }, org: 'anything' }));
    expect(response.status).toBe(401);
    expect(response.errors?.[0].message).toMatch(/claim "https:\/\/idp\.example\/organisation"/);
  });

  it('refuses a role map that names no hub role, at start-up', () => {
    expect(() => readConfig({ AUTH_ROLE_MAP: 'admins=superuser' })).toThrow(/AUTH_ROLE_MAP: "admins=superuser" is not value=role/);
    expect(() => readConfig({ AUTH_ROLE_MAP: 'internal=service' })).toThrow(/AUTH_ROLE_MAP/);
  });
});
