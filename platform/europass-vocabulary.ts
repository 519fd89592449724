/**
 * The EU vocabularies the European Learning Model (ELM v3) draws its concepts from, as the hub maps its own
 * codes to them: once here, for the awards' European Digital Credentials and the catalogue's learning
 * opportunities alike. Concept URIs are those of ../shared/standards/elm-v3 (controlled-vocabularies-xsd,
 * the official samples) and of the EU Publications Office authority tables; a code with no EU concept maps
 * to none (the element then goes as text), never to an invented URI.
 */

export interface ElmConcept {
  id: string;
  type: 'Concept';
  inScheme: { id: string; type: 'ConceptScheme' };
  prefLabel?: Record<string, string>;
  notation?: string;
}

export const concept = (id: string, scheme: string, prefLabel?: Record<string, string>, notation?: string): ElmConcept => ({
  id,
  type: 'Concept',
  inScheme: { id: scheme, type: 'ConceptScheme' },
  ...(prefLabel ? { prefLabel } : {}),
  ...(notation ? { notation } : {}),
});

/**
 * How a European Digital Credential names what the verifier checks and ELM has no property for: the catalogue
 * version it was issued against (an identifier of its specification in this scheme) and the credential type
 * (a note beginning with these words). The awards subgraph writes them; the verifier reads them.
 */
export const CATALOGUE_VERSION_SCHEME = 'Mikromeriter catalogue version';
export const CREDENTIAL_TYPE_NOTE = { sv: 'Typ av meriter: ', en: 'Type of credential: ' } as const;

/** The JSON-LD contexts the EDC samples use, in that order. */
export const ELM_CONTEXT = ['https://www.w3.org/2018/credentials/v1', 'http://data.europa.eu/snb/model/context/edc-ap'] as const;

export const SNB = 'http://data.europa.eu/snb';
const AUTHORITY = 'http://publications.europa.eu/resource/authority';

/** EDC application profiles: the SHACL shapes a credential declares it conforms to (credentialSchema). */
export const EDC_GENERIC_SHAPES = `${SNB}/model/ap/edc-generic-full`;
export const EDC_ACCREDITED_SHAPES = `${SNB}/model/ap/edc-accredited`;
export const LOQ_SHAPES = `${SNB}/model/ap/loq-constraints`;

/** Credential profiles (http://data.europa.eu/snb/credential/25831c2). */
const CREDENTIAL_SCHEME = `${SNB}/credential/25831c2`;
export const CREDENTIAL_PROFILE = {
  GENERIC: concept(`${SNB}/credential/e34929035b`, CREDENTIAL_SCHEME, { en: 'Generic' }),
  ACCREDITED: concept(`${SNB}/credential/c_ae121a00`, CREDENTIAL_SCHEME, { en: 'Accredited' }),
};

export const EVIDENCE_TYPE_ACCREDITATION = concept(`${SNB}/evidence-type/c_991b06c6`, `${SNB}/evidence-type/25831c2`, { en: 'Accreditation' });
/** An authority's permission for an organisation to operate (issue), the kind of decision MYH takes. */
export const ACCREDITATION_TYPE_INSTITUTIONAL_LICENSE = concept(`${SNB}/accreditation/003293d2ce`, `${SNB}/accreditation/25831c2`, { en: 'Institutional Licensing' });

export const BASE64 = concept(`${SNB}/encoding/6146cde7dd`, `${SNB}/encoding/25831c2`, { en: 'base64' });
const FILE_TYPE_SCHEME = `${AUTHORITY}/file-type`;
export const FILE_TYPE_SVG = concept(`${FILE_TYPE_SCHEME}/SVG`, FILE_TYPE_SCHEME, { en: 'SVG' }, 'file-type');

