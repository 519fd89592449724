import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { hashContent, searchColumns } from '../services/catalogue/content';
import { contentRow, type Content } from '../services/catalogue/content-fields';
import { BUILT_IN_SKILLS } from '../services/catalogue/esco/built-in';

/**
 * Realistic catalogue entries for the benchmark: Swedish and English titles, descriptions and learning
 * outcomes from the pilots' fields (DOMAIN.md), compounds included, linked to the built-in ESCO skills.
 * Deterministic (a seeded generator), so two runs load the same catalogue.
 */

const skill = (label: string) => {
  const found = BUILT_IN_SKILLS.find((each) => each.preferredLabel === label);
  if (!found) throw new Error(`no built-in skill "${label}"`);
  return found.uri;
};

interface Topic {
  sv: string[];
  en: string[];
  /** Words that go into descriptions and outcomes. */
  svWords: string[];
  enWords: string[];
  field: string;
  skills: string[];
  levels: number[];
}

const TOPICS: Topic[] = [
  { sv: ['Svetsning', 'MIG-svetsning', 'Beredskapssvetsning', 'Rörsvetsning'], en: ['Welding', 'MIG welding', 'Standby welding', 'Pipe welding'], svWords: ['svetsfog', 'stålkonstruktion', 'skyddsutrustning', 'svetsaggregat'], enWords: ['weld joint', 'steel structure', 'protective gear', 'welding set'], field: '071', skills: [skill('welding techniques'), skill('operate welding equipment'), skill('apply arc welding techniques')], levels: [2, 3, 4] },
  { sv: ['Reparationssömnad', 'Reparationssömnad jeans', 'Maskinsömnad', 'Lappning och stoppning'], en: ['Repair sewing', 'Repair sewing of jeans', 'Machine sewing', 'Patching and darning'], svWords: ['symaskin', 'tyg', 'söm', 'plagg'], enWords: ['sewing machine', 'fabric', 'seam', 'garment'], field: '072', skills: [skill('sew pieces of fabric'), skill('sew textile-based articles'), skill('alter wearing apparel')], levels: [2, 3] },
  { sv: ['Drift av vattenkraftstation', 'Vattenkraft och dammsäkerhet', 'Kraftverksteknik'], en: ['Operating a hydropower station', 'Hydropower and dam safety', 'Power plant technology'], svWords: ['generator', 'turbin', 'kraftstation', 'elsäkerhet'], enWords: ['generator', 'turbine', 'power station', 'electrical safety'], field: '071', skills: [skill('hydroelectricity'), skill('monitor electric generators'), skill('electrical power safety regulations')], levels: [4, 5, 6] },
  { sv: ['Yrkessvenska för vård och omsorg', 'Omvårdnad i hemtjänsten', 'Äldreomsorg'], en: ['Vocational Swedish for health and social care', 'Care in home help services', 'Elderly care'], svWords: ['brukare', 'omvårdnad', 'dokumentation', 'bemötande'], enWords: ['care recipient', 'nursing care', 'documentation', 'treatment of people'], field: '092', skills: [skill('provide basic support to patients'), skill('tend to elderly people'), skill('write Swedish')], levels: [2, 3, 4] },
  { sv: ['Kundbemötande i butik', 'Värdering av begagnade textilier', 'Butikskommunikation'], en: ['Customer service in shops', 'Valuing second-hand textiles', 'Retail communication'], svWords: ['kund', 'kassa', 'sortiment', 'reklamation'], enWords: ['customer', 'checkout', 'range', 'complaint'], field: '041', skills: [skill('provide customer guidance on product selection'), skill('examine merchandise'), skill('customer service')], levels: [2, 3, 4] },
  { sv: ['Fiberoptik och fibernät', 'Skarvning av fiberkabel', 'Fiberinstallation'], en: ['Fibre optics and fibre networks', 'Splicing fibre cable', 'Fibre installation'], svWords: ['fiberkabel', 'skarv', 'nätverk', 'mätning'], enWords: ['fibre cable', 'splice', 'network', 'measurement'], field: '071', skills: [skill('fibre optics')], levels: [3, 4, 5] },
  { sv: ['Underhåll av vatten och avlopp', 'Ledningsnät för dricksvatten', 'Reningsverk i drift'], en: ['Maintaining water and sewage', 'Drinking water networks', 'Running a treatment plant'], svWords: ['ledning', 'pump', 'avloppsvatten', 'läcksökning'], enWords: ['pipeline', 'pump', 'wastewater', 'leak detection'], field: '052', skills: [skill('maintain water treatment equipment'), skill('repair pipelines'), skill('inspect pipelines')], levels: [3, 4, 5] },
  { sv: ['Textilåtervinning', 'Sortering av textilier för återbruk', 'Cirkulär textil'], en: ['Textile recycling', 'Sorting textiles for reuse', 'Circular textiles'], svWords: ['återbruk', 'sortering', 'fiber', 'material'], enWords: ['reuse', 'sorting', 'fibre', 'material'], field: '072', skills: [skill('operate recycling processing equipment'), skill('properties of fabrics')], levels: [2, 3, 4] },
  { sv: ['Svenska för arbetslivet', 'Skriftlig kommunikation på svenska', 'Muntlig svenska i yrket'], en: ['Swedish for working life', 'Written communication in Swedish', 'Spoken Swedish at work'], svWords: ['samtal', 'rapport', 'ordförråd', 'uttal'], enWords: ['conversation', 'report', 'vocabulary', 'pronunciation'], field: '023', skills: [skill('Swedish'), skill('write Swedish'), skill('understand spoken Swedish'), skill('interact verbally in Swedish')], levels: [1, 2, 3] },
  { sv: ['Hygien i vården', 'Basala hygienrutiner', 'Smittskydd på arbetsplatsen'], en: ['Hygiene in care', 'Basic hygiene routines', 'Infection control at work'], svWords: ['handhygien', 'smitta', 'rutin', 'skyddsklädsel'], enWords: ['hand hygiene', 'infection', 'routine', 'protective clothing'], field: '091', skills: [skill('hygiene in a health care setting'), skill('work under supervision in care')], levels: [2, 3] },
  { sv: ['Arbetsmiljö och säkerhet', 'Heta arbeten', 'Säkerhet på byggarbetsplatsen'], en: ['Work environment and safety', 'Hot work', 'Safety on construction sites'], svWords: ['riskbedömning', 'brandskydd', 'skyddsrond', 'olycka'], enWords: ['risk assessment', 'fire safety', 'safety round', 'accident'], field: '102', skills: [skill('apply health and safety standards'), skill('wear appropriate protective gear'), skill('follow safety precautions in work practices')], levels: [2, 3, 4] },
  { sv: ['Elkraftteknik', 'Elsäkerhet vid arbete', 'Generatorunderhåll'], en: ['Electric power engineering', 'Electrical safety at work', 'Generator maintenance'], svWords: ['spänning', 'ställverk', 'felsökning', 'kopplingsschema'], enWords: ['voltage', 'switchgear', 'troubleshooting', 'wiring diagram'], field: '071', skills: [skill('electrical power safety regulations'), skill('monitor electric generators')], levels: [4, 5, 6] },
];

