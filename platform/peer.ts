import { print, type DocumentNode } from 'graphql';
import { HubError, ErrorCode } from './errors';

/**
 * A documented service call from one subgraph to another subgraph's public GraphQL API. Subgraphs never
 * read each other's tables; when one needs another's answer it asks like this.
 */
export class PeerClient {
  constructor(
    readonly name: string,
    private readonly url: string,
    private readonly headers: () => Promise<Record<string, string>> = async () => ({}),
  ) {}

  async request<T>(document: DocumentNode | string, variables: Record<string, unknown> = {}): Promise<T> {
    let response: Response;
    try {
      response = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await this.headers()) },
        body: JSON.stringify({ query: typeof document === 'string' ? document : print(document), variables }),
        signal: AbortSignal.timeout(10_000),
      });
    } catch (error) {
      throw new HubError(ErrorCode.PEER_UNAVAILABLE, `The ${this.name} service could not be reached`, {
        peer: this.name,
      });
    }
    const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    if (body.errors?.length) {
      const [first] = body.errors;
      throw new HubError((first.extensions?.code as ErrorCode) ?? ErrorCode.INTERNAL_SERVER_ERROR, first.message, {
        peer: this.name,
      });
    }
    if (!body.data) throw new HubError(ErrorCode.PEER_UNAVAILABLE, `The ${this.name} service gave no answer`, { peer: this.name });
    return body.data;
  }
}
