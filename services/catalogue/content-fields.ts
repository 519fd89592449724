import type { ColumnOptions, DataSource, EntityManager } from 'typeorm';
import { InvalidInput } from '../../platform/errors';
import { isFieldCode } from '../../platform/vocabulary';
import { localized, requireSeqfLevel } from './input-checks';
import type { StoredText } from './localized-text';
import type { LearningOutcomeInput, MicroCredentialContentInput } from './micro-credential-input';

/**
 * The content of a catalogue version, declared once. Each field names its column and how its stored value
 * is read (and checked) from a draft's input; from this one list come the entity's columns
 * (micro-credential.ts), the `Content` type, `validateContent` (content.ts) and what a revision copies
 * (`CONTENT_COLUMNS`), so a field added here is stored, checked and carried into the next version.
 * The GraphQL input and output fields stay in micro-credential.ts: they are the API's words, not the storage's.
 */

/** A learning outcome as stored: its text and the ESCO skills it is linked to. */
export interface StoredOutcome {
  sv: string | null;
  en: string | null;
  skills: string[];
}

/** What reading one input needs besides the input: the database (for ESCO skills) and what the skills are called. */
export interface Reading {
  db: DataSource | EntityManager;
  /** Filled by learningOutcomes: the labels (all languages) of its skills, for the search columns. */
  skillLabels: Map<string, { language: string; label: string }[]>;
}

interface ContentField<T> {
  column: ColumnOptions & { name: string };
  /** The stored value; bad input is refused naming the input field. Fields are read in the order declared. */
  read(input: MicroCredentialContentInput, reading: Reading): T | Promise<T>;
}

const declare = <T>(column: ContentField<T>['column'], read: ContentField<T>['read']): ContentField<T> => ({ column, read });

const MAX_OUTCOMES = 50;
const MAX_SKILLS_PER_OUTCOME = 20;

const numeric = { to: (value: number | null) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

function requireTitle(input: MicroCredentialContentInput): StoredText {
  const title = localized('title', input.title, 300);
  if (!title) throw new InvalidInput('title', 'give a title in Swedish (sv) or English (en)');
  return title;
}

const outcomeSkills = (outcome: LearningOutcomeInput) => [...new Set(outcome.escoSkillUris.map((uri) => uri.trim()))];

async function readOutcomes(input: MicroCredentialContentInput, reading: Reading): Promise<StoredOutcome[]> {
  const outcomesInput = input.learningOutcomes ?? [];
  if (outcomesInput.length > MAX_OUTCOMES) throw new InvalidInput('learningOutcomes', `at most ${MAX_OUTCOMES} learning outcomes`);
  const outcomes: StoredOutcome[] = outcomesInput.map((outcome, index) => {
    const field = `learningOutcomes[${index}]`;
    const text = localized(`${field}.text`, outcome.text, 1000);
    if (!text) throw new InvalidInput(`${field}.text`, 'give the outcome in Swedish (sv) or English (en)');
    if (outcome.escoSkillUris.length > MAX_SKILLS_PER_OUTCOME) {
      throw new InvalidInput(`${field}.escoSkillUris`, `at most ${MAX_SKILLS_PER_OUTCOME} skills per outcome`);
    }
    return { ...text, skills: outcomeSkills(outcome) };
  });
  // Every ESCO skill must be one the hub knows (imported or built in).
  reading.skillLabels = await skillLabels(reading.db, [...new Set(outcomes.flatMap((outcome) => outcome.skills))]);
  outcomes.forEach((outcome, index) =>
    outcome.skills.forEach((uri, skillIndex) => {
      if (!reading.skillLabels.has(uri)) {
        throw new InvalidInput(
          `learningOutcomes[${index}].escoSkillUris[${skillIndex}]`,
          `'${uri.slice(0, 120)}' is not an ESCO skill the hub knows (import the ESCO release with npm run esco:import)`,
        );
      }
    }),
  );
  return outcomes;
}

/** The labels (all languages) of the given skills that exist; one statement. */
async function skillLabels(db: DataSource | EntityManager, uris: string[]): Promise<Map<string, { language: string; label: string }[]>> {
  const labels = new Map<string, { language: string; label: string }[]>();
  if (uris.length === 0) return labels;
  const rows: { uri: string; language: string | null; preferred_label: string | null }[] = await db.query(
    'select s.uri, l.language, l.preferred_label from esco_skill s left join esco_skill_label l on l.uri = s.uri where s.uri = any($1)',
    [uris],
  );
  for (const row of rows) {
    const list = labels.get(row.uri) ?? [];
    if (row.language && row.preferred_label) list.push({ language: row.language, label: row.preferred_label });
    labels.set(row.uri, list);
  }
  return labels;
}

function readWorkloadHours({ workloadHours }: MicroCredentialContentInput): number | null {
  if (workloadHours === null || workloadHours === undefined) return null;
  if (!Number.isInteger(workloadHours) || workloadHours < 1 || workloadHours > 10000) throw new InvalidInput('workloadHours', 'must be a whole number of hours, 1-10000');
  return workloadHours;
}

function readEctsCredits({ ectsCredits }: MicroCredentialContentInput): number | null {
  if (ectsCredits === null || ectsCredits === undefined) return null;
  const credits = Math.round(ectsCredits * 10) / 10;
  if (!Number.isFinite(ectsCredits) || credits <= 0 || credits > 180 || Math.abs(credits - ectsCredits) > 1e-9) {
    throw new InvalidInput('ectsCredits', 'must be more than 0 and at most 180, in steps of 0.1');
  }
  return credits;
}

function readField(input: MicroCredentialContentInput): string | null {
  if (!input.field) return null;
  const field = input.field.trim();
  if (!isFieldCode(field)) throw new InvalidInput('field', `'${field.slice(0, 20)}' is not an ISCED-F 2013 field code (for example "07" or "071")`);
  return field;
}

function readLanguage(input: MicroCredentialContentInput): string | null {
  if (!input.language) return null;
  const language = input.language.trim().toLowerCase();
  if (!/^[a-z]{2}$/.test(language)) throw new InvalidInput('language', 'must be an ISO 639-1 code such as "sv" or "en"');
  return language;
}

function readUrl(input: MicroCredentialContentInput): string | null {
  if (!input.furtherInformationUrl) return null;
  let url: URL | undefined;
  try {
    url = new URL(input.furtherInformationUrl);
  } catch {
    url = undefined;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol)) throw new InvalidInput('furtherInformationUrl', 'must be an http(s) URL');
  return url.toString();
}

