import 'reflect-metadata';
import { parentPort, workerData } from 'node:worker_threads';
import type { HubConfig, SubgraphName } from '../platform/config';
import type { HubPart, PartCommand, PartMessage } from './workers';

/**
 * Parts of the hub (subgraphs, the gateway) in a worker thread of `npm start`: each loads its own modules at
 * once (while the main thread starts PostgreSQL); a subgraph starts when told where its database is, the
 * gateway (which needs none) when told to start; all stop when told.
 */
const { parts, config, hosts, ports } = workerData as {
  parts: HubPart[];
  config: HubConfig;
  hosts: Record<HubPart, string>;
  ports: Record<HubPart, number>;
};
const send = (message: PartMessage) => parentPort!.postMessage(message);

const running: { stop(): Promise<void> }[] = [];

async function start(part: HubPart, databaseUrl?: string) {
  try {
    let url: string;
    if (part === 'gateway') {
      const { startGateway } = require('../gateway') as typeof import('../gateway');
      const gateway = await startGateway({ config, port: ports[part], host: hosts[part] });
      running.push(gateway);
      url = gateway.url;
    } else {
      const { startSubgraph } = require('../platform/subgraph') as typeof import('../platform/subgraph');
      const { loadSubgraph } = require('./subgraph-modules') as typeof import('./subgraph-modules');
      const subgraph = await startSubgraph(loadSubgraph(part), { config, databaseUrl: databaseUrl!, port: ports[part], host: hosts[part] });
      running.push(subgraph);
      url = subgraph.url;
    }
    send({ type: 'ready', part, url });
  } catch (error) {
    send({ type: 'failed', part, message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

// The modules the parts need, loaded before they are told to start.
for (const part of parts) {
  if (part === 'gateway') require('../gateway');
  else {
    require('../platform/subgraph');
    (require('./subgraph-modules') as typeof import('./subgraph-modules')).loadSubgraph(part as SubgraphName);
  }
}
parentPort!.on('message', (command: PartCommand) => {
  if (command.type === 'start') void start(command.part, command.part === 'gateway' ? undefined : command.databaseUrl);
  if (command.type === 'stop') {
    void (async () => {
      await Promise.all(running.map((part) => part.stop().catch(() => {})));
      send({ type: 'stopped' });
      parentPort!.close();
    })();
  }
});
