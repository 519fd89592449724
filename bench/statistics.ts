import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { databaseUrlFor, openSubgraphDatabase } from '../platform/database';
import { benchPostgres } from './support';
import { Statistics1735000000000 } from '../services/awards/migrations/1735000000000-statistics';
import { StatisticsCellKeys1737150000000 } from '../services/awards/migrations/1737150000000-statistics-cell-keys';
import { EXACT, HUB_PERTURBATION } from '../services/awards/statistics/cell-key';
import { StatisticsLedger } from '../services/awards/statistics/statistics-ledger';
import { competenceStatistics, type Dimension, type Filter, type Grain } from '../services/awards/statistics/statistics-query';
import type { AwardFacts } from '../services/awards/statistics/award-facts';
import { SWEDISH_COUNTIES } from '../services/accreditation/counties';

/**
 * npm run bench:statistics: query latency of competence statistics at 10,000 and at 1,000,000 awards
 * (generated with a skew over skills, levels and regions), and their ratio. Statistics read aggregates
 * only, so the ratio should stay near 1. Also the mean absolute error the cell-key method adds to the
 * published counts (the same queries answered with and without perturbation). Uses DATABASE_URL, or an
 * embedded PostgreSQL in a temp folder.
 */
const SMALL = Number(process.env.BENCH_SMALL ?? 10_000);
const LARGE = Number(process.env.BENCH_LARGE ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);

