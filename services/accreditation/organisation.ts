import { Directive, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { GraphQLISODateTime } from 'type-graphql';

/** What kind of organisation it is; only an AUTHORITY can accredit others. */
export enum OrganisationType {
  AUTHORITY = 'AUTHORITY',
  EDUCATION_PROVIDER = 'EDUCATION_PROVIDER',
  INDUSTRY_BODY = 'INDUSTRY_BODY',
  EMPLOYER = 'EMPLOYER',
  PUBLIC_AGENCY = 'PUBLIC_AGENCY',
}
registerEnumType(OrganisationType, {
  name: 'OrganisationType',
  valuesConfig: {
    AUTHORITY: { description: 'An authority that accredits issuers (for example MYH).' },
    EDUCATION_PROVIDER: { description: 'A school, university, training company or municipal adult education.' },
    INDUSTRY_BODY: { description: 'An industry or trade organisation (for example Sobona, Handelsrådet).' },
    EMPLOYER: { description: 'An employer that trains its staff (for example Skellefteå Kraft).' },
    PUBLIC_AGENCY: { description: 'A public agency other than an accrediting authority (for example Arbetsförmedlingen).' },
  },
});

@ObjectType({ description: "How to reach an organisation: a functional contact (a role or a registry desk), not a person's private details." })
export class Contact {
  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;
}

@InputType()
export class ContactInput {
  @Field(() => String, { nullable: true, description: 'A role or desk, for example "Registrator" (at most 200 characters).' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'An e-mail address.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'A telephone number, for example +46 910 73 50 00.' })
  phone?: string | null;
}

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

  @Column({ type: 'text', default: OrganisationType.EDUCATION_PROVIDER })
  @Field(() => OrganisationType)
  type: OrganisationType;

  @Column({ name: 'contact_name', type: 'text', nullable: true })
  contactName: string | null;

  @Column({ name: 'contact_email', type: 'text', nullable: true })
  contactEmail: string | null;

  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone: string | null;

  @Field(() => Contact, { nullable: true, description: 'Shown to authorities, the organisation itself and hub services.' })
  contact(): Contact | null {
    if (!this.contactName && !this.contactEmail && !this.contactPhone) return null;
    return { name: this.contactName, email: this.contactEmail, phone: this.contactPhone };
  }

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

  @Field(() => OrganisationType, {
    defaultValue: OrganisationType.EDUCATION_PROVIDER,
    description: 'Fixed once registered: only an AUTHORITY can accredit others.',
  })
  type: OrganisationType;

  @Field(() => ContactInput, { nullable: true })
  contact?: ContactInput | null;
}

@InputType({ description: 'What an organisation or an authority may change; the organisation number is fixed.' })
export class UpdateOrganisationInput {
  @Field(() => String, { nullable: true })
  legalName?: string | null;

  @Field(() => String, { nullable: true, description: 'A Swedish county (län), by name or code.' })
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'An http(s) URL.' })
  website?: string | null;

  @Field(() => ContactInput, { nullable: true, description: 'Replaces the contact as a whole.' })
  contact?: ContactInput | null;
}
