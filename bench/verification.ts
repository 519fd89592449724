import 'reflect-metadata';
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { compactVerify, importJWK, decodeProtectedHeader, type JWK } from 'jose';
import { Kind, parse } from 'graphql';
import { readConfig, SUBGRAPH_NAMES, type HubConfig } from '../platform/config';
import { startHub, type RunningHub } from '../hub/start';
import { LocalTokenIssuer } from '../platform/local-token-issuer';
import { PeerClient } from '../platform/peer';
import { freePort } from '../platform/ports';
import { HttpVerificationSources } from '../services/verification/http-sources';
import { useVerificationSources } from '../services/verification/sources-of';
import { benchPostgres } from './support';
import { VerificationWorld } from './verification-world';

/**
 * npm run bench:verification prints, in one run:
 *   - the raw jose verification rate for the credentials' key type (compactVerify, sequential and 100 at a time);
 *   - verifyCredentials throughput in credentials/s for batches of 100 through the gateway, and its ratio to the raw rate;
 *   - single verifyCredential requests/s through the gateway and straight to the verification subgraph.
 * With the accreditation, catalogue and awards subgraphs merged it issues the credentials with the hub itself and
 * verifies them against the hub's own documents; before that it uses a controlled world of issuers
 * (bench/verification-world.ts) served over HTTP, and says so.
 *   BENCH_CREDENTIALS (default 2000), BENCH_SINGLE (default 500), BENCH_CONCURRENCY (default 8),
 *   AWARDS_SIGNING_ALGORITHM / BENCH_ALGORITHM (EdDSA or ES256).
 */
const CREDENTIALS = Number(process.env.BENCH_CREDENTIALS ?? 2000);
const SINGLE = Number(process.env.BENCH_SINGLE ?? 500);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const BATCH = 100;

const REPORT_FIELDS = 'verdict learnerName issuedAt checks { check status reason }';

async function graphql<T = any>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 2000));
  return body.data;
}

function supergraphOperations(config: HubConfig): Set<string> {
  const operations = new Set<string>();
  for (const definition of parse(fs.readFileSync(config.SUPERGRAPH_PATH, 'utf8')).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    for (const field of definition.fields ?? []) operations.add(`${definition.name.value}.${field.name.value}`);
  }
  return operations;
}

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

/** The hub issues the credentials itself: an authority, an accredited provider, a published entry, a cohort. */
async function issueWithTheHub(hub: RunningHub, config: HubConfig, count: number): Promise<string[]> {
  const tokens = await LocalTokenIssuer.open(config);
  const gateway = hub.gateway.url;
  const authority = await tokens.issue({ subject: 'bench', roles: ['authority'] });
  const organisationNumber = (index: number) => {
    const nine = `559${String(900_000 + index).padStart(6, '0')}`;
    let sum = 0;
    for (let position = 0; position < 9; position += 1) {
      let product = Number(nine[position]) * (position % 2 === 0 ? 2 : 1);
      if (product > 9) product -= 9;
      sum += product;
    }
    return `${nine.slice(0, 6)}-${nine.slice(6)}${(10 - (sum % 10)) % 10}`;
  };
  const register = async (legalName: string, type: string, index: number) =>
    (await graphql(gateway, 'mutation($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id } }', { input: { legalName, type, organisationNumber: organisationNumber(index) } }, authority))
      .registerOrganisation.id as string;
  const myh = await register('Myndigheten för yrkeshögskolan', 'AUTHORITY', 1);
  const providerId = await register('Nordiska Textilakademin', 'EDUCATION_PROVIDER', 2);
  const provider = await tokens.issue({ subject: 'bench-provider', roles: ['provider'], organisationId: providerId });
  await graphql(
    gateway,
    'mutation($input: GrantAccreditationInput!) { grantAccreditation(input: $input) { id } }',
    { input: { organisationId: providerId, decisionReference: 'MYH 2025/0100', seqfLevels: [3], fields: ['07'], credentialTypes: ['INDUSTRY_VALIDATION'], validFrom: new Date(Date.now() - 400 * 86_400_000).toISOString() } },
    await tokens.issue({ subject: 'bench-myh', roles: ['authority'], organisationId: myh }),
  );
  const draft = await graphql(
    gateway,
    'mutation($input: DraftMicroCredentialInput!) { draftMicroCredential(input: $input) { id } }',
    {
      input: {
        providerId,
        code: 'NTA-BENCH',
        title: { sv: 'Reparationssömnad jeans', en: 'Repair sewing: jeans' },
        description: { sv: 'Laga och förstärka jeans.', en: 'Mend and reinforce jeans.' },
        learningOutcomes: [{ text: { sv: 'Kan laga slitna partier.', en: 'Can repair worn areas.' }, escoSkillUris: ['http://data.europa.eu/esco/skill/0450eaee-1a00-4622-8f4e-5356fce816d2'] }],
        workloadHours: 40,
        seqfLevel: 3,
        assessmentType: 'PRACTICAL_DEMONSTRATION',
        participationForm: 'ON_SITE',
        qualityAssuranceType: 'INDUSTRY_VALIDATION',
        credentialType: 'INDUSTRY_VALIDATION',
        supervision: 'SUPERVISED_ON_SITE_WITH_ID_CHECK',
        field: '072',
        language: 'sv',
        stackability: 'STAND_ALONE',
      },
    },
    provider,
  );
  const entryId = draft.draftMicroCredential.id;
  await graphql(gateway, 'mutation($id: ID!) { publishMicroCredential(id: $id) { id } }', { id: entryId }, provider);
  const personnummer = (index: number) => {
    const day = new Date(Date.UTC(1985, 0, 1) + (index % 3650) * 86_400_000);
    const digits = `${String(day.getUTCFullYear()).slice(2)}${String(day.getUTCMonth() + 1).padStart(2, '0')}${String(day.getUTCDate()).padStart(2, '0')}${String(200 + Math.floor(index / 3650)).padStart(3, '0')}`;
    let sum = 0;
    for (let position = 0; position < 9; position += 1) {
      let product = Number(digits[position]) * (position % 2 === 0 ? 2 : 1);
      if (product > 9) product -= 9;
      sum += product;
    }
    return `${digits.slice(0, 6)}-${digits.slice(6)}${(10 - (sum % 10)) % 10}`;
  };
  const inputs = Array.from({ length: count }, (_, index) => ({
    microCredentialId: entryId,
    learner: { personalNumber: personnummer(index), name: `Deltagare ${index}` },
    idempotencyKey: `bench-${index}`,
  }));
  for (let start = 0; start < inputs.length; start += 1000) {
    await graphql(gateway, 'mutation($issuerId: ID!, $inputs: [CohortAwardInput!]!) { issueAwards(issuerId: $issuerId, inputs: $inputs) { issued failed } }', { issuerId: providerId, inputs: inputs.slice(start, start + 1000) }, provider);
  }
  const credentials: string[] = [];
  let after: string | null = null;
  do {
    const page: any = await graphql(
      gateway,
      'query($id: ID!, $after: String) { organisation(id: $id) { awardsIssued(first: 100, after: $after) { nodes { credentialJwt } pageInfo { endCursor hasNextPage } } } }',
      { id: providerId, after },
      provider,
    );
    const connection = page.organisation.awardsIssued;
    credentials.push(...connection.nodes.map((node: { credentialJwt: string }) => node.credentialJwt));
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  } while (after);
  return credentials;
}

