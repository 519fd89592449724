import path from 'node:path';
import { subgraphDatabaseUrl, type HubConfig, type SubgraphName } from '../platform/config';
import { databaseUrlFor, startEmbeddedPostgres, type PostgresServer } from '../platform/postgres-server';

/** The PostgreSQL server: DATABASE_URL when given, else the embedded one under DATA_DIR. */
export async function startPostgres(config: HubConfig): Promise<PostgresServer> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, stop: async () => {} };
  return startEmbeddedPostgres(path.resolve(config.DATA_DIR), config.EMBEDDED_POSTGRES_PORT);
}

/** Each subgraph owns its database: <DATABASE_PREFIX>_<name> on the server, unless given its own URL. */
export function databaseUrlOf(config: HubConfig, serverUrl: string, name: SubgraphName): string {
  return subgraphDatabaseUrl(config, name) ?? databaseUrlFor(serverUrl, `${config.DATABASE_PREFIX}_${name}`);
}

