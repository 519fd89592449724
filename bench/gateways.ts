import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { projectRoot, readConfig, SUBGRAPH_NAMES } from '../platform/config';
import { signInWithLocalEid } from '../demo/e-id-sign-in';
import { LocalTokenIssuer } from '../platform/local-token-issuer';
import { freePort } from '../platform/ports';
import { personnummer } from '../test/support/awards';
import { IssueAwardsDocument } from '../test/support/documents';
import { hubClient } from '../test/support/hub';
import { accreditedWorld, must } from '../test/support/world';
import { graphql } from './hub-credentials';
import { benchPostgres } from './support';

/**
 * npm run bench:gateways: requests per second for the same three operations through our gateway, through Hive
 * Gateway (@graphql-hive/gateway, the committed routers/hive/gateway.config.ts) and through Hive Gateway with
 * its Rust query planner (--hive-router-runtime, @graphql-hive/router-runtime), all in front of the same four
 * subgraph processes on a throw-away PostgreSQL. Measured with autocannon, interleaved: every round runs each
 * operation through each gateway in turn (the order rotating), so drift of the machine hits all alike.
 * It prints each round's figures, then the medians and the ratios to our gateway.
 *   BENCH_ROUNDS (default 3), BENCH_SECONDS per measurement (default 5), BENCH_CONNECTIONS (default 16).
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);

interface Operation {
  name: string;
  body: string;
  token?: string;
  /** What a correct answer holds, checked once through every gateway before timing. */
  check(data: any): boolean;
}

async function waitFor(url: string, child: ChildProcess, name: string, log?: string[]) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode})${log ? `:\n${log.join('')}` : ''}`);
    const up = await fetch(url, { signal: AbortSignal.timeout(1000) }).then((response) => response.ok, () => false);
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${name} did not start${log ? `:\n${log.join('')}` : ''}`);
}

async function post(url: string, operation: Operation) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(operation.token ? { authorization: `Bearer ${operation.token}` } : {}) },
    body: operation.body,
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: unknown[] } };
}

