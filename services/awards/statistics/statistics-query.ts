import type { EntityManager } from 'typeorm';
import { addKeys, type PerturbationTable } from './cell-key';
import { LearnerSketch } from './learner-sketch';

export type Dimension =
  | 'SKILL'
  | 'SKILL_GROUP'
  | 'SEQF_LEVEL'
  | 'FIELD'
  | 'ISSUER'
  | 'REGION'
  | 'CREDENTIAL_TYPE'
  | 'QUALITY_ASSURANCE'
  | 'PERIOD';
export type Grain = 'MONTH' | 'QUARTER' | 'YEAR';

export interface Filter {
  skills?: string[] | null;
  skillGroups?: string[] | null;
  seqfLevels?: number[] | null;
  /** ISCED-F codes; a broad code covers its narrower fields. */
  fields?: string[] | null;
  issuerIds?: string[] | null;
  regions?: string[] | null;
  credentialTypes?: string[] | null;
  qualityAssurance?: string[] | null;
  /** Inclusive, by month of issue. */
  from?: Date | null;
  to?: Date | null;
}

export interface Figures {
  awards: number | null;
  learners: number | null;
  suspendedAwards: number | null;
  suppressed: boolean;
  /** True when the learner count comes from a HyperLogLog estimate (large cells only). */
  learnersEstimated: boolean;
}

export interface Cell extends Figures {
  values: { dimension: Dimension; value: string }[];
}

export interface Statistics {
  minimumLearners: number;
  maximumDeviation: number;
  cells: Cell[];
  total: Figures;
}

interface Row {
  id: string;
  /** The row version (PostgreSQL's xmin): a cached sketch of the same version is the cell's sketch. */
  version: string;
  month: string;
  issuer_id: string;
  issuer_region: string | null;
  seqf_level: number | null;
  field: string | null;
  credential_type: string | null;
  quality_assurance: string | null;
  skills: string[];
  skill_groups: string[];
  awards: number;
  suspended: number;
  learners: Buffer | null;
  awards_key: string | number;
  suspended_key: string | number;
}

/** A group's true counts and cell keys, before they are published. */
interface Tally {
  awards: number;
  awardsKey: number;
  suspended: number;
  suspendedKey: number;
  learners: LearnerSketch;
}
const emptyTally = (): Tally => ({ awards: 0, awardsKey: 0, suspended: 0, suspendedKey: 0, learners: LearnerSketch.empty() });
function addRow(tally: Tally, row: Row, sketch: LearnerSketch) {
  tally.awards += row.awards;
  tally.awardsKey = addKeys(tally.awardsKey, Number(row.awards_key));
  tally.suspended += row.suspended;
  tally.suspendedKey = addKeys(tally.suspendedKey, Number(row.suspended_key));
  tally.learners.merge(sketch);
}

/**
 * Answers grouped counts from the aggregates alone: the rows read are bounded by months x catalogue
 * versions x issuers, however many awards there are.
 *
 * Privacy, in two layers (README, "Competence statistics"):
 * - the k-rule: a cell with fewer than `minimumLearners` distinct learners is suppressed (counts null). When a
 *   result has exactly one suppressed cell, the next smallest cell is suppressed too; a total under the
 *   threshold is suppressed like a cell. Decided on the true counts.
 * - the cell-key method (cell-key.ts): every published count is perturbed by the table, from the cell's key,
 *   so that differencing two results (issuer sets, date ranges, filters) gives noise, not a hidden figure.
 */
