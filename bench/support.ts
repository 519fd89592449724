import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres, type PostgresServer } from '../platform/database';
import { freePort } from '../platform/ports';
import { projectRoot } from '../platform/config';

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
