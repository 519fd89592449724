import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Kind, type GraphQLResolveInfo, type SelectionNode } from 'graphql';
import type { DataSource } from 'typeorm';
import type { HubConfig } from '../../platform/config';
import { ErrorCode, HubError, InvalidInput, requireUuid } from '../../platform/errors';
import type { Identity } from '../../platform/identity';
import { MAX_PAGE_SIZE, PageArgs, PageInfo } from '../../platform/pagination';
import { CredentialType, ISCED_F_FIELDS, isFieldCode } from '../../platform/vocabulary';
import { MicroCredential } from './micro-credential';
import { Organisation } from './organisation';
import { MAX_SEARCH_LENGTH, prepareSearch } from './search-text';
import { EntryStatus, ParticipationForm, QualityAssuranceType } from './vocabulary';

@InputType({ description: 'Notional workload in hours, inclusive.' })
export class WorkloadRange {
  @Field(() => Int, { nullable: true })
  min?: number | null;

  @Field(() => Int, { nullable: true })
  max?: number | null;
}

@InputType({ description: 'Narrows a catalogue search. Within one filter any listed value matches; all given filters must match.' })
export class MicroCredentialFilter {
  @Field(() => [Int], { nullable: true, description: 'SeQF levels.' })
  seqfLevels?: number[] | null;

  @Field(() => [Int], { nullable: true, description: 'EQF levels (the same numbers as SeQF levels).' })
  eqfLevels?: number[] | null;

  @Field(() => String, { nullable: true, description: 'An ESCO skill URI: entries teaching it or any skill narrower than it.' })
  escoSkill?: string | null;

  @Field(() => String, { nullable: true, description: 'An ESCO occupation URI: entries teaching a skill that is essential to it.' })
  escoOccupation?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Providers (organisation ids).' })
  providerIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'ISCED-F field codes; a broad field ("07") covers its narrow fields ("071").' })
  fields?: string[] | null;

  @Field(() => WorkloadRange, { nullable: true })
  workloadHours?: WorkloadRange | null;

  @Field(() => [ParticipationForm], { nullable: true })
  participationForms?: ParticipationForm[] | null;

  @Field(() => [QualityAssuranceType], { nullable: true })
  qualityAssuranceTypes?: QualityAssuranceType[] | null;

  @Field(() => [CredentialType], { nullable: true })
  credentialTypes?: CredentialType[] | null;

  @Field(() => [String], { nullable: true, description: 'Languages of instruction (ISO 639-1).' })
  languages?: string[] | null;

  @Field(() => [EntryStatus], {
    nullable: true,
    description:
      'Default PUBLISHED (the catalogue). RETIRED: withdrawn entries. DRAFT: only for authorities, and for providers their own drafts.',
  })
  statuses?: EntryStatus[] | null;
}

@ArgsType()
export class MicroCredentialSearchArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Words in Swedish or English. Swedish words find their compounds and inflections ("sömnad" finds "reparationssömnad", "svetsare" finds "svetsning"). Results are ranked; without words they come in order of title.',
  })
  search?: string | null;

  @Field(() => MicroCredentialFilter, { nullable: true })
  filter?: MicroCredentialFilter | null;
}

@ObjectType({ description: 'How many of the current results are at one SeQF level.' })
export class LevelFacet {
  @Field(() => Int)
  seqfLevel: number;

  @Field(() => Int)
  eqfLevel: number;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'How many of the current results are in one thematic field (as the entries give it).' })
export class FieldFacet {
  @Field({ description: 'ISCED-F code.' })
  code: string;

  @Field()
  name: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'How many of the current results one provider offers.' })
export class ProviderFacet {
  providerId: string;

  @Field(() => Organisation, { nullable: true })
  provider(): Organisation {
    return { id: this.providerId };
  }

  @Field(() => Int)
  count: number;
}

@ObjectType({
  description:
    'Counts over all results of the current search and filters (not only this page): exact while the result is within the exact-count limit, estimated above it (countsAreEstimates).',
})
export class MicroCredentialFacets {
  @Field({ description: 'True when the result is larger than the exact-count limit and the counts are estimates (shown as "about N").' })
  countsAreEstimates: boolean;

  @Field(() => [LevelFacet], { description: 'By SeQF level, in level order.' })
  seqfLevels: LevelFacet[];

  @Field(() => [FieldFacet], { description: 'By field, most results first.' })
  fields: FieldFacet[];

  @Field(() => [ProviderFacet], { description: `By provider, most results first (the top ${25}).` })
  providers: ProviderFacet[];
}

interface Summary {
  total: number;
  totalIsEstimate: boolean;
  facets: MicroCredentialFacets;
}

