import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { ErrorCode, HubError } from '../../platform/errors';
import { readContent, type Content } from './content-fields';
import type { MicroCredential } from './micro-credential';
import type { MicroCredentialContentInput } from './micro-credential-input';
import { searchWords } from './search-text';

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
  const { content, reading } = await readContent(input, db);
  return { content, search: searchColumns(content, code, reading.skillLabels), hash: hashContent(content) };
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
