import { CONTENT_FIELDS, type ContentFieldName } from '../services/catalogue/content-fields';
import { MicroCredential } from '../services/catalogue/micro-credential';
import { GrantAccreditationDocument, PublishMicroCredentialDocument, ReviseMicroCredentialDocument } from './generated/graphql';
import { authorityToken, daysFromNow, providerToken, registerIssuer } from './support/accreditation';
import { completeContent, draft } from './support/catalogue';
import { startTestHub, type TestHub } from './support/hub';

/**
 * A revision starts the next version from the newest one: every content field declared in
 * services/catalogue/content-fields.ts must arrive in it. The list of fields comes from that declaration,
 * so a field added there is checked here without editing this test (only the draft below must fill it).
 */

let hub: TestHub;
let provider: { id: string };
let token: string;

beforeAll(async () => {
  hub = await startTestHub();
  const authority = await registerIssuer(hub, 'Myndigheten för yrkeshögskolan', 'AUTHORITY');
  provider = await registerIssuer(hub, 'Sobona', 'INDUSTRY_BODY');
  token = await providerToken(hub, provider.id);
  const granted = await hub.request(
    GrantAccreditationDocument,
    {
      input: {
        organisationId: provider.id,
        decisionReference: 'MYH 2025/1234',
        seqfLevels: [4],
        fields: ['071'],
        credentialTypes: ['INDUSTRY_VALIDATION'],
        validFrom: daysFromNow(-1),
        validUntil: daysFromNow(365),
      },
    },
    { token: await authorityToken(hub, authority.id) },
  );
  if (granted.errors) throw new Error(JSON.stringify(granted.errors));
});
afterAll(() => hub?.stop());

const isEmpty = (value: unknown) => value === null || value === undefined || (Array.isArray(value) && value.length === 0);

describe('reviseMicroCredential', () => {
  it('copies every declared content field of the published version into the new draft', async () => {
    // Every element filled, so that a field the revision drops cannot hide behind an empty value.
    const v1 = await draft(hub, provider.id, completeContent({ stackabilityDescription: { sv: 'Fristående modul', en: 'A stand-alone module' } }));
    const published = await hub.request(PublishMicroCredentialDocument, { id: v1.id }, { token });
    expect(published.errors).toBeUndefined();

    const revised = await hub.request(ReviseMicroCredentialDocument, { entryId: v1.entryId }, { token });
    expect(revised.errors).toBeUndefined();
    const v2 = revised.data!.reviseMicroCredential;
    expect(v2).toMatchObject({ entryId: v1.entryId, version: 2, status: 'DRAFT', publishedAt: null, accreditationId: null });

    // What a client sees: the same content, in a new version.
    const content = ({ id, version, status, publishedAt, retiredAt, retiredReason, accreditationId, ...rest }: typeof v1) => rest;
    expect(content(v2)).toEqual(content(v1));

    // What is stored: each declared content field, as the catalogue keeps it.
    const versions = hub.hub.subgraphs.catalogue.db.getRepository(MicroCredential);
    const [before, after] = await Promise.all([versions.findOneByOrFail({ id: v1.id }), versions.findOneByOrFail({ id: v2.id })]);
    const names = Object.keys(CONTENT_FIELDS) as ContentFieldName[];
    expect(names.filter((name) => isEmpty(before[name]))).toEqual([]);
    const fields = (version: MicroCredential) => Object.fromEntries(names.map((name) => [name, version[name]]));
    expect(fields(after)).toEqual(fields(before));
    expect(after.contentHash).toBe(before.contentHash);
  });
});