/** A catalogue of 120 entries from 25 issuers over the counties, each with 2-6 skills from a pool of 300. */
function makeWorld(seed = 42) {
  let state = seed;
  const random = () => ((state = (state * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32);
  const zipf = (n: number) => Math.min(n - 1, Math.floor(n * random() ** 2.2));
  const skills = Array.from({ length: 300 }, (_, index) => `http://data.europa.eu/esco/skill/bench-${index}`);
  const issuers = Array.from({ length: 25 }, (_, index) => ({ id: randomUUID(), region: SWEDISH_COUNTIES[zipf(SWEDISH_COUNTIES.length)].name, index }));
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

const QUERIES: { name: string; groupBy: Dimension[]; filter?: Filter; grain?: Grain }[] = [
  { name: 'by level', groupBy: ['SEQF_LEVEL'] },
  { name: 'by skill in Västerbotten, 2025', groupBy: ['SKILL'], filter: { regions: ['Västerbottens län'], from: new Date('2025-01-01'), to: new Date('2025-12-31') } },
  { name: 'by region x credential type', groupBy: ['REGION', 'CREDENTIAL_TYPE'] },
  { name: 'one skill per quarter', groupBy: ['PERIOD'], grain: 'QUARTER', filter: { skills: ['http://data.europa.eu/esco/skill/bench-0'] } },
];

async function main() {
  const postgres = await benchPostgres();
  const serverUrl = postgres.url;
  const database = await openSubgraphDatabase({
    url: databaseUrlFor(serverUrl, `bench_statistics_${Date.now()}`),
    entities: [],
    migrations: [Statistics1735000000000, StatisticsCellKeys1737150000000],
  });
  const ledger = new StatisticsLedger(async () => []);
  const world = makeWorld();
  const load = async (count: number) => {
    const started = Date.now();
    for (let done = 0; done < count; done += 50_000) {
      const batch = world.facts(Math.min(50_000, count - done), LARGE / 3);
      await database.dataSource.transaction((manager) => ledger.recordIssued(manager, batch));
    }
    return (Date.now() - started) / 1000;
  };
  const measure = async () => {
    const results: Record<string, { median: number; p95: number }> = {};
    for (const query of QUERIES) {
      const times: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const started = process.hrtime.bigint();
        await competenceStatistics(database.dataSource.manager, { ...query, minimumLearners: 5, perturbation: HUB_PERTURBATION });
        times.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      times.sort((a, b) => a - b);
      results[query.name] = { median: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95)] };
    }
    return results;
  };
  /** Published counts (awards, learners, suspended awards of every visible cell and total) against the true ones. */
  const accuracy = async () => {
    let figures = 0;
    let nonZero = 0;
    let absoluteNonZero = 0;
    let absolute = 0;
    let relative = 0;
    let largest = 0;
    for (const query of QUERIES) {
      const perturbed = await competenceStatistics(database.dataSource.manager, { ...query, minimumLearners: 5, perturbation: HUB_PERTURBATION });
      const exact = await competenceStatistics(database.dataSource.manager, { ...query, minimumLearners: 5, perturbation: EXACT });
      const pairs = [...perturbed.cells.map((cell, index) => [cell, exact.cells[index]] as const), [perturbed.total, exact.total] as const];
      for (const [shown, truth] of pairs) {
        if (shown.suppressed) continue;
        for (const name of ['awards', 'learners', 'suspendedAwards'] as const) {
          const error = Math.abs(shown[name]! - truth[name]!);
          figures += 1;
          absolute += error;
          largest = Math.max(largest, error);
          if (truth[name]! > 0) {
            relative += error / truth[name]!;
            nonZero += 1;
            absoluteNonZero += error;
          }
        }
      }
    }
    return { figures, mae: absolute / figures, nonZero, maeNonZero: absoluteNonZero / nonZero, relative: relative / nonZero, largest };
  };
  const cells = async () => Number((await database.dataSource.query('select count(*) from statistics_cell'))[0].count);

  const loadSmall = await load(SMALL);
  const small = await measure();
  const cellsSmall = await cells();
  const accuracySmall = await accuracy();
  const loadLarge = await load(LARGE - SMALL);
  const large = await measure();
  const cellsLarge = await cells();
  const accuracyLarge = await accuracy();

  console.log(`competence statistics: query latency from aggregates (${RUNS} runs each, one process, one run)`);
  console.log(`  ${SMALL.toLocaleString('en')} awards: ${cellsSmall} aggregate cells (loaded in ${loadSmall.toFixed(1)} s)`);
  console.log(`  ${LARGE.toLocaleString('en')} awards: ${cellsLarge} aggregate cells (loaded in ${loadLarge.toFixed(1)} s more)`);
  console.log(`  ${'query'.padEnd(34)} ${'median small'.padStart(13)} ${'median large'.padStart(13)} ${'p95 small'.padStart(10)} ${'p95 large'.padStart(10)} ${'ratio'.padStart(6)}`);
  for (const query of QUERIES) {
    const a = small[query.name];
    const b = large[query.name];
    console.log(
      `  ${query.name.padEnd(34)} ${a.median.toFixed(2).padStart(10)} ms ${b.median.toFixed(2).padStart(10)} ms ${a.p95.toFixed(2).padStart(7)} ms ${b.p95.toFixed(2).padStart(7)} ms ${(b.median / a.median).toFixed(2).padStart(6)}`,
    );
  }
  const { naive, informed, guessing } = HUB_PERTURBATION.differencingSuccess(5);
  console.log(
    `cell-key perturbation (D = ${HUB_PERTURBATION.maxDeviation}, variance ${HUB_PERTURBATION.variance.toFixed(2)}): mean absolute error of published counts`,
  );
  for (const [label, figures] of [[SMALL, accuracySmall], [LARGE, accuracyLarge]] as const) {
    console.log(
      `  ${label.toLocaleString('en').padStart(9)} awards: MAE ${figures.mae.toFixed(3)} over ${figures.figures} published counts (true zeros stay 0); ` +
        `${figures.maeNonZero.toFixed(3)} over the ${figures.nonZero} non-zero ones, ${(figures.relative * 100).toFixed(3)}% of the count on average; largest error ${figures.largest}`,
    );
  }
  console.log(
    `  differencing a suppressed cell (k = 5): exact recovery ${(naive * 100).toFixed(1)}% taking the difference, ` +
      `${(informed * 100).toFixed(1)}% at best knowing it is 1-4 (guessing: ${(guessing * 100).toFixed(0)}%; without perturbation: 100%)`,
  );
  await database.dataSource.destroy();
  await postgres.stop();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
