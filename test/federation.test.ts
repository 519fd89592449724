import {
  DraftMicroCredentialDocument,
  HealthDocument,
  MicroCredentialsWithProvidersDocument,
  OrganisationDocument,
  OrganisationsDocument,
  RegisterOrganisationDocument,
} from './generated/graphql';
import { fictitiousOrganisationNumber, startTestHub, type TestHub } from './support/hub';

let hub: TestHub;
let authority: string;
beforeAll(async () => {
  hub = await startTestHub();
  authority = await hub.token({ roles: ['authority'] });
});
afterAll(() => hub?.stop());

async function registerOrganisation(legalName: string, region = 'Västerbottens län') {
  const response = await hub.request(
    RegisterOrganisationDocument,
    { input: { legalName, organisationNumber: fictitiousOrganisationNumber(), region } },
    { token: authority },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.registerOrganisation;
}

/** A draft entry: only a title and a level (enough for a draft; publishing needs the rest). */
async function draftMicroCredential(providerId: string, title: string, seqfLevel = 4) {
  const token = await hub.token({ roles: ['provider'], organisationId: providerId });
  const response = await hub.request(
    DraftMicroCredentialDocument,
    { input: { providerId, code: `FED-${title.slice(0, 40)}`, title: { sv: title }, seqfLevel } },
    { token },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.draftMicroCredential;
}

describe('a query through the gateway that crosses subgraphs', () => {
  it('gives a micro-credential with its provider, and an organisation with its micro-credentials', async () => {
    const kommun = await registerOrganisation('Skellefteå kommun');
    const created = await draftMicroCredential(kommun.id, 'Yrkessvenska för vård och omsorg', 3);
    expect(created.provider).toEqual({ id: kommun.id, legalName: 'Skellefteå kommun' });

    // The organisation itself sees its draft; the public catalogue shows only published entries.
    const own = await hub.token({ roles: ['provider'], organisationId: kommun.id });
    const organisation = await hub.request(OrganisationDocument, { id: kommun.id }, { token: own });
    expect(organisation.data?.organisation).toEqual({
      id: kommun.id,
      legalName: 'Skellefteå kommun',
      microCredentials: [{ id: created.id, status: 'DRAFT', title: { sv: 'Yrkessvenska för vård och omsorg' }, seqfLevel: 3 }],
    });
    const anonymous = await hub.request(OrganisationDocument, { id: kommun.id });
    expect(anonymous.data?.organisation.microCredentials).toEqual([]);
  });

  it('resolves N providers with a constant number of SQL statements per subgraph', async () => {
    // Authorities oversee the catalogue, drafts included: the 30 drafts below, each from its own provider.
    const costOf = async (first: number) => {
      const before = hub.statements();
      const response = await hub.request(MicroCredentialsWithProvidersDocument, { first, filter: { statuses: ['DRAFT'] } }, { token: authority });
      expect(response.errors).toBeUndefined();
      expect(response.data!.microCredentials.nodes).toHaveLength(first);
      for (const node of response.data!.microCredentials.nodes) expect(node.provider!.legalName).toMatch(/^Batch provider/);
      const after = hub.statements();
      return { accreditation: after.accreditation - before.accreditation, catalogue: after.catalogue - before.catalogue };
    };
    // 30 entries, each from its own organisation, so that every one needs a provider reference.
    for (let index = 0; index < 30; index += 1) {
      const provider = await registerOrganisation(`Batch provider ${index}`);
      await draftMicroCredential(provider.id, `A batch entry ${String(index).padStart(2, '0')}`);
    }
    const few = await costOf(3);
    const many = await costOf(30);
    expect(many).toEqual(few);
    expect(many.accreditation).toBe(1);
    expect(many.catalogue).toBeLessThanOrEqual(2);
  });

  it('pages through organisations with a cursor', async () => {
    const first = await hub.request(OrganisationsDocument, { first: 2 });
    expect(first.data!.organisations.nodes).toHaveLength(2);
    expect(first.data!.organisations.pageInfo.hasNextPage).toBe(true);
    const second = await hub.request(OrganisationsDocument, { first: 2, after: first.data!.organisations.pageInfo.endCursor });
    const seen = new Set(first.data!.organisations.nodes.map((node) => node.id));
    for (const node of second.data!.organisations.nodes) expect(seen.has(node.id)).toBe(false);
  });

  it('answers every subgraph health check through the gateway', async () => {
    const response = await hub.request(HealthDocument, {});
    expect(response.data).toEqual({
      accreditationHealth: { subgraph: 'accreditation', database: true },
      catalogueHealth: { subgraph: 'catalogue', database: true },
      awardsHealth: { subgraph: 'awards', database: true },
      verificationHealth: { subgraph: 'verification', database: true },
    });
  });
});

describe('bad input gets a GraphQL error with a stable code naming the field', () => {
  it('refuses an organisation number with a wrong check digit and stores nothing', async () => {
    const before = await hub.request(OrganisationsDocument, { first: 1 });
    const response = await hub.request(
      RegisterOrganisationDocument,
      { input: { legalName: 'Fel AB', organisationNumber: '556000-0002' } },
      { token: authority },
    );
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organisationNumber' });
    expect(response.errors?.[0].message).toMatch(/organisationNumber.*check digit/);
    const after = await hub.request(OrganisationsDocument, { first: 1 });
    expect(after.data!.organisations.totalCount).toBe(before.data!.organisations.totalCount);
  });

  it('refuses a personnummer-shaped organisation number and an unknown county', async () => {
    const personal = await hub.request(
      RegisterOrganisationDocument,
      { input: { legalName: 'X', organisationNumber: '811218-9876' } },
      { token: authority },
    );
    expect(personal.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organisationNumber' });
    const county = await hub.request(
      RegisterOrganisationDocument,
      { input: { legalName: 'X', organisationNumber: fictitiousOrganisationNumber(), region: 'Atlantis' } },
      { token: authority },
    );
    expect(county.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'region' });
  });

  it('refuses SeQF level 9', async () => {
    const provider = await registerOrganisation('Nivåtest AB');
    const token = await hub.token({ roles: ['provider'], organisationId: provider.id });
    const response = await hub.request(
      DraftMicroCredentialDocument,
      { input: { providerId: provider.id, code: 'X-1', title: { sv: 'X' }, seqfLevel: 9 } },
      { token },
    );
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'seqfLevel' });
    expect(response.errors?.[0].message).toMatch(/seqfLevel: 9 .*1-8/);
  });

  it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    const unknown = await hub.request(OrganisationDocument, { id: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    const malformed = await hub.request(OrganisationDocument, { id: "1' or 1=1 --" });
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('refuses a micro-credential for an organisation that is not registered', async () => {
    const providerId = '00000000-0000-4000-8000-000000000000';
    const token = await hub.token({ roles: ['provider'], organisationId: providerId });
    const response = await hub.request(DraftMicroCredentialDocument, { input: { providerId, code: 'I-1', title: { sv: 'Ingen' }, seqfLevel: 2 } }, { token });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'providerId' });
  });

  it('does not duplicate a retried registration, and refuses a conflicting one', async () => {
    const input = { legalName: 'Retry AB', organisationNumber: fictitiousOrganisationNumber() };
    const first = await hub.request(RegisterOrganisationDocument, { input }, { token: authority });
    const again = await hub.request(RegisterOrganisationDocument, { input }, { token: authority });
    expect(again.data!.registerOrganisation.id).toBe(first.data!.registerOrganisation.id);
    const conflicting = await hub.request(RegisterOrganisationDocument, { input: { ...input, legalName: 'Other AB' } }, { token: authority });
    expect(conflicting.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'organisationNumber' });
  });
});
