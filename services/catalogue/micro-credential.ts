import { Directive, Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CredentialType, ISCED_F_FIELDS, SEQF_LEVEL_URIS, eqfLevelUri } from '../../platform/vocabulary';
import { CONTENT_FIELDS, type Content } from './content-fields';
import { LocalizedText, textOrNull } from './localized-text';
import { Organisation } from './organisation';
import {
  AssessmentType,
  EntryStatus,
  ParticipationForm,
  QualityAssuranceType,
  StackabilityKind,
  Supervision,
} from './vocabulary';

/** Its content fields are declared once, in content-fields.ts: their columns are added below the class. */
export interface MicroCredential extends Content {}

/**
 * One version of a micro-credential in the national catalogue: the specification that awards are issued
 * against, not an award. Versions of the same entry share `entryId`; a published version never changes.
 */
@Entity('micro_credential')
@ObjectType({
  description: `One version of a micro-credential in the national catalogue: the specification awards are issued against, not an award.
Carries the elements of the EU Council Recommendation on micro-credentials (2022, Annex I) that belong to the specification.
\`id\` names this exact version (awards point at it); \`entryId\` names the entry across its versions (searches show its published version).
A PUBLISHED version is immutable: a change makes a new version (reviseMicroCredential).`,
})
@Directive('@key(fields: "id")')
export class MicroCredential {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'This exact version. Awards record this id, so they keep pointing at what was issued.' })
  id: string;

  @Column({ name: 'entry_id', type: 'uuid' })
  @Field(() => ID, { description: 'The entry, stable across its versions.' })
  entryId: string;

  @Column({ type: 'text' })
  @Field({ description: "The provider's own code for the entry (for example a course code), unique within the provider." })
  code: string;

  @Column({ type: 'integer' })
  @Field(() => Int, { description: 'Version number within the entry: 1, 2, …' })
  version: number;

  @Column({ type: 'text' })
  @Field(() => EntryStatus)
  status: EntryStatus;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId: string;

  @Field(() => Organisation, { nullable: true, description: 'The organisation that created and owns the entry (its awarding body).' })
  provider(): Organisation {
    return { id: this.providerId };
  }

  @Field(() => LocalizedText, { description: 'Title (element 2). Both languages are required to publish.' })
  title(): LocalizedText {
    return { sv: this.titleSv, en: this.titleEn };
  }

  @Field(() => LocalizedText, { nullable: true, description: 'What the learning is about. Both languages are required to publish.' })
  description(): LocalizedText | null {
    return textOrNull(this.descriptionStored);
  }

  @Field(() => Int, { nullable: true, description: 'Notional workload in hours (element 7). Required to publish.' })
  workloadHours: number | null;

  @Field(() => Float, { nullable: true, description: 'ECTS credits, where given (element 7).' })
  ectsCredits: number | null;

  @Field(() => Int, { description: 'SeQF level 1-8 (element 8). SeQF levels map one-to-one to EQF levels.' })
  seqfLevel: number;

  @Field(() => Int, { description: 'The EQF level: the same number as the SeQF level.' })
  eqfLevel(): number {
    return this.seqfLevel;
  }

  @Field({ description: 'The EQF level as an EU vocabulary URI (http://data.europa.eu/snb/eqf/N), for hasEQFLevel in ELM.' })
  eqfLevelUri(): string {
    return eqfLevelUri(this.seqfLevel);
  }

  @Field({ description: 'The SeQF level as an EU vocabulary concept URI, for hasNQFLevel in ELM.' })
  seqfLevelUri(): string {
    return SEQF_LEVEL_URIS[this.seqfLevel];
  }

  @Field(() => AssessmentType, { nullable: true, description: 'Type of assessment (element 9). Required to publish.' })
  assessmentType: AssessmentType | null;

  @Field(() => LocalizedText, { nullable: true, description: 'How the assessment is done, in words.' })
  assessmentDescription(): LocalizedText | null {
    return textOrNull(this.assessmentDescriptionStored);
  }

  @Field(() => ParticipationForm, { nullable: true, description: 'Form of participation (element 10). Required to publish.' })
  participationForm: ParticipationForm | null;

  @Field(() => QualityAssurance, { nullable: true, description: 'Type of quality assurance (element 11). Required to publish.' })
  qualityAssurance(): QualityAssurance | null {
    if (!this.qualityAssuranceType) return null;
    return { type: this.qualityAssuranceType, description: textOrNull(this.qualityAssuranceDescription) };
  }

  @Field(() => CredentialType, {
    nullable: true,
    description: "The credential's weight: formal, non-formal, industry validation or informal. Accreditation is checked for it. Required to publish.",
  })
  credentialType: CredentialType | null;

  @Field(() => Supervision, { nullable: true, description: 'Supervision and identity verification during assessment.' })
  supervision: Supervision | null;

  @Field(() => LocalizedText, { nullable: true, description: 'Prerequisites to enrol.' })
  prerequisites(): LocalizedText | null {
    return textOrNull(this.prerequisitesStored);
  }

  @Field(() => String, { nullable: true, description: 'Thematic field: an ISCED-F 2013 code (broad, 2 digits, or narrow, 3 digits). Required to publish.' })
  field: string | null;

  @Field(() => String, { nullable: true, description: "The ISCED-F field's name." })
  fieldName(): string | null {
    return this.field ? (ISCED_F_FIELDS[this.field] ?? null) : null;
  }

  @Field(() => String, { nullable: true, description: 'Language of instruction and assessment, ISO 639-1 (for example "sv"). Required to publish.' })
  language: string | null;

  @Field(() => LocalizedText, { nullable: true, description: 'Further information.' })
  furtherInformation(): LocalizedText | null {
    return textOrNull(this.furtherInformationStored);
  }

  @Field(() => String, { nullable: true, description: 'A web page with further information.' })
  furtherInformationUrl: string | null;

  /** A digest of the content, to answer a retried draft with the draft it already made. */
  @Column({ name: 'content_hash', type: 'text', nullable: true })
  contentHash: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'When this version was drafted.' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When this version was published.' })
  publishedAt: Date | null;

  @Column({ name: 'published_by', type: 'text', nullable: true })
  publishedBy: string | null;

  @Column({ name: 'accreditation_id', type: 'text', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The accreditation that allowed publishing this version (from the accreditation check).' })
  accreditationId: string | null;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When this version stopped being the published one.' })
  retiredAt: Date | null;

  @Column({ name: 'retired_reason', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why the provider retired the entry (absent when a newer version superseded this one).' })
  retiredReason: string | null;

  @Column({ name: 'superseded_by', type: 'uuid', nullable: true })
  supersededById: string | null;

  @Column({ name: 'search_sv_text', type: 'text', select: false })
  searchSvText: string;

  @Column({ name: 'search_en_text', type: 'text', select: false })
  searchEnText: string;

  @Column({ name: 'search_words', type: 'text', select: false })
  searchWords: string;
}

// The content columns, from their one declaration.
for (const [name, field] of Object.entries(CONTENT_FIELDS)) Column(field.column)(MicroCredential.prototype, name);

@ObjectType({ description: 'Type of quality assurance, with what it means for this entry.' })
export class QualityAssurance {
  @Field(() => QualityAssuranceType)
  type: QualityAssuranceType;

  @Field(() => LocalizedText, { nullable: true })
  description: LocalizedText | null;
}

@ObjectType({ description: 'A learning outcome (element 6): what the learner knows or can do, linked to ESCO skills.' })
export class LearningOutcome {
  @Field(() => LocalizedText)
  text: LocalizedText;

  @Field(() => [String], { description: 'The ESCO skill URIs this outcome is linked to.' })
  escoSkillUris: string[];
}

@ObjectType({ description: 'Integration or stackability options.' })
export class Stackability {
  /** The entry, to find the qualifications it stacks into. */
  entryId: string;

  @Field(() => StackabilityKind)
  kind: StackabilityKind;

  @Field(() => LocalizedText, { nullable: true })
  description: LocalizedText | null;
}
