import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { ErrorCode, HubError, InvalidInput } from '../../platform/errors';
import { isFieldCode } from '../../platform/vocabulary';
import type { LocalizedTextInput, StoredText } from './localized-text';
import type { MicroCredential, MicroCredentialContentInput, StoredOutcome } from './micro-credential';
import { searchWords } from './search-text';

const MAX_OUTCOMES = 50;
const MAX_SKILLS_PER_OUTCOME = 20;

/** A trimmed text in sv/en, or null when both are empty; too long is bad input naming the field. */
export function localized(field: string, value: LocalizedTextInput | null | undefined, maxLength: number): StoredText | null {
  if (!value) return null;
  const result: StoredText = { sv: null, en: null };
  for (const language of ['sv', 'en'] as const) {
    const text = value[language]?.trim();
    if (!text) continue;
    if (text.length > maxLength) throw new InvalidInput(`${field}.${language}`, `must be at most ${maxLength} characters`);
    result[language] = text;
  }
  return result.sv || result.en ? result : null;
}

export function requireSeqfLevel(field: string, level: number): number {
  if (!Number.isInteger(level) || level < 1 || level > 8) throw new InvalidInput(field, `${level} is not an SeQF level; levels are 1-8`);
  return level;
}

export function requireCode(field: string, code: string): string {
  const value = code.trim();
  if (!/^[\p{L}\p{N}][\p{L}\p{N} ._\-/]{0,49}$/u.test(value)) {
    throw new InvalidInput(field, 'must be 1-50 letters, digits, spaces or . _ - /, starting with a letter or digit');
  }
  return value;
}

/** The validated content of a version, in the form it is stored. */
export interface Content {
  titleSv: string | null;
  titleEn: string | null;
  descriptionStored: StoredText | null;
  learningOutcomes: StoredOutcome[];
  skillUris: string[];
  workloadHours: number | null;
  ectsCredits: number | null;
  seqfLevel: number;
  assessmentType: MicroCredential['assessmentType'];
  assessmentDescriptionStored: StoredText | null;
  participationForm: MicroCredential['participationForm'];
  qualityAssuranceType: MicroCredential['qualityAssuranceType'];
  qualityAssuranceDescription: StoredText | null;
  credentialType: MicroCredential['credentialType'];
  supervision: MicroCredential['supervision'];
  prerequisitesStored: StoredText | null;
  field: string | null;
  language: string | null;
  stackability: MicroCredential['stackability'];
  stackabilityDescription: StoredText | null;
  furtherInformationStored: StoredText | null;
  furtherInformationUrl: string | null;
}

/** What a version stores to be found: derived from its content and its skills' labels. */
export interface SearchColumns {
  searchSvText: string;
  searchEnText: string;
  searchWords: string;
}

/**
 * Checks a version's content: bad values are refused naming the field, and every ESCO skill must be one
 * the hub knows (imported or built in). Returns the stored form and its search columns.
 */
