import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { CredentialType } from '../../platform/vocabulary';
import { LocalizedTextInput } from './localized-text';
import { AssessmentType, ParticipationForm, QualityAssuranceType, StackabilityKind, Supervision } from './vocabulary';

// What providers send to write a micro-credential's content: the GraphQL inputs, apart from the entity so
// that the content fields' one declaration (content-fields.ts) can read them without a circle.

@InputType({ description: 'A learning outcome: its text and the ESCO skills (by URI) it is linked to.' })
export class LearningOutcomeInput {
  @Field(() => LocalizedTextInput)
  text: LocalizedTextInput;

  @Field(() => [String], { description: 'ESCO skill URIs (http://data.europa.eu/esco/skill/…) known to the hub (imported or built in).' })
  escoSkillUris: string[];
}

@InputType({
  description:
    'The content of a version. Drafts need only a title and a level; publishing needs every mandatory element (the error lists what is missing).',
})
export class MicroCredentialContentInput {
  @Field(() => LocalizedTextInput)
  title: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true })
  description?: LocalizedTextInput | null;

  @Field(() => [LearningOutcomeInput], { nullable: true })
  learningOutcomes?: LearningOutcomeInput[] | null;

  @Field(() => Int, { nullable: true, description: 'Notional workload in hours, 1-10000.' })
  workloadHours?: number | null;

  @Field(() => Float, { nullable: true, description: 'ECTS credits, more than 0 and at most 180, in steps of 0.1.' })
  ectsCredits?: number | null;

  @Field(() => Int, { description: 'SeQF level, 1-8.' })
  seqfLevel: number;

  @Field(() => AssessmentType, { nullable: true })
  assessmentType?: AssessmentType | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  assessmentDescription?: LocalizedTextInput | null;

  @Field(() => ParticipationForm, { nullable: true })
  participationForm?: ParticipationForm | null;

  @Field(() => QualityAssuranceType, { nullable: true })
  qualityAssuranceType?: QualityAssuranceType | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  qualityAssuranceDescription?: LocalizedTextInput | null;

  @Field(() => CredentialType, { nullable: true })
  credentialType?: CredentialType | null;

  @Field(() => Supervision, { nullable: true })
  supervision?: Supervision | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  prerequisites?: LocalizedTextInput | null;

  @Field(() => String, { nullable: true, description: 'An ISCED-F 2013 field code: broad (2 digits, "07") or narrow (3 digits, "071").' })
  field?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 639-1 language code, for example "sv".' })
  language?: string | null;

  @Field(() => StackabilityKind, { nullable: true })
  stackability?: StackabilityKind | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  stackabilityDescription?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  furtherInformation?: LocalizedTextInput | null;

  @Field(() => String, { nullable: true, description: 'An http(s) URL.' })
  furtherInformationUrl?: string | null;
}

@InputType({ description: 'A new entry, as its first draft version.' })
export class DraftMicroCredentialInput extends MicroCredentialContentInput {
  @Field(() => ID, { description: 'The organisation that creates and owns the entry.' })
  providerId: string;

  @Field({
    description: "The provider's own code for the entry, unique within the provider. Sending the same draft again with the same code returns the draft already made.",
  })
  code: string;
}