export async function competenceStatistics(
  manager: EntityManager,
  request: { filter?: Filter | null; groupBy: Dimension[]; grain?: Grain | null; minimumLearners: number; perturbation: PerturbationTable },
): Promise<Statistics> {
  const filter = request.filter ?? {};
  const rows = await readCells(manager, filter);
  const groups = new Map<string, { values: Cell['values']; tally: Tally }>();
  const total = emptyTally();
  const sketches = sketchCacheOf(manager);
  for (const row of rows) {
    const sketch = sketchOf(sketches, row);
    addRow(total, row, sketch);
    for (const values of combinations(request.groupBy, row, filter, request.grain ?? 'MONTH')) {
      const id = values.map((value) => value.value).join('\u0000');
      const group = groups.get(id) ?? { values, tally: emptyTally() };
      addRow(group.tally, row, sketch);
      groups.set(id, group);
    }
  }
  const cells = [...groups.values()]
    .map((group) => ({ values: group.values, tally: group.tally, learners: group.tally.learners.count() }))
    .filter((cell) => cell.tally.awards > 0 || cell.tally.suspended > 0)
    .sort((a, b) => compareValues(a.values, b.values));
  const k = request.minimumLearners;
  const suppressed = new Set(cells.filter((cell) => cell.learners < k));
  if (suppressed.size === 1 && cells.length > 1) {
    // Complementary suppression: hide the smallest visible cell as well.
    const smallest = cells.filter((cell) => !suppressed.has(cell)).sort((a, b) => a.learners - b.learners)[0];
    suppressed.add(smallest);
  }
  const table = request.perturbation;
  const figures = (tally: Tally, learners: number, hidden: boolean): Figures =>
    hidden
      ? { awards: null, learners: null, suspendedAwards: null, suppressed: true, learnersEstimated: false }
      : {
          awards: table.perturb(tally.awards, tally.awardsKey),
          learners: table.perturb(learners, tally.learners.cellKey()),
          suspendedAwards: table.perturb(tally.suspended, tally.suspendedKey),
          suppressed: false,
          learnersEstimated: !tally.learners.isExact,
        };
  const totalLearners = total.learners.count();
  return {
    minimumLearners: k,
    maximumDeviation: table.maxDeviation,
    cells: cells.map((cell) => ({ values: cell.values, ...figures(cell.tally, cell.learners, suppressed.has(cell)) })),
    total: figures(total, totalLearners, totalLearners < k),
  };
}

/**
 * Each cell's learner sketch, decoded, by cell id and row version, per database: a query reads the sketches
 * (1 KB each once a cell is large) only of cells that changed since it last saw them, so its time does not grow
 * with the awards behind each cell. Bounded: past MAX_CACHED_CELLS it starts again.
 */
type SketchCache = Map<string, { version: string; sketch: LearnerSketch }>;
const sketchCaches = new WeakMap<object, SketchCache>();
const MAX_CACHED_CELLS = 20_000;
function sketchCacheOf(manager: EntityManager): SketchCache {
  let cache = sketchCaches.get(manager.connection);
  if (!cache) sketchCaches.set(manager.connection, (cache = new Map()));
  return cache;
}
function sketchOf(cache: SketchCache, row: Row): LearnerSketch {
  const cached = cache.get(row.id);
  if (cached?.version === row.version) return cached.sketch;
  const sketch = LearnerSketch.fromBuffer(row.learners);
  if (cache.size >= MAX_CACHED_CELLS) cache.clear();
  cache.set(row.id, { version: row.version, sketch });
  return sketch;
}

/**
 * The cells a filter selects, with each one's sketch where it is not already decoded in this version. The counts
 * come first without sketches; the sketches of the cells new or changed since they were last read follow in a
 * second statement, only when there are any, for exactly those row versions. A cell that changed in between is
 * read again, so counts and sketches always come from the same version. (Sending the known versions with the
 * query instead costs every query the size of the whole cache.)
 */
