import { randomUUID } from 'node:crypto';
import { databaseUrlFor, openSubgraphDatabase, type SubgraphDatabase } from '../platform/database';
import { Statistics1735000000000 } from '../services/awards/migrations/1735000000000-statistics';
import { StatisticsCellKeys1737150000000 } from '../services/awards/migrations/1737150000000-statistics-cell-keys';
import { StatisticsLedger } from '../services/awards/statistics/statistics-ledger';
import type { Dimension, Filter, Grain } from '../services/awards/statistics/statistics-query';
import type { AwardFacts } from '../services/awards/statistics/award-facts';
import { SWEDISH_COUNTIES } from '../services/accreditation/counties';

/** The statistics benchmarks' data: a generated world of awards and the queries an analyst asks of it. */

/** A catalogue of 120 entries from 25 issuers over the counties, each with 2-6 skills from a pool of 300. */
export function makeWorld(seed = 42) {
  let state = seed;
  const random = () => ((state = (state * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32);
  const zipf = (n: number) => Math.min(n - 1, Math.floor(n * random() ** 2.2));
  const skills = Array.from({ length: 300 }, (_, index) => `http://data.europa.eu/esco/skill/bench-${index}`);
  // The first issuer is in Västerbotten (the pilots' county), so that the Västerbotten query has cells to read.
  const issuers = Array.from({ length: 25 }, (_, index) => {
    const region = SWEDISH_COUNTIES[zipf(SWEDISH_COUNTIES.length)].name;
    return { id: randomUUID(), region: index === 0 ? 'Västerbottens län' : region, index };
  });
  const entries = Array.from({ length: 120 }, () => ({
    id: randomUUID(),
    issuer: issuers[zipf(issuers.length)],
    seqfLevel: 2 + zipf(5),
    field: ['0715', '0723', '0922', '0416', '0231', '0713'][zipf(6)],
    credentialType: ['NON_FORMAL', 'INDUSTRY_VALIDATION', 'FORMAL', 'INFORMAL'][zipf(4)],
    skills: [...new Set(Array.from({ length: 2 + Math.floor(random() * 5) }, () => skills[zipf(skills.length)]))],
  }));
  const start = Date.UTC(2024, 11, 1);
  const facts = (count: number, learnerPool: number): AwardFacts[] =>
    Array.from({ length: count }, () => {
      const entry = entries[zipf(entries.length)];
      return {
        learnerId: `learner-${Math.floor(random() * learnerPool)}`,
        issuedAt: new Date(start + Math.floor(random() * 730) * 86_400_000),
        microCredentialId: entry.id,
        issuerId: entry.issuer.id,
        issuerRegion: entry.issuer.region,
        seqfLevel: entry.seqfLevel,
        field: entry.field,
        credentialType: entry.credentialType,
        qualityAssurance: entry.credentialType === 'INDUSTRY_VALIDATION' ? 'INDUSTRY' : 'PROVIDER',
        skills: entry.skills,
        skillGroups: [],
        recordKey: Math.floor(random() * 2 ** 32),
      };
    });
  return { facts, skills, regions: issuers.map((issuer) => issuer.region) };
}

export const QUERIES: { name: string; groupBy: Dimension[]; filter?: Filter; grain?: Grain }[] = [
  { name: 'by level', groupBy: ['SEQF_LEVEL'] },
  { name: 'by skill in Västerbotten, 2025', groupBy: ['SKILL'], filter: { regions: ['Västerbottens län'], from: new Date('2025-01-01'), to: new Date('2025-12-31') } },
  { name: 'by region x credential type', groupBy: ['REGION', 'CREDENTIAL_TYPE'] },
  { name: 'one skill per quarter', groupBy: ['PERIOD'], grain: 'QUARTER', filter: { skills: ['http://data.europa.eu/esco/skill/bench-0'] } },
];


/** A database with the statistics tables only (the awards subgraph's statistics migrations). */
export async function statisticsDatabase(serverUrl: string, name: string): Promise<SubgraphDatabase> {
  return openSubgraphDatabase({
    url: databaseUrlFor(serverUrl, name),
    entities: [],
    migrations: [Statistics1735000000000, StatisticsCellKeys1737150000000],
  });
}

/** Records `count` awards of `world` in the ledger, 50,000 per transaction; returns the seconds it took. */
export async function loadAwards(database: SubgraphDatabase, world: ReturnType<typeof makeWorld>, count: number, learnerPool: number): Promise<number> {
  const ledger = new StatisticsLedger(async () => []);
  const started = Date.now();
  for (let done = 0; done < count; done += 50_000) {
    const batch = world.facts(Math.min(50_000, count - done), learnerPool);
    await database.dataSource.transaction((manager) => ledger.recordIssued(manager, batch));
  }
  return (Date.now() - started) / 1000;
}
