import { Client } from 'pg';
import { databaseUrlFor } from './postgres-server';
import { DataSource, type Logger as TypeormLogger, type MixedList, type EntitySchema } from 'typeorm';
import { logger } from './logging';

// The server itself (embedded or given) needs no typeorm: `npm start`'s main thread loads only that.
export { databaseUrlFor, embeddedPostgresUrl, startEmbeddedPostgres, type PostgresServer } from './postgres-server';

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
