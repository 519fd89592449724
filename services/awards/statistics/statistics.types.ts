import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLISODateTime } from 'type-graphql';
import type { Dimension, Grain } from './statistics-query';

export enum StatisticsDimension {
  SKILL = 'SKILL',
  SKILL_GROUP = 'SKILL_GROUP',
  SEQF_LEVEL = 'SEQF_LEVEL',
  FIELD = 'FIELD',
  ISSUER = 'ISSUER',
  REGION = 'REGION',
  CREDENTIAL_TYPE = 'CREDENTIAL_TYPE',
  QUALITY_ASSURANCE = 'QUALITY_ASSURANCE',
  PERIOD = 'PERIOD',
}
registerEnumType(StatisticsDimension, {
  name: 'StatisticsDimension',
  description:
    'What statistics can be grouped and filtered by: ESCO skill or skill group (URIs), SeQF level (= EQF level), ISCED-F field, issuing organisation, the issuer\'s county, credential type, quality assurance, or period.',
});

export enum PeriodGrain {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}
registerEnumType(PeriodGrain, { name: 'PeriodGrain' });

// The query engine and the GraphQL enums name the same things.
export const asDimension = (dimension: StatisticsDimension): Dimension => dimension;
export const asGrain = (grain: PeriodGrain): Grain => grain;

@InputType({ description: 'Narrows statistics to awards matching every given list (each list: any of its values).' })
export class StatisticsFilter {
  @Field(() => [String], { nullable: true, description: 'ESCO skill URIs.' })
  skills?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'ESCO skill group URIs (broader skills).' })
  skillGroups?: string[] | null;

  @Field(() => [Int], { nullable: true })
  seqfLevels?: number[] | null;

  @Field(() => [String], { nullable: true, description: 'ISCED-F codes; a broad field covers its narrower ones.' })
  fields?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Issuing organisation ids.' })
  issuerIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Issuer's county (län), e.g. \"Västerbottens län\"." })
  regions?: string[] | null;

  @Field(() => [String], { nullable: true })
  credentialTypes?: string[] | null;

  @Field(() => [String], { nullable: true })
  qualityAssurance?: string[] | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'From this month of issue (inclusive).' })
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'To this month of issue (inclusive).' })
  to?: Date | null;
}

@ObjectType()
export class DimensionValue {
  @Field(() => StatisticsDimension)
  dimension: StatisticsDimension;

  @Field({ description: 'The value: a URI, a level, a code, an organisation id, a county, or a period such as 2026-05, 2026-Q2, 2026.' })
  value: string;
}

@ObjectType({ description: 'Counts for one group. Suppressed groups (too few learners to publish) have null counts.' })
export class StatisticsFigures {
  @Field(() => Int, { nullable: true, description: 'Active awards (not revoked, not suspended).' })
  awards: number | null;

  @Field(() => Int, { nullable: true, description: 'Distinct learners holding an active award.' })
  learners: number | null;

  @Field(() => Int, { nullable: true, description: 'Suspended awards, counted apart.' })
  suspendedAwards: number | null;

  @Field({ description: 'True when the counts are withheld to protect individuals.' })
  suppressed: boolean;

  @Field({ description: 'True when `learners` is an estimate (HyperLogLog, about ±3%) of a large group.' })
  learnersEstimated: boolean;
}

@ObjectType()
export class StatisticsCell extends StatisticsFigures {
  @Field(() => [DimensionValue])
  values: DimensionValue[];
}

@ObjectType()
export class CompetenceStatistics {
  @Field(() => Int, { description: 'Groups with fewer distinct learners than this are suppressed.' })
  minimumLearners: number;

  @Field(() => Int, {
    description:
      'Published counts differ from the true ones by at most this much: each is perturbed by the cell-key method (the same figure every time for the same awards), so that subtracting one result from another does not reveal a suppressed group.',
  })
  maximumDeviation: number;

  @Field(() => [StatisticsCell])
  cells: StatisticsCell[];

  @Field(() => StatisticsFigures, { description: 'All matching awards together (suppressed if too few learners).' })
  total: StatisticsFigures;
}

@ObjectType()
export class TimeSeriesPoint extends StatisticsFigures {
  @Field({ description: 'The period: 2026-05, 2026-Q2 or 2026.' })
  period: string;
}

@ObjectType()
export class SkillCoverage extends StatisticsFigures {
  @Field({ description: 'The ESCO skill URI.' })
  skill: string;

  @Field(() => String, { nullable: true })
  preferredLabel: string | null;
}

@ObjectType()
export class OccupationCoverage {
  @Field()
  occupation: string;

  @Field(() => [SkillCoverage], { description: "How many people hold awards covering each of the occupation's essential skills." })
  essentialSkills: SkillCoverage[];
}
