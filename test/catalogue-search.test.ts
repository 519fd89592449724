import {
  EscoOccupationDocument,
  EscoSkillDocument,
  PublishMicroCredentialDocument,
  SearchMicroCredentialsDocument,
  type MicroCredentialContentInput,
  type MicroCredentialFilter,
} from './generated/graphql';
import { installAccreditationDouble } from './support/accreditation-double';
import { OCCUPATION, SKILL, completeContent, draft, registerOrganisation } from './support/catalogue';
import { startTestHub, type TestHub } from './support/hub';

let hub: TestHub;
let double: ReturnType<typeof installAccreditationDouble>;
const providers: Record<string, { id: string }> = {};
const entries: Record<string, { id: string; entryId: string }> = {};

/** The pilots' entries (DOMAIN.md), published through the graph by their providers. */
const CORPUS: Array<{ key: string; provider: string; content: Partial<MicroCredentialContentInput> }> = [
  {
    key: 'jeans',
    provider: 'Nordiska Textilakademin',
    content: {
      title: { sv: 'Reparationssömnad jeans', en: 'Repair sewing of jeans' },
      description: { sv: 'Laga och förlänga livet på jeans med maskin och för hand.', en: 'Mend jeans by machine and by hand to make them last.' },
      learningOutcomes: [{ text: { sv: 'Lagar slitna plagg.', en: 'Mends worn garments.' }, escoSkillUris: [SKILL.sewTextileArticles] }],
      seqfLevel: 3,
      field: '072',
      workloadHours: 24,
      participationForm: 'BLENDED',
      credentialType: 'NON_FORMAL',
      qualityAssuranceType: 'PROVIDER_OWN',
    },
  },
  {
    key: 'welding',
    provider: 'Sobona',
    content: {
      title: { sv: 'Svetsning för beredskap i fibernät', en: 'Welding on standby for fibre networks' },
      seqfLevel: 4,
      field: '071',
      workloadHours: 40,
      participationForm: 'ON_SITE',
      qualityAssuranceType: 'INDUSTRY_VALIDATION',
    },
  },
  {
    key: 'hydropower',
    provider: 'Skellefteå Kraft',
    content: {
      title: { sv: 'Drift av vattenkraftstation', en: 'Operating a hydropower station' },
      description: { sv: 'Övervakning av generatorer och säkerhet i stationen.', en: 'Monitoring generators and safety in the station.' },
      learningOutcomes: [
        { text: { sv: 'Övervakar generatorer.', en: 'Monitors generators.' }, escoSkillUris: [SKILL.monitorGenerators, SKILL.hydroelectricity] },
      ],
      seqfLevel: 5,
      field: '071',
      workloadHours: 80,
      participationForm: 'ON_SITE',
      qualityAssuranceType: 'PROVIDER_OWN',
      credentialType: 'NON_FORMAL',
    },
  },
  {
    key: 'care',
    provider: 'Skellefteå kommun',
    content: {
      title: { sv: 'Yrkessvenska för vård och omsorg', en: 'Vocational Swedish for health and social care' },
      description: { sv: 'Svenska i vardagen på arbetsplatsen inom äldreomsorgen.', en: 'Swedish for everyday work in elderly care.' },
      learningOutcomes: [
        { text: { sv: 'Skriver korta rapporter på svenska.', en: 'Writes short reports in Swedish.' }, escoSkillUris: [SKILL.writeSwedish] },
        { text: { sv: 'Ger grundläggande stöd till brukare.', en: 'Gives basic support to patients.' }, escoSkillUris: [SKILL.supportPatients] },
      ],
      seqfLevel: 3,
      field: '023',
      workloadHours: 60,
      participationForm: 'ONLINE',
      qualityAssuranceType: 'PROVIDER_OWN',
      credentialType: 'NON_FORMAL',
    },
  },
  {
    key: 'retail',
    provider: 'Handelsrådet',
    content: {
      title: { sv: 'Värdering av begagnade textilier i handeln', en: 'Valuing second-hand textiles in retail' },
      description: { sv: 'Bedöma skick och pris på begagnade kläder.', en: 'Judge the condition and price of second-hand clothes.' },
      learningOutcomes: [
        { text: { sv: 'Vägleder kunder vid köp.', en: 'Guides customers when they buy.' }, escoSkillUris: [SKILL.customerGuidance] },
      ],
      seqfLevel: 4,
      field: '041',
      workloadHours: 16,
      participationForm: 'ONLINE',
      qualityAssuranceType: 'INDUSTRY_VALIDATION',
      credentialType: 'INDUSTRY_VALIDATION',
    },
  },
  {
    // Mentions welding only in its description: a title match must rank above it.
    key: 'safety',
    provider: 'Sobona',
    content: {
      title: { sv: 'Heta arbeten', en: 'Hot work' },
      description: { sv: 'Brandskydd vid svetsning, skärning och lödning.', en: 'Fire safety when welding, cutting and soldering.' },
      seqfLevel: 2,
      field: '103',
      workloadHours: 8,
      participationForm: 'ON_SITE',
      qualityAssuranceType: 'EXTERNAL_CERTIFICATION',
      learningOutcomes: [{ text: { sv: 'Arbetar säkert med heta arbeten.', en: 'Works safely with hot work.' }, escoSkillUris: [SKILL.protectiveGear] }],
    },
  },
];

