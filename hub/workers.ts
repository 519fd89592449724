import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { SUBGRAPH_NAMES, defaultSubgraphUrl, subgraphPort, subgraphUrl, type HubConfig, type SubgraphName } from '../platform/config';
import { logger } from '../platform/logging';
import { freePort } from '../platform/ports';
import { databaseUrlOf } from './postgres';

export type HubPart = SubgraphName | 'gateway';
export type PartCommand = { type: 'start'; part: SubgraphName; databaseUrl: string } | { type: 'start'; part: 'gateway' } | { type: 'stop' };
export type PartMessage = { type: 'ready'; part: HubPart; url: string } | { type: 'failed'; part: HubPart; message: string } | { type: 'stopped' };

export interface RunningPart {
  name: HubPart;
  url: string;
}

export interface HubInWorkers {
  gateway: RunningPart;
  subgraphs: Record<SubgraphName, RunningPart>;
  stop(): Promise<void>;
}

/**
 * Which parts share a worker thread (START_THREADS): `2`, the gateway in one and the four subgraphs in the
 * other, one event loop per core of a two-core machine; `5`, each part in its own. Every thread loads its
 * own copy of the libraries it uses (Apollo, GraphQL, typeorm...), so each thread more costs memory.
 */
export function threadsOf(config: HubConfig): HubPart[][] {
  return config.START_THREADS === 5 ? [...SUBGRAPH_NAMES.map((name) => [name]), ['gateway']] : [[...SUBGRAPH_NAMES], ['gateway']];
}

/**
 * `npm start`: the subgraphs and the gateway in worker threads (threadsOf), so that the machine's cores share
 * the work instead of one event loop doing everything. Workers load their code while PostgreSQL starts
 * (`postgres` resolves to its URL); each subgraph starts when the server is up. Ports given as 0 are chosen
 * here first, so that every part knows where its peers are. Each thread's heap is capped at
 * START_THREAD_HEAP_MB; this module loads little (the main thread only starts PostgreSQL and the threads).
 */
export async function startHubInWorkers(config: HubConfig, postgres: Promise<string>): Promise<HubInWorkers> {
  const chosen: Record<string, number | string> = {};
  for (const name of SUBGRAPH_NAMES) {
    if (subgraphPort(config, name) !== 0) continue;
    const port = await freePort();
    chosen[`${name.toUpperCase()}_PORT`] = port;
    // An unset <NAME>_URL (the default) follows the port chosen, as in the hub started in one process.
    if (subgraphUrl(config, name) === defaultSubgraphUrl(name)) chosen[`${name.toUpperCase()}_URL`] = `http://localhost:${port}/graphql`;
  }
  config = { ...config, ...chosen, GATEWAY_PORT: config.GATEWAY_PORT || (await freePort()) };
  const ports = Object.fromEntries([...SUBGRAPH_NAMES.map((name) => [name, subgraphPort(config, name)]), ['gateway', config.GATEWAY_PORT]]);
  const hosts = Object.fromEntries([...SUBGRAPH_NAMES.map((name) => [name, config.SUBGRAPH_HOST]), ['gateway', config.HOST]]);
  const script = path.join(__dirname, 'part-worker.js');
  const ready = new Map<HubPart, Promise<string>>();
  const threads = threadsOf(config).map((parts) => {
    const worker = new Worker(script, {
      workerData: { parts, config, ports, hosts },
      name: parts.join('+'),
      resourceLimits: { maxOldGenerationSizeMb: config.START_THREAD_HEAP_MB },
    });
    const settle = new Map<HubPart, { resolve(url: string): void; reject(error: Error): void }>();
    for (const part of parts) {
      const promise = new Promise<string>((resolve, reject) => settle.set(part, { resolve, reject }));
      promise.catch(() => {});
      ready.set(part, promise);
    }
    worker.on('message', (message: PartMessage) => {
      if (message.type === 'ready') settle.get(message.part)?.resolve(message.url);
      if (message.type === 'failed') settle.get(message.part)?.reject(new Error(`the ${message.part} part did not start: ${message.message}`));
    });
    const failAll = (error: Error) => settle.forEach(({ reject }) => reject(error));
    worker.once('error', failAll);
    worker.once('exit', (code) => failAll(new Error(`the thread of ${parts.join(', ')} exited (code ${code})`)));
    return { parts, worker };
  });
  let stopping = false;
  const stopThreads = () =>
    Promise.all(
      threads.map(
        ({ worker }) =>
          new Promise<void>((resolve) => {
            const timer = setTimeout(() => void worker.terminate().then(() => resolve()), 15_000);
            worker.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            worker.postMessage({ type: 'stop' } satisfies PartCommand);
          }),
      ),
    ).then(() => undefined);
  try {
    // While the threads load their code: the local token issuer's key (when no identity provider is configured),
    // made once here before the parts that check callers' tokens read it side by side. Then the gateway starts,
    // and each subgraph as soon as PostgreSQL is up.
    if (!config.AUTH_JWKS_URL && !config.AUTH_JWKS_FILE && config.NODE_ENV !== 'production') {
      const { LocalTokenIssuer } = require('../platform/local-token-issuer') as typeof import('../platform/local-token-issuer');
      await LocalTokenIssuer.open(config);
    }
    for (const { parts, worker } of threads) if (parts.includes('gateway')) worker.postMessage({ type: 'start', part: 'gateway' } satisfies PartCommand);
    const serverUrl = await postgres;
    for (const { parts, worker } of threads) {
      for (const part of parts) {
        if (part !== 'gateway') worker.postMessage({ type: 'start', part, databaseUrl: databaseUrlOf(config, serverUrl, part) } satisfies PartCommand);
      }
    }
    const urls = Object.fromEntries(await Promise.all([...ready].map(async ([part, url]) => [part, await url] as const))) as Record<HubPart, string>;
    // A thread that stops by itself later takes the hub down: half a hub must not look like a hub.
    for (const { parts, worker } of threads) {
      worker.once('exit', (code) => {
        if (stopping) return;
        logger.error({ parts, code }, 'a thread of the hub stopped; stopping the hub');
        process.kill(process.pid, 'SIGTERM');
      });
    }
    return {
      gateway: { name: 'gateway', url: urls.gateway },
      subgraphs: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, { name, url: urls[name] }])) as Record<SubgraphName, RunningPart>,
      async stop() {
        stopping = true;
        await stopThreads();
      },
    };
  } catch (error) {
    stopping = true;
    await stopThreads();
    throw error;
  }
}