const PREFIX_SV = ['', 'Grundläggande ', 'Fördjupad ', 'Praktisk ', 'Introduktion till ', 'Avancerad '];
const PREFIX_EN = ['', 'Basic ', 'Advanced ', 'Practical ', 'Introduction to ', 'Expert '];
const SUFFIX_SV = ['', ' för nyanställda', ' i praktiken', ' steg 2', ' för arbetsledare', ' på distans', ' för industrin'];
const SUFFIX_EN = ['', ' for new employees', ' in practice', ' step 2', ' for supervisors', ' remotely', ' for industry'];
const FILLER_SV = ['Kursen ger kunskaper om', 'Deltagaren lär sig', 'Utbildningen omfattar', 'Fokus ligger på', 'Vi går igenom'];
const FILLER_EN = ['The course covers', 'Participants learn', 'The training includes', 'The focus is on', 'We go through'];
const FORMS = ['ONLINE', 'ON_SITE', 'BLENDED'] as const;
const ASSURANCE = ['NATIONAL', 'INDUSTRY_VALIDATION', 'EXTERNAL_CERTIFICATION', 'PROVIDER_OWN'] as const;
const CREDENTIAL_TYPES = ['FORMAL', 'NON_FORMAL', 'INDUSTRY_VALIDATION', 'INFORMAL'] as const;
const ASSESSMENTS = ['WRITTEN_EXAM', 'PRACTICAL_DEMONSTRATION', 'PROJECT', 'WORKPLACE_OBSERVATION'] as const;

