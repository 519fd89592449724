import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { escoImportCommand } from '../bin/esco-import';
import { importEsco } from '../services/catalogue/esco/import';
import { EscoOccupationDocument, EscoOccupationsDocument, EscoSkillDocument, EscoSkillsDocument, DraftMicroCredentialDocument } from './generated/graphql';
import { OCCUPATION, SKILL, completeContent, registerOrganisation, uniqueCode } from './support/catalogue';
import { startTestHub, type TestHub } from './support/hub';
import { sharedPath } from './support/shared';

/** The official ESCO v1.1.1 CSV release (English classification and the relations), as the Commission ships it. */
const RELEASE = sharedPath('data', 'esco-v1.1.1');
const HYPERBARIC_WELDING = 'http://data.europa.eu/esco/skill/050dc15e-a41f-4958-bb2c-3fa46c2182be';
const TECHNICAL_DIRECTOR = 'http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34';
const SKILL_HEADER = 'conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description';
const OCCUPATION_HEADER =
  'conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,regulatedProfessionNote,scopeNote,definition,inScheme,description,code';

let hub: TestHub;
let db: DataSource;
let environment: NodeJS.ProcessEnv;
let provider: { id: string };
let providerToken: string;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'esco-test-'));

beforeAll(async () => {
  hub = await startTestHub();
  db = hub.hub.subgraphs.catalogue.db;
  // The command as an operator runs it, pointed at this hub's catalogue database.
  environment = { ...process.env, CATALOGUE_DATABASE_URL: String((db.options as { url: string }).url), DATA_DIR: hub.dataDir };
  delete environment.DATABASE_URL;
  const authority = await hub.token({ roles: ['authority'] });
  provider = await registerOrganisation(hub, authority, 'Sobona');
  providerToken = await hub.token({ roles: ['provider'], organisationId: provider.id });
});
afterAll(async () => {
  await hub?.stop();
  fs.rmSync(scratch, { recursive: true, force: true });
});

async function run(...paths: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await escoImportCommand(paths, environment, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const draftLinking = (uri: string) =>
  hub.request(
    DraftMicroCredentialDocument,
    {
      input: {
        ...completeContent({ learningOutcomes: [{ text: { sv: 'Svetsar under tryck.', en: 'Welds under pressure.' }, escoSkillUris: [uri] }] }),
        providerId: provider.id,
        code: uniqueCode('ESCO'),
      },
    },
    { token: providerToken },
  );

function writeCsv(folder: string, name: string, lines: string[]) {
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, name), `${lines.join('\r\n')}\r\n`);
  return folder;
}

describe('ESCO before any import', () => {
  it('has the built-in skills and occupations the demo data uses, and refuses links to any other', async () => {
    const welding = await hub.request(EscoSkillDocument, { uri: SKILL.weldingTechniques });
    expect(welding.data!.escoSkill).toMatchObject({ preferredLabel: 'welding techniques', skillType: 'KNOWLEDGE', reuseLevel: 'CROSS_SECTOR', languages: ['en'] });
    const picker = await hub.request(EscoSkillsDocument, { search: 'weld' });
    expect(picker.data!.escoSkills.map((skill) => skill.preferredLabel)).toEqual(
      expect.arrayContaining(['welding techniques', 'operate welding equipment', 'apply arc welding techniques']),
    );
    const welder = await hub.request(EscoOccupationDocument, { uri: OCCUPATION.welder });
    expect(welder.data!.escoOccupation.essentialSkills.length).toBeGreaterThan(0);

    const unknown = await hub.request(EscoSkillDocument, { uri: HYPERBARIC_WELDING });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const refused = await draftLinking(HYPERBARIC_WELDING);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'learningOutcomes[0].escoSkillUris[0]' });
  });
});

