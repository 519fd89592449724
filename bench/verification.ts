import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { compactVerify, importJWK, decodeProtectedHeader, type JWK } from 'jose';
import { readConfig, SUBGRAPH_NAMES } from '../platform/config';
import { startHub } from '../hub/start';
import { freePort } from '../platform/ports';
import { benchPostgres } from './support';
import { graphql, issueWithTheHub } from './hub-credentials';

/**
 * npm run bench:verification prints, in one run:
 *   - the raw jose verification rate for the credentials' key type (compactVerify, sequential and 100 at a time);
 *   - verifyCredentials throughput in credentials/s for batches of 100 through the gateway, and its ratio to the raw rate;
 *   - single verifyCredential requests/s through the gateway and straight to the verification subgraph.
 * It issues the credentials with the hub itself and verifies them against the hub's own documents.
 *   BENCH_CREDENTIALS (default 2000), BENCH_SINGLE (default 500), BENCH_CONCURRENCY (default 8),
 *   AWARDS_SIGNING_ALGORITHM (EdDSA or ES256).
 */
const CREDENTIALS = Number(process.env.BENCH_CREDENTIALS ?? 2000);
const SINGLE = Number(process.env.BENCH_SINGLE ?? 500);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const BATCH = 100;

const REPORT_FIELDS = 'verdict learnerName issuedAt checks { check status reason }';

const rate = (count: number, ms: number) => (count / ms) * 1000;
const figure = (value: number) => Math.round(value).toLocaleString('en');

/** Runs `work` over `items` with at most `concurrency` at a time. */
async function pool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

/** jose alone, on the same credentials: compactVerify with the imported key, one after another and 100 at a time. */
async function rawJoseRate(credentials: string[], jwk: JWK): Promise<{ sequential: number; concurrent: number; algorithm: string }> {
  const { alg } = decodeProtectedHeader(credentials[0]);
  const key = await importJWK({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y }, alg);
  for (const credential of credentials.slice(0, 200)) await compactVerify(credential, key);
  let started = performance.now();
  for (const credential of credentials) await compactVerify(credential, key);
  const sequential = rate(credentials.length, performance.now() - started);
  started = performance.now();
  for (let start = 0; start < credentials.length; start += BATCH) await Promise.all(credentials.slice(start, start + BATCH).map((credential) => compactVerify(credential, key)));
  const concurrent = rate(credentials.length, performance.now() - started);
  return { sequential, concurrent, algorithm: alg! };
}

async function main() {
  const postgres = await benchPostgres();
  const gatewayPort = await freePort();
  const config = readConfig({
    ...process.env,
    DATA_DIR: postgres.dataDir,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    DATABASE_URL: postgres.url,
    DATABASE_PREFIX: `b${randomBytes(4).toString('hex')}`,
    GATEWAY_PORT: String(gatewayPort),
    PUBLIC_URL: `http://localhost:${gatewayPort}`,
    ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_PORT`, '0'])),
  });
  const hub = await startHub(config, postgres.url);
  try {
    const total = CREDENTIALS + BATCH;
    console.log(`sources: the hub itself (accreditation, catalogue and awards subgraphs); issuing ${total.toLocaleString('en')} credentials…`);
    const credentials = await issueWithTheHub(hub, config, total);
    const { kid } = decodeProtectedHeader(credentials[0]);
    const issuerId = (JSON.parse(Buffer.from(credentials[0].split('.')[1], 'base64url').toString()).issuer.id as string).split(':').pop();
    const jwks = (await (await fetch(`http://localhost:${gatewayPort}/issuers/${issuerId}/jwks.json`)).json()) as { keys: JWK[] };
    // The hub's kid is a DID URL; the JWKS names the key by its fragment.
    const publicJwk = jwks.keys.find((key) => key.kid === kid?.split('#').pop())!;
    const raw = await rawJoseRate(credentials.slice(BATCH), publicJwk);
    console.log(`credential size: ${credentials[0].length.toLocaleString('en')} characters`);
    console.log(`raw jose compactVerify, ${raw.algorithm}: ${figure(raw.concurrent)}/s ${BATCH} at a time (${figure(raw.sequential)}/s one after another)`);

    const gateway = hub.gateway.url;
    const subgraph = hub.subgraphs.verification.url;
    const batchQuery = `query($credentials: [String!]!) { verifyCredentials(credentials: $credentials) { ${REPORT_FIELDS} } }`;
    const singleQuery = `query($credential: String!) { verifyCredential(credential: $credential) { ${REPORT_FIELDS} } }`;
    // Warm-up: the first batch fills the document caches (keys, registry, status list).
    const warm = await graphql(gateway, batchQuery, { credentials: credentials.slice(0, BATCH) });
    const invalid = warm.verifyCredentials.filter((report: { verdict: string }) => report.verdict !== 'VALID');
    if (invalid.length) throw new Error(`the benchmark's credentials do not verify: ${JSON.stringify(invalid[0]).slice(0, 1500)}`);

    const measured = credentials.slice(BATCH);
    const batches = async (url: string) => {
      let valid = 0;
      const started = performance.now();
      for (let start = 0; start < measured.length; start += BATCH) {
        const data = await graphql(url, batchQuery, { credentials: measured.slice(start, start + BATCH) });
        valid += data.verifyCredentials.filter((report: { verdict: string }) => report.verdict === 'VALID').length;
      }
      return { perSecond: rate(measured.length, performance.now() - started), valid };
    };
    const throughGateway = await batches(gateway);
    console.log(
      `verifyCredentials through the gateway, batches of ${BATCH}: ${figure(throughGateway.perSecond)} credentials/s (${measured.length.toLocaleString('en')} credentials, ${throughGateway.valid.toLocaleString('en')} VALID) = ${(throughGateway.perSecond / raw.concurrent).toFixed(2)} of the raw rate`,
    );
    const direct = await batches(subgraph);
    console.log(`  (the same straight to the verification subgraph: ${figure(direct.perSecond)} credentials/s = ${(direct.perSecond / raw.concurrent).toFixed(2)} of the raw rate)`);
    let started: number;

    for (const [where, url] of [
      ['through the gateway', gateway],
      ['straight to the verification subgraph', subgraph],
    ] as const) {
      const sample = Array.from({ length: SINGLE }, (_, index) => measured[index % measured.length]);
      started = performance.now();
      await pool(sample, CONCURRENCY, async (credential) => {
        await graphql(url, singleQuery, { credential });
      });
      console.log(`verifyCredential ${where}: ${figure(rate(SINGLE, performance.now() - started))} requests/s (${SINGLE} requests, ${CONCURRENCY} at a time)`);
    }
  } finally {
    await hub.stop();
    await postgres.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
