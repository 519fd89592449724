import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres, type PostgresServer } from '../platform/database';
import { freePort } from '../platform/ports';
import { projectRoot, readConfig, SUBGRAPH_NAMES, type SubgraphName } from '../platform/config';
import { LocalTokenIssuer } from '../platform/local-token-issuer';

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

/** A hub started as `npm start` starts it (`node scripts/run.js bin/start`), in a child process. */
export interface SpawnedHub {
  gatewayUrl: string;
  /** Each subgraph's GraphQL URL. */
  subgraphUrls: Record<string, string>;
  pid: number;
  /** Milliseconds from spawning to the gateway's first answer. */
  firstAnswerMs: number;
  output(): string;
  stop(): Promise<void>;
}

const SUBGRAPH_PORT_VARIABLES = ['ACCREDITATION', 'CATALOGUE', 'AWARDS', 'VERIFICATION'];

/**
 * Starts the whole hub with `npm start`'s command on free ports, its embedded PostgreSQL under `dataDir`,
 * and waits for the gateway's first GraphQL answer (polled every 20 ms).
 */
export async function spawnHub(dataDir: string, environment: Record<string, string> = {}): Promise<SpawnedHub> {
  const { spawn } = await import('node:child_process');
  const ports: Record<string, string> = { GATEWAY_PORT: String(await freePort()), EMBEDDED_POSTGRES_PORT: String(await freePort()) };
  for (const name of SUBGRAPH_PORT_VARIABLES) ports[`${name}_PORT`] = String(await freePort());
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', NODE_ENV: 'development', DATA_DIR: dataDir, ...ports, ...environment };
  delete env.DATABASE_URL;
  const gatewayUrl = `http://localhost:${ports.GATEWAY_PORT}/graphql`;
  const root = projectRoot();
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'run.js'), 'bin/start'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout.on('data', (chunk) => (text += chunk));
  child.stderr.on('data', (chunk) => (text += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let alive = true;
  void exited.then(() => (alive = false));
  for (;;) {
    if (!alive) throw new Error(`the hub exited before answering:\n${text}`);
    try {
      const response = await fetch(gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ organisations(first: 1) { totalCount } }"}',
        signal: AbortSignal.timeout(2_000),
      });
      if (response.ok && ((await response.json()) as { data?: unknown }).data) break;
    } catch {
      // not listening yet
    }
    if (performance.now() - started > 180_000) {
      child.kill('SIGTERM');
      throw new Error(`the hub did not answer within 180 s:\n${text}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const firstAnswerMs = performance.now() - started;
  return {
    gatewayUrl,
    subgraphUrls: Object.fromEntries(SUBGRAPH_PORT_VARIABLES.map((name) => [name.toLowerCase(), `http://localhost:${ports[`${name}_PORT`]}/graphql`])),
    pid: child.pid!,
    firstAnswerMs,
    output: () => text,
    async stop() {
      if (!alive) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The process and all its descendants (from /proc). */
export function processTree(pid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const tree: number[] = [];
  const visit = (id: number) => {
    tree.push(id);
    for (const child of parents.get(id) ?? []) visit(child);
  };
  visit(pid);
  return tree;
}

/**
 * Memory of a process tree in MB, split into Node (the hub's own processes) and PostgreSQL: the proportional
 * set size (Pss), so pages several processes share (PostgreSQL's shared buffers, libraries) count once.
 */
export function treeMemory(pid: number): { node: number; postgres: number } {
  let node = 0;
  let postgres = 0;
  for (const id of processTree(pid)) {
    try {
      const command = fs.readFileSync(`/proc/${id}/comm`, 'utf8').trim();
      const rollup = fs.readFileSync(`/proc/${id}/smaps_rollup`, 'utf8');
      const kb = Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
      if (command.startsWith('postgres') || command.startsWith('postmaster')) postgres += kb / 1024;
      else node += kb / 1024;
    } catch {
      // gone meanwhile
    }
  }
  return { node, postgres };
}

/** The four subgraphs and the gateway, each in its own process, as `npm run start:<part>` starts them. */
export interface HubProcesses {
  /** The gateway's public address (http://localhost:<port>), its GraphQL at `${publicUrl}/graphql`. */
  publicUrl: string;
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  /** The environment every part was started with (the hub's configuration), for readConfig and for peers. */
  environment: Record<string, string>;
  /** The PostgreSQL they run on (throw-away unless DATABASE_URL is set), and its DATA_DIR. */
  postgres: Awaited<ReturnType<typeof benchPostgres>>;
  /** Each part's process by name (the subgraphs' names, `gateway`), and any started with `spawnBeside`. */
  children: Record<string, ChildProcess>;
  /** Starts another process beside the hub (a peer router), stopped with the hub. */
  spawnBeside(name: string, args: string[], options?: { env?: Record<string, string>; cwd?: string; log?: string[] }): ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts a throw-away PostgreSQL (benchPostgres), then the four subgraphs and the gateway from dist/bin, each
 * in its own process on a free port, and waits for each one's /health. `environment` is added to the hub's
 * configuration; `nodeArguments` go to every part's node (say `--cpu-prof`), or only to the parts
 * `nodeArgumentsFor` names.
 */
export async function startHubProcesses(options: {
  environment?: Record<string, string>;
  databasePrefix?: string;
  nodeArguments?: string[];
  nodeArgumentsFor?: (SubgraphName | 'gateway')[];
  /** Part processes' stdout/stderr: ignored and inherited (the default), or kept for a failure message. */
  quiet?: boolean;
} = {}): Promise<HubProcesses> {
  const { spawn } = await import('node:child_process');
  const postgres = await benchPostgres();
  const ports = { gateway: await freePort() } as Record<SubgraphName | 'gateway', number>;
  for (const name of SUBGRAPH_NAMES) ports[name] = await freePort();
  const publicUrl = `http://localhost:${ports.gateway}`;
  const subgraphUrls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, `http://localhost:${ports[name]}/graphql`])) as Record<SubgraphName, string>;
  const environment: Record<string, string> = {
    ...(process.env as Record<string, string>),
    NODE_ENV: 'development',
    LOG_LEVEL: 'silent',
    DATA_DIR: postgres.dataDir,
    DATABASE_URL: postgres.url,
    DATABASE_PREFIX: options.databasePrefix ?? `b${randomBytes(4).toString('hex')}`,
    HOST: '127.0.0.1',
    GATEWAY_PORT: String(ports.gateway),
    PUBLIC_URL: publicUrl,
    ...Object.fromEntries(SUBGRAPH_NAMES.flatMap((name) => [[`${name.toUpperCase()}_PORT`, String(ports[name])], [`${name.toUpperCase()}_URL`, subgraphUrls[name]]])),
    ...options.environment,
  };
  const dist = path.join(projectRoot(), 'dist', 'bin');
  const children: Record<string, ChildProcess> = {};
  const logs: Record<string, string[]> = {};
  const spawnBeside: HubProcesses['spawnBeside'] = (name, args, extra = {}) => {
    const child = spawn(process.execPath, args, { cwd: extra.cwd ?? projectRoot(), env: { ...environment, ...extra.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    // The last of what it says, for a message when it fails to start.
    const log = (logs[name] = extra.log ?? []);
    const keep = (chunk: unknown) => {
      log.push(String(chunk));
      if (log.length > 200) log.splice(0, log.length - 200);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', (chunk) => {
      keep(chunk);
      if (!options.quiet) process.stderr.write(chunk);
    });
    children[name] = child;
    return child;
  };
  const stop = async () => {
    for (const child of Object.values(children).reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    await postgres.stop();
  };
  const nodeArguments = (part: SubgraphName | 'gateway') => (!options.nodeArgumentsFor || options.nodeArgumentsFor.includes(part) ? (options.nodeArguments ?? []) : []);
  try {
    // The local token issuer's key, made once before the parts that check callers' tokens read it side by side.
    await LocalTokenIssuer.open(readConfig(environment));
    // The subgraphs side by side, then the gateway (whose /health asks each of them).
    await Promise.all(
      SUBGRAPH_NAMES.map(async (name) => {
        spawnBeside(name, [...nodeArguments(name), path.join(dist, 'start-subgraph.js'), name]);
        await waitForHealth(`http://localhost:${ports[name]}/health`, children[name], name, logs[name]);
      }),
    );
    spawnBeside('gateway', [...nodeArguments('gateway'), path.join(dist, 'start-gateway.js')]);
    await waitForHealth(`${publicUrl}/health`, children.gateway, 'gateway', logs.gateway);
  } catch (error) {
    await stop();
    throw error;
  }
  return { publicUrl, gatewayUrl: `${publicUrl}/graphql`, subgraphUrls, environment, postgres, children, spawnBeside, stop };
}

/** Polls `url` until it answers 2xx (the part is up), the process exits, or two minutes pass. */
export async function waitForHealth(url: string, child: ChildProcess, name: string, log: string[] = []) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${name} exited (${child.exitCode ?? child.signalCode})${log.length ? `:\n${log.join('')}` : ''}`);
    const up = await fetch(url, { signal: AbortSignal.timeout(1000) }).then((response) => response.ok, () => false);
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${name} did not start within 120 s${log.length ? `:\n${log.join('')}` : ''}`);
}
