import 'reflect-metadata';
import './quiet';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SUBGRAPH_NAMES, readConfig } from '../platform/config';
import type { PostgresServer } from '../platform/database';
import { startHub } from '../hub/start';
import { LocalTokenIssuer } from '../platform/local-token-issuer';
import { QUERIES, SEARCH, catalogueBenchPostgres, registerProviders, searchPlans } from './catalogue-setup';
import { loadEntries } from './catalogue-data';

/**
 * npm run bench:catalogue: loads a generated catalogue into a hub of its own (a fresh embedded PostgreSQL,
 * or DATABASE_URL), and times typical searches through the gateway at 1,000 and at 100,000 published
 * entries: median and p95 of each, and how much slower the larger catalogue is. Then prints the plans of
 * the search statements at the larger size, to show they use the indexes.
 */


const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const ms = (value: number) => `${value.toFixed(1)} ms`;
const count = new Intl.NumberFormat('en-GB');

async function main() {
  const { values } = parseArgs({
    options: {
      small: { type: 'string', default: '1000' },
      large: { type: 'string', default: '100000' },
      runs: { type: 'string', default: '30' },
      providers: { type: 'string', default: '40' },
    },
  });
  const small = Number(values.small);
  const large = Number(values.large);
  const runs = Number(values.runs);
  const providerCount = Number(values.providers);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-bench-'));
  fs.chmodSync(dataDir, 0o755);
  const started = Date.now();
  let postgres: PostgresServer | undefined;
  let hub: Awaited<ReturnType<typeof startHub>> | undefined;
  try {
    let serverUrl = process.env.DATABASE_URL;
    if (!serverUrl) {
      postgres = await catalogueBenchPostgres(dataDir);
      serverUrl = postgres.url;
    }
    const ports = Object.fromEntries([...SUBGRAPH_NAMES.map((name) => `${name.toUpperCase()}_PORT`), 'GATEWAY_PORT'].map((key) => [key, '0']));
    const config = readConfig({
      ...process.env,
      ...ports,
      DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
      DATABASE_URL: serverUrl,
      DATABASE_PREFIX: `bench${randomBytes(4).toString('hex')}`,
    });
    hub = await startHub(config, serverUrl);
    const gateway = hub.gateway.url;
    const issuer = await LocalTokenIssuer.open(config);
    const authority = await issuer.issue({ subject: 'bench', roles: ['authority'] });
    const request = async (query: string, variables: object, token?: string) => {
      const response = await fetch(gateway, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };

    const providers = await registerProviders(request, authority, providerCount);
    const db = hub.subgraphs.catalogue.db;

    const measure = async () => {
      const results: Record<string, { median: number; p95: number; total: number }> = {};
      for (const query of QUERIES) {
        const variables = { search: query.search ?? null, filter: query.filter ?? null };
        let total = 0;
        for (let warm = 0; warm < 3; warm += 1) total = (await request(SEARCH, variables)).microCredentials.totalCount;
        const times: number[] = [];
        for (let run = 0; run < runs; run += 1) {
          const start = process.hrtime.bigint();
          await request(SEARCH, variables);
          times.push(Number(process.hrtime.bigint() - start) / 1e6);
        }
        times.sort((a, b) => a - b);
        results[query.name] = { median: percentile(times, 50), p95: percentile(times, 95), total };
      }
      return results;
    };

    console.log(`Catalogue search benchmark: ${count.format(small)} and ${count.format(large)} published entries from ${providerCount} providers.`);
    console.log(`Each query through the gateway, anonymous: first page of 20 with provider names, total and facets; ${runs} timed runs after 3 warm-up runs.`);
    const [memory] = await hub.subgraphs.catalogue.db.query('show shared_buffers');
    const [pageCost] = await hub.subgraphs.catalogue.db.query('show random_page_cost');
    console.log(
      `PostgreSQL ${process.env.DATABASE_URL ? 'from DATABASE_URL' : 'embedded'}, shared_buffers ${memory.shared_buffers}, random_page_cost ${pageCost.random_page_cost}.`,
    );
    let loadStart = Date.now();
    await loadEntries(db, providers, 0, small);
    await db.query('analyze');
    console.log(`loaded ${count.format(small)} entries in ${((Date.now() - loadStart) / 1000).toFixed(1)} s`);
    const atSmall = await measure();
    loadStart = Date.now();
    await loadEntries(db, providers, small, large - small);
    await db.query('vacuum analyze');
    console.log(`loaded ${count.format(large - small)} more entries in ${((Date.now() - loadStart) / 1000).toFixed(1)} s`);
    const atLarge = await measure();

    const header = ['query', `matches @${count.format(small)}`, 'median', 'p95', `matches @${count.format(large)}`, 'median', 'p95', 'ratio (median)'];
    const rows = QUERIES.map(({ name }) => {
      const a = atSmall[name];
      const b = atLarge[name];
      return [name, count.format(a.total), ms(a.median), ms(a.p95), count.format(b.total), ms(b.median), ms(b.p95), `${(b.median / a.median).toFixed(1)}×`];
    });
    const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
    const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
    console.log(`\n${line(header)}\n${line(widths.map((width) => '-'.repeat(width)))}`);
    for (const row of rows) console.log(line(row));

    console.log(`\nPlans at ${count.format(large)} entries (EXPLAIN ANALYZE of the statements the catalogue runs):`);
    for (const name of [QUERIES[1].name, QUERIES[2].name, QUERIES[4].name, QUERIES[7].name]) {
      const query = QUERIES.find((each) => each.name === name)!;
      for (const [label, plan] of await searchPlans(db, query)) {
        console.log(`\n${name}, ${label}:`);
        for (const row of plan) console.log(`  ${row}`);
      }
    }
    console.log(`\nbenchmark took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await hub?.stop();
    await postgres?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
