import {
  DraftMicroCredentialDocument,
  MicroCredentialDocument,
  OrganisationDocument,
  PublishMicroCredentialDocument,
  RetireMicroCredentialDocument,
  ReviseMicroCredentialDocument,
  SearchMicroCredentialsDocument,
  SeqfLevelsDocument,
  UpdateMicroCredentialDraftDocument,
} from './generated/graphql';
import { buildFederatedSchema } from '../platform/subgraph';
import { catalogue } from '../services/catalogue';
import { installAccreditationDouble } from './support/accreditation-double';
import { SKILL, completeContent, draft, registerOrganisation, uniqueCode } from './support/catalogue';
import { startTestHub, type TestHub } from './support/hub';

let hub: TestHub;
let authority: string;
let double: ReturnType<typeof installAccreditationDouble>;
let sobona: { id: string };
let sobonaToken: string;
let other: { id: string };
let otherToken: string;

beforeAll(async () => {
  hub = await startTestHub();
  double = installAccreditationDouble();
  authority = await hub.token({ roles: ['authority'] });
  sobona = await registerOrganisation(hub, authority, 'Sobona');
  sobonaToken = await hub.token({ roles: ['provider'], organisationId: sobona.id });
  other = await registerOrganisation(hub, authority, 'Annan utbildare AB');
  otherToken = await hub.token({ roles: ['provider'], organisationId: other.id });
  double.accredit(sobona.id, { seqfLevels: [2, 3, 4, 5], fields: ['07'], credentialTypes: ['INDUSTRY_VALIDATION', 'NON_FORMAL'] });
});
afterAll(async () => {
  double?.restore();
  await hub?.stop();
});

describe('drafting a catalogue entry', () => {
  it('keeps every element of the Council Recommendation that a provider gives, linked to ESCO skills and EU level URIs', async () => {
    const code = uniqueCode('BSV');
    const created = await draft(hub, sobona.id, completeContent(), code);
    expect(created).toMatchObject({
      code,
      version: 1,
      status: 'DRAFT',
      title: { sv: 'Beredskapssvetsare för fibernät', en: 'Standby welder for fibre networks' },
      workloadHours: 40,
      ectsCredits: 1.5,
      seqfLevel: 4,
      eqfLevel: 4,
      eqfLevelUri: 'http://data.europa.eu/snb/eqf/4',
      seqfLevelUri: 'http://data.europa.eu/snb/qdr/c_6477e349',
      assessmentType: 'PRACTICAL_DEMONSTRATION',
      participationForm: 'ON_SITE',
      qualityAssurance: { type: 'INDUSTRY_VALIDATION', description: { sv: 'Sobonas branschvalidering', en: "Sobona's industry validation" } },
      credentialType: 'INDUSTRY_VALIDATION',
      supervision: 'SUPERVISED_ON_SITE_WITH_ID_CHECK',
      prerequisites: { sv: 'Grundläggande svetsvana', en: 'Basic welding experience' },
      field: '071',
      fieldName: 'Engineering and engineering trades',
      language: 'sv',
      stackability: { kind: 'STAND_ALONE', qualifications: [] },
      furtherInformationUrl: 'https://example.org/beredskapssvetsare',
      publishedAt: null,
      provider: { id: sobona.id, legalName: 'Sobona' },
    });
    expect(created.learningOutcomes[0]).toEqual({
      text: { sv: 'Utför svetsning med rätt utrustning.', en: 'Carries out welding with the right equipment.' },
      escoSkillUris: [SKILL.operateWeldingEquipment, SKILL.weldingTechniques],
      escoSkills: [
        { uri: SKILL.operateWeldingEquipment, preferredLabel: 'operate welding equipment' },
        { uri: SKILL.weldingTechniques, preferredLabel: 'welding techniques' },
      ],
    });
  });

  it('answers a retried draft with the draft it made, and refuses the same code for other content', async () => {
    const code = uniqueCode('RETRY');
    const input = { ...completeContent(), providerId: sobona.id, code };
    const first = await hub.request(DraftMicroCredentialDocument, { input }, { token: sobonaToken });
    const again = await hub.request(DraftMicroCredentialDocument, { input }, { token: sobonaToken });
    expect(again.data!.draftMicroCredential.id).toBe(first.data!.draftMicroCredential.id);
    const changed = await hub.request(DraftMicroCredentialDocument, { input: { ...input, workloadHours: 41 } }, { token: sobonaToken });
    expect(changed.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'code', entryId: first.data!.draftMicroCredential.entryId });
  });

  it.each([
    ['an ESCO skill the hub does not know', { learningOutcomes: [{ text: { sv: 'X' }, escoSkillUris: ['http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000'] }] }, 'learningOutcomes[0].escoSkillUris[0]'],
    ['a field that is not ISCED-F', { field: '999' }, 'field'],
    ['a language that is not ISO 639-1', { language: 'svenska' }, 'language'],
    ['ECTS credits below a tenth', { ectsCredits: 0.05 }, 'ectsCredits'],
    ['no workload', { workloadHours: 0 }, 'workloadHours'],
    ['no title', { title: { sv: '  ', en: '' } }, 'title'],
    ['a javascript: link', { furtherInformationUrl: 'javascript:alert(1)' }, 'furtherInformationUrl'],
    ['SeQF level 0', { seqfLevel: 0 }, 'seqfLevel'],
  ])('refuses %s, naming the field, and stores nothing', async (_case, change, field) => {
    const before = await hub.request(OrganisationDocument, { id: sobona.id }, { token: sobonaToken });
    const response = await hub.request(
      DraftMicroCredentialDocument,
      { input: { ...completeContent(change as never), providerId: sobona.id, code: uniqueCode('BAD') } },
      { token: sobonaToken },
    );
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    const after = await hub.request(OrganisationDocument, { id: sobona.id }, { token: sobonaToken });
    expect(after.data!.organisation.microCredentials!).toHaveLength(before.data!.organisation.microCredentials!.length);
  });

  it('refuses a code with characters outside letters, digits and . _ - /', async () => {
    const response = await hub.request(
      DraftMicroCredentialDocument,
      { input: { ...completeContent(), providerId: sobona.id, code: "x'; drop table micro_credential; --" } },
      { token: sobonaToken },
    );
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
  });
});

