import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres, type PostgresServer } from '../platform/database';
import { freePort } from '../platform/ports';

/**
 * The PostgreSQL a benchmark runs on: DATABASE_URL when set, else a throw-away embedded one in a temp
 * folder (removed on stop), so that benchmarks never touch the hub's own data.
 */
export async function benchPostgres(): Promise<PostgresServer & { dataDir: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-bench-'));
  fs.chmodSync(dataDir, 0o755);
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, dataDir, stop: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
  const server = await startEmbeddedPostgres(dataDir, await freePort());
  return {
    url: server.url,
    dataDir,
    async stop() {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The p-th percentile of sorted numbers. */
export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
