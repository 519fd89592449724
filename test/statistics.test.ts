import { randomUUID } from 'node:crypto';
import { CompetenceStatisticsDocument, CompetenceTimeSeriesDocument, OccupationCoverageDocument, RevokeAwardDocument, SuspendAwardDocument, TopSkillsDocument } from './generated/graphql';
import { FakeDirectory, awardRequest, issueWithFake } from './support/awards';
import { startTestHub, type TestHub } from './support/hub';
import { HUB_PERTURBATION } from '../services/awards/statistics/cell-key';

/**
 * Statistics through the gateway with an analyst token, on awards issued by the real awards pipeline (the
 * catalogue and accreditation answers given in memory, so that this file tests statistics alone).
 * Published counts carry the cell-key perturbation: each is compared with the truth within its maximum, D.
 * (Differencing attacks: statistics-differencing.test.ts.)
 */
const D = HUB_PERTURBATION.maxDeviation;
/** Published counts: each within D of the true one (a true zero stays zero). */
function expectAbout(figures: Record<string, unknown> | undefined, truth: Record<string, number>) {
  for (const [name, value] of Object.entries(truth)) {
    const shown = figures?.[name];
    if (value === 0) expect(shown).toBe(0);
    else expect([name, Math.abs((shown as number) - value) <= D]).toEqual([name, true]);
  }
}
let hub: TestHub;
let analyst: string;
const directory = new FakeDirectory();
const kommun = randomUUID();
const kraft = randomUUID();
const textil = randomUUID();
const CARE = 'http://data.europa.eu/esco/skill/care-bench';
const HYDRO = 'http://data.europa.eu/esco/skill/hydro-bench';

beforeAll(async () => {
  hub = await startTestHub();
  analyst = await hub.token({ roles: ['analyst'] });
  directory.addOrganisation({ id: kommun, legalName: 'Skellefteå kommun', region: 'Västerbottens län' });
  directory.addOrganisation({ id: kraft, legalName: 'Skellefteå Kraft', region: 'Norrbottens län' });
  directory.addOrganisation({ id: textil, legalName: 'Nordiska Textilakademin', region: 'Västra Götalands län' });
});
afterAll(() => hub?.stop());

const skillEntry = (providerId: string, skill: string, seqfLevel: number) =>
  directory.addEntry({
    providerId,
    seqfLevel,
    eqfLevel: seqfLevel,
    learningOutcomes: [{ text: { sv: 'Kan', en: 'Can' }, escoSkills: [{ uri: skill, preferredLabel: null }] }],
  });

const statistics = (variables: { groupBy: string[]; filter?: Record<string, unknown> }, token = analyst) =>
  hub.request(CompetenceStatisticsDocument, variables as never, { token });
const inVasterbotten = async () =>
  (await statistics({ groupBy: [], filter: { regions: ['Västerbottens län'] } })).data!.competenceStatistics.total;

