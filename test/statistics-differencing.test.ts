import { randomInt, randomUUID } from 'node:crypto';
import { HUB_PERTURBATION } from '../services/awards/statistics/cell-key';
import { CompetenceStatisticsDocument } from './generated/graphql';
import { FakeDirectory, awardRequest, issueWithFake } from './support/awards';
import { startTestHub, type TestHub } from './support/hub';

/**
 * The differencing attacks an analyst can mount with two queries, run over many synthetic worlds through the
 * gateway: in each world a small group (1-4 learners, so suppressed) hides beside a larger one, and the
 * attacker subtracts two published totals that differ by exactly that group, by issuer set, by date range or
 * by a filter. Without perturbation every such difference is the hidden figure (5 of 5 in the issue); with the
 * cell-key method it is the figure plus the difference of two independent adjustments, so it is exact only as
 * often as two adjustments happen to be equal (the table's rate, stated in the README).
 *
 * Each world has a skill of its own, so filtering by it isolates the world; two issuers issue in all of them.
 */
const WORLDS_PER_ATTACK = 60;
const K = 5;
const D = HUB_PERTURBATION.maxDeviation;

type Attack = 'issuers' | 'dates' | 'filters';
interface World {
  attack: Attack;
  skill: string;
  hidden: number;
  visible: number;
}

let hub: TestHub;
let analyst: string;
const directory = new FakeDirectory();
const small = randomUUID();
const large = randomUUID();
const worlds: World[] = [];

beforeAll(async () => {
  // One analyst sends thousands of queries here: the attack is on disclosure, not on the per-caller rate limit
  // (tested in test/edge.test.ts), so the limit is raised out of the way.
  hub = await startTestHub({ STATISTICS_MIN_LEARNERS: String(K), RATE_LIMIT_REQUESTS: '1000000' });
  analyst = await hub.token({ roles: ['analyst'] });
  directory.addOrganisation({ id: small, legalName: 'Liten utbildare AB', region: 'Jämtlands län' });
  directory.addOrganisation({ id: large, legalName: 'Stor utbildare AB', region: 'Västerbottens län' });
  const requests = { [small]: [] as ReturnType<typeof awardRequest>[], [large]: [] as ReturnType<typeof awardRequest>[] };
  let serial = 40_000;
  for (const attack of ['issuers', 'dates', 'filters'] as const) {
    for (let index = 0; index < WORLDS_PER_ATTACK; index += 1) {
      const world: World = { attack, skill: `http://data.europa.eu/esco/skill/world-${attack}-${index}`, hidden: randomInt(1, K), visible: randomInt(K, 13) };
      worlds.push(world);
      const outcome = (skill: string) => [{ text: { sv: 'Kan', en: 'Can' }, escoSkills: [{ uri: skill, preferredLabel: null }] }];
      // issuers: the same month and level, another issuer; dates: the small group alone in April;
      // filters: the small group alone at level 5.
      const hiddenEntry = directory.addEntry({ providerId: small, seqfLevel: attack === 'filters' ? 5 : 3, eqfLevel: attack === 'filters' ? 5 : 3, learningOutcomes: outcome(world.skill) });
      const visibleEntry = directory.addEntry({ providerId: attack === 'issuers' ? large : small, seqfLevel: 3, eqfLevel: 3, learningOutcomes: outcome(world.skill) });
      for (let n = 0; n < world.hidden; n += 1) {
        requests[small].push(awardRequest(hiddenEntry, serial, { issuedOn: attack === 'dates' ? '2026-04-14' : '2026-03-10', idempotencyKey: `w-${serial++}` }));
      }
      for (let n = 0; n < world.visible; n += 1) {
        requests[visibleEntry.providerId].push(awardRequest(visibleEntry, serial, { issuedOn: '2026-03-10', idempotencyKey: `w-${serial++}` }));
      }
    }
  }
  for (const [issuer, cohort] of Object.entries(requests)) {
    const results = await issueWithFake(hub, directory, issuer, cohort);
    expect(results.filter((result) => result.outcome !== 'ISSUED')).toEqual([]);
  }
}, 300_000);
afterAll(() => hub?.stop());

type Figures = { awards: number | null; learners: number | null; suspendedAwards: number | null; suppressed: boolean };
const total = async (filter: Record<string, unknown>): Promise<Figures> => {
  const response = await hub.request(CompetenceStatisticsDocument, { groupBy: [], filter } as never, { token: analyst });
  expect(response.errors).toBeUndefined();
  return response.data!.competenceStatistics.total;
};

/** The two queries of each attack: the first holds the hidden group and the visible one, the second only the visible one. */
function attackQueries(world: World): { hidden: Record<string, unknown>; both: Record<string, unknown>; visibleOnly: Record<string, unknown> } {
  const skills = [world.skill];
  switch (world.attack) {
    case 'issuers':
      return { hidden: { skills, issuerIds: [small] }, both: { skills, issuerIds: [small, large] }, visibleOnly: { skills, issuerIds: [large] } };
    case 'dates':
      return {
        hidden: { skills, from: '2026-04-01T00:00:00Z', to: '2026-04-30T00:00:00Z' },
        both: { skills, from: '2026-03-01T00:00:00Z', to: '2026-04-30T00:00:00Z' },
        visibleOnly: { skills, from: '2026-03-01T00:00:00Z', to: '2026-03-31T00:00:00Z' },
      };
    case 'filters':
      return { hidden: { skills, seqfLevels: [5] }, both: { skills }, visibleOnly: { skills, seqfLevels: [3] } };
  }
}

