import { SUBGRAPHS } from './subgraphs';
import { startGateway, type RunningGateway } from '../gateway';
import { SUBGRAPH_NAMES, subgraphPort, type HubConfig, type SubgraphName } from '../platform/config';
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
 * Starts the four subgraphs and the gateway in this process against `serverUrl`. Subgraphs that call
 * each other learn their peers' actual URLs (ports may be chosen by the OS).
 */
export async function startHub(config: HubConfig, serverUrl: string): Promise<RunningHub> {
  // Subgraphs write the public URL into documents (status lists, DIDs), so the gateway's port must be
  // known before they start; the port is held until the gateway listens on it.
  const reservation = config.GATEWAY_PORT === 0 ? await reservePort() : null;
  if (reservation) config = { ...config, GATEWAY_PORT: reservation.port };
  const subgraphs = {} as Record<SubgraphName, RunningSubgraph>;
  const stopAll = async () => {
    for (const running of Object.values(subgraphs).reverse()) await running.stop().catch((error) => logger.error({ err: error }));
  };
  try {
    for (const name of SUBGRAPH_NAMES) {
      const peerUrls = Object.fromEntries(
        Object.values(subgraphs).map((running) => [`${running.name.toUpperCase()}_URL`, running.url]),
      );
      subgraphs[name] = await startSubgraph(SUBGRAPHS[name], {
        config: { ...config, ...peerUrls },
        databaseUrl: databaseUrlOf(config, serverUrl, name),
        port: subgraphPort(config, name),
        host: config.SUBGRAPH_HOST,
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
    await stopAll();
    throw error;
  }
}

