import { randomBytes, randomUUID } from 'node:crypto';
import { databaseUrlFor, openSubgraphDatabase, type SubgraphDatabase } from '../platform/database';
import { Statistics1735000000000 } from '../services/awards/migrations/1735000000000-statistics';
import { StatisticsCellKeys1737150000000 } from '../services/awards/migrations/1737150000000-statistics-cell-keys';
import { EXACT, HUB_PERTURBATION, newRecordKey } from '../services/awards/statistics/cell-key';
import { StatisticsLedger } from '../services/awards/statistics/statistics-ledger';
import { competenceStatistics } from '../services/awards/statistics/statistics-query';
import { cellKeyString, cellKeyOf, type AwardFacts, type AwardStanding } from '../services/awards/statistics/award-facts';
import { LearnerSketch } from '../services/awards/statistics/learner-sketch';

/**
 * The ledger and the query engine on a real database; the awards table is played by a list. Counts are
 * compared exactly (no perturbation); the published, perturbed figures are tested through the gateway.
 */
let database: SubgraphDatabase;
const standing = new Map<AwardFacts, AwardStanding>();
const ledger = new StatisticsLedger(async (_manager, key) =>
  [...standing].filter(([facts, state]) => state === 'ACTIVE' && cellKeyString(cellKeyOf(facts)) === cellKeyString(key)).map(([facts]) => facts.learnerId),
);

beforeAll(async () => {
  database = await openSubgraphDatabase({
    url: databaseUrlFor(process.env.TEST_DATABASE_URL!, `t${randomBytes(5).toString('hex')}_statistics`),
    entities: [],
    migrations: [Statistics1735000000000, StatisticsCellKeys1737150000000],
  });
});
afterAll(() => database?.dataSource.destroy());

const WELDING = 'http://data.europa.eu/esco/skill/welding';
const SEWING = 'http://data.europa.eu/esco/skill/sewing';
const issuerA = randomUUID();
const issuerB = randomUUID();
const entryWelding = randomUUID();
const entrySewing = randomUUID();

function facts(learnerId: string, overrides: Partial<AwardFacts> = {}): AwardFacts {
  return {
    learnerId,
    issuedAt: new Date('2026-03-15T10:00:00Z'),
    microCredentialId: entryWelding,
    issuerId: issuerA,
    issuerRegion: 'Västerbottens län',
    seqfLevel: 4,
    field: '0715',
    credentialType: 'INDUSTRY_VALIDATION',
    qualityAssurance: 'INDUSTRY',
    skills: [WELDING],
    skillGroups: [],
    recordKey: newRecordKey(),
    ...overrides,
  };
}

async function issue(all: AwardFacts[]) {
  await database.dataSource.transaction((manager) => ledger.recordIssued(manager, all));
  for (const award of all) standing.set(award, 'ACTIVE');
}

const query = (groupBy: Parameters<typeof competenceStatistics>[1]['groupBy'], filter = {}) =>
  competenceStatistics(database.dataSource.manager, { groupBy, filter, minimumLearners: 5, perturbation: EXACT });

