import 'reflect-metadata';
import './quiet';
import { spawnSync } from 'node:child_process';
import { createPublicKey, generateKeyPairSync, randomBytes, sign, verify, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot, readConfig, SUBGRAPH_NAMES, type HubConfig } from '../platform/config';
import { databaseUrlFor } from '../platform/database';
import { LocalTokenIssuer } from '../platform/local-token-issuer';
import { startSubgraph } from '../platform/subgraph';
import { startGateway } from '../gateway';
import { startHub } from '../hub/start';
import { SUBGRAPHS } from '../hub/subgraphs';
import { HUB_PERTURBATION } from '../services/awards/statistics/cell-key';
import { competenceStatistics } from '../services/awards/statistics/statistics-query';
import { loadEntries } from './catalogue-data';
import { QUERIES as SEARCHES, SEARCH, catalogueBenchPostgres, registerProviders, searchPlans } from './catalogue-setup';
import { ANONYMOUS } from '../platform/identity';
import { buildSearch } from '../services/catalogue/search';

const COUNTS = 'query($search: String, $filter: MicroCredentialFilter) { microCredentials(search: $search, filter: $filter, first: 1) { totalCount totalCountIsEstimate } }';
import { graphql, issueCohort, issuedCredentials, issuingWorld } from './hub-credentials';
import { QUERIES as STATISTICS, loadAwards, makeWorld, statisticsDatabase } from './statistics-data';
import { percentile, processTree, spawnHub, treeMemory, type SpawnedHub } from './support';

/**
 * npm run bench: every measure of issue 20's table in one run, each ratio's two sides interleaved (A B, then
 * B A, repetition by repetition, so that the machine's drift hits both), printed as one table: measure, the
 * ratio's minimum and median over the repetitions, the goal, whether the median meets it, and the machine's
 * 1-minute load average when the measure ended. The detail of each measure stays in its own bench:* command.
 *
 *   npm run bench [-- --quick]    --quick: smaller data (statistics 10,000/100,000, catalogue 1,000/10,000),
 *                                 3 repetitions, 20 s of mixed load: for trying the bench, not for quoting
 *   npm run bench -- --only statistics,catalogue    only those groups of rows (hub, statistics, catalogue)
 *   BENCH_REPS (default 5), BENCH_LOAD_SECONDS (default 60; the issue's figure is 300)
 *
 * The hub measures (verification, issuance, start, memory) run on a hub started as `npm start` starts it, in
 * a child process with a throw-away DATA_DIR; statistics and catalogue run in this process on an embedded
 * PostgreSQL of their own, the larger and the smaller data side by side.
 */
const { values: options } = parseArgs({ options: { quick: { type: 'boolean', default: false }, only: { type: 'string' } } });
const QUICK = options.quick!;
/**
 * --only hub,statistics,catalogue,verification (comma-separated): run only those groups of rows, for detail work;
 * verification: the two verification rows of the hub group alone (the hub started once, the demo loaded).
 */
const ONLY = new Set((options.only ?? 'hub,statistics,catalogue').split(',').map((part) => part.trim()));
const VERIFICATION_ONLY = ONLY.has('verification') && !ONLY.has('hub');
const REPS = Number(process.env.BENCH_REPS ?? (QUICK ? 3 : 5));
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? (QUICK ? 20 : 60));
const STATISTICS_SMALL = 10_000;
const STATISTICS_LARGE = QUICK ? 100_000 : 1_000_000;
const CATALOGUE_SMALL = 1_000;
const CATALOGUE_LARGE = QUICK ? 10_000 : 100_000;
const BATCH = 100;
const BATCHES_IN_FLIGHT = 2;
const SINGLE_CONCURRENCY = 8;
const COHORT = 1000;

interface Goal {
  /** "at least" for rates (higher is better), "at most" for latencies, memory and time. */
  at: 'least' | 'most';
  value: number;
  unit?: string;
}

interface Row {
  measure: string;
  values: number[];
  goal?: Goal;
  load: number;
  note?: string;
}

