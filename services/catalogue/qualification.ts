import { Directive, Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { LocalizedText, LocalizedTextInput, textOrNull, type StoredText } from './localized-text';
import { Organisation } from './organisation';
import { QualificationKind } from './vocabulary';

/**
 * A larger or partial qualification that micro-credentials stack into, with its rule: which entries count
 * and how many of them are needed. A learner's progress towards it is computed from this rule.
 */
@Entity('qualification')
@ObjectType({
  description:
    'A full or partial qualification that micro-credentials stack into. Its rule: all mandatory components, and requiredCount components in all.',
})
@Directive('@key(fields: "id")')
export class Qualification {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @Field(() => Organisation, { nullable: true, description: 'The organisation that defines the qualification.' })
  owner(): Organisation {
    return { id: this.ownerId };
  }

  @Column({ type: 'text' })
  @Field({ description: "The owner's code for it, unique within the owner." })
  code: string;

  @Column({ type: 'text' })
  @Field(() => QualificationKind)
  kind: QualificationKind;

  @Column({ name: 'title_sv', type: 'text', nullable: true })
  titleSv: string | null;

  @Column({ name: 'title_en', type: 'text', nullable: true })
  titleEn: string | null;

  @Field(() => LocalizedText)
  title(): LocalizedText {
    return { sv: this.titleSv, en: this.titleEn };
  }

  @Column({ name: 'description', type: 'jsonb', nullable: true })
  descriptionStored: StoredText | null;

  @Field(() => LocalizedText, { nullable: true })
  description(): LocalizedText | null {
    return textOrNull(this.descriptionStored);
  }

  @Column({ name: 'seqf_level', type: 'smallint', nullable: true })
  @Field(() => Int, { nullable: true, description: 'The SeQF level of the qualification, where it has one.' })
  seqfLevel: number | null;

  @Column({ name: 'required_count', type: 'integer' })
  @Field(() => Int, { description: 'How many of the components a learner needs, mandatory ones included.' })
  requiredCount: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

@Entity('qualification_component')
export class QualificationComponentRecord {
  @PrimaryColumn({ name: 'qualification_id', type: 'uuid' })
  qualificationId: string;

  @PrimaryColumn({ name: 'entry_id', type: 'uuid' })
  entryId: string;

  @Column({ type: 'boolean' })
  mandatory: boolean;

  @Column({ type: 'integer' })
  position: number;
}

@ObjectType({ description: 'A catalogue entry that counts towards a qualification.' })
export class QualificationComponent {
  @Field(() => ID, { description: 'The entry; any of its versions counts.' })
  entryId: string;

  @Field({ description: 'Whether the qualification needs this entry.' })
  mandatory: boolean;
}

@ObjectType({ description: 'How far a set of entries goes towards a qualification.' })
export class QualificationProgress {
  @Field({ description: 'Whether the rule is met.' })
  complete: boolean;

  @Field(() => Int, { description: 'How many of the given entries are components.' })
  counted: number;

  @Field(() => Int)
  requiredCount: number;

  @Field(() => [ID], { description: 'Mandatory components (entry ids) not among the given entries.' })
  missingMandatory: string[];

  @Field(() => Int, { description: 'How many more components are needed at least.' })
  remaining: number;
}

@InputType()
export class QualificationComponentInput {
  @Field(() => ID, { description: 'A catalogue entry (entryId).' })
  entryId: string;

  @Field({ defaultValue: false })
  mandatory: boolean;
}

@InputType({ description: 'A qualification and its rule. Defining the same code again replaces the definition.' })
export class DefineQualificationInput {
  @Field(() => ID, { description: 'The organisation that defines it.' })
  ownerId: string;

  @Field()
  code: string;

  @Field(() => QualificationKind)
  kind: QualificationKind;

  @Field(() => LocalizedTextInput)
  title: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true })
  description?: LocalizedTextInput | null;

  @Field(() => Int, { nullable: true })
  seqfLevel?: number | null;

  @Field(() => [QualificationComponentInput])
  components: QualificationComponentInput[];

  @Field(() => Int, { description: 'How many components are needed in all (at least the mandatory ones, at most all).' })
  requiredCount: number;
}
