import 'reflect-metadata';
import { benchPostgres } from './support';
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import { generateKeyPair, SignJWT } from 'jose';
import { print } from 'graphql';
import { readConfig, SUBGRAPH_NAMES } from '../platform/config';
import { startHub } from '../hub/start';
import { LocalTokenIssuer } from '../platform/local-token-issuer';
import { issueAwards } from '../services/awards/issuing';
import { awardsCore } from '../services/awards/dependencies';
import { signedColumnsSelect, storedCredential } from '../services/awards/credential';
import { EuropassMyAwardsDocument, MyAwardsWithIssuersDocument, RegisterOrganisationDocument } from '../test/support/documents';
import { FakeDirectory, awardRequest } from '../test/support/awards';
import { fictitiousOrganisationNumber } from '../test/support/hub';

/**
 * npm run bench:awards: cohort issuance throughput (10,000 rows through the issuing pipeline: validation,
 * learners, status indexes, credential, signature, insert, in chunk transactions) beside the raw jose
 * signing rate of the same key type in the same run, and the SQL statements per subgraph of a
 * `me { awards }` query for a learner with 500 awards. The catalogue and accreditation answers come from
 * an in-memory directory, so the figures are the awards subgraph's own.
 *   BENCH_ROWS (default 10000), AWARDS_SIGNING_ALGORITHM (EdDSA or ES256).
 */
async function main() {
  const rows = Number(process.env.BENCH_ROWS ?? 10_000);
  const postgres = await benchPostgres();
  const dataDir = postgres.dataDir;
  const config = readConfig({
    ...process.env,
    DATA_DIR: dataDir,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    DATABASE_URL: postgres.url,
    DATABASE_PREFIX: `b${randomBytes(4).toString('hex')}`,
    GATEWAY_PORT: '0',
    ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_PORT`, '0'])),
  });
  const hub = await startHub(config, postgres.url);
  try {
    const gatewayUrl = hub.gateway.url;
    const tokens = await LocalTokenIssuer.open(config);
    const request = async (document: any, variables: Record<string, unknown>, token?: string) =>
      (await (await fetch(gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: print(document), variables }),
      })).json()) as any;
    const authority = await tokens.issue({ subject: 'bench', roles: ['authority'] });
    const issuerId = (await request(RegisterOrganisationDocument, { input: { legalName: 'Bench Utbildning AB', organisationNumber: fictitiousOrganisationNumber() } }, authority)).data
      .registerOrganisation.id;
    const directory = new FakeDirectory();
    directory.addOrganisation({ id: issuerId });
    const entry = directory.addEntry({ providerId: issuerId });
    const db = hub.subgraphs.awards.db;
    const core = awardsCore(db, { ...config, GATEWAY_PORT: Number(new URL(gatewayUrl).port) });
    const deps = { db, vault: core.vault, keys: core.keys, directory, registry: directory, publicBaseUrl: core.publicBaseUrl };
    // Make the issuer's key first, so that the timing is issuance only.
    const key = await core.keys.activeKey(issuerId, directory);

    const requests = Array.from({ length: rows }, (_, serial) => awardRequest(entry, serial, { idempotencyKey: `bench-${serial}` }));
    const started = performance.now();
    const results = await issueAwards(deps, issuerId, requests);
    const seconds = (performance.now() - started) / 1000;
    const issued = results.filter((result) => result.outcome === 'ISSUED').length;
    if (issued !== rows) throw new Error(`only ${issued} of ${rows} rows were issued`);

    // The raw signing rate of the same key type, signing the same payload size, in this process.
    const [signed] = await db.query(`select award.credential, ${signedColumnsSelect()} from award limit 1`);
    const credential = storedCredential(signed)!;
    const { privateKey } = await generateKeyPair(key.algorithm, key.algorithm === 'EdDSA' ? { crv: 'Ed25519' } : {});
    const signStarted = performance.now();
    let signatures = 0;
    while (performance.now() - signStarted < 3000) {
      await new SignJWT(credential).setProtectedHeader({ alg: key.algorithm, typ: 'vc+jwt' }).sign(privateKey);
      signatures += 1;
    }
    const signRate = signatures / ((performance.now() - signStarted) / 1000);

    // me { awards } for a learner with 500 awards.
    const learnerRequests = Array.from({ length: 500 }, (_, position) =>
      awardRequest(directory.addEntry({ providerId: issuerId }), 99_999, { idempotencyKey: `learner-${position}` }),
    );
    const learnerResults = await issueAwards(deps, issuerId, learnerRequests);
    const [{ learner_id: learnerId }] = await db.query('select learner_id from award where id = $1', [learnerResults[0].awardId]);
    const learnerToken = await tokens.issue({ subject: learnerId, roles: ['learner'] });
    const counts = () => Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, hub.subgraphs[name].statements.count]));
    const before = counts();
    const response = await request(MyAwardsWithIssuersDocument, {}, learnerToken);
    const after = counts();
    if (response.data?.me.awards.length !== 500) throw new Error(`me { awards } gave ${response.data?.me.awards.length} awards`);

    // The European Digital Credentials of those 500 awards, made and sealed as they are asked for.
    const edcStarted = performance.now();
    const edcs = await request(EuropassMyAwardsDocument, {}, learnerToken);
    const edcSeconds = (performance.now() - edcStarted) / 1000;
    if (edcs.data?.me.awards.filter((award: { europass: unknown }) => award.europass).length !== 500) throw new Error('me { awards { europass } } did not give 500 EDCs');
    const edcBytes = JSON.stringify(edcs.data.me.awards[0].europass.sealed).length;
    const [stored] = await db.query(
      `select (select coalesce(sum(octet_length(facts::text)), 0) from european_facts)::int as facts, count(*)::int as awards from award where european_facts is not null`,
    );

    const rate = issued / seconds;
    console.log(`awards benchmark (${key.algorithm}, ${os.cpus().length} cores)`);
    console.log(`  cohort issuance      ${issued} awards in ${seconds.toFixed(1)} s = ${rate.toFixed(0)} awards/s`);
    console.log(`  raw jose signing     ${signRate.toFixed(0)} signatures/s (${key.algorithm}, same payload)`);
    console.log(`  ratio                ${((rate / signRate) * 100).toFixed(1)} % of the raw signing rate`);
    console.log(`  me { awards } x500   SQL statements per subgraph: ${SUBGRAPH_NAMES.map((name) => `${name} ${after[name] - before[name]}`).join(', ')}`);
    console.log(`  EDCs on request      500 sealed European Digital Credentials in ${edcSeconds.toFixed(2)} s = ${(500 / edcSeconds).toFixed(0)}/s through the gateway (${(edcBytes / 1024).toFixed(1)} KB each)`);
    console.log(`  EDC storage          ${(stored.facts / stored.awards).toFixed(0)} bytes of shared facts per award, plus its 32-byte digest (${stored.awards} awards; the sealed EDC is not stored)`);
  } finally {
    await hub.stop();
    await postgres.stop();
  }
}


main().catch((error) => {
  console.error(error);
  process.exit(1);
});