describe('statistics against differencing (cell-key method), through the gateway', () => {
  it(`recovers a suppressed count no more often than the perturbation table allows, over ${3 * WORLDS_PER_ATTACK} worlds`, async () => {
    const { naive, informed } = HUB_PERTURBATION.differencingSuccess(K);
    let trials = 0;
    let exact = 0;
    let bestGuess = 0;
    const byAttack = new Map<Attack, number>();
    // A few worlds at a time: the queries of different worlds do not depend on each other.
    const answers: { world: World; hidden: Figures; both: Figures; visibleOnly: Figures }[] = [];
    for (let start = 0; start < worlds.length; start += 8) {
      answers.push(
        ...(await Promise.all(
          worlds.slice(start, start + 8).map(async (world) => {
            const queries = attackQueries(world);
            const [hidden, both, visibleOnly] = await Promise.all([total(queries.hidden), total(queries.both), total(queries.visibleOnly)]);
            return { world, hidden, both, visibleOnly };
          }),
        )),
      );
    }
    for (const { world, hidden, both, visibleOnly } of answers) {
      // The small group on its own is suppressed (the k-rule still holds).
      expect(hidden).toMatchObject({ suppressed: true, awards: null, learners: null });
      expect(both.suppressed).toBe(false);
      expect(visibleOnly.suppressed).toBe(false);
      // Every published figure is within the documented error of the truth (one award per learner here).
      for (const [shown, truth] of [[both, world.hidden + world.visible], [visibleOnly, world.visible]] as const) {
        expect(Math.abs(shown.awards! - truth)).toBeLessThanOrEqual(D);
        expect(Math.abs(shown.learners! - truth)).toBeLessThanOrEqual(D);
        expect(shown.suspendedAwards).toBe(0);
      }
      for (const measure of ['awards', 'learners'] as const) {
        const difference = both[measure]! - visibleOnly[measure]!;
        trials += 1;
        if (difference === world.hidden) {
          exact += 1;
          byAttack.set(world.attack, (byAttack.get(world.attack) ?? 0) + 1);
        }
        // An attacker who knows the hidden count is 1..k-1 takes the nearest such value.
        if (Math.min(K - 1, Math.max(1, difference)) === world.hidden) bestGuess += 1;
      }
    }
    // Without perturbation both rates are 1. With it they are binomial around the table's rates; four standard
    // deviations above them fails by chance about once in 30,000 runs.
    const margin = (rate: number) => 4 * Math.sqrt((rate * (1 - rate)) / trials);
    console.log(
      `differencing over ${worlds.length} worlds (${trials} attacks): exact ${exact}/${trials} = ${((exact / trials) * 100).toFixed(1)}% ` +
        `(table: ${(naive * 100).toFixed(1)}%), best guess ${((bestGuess / trials) * 100).toFixed(1)}% (table: ${(informed * 100).toFixed(1)}%), ` +
        `by attack ${JSON.stringify(Object.fromEntries(byAttack))}`,
    );
    expect(exact / trials).toBeLessThanOrEqual(naive + margin(naive));
    expect(bestGuess / trials).toBeLessThanOrEqual(informed + margin(informed));
    // Each attack on its own stays near the table's rate too (2 measures x worlds trials each).
    for (const attack of ['issuers', 'dates', 'filters'] as const) {
      const perAttack = 2 * WORLDS_PER_ATTACK;
      expect((byAttack.get(attack) ?? 0) / perAttack).toBeLessThanOrEqual(naive + 4 * Math.sqrt((naive * (1 - naive)) / perAttack));
    }
  }, 300_000);

  it('gives the same answer to the same cell, however often and however it is asked', async () => {
    for (const world of worlds.slice(0, 12)) {
      const queries = attackQueries(world);
      const first = await total(queries.both);
      for (let repeat = 0; repeat < 5; repeat += 1) expect(await total(queries.both)).toEqual(first);
      // The same awards reached by another query: the same figures (averaging different phrasings gains nothing).
      expect(await total({ skills: [world.skill] })).toEqual(first);
    }
  }, 120_000);

  it('keeps grouped cells within the documented error as well', async () => {
    for (const world of worlds.filter((candidate) => candidate.attack === 'issuers').slice(0, 20)) {
      const response = await hub.request(CompetenceStatisticsDocument, { groupBy: ['ISSUER'], filter: { skills: [world.skill] } } as never, { token: analyst });
      const cells = response.data!.competenceStatistics.cells;
      // One group under k: it and the smallest other are both suppressed (complementary suppression).
      expect(cells.map((cell) => cell.suppressed)).toEqual([true, true]);
      const grouped = await hub.request(CompetenceStatisticsDocument, { groupBy: ['SEQF_LEVEL'], filter: { skills: [world.skill] } } as never, { token: analyst });
      const [cell] = grouped.data!.competenceStatistics.cells;
      expect(Math.abs(cell.awards! - (world.hidden + world.visible))).toBeLessThanOrEqual(D);
    }
  }, 120_000);
});
