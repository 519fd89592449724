import 'reflect-metadata';
import { ConfigError, readConfig } from '../platform/config';
import { logger } from '../platform/logging';
import { startPostgres } from '../hub/postgres';
import { startHubInWorkers, type HubInWorkers } from '../hub/workers';

/**
 * npm start: the whole hub from one command: PostgreSQL (embedded unless DATABASE_URL is set), and the four
 * subgraphs and the gateway each in a worker thread of its own (hub/workers.ts), started while PostgreSQL
 * starts. SIGINT/SIGTERM stop all of it, PostgreSQL included.
 */
async function main() {
  const config = readConfig();
  const starting = startPostgres(config);
  starting.catch(() => {});
  let hub: HubInWorkers | undefined;
  const hubStarting = startHubInWorkers(config, starting.then((server) => server.url));
  let postgres: Awaited<typeof starting>;
  try {
    postgres = await starting;
  } catch (error) {
    await hubStarting.then((started) => started.stop()).catch(() => {});
    throw error;
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the hub…`);
    await hub?.stop().catch((error) => logger.error({ err: error }, 'stopping the hub'));
    await postgres.stop().catch((error) => logger.error({ err: error }, 'stopping PostgreSQL'));
    console.log('stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  // `npm start` runs us under a shell that does not pass SIGTERM on: when our parent goes, stop too, so
  // that no PostgreSQL is left behind.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void stop('parent exited');
  }, 500).unref();

  try {
    hub = await hubStarting;
  } catch (error) {
    await postgres.stop().catch(() => {});
    throw error;
  }
  console.log(`\nMikromeriter hub is running.`);
  console.log(`  gateway        ${hub.gateway.url}`);
  for (const running of Object.values(hub.subgraphs)) console.log(`  ${running.name.padEnd(14)} ${running.url}`);
  console.log(`  postgres       ${config.DATABASE_URL ? 'DATABASE_URL' : `embedded, data in ${config.DATA_DIR}/postgres`}`);
  console.log('Press Ctrl-C to stop.');
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
