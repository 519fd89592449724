import { SUBGRAPHS } from './subgraphs';
import { startGateway, type RunningGateway } from '../gateway';
import { SUBGRAPH_NAMES, defaultSubgraphUrl, subgraphPort, subgraphUrl, type HubConfig, type SubgraphName } from '../platform/config';
import { databaseUrlOf } from './postgres';
import { logger } from '../platform/logging';
import { reservePort } from '../platform/ports';
import { startSubgraph, type RunningSubgraph } from '../platform/subgraph';

export { databaseUrlOf, startPostgres } from './postgres';

export interface RunningHub {
  gateway: RunningGateway;
  subgraphs: Record<SubgraphName, RunningSubgraph>;
  stop(): Promise<void>;
}

/**
 * Starts the four subgraphs and the gateway in this process against `serverUrl`. Ports chosen by the OS
 * (port 0) are chosen first and held until each part listens, so that every subgraph knows every other's
 * address from the start: the ones it calls, and the ones whose service keys it reads when they call it.
 */
export async function startHub(config: HubConfig, serverUrl: string): Promise<RunningHub> {
  // Subgraphs write the public URL into documents (status lists, DIDs), so the gateway's port must be
  // known before they start; the port is held until the gateway listens on it.
  const reservation = config.GATEWAY_PORT === 0 ? await reservePort() : null;
  if (reservation) config = { ...config, GATEWAY_PORT: reservation.port };
  const held: Partial<Record<SubgraphName, { release(): Promise<void> }>> = {};
  for (const name of SUBGRAPH_NAMES) {
    if (subgraphPort(config, name) !== 0) continue;
    const port = await reservePort();
    held[name] = port;
    const key = name.toUpperCase();
    // A URL left to follow the port (the default one stood in for port 0) now follows the port chosen.
    const url = subgraphUrl(config, name) === defaultSubgraphUrl(name) ? `http://localhost:${port.port}/graphql` : subgraphUrl(config, name);
    config = { ...config, [`${key}_PORT`]: port.port, [`${key}_URL`]: url };
  }
  const releaseHeld = async () => {
    for (const port of Object.values(held)) await port?.release().catch(() => {});
  };
  const subgraphs = {} as Record<SubgraphName, RunningSubgraph>;
  const stopAll = async () => {
    for (const running of Object.values(subgraphs).reverse()) await running.stop().catch((error) => logger.error({ err: error }));
  };
  try {
    for (const name of SUBGRAPH_NAMES) {
      subgraphs[name] = await startSubgraph(SUBGRAPHS[name], {
        config,
        databaseUrl: databaseUrlOf(config, serverUrl, name),
        port: subgraphPort(config, name),
        host: config.SUBGRAPH_HOST,
        // Let go of the held port at the last moment, just before the subgraph listens on it.
        beforeListen: async () => {
          const port = held[name];
          delete held[name];
          await port?.release();
        },
      });
    }
    await reservation?.release();
    const gateway = await startGateway({
      config,
      port: config.GATEWAY_PORT,
      host: config.HOST,
      subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, subgraphs[name].url])),
    });
    return {
      gateway,
      subgraphs,
      async stop() {
        await gateway.stop();
        await stopAll();
      },
    };
  } catch (error) {
    await reservation?.release().catch(() => {});
    await releaseHeld();
    await stopAll();
    throw error;
  }
}

