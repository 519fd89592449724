import type { HubConfig } from '../platform/config';
import { startHub, startPostgres } from './start';
import { logger } from '../platform/logging';

/** Whether a hub's gateway answers GraphQL at `url` (within a couple of seconds). */
export async function hubAnswers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
      signal: AbortSignal.timeout(2_000),
    });
    const body = (await response.json()) as { data?: { __typename?: string } };
    return body.data?.__typename === 'Query';
  } catch {
    return false;
  }
}

export interface LocalHub {
  url: string;
  stop(): Promise<void>;
}

/**
 * The whole hub in this process, as `npm start` runs it (PostgreSQL embedded under DATA_DIR unless
 * DATABASE_URL is set), stopped by stop() or on SIGINT/SIGTERM.
 */
export async function startLocalHub(config: HubConfig): Promise<LocalHub> {
  const postgres = await startPostgres(config);
  let hub: Awaited<ReturnType<typeof startHub>>;
  try {
    hub = await startHub(config, postgres.url);
  } catch (error) {
    await postgres.stop().catch(() => {});
    throw error;
  }
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      await hub.stop().catch((error) => logger.error({ err: error }, 'stopping the hub'));
      await postgres.stop().catch((error) => logger.error({ err: error }, 'stopping PostgreSQL'));
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.log(`\n${signal}: stopping the hub…`);
      void stop().then(() => process.exit(0));
    });
  }
  // `npm run` starts us under a shell that does not pass SIGTERM on: when our parent goes, stop too, so that
  // no PostgreSQL is left behind.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void stop().then(() => process.exit(0));
  }, 500).unref();
  return { url: hub.gateway.url, stop };
}