/** A small seeded generator (mulberry32), so the catalogue is the same on every run. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const TOPIC_COUNT = TOPICS.length;

/** Inserts `count` published entries (numbered from `offset`) for the given providers, in batches. */
export async function loadEntries(db: DataSource, providers: string[], offset: number, count: number): Promise<void> {
  const labelRows: { uri: string; language: string; preferred_label: string }[] = await db.query(
    'select uri, language, preferred_label from esco_skill_label',
  );
  const labelsOf = (uris: string[]) =>
    new Map(uris.map((uri) => [uri, labelRows.filter((row) => row.uri === uri).map((row) => ({ language: row.language, label: row.preferred_label }))]));
  const next = random(42 + offset);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const batchSize = 2000;
  for (let start = 0; start < count; start += batchSize) {
    const entries: object[] = [];
    const versions: object[] = [];
    for (let index = start; index < Math.min(start + batchSize, count); index += 1) {
      const number = offset + index;
      const topic = pick(TOPICS);
      const variant = Math.floor(next() * topic.sv.length);
      const prefix = Math.floor(next() * PREFIX_SV.length);
      const suffix = Math.floor(next() * SUFFIX_SV.length);
      const titleSv = `${PREFIX_SV[prefix]}${prefix ? topic.sv[variant].toLowerCase() : topic.sv[variant]}${SUFFIX_SV[suffix]}`;
      const titleEn = `${PREFIX_EN[prefix]}${prefix ? topic.en[variant].toLowerCase() : topic.en[variant]}${SUFFIX_EN[suffix]}`;
      const words = [pick(topic.svWords), pick(topic.svWords), pick(topic.svWords)];
      const enWords = [pick(topic.enWords), pick(topic.enWords), pick(topic.enWords)];
      const skills = topic.skills.filter(() => next() < 0.7);
      if (skills.length === 0) skills.push(topic.skills[0]);
      const content: Content = {
        titleSv,
        titleEn,
        descriptionStored: {
          sv: `${pick(FILLER_SV)} ${words[0]} och ${words[1]}. ${pick(FILLER_SV)} ${words[2]} i det dagliga arbetet.`,
          en: `${pick(FILLER_EN)} ${enWords[0]} and ${enWords[1]}. ${pick(FILLER_EN)} ${enWords[2]} in daily work.`,
        },
        learningOutcomes: skills.map((uri, position) => ({
          sv: `Kan hantera ${words[position % 3]} självständigt.`,
          en: `Can handle ${enWords[position % 3]} independently.`,
          skills: [uri],
        })),
        skillUris: skills,
        workloadHours: pick([8, 16, 24, 40, 60, 80, 120]),
        ectsCredits: next() < 0.3 ? pick([1.5, 3, 4.5, 7.5]) : null,
        seqfLevel: pick(topic.levels),
        assessmentType: pick(ASSESSMENTS) as Content['assessmentType'],
        assessmentDescriptionStored: null,
        participationForm: pick(FORMS) as Content['participationForm'],
        qualityAssuranceType: pick(ASSURANCE) as Content['qualityAssuranceType'],
        qualityAssuranceDescription: null,
        credentialType: pick(CREDENTIAL_TYPES) as Content['credentialType'],
        supervision: null,
        prerequisitesStored: null,
        field: topic.field,
        language: next() < 0.9 ? 'sv' : 'en',
        stackability: 'STAND_ALONE' as Content['stackability'],
        stackabilityDescription: null,
        furtherInformationStored: null,
        furtherInformationUrl: null,
      };
      const code = `BENCH-${number}`;
      const entryId = randomUUID();
      const providerId = providers[number % providers.length];
      const search = searchColumns(content, code, labelsOf(skills));
      entries.push({ id: entryId, provider_id: providerId, code });
      versions.push({
        entry_id: entryId,
        code,
        provider_id: providerId,
        version: 1,
        status: 'PUBLISHED',
        published_at: new Date().toISOString(),
        ...contentRow(content),
        content_hash: hashContent(content),
        search_sv_text: search.searchSvText,
        search_en_text: search.searchEnText,
        search_words: search.searchWords,
      });
    }
    await db.transaction(async (manager) => {
      await manager.query(
        `insert into catalogue_entry (id, provider_id, code) select id, provider_id, code from json_populate_recordset(null::catalogue_entry, $1::json)`,
        [JSON.stringify(entries)],
      );
      const columns = Object.keys(versions[0]).join(', ');
      await manager.query(`insert into micro_credential (${columns}) select ${columns} from json_populate_recordset(null::micro_credential, $1::json)`, [
        JSON.stringify(versions),
      ]);
    });
  }
}