/** The controlled world: one accredited issuer and one entry, the documents served over HTTP in the hub's shapes. */
async function issueInTheWorld(hub: RunningHub, count: number, algorithm: 'EdDSA' | 'ES256') {
  const served = await VerificationWorld.serve();
  const { world } = served;
  const root = await world.addOrganisation('Myndigheten för yrkeshögskolan', { root: true });
  const issuer = await world.addOrganisation('Nordiska Textilakademin', { alg: algorithm });
  world.accredit(issuer, root, { seqfLevels: [3], fields: ['07'], credentialTypes: ['INDUSTRY_VALIDATION'] });
  const entry = world.addEntry({ providerId: issuer.id, seqfLevel: 3, field: '072', credentialType: 'INDUSTRY_VALIDATION' });
  const credentials: string[] = [];
  for (let index = 0; index < count; index += 1) credentials.push((await world.issue({ issuer, entry, learnerName: `Deltagare ${index}` })).jws);
  const peer = new PeerClient('world', served.graphqlUrl);
  useVerificationSources(
    hub.subgraphs.verification.db,
    new HttpVerificationSources({ documentBases: [world.base], peers: { accreditation: peer, catalogue: peer, awards: peer }, maxCacheSeconds: 300 }),
  );
  return { credentials, close: served.close, publicJwk: issuer.keys[0].publicJwk };
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
  let closeWorld: (() => Promise<void>) | null = null;
  try {
    const operations = supergraphOperations(config);
    const missing = ['Mutation.issueAwards', 'Mutation.grantAccreditation', 'Mutation.draftMicroCredential', 'Mutation.publishMicroCredential', 'Query.accreditationCheck'].filter(
      (operation) => !operations.has(operation),
    );
    const real = missing.length === 0;
    const algorithm = ((process.env.BENCH_ALGORITHM ?? process.env.AWARDS_SIGNING_ALGORITHM ?? 'EdDSA') as 'EdDSA' | 'ES256');
    const total = CREDENTIALS + BATCH;
    let credentials: string[];
    let publicJwk: JWK;
    if (real) {
      console.log(`sources: the hub itself (accreditation, catalogue and awards subgraphs); issuing ${total.toLocaleString('en')} credentials…`);
      credentials = await issueWithTheHub(hub, config, total);
      const { kid } = decodeProtectedHeader(credentials[0]);
      const issuerId = (JSON.parse(Buffer.from(credentials[0].split('.')[1], 'base64url').toString()).issuer.id as string).split(':').pop();
      const jwks = (await (await fetch(`http://localhost:${gatewayPort}/issuers/${issuerId}/jwks.json`)).json()) as { keys: JWK[] };
      publicJwk = jwks.keys.find((key) => key.kid === kid)!;
    } else {
      console.log("sources: FAKE — a controlled world of issuers (bench/verification-world.ts) served over HTTP in the hub's document shapes,");
      console.log(`         because this hub cannot issue credentials yet: the supergraph has no ${missing.join(', ')}.`);
      const world = await issueInTheWorld(hub, total, algorithm);
      credentials = world.credentials;
      publicJwk = world.publicJwk;
      closeWorld = world.close;
    }
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
    await closeWorld?.();
    await hub.stop();
    await postgres.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
