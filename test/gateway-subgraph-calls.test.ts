import { OrganisationsDocument, RegisterOrganisationDocument } from './generated/graphql';
import { fictitiousOrganisationNumber, startTestHub, type TestHub } from './support/hub';

/**
 * How the gateway calls the subgraphs: identical queries in flight at once share one subgraph call (as Hive
 * Gateway does); different callers and recorded queries never do (awards-learner.test.ts shows a
 * share link opened by several at once recording every opening, and learners asking at once their own awards).
 */
let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub();
  const authority = await hub.token({ roles: ['authority'] });
  for (const legalName of ['Skellefteå kommun', 'Sobona']) {
    const registered = await hub.request(RegisterOrganisationDocument, { input: { legalName, organisationNumber: fictitiousOrganisationNumber(), region: 'Västerbottens län' } }, { token: authority });
    expect(registered.errors).toBeUndefined();
  }
});
afterAll(() => hub?.stop());

const statementsOf = async (work: () => Promise<unknown>) => {
  const before = hub.statements().accreditation;
  await work();
  return hub.statements().accreditation - before;
};

it('answers identical anonymous queries sent at once alike, with fewer subgraph calls than one each', async () => {
  const one = await statementsOf(() => hub.request(OrganisationsDocument, { first: 10 }));
  expect(one).toBeGreaterThan(0);
  const answers: Awaited<ReturnType<typeof hub.request<any, any>>>[] = [];
  const together = await statementsOf(async () => answers.push(...(await Promise.all(Array.from({ length: 8 }, () => hub.request(OrganisationsDocument, { first: 10 }))))));
  for (const answer of answers) {
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual(answers[0].data);
  }
  expect(answers[0].data!.organisations.totalCount).toBeGreaterThanOrEqual(2);
  expect(together).toBeLessThan(8 * one);
});