beforeAll(async () => {
  hub = await startTestHub();
  double = installAccreditationDouble();
  const authority = await hub.token({ roles: ['authority'] });
  for (const { key, provider, content } of CORPUS) {
    providers[provider] ??= await registerOrganisation(hub, authority, provider);
    const organisation = providers[provider];
    double.accredit(organisation.id, { seqfLevels: [1, 2, 3, 4, 5], fields: ['00', '01', '02', '03', '04', '05', '06', '07', '08', '09', '10'], credentialTypes: ['NON_FORMAL', 'INDUSTRY_VALIDATION'] });
    const created = await draft(hub, organisation.id, completeContent(content));
    const token = await hub.token({ roles: ['provider'], organisationId: organisation.id });
    const published = await hub.request(PublishMicroCredentialDocument, { id: created.id }, { token });
    if (published.errors) throw new Error(JSON.stringify(published.errors));
    entries[key] = created;
  }
  // A draft, which no public search may show.
  await draft(hub, providers.Sobona.id, completeContent({ title: { sv: 'Svetsning i utkast', en: 'Draft welding' } }));
});
afterAll(async () => {
  double?.restore();
  await hub?.stop();
});

async function search(searchText: string | null, filter?: MicroCredentialFilter, first = 20) {
  const response = await hub.request(SearchMicroCredentialsDocument, { search: searchText, filter, first });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!.microCredentials;
}
const keysOf = (result: Awaited<ReturnType<typeof search>>) =>
  result.nodes.map((node) => Object.entries(entries).find(([, entry]) => entry.id === node.id)?.[0] ?? node.title.sv);

