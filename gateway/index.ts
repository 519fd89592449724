import fs from 'node:fs';
import http from 'node:http';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloGateway } from '@apollo/gateway';
import cors from 'cors';
import type { GraphQLFormattedError } from 'graphql';
import { createProxyMiddleware } from 'http-proxy-middleware';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { HubConfig, SubgraphName } from '../platform/config';
import { SUBGRAPH_NAMES, publicBaseUrl, subgraphUrl } from '../platform/config';
import { logger, requestLogPlugin } from '../platform/logging';
import { ANONYMOUS, type Identity } from '../platform/identity';
import { Agent } from 'undici';
import { ErrorCode } from '../platform/errors';
import { jsonHttpErrors } from '../platform/http-errors';
import { boundedVariableErrorsPlugin, documentLimitsMiddleware, limitsOf, operationLimitOptions } from '../platform/operation-limits';
import { DOCUMENT_PARAMETER, PUBLIC_DOCUMENT_ROUTES, PUBLIC_WALLET_ROUTES } from '../platform/public-documents';
import { listen } from '../platform/ports';
import { createAuthenticator } from './authentication';
import { mountIde } from './ide';
import { SubgraphSource } from './subgraph-source';
import { mountPages } from './pages';
import type { RunOperation } from './catalogue-pages';
import { CSRF_HEADER, createSignIn } from './sign-in';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';

interface GatewayContext {
  identity: Identity;
  /** The caller's own Authorization header, already checked here, forwarded for each subgraph to check. */
  authorization?: string;
}

/**
 * The public documents, published under the hub's one public address: only their own routes, each
 * forwarded to the subgraph that owns it with a path rebuilt from the matched parameters (never the path as
 * sent). Encoded dots, slashes and backslashes, and dot segments, are refused before any route matches.
 * Open to any origin (CORS), as documents for verifiers must be.
 */
function mountPublicDocuments(app: express.Express, urls: Record<SubgraphName, string>, timeoutMs: number) {
  const anyOrigin = cors({ origin: '*', methods: ['GET', 'HEAD'], allowedHeaders: ['if-none-match'], exposedHeaders: ['etag', 'cache-control', 'link', 'x-total-count'], maxAge: 86_400 });
  const prefixes = [...new Set(Object.values(PUBLIC_DOCUMENT_ROUTES).map(({ path }) => `/${path.split('/')[1]}`))];
  app.use(prefixes, (request, response, next) => {
    const rawPath = request.originalUrl.split('?')[0];
    if (/%2e|%2f|%5c|\\/i.test(rawPath) || rawPath.split('/').some((segment) => segment === '.' || segment === '..')) {
      response.status(400).set('Cache-Control', 'no-store').json({ error: 'encoded dots, slashes and dot segments are not allowed in document paths' });
      return;
    }
    next();
  });
  for (const route of Object.values(PUBLIC_DOCUMENT_ROUTES)) {
    const { path, subgraph } = route;
    const params: Readonly<Record<string, RegExp>> = 'params' in route ? route.params : {};
    const query: Readonly<Record<string, RegExp>> = 'query' in route ? route.query : {};
    const proxy = createProxyMiddleware<express.Request, express.Response>({
      target: new URL(urls[subgraph]).origin,
      proxyTimeout: timeoutMs,
      timeout: timeoutMs,
      xfwd: false,
      // The path rebuilt from the matched parameters, with only the route's own query parameters (already checked).
      pathRewrite: (_path, request) => {
        const rebuilt = path.replace(/:(\w+)/g, (_match, name: string) => encodeURIComponent(String(request.params[name])));
        const search = new URLSearchParams();
        for (const name of Object.keys(query)) if (typeof request.query[name] === 'string') search.set(name, request.query[name]);
        return search.size ? `${rebuilt}?${search}` : rebuilt;
      },
      on: {
        proxyReq: (proxyRequest) => {
          // Only what a document needs goes on: no cookies or tokens to a route that wants none.
          for (const header of proxyRequest.getHeaderNames()) {
            if (!['host', 'if-none-match', 'accept', 'accept-encoding', 'content-length'].includes(header)) proxyRequest.removeHeader(header);
          }
        },
        proxyRes: (proxyResponse) => {
          delete proxyResponse.headers['x-powered-by'];
        },
        error: (error, _request, response) => {
          logger.warn({ err: error, subgraph }, 'public document unavailable');
          const res = response as express.Response;
          if (!res.headersSent) res.status(502).set('Cache-Control', 'no-store').json({ error: `the ${subgraph} service did not answer` });
          else res.end();
        },
      },
    });
    app.options(path, anyOrigin);
    app.get(path, anyOrigin, (request, response, next) => {
      // Ids are UUIDs or names like revocation.jsonld: nothing but letters, digits, dashes and single dots reaches a
      // subgraph, unless the route says what else its parameter is (a share token); the same for its query parameters.
      const badParameter = Object.entries(request.params).some(
        ([name, value]) => !(params[name] ?? DOCUMENT_PARAMETER).test(String(value)) || String(value).includes('..'),
      );
      if (badParameter) {
        response.status(404).set('Cache-Control', 'no-store').json({ error: 'no such document' });
        return;
      }
      const badQuery = Object.keys(query).find((name) => request.query[name] !== undefined && (typeof request.query[name] !== 'string' || !query[name].test(request.query[name])));
      if (badQuery) {
        response.status(400).set('Cache-Control', 'no-store').json({ error: `the query parameter ${badQuery} is not well formed` });
        return;
      }
      void proxy(request, response, next);
    });
  }
}

