import { GrantAccreditationDocument, TrustRootDocument } from './generated/graphql';
import { fictitiousOrganisationNumber, startTestHub, type TestHub } from './support/hub';
import { accreditationBaseUrl, authorityToken, daysFromNow, registerIssuer } from './support/accreditation';

/** The root of the trust chain named by configuration, rather than the first authority registered. */
const rootNumber = fictitiousOrganisationNumber();
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ ACCREDITATION_ROOT_ORGANISATION_NUMBER: rootNumber.replace('-', '') });
});
afterAll(() => hub?.stop());

const scope = (organisationId: string, decisionReference: string) => ({
  organisationId,
  decisionReference,
  seqfLevels: [4],
  fields: ['10'],
  credentialTypes: ['NON_FORMAL' as const],
  validFrom: daysFromNow(0),
});

describe('ACCREDITATION_ROOT_ORGANISATION_NUMBER', () => {
  it('makes the named authority the root, whenever it was registered, and no other', async () => {
    const early = await registerIssuer(hub, 'Tidig myndighet', 'AUTHORITY');
    const provider = await registerIssuer(hub, 'Säkerhetsutbildarna AB', 'EDUCATION_PROVIDER');
    expect((await hub.request(TrustRootDocument, {})).data!.trustRoot).toBeNull();

    const refused = await hub.request(GrantAccreditationDocument, { input: scope(provider.id, 'T 1') }, { token: await authorityToken(hub, early.id) });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(refused.errors?.[0].message).toMatch(/no trust root is designated/);

    const root = await registerIssuer(hub, 'Myndigheten för yrkeshögskolan', 'AUTHORITY', { organisationNumber: rootNumber });
    expect(root.isTrustRoot).toBe(true);
    expect((await hub.request(TrustRootDocument, {})).data!.trustRoot).toMatchObject({ id: root.id });
    const stillRefused = await hub.request(GrantAccreditationDocument, { input: scope(provider.id, 'T 2') }, { token: await authorityToken(hub, early.id) });
    expect(stillRefused.errors?.[0].message).toMatch(/Tidig myndighet is neither the trust root \(Myndigheten för yrkeshögskolan\) nor accredited to accredit/);
    const granted = await hub.request(GrantAccreditationDocument, { input: scope(provider.id, 'MYH 1') }, { token: await authorityToken(hub, root.id) });
    expect(granted.errors).toBeUndefined();

    const registry = (await (await fetch(`${accreditationBaseUrl(hub)}/registry.json`)).json()) as { trustRoot: { organisationId: string; designatedBy: string } };
    expect(registry.trustRoot).toMatchObject({ organisationId: root.id, designatedBy: 'configuration' });
  });
});
