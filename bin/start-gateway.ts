import 'reflect-metadata';
import { ConfigError, readConfig } from '../platform/config';
import { startGateway } from '../gateway';

/** npm run start:gateway: the gateway alone, with subgraph URLs from <NAME>_URL. */
async function main() {
  const config = readConfig();
  const gateway = await startGateway({ config, port: config.GATEWAY_PORT, host: config.HOST });
  console.log(`gateway at ${gateway.url}`);
  const stop = () => gateway.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
