import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { startEmbeddedPostgres } from '../../platform/database';

/** One embedded PostgreSQL for the whole run; each test file gets its own databases on it. */
export default async function globalSetup() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-test-'));
  fs.chmodSync(dataDir, 0o755);
  const port = await freePort();
  const server = await startEmbeddedPostgres(dataDir, port);
  process.env.TEST_DATABASE_URL = server.url;
  (globalThis as Record<string, unknown>).__hubTestPostgres = { server, dataDir };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}
