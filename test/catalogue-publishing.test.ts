import {
  MicroCredentialDocument,
  PublishMicroCredentialDocument,
  ReviseMicroCredentialDocument,
  SearchMicroCredentialsDocument,
  UpdateMicroCredentialDraftDocument,
  type MicroCredentialFilter,
} from './generated/graphql';
import { OCCUPATION, SKILL, completeContent, draft, registerOrganisation } from './support/catalogue';
import { startTestHub, type TestHub } from './support/hub';
import { accreditedProvider } from './support/world';

/**
 * The "done when", end to end against the real accreditation subgraph: an authority accredits a
 * provider, and the catalogue asks the accreditation subgraph (accreditationCheck) before publishing.
 */
let hub: TestHub;
let provider: { id: string };
let providerToken: string;
let accreditationId: string;

beforeAll(async () => {
  hub = await startTestHub();
  const world = await accreditedProvider(hub, { provider: 'Sobona', decisionReference: 'MYH 2025/1234', seqfLevels: [4], fields: ['071'] });
  provider = { id: world.provider.id };
  providerToken = world.provider.token;
  accreditationId = world.accreditationId;
});
afterAll(() => hub?.stop());

describe('publishing asks the accreditation subgraph', () => {
  let published: { id: string; entryId: string };

  it('lets a provider accredited for level 4 draft, publish and version an entry linked to ESCO skills', async () => {
    const v1 = await draft(hub, provider.id, completeContent());
    const publish = await hub.request(PublishMicroCredentialDocument, { id: v1.id }, { token: providerToken });
    expect(publish.errors).toBeUndefined();
    expect(publish.data!.publishMicroCredential).toMatchObject({ status: 'PUBLISHED', version: 1, accreditationId });

    const v2 = (await hub.request(ReviseMicroCredentialDocument, { entryId: v1.entryId }, { token: providerToken })).data!.reviseMicroCredential;
    await hub.request(UpdateMicroCredentialDraftDocument, { id: v2.id, input: completeContent({ workloadHours: 48 }) }, { token: providerToken });
    const second = await hub.request(PublishMicroCredentialDocument, { id: v2.id }, { token: providerToken });
    expect(second.data!.publishMicroCredential).toMatchObject({ status: 'PUBLISHED', version: 2, accreditationId });
    const old = await hub.request(MicroCredentialDocument, { id: v1.id });
    expect(old.data!.microCredential).toMatchObject({ status: 'RETIRED', workloadHours: 40, publishedVersion: { id: v2.id } });
    published = v2;
  });

  it('refuses to publish at level 6 without an accreditation for it, with a clear reason, and publishes nothing', async () => {
    const level6 = await draft(hub, provider.id, completeContent({ seqfLevel: 6, title: { sv: 'Fiberteknik för ledare', en: 'Fibre technology for leaders' } }));
    const response = await hub.request(PublishMicroCredentialDocument, { id: level6.id }, { token: providerToken });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ACCREDITED', required: { seqfLevel: 6 } });
    expect(response.errors?.[0].message).toMatch(/not accredited for SeQF level 6/);
    expect(response.errors?.[0].extensions?.accreditationReason).toEqual(expect.any(String));
    const after = await hub.request(MicroCredentialDocument, { id: level6.id }, { token: providerToken });
    expect(after.data!.microCredential.status).toBe('DRAFT');
  });

  it('refuses an organisation that holds no accreditation at all', async () => {
    const authority = await hub.token({ roles: ['authority'] });
    const unaccredited = await registerOrganisation(hub, authority, 'Oackrediterad AB');
    const entry = await draft(hub, unaccredited.id, completeContent());
    const token = await hub.token({ roles: ['provider'], organisationId: unaccredited.id });
    const response = await hub.request(PublishMicroCredentialDocument, { id: entry.id }, { token });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ACCREDITED' });
  });

  it('lets anyone find the published entry by Swedish or English words, level, skill or occupation, with facets', async () => {
    const find = async (search: string | null, filter?: MicroCredentialFilter) => {
      const response = await hub.request(SearchMicroCredentialsDocument, { search, filter });
      expect(response.errors).toBeUndefined();
      return response.data!.microCredentials;
    };
    for (const result of [
      await find('svetsare'),
      await find('welding'),
      await find(null, { seqfLevels: [4] }),
      await find(null, { escoSkill: SKILL.weldingTechniques }),
      await find(null, { escoOccupation: OCCUPATION.welder }),
    ]) {
      expect(result.nodes.map((node) => node.id)).toEqual([published.id]);
      expect(result.facets.providers).toEqual([{ provider: { id: provider.id, legalName: 'Sobona' }, count: 1 }]);
      expect(result.facets.seqfLevels).toEqual([{ seqfLevel: 4, eqfLevel: 4, count: 1 }]);
    }
  });
});
