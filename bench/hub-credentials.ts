import type { HubConfig } from '../platform/config';
import { LocalTokenIssuer } from '../platform/local-token-issuer';
import { personnummer } from '../test/support/awards';
import { IssueAwardsDocument } from '../test/support/documents';
import { hubClient } from '../test/support/hub';
import { accreditedWorld, must } from '../test/support/world';

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

/** The hub issues the credentials itself: the tests' common world (an authority, an accredited provider, a published entry), then a cohort. */
export async function issueWithTheHub(hub: { gateway: { url: string } }, config: HubConfig, count: number): Promise<string[]> {
  const client = hubClient(hub.gateway.url, await LocalTokenIssuer.open(config));
  const { provider, entryId } = await accreditedWorld(client, { decisionReference: 'MYH 2025/0100', code: 'NTA-BENCH' });
  const inputs = Array.from({ length: count }, (_, index) => ({
    microCredentialId: entryId,
    learner: { personalNumber: personnummer(index), name: `Deltagare ${index}` },
    idempotencyKey: `bench-${index}`,
  }));
  for (let start = 0; start < inputs.length; start += 1000) {
    await must(client.request(IssueAwardsDocument, { issuerId: provider.id, inputs: inputs.slice(start, start + 1000) }, { token: provider.token }));
  }
  const credentials: string[] = [];
  let after: string | null = null;
  do {
    const page: any = await graphql(
      hub.gateway.url,
      'query($id: ID!, $after: String) { organisation(id: $id) { awardsIssued(first: 100, after: $after) { nodes { credentialJwt } pageInfo { endCursor hasNextPage } } } }',
      { id: provider.id, after },
      provider.token,
    );
    const connection = page.organisation.awardsIssued;
    credentials.push(...connection.nodes.map((node: { credentialJwt: string }) => node.credentialJwt));
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  } while (after);
  return credentials;
}
