import { registerIssuer } from './support/accreditation';
import { startTestHub, type TestHub } from './support/hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

const gatewayBase = () => hub.gatewayUrl.replace(/\/graphql$/, '');

describe('plain-HTTP documents under the hub public address', () => {
  it('serves the issuer JWKS, DID document and registry through the gateway, as the owning subgraph does', async () => {
    const organisation = await registerIssuer(hub, 'Dokument AB', 'EDUCATION_PROVIDER');
    const accreditationBase = hub.hub.subgraphs.accreditation.url.replace(/\/graphql$/, '');
    for (const path of [`/issuers/${organisation.id}/jwks.json`, `/issuers/${organisation.id}/did.json`, '/registry.json']) {
      const [viaGateway, direct] = await Promise.all([fetch(`${gatewayBase()}${path}`), fetch(`${accreditationBase}${path}`)]);
      expect(viaGateway.status).toBe(200);
      expect(await viaGateway.json()).toEqual(await direct.json());
      expect(viaGateway.headers.get('cache-control')).toMatch(/max-age=\d+/);
      const etag = viaGateway.headers.get('etag');
      expect(etag).toBeTruthy();
      const again = await fetch(`${gatewayBase()}${path}`, { headers: { 'if-none-match': etag! } });
      expect(again.status).toBe(304);
    }
  });

  it('answers 404 for an unknown issuer and does not forward other paths', async () => {
    expect((await fetch(`${gatewayBase()}/issuers/00000000-0000-4000-8000-000000000000/jwks.json`)).status).toBe(404);
    expect((await fetch(`${gatewayBase()}/issuers-and-more`)).status).toBe(404);
  });
});
