import { registerEnumType } from 'type-graphql';

/**
 * Shared vocabularies: the same values in every subgraph that uses them (accreditation scope, catalogue
 * entries, awards, statistics), so that federation sees one enum and one code list.
 */

/** The weight of a credential: how formal its learning and quality assurance are (DOMAIN: never hide it). */
export enum CredentialType {
  FORMAL = 'FORMAL',
  NON_FORMAL = 'NON_FORMAL',
  INDUSTRY_VALIDATION = 'INDUSTRY_VALIDATION',
  INFORMAL = 'INFORMAL',
}
registerEnumType(CredentialType, {
  name: 'CredentialType',
  description: 'Formal education, non-formal training, an industry validation (branschvalidering), or informal learning.',
  valuesConfig: {
    FORMAL: { description: 'Formal education within the national qualifications system.' },
    NON_FORMAL: { description: 'Organised learning outside the formal system (courses, workplace training).' },
    INDUSTRY_VALIDATION: { description: 'An industry validation against an occupational standard (branschvalidering).' },
    INFORMAL: { description: 'Learning from work or life, self-assessed or recognised.' },
  },
});

/**
 * Thematic fields: ISCED-F 2013 (UNESCO), the classification ELM uses. Broad (2 digits) and narrow
 * (3 digits) fields; a scope naming a broad field covers its narrow fields.
 */
export const ISCED_F_FIELDS: Readonly<Record<string, string>> = {
  '00': 'Generic programmes and qualifications',
  '001': 'Basic programmes and qualifications',
  '002': 'Literacy and numeracy',
  '003': 'Personal skills and development',
  '01': 'Education',
  '011': 'Education',
  '02': 'Arts and humanities',
  '021': 'Arts',
  '022': 'Humanities (except languages)',
  '023': 'Languages',
  '03': 'Social sciences, journalism and information',
  '031': 'Social and behavioural sciences',
  '032': 'Journalism and information',
  '04': 'Business, administration and law',
  '041': 'Business and administration',
  '042': 'Law',
  '05': 'Natural sciences, mathematics and statistics',
  '051': 'Biological and related sciences',
  '052': 'Environment',
  '053': 'Physical sciences',
  '054': 'Mathematics and statistics',
  '06': 'Information and Communication Technologies (ICTs)',
  '061': 'Information and Communication Technologies (ICTs)',
  '07': 'Engineering, manufacturing and construction',
  '071': 'Engineering and engineering trades',
  '072': 'Manufacturing and processing',
  '073': 'Architecture and construction',
  '08': 'Agriculture, forestry, fisheries and veterinary',
  '081': 'Agriculture',
  '082': 'Forestry',
  '083': 'Fisheries',
  '084': 'Veterinary',
  '09': 'Health and welfare',
  '091': 'Health',
  '092': 'Welfare',
  '10': 'Services',
  '101': 'Personal services',
  '102': 'Hygiene and occupational health services',
  '103': 'Security services',
  '104': 'Transport services',
};

export const isFieldCode = (code: string): boolean => code in ISCED_F_FIELDS;

/** Whether a scope's field covers a wanted field: the same code, or a broader one that prefixes it. */
export const fieldCovers = (scopeField: string, wanted: string): boolean => wanted.startsWith(scopeField);

/** SeQF levels 1-8 map one-to-one to EQF levels 1-8 (förordning 2015:545). */
export const SEQF_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8] as const;
export const eqfLevelUri = (level: number) => `http://data.europa.eu/snb/eqf/${level}`;

/** The EU vocabulary concepts of the SeQF levels (../shared/data/seqf/SEQF_FACTS.md, from ELM's nqf.xsd). */
export const SEQF_SCHEME_URI = 'http://data.europa.eu/snb/qdr/c_d932c882';
export const SEQF_LEVEL_URIS: Readonly<Record<number, string>> = {
  1: 'http://data.europa.eu/snb/qdr/c_20b8cbc9',
  2: 'http://data.europa.eu/snb/qdr/c_e1f75f79',
  3: 'http://data.europa.eu/snb/qdr/c_4ec9e6c0',
  4: 'http://data.europa.eu/snb/qdr/c_6477e349',
  5: 'http://data.europa.eu/snb/qdr/c_b44f7367',
  6: 'http://data.europa.eu/snb/qdr/c_185bb246',
  7: 'http://data.europa.eu/snb/qdr/c_1ab773a2',
  8: 'http://data.europa.eu/snb/qdr/c_055b6cf8',
};
