import http from 'node:http';
import { randomUUID } from 'node:crypto';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLError, Kind, type BooleanValueNode, type DocumentNode, type GraphQLSchema, specifiedDirectives } from 'graphql';
import gql from 'graphql-tag';
import merge from 'lodash.merge';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { HubConfig, SubgraphName } from './config';
import { SUBGRAPH_NAMES, subgraphUrl } from './config';
import type { HubContext } from './context';
import { openSubgraphDatabase, type StatementCounter } from './database';
import { decodeProtectedHeader } from 'jose';
import { ANONYMOUS, type Identity } from './identity';
import { accessPolicyMiddleware, guardReference, type AccessPolicy } from './access-policy';
import { AuthenticationRefused, createAuthenticator } from './caller-token';
import { SERVICE_JWKS_PATH, SERVICE_TOKEN_TYPE, ServiceKeys, ServiceKeysUnavailable, ServiceTokenRefused, serviceTokenVerifier } from './service-token';
import { logger, requestLogPlugin } from './logging';
import { PeerClient } from './peer';
import { listen } from './ports';
import { formatErrorOf } from './format-error';
import { ErrorCode } from './errors';
import { jsonHttpErrors } from './http-errors';
import { documentLimitsMiddleware, limitsOf, operationLimitOptions } from './operation-limits';
import { schemaAccessPlugin } from './schema-access';

/** Everything that makes one subgraph: its GraphQL types and resolvers, its tables and its loaders. */
export interface SubgraphDefinition<Loaders = unknown> {
  name: SubgraphName;
  resolvers: NonEmptyArray<Function>;
  /** Types that no resolver returns directly but that the schema must contain (entity stubs). */
  orphanedTypes?: Function[];
  /**
   * `__resolveReference` per entity. They run outside type-graphql, so they batch themselves; the builder
   * guards every entity with its `<Type>.@reference` rule before they run.
   */
  referenceResolvers?: GraphQLResolverMap<HubContext<Loaders>>;
  entities: Function[];
  migrations: Function[];
  /** Which other subgraphs this one calls (documented service calls). */
  peers?: SubgraphName[];
  createLoaders(db: DataSource): Loaders;
  /**
   * Plain HTTP routes beside /graphql, for documents that outside tools read without a token (JWKS,
   * DID documents, status lists). Mounted at the subgraph's root.
   */
  httpRoutes?: (router: express.Router, deps: { db: DataSource; config: HubConfig; peers: HubContext['peers'] }) => void;
  /** Who may call what: every operation and entity reference of this subgraph must have a rule (fail closed). */
  accessRules: AccessPolicy;
  /** Runs once after the migrations, before the subgraph serves: work SQL migrations cannot do (sealing with a key). */
  onStart?: (deps: { db: DataSource; config: HubConfig }) => Promise<void>;
}

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])';