/**
 * The OpenID4VCI endpoints (platform/public-documents.ts), each forwarded to the awards subgraph on its own
 * path with the body as sent and only the headers its route names. Open to any origin: wallets in browsers
 * call them, and they take no cookie, only the wallet's own access token.
 */
function mountWalletEndpoints(app: express.Express, config: HubConfig, urls: Record<SubgraphName, string>, timeoutMs: number) {
  // Per client address, as for anonymous callers of the graph: nonces and token attempts are not free to flood.
  const limited = rateLimit(config, async (request) => `wallet:${request.ip}`);
  for (const { path, subgraph, method, headers } of Object.values(PUBLIC_WALLET_ROUTES)) {
    const forwarded: readonly string[] = ['host', 'accept', 'accept-encoding', 'content-length', ...headers];
    const anyOrigin = cors({ origin: '*', methods: [method], allowedHeaders: [...headers], maxAge: 86_400 });
    const proxy = createProxyMiddleware<express.Request, express.Response>({
      target: new URL(urls[subgraph]).origin,
      proxyTimeout: timeoutMs,
      timeout: timeoutMs,
      xfwd: false,
      pathRewrite: () => path,
      on: {
        proxyReq: (proxyRequest) => {
          for (const header of proxyRequest.getHeaderNames()) if (!forwarded.includes(header)) proxyRequest.removeHeader(header);
        },
        proxyRes: (proxyResponse) => {
          delete proxyResponse.headers['x-powered-by'];
        },
        error: (error, _request, response) => {
          logger.warn({ err: error, subgraph }, 'wallet endpoint unavailable');
          const res = response as express.Response;
          if (!res.headersSent) res.status(502).set('Cache-Control', 'no-store').json({ error: 'temporarily_unavailable', error_description: `the ${subgraph} service did not answer` });
          else res.end();
        },
      },
    });
    app.options(path, anyOrigin);
    const handler: express.RequestHandler = (request, response, next) => void proxy(request, response, next);
    if (method === 'GET') app.get(path, anyOrigin, handler);
    else app.post(path, anyOrigin, limited, handler);
  }
}

export interface RunningGateway {
  url: string;
  stop(): Promise<void>;
}

/**
 * The gateway serves the supergraph composed ahead of time (schema/supergraph.graphql), never
 * introspection at run time: the same file runs on Apollo Router. Subgraph URLs come from configuration,
 * overriding the routing URLs written into the file.
 */