async function readCells(manager: EntityManager, filter: Filter): Promise<Row[]> {
  const where: string[] = ['(awards > 0 or suspended > 0)'];
  const parameters: unknown[] = [];
  const add = (sql: (placeholder: string) => string, value: unknown) => {
    parameters.push(value);
    where.push(sql(`$${parameters.length}`));
  };
  if (filter.skills?.length) add((p) => `skills && ${p}::text[]`, filter.skills);
  if (filter.skillGroups?.length) add((p) => `skill_groups && ${p}::text[]`, filter.skillGroups);
  if (filter.seqfLevels?.length) add((p) => `seqf_level = any(${p}::smallint[])`, filter.seqfLevels);
  if (filter.fields?.length) add((p) => `field like any(${p}::text[])`, filter.fields.map((field) => `${field.replace(/[%_\\]/g, '')}%`));
  if (filter.issuerIds?.length) add((p) => `issuer_id = any(${p}::uuid[])`, filter.issuerIds);
  if (filter.regions?.length) add((p) => `issuer_region = any(${p}::text[])`, filter.regions);
  if (filter.credentialTypes?.length) add((p) => `credential_type = any(${p}::text[])`, filter.credentialTypes);
  if (filter.qualityAssurance?.length) add((p) => `quality_assurance = any(${p}::text[])`, filter.qualityAssurance);
  if (filter.from) add((p) => `month >= date_trunc('month', ${p}::timestamptz)::date`, filter.from.toISOString());
  if (filter.to) add((p) => `month <= date_trunc('month', ${p}::timestamptz)::date`, filter.to.toISOString());
  const cache = sketchCacheOf(manager);
  for (let attempt = 0; ; attempt += 1) {
    const rows: Row[] = await manager.query(
      `select id::text as id, xmin::text as version, to_char(month, 'YYYY-MM') as month, issuer_id, issuer_region, seqf_level, field,
              credential_type, quality_assurance, skills, skill_groups, awards, suspended, null::bytea as learners, awards_key, suspended_key
         from statistics_cell where ${where.join(' and ')}`,
      parameters,
    );
    const unknown = rows.filter((row) => cache.get(row.id)?.version !== row.version);
    if (unknown.length === 0) return rows;
    // After a few tries under heavy writing, take each cell's sketch as it is now, with its version.
    const exact = attempt < 3;
    const sketches: { id: string; version: string; learners: Buffer | null }[] = await manager.query(
      `select c.id::text as id, c.xmin::text as version, c.learners
         from statistics_cell c join unnest($1::bigint[], $2::text[]) as wanted (id, version)
           on c.id = wanted.id${exact ? ' and c.xmin::text = wanted.version' : ''}`,
      [unknown.map((row) => row.id), unknown.map((row) => row.version)],
    );
    // A cell written between the two statements: read them again, so counts and sketch are of one version.
    if (exact && sketches.length < unknown.length) continue;
    const byId = new Map(sketches.map((sketch) => [sketch.id, sketch]));
    for (const row of unknown) {
      const sketch = byId.get(row.id);
      row.learners = sketch?.learners ?? null;
      if (sketch) row.version = sketch.version;
    }
    return rows;
  }
}

/** The group keys a cell contributes to: one per combination of its values of the grouped dimensions. */
function combinations(groupBy: Dimension[], row: Row, filter: Filter, grain: Grain): Cell['values'][] {
  let result: Cell['values'][] = [[]];
  for (const dimension of groupBy) {
    const values = valuesOf(dimension, row, filter, grain);
    result = result.flatMap((prefix) => values.map((value) => [...prefix, { dimension, value }]));
  }
  return result;
}

function valuesOf(dimension: Dimension, row: Row, filter: Filter, grain: Grain): string[] {
  const known = (value: string | number | null) => (value === null ? ['UNKNOWN'] : [String(value)]);
  switch (dimension) {
    case 'SKILL':
      return filter.skills?.length ? row.skills.filter((skill) => filter.skills!.includes(skill)) : row.skills;
    case 'SKILL_GROUP':
      return filter.skillGroups?.length ? row.skill_groups.filter((group) => filter.skillGroups!.includes(group)) : row.skill_groups;
    case 'SEQF_LEVEL':
      return known(row.seqf_level);
    case 'FIELD':
      return known(row.field);
    case 'ISSUER':
      return [row.issuer_id];
    case 'REGION':
      return known(row.issuer_region);
    case 'CREDENTIAL_TYPE':
      return known(row.credential_type);
    case 'QUALITY_ASSURANCE':
      return known(row.quality_assurance);
    case 'PERIOD':
      return [periodOf(row.month, grain)];
  }
}

/** 2025-05 as a month, 2025-Q2 as a quarter, 2025 as a year. */
export function periodOf(month: string, grain: Grain): string {
  const [year, monthNumber] = month.split('-');
  if (grain === 'YEAR') return year;
  if (grain === 'QUARTER') return `${year}-Q${Math.ceil(Number(monthNumber) / 3)}`;
  return month;
}

/** Swedish order, numbers by value: one collator for every comparison (localeCompare with options makes one per call). */
const SWEDISH = new Intl.Collator('sv', { numeric: true });
function compareValues(a: Cell['values'], b: Cell['values']): number {
  for (let index = 0; index < a.length; index += 1) {
    const order = SWEDISH.compare(a[index].value, b[index].value);
    if (order !== 0) return order;
  }
  return 0;
}
