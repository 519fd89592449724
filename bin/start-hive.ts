import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { z } from 'zod';
import { ConfigError, SUBGRAPH_NAMES, projectRoot, readConfig, subgraphUrl } from '../platform/config';

/**
 * npm run start:hive: the hub behind Hive Gateway. Starts the hub as `npm start` does (its own process:
 * PostgreSQL, the four subgraphs, our gateway with the pages and public documents), then Hive Gateway
 * (@graphql-hive/gateway) on HIVE_GATEWAY_PORT with the committed supergraph and routers/hive/gateway.config.ts,
 * in front of the same subgraphs. Ctrl-C (SIGINT or SIGTERM) stops both.
 */
async function main() {
  const config = readConfig();
  const hivePort = z.coerce.number().int().min(1).max(65535).default(4100).safeParse(process.env.HIVE_GATEWAY_PORT);
  if (!hivePort.success) throw new ConfigError('HIVE_GATEWAY_PORT: must be a port number (1-65535)');
  if (config.GATEWAY_PORT === 0 || SUBGRAPH_NAMES.some((name) => config[`${name.toUpperCase()}_PORT` as 'ACCREDITATION_PORT'] === 0)) {
    throw new ConfigError('npm run start:hive needs fixed ports (Hive Gateway is told where the subgraphs are): do not set a port to 0');
  }
  const root = projectRoot();
  const children: ChildProcess[] = [];
  let stopping = false;
  const stop = async (signal: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping Hive Gateway and the hub…`);
    for (const child of [...children].reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    console.log('stopped.');
    process.exit(code);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void stop('parent exited');
  }, 500).unref();

  const hub = spawn(process.execPath, [path.join(root, 'dist', 'bin', 'start.js')], { stdio: 'inherit', env: process.env });
  children.push(hub);
  hub.once('exit', (code) => void stop(`the hub exited (${code})`, code || 1));
  const gatewayHealth = `http://127.0.0.1:${config.GATEWAY_PORT}/health`;
  for (const deadline = Date.now() + 300_000; ; ) {
    if (await fetch(gatewayHealth, { signal: AbortSignal.timeout(2000) }).then((response) => response.ok, () => false)) break;
    if (Date.now() > deadline) return stop('the hub did not start', 1);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }

  const hiveBin = path.join(path.dirname(require.resolve('@graphql-hive/gateway/package.json')), 'dist', 'bin.js');
  const hive = spawn(
    process.execPath,
    [hiveBin, 'supergraph', path.relative(root, config.SUPERGRAPH_PATH), '-c', 'routers/hive/gateway.config.ts', '--port', String(hivePort.data), '--host', config.HOST],
    {
      cwd: root,
      stdio: 'inherit',
      // The subgraphs where this hub's configuration puts them (routers/hive/gateway.config.ts reads these).
      env: { ...process.env, ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_URL`, subgraphUrl(config, name)])) },
    },
  );
  children.push(hive);
  hive.once('exit', (code) => void stop(`Hive Gateway exited (${code})`, code || 1));
  for (const deadline = Date.now() + 120_000; ; ) {
    if (await fetch(`http://127.0.0.1:${hivePort.data}/readiness`, { signal: AbortSignal.timeout(2000) }).then((response) => response.ok, () => false)) break;
    if (Date.now() > deadline) return stop('Hive Gateway did not start', 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  console.log(`\nHive Gateway is serving the hub's graph at http://localhost:${hivePort.data}/graphql`);
  console.log(`  (pages, public documents and our own gateway stay at http://localhost:${config.GATEWAY_PORT})`);
  console.log('Press Ctrl-C to stop.');
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