describe('who sees and changes a draft', () => {
  let draftId: string;
  beforeAll(async () => {
    draftId = (await draft(hub, sobona.id)).id;
  });

  it('shows a draft to its provider and to authorities, and to nobody else', async () => {
    for (const token of [sobonaToken, authority]) {
      const seen = await hub.request(MicroCredentialDocument, { id: draftId }, { token });
      expect(seen.data?.microCredential.status).toBe('DRAFT');
    }
    const learner = await hub.token({ roles: ['learner'], subject: 'learner-1' });
    for (const token of [undefined, otherToken, learner]) {
      const hidden = await hub.request(MicroCredentialDocument, { id: draftId }, { token });
      expect(hidden.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    }
    const anonymousSearch = await hub.request(SearchMicroCredentialsDocument, { filter: { statuses: ['DRAFT'] } });
    expect(anonymousSearch.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'filter.statuses' });
    const otherSearch = await hub.request(SearchMicroCredentialsDocument, { filter: { statuses: ['DRAFT'] }, first: 100 }, { token: otherToken });
    expect(otherSearch.data!.microCredentials.nodes.map((node) => node.id)).not.toContain(draftId);
    const ownSearch = await hub.request(SearchMicroCredentialsDocument, { filter: { statuses: ['DRAFT'] }, first: 100 }, { token: sobonaToken });
    expect(ownSearch.data!.microCredentials.nodes.map((node) => node.id)).toContain(draftId);
  });

  it("refuses other providers, learners, analysts and anonymous callers every change to a provider's entry", async () => {
    const learner = await hub.token({ roles: ['learner'], subject: 'learner-2' });
    const analyst = await hub.token({ roles: ['analyst'] });
    const entryId = (await hub.request(MicroCredentialDocument, { id: draftId }, { token: sobonaToken })).data!.microCredential.entryId;
    for (const token of [otherToken, learner, analyst, undefined]) {
      const expected = token ? 'FORBIDDEN' : 'UNAUTHENTICATED';
      const update = await hub.request(UpdateMicroCredentialDraftDocument, { id: draftId, input: completeContent({ workloadHours: 1 }) }, { token });
      expect(update.errors?.[0].extensions?.code).toBe(expected);
      const publish = await hub.request(PublishMicroCredentialDocument, { id: draftId }, { token });
      expect(publish.errors?.[0].extensions?.code).toBe(expected);
      const revise = await hub.request(ReviseMicroCredentialDocument, { entryId }, { token });
      expect(revise.errors?.[0].extensions?.code).toBe(expected);
      const retire = await hub.request(RetireMicroCredentialDocument, { entryId }, { token });
      expect(retire.errors?.[0].extensions?.code).toBe(expected);
      const forOther = await hub.request(
        DraftMicroCredentialDocument,
        { input: { ...completeContent(), providerId: sobona.id, code: uniqueCode('NOT-MINE') } },
        { token },
      );
      expect(forOther.errors?.[0].extensions?.code).toBe(expected);
    }
    const unchanged = await hub.request(MicroCredentialDocument, { id: draftId }, { token: sobonaToken });
    expect(unchanged.data!.microCredential.workloadHours).toBe(40);
    // The refusal says who may, without saying whether the entry exists.
    const unknown = await hub.request(PublishMicroCredentialDocument, { id: '00000000-0000-4000-8000-000000000000' }, { token: otherToken });
    const known = await hub.request(PublishMicroCredentialDocument, { id: draftId }, { token: otherToken });
    expect(unknown.errors?.[0].message).toBe(known.errors?.[0].message);
  });

  it('lets its provider replace the content of a draft', async () => {
    const changed = await hub.request(
      UpdateMicroCredentialDraftDocument,
      { id: draftId, input: completeContent({ workloadHours: 32, title: { sv: 'Beredskapssvetsning', en: 'Standby welding' } }) },
      { token: sobonaToken },
    );
    expect(changed.data!.updateMicroCredentialDraft).toMatchObject({ id: draftId, workloadHours: 32, title: { sv: 'Beredskapssvetsning' } });
  });
});

