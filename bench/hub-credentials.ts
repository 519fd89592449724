import type { HubConfig } from '../platform/config';
import { LocalTokenIssuer } from '../platform/local-token-issuer';

/** One GraphQL call; errors throw with the answer's errors. */
export async function graphql<T = any>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 2000));
  return body.data;
}

/** The hub issues the credentials itself: an authority, an accredited provider, a published entry, a cohort. */
export async function issueWithTheHub(hub: { gateway: { url: string } }, config: HubConfig, count: number): Promise<string[]> {
  const tokens = await LocalTokenIssuer.open(config);
  const gateway = hub.gateway.url;
  const authority = await tokens.issue({ subject: 'bench', roles: ['authority'] });
  const organisationNumber = (index: number) => {
    const nine = `559${String(900_000 + index).padStart(6, '0')}`;
    let sum = 0;
    for (let position = 0; position < 9; position += 1) {
      let product = Number(nine[position]) * (position % 2 === 0 ? 2 : 1);
      if (product > 9) product -= 9;
      sum += product;
    }
    return `${nine.slice(0, 6)}-${nine.slice(6)}${(10 - (sum % 10)) % 10}`;
  };
  const register = async (legalName: string, type: string, index: number) =>
    (await graphql(gateway, 'mutation($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id } }', { input: { legalName, type, organisationNumber: organisationNumber(index) } }, authority))
      .registerOrganisation.id as string;
  const myh = await register('Myndigheten för yrkeshögskolan', 'AUTHORITY', 1);
  const providerId = await register('Nordiska Textilakademin', 'EDUCATION_PROVIDER', 2);
  const provider = await tokens.issue({ subject: 'bench-provider', roles: ['provider'], organisationId: providerId });
  await graphql(
    gateway,
    'mutation($input: GrantAccreditationInput!) { grantAccreditation(input: $input) { id } }',
    { input: { organisationId: providerId, decisionReference: 'MYH 2025/0100', seqfLevels: [3], fields: ['07'], credentialTypes: ['INDUSTRY_VALIDATION'], validFrom: new Date(Date.now() - 400 * 86_400_000).toISOString() } },
    await tokens.issue({ subject: 'bench-myh', roles: ['authority'], organisationId: myh }),
  );
  const draft = await graphql(
    gateway,
    'mutation($input: DraftMicroCredentialInput!) { draftMicroCredential(input: $input) { id } }',
    {
      input: {
        providerId,
        code: 'NTA-BENCH',
        title: { sv: 'Reparationssömnad jeans', en: 'Repair sewing: jeans' },
        description: { sv: 'Laga och förstärka jeans.', en: 'Mend and reinforce jeans.' },
        learningOutcomes: [{ text: { sv: 'Kan laga slitna partier.', en: 'Can repair worn areas.' }, escoSkillUris: ['http://data.europa.eu/esco/skill/0450eaee-1a00-4622-8f4e-5356fce816d2'] }],
        workloadHours: 40,
        seqfLevel: 3,
        assessmentType: 'PRACTICAL_DEMONSTRATION',
        participationForm: 'ON_SITE',
        qualityAssuranceType: 'INDUSTRY_VALIDATION',
        credentialType: 'INDUSTRY_VALIDATION',
        supervision: 'SUPERVISED_ON_SITE_WITH_ID_CHECK',
        field: '072',
        language: 'sv',
        stackability: 'STAND_ALONE',
      },
    },
    provider,
  );
  const entryId = draft.draftMicroCredential.id;
  await graphql(gateway, 'mutation($id: ID!) { publishMicroCredential(id: $id) { id } }', { id: entryId }, provider);
  const personnummer = (index: number) => {
    const day = new Date(Date.UTC(1985, 0, 1) + (index % 3650) * 86_400_000);
    const digits = `${String(day.getUTCFullYear()).slice(2)}${String(day.getUTCMonth() + 1).padStart(2, '0')}${String(day.getUTCDate()).padStart(2, '0')}${String(200 + Math.floor(index / 3650)).padStart(3, '0')}`;
    let sum = 0;
    for (let position = 0; position < 9; position += 1) {
      let product = Number(digits[position]) * (position % 2 === 0 ? 2 : 1);
      if (product > 9) product -= 9;
      sum += product;
    }
    return `${digits.slice(0, 6)}-${digits.slice(6)}${(10 - (sum % 10)) % 10}`;
  };
  const inputs = Array.from({ length: count }, (_, index) => ({
    microCredentialId: entryId,
    learner: { personalNumber: personnummer(index), name: `Deltagare ${index}` },
    idempotencyKey: `bench-${index}`,
  }));
  for (let start = 0; start < inputs.length; start += 1000) {
    await graphql(gateway, 'mutation($issuerId: ID!, $inputs: [CohortAwardInput!]!) { issueAwards(issuerId: $issuerId, inputs: $inputs) { issued failed } }', { issuerId: providerId, inputs: inputs.slice(start, start + 1000) }, provider);
  }
  const credentials: string[] = [];
  let after: string | null = null;
  do {
    const page: any = await graphql(
      gateway,
      'query($id: ID!, $after: String) { organisation(id: $id) { awardsIssued(first: 100, after: $after) { nodes { credentialJwt } pageInfo { endCursor hasNextPage } } } }',
      { id: providerId, after },
      provider,
    );
    const connection = page.organisation.awardsIssued;
    credentials.push(...connection.nodes.map((node: { credentialJwt: string }) => node.credentialJwt));
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  } while (after);
  return credentials;
}

