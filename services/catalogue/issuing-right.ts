import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Organisation } from './organisation';
import { dayOf, rightCoversAward } from '../../platform/issuing-rights';
import { IssuingBasis } from './vocabulary';

/** A right, granted by an entry's creator, for another organisation to issue the entry. Never deleted. */
@Entity('issuing_right')
export class IssuingRightRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'entry_id', type: 'uuid' })
  entryId: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'valid_from', type: 'timestamptz' })
  validFrom: Date;

  @Column({ name: 'valid_until', type: 'timestamptz', nullable: true })
  validUntil: Date | null;

  @Column({ name: 'granted_at', type: 'timestamptz' })
  grantedAt: Date;

  @Column({ name: 'granted_by', type: 'text' })
  grantedBy: string;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ name: 'withdrawn_by', type: 'text', nullable: true })
  withdrawnBy: string | null;
}


@ObjectType({
  description: 'An organisation with the right to issue a catalogue entry, with the dates of that right. The creator always has it (OWNER).',
})
export class IssuingRight {
  /** The record behind a granted right; absent for the owner. */
  id: string | null;

  organisationId: string;

  @Field(() => Organisation, { nullable: true })
  organisation(): Organisation {
    return { id: this.organisationId };
  }

  @Field(() => IssuingBasis)
  basis: IssuingBasis;

  @Field(() => GraphQLISODateTime, { description: 'From when the organisation may issue.' })
  validFrom: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Until when (exclusive): the end granted, or the withdrawal if that came first; none: open-ended and not withdrawn.',
  })
  validUntil: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the creator withdrew the right; awards issued before stay valid.' })
  withdrawnAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the right was granted (none for the owner).' })
  grantedAt: Date | null;

  @Field({ description: 'Whether the organisation may issue under this right now (for today\'s date).' })
  active(): boolean {
    const now = new Date();
    return rightCoversAward(this, dayOf(now), now);
  }

  static owner(organisationId: string, since: Date): IssuingRight {
    return Object.assign(new IssuingRight(), {
      id: null,
      organisationId,
      basis: IssuingBasis.OWNER,
      validFrom: since,
      validUntil: null,
      withdrawnAt: null,
      grantedAt: null,
    });
  }

  static granted(record: IssuingRightRecord): IssuingRight {
    return Object.assign(new IssuingRight(), {
      id: record.id,
      organisationId: record.organisationId,
      basis: IssuingBasis.GRANTED,
      validFrom: record.validFrom,
      // A withdrawal ends the right: shown as its end when it came before the end granted.
      validUntil: record.withdrawnAt && (!record.validUntil || record.withdrawnAt < record.validUntil) ? record.withdrawnAt : record.validUntil,
      withdrawnAt: record.withdrawnAt,
      grantedAt: record.grantedAt,
    });
  }
}

@InputType()
export class GrantIssuingRightInput {
  @Field(() => ID, { description: 'The entry (entryId), not a version: the right covers all its versions.' })
  entryId: string;

  @Field(() => ID, { description: 'The organisation that may issue the entry.' })
  organisationId: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Defaults to now.' })
  validFrom?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Exclusive; none: until withdrawn.' })
  validUntil?: Date | null;
}