describe('publishing, versions and retiring', () => {
  it('refuses to publish an incomplete draft, listing what is missing, without asking for accreditation', async () => {
    const sparse = await draft(hub, sobona.id, { title: { sv: 'Bara en titel' }, seqfLevel: 3 });
    const asked = double.calls.length;
    const response = await hub.request(PublishMicroCredentialDocument, { id: sparse.id }, { token: sobonaToken });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title.en' });
    expect(response.errors?.[0].extensions?.missing).toEqual(
      expect.arrayContaining(['title.en', 'description.sv', 'learningOutcomes', 'workloadHours', 'assessmentType', 'participationForm', 'qualityAssuranceType', 'credentialType', 'field', 'language']),
    );
    expect(double.calls.length).toBe(asked);
  });

  it('publishes with an accreditation check, keeps the published version immutable, and versions the entry', async () => {
    const v1 = await draft(hub, sobona.id, completeContent({ title: { sv: 'Vattenpumpar i drift', en: 'Operating water pumps' } }));
    const asked = double.calls.length;
    const published = await hub.request(PublishMicroCredentialDocument, { id: v1.id }, { token: sobonaToken });
    expect(published.errors).toBeUndefined();
    expect(published.data!.publishMicroCredential).toMatchObject({ id: v1.id, status: 'PUBLISHED', version: 1, accreditationId: 'accreditation-1' });
    // Exactly the agreed service call, about this provider, level, field, credential type and entry, now.
    expect(double.calls.length).toBe(asked + 1);
    const call = double.calls[double.calls.length - 1].variables;
    expect(call).toMatchObject({ organisationId: sobona.id, seqfLevel: 4, field: '071', credentialType: 'INDUSTRY_VALIDATION', microCredentialId: v1.entryId });
    expect(Math.abs(Date.parse(String(call.at)) - Date.now())).toBeLessThan(60_000);

    const again = await hub.request(PublishMicroCredentialDocument, { id: v1.id }, { token: sobonaToken });
    expect(again.data!.publishMicroCredential.publishedAt).toBe(published.data!.publishMicroCredential.publishedAt);
    const edit = await hub.request(UpdateMicroCredentialDraftDocument, { id: v1.id, input: completeContent() }, { token: sobonaToken });
    expect(edit.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'id', status: 'PUBLISHED' });

    const revised = await hub.request(ReviseMicroCredentialDocument, { entryId: v1.entryId }, { token: sobonaToken });
    const v2 = revised.data!.reviseMicroCredential;
    expect(v2).toMatchObject({ entryId: v1.entryId, version: 2, status: 'DRAFT', title: { sv: 'Vattenpumpar i drift' }, workloadHours: 40 });
    const revisedAgain = await hub.request(ReviseMicroCredentialDocument, { entryId: v1.entryId }, { token: sobonaToken });
    expect(revisedAgain.data!.reviseMicroCredential.id).toBe(v2.id);

    // While v2 is a draft, the public sees v1.
    const publicView = await hub.request(MicroCredentialDocument, { entryId: v1.entryId });
    expect(publicView.data!.microCredential).toMatchObject({ id: v1.id, version: 1, status: 'PUBLISHED' });

    await hub.request(
      UpdateMicroCredentialDraftDocument,
      { id: v2.id, input: completeContent({ title: { sv: 'Vattenpumpar i drift och underhåll', en: 'Operating and maintaining water pumps' }, workloadHours: 60 }) },
      { token: sobonaToken },
    );
    const second = await hub.request(PublishMicroCredentialDocument, { id: v2.id }, { token: sobonaToken });
    expect(second.data!.publishMicroCredential).toMatchObject({ status: 'PUBLISHED', version: 2 });

    // v1 is kept exactly as published, for the awards issued against it, and points at its successor.
    const old = await hub.request(MicroCredentialDocument, { id: v1.id });
    expect(old.data!.microCredential).toMatchObject({
      status: 'RETIRED',
      title: { sv: 'Vattenpumpar i drift' },
      workloadHours: 40,
      retiredReason: null,
      publishedVersion: { id: v2.id, version: 2 },
    });
    expect(old.data!.microCredential.versions.map((version) => [version.version, version.status, version.supersededBy?.id ?? null])).toEqual([
      [1, 'RETIRED', v2.id],
      [2, 'PUBLISHED', null],
    ]);
    // Searches show the latest version only.
    const found = await hub.request(SearchMicroCredentialsDocument, { search: 'vattenpumpar' });
    expect(found.data!.microCredentials.nodes.map((node) => [node.id, node.version])).toEqual([[v2.id, 2]]);
  });

  it('refuses to publish outside the accreditation, saying what is missing, and publishes nothing', async () => {
    const level6 = await draft(hub, sobona.id, completeContent({ seqfLevel: 6, title: { sv: 'Avancerad fiberteknik', en: 'Advanced fibre technology' } }));
    const response = await hub.request(PublishMicroCredentialDocument, { id: level6.id }, { token: sobonaToken });
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_ACCREDITED',
      required: { seqfLevel: 6, field: '071', credentialType: 'INDUSTRY_VALIDATION' },
    });
    expect(response.errors?.[0].message).toMatch(/not accredited for SeQF level 6, field 071, credential type INDUSTRY_VALIDATION.*SeQF level 6 is outside/);
    const still = await hub.request(MicroCredentialDocument, { id: level6.id }, { token: sobonaToken });
    expect(still.data!.microCredential.status).toBe('DRAFT');
    const search = await hub.request(SearchMicroCredentialsDocument, { search: 'fiberteknik' });
    expect(search.data!.microCredentials.totalCount).toBe(0);

    const otherField = await draft(hub, sobona.id, completeContent({ field: '091', title: { sv: 'Vård', en: 'Care' } }));
    const refused = await hub.request(PublishMicroCredentialDocument, { id: otherField.id }, { token: sobonaToken });
    expect(refused.errors?.[0].message).toMatch(/field 091/);
  });

  it('retires an entry: out of the catalogue, its versions kept, retiring again changes nothing', async () => {
    const entry = await draft(hub, sobona.id, completeContent({ title: { sv: 'Avloppsspolning', en: 'Sewer flushing' } }));
    await hub.request(PublishMicroCredentialDocument, { id: entry.id }, { token: sobonaToken });
    expect((await hub.request(SearchMicroCredentialsDocument, { search: 'avloppsspolning' })).data!.microCredentials.totalCount).toBe(1);
    const retired = await hub.request(RetireMicroCredentialDocument, { entryId: entry.entryId, reason: 'Ersatt av ny utbildning' }, { token: sobonaToken });
    expect(retired.data!.retireMicroCredential).toMatchObject({ id: entry.id, status: 'RETIRED', retiredReason: 'Ersatt av ny utbildning' });
    const again = await hub.request(RetireMicroCredentialDocument, { entryId: entry.entryId }, { token: sobonaToken });
    expect(again.data!.retireMicroCredential.retiredAt).toBe(retired.data!.retireMicroCredential.retiredAt);
    expect((await hub.request(SearchMicroCredentialsDocument, { search: 'avloppsspolning' })).data!.microCredentials.totalCount).toBe(0);
    const withdrawn = await hub.request(SearchMicroCredentialsDocument, { search: 'avloppsspolning', filter: { statuses: ['RETIRED'] } });
    expect(withdrawn.data!.microCredentials.nodes.map((node) => node.id)).toEqual([entry.id]);
    const byEntry = await hub.request(MicroCredentialDocument, { entryId: entry.entryId });
    expect(byEntry.data!.microCredential).toMatchObject({ id: entry.id, status: 'RETIRED' });
  });

  it('lets an authority retire an entry, but not publish one', async () => {
    const entry = await draft(hub, sobona.id, completeContent({ title: { sv: 'Skarvning', en: 'Splicing' } }));
    const publish = await hub.request(PublishMicroCredentialDocument, { id: entry.id }, { token: authority });
    expect(publish.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await hub.request(PublishMicroCredentialDocument, { id: entry.id }, { token: sobonaToken });
    const retired = await hub.request(RetireMicroCredentialDocument, { entryId: entry.entryId, reason: 'Beslut av MYH' }, { token: authority });
    expect(retired.data!.retireMicroCredential.status).toBe('RETIRED');
  });
});

