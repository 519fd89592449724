import http from 'node:http';
import { randomUUID } from 'node:crypto';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
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
import { ForgedIdentity, type Identity, IDENTITY_HEADER, serviceIdentity, signIdentity, verifyIdentity } from './identity';
import { accessPolicyMiddleware, guardReference, type AccessPolicy } from './access-policy';
import { internalSecret } from './secrets';
import { createAuthenticator } from './caller-token';
import { logger, requestLogPlugin } from './logging';
import { PeerClient } from './peer';
import { listen } from './ports';
import { formatErrorOf } from './format-error';
import { jsonHttpErrors } from './http-errors';
import { documentLimitsMiddleware, limitsOf, operationLimitOptions } from './operation-limits';

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
  options: { config: HubConfig; databaseUrl: string; port: number; host?: string },
): Promise<RunningSubgraph> {
  const { dataSource, statements } = await openSubgraphDatabase({
    url: options.databaseUrl,
    entities: definition.entities,
    migrations: definition.migrations,
  });
  await definition.onStart?.({ db: dataSource, config: options.config });
  const schema = await buildFederatedSchema(definition);
  const secret = internalSecret(options.config);
  const authenticate = await createAuthenticator(options.config);
  const asThisService = serviceIdentity(definition.name);
  const peers: HubContext['peers'] = {};
  for (const peer of definition.peers ?? []) {
    peers[peer] = new PeerClient(peer, subgraphUrl(options.config, peer), async () => ({
      [IDENTITY_HEADER]: await signIdentity(asThisService, secret),
    }));
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
    // No Apollo Studio here: federated tracing would only cost time on every request.
    plugins: [requestLogPlugin(definition.name), ApolloServerPluginInlineTraceDisabled(), ...limits.plugins],
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
        identity: await identityOf(req.header(IDENTITY_HEADER), req.header('authorization'), secret, authenticate),
        db: dataSource,
        loaders: definition.createLoaders(dataSource),
        peers,
        config: options.config,
      }),
    }),
  );

  jsonHttpErrors(app);
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

/**
 * Who calls: a peer subgraph's signed service identity (x-hub-identity), else the caller's own bearer token
 * as whichever router sits in front forwarded it (checked here with the gateway's OpenID Connect
 * configuration), else the anonymous caller. Anything that does not verify is refused outright with 401
 * and the reason, so a forged identity or token sent straight to a subgraph gets nowhere.
 */
async function identityOf(
  header: string | undefined,
  authorization: string | undefined,
  secret: Uint8Array,
  authenticate: (authorization: string | undefined) => Promise<Identity>,
): Promise<Identity> {
  if (!header) return authenticate(authorization);
  try {
    return await verifyIdentity(header, secret);
  } catch (error) {
    const message = error instanceof ForgedIdentity ? error.message : 'invalid identity';
    throw new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
}

export { SUBGRAPH_NAMES };