/** The content fields, in the order they are read and hashed (the order is part of each stored content hash). */
export const CONTENT_FIELDS = {
  titleSv: declare({ name: 'title_sv', type: 'text', nullable: true }, (input) => requireTitle(input).sv),
  titleEn: declare({ name: 'title_en', type: 'text', nullable: true }, (input) => requireTitle(input).en),
  descriptionStored: declare({ name: 'description', type: 'jsonb', nullable: true }, (input) => localized('description', input.description, 5000)),
  learningOutcomes: declare({ name: 'learning_outcomes', type: 'jsonb' }, readOutcomes),
  /** The ESCO skills of all learning outcomes, for the skill and occupation filters. */
  skillUris: declare({ name: 'skill_uris', type: 'text', array: true }, (input) => [...new Set((input.learningOutcomes ?? []).flatMap(outcomeSkills))]),
  workloadHours: declare({ name: 'workload_hours', type: 'integer', nullable: true }, readWorkloadHours),
  ectsCredits: declare({ name: 'ects_credits', type: 'numeric', nullable: true, transformer: numeric }, readEctsCredits),
  seqfLevel: declare({ name: 'seqf_level', type: 'smallint' }, (input) => requireSeqfLevel('seqfLevel', input.seqfLevel)),
  assessmentType: declare({ name: 'assessment_type', type: 'text', nullable: true }, (input) => input.assessmentType ?? null),
  assessmentDescriptionStored: declare({ name: 'assessment_description', type: 'jsonb', nullable: true }, (input) =>
    localized('assessmentDescription', input.assessmentDescription, 2000),
  ),
  participationForm: declare({ name: 'participation_form', type: 'text', nullable: true }, (input) => input.participationForm ?? null),
  qualityAssuranceType: declare({ name: 'quality_assurance_type', type: 'text', nullable: true }, (input) => input.qualityAssuranceType ?? null),
  qualityAssuranceDescription: declare({ name: 'quality_assurance_description', type: 'jsonb', nullable: true }, (input) =>
    localized('qualityAssuranceDescription', input.qualityAssuranceDescription, 2000),
  ),
  credentialType: declare({ name: 'credential_type', type: 'text', nullable: true }, (input) => input.credentialType ?? null),
  supervision: declare({ name: 'supervision', type: 'text', nullable: true }, (input) => input.supervision ?? null),
  prerequisitesStored: declare({ name: 'prerequisites', type: 'jsonb', nullable: true }, (input) => localized('prerequisites', input.prerequisites, 2000)),
  field: declare({ name: 'field', type: 'text', nullable: true }, readField),
  language: declare({ name: 'language', type: 'text', nullable: true }, readLanguage),
  stackability: declare({ name: 'stackability', type: 'text', nullable: true }, (input) => input.stackability ?? null),
  stackabilityDescription: declare({ name: 'stackability_description', type: 'jsonb', nullable: true }, (input) =>
    localized('stackabilityDescription', input.stackabilityDescription, 2000),
  ),
  furtherInformationStored: declare({ name: 'further_information', type: 'jsonb', nullable: true }, (input) =>
    localized('furtherInformation', input.furtherInformation, 2000),
  ),
  furtherInformationUrl: declare({ name: 'further_information_url', type: 'text', nullable: true }, readUrl),
};

export type ContentFieldName = keyof typeof CONTENT_FIELDS;

/** The validated content of a version, in the form it is stored. */
export type Content = { [Name in ContentFieldName]: Awaited<ReturnType<(typeof CONTENT_FIELDS)[Name]['read']>> };

/** The content's columns in micro_credential. */
export const CONTENT_COLUMNS: readonly string[] = Object.values(CONTENT_FIELDS).map((field) => field.column.name);

/** Reads and checks every content field of an input, in the order declared. */
export async function readContent(input: MicroCredentialContentInput, db: DataSource | EntityManager): Promise<{ content: Content; reading: Reading }> {
  const reading: Reading = { db, skillLabels: new Map() };
  const content: Partial<Record<ContentFieldName, unknown>> = {};
  for (const [name, field] of Object.entries(CONTENT_FIELDS) as [ContentFieldName, ContentField<unknown>][]) content[name] = await field.read(input, reading);
  return { content: content as Content, reading };
}

/** The content as a row of micro_credential (column name to value), for writing it with SQL. */
export const contentRow = (content: Content): Record<string, unknown> =>
  Object.fromEntries((Object.keys(CONTENT_FIELDS) as ContentFieldName[]).map((name) => [CONTENT_FIELDS[name].column.name, content[name]]));
