import 'reflect-metadata';
import { benchPostgres } from './support';
import { EXACT, HUB_PERTURBATION } from '../services/awards/statistics/cell-key';
import { competenceStatistics } from '../services/awards/statistics/statistics-query';
import { QUERIES, loadAwards, makeWorld, statisticsDatabase } from './statistics-data';

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

async function main() {
  const postgres = await benchPostgres();
  const serverUrl = postgres.url;
  const database = await statisticsDatabase(serverUrl, `bench_statistics_${Date.now()}`);
  const world = makeWorld();
  const load = (count: number) => loadAwards(database, world, count, LARGE / 3);
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