/** Languages (EU authority table, ISO 639-2/B codes), from the ISO 639-1 codes the catalogue uses. */
const LANGUAGE_SCHEME = `${AUTHORITY}/language`;
const LANGUAGES: Record<string, { code: string; en: string; sv: string }> = {
  sv: { code: 'SWE', en: 'Swedish', sv: 'svenska' },
  en: { code: 'ENG', en: 'English', sv: 'engelska' },
  fi: { code: 'FIN', en: 'Finnish', sv: 'finska' },
  no: { code: 'NOR', en: 'Norwegian', sv: 'norska' },
  nb: { code: 'NOB', en: 'Norwegian Bokmål', sv: 'norskt bokmål' },
  da: { code: 'DAN', en: 'Danish', sv: 'danska' },
  de: { code: 'DEU', en: 'German', sv: 'tyska' },
  fr: { code: 'FRA', en: 'French', sv: 'franska' },
  es: { code: 'SPA', en: 'Spanish', sv: 'spanska' },
  ar: { code: 'ARA', en: 'Arabic', sv: 'arabiska' },
};
export const language = (iso6391: string): ElmConcept | null => {
  const known = LANGUAGES[iso6391.toLowerCase()];
  return known ? concept(`${LANGUAGE_SCHEME}/${known.code}`, LANGUAGE_SCHEME, { en: known.en, sv: known.sv }, 'language') : null;
};
export const SWEDISH = language('sv')!;
export const ENGLISH = language('en')!;

/** Countries (EU authority table, ISO 3166-1 alpha-3), from the alpha-2 codes organisations carry. */
const COUNTRY_SCHEME = `${AUTHORITY}/country`;
const COUNTRIES: Record<string, { code: string; en: string; sv: string }> = {
  SE: { code: 'SWE', en: 'Sweden', sv: 'Sverige' },
  NO: { code: 'NOR', en: 'Norway', sv: 'Norge' },
  FI: { code: 'FIN', en: 'Finland', sv: 'Finland' },
  DK: { code: 'DNK', en: 'Denmark', sv: 'Danmark' },
};
export const country = (alpha2: string): ElmConcept | null => {
  const known = COUNTRIES[alpha2.toUpperCase()];
  return known ? concept(`${COUNTRY_SCHEME}/${known.code}`, COUNTRY_SCHEME, { en: known.en, sv: known.sv }, 'country') : null;
};
export const countryName = (alpha2: string): { sv: string; en: string } | null => {
  const known = COUNTRIES[alpha2.toUpperCase()];
  return known ? { sv: known.sv, en: known.en } : null;
};

/** Swedish counties (län) as NUTS 2021 level-3 regions, by the county name the hub stores. */
const NUTS_SCHEME = 'http://data.europa.eu/nuts';
const COUNTY_NUTS: Record<string, string> = {
  'Stockholms län': 'SE110',
  'Uppsala län': 'SE121',
  'Södermanlands län': 'SE122',
  'Östergötlands län': 'SE123',
  'Örebro län': 'SE124',
  'Västmanlands län': 'SE125',
  'Jönköpings län': 'SE211',
  'Kronobergs län': 'SE212',
  'Kalmar län': 'SE213',
  'Gotlands län': 'SE214',
  'Blekinge län': 'SE221',
  'Skåne län': 'SE224',
  'Hallands län': 'SE231',
  'Västra Götalands län': 'SE232',
  'Värmlands län': 'SE311',
  'Dalarnas län': 'SE312',
  'Gävleborgs län': 'SE313',
  'Västernorrlands län': 'SE321',
  'Jämtlands län': 'SE322',
  'Västerbottens län': 'SE331',
  'Norrbottens län': 'SE332',
};
export const county = (name: string): ElmConcept | null => {
  const code = COUNTY_NUTS[name];
  return code ? concept(`${NUTS_SCHEME}/code/${code}`, NUTS_SCHEME, { sv: name }, code) : null;
};

export const eqfLevel = (level: number) => concept(`${SNB}/eqf/${level}`, `${SNB}/eqf/25831c2`, { en: `Level ${level}`, sv: `Nivå ${level}` });
/** SeQF levels in the EU's register of national frameworks (the scheme of SEQF_LEVEL_URIS in vocabulary.ts). */
export const seqfLevel = (level: number, uri: string) => concept(uri, `${SNB}/qdr/25831c2`, { sv: `SeQF-nivå ${level}`, en: `SeQF level ${level}` }, String(level));
export const iscedField = (code: string, name?: string) => concept(`${SNB}/isced-f/${code}`, `${SNB}/isced-f/25831c2`, name ? { en: name } : undefined);
export const escoSkill = (uri: string, label?: string | null) =>
  concept(uri, 'http://data.europa.eu/esco/concept-scheme/skills', label ? { en: label } : undefined);

