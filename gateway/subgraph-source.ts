import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { GraphQLError } from 'graphql';
import { request as send, type Dispatcher } from 'undici';
import { ErrorCode } from '../platform/errors';
import { logger } from '../platform/logging';

/**
 * A subgraph as the gateway calls it. A subgraph that cannot be reached, times out or answers something
 * other than GraphQL becomes one error, SERVICE_UNAVAILABLE naming the service, on the fields it owns; the
 * others still answer. Its address and the socket error go to the log, never to the caller.
 */
export class SubgraphSource<Context extends Record<string, any>> extends RemoteGraphQLDataSource<Context> {
  constructor(
    readonly serviceName: string,
    options: ConstructorParameters<typeof RemoteGraphQLDataSource<Context>>[0] & { timeoutMs: number; dispatcher: Dispatcher },
  ) {
    const { timeoutMs, dispatcher, ...rest } = options;
    super({ ...rest, fetcher: subgraphFetcher(dispatcher, timeoutMs) });
  }

  override async process(options: GraphQLDataSourceProcessOptions<Context>): Promise<GatewayGraphQLResponse> {
    try {
      return await super.process(options);
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code && error.extensions.code !== ErrorCode.INTERNAL_SERVER_ERROR) {
        const { response: _response, ...extensions } = error.extensions;
        throw new GraphQLError(error.message, { extensions });
      }
      logger.warn({ err: error, service: this.serviceName }, 'subgraph unavailable');
      throw new GraphQLError(`The ${this.serviceName} service is unavailable`, {
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, service: this.serviceName },
      });
    }
  }

  /** A subgraph's HTTP error (say, 400 for an operation over its limits) carries its GraphQL errors: pass the first on. */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]) {
    const body = (await this.parseBody(response).catch(() => undefined)) as { errors?: { message?: string; extensions?: Record<string, unknown> }[] } | undefined;
    const first = typeof body === 'object' ? body?.errors?.[0] : undefined;
    if (first?.message && typeof first.extensions?.code === 'string') {
      return new GraphQLError(first.message, { extensions: { ...first.extensions, service: this.serviceName } });
    }
    return new GraphQLError(`The ${this.serviceName} service answered HTTP ${response.status}`, {
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, service: this.serviceName },
    });
  }
}

/**
 * The gateway's HTTP client for subgraphs: undici's request API over a pool of kept-alive connections, with a
 * deadline (a subgraph that hangs costs at most the request's time). Apollo's default client (make-fetch-happen)
 * built a stack trace and more per call, a fifth of the gateway's time; Node's fetch builds a web stream per
 * body. The answer is read whole and handed back as the little of a fetch Response the gateway reads.
 */
function subgraphFetcher(dispatcher: Dispatcher, timeoutMs: number) {
  return (async (url: string, init: { method?: string; headers?: Record<string, string>; body?: string }) => {
    const response = await send(url, {
      method: (init.method ?? 'POST') as Dispatcher.HttpMethod,
      headers: init.headers,
      body: init.body,
      dispatcher,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.body.text();
    const headers = response.headers;
    const get = (name: string) => {
      const value = headers[name.toLowerCase()];
      return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
    };
    return {
      ok: response.statusCode >= 200 && response.statusCode < 300,
      status: response.statusCode,
      statusText: '',
      url,
      headers: { get, has: (name: string) => get(name) !== null },
      text: async () => text,
      json: async () => JSON.parse(text),
    };
  }) as never;
}
