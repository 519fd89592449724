import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { GraphQLISODateTime } from 'type-graphql';
import type { HubContext } from '../../../platform/context';
import { InvalidInput } from '../../../platform/errors';
import { HUB_PERTURBATION } from './cell-key';
import { competenceStatistics, type Statistics } from './statistics-query';
import gql from 'graphql-tag';
import { ErrorCode, HubError } from '../../../platform/errors';
import {
  CompetenceStatistics,
  DimensionValue,
  OccupationCoverage,
  PeriodGrain,
  StatisticsCell,
  StatisticsDimension,
  StatisticsFilter,
  TimeSeriesPoint,
  asDimension,
  asGrain,
} from './statistics.types';
import { EscoSkill, Organisation } from '../types';

const MAX_GROUP_BY = 3;

/**
 * A dimension value as the thing it names, for names in every language: skills are ESCO skills of the catalogue's,
 * issuers organisations of the accreditation register's (the gateway resolves both; awards keeps only the URI or id).
 */
@Resolver(() => DimensionValue)
export class DimensionValueResolver {
  @FieldResolver(() => EscoSkill, { nullable: true, description: 'The ESCO skill a SKILL or SKILL_GROUP value is, with its labels (from the catalogue).' })
  skill(@Root() value: DimensionValue): EscoSkill | null {
    return value.dimension === StatisticsDimension.SKILL || value.dimension === StatisticsDimension.SKILL_GROUP ? Object.assign(new EscoSkill(), { uri: value.value }) : null;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The issuing organisation an ISSUER value is, with its name (from the accreditation register).' })
  organisation(@Root() value: DimensionValue): Organisation | null {
    return value.dimension === StatisticsDimension.ISSUER ? Object.assign(new Organisation(), { id: value.value }) : null;
  }
}

/**
 * Competence statistics for analysts: aggregates only, never individuals (the access policy admits only
 * the analyst role, and no field here identifies a learner).
 */
@Resolver()
export class StatisticsResolver {
  @Query(() => CompetenceStatistics, { nullable: true, description: 'Counts of awards and distinct learners, grouped by up to three dimensions.' })
  async competenceStatistics(
    @Arg('groupBy', () => [StatisticsDimension]) groupBy: StatisticsDimension[],
    @Arg('filter', () => StatisticsFilter, { nullable: true }) filter: StatisticsFilter | null,
    @Arg('grain', () => PeriodGrain, { defaultValue: PeriodGrain.MONTH }) grain: PeriodGrain,
    @Ctx() context: HubContext,
  ): Promise<Statistics> {
    if (groupBy.length > MAX_GROUP_BY) throw new InvalidInput('groupBy', `at most ${MAX_GROUP_BY} dimensions`);
    if (new Set(groupBy).size !== groupBy.length) throw new InvalidInput('groupBy', 'names a dimension twice');
    validateFilter(filter);
    return competenceStatistics(context.db.manager, {
      groupBy: groupBy.map(asDimension),
      filter,
      grain: asGrain(grain),
      minimumLearners: context.config.STATISTICS_MIN_LEARNERS,
      perturbation: HUB_PERTURBATION,
    });
  }

  @Query(() => [TimeSeriesPoint], { nullable: true, description: 'One dimension value over time, for charts (e.g. a skill per quarter).' })
  async competenceTimeSeries(
    @Arg('dimension', () => StatisticsDimension) dimension: StatisticsDimension,
    @Arg('value') value: string,
    @Arg('grain', () => PeriodGrain, { defaultValue: PeriodGrain.MONTH }) grain: PeriodGrain,
    @Arg('filter', () => StatisticsFilter, { nullable: true }) filter: StatisticsFilter | null,
    @Ctx() context: HubContext,
  ): Promise<TimeSeriesPoint[]> {
    if (dimension === StatisticsDimension.PERIOD) throw new InvalidInput('dimension', 'a time series is over periods already');
    validateFilter(filter);
    const narrowed = { ...(filter ?? {}), ...filterFor(dimension, value) };
    const result = await competenceStatistics(context.db.manager, {
      groupBy: ['PERIOD'],
      filter: narrowed,
      grain: asGrain(grain),
      minimumLearners: context.config.STATISTICS_MIN_LEARNERS,
      perturbation: HUB_PERTURBATION,
    });
    return result.cells.map(({ values, ...figures }) => ({ period: values[0].value, ...figures }));
  }