export async function startGateway(options: {
  config: HubConfig;
  port: number;
  host?: string;
  subgraphUrls?: Partial<Record<SubgraphName, string>>;
  supergraphSdl?: string;
}): Promise<RunningGateway> {
  const { config } = options;
  const urls = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [name, options.subgraphUrls?.[name] ?? subgraphUrl(config, name)]),
  ) as Record<SubgraphName, string>;
  const supergraphSdl = options.supergraphSdl ?? fs.readFileSync(config.SUPERGRAPH_PATH, 'utf8');
  const timeoutMs = config.REQUEST_TIMEOUT_SECONDS * 1000;
  // Kept-alive connections to the subgraphs, shorter-lived than the subgraphs keep them (65 s).
  const subgraphConnections = new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 60_000 });
  // @apollo/gateway reports anonymous usage to Apollo unless told not to, and probes cloud metadata
  // addresses (169.254.169.254) to describe the host: a public hub sends nothing out unless its operator
  // opts in with APOLLO_TELEMETRY_DISABLED=false.
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new SubgraphSource<GatewayContext>(name, {
        url: urls[name as SubgraphName] ?? url,
        timeoutMs,
        dispatcher: subgraphConnections,
        // The subgraphs authenticate the caller themselves, as they do behind any other router; operations
        // the gateway runs for itself (no caller) go out anonymous.
        headersFor: (context): Record<string, string> => (context?.authorization ? { authorization: context.authorization } : {}),
      }),
  });
  const authenticate = await createAuthenticator(config);
  const introspection = config.NODE_ENV !== 'production' || config.GRAPHQL_INTROSPECTION;
  const limits = operationLimitOptions(limitsOf(config), { blockFieldSuggestions: !introspection });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    // In production the schema is not open for introspection unless configured (and then suggestions go too).
    introspection,
    formatError: gatewayFormatError(urls),
    validationRules: limits.validationRules,
    // Apollo's own landing page loads from a CDN; the hub serves its own offline IDE instead.
    plugins: [requestLogPlugin('gateway'), ApolloServerPluginLandingPageDisabled(), ...limits.plugins, boundedVariableErrorsPlugin()],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  if (config.TRUST_PROXY) app.set('trust proxy', trustProxyValue(config.TRUST_PROXY));
  const httpServer = http.createServer(app);
  // Keep idle connections open longer than callers' keep-alive pools do (about 4-5 s), so that a server never
  // closes a socket a caller is just reusing: that race showed as ECONNRESET under load. Slow senders get no
  // more time than a request may take.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  httpServer.requestTimeout = Math.max(timeoutMs, 67_000);
  const signIn = await createSignIn(config, { awardsUrl: urls.awards });
  // The graph first: every GraphQL request would otherwise be matched against each route below before its own.
  // Who calls: a bearer token when one is sent; else a web session, when the page sends its CSRF token
  // (gateway/sign-in/); else the anonymous caller. Worked out once per request.
  const callers = new WeakMap<express.Request, Promise<{ identity: Identity; authorization?: string }>>();
  const callerOf = (request: express.Request, response: express.Response) => {
    let caller = callers.get(request);
    if (!caller) {
      const authorization = request.header('authorization');
      caller =
        authorization || !request.header(CSRF_HEADER)
          ? authenticate(authorization).then((identity) => ({ identity, authorization }))
          : signIn.sessionCaller(request, response).then((session) => session ?? { identity: ANONYMOUS });
      callers.set(request, caller);
    }
    return caller;
  };
  app.use(
    '/graphql',
    cors({
      origin: config.CORS_ORIGINS.includes('*') ? '*' : config.CORS_ORIGINS,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name'],
      exposedHeaders: ['retry-after', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset'],
      maxAge: 600,
    }),
    rateLimit(config, async (request, response) => {
      const identity = (await callerOf(request, response).catch(() => undefined))?.identity;
      return identity?.subject ? `subject:${identity.subject}` : `address:${request.ip}`;
    }),
    requestDeadline(timeoutMs),
    express.json({ limit: '8mb' }),
    documentLimitsMiddleware(limitsOf(config)),
    expressMiddleware(apollo, {
      // A bad token is refused here, early, with 401 and the reason; a good one is forwarded as it came. A web
      // session goes on as a short-lived hub token for the signed-in learner, which the subgraphs check the same way.
      context: async ({ req, res }): Promise<GatewayContext> => callerOf(req, res),
    }),
  );
  app.get('/health', async (_request, response) => {
    const health = await hubHealth(urls);
    response.status(health.status === 'ok' ? 200 : 503).set('Cache-Control', 'no-store').json(health);
  });
  mountPublicDocuments(app, urls, timeoutMs);
  mountWalletEndpoints(app, config, urls, timeoutMs);
  app.use(signIn.router);
  // The catalogue's pages run a search or an entry's query for each visit: held to the graph's rate per address.
  app.use(['/katalog', '/catalogue'], rateLimit(config, async (request) => `address:${request.ip}`));
  mountPages(app, {
    publicUrl: publicBaseUrl(config),
    // The catalogue's pages carry their content for search engines, from the public graph as anyone may ask it.
    run: (async (document, variables) => {
      const response = await apollo.executeOperation(
        { query: document, variables: variables as Record<string, unknown> },
        { contextValue: { identity: ANONYMOUS } },
      );
      if (response.body.kind !== 'single') throw new Error('an incremental answer for a page');
      return response.body.singleResult;
    }) as RunOperation,
  });
  if (config.NODE_ENV !== 'production' || config.GRAPHQL_IDE) mountIde(app, '/graphql');
  jsonHttpErrors(app);
  await listen(httpServer, options.port, options.host ?? '0.0.0.0');
  const url = `http://localhost:${(httpServer.address() as { port: number }).port}/graphql`;
  logger.info({ url }, 'gateway ready');
  return {
    url,
    async stop() {
      await apollo.stop();
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await subgraphConnections.close();
    },
  };
}

