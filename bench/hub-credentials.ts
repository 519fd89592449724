import type { HubConfig } from '../platform/config';
import { LocalTokenIssuer } from '../platform/local-token-issuer';
import { personnummer } from '../test/support/awards';
import { IssueAwardsDocument } from '../test/support/documents';
import { hubClient, type HubClient } from '../test/support/hub';
import { accreditedWorld, must, type AccreditedProvider } from '../test/support/world';

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

/** Myndigheten för yrkeshögskolan, the demo's trust root. */
const ROOT_ORGANISATION_NUMBER = '202100-5489';

/** The issuing side of a benchmark: the tests' common world (an authority, an accredited provider, a published entry). */
export interface IssuingWorld extends AccreditedProvider {
  entryId: string;
  client: HubClient;
  gatewayUrl: string;
}

export async function issuingWorld(hub: { gateway: { url: string } }, config: HubConfig, code = 'NTA-BENCH'): Promise<IssuingWorld> {
  const client = hubClient(hub.gateway.url, await LocalTokenIssuer.open(config));
  // A hub with data (the demo's) has its trust root already: the world's provider is accredited by it.
  const { organisations } = await graphql(hub.gateway.url, '{ organisations(type: AUTHORITY, first: 100) { nodes { id organisationNumber } } }');
  const root = organisations.nodes.find((node: { organisationNumber: string }) => node.organisationNumber === ROOT_ORGANISATION_NUMBER) ?? organisations.nodes[0];
  const authority = root ? { id: root.id as string, token: await client.token({ roles: ['authority'], organisationId: root.id }) } : undefined;
  const world = await accreditedWorld(client, { decisionReference: 'MYH 2025/0100', code, authority, provider: `Nordiska Textilakademin ${code}` });
  return { ...world, client, gatewayUrl: hub.gateway.url };
}

/** Issues learners `from`..`from + count - 1` in cohorts of at most 1,000 (one `issueAwards` each). */
export async function issueCohort(world: IssuingWorld, from: number, count: number, chunk = 1000): Promise<void> {
  const inputs = Array.from({ length: count }, (_, index) => ({
    microCredentialId: world.entryId,
    learner: { personalNumber: personnummer(from + index), name: `Deltagare ${from + index}` },
    idempotencyKey: `bench-${from + index}`,
  }));
  for (let start = 0; start < inputs.length; start += chunk) {
    const { issueAwards } = await must(
      world.client.request(IssueAwardsDocument, { issuerId: world.provider.id, inputs: inputs.slice(start, start + chunk) }, { token: world.provider.token }),
    );
    if (issueAwards.failed) throw new Error(`issuance failed: ${JSON.stringify(issueAwards.results.find((result) => result.error)).slice(0, 1000)}`);
  }
}

/** Every credential the world's provider has issued, as vc+jwt. */
export async function issuedCredentials(world: IssuingWorld): Promise<string[]> {
  const credentials: string[] = [];
  let after: string | null = null;
  do {
    const page: any = await graphql(
      world.gatewayUrl,
      'query($id: ID!, $after: String) { organisation(id: $id) { awardsIssued(first: 100, after: $after) { nodes { credentialJwt } pageInfo { endCursor hasNextPage } } } }',
      { id: world.provider.id, after },
      world.provider.token,
    );
    const connection = page.organisation.awardsIssued;
    credentials.push(...connection.nodes.map((node: { credentialJwt: string }) => node.credentialJwt));
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  } while (after);
  return credentials;
}

/** The hub issues the credentials itself: the tests' common world, then a cohort of `count`. */
export async function issueWithTheHub(hub: { gateway: { url: string } }, config: HubConfig, count: number): Promise<string[]> {
  const world = await issuingWorld(hub, config);
  await issueCohort(world, 0, count);
  return issuedCredentials(world);
}
