import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../../platform/database';
import { freePort } from '../../platform/ports';

/** One embedded PostgreSQL for the whole run; each test file gets its own databases on it. */
export default async function globalSetup() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-test-'));
  fs.chmodSync(dataDir, 0o755);
  const port = await freePort();
  const server = await startEmbeddedPostgres(dataDir, port);
  process.env.TEST_DATABASE_URL = server.url;
  (globalThis as Record<string, unknown>).__hubTestPostgres = { server, dataDir };
}

