import fs from 'node:fs';
import type { PostgresServer } from '../../platform/database';

export default async function globalTeardown() {
  const state = (globalThis as Record<string, unknown>).__hubTestPostgres as { server: PostgresServer; dataDir: string } | undefined;
  if (!state) return;
  await state.server.stop();
  fs.rmSync(state.dataDir, { recursive: true, force: true });
}