  @Query(() => OccupationCoverage, {
    nullable: true,
    description: "Supply against an ESCO occupation: for each of its essential skills, how many people hold awards covering it.",
  })
  async occupationCoverage(
    @Arg('occupation', { description: 'An ESCO occupation URI.' }) occupation: string,
    @Arg('filter', () => StatisticsFilter, { nullable: true }) filter: StatisticsFilter | null,
    @Ctx() context: HubContext,
  ): Promise<OccupationCoverage> {
    if (!/^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f-]{36}$/.test(occupation)) {
      throw new InvalidInput('occupation', 'must be an ESCO occupation URI (http://data.europa.eu/esco/occupation/<uuid>)');
    }
    validateFilter(filter);
    // The catalogue owns ESCO: a documented service call, never its tables.
    if (!context.peers.catalogue) throw new HubError(ErrorCode.PEER_UNAVAILABLE, 'awards is not configured with the catalogue');
    const { escoOccupation } = await context.peers.catalogue.request<{
      escoOccupation: { uri: string; essentialSkills: { uri: string; preferredLabel: string | null }[] };
    }>(OCCUPATION_SKILLS, { uri: occupation });
    const skills = escoOccupation.essentialSkills;
    const result = await competenceStatistics(context.db.manager, {
      groupBy: ['SKILL'],
      filter: { ...(filter ?? {}), skills: skills.map((skill) => skill.uri) },
      minimumLearners: context.config.STATISTICS_MIN_LEARNERS,
      perturbation: HUB_PERTURBATION,
    });
    const bySkill = new Map(result.cells.map((cell) => [cell.values[0].value, cell]));
    return {
      occupation: escoOccupation.uri,
      essentialSkills: skills.map((skill) => {
        const cell = bySkill.get(skill.uri);
        // A skill nobody holds is a plain zero: it says nothing about any person.
        const figures = cell ?? { awards: 0, learners: 0, suspendedAwards: 0, suppressed: false, learnersEstimated: false };
        const { values: _values, ...counts } = figures as typeof figures & { values?: unknown };
        return { skill: skill.uri, preferredLabel: skill.preferredLabel, ...counts };
      }),
    };
  }

  @Query(() => [StatisticsCell], { nullable: true, description: 'The skills most learners have shown in a region and period (suppressed groups left out).' })
  async topSkills(
    @Arg('region', () => String, { nullable: true }) region: string | null,
    @Arg('from', () => GraphQLISODateTime, { nullable: true }) from: Date | null,
    @Arg('to', () => GraphQLISODateTime, { nullable: true }) to: Date | null,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Ctx() context: HubContext,
  ): Promise<StatisticsCell[]> {
    if (first < 1 || first > 100) throw new InvalidInput('first', 'must be between 1 and 100');
    const result = await competenceStatistics(context.db.manager, {
      groupBy: ['SKILL'],
      filter: { regions: region ? [region] : null, from, to },
      minimumLearners: context.config.STATISTICS_MIN_LEARNERS,
      perturbation: HUB_PERTURBATION,
    });
    return result.cells
      .filter((cell) => !cell.suppressed)
      .sort((a, b) => b.learners! - a.learners! || b.awards! - a.awards!)
      .slice(0, first) as StatisticsCell[];
  }
}

const OCCUPATION_SKILLS = gql`
  query OccupationEssentialSkills($uri: String!) {
    escoOccupation(uri: $uri) {
      uri
      essentialSkills {
        uri
        preferredLabel(language: "en")
      }
    }
  }
`;

function filterFor(dimension: StatisticsDimension, value: string): StatisticsFilter {
  switch (dimension) {
    case StatisticsDimension.SKILL:
      return { skills: [value] };
    case StatisticsDimension.SKILL_GROUP:
      return { skillGroups: [value] };
    case StatisticsDimension.SEQF_LEVEL:
      if (!/^[1-8]$/.test(value)) throw new InvalidInput('value', 'an SeQF level is 1-8');
      return { seqfLevels: [Number(value)] };
    case StatisticsDimension.FIELD:
      return { fields: [value] };
    case StatisticsDimension.ISSUER:
      return { issuerIds: [value] };
    case StatisticsDimension.REGION:
      return { regions: [value] };
    case StatisticsDimension.CREDENTIAL_TYPE:
      return { credentialTypes: [value] };
    case StatisticsDimension.QUALITY_ASSURANCE:
      return { qualityAssurance: [value] };
    default:
      throw new InvalidInput('dimension', `cannot filter by ${dimension}`);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function validateFilter(filter: StatisticsFilter | null) {
  if (!filter) return;
  if (filter.from && filter.to && filter.from > filter.to) throw new InvalidInput('filter.to', 'must not be before filter.from');
  if (filter.seqfLevels?.some((level) => !Number.isInteger(level) || level < 1 || level > 8)) {
    throw new InvalidInput('filter.seqfLevels', 'levels are 1-8');
  }
  if (filter.issuerIds?.some((id) => !UUID.test(id))) throw new InvalidInput('filter.issuerIds', 'must be organisation ids (UUIDs)');
  for (const [name, list] of Object.entries(filter)) {
    if (Array.isArray(list) && list.length > 200) throw new InvalidInput(`filter.${name}`, 'at most 200 values');
  }
}
