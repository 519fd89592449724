import { Directive, Field, InputType, ObjectType } from 'type-graphql';

/** A text in Swedish and English; either may be missing in a draft. */
@ObjectType({ description: 'A text in Swedish (sv) and English (en).' })
@Directive('@shareable')
export class LocalizedText {
  @Field(() => String, { nullable: true, description: 'Swedish.' })
  sv: string | null;

  @Field(() => String, { nullable: true, description: 'English.' })
  en: string | null;
}

@InputType({ description: 'A text in Swedish (sv) and English (en).' })
export class LocalizedTextInput {
  @Field(() => String, { nullable: true })
  sv?: string | null;

  @Field(() => String, { nullable: true })
  en?: string | null;
}

/** The stored form: absent languages are null, never empty strings. */
export type StoredText = { sv: string | null; en: string | null };

export const textOrNull = (value: StoredText | null | undefined): LocalizedText | null =>
  value && (value.sv || value.en) ? { sv: value.sv ?? null, en: value.en ?? null } : null;
