import 'reflect-metadata';
import { benchPostgres, percentile } from './support';
import { exportJWK, generateKeyPair } from 'jose';
import { readConfig } from '../platform/config';
import { startHub } from '../hub/start';
import { LocalTokenIssuer } from '../platform/local-token-issuer';
import { luhnCheckDigit } from '../services/accreditation/organisation-number';

/**
 * npm run bench:accreditation: seeds a registry (one root authority, ISSUERS issuers with two
 * accreditations and a rotated key each), then prints how fast accreditationCheck answers through the
 * gateway (one at a time and concurrently), how many SQL statements one check costs, and how long the
 * registry and JWKS documents take to build. Figures only: nothing here passes or fails.
 */
const ISSUERS = Number(process.env.BENCH_ISSUERS ?? 200);
const CHECKS = Number(process.env.BENCH_CHECKS ?? 1000);
const CONCURRENCY = 16;

const DAY = 86_400_000;
const iso = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString();

function organisationNumber(index: number): string {
  const nine = `559${String(index).padStart(6, '0')}`;
  return `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`;
}


const ms = (value: number) => `${value.toFixed(2)} ms`;

async function main() {
  const postgres = await benchPostgres();
  const dataDir = postgres.dataDir;
  const config = readConfig({
    ...process.env,
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    GATEWAY_PORT: '0',
    ACCREDITATION_PORT: '0',
    CATALOGUE_PORT: '0',
    AWARDS_PORT: '0',
    VERIFICATION_PORT: '0',
    DATABASE_URL: postgres.url,
    DATABASE_PREFIX: 'bench',
  });
  const hub = await startHub(config, postgres.url);
  try {
    const tokens = await LocalTokenIssuer.open(config);
    const graphql = async <T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
      const response = await fetch(hub.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data: T; errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    const register = `mutation ($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id } }`;
    const admin = await tokens.issue({ subject: 'bench', roles: ['authority'] });
    const root = (await graphql<{ registerOrganisation: { id: string } }>(register, { input: { legalName: 'MYH', organisationNumber: organisationNumber(0), type: 'AUTHORITY' } }, admin))
      .registerOrganisation.id;
    const rootToken = await tokens.issue({ subject: 'bench-myh', roles: ['authority'], organisationId: root });

    const seedStarted = Date.now();
    const issuers: string[] = [];
    const grant = `mutation ($input: GrantAccreditationInput!) { grantAccreditation(input: $input) { id } }`;
    const registerKey = `mutation ($org: ID!, $jwk: JSONObject!) { registerSigningKey(organisationId: $org, publicJwk: $jwk) { kid } }`;
    const rotateKey = `mutation ($org: ID!, $kid: String!, $jwk: JSONObject!) { rotateSigningKey(organisationId: $org, kid: $kid, publicJwk: $jwk) { kid } }`;
    const newJwk = async () => exportJWK((await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true })).publicKey);
    for (let start = 0; start < ISSUERS; start += CONCURRENCY) {
      const batch = Array.from({ length: Math.min(CONCURRENCY, ISSUERS - start) }, (_, offset) => start + offset + 1);
      await Promise.all(
        batch.map(async (index) => {
          const id = (await graphql<{ registerOrganisation: { id: string } }>(register, { input: { legalName: `Issuer ${index}`, organisationNumber: organisationNumber(index) } }, admin))
            .registerOrganisation.id;
          issuers.push(id);
          const scope = { organisationId: id, credentialTypes: ['NON_FORMAL'], validFrom: iso(-365) };
          await graphql(grant, { input: { ...scope, decisionReference: `B ${index}/1`, seqfLevels: [2, 3, 4, 5], fields: ['09'], validUntil: iso(365) } }, rootToken);
          await graphql(grant, { input: { ...scope, decisionReference: `B ${index}/2`, seqfLevels: [4, 5, 6], fields: ['07', '10'] } }, rootToken);
          const providerToken = await tokens.issue({ subject: `bench-${index}`, roles: ['provider'], organisationId: id });
          const { registerSigningKey } = await graphql<{ registerSigningKey: { kid: string } }>(registerKey, { org: id, jwk: await newJwk() }, providerToken);
          await graphql(rotateKey, { org: id, kid: registerSigningKey.kid, jwk: await newJwk() }, providerToken);
        }),
      );
    }
    console.log(`seeded ${ISSUERS} issuers (2 accreditations, 2 keys each) in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`);

    const check = `query ($org: ID!, $level: Int!, $field: String!, $at: DateTimeISO) {
      accreditationCheck(organisationId: $org, seqfLevel: $level, field: $field, credentialType: NON_FORMAL, at: $at) { allowed reason accreditation { id } }
    }`;
    const question = (index: number) => ({
      org: issuers[index % issuers.length],
      level: 2 + (index % 6),
      field: ['091', '092', '071', '101'][index % 4],
      at: index % 3 === 0 ? iso(-(index % 400)) : undefined,
    });
    // Warm up (JIT, connection pools), then one at a time.
    for (let index = 0; index < 50; index += 1) await graphql(check, question(index));
    const statementsBefore = hub.subgraphs.accreditation.statements.count;
    const latencies: number[] = [];
    let allowed = 0;
    for (let index = 0; index < CHECKS; index += 1) {
      const started = process.hrtime.bigint();
      const data = await graphql<{ accreditationCheck: { allowed: boolean } }>(check, question(index));
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (data.accreditationCheck.allowed) allowed += 1;
    }
    const statementsPerCheck = (hub.subgraphs.accreditation.statements.count - statementsBefore) / CHECKS;
    latencies.sort((a, b) => a - b);
    console.log(
      `accreditationCheck, sequential, ${CHECKS} checks (${allowed} allowed): p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, p99 ${ms(percentile(latencies, 99))}; ${statementsPerCheck.toFixed(2)} SQL statements per check`,
    );

    const concurrentStarted = Date.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < CHECKS) await graphql(check, question(next++));
      }),
    );
    const seconds = (Date.now() - concurrentStarted) / 1000;
    console.log(`accreditationCheck, ${CONCURRENCY} concurrent clients: ${(CHECKS / seconds).toFixed(0)} checks/s`);

    const base = hub.subgraphs.accreditation.url.replace(/\/graphql$/, '');
    const time = async (url: string, times: number) => {
      const durations: number[] = [];
      let bytes = 0;
      for (let index = 0; index < times; index += 1) {
        const started = process.hrtime.bigint();
        const response = await fetch(url);
        bytes = (await response.arrayBuffer()).byteLength;
        durations.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      durations.sort((a, b) => a - b);
      return { median: percentile(durations, 50), bytes };
    };
    const registry = await time(`${base}/registry.json`, 10);
    console.log(`GET /registry.json (${ISSUERS + 1} organisations): median ${ms(registry.median)}, ${(registry.bytes / 1024).toFixed(0)} KiB`);
    const jwks = await time(`${base}/issuers/${issuers[0]}/jwks.json`, 100);
    console.log(`GET /issuers/:id/jwks.json: median ${ms(jwks.median)}, ${jwks.bytes} bytes`);
    const did = await time(`${base}/issuers/${issuers[0]}/did.json`, 100);
    console.log(`GET /issuers/:id/did.json: median ${ms(did.median)}, ${did.bytes} bytes`);
  } finally {
    await hub.stop();
    await postgres.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
