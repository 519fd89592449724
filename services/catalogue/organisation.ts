import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The accreditation subgraph owns organisations; the catalogue only knows their id, and contributes
 * `microCredentials` to them.
 */
@ObjectType()
@Directive('@key(fields: "id")')
export class Organisation {
  @Field(() => ID)
  id: string;
}