describe('anyone searches the catalogue in Swedish and English, without a token', () => {
  it.each([
    ['svetsare', 'welding', 'the stem of "svetsare" finds "svetsning"'],
    ['sömnad', 'jeans', 'a part of a compound finds it: "sömnad" in "reparationssömnad"'],
    ['reparationssomnad', 'jeans', 'without the diacritics a Swedish keyboard would give'],
    ['kraft', 'hydropower', '"kraft" finds "vattenkraftstation"'],
    ['welding', 'welding', 'English words find English text'],
    ['generators', 'hydropower', 'English learning outcomes are searched too'],
    ['Vård omsorg', 'care', 'several words must all match'],
  ])('"%s" finds the %s entry (%s)', async (words, key) => {
    expect(keysOf(await search(words))).toContain(key);
  });

  it('ranks an entry whose title matches above one that only mentions the word', async () => {
    const result = await search('svetsning');
    expect(keysOf(result)).toEqual(['welding', 'safety']);
  });

  it('finds entries through the labels of the ESCO skills they are linked to', async () => {
    expect(keysOf(await search('hydroelectricity'))).toEqual(['hydropower']);
  });

  it('never shows drafts, and shows each entry once', async () => {
    const result = await search('svetsning');
    expect(result.nodes.map((node) => node.status)).toEqual(['PUBLISHED', 'PUBLISHED']);
    expect(result.totalCount).toBe(2);
  });

  it('treats anything that is not a word as a separator, never as query syntax', async () => {
    for (const hostile of ["'; drop table micro_credential; --", 'svets:* | !', '<script>', 'a & b', "o'brien"]) {
      const response = await hub.request(SearchMicroCredentialsDocument, { search: hostile });
      expect(response.errors).toBeUndefined();
    }
    const punctuationOnly = await hub.request(SearchMicroCredentialsDocument, { search: '!!! ???' });
    expect(punctuationOnly.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
    const tooLong = await hub.request(SearchMicroCredentialsDocument, { search: 'svets '.repeat(50) });
    expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
  });
});

describe('filters and facets', () => {
  it('filters by SeQF or EQF level', async () => {
    expect(keysOf(await search(null, { seqfLevels: [3] })).sort()).toEqual(['care', 'jeans']);
    expect(keysOf(await search(null, { eqfLevels: [5] }))).toEqual(['hydropower']);
    const bad = await hub.request(SearchMicroCredentialsDocument, { filter: { seqfLevels: [9] } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.seqfLevels' });
  });

  it('filters by an ESCO skill, including its narrower skills', async () => {
    // "sew textile-based articles" is narrower than "sew pieces of fabric" in ESCO.
    expect(keysOf(await search(null, { escoSkill: SKILL.sewPiecesOfFabric }))).toEqual(['jeans']);
    expect(keysOf(await search(null, { escoSkill: SKILL.sewTextileArticles }))).toEqual(['jeans']);
    expect(keysOf(await search(null, { escoSkill: SKILL.swedish }))).toEqual(['care']);
    expect(keysOf(await search(null, { escoSkill: SKILL.alterWearingApparel }))).toEqual([]);
  });

  it('filters by an ESCO occupation: entries teaching a skill essential to it', async () => {
    expect(keysOf(await search(null, { escoOccupation: OCCUPATION.welder })).sort()).toEqual(['safety', 'welding']);
    expect(keysOf(await search(null, { escoOccupation: OCCUPATION.hydroelectricPlantOperator })).sort()).toEqual(['hydropower', 'safety', 'welding']);
    expect(keysOf(await search('svetsning', { escoOccupation: OCCUPATION.healthcareAssistant }))).toEqual([]);
  });

  it('filters by provider, field (a broad field covers its narrow fields), workload, form of participation and quality assurance', async () => {
    expect(keysOf(await search(null, { providerIds: [providers.Sobona.id] })).sort()).toEqual(['safety', 'welding']);
    expect(keysOf(await search(null, { fields: ['07'] })).sort()).toEqual(['hydropower', 'jeans', 'welding']);
    expect(keysOf(await search(null, { fields: ['071'] })).sort()).toEqual(['hydropower', 'welding']);
    expect(keysOf(await search(null, { workloadHours: { min: 20, max: 60 } })).sort()).toEqual(['care', 'jeans', 'welding']);
    expect(keysOf(await search(null, { participationForms: ['ONLINE'] })).sort()).toEqual(['care', 'retail']);
    expect(keysOf(await search(null, { qualityAssuranceTypes: ['INDUSTRY_VALIDATION'] })).sort()).toEqual(['retail', 'welding']);
    expect(keysOf(await search('textil', { credentialTypes: ['INDUSTRY_VALIDATION'] }))).toEqual(['retail']);
    const bad = await hub.request(SearchMicroCredentialsDocument, { filter: { fields: ['0715x'] } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.fields' });
  });

  it('counts the whole result per level, field and provider (with the provider from the accreditation subgraph)', async () => {
    const result = await search(null, { fields: ['07', '10'] }, 1);
    expect(result.totalCount).toBe(4);
    expect(result.nodes).toHaveLength(1);
    expect(result.facets.seqfLevels).toEqual([
      { seqfLevel: 2, eqfLevel: 2, count: 1 },
      { seqfLevel: 3, eqfLevel: 3, count: 1 },
      { seqfLevel: 4, eqfLevel: 4, count: 1 },
      { seqfLevel: 5, eqfLevel: 5, count: 1 },
    ]);
    expect(result.facets.fields).toEqual([
      { code: '071', name: 'Engineering and engineering trades', count: 2 },
      { code: '072', name: 'Manufacturing and processing', count: 1 },
      { code: '103', name: 'Security services', count: 1 },
    ]);
    expect(result.facets.providers).toEqual([
      { provider: { id: providers.Sobona.id, legalName: 'Sobona' }, count: 2 },
      ...[
        { provider: { id: providers['Nordiska Textilakademin'].id, legalName: 'Nordiska Textilakademin' }, count: 1 },
        { provider: { id: providers['Skellefteå Kraft'].id, legalName: 'Skellefteå Kraft' }, count: 1 },
      ].sort((a, b) => a.provider.id.localeCompare(b.provider.id)),
    ]);
    const none = await search('ingenting sådant finns');
    expect(none).toMatchObject({ totalCount: 0, nodes: [], facets: { seqfLevels: [], fields: [], providers: [] } });
  });

  it('pages with a cursor, in rank order for a search and title order without', async () => {
    for (const words of [null, 'svetsning']) {
      const seen: string[] = [];
      let after: string | null | undefined = undefined;
      for (let page = 0; page < 10; page += 1) {
        const response = await hub.request(SearchMicroCredentialsDocument, { search: words, first: 1, after });
        const result: Awaited<ReturnType<typeof search>> = response.data!.microCredentials;
        seen.push(...result.nodes.map((node) => node.id));
        if (!result.pageInfo.hasNextPage) break;
        after = result.pageInfo.endCursor;
      }
      const all = await search(words, undefined, 100);
      expect(seen).toEqual(all.nodes.map((node) => node.id));
    }
    const noSearch = await search(null, undefined, 100);
    const titles = noSearch.nodes.map((node) => node.title.sv!.toLowerCase());
    expect(titles).toEqual([...titles].sort());
    const forged = await hub.request(SearchMicroCredentialsDocument, { after: Buffer.from('["rank","1 or 1=1","x"]').toString('base64url') });
    expect(forged.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('costs the catalogue two statements for a page with its total and facets, however many results', async () => {
    const before = hub.statements().catalogue;
    await search(null, undefined, 2);
    const few = hub.statements().catalogue - before;
    const middle = hub.statements().catalogue;
    await search(null, undefined, 100);
    const many = hub.statements().catalogue - middle;
    expect(few).toBe(2);
    expect(many).toBe(2);
  });
});

describe('ESCO skills and occupations lead to the entries that teach them', () => {
  it('gives a skill with its narrower skills and the entries that teach it', async () => {
    const response = await hub.request(EscoSkillDocument, { uri: SKILL.sewPiecesOfFabric });
    expect(response.data!.escoSkill).toMatchObject({
      uri: SKILL.sewPiecesOfFabric,
      skillType: 'SKILL_COMPETENCE',
      reuseLevel: 'CROSS_SECTOR',
      preferredLabel: 'sew pieces of fabric',
      microCredentials: { totalCount: 1, nodes: [{ id: entries.jeans.id }] },
    });
    expect(response.data!.escoSkill.narrowerSkills.map((skill) => skill.uri)).toEqual(
      expect.arrayContaining([SKILL.sewTextileArticles, SKILL.alterWearingApparel]),
    );
  });

  it('gives an occupation with its essential skills and the entries that teach one of them', async () => {
    const response = await hub.request(EscoOccupationDocument, { uri: OCCUPATION.welder });
    expect(response.data!.escoOccupation).toMatchObject({ preferredLabel: 'welder', iscoGroup: '7212' });
    expect(response.data!.escoOccupation.essentialSkills.map((skill) => skill.uri)).toContain(SKILL.operateWeldingEquipment);
    expect(response.data!.escoOccupation.microCredentials.totalCount).toBe(2);
  });
});