/** "true", a hop count, or a list of addresses/subnets, as Express reads "trust proxy". */
const trustProxyValue = (value: string): boolean | number | string =>
  value === 'true' ? true : value === 'false' ? false : /^\d+$/.test(value) ? Number(value) : value;

/**
 * Per caller: the token's subject, else the client address. Past RATE_LIMIT_REQUESTS in the window the
 * caller gets HTTP 429 with Retry-After (seconds) and a GraphQL error RATE_LIMITED; nothing runs.
 */
function rateLimit(config: HubConfig, keyOf: (request: express.Request, response: express.Response) => Promise<string>): express.RequestHandler {
  const limiter = new RateLimiterMemory({ points: config.RATE_LIMIT_REQUESTS, duration: config.RATE_LIMIT_WINDOW_SECONDS });
  // Requests in progress per caller: a flood of slow requests is held to a few at a time.
  const inProgress = new Map<string, number>();
  const tooMany = (response: express.Response, seconds: number, message: string) =>
    response
      .status(429)
      .set('Retry-After', String(seconds))
      .json({ errors: [{ message, extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: seconds } }] });
  return async (request, response, next) => {
    if (request.method === 'OPTIONS') return next();
    const key = await keyOf(request, response);
    const running = inProgress.get(key) ?? 0;
    if (running >= config.RATE_LIMIT_CONCURRENT) {
      tooMany(response, 1, `Too many requests at once: at most ${config.RATE_LIMIT_CONCURRENT} in progress per caller; retry after 1 s`);
      return;
    }
    try {
      const state = await limiter.consume(key);
      response.setHeader('RateLimit-Limit', String(config.RATE_LIMIT_REQUESTS));
      response.setHeader('RateLimit-Remaining', String(state.remainingPoints));
    } catch (refused) {
      if (!(refused instanceof RateLimiterRes)) return next(refused);
      const seconds = Math.max(1, Math.ceil(refused.msBeforeNext / 1000));
      tooMany(response, seconds, `Too many requests: at most ${config.RATE_LIMIT_REQUESTS} per ${config.RATE_LIMIT_WINDOW_SECONDS} s per caller; retry after ${seconds} s`);
      return;
    }
    inProgress.set(key, running + 1);
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      const left = (inProgress.get(key) ?? 1) - 1;
      if (left > 0) inProgress.set(key, left);
      else inProgress.delete(key);
    };
    response.on('finish', finish);
    response.on('close', finish);
    next();
  };
}