describe('the access policy', () => {
  it('has a rule for every catalogue query and mutation, and for every entity the catalogue resolves', async () => {
    const schema = await buildFederatedSchema(catalogue);
    const operations = [
      ...Object.keys(schema.getQueryType()!.getFields()).map((field) => `Query.${field}`),
      ...Object.keys(schema.getMutationType()!.getFields()).map((field) => `Mutation.${field}`),
    ].filter((key) => !key.startsWith('Query._'));
    expect(operations.length).toBeGreaterThan(15);
    for (const key of operations) expect(Object.keys(catalogue.accessRules)).toContain(key);
    for (const entity of ['MicroCredential', 'Qualification', 'EscoSkill', 'EscoOccupation', 'Organisation']) {
      expect(Object.keys(catalogue.accessRules)).toContain(`${entity}.@reference`);
    }
  });
});

describe('reference data', () => {
  it('gives SeQF levels 1-8 with their EQF levels and EU URIs, and the ISCED-F fields', async () => {
    const response = await hub.request(SeqfLevelsDocument, {});
    expect(response.data!.seqfLevels).toHaveLength(8);
    expect(response.data!.seqfLevels[3]).toEqual({
      level: 4,
      eqfLevel: 4,
      uri: 'http://data.europa.eu/snb/qdr/c_6477e349',
      eqfLevelUri: 'http://data.europa.eu/snb/eqf/4',
      schemeUri: 'http://data.europa.eu/snb/qdr/c_d932c882',
    });
    expect(response.data!.thematicFields).toContainEqual({ code: '071', name: 'Engineering and engineering trades', broadField: '07' });
  });
});
