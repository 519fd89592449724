import { Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { ISCED_F_FIELDS, SEQF_LEVELS, SEQF_LEVEL_URIS, SEQF_SCHEME_URI, eqfLevelUri } from '../../platform/vocabulary';

/**
 * A level of SeQF (förordning 2015:545), with its EQF level and EU vocabulary URIs. The official level
 * descriptors (bilaga 1) are not reproduced: no source the hub has gives their text.
 */
@ObjectType({ description: 'A level of the Swedish qualifications framework (SeQF) with its EQF level and EU vocabulary URIs.' })
export class SeqfLevel {
  @Field(() => Int)
  level: number;

  @Field(() => Int, { description: 'SeQF levels map one-to-one to EQF levels.' })
  eqfLevel: number;

  @Field({ description: 'The SeQF level concept (EU vocabulary, Swedish NQF scheme).' })
  uri: string;

  @Field({ description: 'The EQF level concept (http://data.europa.eu/snb/eqf/N).' })
  eqfLevelUri: string;

  @Field({ description: 'The Swedish NQF scheme the level belongs to.' })
  schemeUri: string;
}

@ObjectType({ description: 'An ISCED-F 2013 field of education and training.' })
export class ThematicField {
  @Field({ description: 'Broad fields have 2 digits, narrow fields 3.' })
  code: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'For a narrow field, its broad field.' })
  broadField: string | null;
}

@Resolver()
export class ReferenceDataResolver {
  @Query(() => [SeqfLevel], { nullable: true, description: 'SeQF levels 1-8 with their EQF levels and URIs.' })
  seqfLevels(): SeqfLevel[] {
    return SEQF_LEVELS.map((level) => ({ level, eqfLevel: level, uri: SEQF_LEVEL_URIS[level], eqfLevelUri: eqfLevelUri(level), schemeUri: SEQF_SCHEME_URI }));
  }

  @Query(() => [ThematicField], { nullable: true, description: 'The ISCED-F 2013 fields catalogue entries are classified by.' })
  thematicFields(): ThematicField[] {
    return Object.entries(ISCED_F_FIELDS).map(([code, name]) => ({ code, name, broadField: code.length === 3 ? code.slice(0, 2) : null }));
  }
}
