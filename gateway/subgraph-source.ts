import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
// Not re-exported by the package's index.
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { GraphQLError } from 'graphql';
import { request as send, type Dispatcher } from 'undici';
import { ErrorCode } from '../platform/errors';
import { logger } from '../platform/logging';
import { RECORDED_QUERY_FIELDS } from '../platform/recorded-queries';

/** A subgraph's answer as it came: status, the headers the gateway reads, the body's text. */
interface SubgraphAnswer {
  status: number;
  contentType: string | undefined;
  cacheControl: string | undefined;
  text: string;
}

/**
 * A subgraph as the gateway calls it (Apollo's GraphQLDataSource): one POST over undici's request API on a
 * pool of kept-alive connections, with a deadline. Apollo's RemoteGraphQLDataSource built node-fetch Headers
 * and a Request per call besides its client's own work (make-fetch-happen built a stack trace per call, a
 * fifth of the gateway's time); this does only what the gateway reads. Identical queries in flight at once
 * (same text, variables and caller's token) share one subgraph call, each caller parsing its own copy of the
 * answer, as Hive Gateway does; mutations and recorded queries (platform/recorded-queries.ts) never do.
 *
 * A subgraph that cannot be reached, times out or answers something other than GraphQL becomes one error,
 * SERVICE_UNAVAILABLE naming the service, on the fields it owns; the others still answer. Its address and the
 * socket error go to the log, never to the caller.
 */
export class SubgraphSource<Context extends Record<string, any>> implements GraphQLDataSource<Context> {
  private readonly inFlight = new Map<string, Promise<SubgraphAnswer>>();

  constructor(
    readonly serviceName: string,
    private readonly options: {
      url: string;
      timeoutMs: number;
      dispatcher: Dispatcher;
      /** The headers this call carries for the caller (their Authorization), beside content-type. */
      headersFor(context: Context | undefined): Record<string, string>;
    },
  ) {}

  get url() {
    return this.options.url;
  }

  async process(options: GraphQLDataSourceProcessOptions<Context>): Promise<GatewayGraphQLResponse> {
    const { request } = options;
    if (!request.query) throw new Error('Missing query');
    const headers: Record<string, string> = { 'content-type': 'application/json', ...this.options.headersFor(options.context as Context | undefined) };
    for (const [name, value] of request.http?.headers ?? []) headers[name] ??= value;
    const body = JSON.stringify({ query: request.query, variables: request.variables, operationName: request.operationName, extensions: request.extensions });
    let answer: SubgraphAnswer;
    try {
      answer = sharable(options) ? await this.shared(headers, body) : await this.send(headers, body);
    } catch (error) {
      throw this.unavailable(error);
    }
    const parsed = parseAnswer(answer);
    if (answer.status < 200 || answer.status >= 300) throw this.errorFromAnswer(answer, parsed);
    if (!parsed || typeof parsed !== 'object') throw this.unavailable(new Error(`expected a JSON answer, HTTP ${answer.status} ${answer.contentType ?? ''}`));
    if (options.kind === GraphQLDataSourceRequestKind.INCOMING_OPERATION) restrictCachePolicy(options.incomingRequestContext, answer.cacheControl);
    return parsed as GatewayGraphQLResponse;
  }

  /** One subgraph call for every identical one in flight; each caller gets the answer's text to parse. */
  private shared(headers: Record<string, string>, body: string): Promise<SubgraphAnswer> {
    const key = `${headers.authorization ?? ''}\n${body}`;
    let answer = this.inFlight.get(key);
    if (!answer) {
      answer = this.send(headers, body).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, answer);
    }
    return answer;
  }

  private async send(headers: Record<string, string>, body: string): Promise<SubgraphAnswer> {
    const response = await send(this.options.url, {
      method: 'POST',
      headers,
      body,
      dispatcher: this.options.dispatcher,
      signal: AbortSignal.timeout(this.options.timeoutMs),
    });
    const text = await response.body.text();
    const header = (name: string) => {
      const value = response.headers[name];
      return Array.isArray(value) ? value.join(', ') : value;
    };
    return { status: response.statusCode, contentType: header('content-type'), cacheControl: header('cache-control'), text };
  }

  /** A subgraph's HTTP error (say, 400 for an operation over its limits) carries its GraphQL errors: pass the first on. */
  private errorFromAnswer(answer: SubgraphAnswer, parsed: unknown): GraphQLError {
    const first = (parsed as { errors?: { message?: string; extensions?: Record<string, unknown> }[] } | undefined)?.errors?.[0];
    if (first?.message && typeof first.extensions?.code === 'string' && first.extensions.code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      const { response: _response, ...extensions } = first.extensions;
      return new GraphQLError(first.message, { extensions: { ...extensions, service: this.serviceName } });
    }
    logger.warn({ service: this.serviceName, status: answer.status }, 'subgraph answered an HTTP error');
    return new GraphQLError(`The ${this.serviceName} service is unavailable`, {
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, service: this.serviceName },
    });
  }

  private unavailable(error: unknown): GraphQLError {
    logger.warn({ err: error, service: this.serviceName }, 'subgraph unavailable');
    return new GraphQLError(`The ${this.serviceName} service is unavailable`, {
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, service: this.serviceName },
    });
  }
}

/**
 * A fetch of a query the gateway runs for a caller (a query's fetches are queries), whose text names none of
 * the recorded fields (a word match, so a field merely named like one is never shared either).
 */
function sharable(options: GraphQLDataSourceProcessOptions<any>): boolean {
  if (options.kind !== GraphQLDataSourceRequestKind.INCOMING_OPERATION) return false;
  if (options.incomingRequestContext.operation?.operation !== 'query') return false;
  return !RECORDED_FIELD.test(options.request.query ?? '');
}

const RECORDED_FIELD = new RegExp(`\\b(${[...RECORDED_QUERY_FIELDS].join('|')})\\b`);

function parseAnswer(answer: SubgraphAnswer): unknown {
  if (!answer.contentType || !/^application\/(graphql-response\+)?json/.test(answer.contentType)) return undefined;
  try {
    return JSON.parse(answer.text);
  } catch {
    return undefined;
  }
}

/** As Apollo's data source does: the subgraph's Cache-Control narrows the whole answer's cache policy. */
function restrictCachePolicy(context: { overallCachePolicy?: unknown }, cacheControl: string | undefined) {
  const policy = context.overallCachePolicy as { restrict?(hint: { maxAge?: number; scope?: 'PUBLIC' | 'PRIVATE' }): void } | undefined;
  if (!policy?.restrict) return;
  const directives = new Map(
    (cacheControl ?? '').split(',').map((part) => {
      const [name, value] = part.trim().split('=');
      return [name.toLowerCase(), value ?? true] as const;
    }),
  );
  const maxAge = directives.get('max-age');
  policy.restrict({
    maxAge: typeof maxAge === 'string' && /^\d+$/.test(maxAge) ? Number(maxAge) : 0,
    ...(directives.has('private') ? { scope: 'PRIVATE' as const } : directives.has('public') ? { scope: 'PUBLIC' as const } : {}),
  });
}