describe('competence statistics from aggregates', () => {
  it('counts awards and distinct learners per group, and suppresses groups under k with a complementary cell', async () => {
    const learners = Array.from({ length: 12 }, () => randomUUID());
    // 12 learners in welding at A (two awards for the first learner), 3 in sewing at B, 6 in sewing at A in Norrbotten.
    await issue([...learners.map((learner) => facts(learner)), facts(learners[0], { issuedAt: new Date('2026-04-02T00:00:00Z') })]);
    await issue(learners.slice(0, 3).map((learner) => facts(learner, { microCredentialId: entrySewing, issuerId: issuerB, skills: [SEWING], seqfLevel: 3 })));
    await issue(learners.slice(3, 9).map((learner) => facts(learner, { microCredentialId: entrySewing, skills: [SEWING], seqfLevel: 2, issuerRegion: 'Norrbottens län' })));

    const byLevel = await query(['SEQF_LEVEL']);
    const level = (value: string) => byLevel.cells.find((cell) => cell.values[0].value === value)!;
    expect(level('4')).toMatchObject({ awards: 13, learners: 12, suppressed: false });
    // Level 3 has 3 learners: suppressed. It is the only one under k, so the smallest visible (level 2) goes too.
    expect(level('3')).toMatchObject({ awards: null, learners: null, suppressed: true });
    expect(level('2')).toMatchObject({ awards: null, learners: null, suppressed: true });
    expect(byLevel.total).toMatchObject({ awards: 22, learners: 12, suppressed: false });
  });

  it('cannot be made to give away a suppressed cell by subtracting the visible cells from the total', async () => {
    for (const groupBy of [['SEQF_LEVEL'], ['SKILL'], ['ISSUER'], ['REGION'], ['SEQF_LEVEL', 'REGION']] as const) {
      const result = await query([...groupBy]);
      const hidden = result.cells.filter((cell) => cell.suppressed);
      const visibleAwards = result.cells.filter((cell) => !cell.suppressed).reduce((sum, cell) => sum + cell.awards!, 0);
      // The difference is never the figure of one single suppressed cell.
      expect(hidden.length === 0 || hidden.length >= 2).toBe(true);
      if (result.total.awards !== null && hidden.length > 0) expect(result.total.awards - visibleAwards).toBeGreaterThan(0);
    }
    // And a filter that isolates the small group gets a suppressed total, not the figure.
    const isolated = await query([], { seqfLevels: [3] });
    expect(isolated.total).toMatchObject({ suppressed: true, awards: null, learners: null });
  });

  it('groups by period at month, quarter and year, and filters by date', async () => {
    const byMonth = await competenceStatistics(database.dataSource.manager, { groupBy: ['PERIOD'], filter: { skills: [WELDING] }, minimumLearners: 1, perturbation: EXACT });
    expect(byMonth.cells.map((cell) => [cell.values[0].value, cell.awards])).toEqual([
      ['2026-03', 12],
      ['2026-04', 1],
    ]);
    const byQuarter = await competenceStatistics(database.dataSource.manager, { groupBy: ['PERIOD'], grain: 'QUARTER', filter: { skills: [WELDING] }, minimumLearners: 1, perturbation: EXACT });
    expect(byQuarter.cells.map((cell) => [cell.values[0].value, cell.awards])).toEqual([
      ['2026-Q1', 12],
      ['2026-Q2', 1],
    ]);
    const april = await query([], { skills: [WELDING], from: new Date('2026-04-01T00:00:00Z') });
    expect(april.total.suppressed).toBe(true);
  });

  it('takes revoked awards out, counts suspended ones apart, and puts reinstated ones back', async () => {
    const learners = Array.from({ length: 6 }, () => randomUUID());
    const awards = learners.map((learner) => facts(learner, { microCredentialId: randomUUID(), skills: ['http://data.europa.eu/esco/skill/hydropower'] }));
    const cell = () => query([], { skills: ['http://data.europa.eu/esco/skill/hydropower'] }).then((result) => result.total);
    // The six awards share one catalogue version, so one cell.
    const shared = awards.map((award) => ({ ...award, microCredentialId: awards[0].microCredentialId }));
    await issue(shared);
    expect(await cell()).toMatchObject({ awards: 6, learners: 6, suspendedAwards: 0 });

    const change = async (award: AwardFacts, to: AwardStanding) => {
      await database.dataSource.transaction(async (manager) => {
        const from = standing.get(award)!;
        standing.set(award, to);
        await ledger.recordStandingChange(manager, award, from, to);
      });
    };
    await change(shared[0], 'SUSPENDED');
    expect(await cell()).toMatchObject({ awards: 5, learners: 5, suspendedAwards: 1 });
    await change(shared[0], 'ACTIVE');
    expect(await cell()).toMatchObject({ awards: 6, learners: 6, suspendedAwards: 0 });
    await change(shared[1], 'REVOKED');
    expect(await cell()).toMatchObject({ awards: 5, learners: 5, suspendedAwards: 0 });
    await change(shared[2], 'REVOKED');
    expect(await cell()).toMatchObject({ awards: null, suppressed: true });
  });

  it('keeps each cell key the sum of its active and of its suspended awards\' record keys, through every change', async () => {
    const skill = 'http://data.europa.eu/esco/skill/keys';
    const version = randomUUID();
    const awards = Array.from({ length: 9 }, () => facts(randomUUID(), { microCredentialId: version, skills: [skill] }));
    await issue(awards);
    const stored = async () =>
      (await database.dataSource.query('select awards_key, suspended_key from statistics_cell where micro_credential_id = $1', [version]))[0];
    const sumOf = (state: AwardStanding) =>
      awards.filter((award) => standing.get(award) === state).reduce((sum, award) => (sum + award.recordKey) % 2 ** 32, 0);
    const published = async () =>
      (await competenceStatistics(database.dataSource.manager, { groupBy: [], filter: { skills: [skill] }, minimumLearners: 5, perturbation: HUB_PERTURBATION })).total;
    const before = await published();
    expect(Math.abs(before.awards! - 9)).toBeLessThanOrEqual(HUB_PERTURBATION.maxDeviation);
    for (const [award, to] of [[awards[0], 'SUSPENDED'], [awards[0], 'ACTIVE'], [awards[1], 'REVOKED'], [awards[2], 'SUSPENDED']] as const) {
      await database.dataSource.transaction(async (manager) => {
        const from = standing.get(award)!;
        standing.set(award, to);
        await ledger.recordStandingChange(manager, award, from, to);
      });
      expect(await stored()).toEqual({ awards_key: String(sumOf('ACTIVE')), suspended_key: String(sumOf('SUSPENDED')) });
      // Suspended and reinstated: the same awards again, so the same published figures.
      if (award === awards[0] && to === 'ACTIVE') expect(await published()).toEqual(before);
    }
  });
});

describe('the learner sketch', () => {
  it('is exact while small and within a few percent when large, and merges as a union', () => {
    const small = LearnerSketch.empty();
    for (let index = 0; index < 100; index += 1) small.add(LearnerSketch.hashOf(`learner-${index % 50}`));
    expect(small.count()).toBe(50);
    expect(small.isExact).toBe(true);

    const a = LearnerSketch.empty();
    const b = LearnerSketch.empty();
    for (let index = 0; index < 20_000; index += 1) a.add(LearnerSketch.hashOf(`a-${index}`));
    for (let index = 10_000; index < 30_000; index += 1) b.add(LearnerSketch.hashOf(`a-${index}`));
    const union = LearnerSketch.fromBuffer(a.toBuffer()).merge(LearnerSketch.fromBuffer(b.toBuffer()));
    expect(Math.abs(union.count() - 30_000) / 30_000).toBeLessThan(0.08);
    expect(union.isExact).toBe(false);
  });
});
