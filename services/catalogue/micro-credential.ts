import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { GraphQLISODateTime } from 'type-graphql';
import { Organisation } from './organisation';

/** A micro-credential in the national catalogue: the specification that awards are issued against. */
@Entity('micro_credential')
@ObjectType({ description: 'A micro-credential in the national catalogue (the specification, not an award).' })
@Directive('@key(fields: "id")')
export class MicroCredential {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column()
  @Field()
  title: string;

  @Column({ name: 'seqf_level', type: 'smallint' })
  @Field(() => Int, { description: 'SeQF level 1-8 (the same number as the EQF level).' })
  seqfLevel: number;

  /** The organisation that owns the entry; resolved by the accreditation subgraph. */
  @Column({ name: 'provider_id', type: 'uuid' })
  providerId: string;

  @Field(() => Organisation, { description: 'The organisation that created and owns this entry.' })
  provider(): Organisation {
    return { id: this.providerId };
  }

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@InputType()
export class CreateMicroCredentialInput {
  @Field(() => ID, { description: 'The organisation that owns the entry.' })
  providerId: string;

  @Field()
  title: string;

  @Field(() => Int, { description: 'SeQF level, 1-8.' })
  seqfLevel: number;
}