export async function validateContent(
  input: MicroCredentialContentInput,
  db: DataSource | EntityManager,
  code: string,
): Promise<{ content: Content; search: SearchColumns; hash: string }> {
  const title = localized('title', input.title, 300);
  if (!title) throw new InvalidInput('title', 'give a title in Swedish (sv) or English (en)');
  const seqfLevel = requireSeqfLevel('seqfLevel', input.seqfLevel);

  const outcomesInput = input.learningOutcomes ?? [];
  if (outcomesInput.length > MAX_OUTCOMES) throw new InvalidInput('learningOutcomes', `at most ${MAX_OUTCOMES} learning outcomes`);
  const learningOutcomes: StoredOutcome[] = outcomesInput.map((outcome, index) => {
    const field = `learningOutcomes[${index}]`;
    const text = localized(`${field}.text`, outcome.text, 1000);
    if (!text) throw new InvalidInput(`${field}.text`, 'give the outcome in Swedish (sv) or English (en)');
    if (outcome.escoSkillUris.length > MAX_SKILLS_PER_OUTCOME) {
      throw new InvalidInput(`${field}.escoSkillUris`, `at most ${MAX_SKILLS_PER_OUTCOME} skills per outcome`);
    }
    const skills = [...new Set(outcome.escoSkillUris.map((uri) => uri.trim()))];
    return { ...text, skills };
  });
  const skillUris = [...new Set(learningOutcomes.flatMap((outcome) => outcome.skills))];
  const labels = await skillLabels(db, skillUris);
  learningOutcomes.forEach((outcome, index) =>
    outcome.skills.forEach((uri, skillIndex) => {
      if (!labels.has(uri)) {
        throw new InvalidInput(
          `learningOutcomes[${index}].escoSkillUris[${skillIndex}]`,
          `'${uri.slice(0, 120)}' is not an ESCO skill the hub knows (import the ESCO release with npm run esco:import)`,
        );
      }
    }),
  );

  let workloadHours: number | null = null;
  if (input.workloadHours !== null && input.workloadHours !== undefined) {
    if (!Number.isInteger(input.workloadHours) || input.workloadHours < 1 || input.workloadHours > 10000) {
      throw new InvalidInput('workloadHours', 'must be a whole number of hours, 1-10000');
    }
    workloadHours = input.workloadHours;
  }
  let ectsCredits: number | null = null;
  if (input.ectsCredits !== null && input.ectsCredits !== undefined) {
    const credits = Math.round(input.ectsCredits * 10) / 10;
    if (!Number.isFinite(input.ectsCredits) || credits <= 0 || credits > 180 || Math.abs(credits - input.ectsCredits) > 1e-9) {
      throw new InvalidInput('ectsCredits', 'must be more than 0 and at most 180, in steps of 0.1');
    }
    ectsCredits = credits;
  }
  let field: string | null = null;
  if (input.field) {
    field = input.field.trim();
    if (!isFieldCode(field)) throw new InvalidInput('field', `'${field.slice(0, 20)}' is not an ISCED-F 2013 field code (for example "07" or "071")`);
  }
  let language: string | null = null;
  if (input.language) {
    language = input.language.trim().toLowerCase();
    if (!/^[a-z]{2}$/.test(language)) throw new InvalidInput('language', 'must be an ISO 639-1 code such as "sv" or "en"');
  }
  let furtherInformationUrl: string | null = null;
  if (input.furtherInformationUrl) {
    let url: URL | undefined;
    try {
      url = new URL(input.furtherInformationUrl);
    } catch {
      url = undefined;
    }
    if (!url || !['http:', 'https:'].includes(url.protocol)) throw new InvalidInput('furtherInformationUrl', 'must be an http(s) URL');
    furtherInformationUrl = url.toString();
  }

  const content: Content = {
    titleSv: title.sv,
    titleEn: title.en,
    descriptionStored: localized('description', input.description, 5000),
    learningOutcomes,
    skillUris,
    workloadHours,
    ectsCredits,
    seqfLevel,
    assessmentType: input.assessmentType ?? null,
    assessmentDescriptionStored: localized('assessmentDescription', input.assessmentDescription, 2000),
    participationForm: input.participationForm ?? null,
    qualityAssuranceType: input.qualityAssuranceType ?? null,
    qualityAssuranceDescription: localized('qualityAssuranceDescription', input.qualityAssuranceDescription, 2000),
    credentialType: input.credentialType ?? null,
    supervision: input.supervision ?? null,
    prerequisitesStored: localized('prerequisites', input.prerequisites, 2000),
    field,
    language,
    stackability: input.stackability ?? null,
    stackabilityDescription: localized('stackabilityDescription', input.stackabilityDescription, 2000),
    furtherInformationStored: localized('furtherInformation', input.furtherInformation, 2000),
    furtherInformationUrl,
  };
  return { content, search: searchColumns(content, code, labels), hash: hashContent(content) };
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

/** Swedish and English documents, and the distinct words for compound matching. Skill labels count too. */
export function searchColumns(content: Content, code: string, labels: Map<string, { language: string; label: string }[]>): SearchColumns {
  const skillLabelsIn = (language: string) =>
    [...labels.values()].flatMap((list) => list.filter((entry) => entry.language === language).map((entry) => entry.label));
  const sv = [content.descriptionStored?.sv, ...content.learningOutcomes.map((outcome) => outcome.sv), content.prerequisitesStored?.sv, ...skillLabelsIn('sv')];
  const en = [content.descriptionStored?.en, ...content.learningOutcomes.map((outcome) => outcome.en), content.prerequisitesStored?.en, ...skillLabelsIn('en')];
  const join = (texts: Array<string | null | undefined>) => texts.filter(Boolean).join('\n');
  return {
    searchSvText: join(sv),
    searchEnText: join(en),
    // Compounds are Swedish: the words of the Swedish texts (and both titles) are enough, and keep it short.
    searchWords: searchWords([code, content.titleSv, content.titleEn, ...sv]),
  };
}

export function hashContent(content: Content): string {
  return createHash('sha256').update(JSON.stringify(content)).digest('base64url');
}

/**
 * The mandatory elements of the Council Recommendation (Annex I) that a version must have to be
 * published, with texts in both Swedish and English. Returns the missing input fields, in input order.
 */
export function missingForPublishing(version: MicroCredential): string[] {
  const missing: string[] = [];
  if (!version.titleSv) missing.push('title.sv');
  if (!version.titleEn) missing.push('title.en');
  if (!version.descriptionStored?.sv) missing.push('description.sv');
  if (!version.descriptionStored?.en) missing.push('description.en');
  if (version.learningOutcomes.length === 0) missing.push('learningOutcomes');
  version.learningOutcomes.forEach((outcome, index) => {
    if (!outcome.sv) missing.push(`learningOutcomes[${index}].text.sv`);
    if (!outcome.en) missing.push(`learningOutcomes[${index}].text.en`);
    if (outcome.skills.length === 0) missing.push(`learningOutcomes[${index}].escoSkillUris`);
  });
  if (version.workloadHours === null) missing.push('workloadHours');
  if (!version.assessmentType) missing.push('assessmentType');
  if (!version.participationForm) missing.push('participationForm');
  if (!version.qualityAssuranceType) missing.push('qualityAssuranceType');
  if (!version.credentialType) missing.push('credentialType');
  if (!version.field) missing.push('field');
  if (!version.language) missing.push('language');
  return missing;
}

export function refuseIncomplete(version: MicroCredential): void {
  const missing = missingForPublishing(version);
  if (missing.length === 0) return;
  throw new HubError(ErrorCode.BAD_USER_INPUT, `${missing[0]}: this version cannot be published yet; missing: ${missing.join(', ')}`, {
    field: missing[0],
    missing,
  });
}
