import 'reflect-metadata';
import { ConfigError, SUBGRAPH_NAMES, readConfig, subgraphPort, type SubgraphName } from '../platform/config';
import { databaseUrlOf } from '../hub/postgres';
import { startSubgraph } from '../platform/subgraph';
import { loadSubgraph } from '../hub/subgraph-modules';

/**
 * npm run start:<subgraph>: one subgraph alone, for a deployment that puts each on its own host. Reads its
 * port (<NAME>_PORT), its database (<NAME>_DATABASE_URL, or DATABASE_URL's server) and its peers'
 * URLs (<PEER>_URL) from the environment.
 */
async function main() {
  const name = process.argv[2] as SubgraphName;
  if (!SUBGRAPH_NAMES.includes(name)) throw new ConfigError(`Usage: start-subgraph <${SUBGRAPH_NAMES.join('|')}>`);
  const config = readConfig();
  const serverUrl = config.DATABASE_URL;
  const databaseUrl = serverUrl ? databaseUrlOf(config, serverUrl, name) : config[`${name.toUpperCase()}_DATABASE_URL` as 'AWARDS_DATABASE_URL'];
  if (!databaseUrl) throw new ConfigError(`Set DATABASE_URL or ${name.toUpperCase()}_DATABASE_URL to run the ${name} subgraph alone.`);
  const running = await startSubgraph(loadSubgraph(name), { config, databaseUrl, port: subgraphPort(config, name), host: config.HOST });
  console.log(`${name} subgraph at ${running.url}`);
  const stop = () => running.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
