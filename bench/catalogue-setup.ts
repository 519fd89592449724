import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { startEmbeddedPostgres, type PostgresServer } from '../platform/database';
import { freePort } from '../platform/ports';
import { ANONYMOUS } from '../platform/identity';
import { BUILT_IN_OCCUPATIONS, BUILT_IN_SKILLS } from '../services/catalogue/esco/built-in';
import { searchStatements, type MicroCredentialFilter } from '../services/catalogue/search';

/** The catalogue benchmarks' searches, their server and their providers. */

export const SEARCH = `query Bench($search: String, $filter: MicroCredentialFilter) {
  microCredentials(search: $search, filter: $filter, first: 20) {
    totalCount
    nodes { id title { sv en } seqfLevel workloadHours provider { legalName } }
    facets { seqfLevels { seqfLevel count } fields { code name count } providers { provider { legalName } count } }
  }
}`;

const uri = (label: string) => BUILT_IN_SKILLS.find((skill) => skill.preferredLabel === label)!.uri;
export const QUERIES: Array<{ name: string; search?: string; filter?: MicroCredentialFilter }> = [
  { name: '"svetsare" (Swedish stem)', search: 'svetsare' },
  { name: '"sömnad" (part of a compound)', search: 'sömnad' },
  { name: '"welding" (English)', search: 'welding' },
  { name: '"vård omsorg" (two words)', search: 'vård omsorg' },
  { name: '"kraft" + level 4-5', search: 'kraft', filter: { seqfLevels: [4, 5] } },
  { name: 'level 3, no words (title order)', filter: { seqfLevels: [3] } },
  { name: 'field 07 + 20-60 hours, online', filter: { fields: ['07'], workloadHours: { min: 20, max: 60 }, participationForms: ['ONLINE' as never] } },
  { name: 'ESCO skill "sew pieces of fabric" + narrower', filter: { escoSkill: uri('sew pieces of fabric') } },
  { name: 'ESCO occupation "welder" (essential skills)', filter: { escoOccupation: BUILT_IN_OCCUPATIONS.find((o) => o.preferredLabel === 'welder')!.uri } },
];



const SHARED_BUFFERS = '1GB';

/**
 * An embedded PostgreSQL for a large catalogue: its default shared_buffers (128 MB) is smaller than 100,000
 * entries with their indexes; a catalogue server would be given memory for its working set, so this one is
 * too. Its data is in memory: a random page costs little more than a sequential one.
 */
export async function catalogueBenchPostgres(dataDir: string): Promise<PostgresServer> {
  const port = await freePort();
  const first = await startEmbeddedPostgres(dataDir, port);
  const admin = new Client({ connectionString: first.url });
  await admin.connect();
  await admin.query(`alter system set shared_buffers = '${SHARED_BUFFERS}'`);
  await admin.query(`alter system set random_page_cost = 1.1`);
  await admin.end();
  await first.stop();
  return startEmbeddedPostgres(dataDir, port);
}

/** Registers `count` providers (valid fictitious organisation numbers) through the gateway; their ids. */
export async function registerProviders(request: (query: string, variables: object, token?: string) => Promise<any>, authority: string, count: number): Promise<string[]> {
  const providers: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const nine = `559${String(100000 + index * 7919).slice(-6)}`;
    let sum = 0;
    for (let digit = 0; digit < 9; digit += 1) {
      let product = Number(nine[digit]) * (digit % 2 === 0 ? 2 : 1);
      if (product > 9) product -= 9;
      sum += product;
    }
    const organisationNumber = `${nine.slice(0, 6)}-${nine.slice(6)}${(10 - (sum % 10)) % 10}`;
    const data = await request(
      'mutation ($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id } }',
      { input: { legalName: `Utbildare ${index + 1} AB`, organisationNumber, region: 'Västerbottens län' } },
      authority,
    );
    providers.push(data.registerOrganisation.id);
  }
  return providers;
}

/** EXPLAIN ANALYZE of the statements the catalogue runs for `query` (the page, then the total and facets). */
export async function searchPlans(db: DataSource, query: (typeof QUERIES)[number]): Promise<Array<[string, string[]]>> {
  const { page, summary } = searchStatements(db, ANONYMOUS, { first: 20, search: query.search, filter: query.filter });
  const [pageSql, pageParameters] = page.getQueryAndParameters();
  const plans: Array<[string, string[]]> = [];
  for (const [label, sql, parameters] of [
    ['page', pageSql, pageParameters],
    ['total and facets', summary.sql, summary.parameters],
  ] as const) {
    const plan: { 'QUERY PLAN': string }[] = await db.query(`explain (analyze, costs off, timing off, summary on) ${sql}`, parameters as unknown[]);
    plans.push([label, plan.map((row) => row['QUERY PLAN'])]);
  }
  return plans;
}