const rows: Row[] = [];
const details: string[] = [];
const load = () => os.loadavg()[0];
const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);
const record = (row: Omit<Row, 'load'>) => rows.push({ ...row, load: load() });
const log = (line: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

/** Each side's own figures (medians), printed after the table when `sideBySide` is given a label. */
const sideFigures = (label: string, a: number[], b: number[]) =>
  details.push(`${label}: ${Math.round(median(a)).toLocaleString('en')} / ${Math.round(median(b)).toLocaleString('en')} per second (medians)`);

/** `reps` ratios A/B, A and B interleaved, the order swapped every repetition. */
async function sideBySide(reps: number, a: () => Promise<number>, b: () => Promise<number>, label?: string): Promise<number[]> {
  const figures: [number[], number[]] = [[], []];
  const ratios: number[] = [];
  for (let rep = 0; rep < reps; rep += 1) {
    let first: number;
    let second: number;
    if (rep % 2 === 0) {
      first = await a();
      second = await b();
    } else {
      second = await b();
      first = await a();
    }
    ratios.push(first / second);
    figures[0].push(first);
    figures[1].push(second);
  }
  if (label) sideFigures(label, ...figures);
  return ratios;
}

/** Runs `work` over `items`, at most `concurrency` at a time. */
async function pool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

const perSecond = async (count: number, work: () => Promise<void> | void) => {
  const started = performance.now();
  await work();
  return (count / (performance.now() - started)) * 1000;
};

/** What a well-behaved client may send without the per-caller rate limit getting in the way of measuring. */
const HUB_ENVIRONMENT = { RATE_LIMIT_REQUESTS: '1000000', RATE_LIMIT_CONCURRENT: '1000', LOG_LEVEL: 'warn' };

// ---------------------------------------------------------------------------------------------------------
// The hub as `npm start` runs it: start, memory, verification, issuance.

async function hubMeasures() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-bench-'));
  fs.chmodSync(dataDir, 0o755);
  let hub: SpawnedHub | undefined;
  try {
    log('starting the hub once to initialise its PostgreSQL…');
    hub = await spawnHub(dataDir, HUB_ENVIRONMENT);
    details.push(`first start (PostgreSQL initialised in a new DATA_DIR): ${(hub.firstAnswerMs / 1000).toFixed(1)} s to the first answer`);
    const starts: number[] = [];
    for (let rep = 0; rep < (VERIFICATION_ONLY ? 0 : Math.max(3, REPS)); rep += 1) {
      await hub.stop();
      hub = await spawnHub(dataDir, HUB_ENVIRONMENT);
      starts.push(hub.firstAnswerMs / 1000);
    }
    if (!VERIFICATION_ONLY) record({ measure: '`npm start` to first answer, already built (s)', values: starts, goal: { at: 'most', value: 3, unit: 's' } });
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const idle = treeMemory(hub.pid);
    details.push(`hub after start: ${processTree(hub.pid).length} processes, Node ${idle.node.toFixed(0)} MB, PostgreSQL ${idle.postgres.toFixed(0)} MB (Pss)`);

    log('loading the demo data (npm run demo against the running hub)…');
    const demo = spawnSync(process.execPath, [path.join(projectRoot(), 'scripts', 'run.js'), 'bin/demo', '--url', hub.gatewayUrl], {
      cwd: projectRoot(),
      env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (demo.status !== 0) throw new Error(`npm run demo failed:\n${demo.stdout}\n${demo.stderr}`);
    const afterDemo = treeMemory(hub.pid);

    const config = readConfig({ ...process.env, DATA_DIR: dataDir });
    const hubLike = { gateway: { url: hub.gatewayUrl } };
    log('issuing the credentials to verify…');
    const world = await issuingWorld(hubLike, config);
    await issueCohort(world, 0, 10 * BATCH + BATCH);
    const credentials = await issuedCredentials(world);
    await verificationMeasures(hub, credentials);
    if (VERIFICATION_ONLY) return;
    await issuanceMeasure(world, credentials[0]);
    const peak = await mixedLoad(hub, config, world, credentials);
    record({
      measure: 'whole hub memory after start and demo (MB, the Node processes)',
      values: [afterDemo.node],
      goal: { at: 'most', value: 500, unit: 'MB' },
      note: `PostgreSQL beside it ${afterDemo.postgres.toFixed(0)} MB`,
    });
    record({
      measure: `whole hub memory, peak under ${LOAD_SECONDS} s of mixed load (MB, the Node processes)`,
      values: [peak.node],
      goal: { at: 'most', value: 500, unit: 'MB' },
      note: `PostgreSQL beside it ${peak.postgres.toFixed(0)} MB at its peak`,
    });
  } finally {
    await hub?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const REPORT = 'verdict learnerName issuedAt checks { check status reason }';
const BATCH_QUERY = `query($credentials: [String!]!) { verifyCredentials(credentials: $credentials) { ${REPORT} } }`;
const SINGLE_QUERY = `query($credential: String!) { verifyCredential(credential: $credential) { ${REPORT} } }`;

/** The issuer's public key for a credential, from the hub's published JWKS. */
async function publicKeyOf(gatewayUrl: string, credential: string): Promise<KeyObject> {
  const [header, payload] = credential.split('.').slice(0, 2).map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()));
  const issuerId = String(payload.issuer.id ?? payload.issuer).split(':').pop();
  const jwks = (await (await fetch(new URL(`/issuers/${issuerId}/jwks.json`, gatewayUrl))).json()) as { keys: Record<string, string>[] };
  // The hub's kid is a DID URL; the JWKS names the key by its fragment.
  const jwk = jwks.keys.find((key) => key.kid === String(header.kid).split('#').pop())!;
  return createPublicKey({ key: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, ...(jwk.y ? { y: jwk.y } : {}) }, format: 'jwk' });
}

async function verificationMeasures(hub: SpawnedHub, credentials: string[]) {
  const key = await publicKeyOf(hub.gatewayUrl, credentials[0]);
  const warm = await graphql(hub.gatewayUrl, BATCH_QUERY, { credentials: credentials.slice(0, BATCH) });
  const invalid = warm.verifyCredentials.filter((report: { verdict: string }) => report.verdict !== 'VALID');
  if (invalid.length) throw new Error(`the benchmark's credentials do not verify: ${JSON.stringify(invalid[0]).slice(0, 1500)}`);
  const measured = credentials.slice(BATCH, BATCH + 10 * BATCH);
  const batches = Array.from({ length: measured.length / BATCH }, (_, index) => measured.slice(index * BATCH, (index + 1) * BATCH));
  log('verification: batches through the gateway / raw node:crypto verify…');
  const raw = () =>
    perSecond(measured.length, () => {
      for (const credential of measured) {
        const dot = credential.lastIndexOf('.');
        if (!verify(null, Buffer.from(credential.slice(0, dot)), key, Buffer.from(credential.slice(dot + 1), 'base64url'))) throw new Error('raw verify failed');
      }
    });
  const throughGateway = () =>
    perSecond(measured.length, () =>
      pool(batches, BATCHES_IN_FLIGHT, async (batch) => {
        const data = await graphql(hub.gatewayUrl, BATCH_QUERY, { credentials: batch });
        if (data.verifyCredentials.some((report: { verdict: string }) => report.verdict !== 'VALID')) throw new Error('a genuine credential did not verify');
      }),
    );
  record({
    measure: `batch verification via the gateway (${BATCH} per request, ${BATCHES_IN_FLIGHT} in flight) / raw node:crypto verify`,
    values: await sideBySide(REPS, throughGateway, raw, 'batch verification, credentials through the gateway / raw verifications'),
    goal: { at: 'least', value: 0.5 },
  });

  log('verification: single verifyCredential through the gateway / straight to the subgraph…');
  const sample = Array.from({ length: 300 }, (_, index) => measured[index % measured.length]);
  const singles = (url: string) => () =>
    perSecond(sample.length, () =>
      pool(sample, SINGLE_CONCURRENCY, async (credential) => {
        const data = await graphql(url, SINGLE_QUERY, { credential });
        if (data.verifyCredential.verdict !== 'VALID') throw new Error('a genuine credential did not verify');
      }),
    );
  record({
    measure: `single verifyCredential (${SINGLE_CONCURRENCY} at a time) via the gateway / straight to the subgraph`,
    values: await sideBySide(REPS, singles(hub.gatewayUrl), singles(hub.subgraphUrls.verification), 'single verifyCredential, requests through the gateway / straight to the subgraph'),
    goal: { at: 'least', value: 0.7 },
  });
}

async function issuanceMeasure(world: Awaited<ReturnType<typeof issuingWorld>>, credential: string) {
  log(`issuance: cohorts of ${COHORT} through the gateway / raw node:crypto Ed25519 signing…`);
  // The same payload the hub signs (an issued credential's header and claims), signed with a key of the same type.
  const signingInput = Buffer.from(credential.slice(0, credential.lastIndexOf('.')));
  const { privateKey } = generateKeyPairSync('ed25519');
  let next = 100_000;
  const cohort = () => {
    const from = next;
    next += COHORT;
    return perSecond(COHORT, () => issueCohort(world, from, COHORT));
  };
  const raw = () =>
    perSecond(COHORT, () => {
      for (let index = 0; index < COHORT; index += 1) sign(null, signingInput, privateKey);
    });
  record({
    measure: `cohort issuance (${COHORT} per issueAwards) / raw node:crypto signing of the same payload`,
    values: await sideBySide(REPS, cohort, raw),
    goal: { at: 'least', value: 0.3 },
  });
}

/**
 * Every kind of caller at once for LOAD_SECONDS: anonymous searches and verifications (single and batches),
 * a provider issuing small cohorts, an analyst's statistics, a learner's awards. The hub's memory is sampled
 * every 200 ms; the peak is returned.
 */
async function mixedLoad(hub: SpawnedHub, config: HubConfig, world: Awaited<ReturnType<typeof issuingWorld>>, credentials: string[]) {
  log(`mixed load for ${LOAD_SECONDS} s…`);
  const tokens = await LocalTokenIssuer.open(config);
  const analyst = await tokens.issue({ subject: 'bench-analyst', roles: ['analyst'] });
  const deadline = Date.now() + LOAD_SECONDS * 1000;
  const peak = { node: 0, postgres: 0 };
  const sampler = setInterval(() => {
    const now = treeMemory(hub.pid);
    peak.node = Math.max(peak.node, now.node);
    peak.postgres = Math.max(peak.postgres, now.postgres);
  }, 200);
  let next = 500_000;
  const counts: Record<string, number> = {};
  const loop = async (name: string, work: () => Promise<unknown>) => {
    while (Date.now() < deadline) {
      await work();
      counts[name] = (counts[name] ?? 0) + 1;
    }
  };
  const url = hub.gatewayUrl;
  try {
    await Promise.all([
      loop('catalogue searches', () => graphql(url, SEARCH, { search: 'sömnad', filter: null })),
      loop('catalogue searches', () => graphql(url, SEARCH, { search: null, filter: { seqfLevels: [3] } })),
      loop('single verifications', () => graphql(url, SINGLE_QUERY, { credential: credentials[Math.floor(Math.random() * credentials.length)] })),
      loop('single verifications', () => graphql(url, SINGLE_QUERY, { credential: credentials[Math.floor(Math.random() * credentials.length)] })),
      loop('batches of 100 verified', () => graphql(url, BATCH_QUERY, { credentials: credentials.slice(0, BATCH) })),
      loop('cohorts of 50 issued', () => issueCohort(world, (next += 50) - 50, 50)),
      loop('statistics queries', () =>
        graphql(url, 'query($groupBy: [StatisticsDimension!]!) { competenceStatistics(groupBy: $groupBy) { cells { awards learners suppressed } } }', { groupBy: ['SKILL', 'SEQF_LEVEL'] }, analyst),
      ),
    ]);
  } finally {
    clearInterval(sampler);
  }
  details.push(`mixed load, ${LOAD_SECONDS} s: ${Object.entries(counts).map(([name, count]) => `${count} ${name}`).join(', ')}`);
  return peak;
}

// ---------------------------------------------------------------------------------------------------------
// Statistics and catalogue: the larger and the smaller data side by side, on one PostgreSQL.

async function dataMeasures() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-bench-'));
  fs.chmodSync(dataDir, 0o755);
  const postgres = await catalogueBenchPostgres(dataDir);
  try {
    if (ONLY.has('statistics')) await statisticsMeasures(postgres.url);
    if (ONLY.has('catalogue')) await catalogueMeasures(postgres.url, dataDir);
  } finally {
    await postgres.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function statisticsMeasures(serverUrl: string) {
  const prefix = `bs${randomBytes(3).toString('hex')}`;
  const small = await statisticsDatabase(serverUrl, `${prefix}_small`);
  const large = await statisticsDatabase(serverUrl, `${prefix}_large`);
  try {
    log(`statistics: loading ${STATISTICS_SMALL.toLocaleString('en')} and ${STATISTICS_LARGE.toLocaleString('en')} awards…`);
    const world = makeWorld();
    await loadAwards(small, world, STATISTICS_SMALL, STATISTICS_LARGE / 3);
    const seconds = await loadAwards(large, world, STATISTICS_LARGE, STATISTICS_LARGE / 3);
    details.push(`statistics: ${STATISTICS_LARGE.toLocaleString('en')} awards recorded in ${seconds.toFixed(0)} s`);
    for (const database of [small, large]) await database.dataSource.query('vacuum analyze');
    for (const query of STATISTICS) {
      const latency = (database: typeof small) => async () => {
        const times: number[] = [];
        for (let run = 0; run < 9; run += 1) {
          const started = performance.now();
          await competenceStatistics(database.dataSource.manager, { ...query, minimumLearners: 5, perturbation: HUB_PERTURBATION });
          times.push(performance.now() - started);
        }
        return median(times);
      };
      await latency(small)();
      await latency(large)();
      record({
        measure: `statistics latency at ${STATISTICS_LARGE.toLocaleString('en')} / ${STATISTICS_SMALL.toLocaleString('en')} awards: ${query.name}`,
        values: await sideBySide(REPS, latency(large), latency(small)),
        goal: { at: 'most', value: 1.2 },
      });
    }
  } finally {
    await small.dataSource.destroy();
    await large.dataSource.destroy();
  }
}

async function catalogueMeasures(serverUrl: string, dataDir: string) {
  const ports = Object.fromEntries([...SUBGRAPH_NAMES.map((name) => `${name.toUpperCase()}_PORT`), 'GATEWAY_PORT'].map((key) => [key, '0']));
  const config = readConfig({
    ...process.env,
    ...ports,
    ...HUB_ENVIRONMENT,
    LOG_LEVEL: 'error',
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    DATABASE_URL: serverUrl,
    DATABASE_PREFIX: `bc${randomBytes(3).toString('hex')}`,
  });
  // One hub whose catalogue holds the smaller catalogue; beside it a second catalogue subgraph with the larger
  // one and a gateway that routes to it, the other subgraphs shared.
  const hub = await startHub(config, serverUrl);
  const largeCatalogue = await startSubgraph(SUBGRAPHS.catalogue, {
    config: { ...config, ACCREDITATION_URL: hub.subgraphs.accreditation.url },
    databaseUrl: databaseUrlFor(serverUrl, `${config.DATABASE_PREFIX}_catalogue_large`),
    port: 0,
    host: '127.0.0.1',
  });
  const largeGateway = await startGateway({
    config,
    port: 0,
    host: '127.0.0.1',
    subgraphUrls: { ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, hub.subgraphs[name].url])), catalogue: largeCatalogue.url },
  });
  try {
    const authority = await (await LocalTokenIssuer.open(config)).issue({ subject: 'bench', roles: ['authority'] });
    const request = (query: string, variables: object, token?: string) => graphql(hub.gateway.url, query, variables as Record<string, unknown>, token);
    const providers = await registerProviders(request, authority, 40);
    log(`catalogue: loading ${CATALOGUE_SMALL.toLocaleString('en')} and ${CATALOGUE_LARGE.toLocaleString('en')} entries…`);
    await loadEntries(hub.subgraphs.catalogue.db, providers, 0, CATALOGUE_SMALL);
    const started = Date.now();
    await loadEntries(largeCatalogue.db, providers, 0, CATALOGUE_LARGE);
    details.push(`catalogue: ${CATALOGUE_LARGE.toLocaleString('en')} entries loaded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    await hub.subgraphs.catalogue.db.query('vacuum analyze');
    await largeCatalogue.db.query('vacuum analyze');
    for (const query of SEARCHES) {
      const variables = { search: query.search ?? null, filter: query.filter ?? null };
      for (const url of [hub.gateway.url, largeGateway.url]) for (let warm = 0; warm < 3; warm += 1) await graphql(url, SEARCH, variables);
      // One repetition: 20 searches on each side, alternating one by one; the ratio of their p95s.
      const ratios: number[] = [];
      for (let rep = 0; rep < REPS; rep += 1) {
        const times: Record<string, number[]> = { small: [], large: [] };
        for (let run = 0; run < 20; run += 1) {
          for (const [side, url] of (run + rep) % 2 === 0 ? ([['small', hub.gateway.url], ['large', largeGateway.url]] as const) : ([['large', largeGateway.url], ['small', hub.gateway.url]] as const)) {
            const begun = performance.now();
            await graphql(url, SEARCH, variables);
            times[side].push(performance.now() - begun);
          }
        }
        ratios.push(percentile(times.large.sort((a, b) => a - b), 95) / percentile(times.small.sort((a, b) => a - b), 95));
      }
      record({
        measure: `catalogue search p95 at ${CATALOGUE_LARGE.toLocaleString('en')} / ${CATALOGUE_SMALL.toLocaleString('en')} entries: ${query.name}`,
        values: ratios,
        goal: { at: 'most', value: 2 },
      });
    }
    // What the bounded counts answered at the larger size, beside the exact number (counted here, not by the hub).
    details.push(`\ncatalogue totals at ${CATALOGUE_LARGE.toLocaleString('en')} entries, as searches answer them / counted exactly:`);
    for (const query of SEARCHES) {
      const answer = (await graphql(largeGateway.url, COUNTS, { search: query.search ?? null, filter: query.filter ?? null })).microCredentials;
      const exact = await buildSearch(largeCatalogue.db, ANONYMOUS, { search: query.search, filter: query.filter }).query.getCount();
      details.push(`  ${query.name}: ${answer.totalCountIsEstimate ? 'about ' : ''}${answer.totalCount.toLocaleString('en')} / ${exact.toLocaleString('en')}`);
    }
    details.push(`\nPlans at ${CATALOGUE_LARGE.toLocaleString('en')} entries (EXPLAIN ANALYZE of the statements the catalogue runs):`);
    for (const query of SEARCHES) {
      for (const [label, plan] of await searchPlans(largeCatalogue.db, query)) details.push(`\n${query.name}, ${label}:\n${plan.map((line) => `  ${line}`).join('\n')}`);
    }
  } finally {
    await largeGateway.stop();
    await largeCatalogue.stop();
    await hub.stop();
  }
}

// ---------------------------------------------------------------------------------------------------------

function printTable() {
  const figure = (value: number, unit?: string) => (unit === 'MB' ? value.toFixed(0) : value >= 100 ? value.toFixed(0) : value.toFixed(2));
  const header = ['measure', 'min', 'median', 'goal', 'met', 'load'];
  const notes: string[] = [];
  const lines = rows.map((row) => {
    const sorted = [...row.values].sort((a, b) => a - b);
    const middle = row.values.length ? median(row.values) : NaN;
    const met = !row.goal || !row.values.length ? '-' : (row.goal.at === 'least' ? middle >= row.goal.value : middle <= row.goal.value) ? 'yes' : 'NO';
    return [
      row.measure + (row.note ? ` [${notes.push(row.note)}]` : ''),
      row.values.length ? figure(sorted[0], row.goal?.unit) : '-',
      row.values.length ? figure(middle, row.goal?.unit) : '-',
      row.goal ? `${row.goal.at === 'least' ? '>=' : '<='} ${row.goal.value}${row.goal.unit ? ` ${row.goal.unit}` : ''}` : '-',
      met,
      row.load.toFixed(2),
    ];
  });
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const format = (cells: string[]) => `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
  console.log(format(header));
  console.log(`|${widths.map((width, column) => (column === 0 ? '-'.repeat(width + 2) : `${'-'.repeat(width + 1)}:`)).join('|')}|`);
  for (const line of lines) console.log(format(line));
  notes.forEach((note, index) => console.log(`[${index + 1}] ${note}`));
}

async function main() {
  const started = Date.now();
  console.log(
    `npm run bench${QUICK ? ' --quick' : ''}: ${REPS} repetitions, ${os.cpus().length} cores, Node ${process.version}, load average at start ${os.loadavg().map((value) => value.toFixed(2)).join(' ')}`,
  );
  if (ONLY.has('hub') || ONLY.has('verification')) await hubMeasures();
  if (ONLY.has('statistics') || ONLY.has('catalogue')) await dataMeasures();
  record({
    measure: 'gateway requests/s, ours / Hive Gateway (and its Rust planner)',
    values: [],
    note: 'not measured here: the Hive Gateway peers come with bench:gateways (issue 13)',
  });
  console.log('');
  printTable();
  console.log(`\nratios: min and median over ${REPS} repetitions, each side interleaved; met: the median meets the goal; load: 1-minute load average when the measure ended`);
  for (const line of details) console.log(line);
  console.log(`\nbench took ${((Date.now() - started) / 1000).toFixed(0)} s; load average at the end ${os.loadavg().map((value) => value.toFixed(2)).join(' ')}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