@ObjectType({ description: 'A page of catalogue entries, with the total and facet counts of the whole result.' })
export class MicroCredentialSearchResult {
  @Field(() => [MicroCredential])
  nodes: MicroCredential[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  /** Counted only when asked for, once for both fields. */
  summary: () => Promise<Summary>;

  @Field(() => Int, {
    description: 'How many match in all: exact up to the exact-count limit (1,000 unless configured), above it an estimate (totalCountIsEstimate).',
  })
  totalCount(): Promise<number> {
    return this.summary().then((summary) => summary.total);
  }

  @Field(() => Boolean, {
    description:
      'True when more entries match than the exact-count limit: totalCount is then an estimate from a sample of the catalogue (at least the limit), shown as "about N".',
  })
  totalCountIsEstimate(): Promise<boolean> {
    return this.summary().then((summary) => summary.totalIsEstimate);
  }

  @Field(() => MicroCredentialFacets)
  facets(): Promise<MicroCredentialFacets> {
    return this.summary().then((summary) => summary.facets);
  }
}

const TOP_PROVIDERS = 25;
const MAX_FILTER_VALUES = 50;

const limited = <T>(field: string, values: T[] | null | undefined): T[] => {
  if (!values?.length) return [];
  if (values.length > MAX_FILTER_VALUES) throw new InvalidInput(field, `at most ${MAX_FILTER_VALUES} values`);
  return values;
};

/**
 * The search as SQL: the filtered query (for the page and the counts) and, for a text search, the rank.
 * Every text condition is one the partial GIN indexes on published versions answer.
 */
export function buildSearch(db: DataSource, identity: Identity, args: Pick<MicroCredentialSearchArgs, 'search' | 'filter'>) {
  const query = db.getRepository(MicroCredential).createQueryBuilder('mc');
  const filter = args.filter ?? {};

  const statuses = limited('filter.statuses', filter.statuses);
  const visible: string[] = [];
  for (const status of statuses.length ? [...new Set(statuses)] : [EntryStatus.PUBLISHED]) {
    if (status === EntryStatus.PUBLISHED) visible.push(`mc.status = 'PUBLISHED'`);
    if (status === EntryStatus.RETIRED) visible.push(`(mc.status = 'RETIRED' and mc.superseded_by is null)`);
    if (status === EntryStatus.DRAFT) {
      if (identity.roles.includes('authority')) visible.push(`mc.status = 'DRAFT'`);
      else if (identity.roles.includes('provider') && identity.organisationId) {
        visible.push(`(mc.status = 'DRAFT' and mc.provider_id = :me)`);
        query.setParameter('me', identity.organisationId);
      } else {
        throw new HubError(ErrorCode.FORBIDDEN, 'filter.statuses: drafts are visible only to their provider and to authorities', {
          field: 'filter.statuses',
        });
      }
    }
  }
  query.where(visible.length === 1 ? visible[0] : `(${visible.join(' or ')})`);

  let score: string | null = null;
  if (args.search?.trim()) {
    if (args.search.length > MAX_SEARCH_LENGTH) throw new InvalidInput('search', `must be at most ${MAX_SEARCH_LENGTH} characters`);
    const prepared = prepareSearch(args.search);
    if (!prepared) throw new InvalidInput('search', 'give at least one word (letters or digits)');
    const text = `(to_tsquery('swedish', :tsq) || to_tsquery('english', :tsq))`;
    const alternatives = [`mc.search_vector @@ ${text}`];
    if (prepared.trigramWords.length) {
      // Words are letters and digits only, so they hold no LIKE wildcards; the trigram index answers these.
      alternatives.push(`(${prepared.trigramWords.map((_, index) => `mc.search_words like :w${index}`).join(' and ')})`);
      prepared.trigramWords.forEach((word, index) => query.setParameter(`w${index}`, `%${word}%`));
    }
    query.andWhere(`(${alternatives.join(' or ')})`, { tsq: prepared.tsquery });
    // Full-text rank, and a lift for a word inside the title (a compound there ranks no lower than a stem
    // match in the description). An integer, so that a cursor carries it exactly.
    const inTitle = prepared.titleWords.map((word, index) => {
      query.setParameter(`t${index}`, `%${word}%`);
      return `(case when mc.sort_title like :t${index} then 0.1 else 0 end)`;
    });
    score = `round((ts_rank(mc.search_vector, ${text})${inTitle.map((term) => ` + ${term}`).join('')}) * 1000000)::bigint`;
  }

  const levels = [...limited('filter.seqfLevels', filter.seqfLevels), ...limited('filter.eqfLevels', filter.eqfLevels)];
  for (const level of levels) {
    if (!Number.isInteger(level) || level < 1 || level > 8) throw new InvalidInput('filter.seqfLevels', `${level} is not a level; levels are 1-8`);
  }
  if (filter.seqfLevels?.length) query.andWhere('mc.seqf_level = any(:seqfLevels)', { seqfLevels: filter.seqfLevels });
  if (filter.eqfLevels?.length) query.andWhere('mc.seqf_level = any(:eqfLevels)', { eqfLevels: filter.eqfLevels });

  for (const [field, value] of [['filter.escoSkill', filter.escoSkill], ['filter.escoOccupation', filter.escoOccupation]] as const) {
    if (value && value.length > 300) throw new InvalidInput(field, 'is not an ESCO concept URI');
  }
  if (filter.escoSkill) {
    query.andWhere(
      `mc.skill_uris && array(with recursive narrower (uri) as (
         select cast(:skill as text) union select b.skill_uri from esco_broader_skill b join narrower n on b.broader_uri = n.uri)
       select uri from narrower)`,
      { skill: filter.escoSkill.trim() },
    );
  }
  if (filter.escoOccupation) {
    query.andWhere(
      `mc.skill_uris && array(select s.skill_uri from esco_occupation_skill s where s.occupation_uri = :occupation and s.relation_type = 'essential')`,
      { occupation: filter.escoOccupation.trim() },
    );
  }
  const providers = limited('filter.providerIds', filter.providerIds).map((id) => requireUuid('filter.providerIds', id));
  if (providers.length) query.andWhere('mc.provider_id = any(:providers)', { providers });

  const fields = limited('filter.fields', filter.fields).map((code) => code.trim());
  for (const code of fields) if (!isFieldCode(code)) throw new InvalidInput('filter.fields', `'${code.slice(0, 20)}' is not an ISCED-F field code`);
  if (fields.length) {
    query.andWhere(`(${fields.map((_, index) => `mc.field like :field${index}`).join(' or ')})`);
    fields.forEach((code, index) => query.setParameter(`field${index}`, `${code}%`));
  }
  const { min, max } = filter.workloadHours ?? {};
  if (min !== null && min !== undefined) query.andWhere('mc.workload_hours >= :minHours', { minHours: min });
  if (max !== null && max !== undefined) query.andWhere('mc.workload_hours <= :maxHours', { maxHours: max });
  const forms = limited('filter.participationForms', filter.participationForms);
  if (forms.length) query.andWhere('mc.participation_form = any(:forms)', { forms });
  const assurance = limited('filter.qualityAssuranceTypes', filter.qualityAssuranceTypes);
  if (assurance.length) query.andWhere('mc.quality_assurance_type = any(:assurance)', { assurance });
  const credentialTypes = limited('filter.credentialTypes', filter.credentialTypes);
  if (credentialTypes.length) query.andWhere('mc.credential_type = any(:credentialTypes)', { credentialTypes });
  const languages = limited('filter.languages', filter.languages).map((language) => language.trim().toLowerCase());
  if (languages.length) query.andWhere('mc.language = any(:languages)', { languages });

  return { query, score };
}

const encodeCursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
function decodeCursor(cursor: string, kind: 'rank' | 'title'): [string, string] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === 3 && values[0] === kind && typeof values[1] === 'string' && typeof values[2] === 'string') {
      return [values[1], values[2]];
    }
  } catch {
    // fall through to the error below
  }
  throw new InvalidInput('after', 'is not a cursor this search gave out');
}

