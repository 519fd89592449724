import path from 'node:path';
import autocannon from 'autocannon';
import { projectRoot, readConfig } from '../platform/config';
import { signInWithLocalEid } from '../demo/e-id-sign-in';
import { LocalTokenIssuer } from '../platform/local-token-issuer';
import { freePort } from '../platform/ports';
import { personnummer } from '../test/support/awards';
import { IssueAwardsDocument } from '../test/support/documents';
import { hubClient } from '../test/support/hub';
import { accreditedWorld, must } from '../test/support/world';
import { graphql } from './hub-credentials';
import { startHubProcesses, waitForHealth } from './support';

/**
 * Our gateway, Hive Gateway (@graphql-hive/gateway, the committed routers/hive/gateway.config.ts) and Hive
 * Gateway with its Rust query planner (--hive-router-runtime, @graphql-hive/router-runtime), all in front of
 * the same four subgraph processes on a throw-away PostgreSQL, each gateway in its own process: requests per
 * second for the same operations, measured with autocannon and interleaved (every round runs each operation
 * through each gateway in turn, the order rotating), so that drift of the machine hits all alike.
 * Used by `npm run bench:gateways` (every round's figures) and `npm run bench` (the ratios, in its table).
 */
export const GATEWAYS = ['our gateway', 'Hive Gateway', 'Hive Gateway --hive-router-runtime'] as const;
export type GatewayName = (typeof GATEWAYS)[number];

interface Operation {
  name: string;
  body: string;
  token?: string;
  /** What a correct answer holds, checked once through every gateway before timing. */
  check(data: any): boolean;
}

export interface Measurement {
  round: number;
  operation: string;
  gateway: GatewayName;
  rps: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function post(url: string, operation: Operation) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(operation.token ? { authorization: `Bearer ${operation.token}` } : {}) },
    body: operation.body,
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: unknown[] } };
}

function measure(url: string, operation: Operation, seconds: number, connections: number): Promise<Omit<Measurement, 'round' | 'operation' | 'gateway'>> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(operation.token ? { authorization: `Bearer ${operation.token}` } : {}) },
        body: operation.body,
        connections,
        duration: seconds,
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({ rps: result.requests.average, non2xx: result.non2xx, errors: result.errors + result.timeouts, p99: result.latency.p99 });
      },
    );
  });
}

/** Every measurement of `rounds` rounds, each reported to `onMeasurement` as it ends. */
export async function compareGateways(options: {
  rounds: number;
  seconds: number;
  connections: number;
  onMeasurement?: (measurement: Measurement) => void;
  log?: (line: string) => void;
}): Promise<{ operations: string[]; measurements: Measurement[] }> {
  const hub = await startHubProcesses({
    databasePrefix: 'gwbench',
    // Throughput, not abuse: our gateway's per-caller limits would otherwise refuse the one caller sending it all.
    environment: { RATE_LIMIT_REQUESTS: '1000000000', RATE_LIMIT_CONCURRENT: '100000' },
  });
  try {
    const root = projectRoot();
    const hiveBin = path.join(root, 'node_modules', '@graphql-hive', 'gateway', 'dist', 'bin.js');
    const hiveLogs: Record<string, string[]> = {};
    const peers: Record<string, string> = {};
    await Promise.all(
      ([['hive', []], ['hiveRouterRuntime', ['--hive-router-runtime']]] as const).map(async ([name, extra]) => {
        const port = await freePort();
        hiveLogs[name] = [];
        const child = hub.spawnBeside(
          name,
          [hiveBin, 'supergraph', 'schema/supergraph.graphql', '-c', 'routers/hive/gateway.config.ts', '--port', String(port), '--host', '127.0.0.1', ...extra],
          // Its own log level: a fallback from the router runtime must show.
          { env: { LOG_LEVEL: 'info' }, log: hiveLogs[name] },
        );
        await waitForHealth(`http://127.0.0.1:${port}/readiness`, child, name, hiveLogs[name]);
        peers[name] = `http://127.0.0.1:${port}/graphql`;
      }),
    );
    const gateways: [GatewayName, string][] = [
      ['our gateway', hub.gatewayUrl],
      ['Hive Gateway', peers.hive],
      ['Hive Gateway --hive-router-runtime', peers.hiveRouterRuntime],
    ];

    // Data: the tests' common world (an authority, an accredited provider, a published entry), a cohort of 20.
    const issuer = await LocalTokenIssuer.open(readConfig(hub.environment));
    const client = hubClient(hub.gatewayUrl, issuer);
    const { provider, entryId } = await accreditedWorld(client, { decisionReference: 'MYH 2025/0200', code: 'NTA-GW-BENCH' });
    const inputs = Array.from({ length: 20 }, (_, index) => ({
      microCredentialId: entryId,
      learner: { personalNumber: personnummer(index), name: `Deltagare ${index}` },
      idempotencyKey: `gateway-bench-${index}`,
    }));
    await must(client.request(IssueAwardsDocument, { issuerId: provider.id, inputs }, { token: provider.token }));
    const issued: any = await graphql(
      hub.gatewayUrl,
      'query ($id: ID!) { organisation(id: $id) { awardsIssued(first: 1) { nodes { credentialJwt } } } }',
      { id: provider.id },
      provider.token,
    );
    const [{ credentialJwt: credential }] = issued.organisation.awardsIssued.nodes;
    // A learner of the cohort, signed in with e-ID (an issuer sees only its own pseudonym of them).
    const { learnerId } = await signInWithLocalEid(hub.publicUrl, personnummer(0));
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

    options.log?.(`gateways: ${options.rounds} rounds; each measurement ${options.seconds} s with ${options.connections} connections (autocannon)`);
    // Warm-up: a short run of each, not counted.
    for (const operation of operations) for (const [, url] of gateways) await measure(url, operation, 1, options.connections);
    const measurements: Measurement[] = [];
    for (let round = 0; round < options.rounds; round += 1) {
      for (const operation of operations) {
        // Rotate the order each round so that no gateway always goes first.
        const order = gateways.map((_, index) => gateways[(index + round) % gateways.length]);
        for (const [gateway, url] of order) {
          const measurement = { round, operation: operation.name, gateway, ...(await measure(url, operation, options.seconds, options.connections)) };
          measurements.push(measurement);
          options.onMeasurement?.(measurement);
        }
      }
    }
    return { operations: operations.map((operation) => operation.name), measurements };
  } finally {
    await hub.stop();
  }
}

/** Per operation and round, our gateway's requests/s over the `peer`'s: the ratios the issue's goal is set on. */
export function ratiosToPeer(result: { operations: string[]; measurements: Measurement[] }, peer: Exclude<GatewayName, 'our gateway'>): Map<string, number[]> {
  const ratios = new Map<string, number[]>();
  for (const operation of result.operations) {
    const of = (gateway: GatewayName) => result.measurements.filter((measurement) => measurement.operation === operation && measurement.gateway === gateway);
    const ours = of('our gateway');
    const theirs = of(peer);
    ratios.set(operation, ours.map((measurement, index) => measurement.rps / theirs[index].rps));
  }
  return ratios;
}