/** A request the gateway has not answered within REQUEST_TIMEOUT_SECONDS gets 503 REQUEST_TIMEOUT. */
function requestDeadline(timeoutMs: number): express.RequestHandler {
  return (_request, response, next) => {
    const timer = setTimeout(() => {
      if (response.headersSent) return;
      response
        .status(503)
        .set('Retry-After', '5')
        .json({ errors: [{ message: `The request took longer than ${timeoutMs / 1000} s`, extensions: { code: ErrorCode.REQUEST_TIMEOUT } }] });
    }, timeoutMs);
    timer.unref();
    response.on('close', () => clearTimeout(timer));
    response.on('finish', () => clearTimeout(timer));
    next();
  };
}

/**
 * GET /health: each part by name and whether it (and its database) answers, never an address. 503 when
 * any part is down.
 */
async function hubHealth(urls: Record<SubgraphName, string>) {
  const parts: Record<string, { service: 'up' | 'down'; database?: 'up' | 'down' }> = {};
  await Promise.all(
    SUBGRAPH_NAMES.map(async (name) => {
      try {
        const answer = await fetch(new URL('/health', urls[name]), { signal: AbortSignal.timeout(2_000) });
        const body = (await answer.json().catch(() => ({}))) as { database?: string };
        parts[name] = { service: 'up', database: answer.ok && body.database !== 'down' ? 'up' : 'down' };
      } catch {
        parts[name] = { service: 'down' };
      }
    }),
  );
  const down = SUBGRAPH_NAMES.filter((name) => parts[name].service === 'down' || parts[name].database === 'down');
  return { status: down.length ? 'unavailable' : 'ok', down, parts: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, parts[name]])) };
}

/**
 * What the gateway tells callers: coded errors as they are (without the subgraph's HTTP response), limit
 * refusals with OPERATION_LIMIT_EXCEEDED, and anything else masked (it is logged): no address, socket
 * error or stack reaches a caller.
 */
const gatewayFormatError = (urls: Record<SubgraphName, string>) => {
  const internal = Object.values(urls).flatMap((url) => [new URL(url).origin, new URL(url).host]);
  // A subgraph's address, or what a failed socket says.
  const leaks = (message: string) =>
    internal.some((address) => message.includes(address)) || /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|EHOSTUNREACH|socket hang up|fetch failed|request to http/i.test(message);
  return (formatted: GraphQLFormattedError, error: unknown) => formatGatewayError(formatted, error, leaks(formatted.message));
};

function formatGatewayError(formatted: GraphQLFormattedError, error: unknown, leaks: boolean): GraphQLFormattedError {
  const { response: _response, stacktrace: _stacktrace, exception: _exception, ...extensions } = formatted.extensions ?? {};
  if (extensions.limit) return { ...formatted, extensions: { ...extensions, code: ErrorCode.OPERATION_LIMIT_EXCEEDED } };
  const code = typeof extensions.code === 'string' ? extensions.code : undefined;
  if (!leaks && code && code !== ErrorCode.INTERNAL_SERVER_ERROR && code !== 'DOWNSTREAM_SERVICE_ERROR') return { ...formatted, extensions };
  if (!leaks && code === ErrorCode.INTERNAL_SERVER_ERROR && formatted.message === 'Internal server error') return { ...formatted, extensions };
  if (!leaks && code && code.startsWith('GRAPHQL_')) return { ...formatted, extensions };
  logger.error({ err: error, path: formatted.path }, 'masked gateway error');
  if (typeof extensions.serviceName === 'string' && (leaks || code === 'DOWNSTREAM_SERVICE_ERROR')) {
    return {
      message: `The ${extensions.serviceName} service is unavailable`,
      path: formatted.path,
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, service: extensions.serviceName },
    };
  }
  return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