/** ECTS credit points. */
export const ECTS = concept(`${SNB}/education-credit/6fcec5c5af`, `${SNB}/education-credit/25831c2`, { en: 'European Credit Transfer System' });
/** "Short learning programme", the learning opportunity type of a micro-credential. */
export const SHORT_LEARNING_PROGRAMME = concept(`${SNB}/learning-opportunity/74a4a268e8`, `${SNB}/learning-opportunity/25831c2`, { en: 'Short learning programme' });

/** Learning settings: formal and non-formal (the EU list has no informal setting). */
const SETTING_SCHEME = `${SNB}/learning-setting/25831c2`;
export const learningSetting = (credentialType: string): ElmConcept | null =>
  credentialType === 'FORMAL'
    ? concept(`${SNB}/learning-setting/6fd4685715`, SETTING_SCHEME, { en: 'formal learning' })
    : credentialType === 'NON_FORMAL' || credentialType === 'INDUSTRY_VALIDATION'
      ? concept(`${SNB}/learning-setting/e207a81fc7`, SETTING_SCHEME, { en: 'non-formal learning' })
      : null;

/** Modes of learning and assessment (europass-modes.xsd), from the catalogue's form of participation. */
const MODE_SCHEME = `${SNB}/learning-assessment/25831c2`;
const MODES: Record<string, [string, string]> = {
  ONLINE: ['920fbb3cbe', 'Online'],
  ON_SITE: ['9191af2ed9', 'Presential'],
  BLENDED: ['e92d221e4d', 'Blended'],
};
export const mode = (participationForm: string | null | undefined): ElmConcept | null => {
  const known = participationForm ? MODES[participationForm] : undefined;
  return known ? concept(`${SNB}/learning-assessment/${known[0]}`, MODE_SCHEME, { en: known[1] }) : null;
};

/** Assessment types (europass-learning-assessment-types.xsd), where the catalogue's type has one. */
const ASSESSMENT_SCHEME = `${SNB}/assessment/25831c2`;
const ASSESSMENTS: Record<string, [string, string]> = {
  WRITTEN_EXAM: ['6e6cb2cc78', 'written examination'],
  ORAL_EXAM: ['d30284d7df', 'oral examination'],
  PRACTICAL_DEMONSTRATION: ['6a4db9f11d', 'practical assessment'],
  WORKPLACE_OBSERVATION: ['6a4db9f11d', 'practical assessment'],
  PROJECT: ['795dac4096', 'project work'],
  PORTFOLIO: ['4f03b91c0e', 'portfolio'],
};
export const assessmentType = (code: string | null | undefined): ElmConcept | null => {
  const known = code ? ASSESSMENTS[code] : undefined;
  return known ? concept(`${SNB}/assessment/${known[0]}`, ASSESSMENT_SCHEME, { en: known[1] }) : null;
};

/** Supervision and identity verification: the one value of the EU list the hub's codes match exactly. */
export const idVerification = (supervision: string | null | undefined): ElmConcept | null =>
  supervision === 'UNSUPERVISED_NO_ID_CHECK'
    ? concept(`${SNB}/supervision-verification/c598449d64`, `${SNB}/supervision-verification/25831c2`, { en: 'Unsupervised without ID Verification' })
    : null;

/** Hours as an xsd:duration (volume of learning). */
export const hoursDuration = (hours: number) => `PT${Number.isInteger(hours) ? hours : Math.round(hours * 100) / 100}H`;

/** An ELM Note: free text in the languages given (empty languages left out); null when there is none. */
export const note = (id: string, text: { sv?: string | null; en?: string | null }) => {
  const literal = Object.fromEntries(Object.entries(text).filter(([, value]) => value && value.trim())) as Record<string, string>;
  return Object.keys(literal).length ? { id, type: 'Note', noteLiteral: literal } : null;
};

/** A language map with the empty languages left out; null when both are empty. */
export const langMap = (text: { sv?: string | null; en?: string | null }): Record<string, string> | null => {
  const map = Object.fromEntries(Object.entries(text).filter(([, value]) => value && value.trim())) as Record<string, string>;
  return Object.keys(map).length ? map : null;
};