describe('npm run esco:import', () => {
  it('loads the official release (zips and extracted files, each read once) and reports its counts', async () => {
    const result = await run(RELEASE);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/read .*skills_en\.csv: 13,896 rows/);
    expect(result.out).toMatch(/read .*occupationSkillRelations\.csv: 123,855 rows/);
    expect(result.out).toMatch(/skipped: .*esco-v1\.1\.1-classification-en-csv\.zip!skills_en\.csv/);
    expect(result.out).toMatch(
      /13,896 skills \(labels in en\), 3,007 occupations \(labels in en\), 123,855 occupation-skill relations and 20,656 broader-skill links/,
    );
    expect(result.out).toMatch('This service uses the ESCO classification of the European Commission.');

    const hyperbaric = await hub.request(EscoSkillDocument, { uri: HYPERBARIC_WELDING });
    expect(hyperbaric.data!.escoSkill).toMatchObject({
      preferredLabel: 'weld in hyperbaric conditions',
      skillType: 'SKILL_COMPETENCE',
      reuseLevel: 'OCCUPATION_SPECIFIC',
    });
    expect(hyperbaric.data!.escoSkill.altLabels.length).toBeGreaterThan(0);
    // A picker ranks labels that hold the words before alternative labels that do.
    const picker = await hub.request(EscoSkillsDocument, { search: 'hyperbaric weld', first: 5 });
    expect(picker.data!.escoSkills[0]).toMatchObject({ uri: HYPERBARIC_WELDING, preferredLabel: 'weld in hyperbaric conditions' });
    const director = await hub.request(EscoOccupationDocument, { uri: TECHNICAL_DIRECTOR });
    expect(director.data!.escoOccupation).toMatchObject({ preferredLabel: 'technical director', iscoGroup: '2654', code: '2654.1.7' });
    expect(director.data!.escoOccupation.essentialSkills).toHaveLength(8);
    const linked = await draftLinking(HYPERBARIC_WELDING);
    expect(linked.errors).toBeUndefined();
    expect(linked.data!.draftMicroCredential.learningOutcomes[0].escoSkills).toEqual([{ uri: HYPERBARIC_WELDING, preferredLabel: 'weld in hyperbaric conditions' }]);
  }, 120_000);

  it('changes nothing when the same release is imported again', async () => {
    const [labelsBefore] = await db.query('select count(*)::int as count from esco_skill_label');
    const report = await importEsco(db, [path.join(RELEASE, 'esco-v1.1.1-classification-en-csv.zip'), path.join(RELEASE, 'esco-v1.1.1-relations-csv.zip')]);
    expect(report.totals).toMatchObject({ skills: 13896, occupations: 3007, occupationSkillRelations: 123855, broaderSkillRelations: 20656 });
    const [labelsAfter] = await db.query('select count(*)::int as count from esco_skill_label');
    expect(labelsAfter.count).toBe(labelsBefore.count);
  }, 120_000);

  it('adds a second language as labels of the same concepts, joined on conceptUri', async () => {
    const swedish = writeCsv(path.join(scratch, 'sv'), 'skills_sv.csv', [
      SKILL_HEADER,
      `KnowledgeSkillCompetence,${SKILL.weldingTechniques},knowledge,cross-sector,svetstekniker,"svetsmetoder\nsvetsning",,released,2016-12-20T17:43:43Z,,,,Olika metoder för att svetsa ihop metalldelar.`,
      `KnowledgeSkillCompetence,${SKILL.operateWeldingEquipment},skill/competence,cross-sector,använda svetsutrustning,,,released,,,,,`,
    ]);
    writeCsv(swedish, 'occupations_sv.csv', [OCCUPATION_HEADER, `Occupation,${OCCUPATION.welder},7212,svetsare,,,released,,,,,,Svetsare fogar metall.,7212.1`]);
    const result = await run(swedish);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/13,896 skills \(labels in en, sv\), 3,007 occupations \(labels in en, sv\)/);

    const skill = await hub.request(EscoSkillDocument, { uri: SKILL.weldingTechniques, language: 'sv' });
    expect(skill.data!.escoSkill).toMatchObject({
      languages: ['en', 'sv'],
      preferredLabel: 'svetstekniker',
      altLabels: ['svetsmetoder', 'svetsning'],
      description: 'Olika metoder för att svetsa ihop metalldelar.',
    });
    const english = await hub.request(EscoSkillDocument, { uri: SKILL.weldingTechniques, language: 'en' });
    expect(english.data!.escoSkill.preferredLabel).toBe('welding techniques');
    // A concept without a Swedish label falls back to English.
    const fallback = await hub.request(EscoSkillDocument, { uri: HYPERBARIC_WELDING, language: 'sv' });
    expect(fallback.data!.escoSkill.preferredLabel).toBe('weld in hyperbaric conditions');

    const picker = await hub.request(EscoSkillsDocument, { search: 'svetsutrustning', language: 'sv' });
    expect(picker.data!.escoSkills).toEqual([{ uri: SKILL.operateWeldingEquipment, preferredLabel: 'använda svetsutrustning', skillType: 'SKILL_COMPETENCE' }]);
    const occupations = await hub.request(EscoOccupationsDocument, { search: 'svetsare', language: 'sv' });
    expect(occupations.data!.escoOccupations[0]).toEqual({ uri: OCCUPATION.welder, preferredLabel: 'svetsare' });
  });

  it.each([
    ['a folder without ESCO files', () => path.resolve(__dirname, 'operations'), /is not an ESCO release: it holds none of skills_<language>\.csv/],
    ['a path that does not exist', () => path.join(scratch, 'missing'), /no such file or folder/],
    ['a file that is neither a folder, a zip nor a CSV file', () => path.resolve(__dirname, '..', 'package.json'), /not a folder, a \.zip or a \.csv file/],
    ['a zip that is not a zip', () => writeCsv(path.join(scratch, 'fakezip'), 'esco.zip', ['not a zip']) + '/esco.zip', /not a readable zip file/],
    ['a skills file with other columns', () => writeCsv(path.join(scratch, 'columns'), 'skills_en.csv', ['name,age', 'x,1']), /skills_en\.csv is not an ESCO skills file: it lacks the columns conceptType, conceptUri/],
    [
      'a skills file with a URI outside ESCO',
      () => writeCsv(path.join(scratch, 'uri'), 'skills_en.csv', [SKILL_HEADER, 'KnowledgeSkillCompetence,http://evil.example/skill/1,knowledge,,x,,,,,,,,']),
      /skills_en\.csv, row 1: conceptUri 'http:\/\/evil\.example\/skill\/1' is not an ESCO URI/,
    ],
    [
      'broken CSV quoting',
      () => writeCsv(path.join(scratch, 'quotes'), 'skills_en.csv', [SKILL_HEADER, `KnowledgeSkillCompetence,${SKILL.swedish},knowledge,,"unclosed,,,,,,,,`]),
      /is not a readable CSV file/,
    ],
  ])('refuses %s with a clear message and imports nothing', async (_case, makePath, message) => {
    const [before] = await db.query(`select count(*)::int as labels, (select count(*)::int from esco_import) as imports from esco_skill_label`);
    const result = await run(makePath());
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^Nothing was imported: /);
    expect(result.err).toMatch(message);
    const [after] = await db.query(`select count(*)::int as labels, (select count(*)::int from esco_import) as imports from esco_skill_label`);
    expect(after).toEqual(before);
  });

  it('takes nothing from a release when one of its files is refused', async () => {
    const folder = writeCsv(path.join(scratch, 'half'), 'skills_nb.csv', [SKILL_HEADER, `KnowledgeSkillCompetence,${SKILL.swedish},knowledge,transversal,svensk,,,released,,,,,`]);
    writeCsv(folder, 'occupations_nb.csv', [OCCUPATION_HEADER, `Occupation,not-a-uri,7212,sveiser,,,released,,,,,,,`]);
    const result = await run(folder);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/occupations_nb\.csv, row 1: conceptUri 'not-a-uri'/);
    const skill = await hub.request(EscoSkillDocument, { uri: SKILL.swedish });
    expect(skill.data!.escoSkill.languages).toEqual(['en']);
  });

  it('says how to use it when no path is given', async () => {
    const result = await run();
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/npm run esco:import -- <path>/);
  });
});
