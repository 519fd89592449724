import { Directive, Field, ID, InputType, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { GraphQLISODateTime } from 'type-graphql';

/** An organisation known to the hub: an authority, an education provider, an industry body, an employer. */
@Entity('organisation')
@ObjectType({ description: 'An organisation: an authority, an education provider, an industry body or an employer.' })
@Directive('@key(fields: "id")')
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'legal_name' })
  @Field({ description: 'The registered legal name.' })
  legalName: string;

  @Column({ name: 'organisation_number', unique: true })
  @Field({ description: 'Swedish organisationsnummer, NNNNNN-NNNN.' })
  organisationNumber: string;

  @Column({ type: 'char', length: 2 })
  @Field({ description: 'ISO 3166-1 alpha-2 country code of the organisation.' })
  country: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Swedish county (län), for example "Västerbottens län".' })
  region: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  website: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@InputType()
export class RegisterOrganisationInput {
  @Field()
  legalName: string;

  @Field({ description: 'Swedish organisationsnummer, NNNNNN-NNNN (Luhn-checked).' })
  organisationNumber: string;

  @Field({ defaultValue: 'SE', description: 'ISO 3166-1 alpha-2 country code.' })
  country: string;

  @Field(() => String, { nullable: true, description: 'A Swedish county (län), by name or code.' })
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'An http(s) URL.' })
  website?: string | null;
}

@InputType({ description: 'What an organisation or an authority may change; the organisation number is fixed.' })
export class UpdateOrganisationInput {
  @Field(() => String, { nullable: true })
  legalName?: string | null;

  @Field(() => String, { nullable: true, description: 'A Swedish county (län), by name or code.' })
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'An http(s) URL.' })
  website?: string | null;
}
