import { CatalogueCountsDocument, type MicroCredentialFilter } from './generated/graphql';
import { loadEntries } from '../bench/catalogue-data';
import { registerOrganisation } from './support/catalogue';
import { startTestHub, type TestHub } from './support/hub';

/**
 * A catalogue larger than the exact-count limit: a search's total and facets are exact up to the limit and
 * estimated (and flagged) above it, while paging still returns every match exactly once. The limit is set
 * low (25) so that a catalogue of 1,200 generated entries (the benchmark's generator) exceeds it.
 */
const LIMIT = 25;
let hub: TestHub;
let few: string;
let many: string;

beforeAll(async () => {
  hub = await startTestHub({ CATALOGUE_EXACT_COUNT_LIMIT: String(LIMIT), CATALOGUE_COUNT_SAMPLE_ROWS: '400' });
  const authority = await hub.token({ roles: ['authority'] });
  few = (await registerOrganisation(hub, authority, 'Liten utbildare AB')).id;
  many = (await registerOrganisation(hub, authority, 'Stor utbildare AB')).id;
  // Entries go to the providers in turn: the small provider gets one in 60 (20 of 1,200).
  const providers = [few, ...Array.from({ length: 59 }, () => many)];
  const db = hub.hub.subgraphs.catalogue.db;
  await loadEntries(db, providers, 0, 1200);
  // As autovacuum would: the estimate reads the table's size and row density from its statistics.
  await db.query('analyze micro_credential');
}, 120_000);
afterAll(async () => {
  await hub?.stop();
});

async function searchPage(search: string | null, filter: MicroCredentialFilter | undefined, first: number, after?: string | null) {
  const response = await hub.request(CatalogueCountsDocument, { search, filter, first, after });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!.microCredentials;
}

/** Every match, by paging through the gateway: the truth the counts are checked against. */
async function everyMatch(search: string | null, filter?: MicroCredentialFilter) {
  const nodes: Awaited<ReturnType<typeof searchPage>>['nodes'] = [];
  let after: string | null | undefined = null;
  for (let page = 0; page < 100; page += 1) {
    const result = await searchPage(search, filter, 100, after);
    nodes.push(...result.nodes);
    if (!result.pageInfo.hasNextPage) return nodes;
    after = result.pageInfo.endCursor;
  }
  throw new Error('more than 100 pages');
}

const countBy = <T>(values: T[]) => values.reduce((counts, value) => counts.set(value, (counts.get(value) ?? 0) + 1), new Map<T, number>());
const near = (estimate: number, truth: number) => Math.abs(estimate - truth) <= Math.max(5, truth * 0.35);

describe('a search with more matches than the exact-count limit', () => {
  it.each([
    ['no words, level 3 (title order)', null, { seqfLevels: [3] }],
    ['"svetsare" (ranked)', 'svetsare', undefined],
    ['field 07', null, { fields: ['07'] }],
  ] as const)('%s: the total and facets are estimates, flagged, close to the truth; paging returns every match once', async (_, words, filter) => {
    const all = await everyMatch(words, filter as MicroCredentialFilter | undefined);
    expect(new Set(all.map((node) => node.id)).size).toBe(all.length);
    expect(all.length).toBeGreaterThan(LIMIT);

    const result = await searchPage(words, filter as MicroCredentialFilter | undefined, 5);
    expect(result.nodes).toHaveLength(5);
    expect(result.totalCountIsEstimate).toBe(true);
    expect(result.facets.countsAreEstimates).toBe(true);
    // Never below what is known to match (more than the limit), and near the true number.
    expect(result.totalCount).toBeGreaterThan(LIMIT);
    expect(near(result.totalCount, all.length)).toBe(true);
    const levels = countBy(all.map((node) => node.seqfLevel));
    for (const [level, truth] of levels) {
      // A group of a hundred or more has enough rows in the sample to be estimated closely; a smaller one is noisier.
      if (truth < 100) continue;
      const facet = result.facets.seqfLevels.find((each) => each.seqfLevel === level);
      expect(facet && near(facet.count, truth)).toBe(true);
    }
    // The same catalogue gives the same estimate again (a repeatable sample), so pages agree.
    const again = await searchPage(words, filter as MicroCredentialFilter | undefined, 5, result.pageInfo.endCursor);
    expect(again.totalCount).toBe(result.totalCount);
  });
});

describe('a search within the exact-count limit', () => {
  it('counts the total and every facet exactly, unflagged', async () => {
    const all = await everyMatch(null, { providerIds: [few] });
    expect(all).toHaveLength(20);
    const result = await searchPage(null, { providerIds: [few] }, 3);
    expect(result).toMatchObject({ totalCount: 20, totalCountIsEstimate: false, facets: { countsAreEstimates: false } });
    expect(result.facets.providers).toEqual([{ provider: { id: few }, count: 20 }]);
    const levels = countBy(all.map((node) => node.seqfLevel));
    expect(result.facets.seqfLevels).toEqual([...levels].sort(([a], [b]) => a - b).map(([seqfLevel, count]) => ({ seqfLevel, count })));
    const fields = countBy(all.map((node) => node.field));
    expect(Object.fromEntries(result.facets.fields.map((facet) => [facet.code, facet.count]))).toEqual(Object.fromEntries(fields));
  });

  it('counts a text search narrowed below the limit exactly', async () => {
    const all = await everyMatch('svetsare', { providerIds: [few] });
    expect(all.length).toBeLessThanOrEqual(LIMIT);
    const result = await searchPage('svetsare', { providerIds: [few] }, 1);
    expect(result).toMatchObject({ totalCount: all.length, totalCountIsEstimate: false });
  });
});