/** type-graphql builds the schema from classes; @apollo/subgraph turns it into a Federation 2 subgraph. */
export async function buildFederatedSchema(definition: SubgraphDefinition<any>): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: definition.resolvers,
    orphanedTypes: definition.orphanedTypes,
    directives: [...specifiedDirectives],
    globalMiddlewares: [accessPolicyMiddleware(definition.accessRules)],
    skipCheck: true,
    validate: false,
  });
  const typeDefs = gql(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`);
  return buildSubgraphSchema([
    {
      typeDefs,
      resolvers: merge(
        createResolversMap(schema),
        definition.referenceResolvers ?? {},
        guardedReferences(typeDefs, definition),
      ) as GraphQLResolverMap<unknown>,
    },
  ]);
}

/** The entity types this subgraph resolves by key (`@key` without `resolvable: false`). */
function resolvableEntities(typeDefs: DocumentNode): string[] {
  const entities = new Set<string>();
  for (const definition of typeDefs.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const resolvable = (definition.directives ?? []).some(
      (directive) =>
        directive.name.value === 'key' &&
        (directive.arguments?.find((argument) => argument.name.value === 'resolvable')?.value as BooleanValueNode | undefined)?.value !== false,
    );
    if (resolvable) entities.add(definition.name.value);
  }
  return [...entities];
}

/**
 * `_entities` bypasses type-graphql's middleware, so every entity's reference resolution is guarded here,
 * once, with its `<Type>.@reference` rule (none: nobody may). Without a resolver of its own an entity
 * resolves to its representation, as @apollo/subgraph does by default.
 */
function guardedReferences(typeDefs: DocumentNode, definition: SubgraphDefinition<any>): GraphQLResolverMap<HubContext<any>> {
  const guarded: GraphQLResolverMap<HubContext<any>> = {};
  for (const type of resolvableEntities(typeDefs)) {
    const own = (definition.referenceResolvers?.[type] as { __resolveReference?: Function } | undefined)?.__resolveReference;
    guarded[type] = {
      async __resolveReference(reference: unknown, context: HubContext<any>, info: unknown) {
        await guardReference(type, definition.accessRules, reference, context);
        return own ? own.call(definition.referenceResolvers![type], reference, context, info) : reference;
      },
    } as GraphQLResolverMap<HubContext<any>>[string];
  }
  return guarded;
}

export interface RunningSubgraph {
  name: SubgraphName;
  url: string;
  statements: StatementCounter;
  db: DataSource;
  /** The interface it listens on. */
  host: string;
  stop(): Promise<void>;
}

/** Opens the subgraph's database (running its migrations) and serves it over HTTP. */
export async function startSubgraph(
  definition: SubgraphDefinition<any>,
  options: { config: HubConfig; databaseUrl: string; port: number; host?: string; beforeListen?: () => Promise<void> },
): Promise<RunningSubgraph> {
  const { dataSource, statements } = await openSubgraphDatabase({
    url: options.databaseUrl,
    entities: definition.entities,
    migrations: definition.migrations,
  });
  await definition.onStart?.({ db: dataSource, config: options.config });
  const schema = await buildFederatedSchema(definition);
  const identityOf = await identityReader(options.config, definition.name);
  const serviceKeys = await ServiceKeys.open(options.config, definition.name);
  const peers: HubContext['peers'] = {};
  for (const peer of definition.peers ?? []) {
    // Calls to a peer carry this subgraph's service token for that peer alone.
    const authorization = serviceKeys.authorizationFor(peer);
    peers[peer] = new PeerClient(peer, subgraphUrl(options.config, peer), async () => ({ authorization: await authorization() }));
  }

  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  // Keep idle connections open longer than callers' keep-alive pools do (about 4-5 s), so that a server never
  // closes a socket a caller is just reusing: that race showed as ECONNRESET under load.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  // The same limits as at the gateway: a subgraph may be reached without it. The gateway's entity
  // fetches carry one representation per entity; those are bounded by the body size instead.
  const limits = operationLimitOptions(limitsOf(options.config, 'subgraph'), {
    blockFieldSuggestions: options.config.NODE_ENV === 'production',
    skipListArguments: (field, argument) => field === '_entities' && argument === 'representations',
  });
  const apollo = new ApolloServer<HubContext>({
    schema,
    formatError: formatErrorOf(definition.name),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    validationRules: limits.validationRules,
    // No Apollo Studio here: federated tracing would only cost time on every request. No cache hints either
    // (the hub sets none): Apollo's cache-control plugin wraps every field's resolver to collect them, which
    // costs a batch of reports thousands of calls; answers are never cached (no-store, as that plugin said).
    plugins: [
      requestLogPlugin(definition.name),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      { requestDidStart: async () => ({ willSendResponse: async ({ response }) => void response.http.headers.set('cache-control', 'no-store') }) },
      schemaAccessPlugin(options.config.NODE_ENV === 'production'),
      ...limits.plugins,
    ],
  });
  await apollo.start();

  app.get('/health', async (_request, response) => {
    try {
      await dataSource.query('select 1');
      response.json({ status: 'ok', subgraph: definition.name, database: 'up' });
    } catch {
      response.status(503).json({ status: 'unavailable', subgraph: definition.name, database: 'down' });
    }
  });
  // The public half of this subgraph's service key, which the other subgraphs verify its calls with.
  app.get(SERVICE_JWKS_PATH, (_request, response) => {
    response.set('cache-control', 'public, max-age=300').json(serviceKeys.jwks());
  });
  if (definition.httpRoutes) {
    const router = express.Router();
    definition.httpRoutes(router, { db: dataSource, config: options.config, peers });
    app.use(router);
  }
  app.use(
    '/graphql',
    express.json({ limit: '8mb' }),
    documentLimitsMiddleware(limitsOf(options.config, 'subgraph')),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<HubContext> => ({
        requestId: randomUUID(),
        identity: await identityOf(req.header('authorization'), req.header(RETIRED_IDENTITY_HEADER)),
        db: dataSource,
        loaders: definition.createLoaders(dataSource),
        peers,
        config: options.config,
      }),
    }),
  );

  jsonHttpErrors(app);
  await options.beforeListen?.();
  await listen(httpServer, options.port, options.host ?? '0.0.0.0');
  const address = httpServer.address() as { port: number; address: string };
  const url = `http://localhost:${address.port}/graphql`;
  logger.info({ subgraph: definition.name, url }, 'subgraph ready');
  return {
    name: definition.name,
    url,
    statements,
    db: dataSource,
    host: address.address,
    async stop() {
      await apollo.stop();
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await dataSource.destroy();
    },
  };
}

/** The header the hub's own gateway once signed identities into; anything still sending it is refused. */
const RETIRED_IDENTITY_HEADER = 'x-hub-identity';

/**
 * Who calls, from the request's bearer token: another subgraph's service token (typ hub-service+jwt, checked
 * against that subgraph's published keys, for this subgraph as audience), else the caller's own token as
 * whichever router sits in front forwarded it (checked with the AUTH_* OpenID Connect configuration), else
 * the anonymous caller. Anything that does not verify is refused with 401 and the reason.
 */
async function identityReader(config: HubConfig, self: SubgraphName) {
  const authenticateCaller = await createAuthenticator(config);
  const verifyServiceToken = serviceTokenVerifier(config, self);
  return async (authorization: string | undefined, retiredHeader: string | undefined): Promise<Identity> => {
    // The anonymous caller (an employer verifying a credential) costs no identity work.
    if (authorization === undefined && retiredHeader === undefined) return ANONYMOUS;
    if (retiredHeader !== undefined) {
      throw new AuthenticationRefused(
        `the ${RETIRED_IDENTITY_HEADER} header is not accepted: send the caller's bearer token, or a subgraph's service token`,
      );
    }
    const token = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '')?.[1];
    if (token && isServiceToken(token)) {
      try {
        return await verifyServiceToken(token);
      } catch (error) {
        if (error instanceof ServiceKeysUnavailable) {
          throw new GraphQLError(`Service unavailable: ${error.message}`, {
            extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, service: self, retryAfterSeconds: 5, http: { status: 503 } },
          });
        }
        throw new AuthenticationRefused(error instanceof ServiceTokenRefused ? error.message : 'the service token could not be checked');
      }
    }
    return authenticateCaller(authorization);
  };
}

function isServiceToken(token: string): boolean {
  try {
    return decodeProtectedHeader(token).typ === SERVICE_TOKEN_TYPE;
  } catch {
    return false;
  }
}

export { SUBGRAPH_NAMES };