function measure(url: string, operation: Operation): Promise<{ rps: number; non2xx: number; errors: number; p99: number }> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(operation.token ? { authorization: `Bearer ${operation.token}` } : {}) },
        body: operation.body,
        connections: CONNECTIONS,
        duration: SECONDS,
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({ rps: result.requests.average, non2xx: result.non2xx, errors: result.errors + result.timeouts, p99: result.latency.p99 });
      },
    );
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function main() {
  const postgres = await benchPostgres();
  const ports = Object.fromEntries(
    await Promise.all(['gateway', 'hive', 'hiveRouterRuntime', ...SUBGRAPH_NAMES].map(async (name) => [name, await freePort()])),
  ) as Record<string, number>;
  const publicUrl = `http://localhost:${ports.gateway}`;
  const subgraphUrls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_URL`, `http://localhost:${ports[name]}/graphql`]));
  const environment: Record<string, string> = {
    ...(process.env as Record<string, string>),
    NODE_ENV: 'development',
    LOG_LEVEL: 'silent',
    DATA_DIR: postgres.dataDir,
    DATABASE_URL: postgres.url,
    DATABASE_PREFIX: 'gwbench',
    HOST: '127.0.0.1',
    GATEWAY_PORT: String(ports.gateway),
    PUBLIC_URL: publicUrl,
    // Throughput, not abuse: our gateway's per-caller limits would otherwise refuse the one caller sending it all.
    RATE_LIMIT_REQUESTS: '1000000000',
    RATE_LIMIT_CONCURRENT: '100000',
    ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_PORT`, String(ports[name])])),
    ...subgraphUrls,
  };
  const root = projectRoot();
  const dist = path.join(root, 'dist', 'bin');
  const hiveBin = path.join(root, 'node_modules', '@graphql-hive', 'gateway', 'dist', 'bin.js');
  const children: Record<string, ChildProcess> = {};
  const stopAll = async () => {
    for (const child of Object.values(children).reverse()) {
      if (child.exitCode !== null) continue;
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    await postgres.stop();
  };
  try {
    for (const name of SUBGRAPH_NAMES) {
      children[name] = spawn(process.execPath, [path.join(dist, 'start-subgraph.js'), name], { env: environment, stdio: ['ignore', 'ignore', 'inherit'] });
      await waitFor(`http://localhost:${ports[name]}/health`, children[name], name);
    }
    children.gateway = spawn(process.execPath, [path.join(dist, 'start-gateway.js')], { env: environment, stdio: ['ignore', 'ignore', 'inherit'] });
    await waitFor(`${publicUrl}/health`, children.gateway, 'gateway');
    const hiveLogs: Record<string, string[]> = {};
    for (const [name, extra] of [['hive', []], ['hiveRouterRuntime', ['--hive-router-runtime']]] as const) {
      hiveLogs[name] = [];
      children[name] = spawn(
        process.execPath,
        [hiveBin, 'supergraph', 'schema/supergraph.graphql', '-c', 'routers/hive/gateway.config.ts', '--port', String(ports[name]), '--host', '127.0.0.1', ...extra],
        // Its own log level: a fallback from the router runtime must show.
        { cwd: root, env: { ...environment, LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      children[name].stdout!.on('data', (chunk) => hiveLogs[name].push(String(chunk)));
      children[name].stderr!.on('data', (chunk) => hiveLogs[name].push(String(chunk)));
      await waitFor(`http://127.0.0.1:${ports[name]}/readiness`, children[name], name, hiveLogs[name]);
    }
    const gateways: [string, string][] = [
      ['our gateway', `${publicUrl}/graphql`],
      ['Hive Gateway', `http://127.0.0.1:${ports.hive}/graphql`],
      ['Hive Gateway --hive-router-runtime', `http://127.0.0.1:${ports.hiveRouterRuntime}/graphql`],
    ];

    // Data: the tests' common world (an authority, an accredited provider, a published entry), a cohort of 20.
    const issuer = await LocalTokenIssuer.open(readConfig(environment));
    const client = hubClient(gateways[0][1], issuer);
    const { provider, entryId } = await accreditedWorld(client, { decisionReference: 'MYH 2025/0200', code: 'NTA-GW-BENCH' });
    const inputs = Array.from({ length: 20 }, (_, index) => ({
      microCredentialId: entryId,
      learner: { personalNumber: personnummer(index), name: `Deltagare ${index}` },
      idempotencyKey: `gateway-bench-${index}`,
    }));
    await must(client.request(IssueAwardsDocument, { issuerId: provider.id, inputs }, { token: provider.token }));
    const issued: any = await graphql(
      gateways[0][1],
      'query ($id: ID!) { organisation(id: $id) { awardsIssued(first: 1) { nodes { credentialJwt } } } }',
      { id: provider.id },
      provider.token,
    );
    const [{ credentialJwt: credential }] = issued.organisation.awardsIssued.nodes;
    // A learner of the cohort, signed in with e-ID (an issuer sees only its own pseudonym of them).
    const { learnerId } = await signInWithLocalEid(publicUrl, personnummer(0));
    const learner = await issuer.issue({ subject: learnerId, roles: ['learner'] });

    const operations: Operation[] = [
      {
        name: 'anonymous catalogue search, nested provider',
        body: JSON.stringify({
          query: 'query ($s: String) { microCredentials(search: $s, first: 10) { totalCount nodes { id title { sv en } seqfLevel provider { id legalName region } } } }',
          variables: { s: 'sömnad' },
        }),
        check: (data) => data?.microCredentials?.nodes?.length > 0 && Boolean(data.microCredentials.nodes[0].provider?.legalName),
      },
      {
        name: "learner's me { awards }",
        token: learner,
        body: JSON.stringify({ query: '{ me { id awards { id status title issuer { id legalName } } } }' }),
        check: (data) => data?.me?.awards?.length === 1 && Boolean(data.me.awards[0].issuer?.legalName),
      },
      {
        name: 'verifyCredential',
        body: JSON.stringify({ query: 'query ($c: String!) { verifyCredential(credential: $c) { verdict checks { check status } } }', variables: { c: credential } }),
        check: (data) => data?.verifyCredential?.verdict === 'VALID',
      },
    ];

    // Every gateway gives the same, correct answer before anything is timed.
    for (const operation of operations) {
      const answers = await Promise.all(gateways.map(async ([, url]) => post(url, operation)));
      for (const [index, answer] of answers.entries()) {
        if (answer.status !== 200 || answer.body.errors || !operation.check(answer.body.data)) {
          throw new Error(`${gateways[index][0]}, ${operation.name}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 500)}`);
        }
      }
      const same = answers.every((answer) => JSON.stringify(answer.body.data) === JSON.stringify(answers[0].body.data));
      if (!same) throw new Error(`${operation.name}: the gateways answered differently`);
    }
    if (hiveLogs.hiveRouterRuntime.join('').includes('Falling back to the default runtime')) {
      throw new Error('Hive Gateway could not load @graphql-hive/router-runtime');
    }

    console.log(`${ROUNDS} rounds; each measurement ${SECONDS} s with ${CONNECTIONS} connections (autocannon); requests/s\n`);
    const figures = new Map<string, number[]>();
    // Warm-up: a short run of each, not counted.
    for (const operation of operations) for (const [, url] of gateways) await autocannonWarmUp(url, operation);
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const operation of operations) {
        // Rotate the order each round so that no gateway always goes first.
        const order = gateways.map((_, index) => gateways[(index + round) % gateways.length]);
        for (const [name, url] of order) {
          const result = await measure(url, operation);
          const key = `${operation.name}|${name}`;
          figures.set(key, [...(figures.get(key) ?? []), result.rps]);
          const problems = result.non2xx + result.errors ? ` (${result.non2xx} non-2xx, ${result.errors} errors)` : '';
          console.log(`round ${round + 1} | ${operation.name} | ${name} | ${Math.round(result.rps)} req/s | p99 ${result.p99} ms${problems}`);
        }
      }
    }

    console.log(`\noperation | ${gateways.map(([name]) => name).join(' | ')} | Hive / ours | Hive router runtime / ours`);
    for (const operation of operations) {
      const [ours, hive, rust] = gateways.map(([name]) => median(figures.get(`${operation.name}|${name}`)!));
      console.log(`${operation.name} | ${Math.round(ours)} | ${Math.round(hive)} | ${Math.round(rust)} | ${(hive / ours).toFixed(2)} | ${(rust / ours).toFixed(2)}`);
    }
  } finally {
    await stopAll();
  }
}

function autocannonWarmUp(url: string, operation: Operation): Promise<void> {
  return new Promise((resolve, reject) =>
    autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(operation.token ? { authorization: `Bearer ${operation.token}` } : {}) },
        body: operation.body,
        connections: CONNECTIONS,
        duration: 1,
      },
      (error) => (error ? reject(error) : resolve()),
    ),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