describe('competence statistics through the gateway', () => {
  let careAwards: string[] = [];

  it('counts issued awards by level and skill, suppressing small groups', async () => {
    const care = skillEntry(kommun, CARE, 3);
    const hydro = skillEntry(kraft, HYDRO, 5);
    const careResults = await issueWithFake(hub, directory, kommun, Array.from({ length: 8 }, (_, index) => awardRequest(care, 1000 + index, { issuedOn: '2026-02-10' })));
    const hydroResults = await issueWithFake(hub, directory, kraft, Array.from({ length: 3 }, (_, index) => awardRequest(hydro, 2000 + index, { issuedOn: '2026-05-20' })));
    const sewing = skillEntry(textil, 'http://data.europa.eu/esco/skill/sewing-bench', 4);
    const sewingResults = await issueWithFake(hub, directory, textil, Array.from({ length: 6 }, (_, index) => awardRequest(sewing, 3000 + index, { issuedOn: '2026-03-01' })));
    careAwards = careResults.map((result) => result.awardId!);
    expect([...careResults, ...hydroResults, ...sewingResults].every((result) => result.outcome === 'ISSUED')).toBe(true);

    const response = await statistics({ groupBy: ['SEQF_LEVEL'] });
    expect(response.errors).toBeUndefined();
    const result = response.data!.competenceStatistics;
    expect(result.minimumLearners).toBe(5);
    // Level 5 has 3 learners: suppressed. Level 4 (6 learners, the smallest visible) is suppressed with it.
    expect(result.cells.map((cell) => [cell.values, cell.suppressed])).toEqual([
      [[{ dimension: 'SEQF_LEVEL', value: '3' }], false],
      [[{ dimension: 'SEQF_LEVEL', value: '4' }], true],
      [[{ dimension: 'SEQF_LEVEL', value: '5' }], true],
    ]);
    expectAbout(result.cells[0], { awards: 8, learners: 8, suspendedAwards: 0 });
    expect(result.cells[1]).toMatchObject({ awards: null, learners: null, suspendedAwards: null });
    expect(result.cells[2]).toMatchObject({ awards: null, learners: null, suspendedAwards: null });
    expect(result.total.suppressed).toBe(false);
    expectAbout(result.total, { awards: 17, learners: 17 });
  });

  it('does not let an analyst recover a suppressed group by subtracting visible groups from the total', async () => {
    for (const groupBy of [['SEQF_LEVEL'], ['REGION'], ['ISSUER'], ['SKILL'], ['PERIOD']]) {
      const result = (await statistics({ groupBy })).data!.competenceStatistics;
      const visible = result.cells.filter((cell) => !cell.suppressed).reduce((sum, cell) => sum + cell.awards!, 0);
      const difference = result.total.awards! - visible;
      // The true sizes of the small groups: 3 (hydropower, level 5, Norrbotten) and 6 (sewing); the
      // difference is of both together (9), give or take the perturbation.
      expect(Math.abs(difference - 9)).toBeLessThanOrEqual(2 * D);
      expect(result.cells.filter((cell) => cell.suppressed).length).not.toBe(1);
    }
    // A filter isolating the small group gets nothing either.
    const isolated = (await statistics({ groupBy: [], filter: { seqfLevels: [5] } })).data!.competenceStatistics;
    expect(isolated.total).toMatchObject({ awards: null, learners: null, suppressed: true });
  });

  it('shows issuance, suspension and revocation in the figures', async () => {
    expectAbout(await inVasterbotten(), { awards: 8, learners: 8, suspendedAwards: 0 });
    const provider = await hub.token({ roles: ['provider'], organisationId: kommun });
    const suspend = await hub.request(
      SuspendAwardDocument,
      { id: careAwards[0], reason: 'Under utredning' },
      { token: provider },
    );
    expect(suspend.errors).toBeUndefined();
    const revoke = await hub.request(RevokeAwardDocument, { id: careAwards[1], reason: 'Felaktigt utfärdad' }, { token: provider });
    expect(revoke.errors).toBeUndefined();
    expectAbout(await inVasterbotten(), { awards: 6, learners: 6, suspendedAwards: 1 });
  });

  it('gives time series and top skills', async () => {
    const series = await hub.request(CompetenceTimeSeriesDocument, { dimension: 'SKILL', value: CARE, grain: 'QUARTER' }, { token: analyst });
    const points = series.data!.competenceTimeSeries;
    expect(points.map((point) => [point.period, point.suppressed])).toEqual([['2026-Q1', false]]);
    expectAbout(points[0], { awards: 6, learners: 6 });
    const top = await hub.request(TopSkillsDocument, { region: 'Västerbottens län', first: 5 }, { token: analyst });
    expect(top.data!.topSkills.map((cell) => cell.values)).toEqual([[{ value: CARE }]]);
    // The same awards as the time series' point: the same perturbed figure.
    expect(top.data!.topSkills[0].learners).toBe(points[0].learners);
  });

  it('shows supply against an occupation: people holding each of its essential skills', async () => {
    // hydroelectric plant operator and three of its essential skills (ESCO v1.1.1, built into the catalogue).
    const occupation = 'http://data.europa.eu/esco/occupation/12938d1a-eeb2-4b1e-a22b-f0bebeadfb73';
    const skills = [
      'http://data.europa.eu/esco/skill/50e6eba0-4440-4ba5-bb58-3ee78a96e29b',
      'http://data.europa.eu/esco/skill/6360d655-3494-45f6-bfc6-d5f63afc355b',
      'http://data.europa.eu/esco/skill/6122d586-5978-431f-8e7a-96e61fc1f3fc',
    ];
    const counts = [9, 6, 2];
    for (const [index, skill] of skills.entries()) {
      const entry = skillEntry(kraft, skill, 4);
      await issueWithFake(hub, directory, kraft, Array.from({ length: counts[index] }, (_, serial) => awardRequest(entry, 5000 + index * 100 + serial, { issuedOn: '2026-06-01' })));
    }
    const response = await hub.request(OccupationCoverageDocument, { occupation }, { token: analyst });
    expect(response.errors).toBeUndefined();
    const coverage = new Map(response.data!.occupationCoverage.essentialSkills.map((skill) => [skill.skill, skill]));
    expect(coverage.get(skills[0])).toMatchObject({ suppressed: false });
    expectAbout(coverage.get(skills[0]), { learners: 9 });
    // The skill with 2 holders is suppressed, and the one with 6 (the smallest visible) with it.
    expect(coverage.get(skills[1])).toMatchObject({ learners: null, suppressed: true });
    expect(coverage.get(skills[2])).toMatchObject({ learners: null, suppressed: true });
    // Essential skills nobody holds show a plain zero.
    expect([...coverage.values()].filter((skill) => !skills.includes(skill.skill)).every((skill) => skill.learners === 0)).toBe(true);
    const unknown = await hub.request(OccupationCoverageDocument, { occupation: 'not a uri' }, { token: analyst });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'occupation' });
  });

  it('refuses every role but the analyst, and bad input', async () => {
    for (const roles of [['authority'], ['learner'], ['provider']] as const) {
      const token = await hub.token({ roles: [...roles], organisationId: roles[0] === 'provider' ? kommun : undefined });
      expect((await statistics({ groupBy: ['SEQF_LEVEL'] }, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await hub.request(CompetenceStatisticsDocument, { groupBy: ['SEQF_LEVEL'] })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const tooMany = await statistics({ groupBy: ['SEQF_LEVEL', 'FIELD', 'REGION', 'ISSUER'] });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'groupBy' });
  });
});
