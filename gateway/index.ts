import fs from 'node:fs';
import http from 'node:http';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { HubConfig, SubgraphName } from '../platform/config';
import { SUBGRAPH_NAMES, subgraphUrl } from '../platform/config';
import { logger, requestLogPlugin } from '../platform/logging';
import { IDENTITY_HEADER, signIdentity, type Identity } from '../platform/identity';
import { internalSecret } from '../platform/secrets';
import { listen } from '../platform/ports';
import { createAuthenticator } from './authentication';
import { mountIde } from './ide';
import { mountPages } from './pages';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';

interface GatewayContext {
  identity: Identity;
  /** The identity signed for the subgraphs, made once per request. */
  signedIdentity?: Promise<string>;
}

/**
 * Plain-HTTP documents that outside verifiers fetch without a token, served by the subgraph that owns them
 * and published under the hub's one public address: issuers' JWKS and did:web documents and the trusted
 * issuer registry (accreditation), and the status lists and the hub's JSON-LD context (awards).
 */
export const PUBLIC_DOCUMENTS: ReadonlyArray<{ path: string; subgraph: SubgraphName }> = [
  { path: '/issuers', subgraph: 'accreditation' },
  { path: '/registry.json', subgraph: 'accreditation' },
  { path: '/status-lists', subgraph: 'awards' },
  { path: '/contexts', subgraph: 'awards' },
  // Europass: awards as European Digital Credentials (a signed link or a share link).
  { path: '/europass/credentials', subgraph: 'awards' },
  { path: '/europass/shares', subgraph: 'awards' },
  // Europass: the catalogue as learning opportunities (a public dataset).
  { path: '/europass/learning-opportunities', subgraph: 'catalogue' },
];

function mountPublicDocuments(app: express.Express, urls: Record<SubgraphName, string>) {
  for (const { path, subgraph } of PUBLIC_DOCUMENTS) {
    const origin = new URL(urls[subgraph]).origin;
    app.get([path, `${path}/*rest`], async (request, response) => {
      try {
        const upstream = await fetch(`${origin}${request.originalUrl}`, {
          headers: request.header('if-none-match') ? { 'if-none-match': request.header('if-none-match')! } : {},
          signal: AbortSignal.timeout(10_000),
        });
        response.status(upstream.status);
        for (const header of ['content-type', 'cache-control', 'etag', 'last-modified', 'content-disposition', 'x-content-type-options', 'link', 'x-total-count', 'access-control-allow-origin']) {
          const value = upstream.headers.get(header);
          if (value) response.setHeader(header, value);
        }
        response.send(Buffer.from(await upstream.arrayBuffer()));
      } catch {
        response.status(502).json({ error: `the ${subgraph} service did not answer` });
      }
    });
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
  const urls = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [name, options.subgraphUrls?.[name] ?? subgraphUrl(options.config, name)]),
  ) as Record<SubgraphName, string>;
  const supergraphSdl = options.supergraphSdl ?? fs.readFileSync(options.config.SUPERGRAPH_PATH, 'utf8');
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource<GatewayContext>({
        url: urls[name as SubgraphName] ?? url,
        willSendRequest({ request, context }) {
          // Operations the gateway runs for itself (no caller) go out anonymous.
          if (!context?.identity) return;
          context.signedIdentity ??= signIdentity(context.identity, secret);
          return context.signedIdentity.then((signed: string) => void request.http?.headers.set(IDENTITY_HEADER, signed));
        },
      }),
  });
  const secret = internalSecret(options.config);
  const authenticate = await createAuthenticator(options.config);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    // In production the schema is not open for introspection unless configured.
    introspection: options.config.NODE_ENV !== 'production' || options.config.GRAPHQL_INTROSPECTION,
    // Apollo's own landing page loads from a CDN; the hub serves its own offline IDE instead.
    plugins: [requestLogPlugin('gateway'), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  const app = express();
  const httpServer = http.createServer(app);
  app.get('/health', (_request, response) => {
    response.json({ status: 'ok', subgraphs: urls });
  });
  mountPublicDocuments(app, urls);
  mountPages(app);
  if (options.config.NODE_ENV !== 'production' || options.config.GRAPHQL_IDE) mountIde(app, '/graphql');
  app.use('/graphql', express.json({ limit: '8mb' }), expressMiddleware(apollo, {
      context: async ({ req }) => ({ identity: await authenticate(req.header('authorization')) }),
    }));
  await listen(httpServer, options.port, options.host ?? '0.0.0.0');
  const url = `http://localhost:${(httpServer.address() as { port: number }).port}/graphql`;
  logger.info({ url }, 'gateway ready');
  return {
    url,
    async stop() {
      await apollo.stop();
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