/**
 * The two statements of a search: the page (ranked, or in title order, after the cursor) and the summary
 * (total and facets). Exported so that the benchmark can show their plans.
 */
export function searchStatements(db: DataSource, identity: Identity, args: MicroCredentialSearchArgs, counting: Counting = DEFAULT_COUNTING) {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE_SIZE) {
    throw new InvalidInput('first', `must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  const { query, score } = buildSearch(db, identity, args);
  const page = query.clone();
  if (score) {
    page.addSelect(score, 'rank');
    if (args.after) {
      const [rank, id] = decodeCursor(args.after, 'rank');
      if (!/^-?\d+$/.test(rank) || !/^[0-9a-f-]{36}$/.test(id)) throw new InvalidInput('after', 'is not a cursor this search gave out');
      page.andWhere(`(${score} < cast(:cursorRank as bigint) or (${score} = cast(:cursorRank as bigint) and mc.id > :cursorId))`, {
        cursorRank: rank,
        cursorId: id,
      });
    }
    page.orderBy('rank', 'DESC').addOrderBy('mc.id', 'ASC');
  } else {
    page.addSelect('mc.sort_title', 'sort_title');
    if (args.after) {
      const [title, id] = decodeCursor(args.after, 'title');
      if (!/^[0-9a-f-]{36}$/.test(id)) throw new InvalidInput('after', 'is not a cursor this search gave out');
      page.andWhere('(mc.sort_title, mc.id) > (:cursorTitle, :cursorId)', { cursorTitle: title, cursorId: id });
    }
    page.orderBy('mc.sort_title', 'ASC').addOrderBy('mc.id', 'ASC');
  }
  page.limit(args.first + 1);
  const [summarySql, summaryParameters] = query
    .clone()
    .select('mc.seqf_level', 'seqf_level')
    .addSelect('mc.field', 'field')
    .addSelect('mc.provider_id', 'provider_id')
    .getQueryAndParameters();
  return { page, ranked: !!score, summary: summaryStatement(summarySql, summaryParameters, counting) };
}

/** How far the catalogue counts exactly, and how large a sample it estimates from above that (configuration). */
export interface Counting {
  /** Results up to this many are counted exactly (total and facets). */
  exactUpTo: number;
  /** Above it, the rows of the catalogue table sampled to estimate from. */
  sampleRows: number;
}
export const countingOf = (config: Pick<HubConfig, 'CATALOGUE_EXACT_COUNT_LIMIT' | 'CATALOGUE_COUNT_SAMPLE_ROWS'>): Counting => ({
  exactUpTo: config.CATALOGUE_EXACT_COUNT_LIMIT,
  sampleRows: config.CATALOGUE_COUNT_SAMPLE_ROWS,
});
export const DEFAULT_COUNTING: Counting = { exactUpTo: 1000, sampleRows: 2000 };

const FROM_ENTRIES = 'FROM "micro_credential" "mc"';

/**
 * The total and facets in one statement whose work does not grow with the catalogue:
 * - `matched`: the first exactUpTo + 1 matches (in the order the indexes give them); when that is all of them,
 *   their counts are the exact total and facets;
 * - `sampled`: only when there are more, the same conditions over a block sample of the table (TABLESAMPLE
 *   SYSTEM, about sampleRows rows, the percentage from the table's current size and row density;
 *   REPEATABLE, so that the same catalogue gives the same estimate on every page). Scaled up, it estimates
 *   the total and each facet; the matched counts stay as lower bounds.
 */
function summaryStatement(filteredSql: string, parameters: unknown[], counting: Counting) {
  if (!filteredSql.includes(FROM_ENTRIES)) throw new Error('the search no longer reads micro_credential as mc: update summaryStatement');
  const exactUpTo = Math.trunc(counting.exactUpTo);
  const sampleRows = Math.trunc(counting.sampleRows);
  const sampledSql = filteredSql.replace(FROM_ENTRIES, `${FROM_ENTRIES} TABLESAMPLE SYSTEM ((select percent from sample_size)) REPEATABLE (0)`);
  const groups = 'group by grouping sets ((seqf_level), (field), (provider_id), ())';
  return {
    sql: `with sample_size as (
       select least(100, 100.0 * ${sampleRows} / greatest(1, pg_relation_size(c.oid) / current_setting('block_size')::int
                * (case when c.relpages > 0 and c.reltuples > 0 then c.reltuples / c.relpages else 1 end)))::float4 as percent
         from pg_class c where c.oid = 'micro_credential'::regclass
     ),
     -- Planned for all its rows (a CTE is), so by the indexes of its conditions, but run only as far as read: a
     -- LIMIT on the query itself would have the planner pick a sequential scan that passes far more rows.
     filtered as materialized (${filteredSql}),
     matched as materialized (select * from filtered limit ${exactUpTo + 1}),
     sampled as materialized (
       select seqf_level, field, provider_id from (${sampledSql}) rows where (select count(*) from matched) > ${exactUpTo}
     )
     select false as sampled, seqf_level, field, provider_id, count(*)::int as count, grouping(seqf_level, field, provider_id) as by,
            null::float8 as percent
       from matched ${groups}
     union all
     select true, seqf_level, field, provider_id, count(*)::int, grouping(seqf_level, field, provider_id), (select percent from sample_size)
       from sampled ${groups}`,
    parameters,
    exactUpTo,
  };
}

/** Runs a search: the page in one statement; the total and facets in one more, only when asked for. */
export async function searchMicroCredentials(
  db: DataSource,
  identity: Identity,
  args: MicroCredentialSearchArgs,
  options: { summaryWanted?: boolean; counting?: Counting } = {},
): Promise<MicroCredentialSearchResult> {
  const { page, ranked, summary: statement } = searchStatements(db, identity, args, options.counting);
  // When the caller asked for the total or facets, count while the page is fetched, on another connection.
  let summary: Promise<Summary> | undefined = options.summaryWanted ? summarise(db, statement) : undefined;
  summary?.catch(() => {});
  const { entities, raw } = await page.getRawAndEntities();
  const nodes = entities.slice(0, args.first);
  const last = nodes.length ? raw[nodes.length - 1] : null;
  const endCursor = last ? encodeCursor(ranked ? ['rank', String(last.rank), last.mc_id] : ['title', last.sort_title, last.mc_id]) : null;

  const result = new MicroCredentialSearchResult();
  result.nodes = nodes;
  result.pageInfo = { hasNextPage: entities.length > args.first, endCursor };
  result.summary = () => (summary ??= summarise(db, statement));
  return result;
}

interface SummaryRow {
  sampled: boolean;
  seqf_level: number | null;
  field: string | null;
  provider_id: string | null;
  count: number;
  by: number;
  percent: number | null;
}

/** The total and the facet counts of the whole result: exact within the limit, else estimated (see summaryStatement). */
async function summarise(db: DataSource, statement: ReturnType<typeof summaryStatement>): Promise<Summary> {
  const rows: SummaryRow[] = await db.query(statement.sql, statement.parameters);
  // grouping() sets a bit for each column not grouped by: 0b011 = by level, 0b101 = by field, 0b110 = by provider.
  const tally = (sampled: boolean) => {
    const counts = { total: 0, levels: new Map<number, number>(), fields: new Map<string, number>(), providers: new Map<string, number>() };
    for (const row of rows) {
      if (row.sampled !== sampled) continue;
      if (row.by === 0b111) counts.total = row.count;
      else if (row.by === 0b011 && row.seqf_level !== null) counts.levels.set(row.seqf_level, row.count);
      else if (row.by === 0b101 && row.field !== null) counts.fields.set(row.field, row.count);
      else if (row.by === 0b110 && row.provider_id !== null) counts.providers.set(row.provider_id, row.count);
    }
    return counts;
  };
  const matched = tally(false);
  let counts = matched;
  let estimated = false;
  if (matched.total > statement.exactUpTo) {
    const sample = tally(true);
    const percent = rows.find((row) => row.sampled)?.percent ?? 100;
    if (percent >= 100) {
      // The sample was the whole table: its counts are exact.
      counts = sample;
    } else {
      // Scaled up from the sample; never below what the first matches already showed.
      estimated = true;
      const scale = 100 / percent;
      const total = Math.max(matched.total, Math.round(sample.total * scale));
      const estimate = <K>(exact: Map<K, number>, sampled: Map<K, number>) =>
        new Map([...new Set([...exact.keys(), ...sampled.keys()])].map((key) => [key, Math.min(total, Math.max(exact.get(key) ?? 0, Math.round((sampled.get(key) ?? 0) * scale)))]));
      counts = { total, levels: estimate(matched.levels, sample.levels), fields: estimate(matched.fields, sample.fields), providers: estimate(matched.providers, sample.providers) };
    }
  }
  const facets: MicroCredentialFacets = {
    countsAreEstimates: estimated,
    seqfLevels: [...counts.levels].map(([seqfLevel, count]) => ({ seqfLevel, eqfLevel: seqfLevel, count })).sort((a, b) => a.seqfLevel - b.seqfLevel),
    fields: [...counts.fields]
      .map(([code, count]) => ({ code, name: ISCED_F_FIELDS[code] ?? code, count }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
    providers: [...counts.providers]
      .map(([providerId, count]) => Object.assign(new ProviderFacet(), { providerId, count }))
      .sort((a, b) => b.count - a.count || a.providerId.localeCompare(b.providerId))
      .slice(0, TOP_PROVIDERS),
  };
  return { total: counts.total, totalIsEstimate: estimated, facets };
}

const SUMMARY_FIELDS = new Set(['totalCount', 'totalCountIsEstimate', 'facets']);

/** Whether a query selects the total or the facets of a search result (fragments included). */
export function asksForSummary(info: GraphQLResolveInfo): boolean {
  const visit = (selections: readonly SelectionNode[]): boolean =>
    selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return SUMMARY_FIELDS.has(selection.name.value);
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet.selections);
      const fragment = info.fragments[selection.name.value];
      return fragment ? visit(fragment.selectionSet.selections) : false;
    });
  return info.fieldNodes.some((node) => (node.selectionSet ? visit(node.selectionSet.selections) : false));
}
