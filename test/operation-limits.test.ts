import { Supergraph } from '@apollo/federation-internals';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import fs from 'node:fs';
import path from 'node:path';
import { parse, validate } from 'graphql';
import { readConfig } from '../platform/config';
import { startTestHub, type TestHub } from './support/hub';

/** The limits as configured by default (the README documents them): the tests go to each edge. */
const limits = readConfig({});

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

interface Answer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function post(query: string, variables: Record<string, unknown> = {}, url = hub.gatewayUrl): Promise<Answer> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, ...((await response.json()) as object) };
}

const passes = (answer: Answer) => expect({ status: answer.status, errors: answer.errors }).toEqual({ status: 200, errors: undefined });

function refused(answer: Answer, limit: string, maximum: number) {
  expect(answer.status).toBe(400);
  expect(answer.errors).toHaveLength(1);
  expect(answer.errors![0].extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit, maximum });
  expect(answer.errors![0].message).toContain(String(maximum));
}

/** organisations → nodes → microCredentials → provider → microCredentials → ... with `depth` levels, leaf included. */
function traversal(depth: number, first = 1): string {
  const levels = [`organisations(first: ${first})`, 'nodes'];
  while (levels.length < depth - 1) levels.push(levels.length % 2 === 0 ? 'microCredentials' : 'provider');
  return `{ ${levels.map((level) => `${level} {`).join(' ')} id ${'}'.repeat(levels.length)} }`;
}

describe('operation limits through the gateway', () => {
  it('depth: just at the limit passes, one more level is refused naming the limit', async () => {
    passes(await post(traversal(limits.OPERATION_MAX_DEPTH)));
    refused(await post(traversal(limits.OPERATION_MAX_DEPTH + 1)), 'depth', limits.OPERATION_MAX_DEPTH);
  });

  it('aliases: as many as allowed pass, one more is refused', async () => {
    const aliased = (count: number) => `{ ${Array.from({ length: count }, (_, index) => `a${index}: seqfLevels { level }`).join(' ')} }`;
    passes(await post(aliased(limits.OPERATION_MAX_ALIASES)));
    refused(await post(aliased(limits.OPERATION_MAX_ALIASES + 1)), 'aliases', limits.OPERATION_MAX_ALIASES);
  });

  it('1,000 aliases of verifyCredential are refused unrun', async () => {
    const query = `query ($c: String!) { ${Array.from({ length: 1000 }, (_, index) => `v${index}: verifyCredential(credential: $c) { verdict }`).join(' ')} }`;
    const answer = await post(query, { c: 'x' });
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0].extensions?.code).toBe('OPERATION_LIMIT_EXCEEDED');
  });

  it('directives: as many as allowed pass, one more is refused', async () => {
    const directed = (count: number) => `{ seqfLevels { ${'... @include(if: true) { level } '.repeat(count)} } }`;
    passes(await post(directed(limits.OPERATION_MAX_DIRECTIVES)));
    refused(await post(directed(limits.OPERATION_MAX_DIRECTIVES + 1)), 'directives', limits.OPERATION_MAX_DIRECTIVES);
  });

  it('tokens: a document of exactly the limit passes, one token more is refused before parsing', async () => {
    // 29 structural tokens and one per __typename, spread over nine selection sets (graphql-js itself
    // stops comparing the fields of a huge selection set).
    const typenames = (count: number) => '__typename '.repeat(count);
    const sets = ['seqfLevels', 'trustRoot', 'accreditationHealth', 'catalogueHealth', 'awardsHealth', 'verificationHealth'];
    const document = (tokens: number) =>
      `{ ${sets.map((field) => `${field} { ${typenames(200)}}`).join(' ')} organisations { ${typenames(200)} nodes { ${typenames(200)}} pageInfo { ${typenames(tokens - 29 - 8 * 200)}} } }`;
    passes(await post(document(limits.OPERATION_MAX_TOKENS)));
    refused(await post(document(limits.OPERATION_MAX_TOKENS + 1)), 'tokens', limits.OPERATION_MAX_TOKENS);
  });

  it('characters: a 5 MB document of __typename aliases is refused by its size', async () => {
    const query = `{ ${Array.from({ length: 300_000 }, (_, index) => `t${index}: __typename`).join(' ')} }`;
    expect(query.length).toBeGreaterThan(5_000_000);
    refused(await post(query), 'characters', limits.OPERATION_MAX_CHARACTERS);
    const justUnder = `{ seqfLevels { level } }`.padEnd(limits.OPERATION_MAX_CHARACTERS, ' ');
    passes(await post(justUnder));
  });

  it('cost: fan-out through organisation → microCredentials → provider → ... is refused past the cost limit (GraphQL Armor)', async () => {
    // The page size at which the traversal crosses the limit, as GraphQL Armor's cost rule counts it.
    const sdl = fs.readFileSync(path.resolve(__dirname, '..', 'schema', 'supergraph.graphql'), 'utf8');
    const schema = Supergraph.build(sdl).apiSchema().toGraphQLJSSchema();
    const costOf = (query: string) => {
      let cost = 0;
      validate(schema, parse(query), [costLimitRule({ maxCost: Number.MAX_SAFE_INTEGER, onAccept: [(_context, details: { n: number }) => (cost = details.n)] })]);
      return cost;
    };
    let first = 1;
    while (costOf(traversal(7, first + 1)) <= limits.OPERATION_MAX_COST) first += 1;
    expect(first).toBeLessThan(100);
    passes(await post(traversal(7, first)));
    refused(await post(traversal(7, first + 1)), 'cost', limits.OPERATION_MAX_COST);
  });

  it('list items: 1,000 credentials cost 1,000 however they are split across aliases; one more is refused', async () => {
    const credentials = (count: number) => Array.from({ length: count }, (_, index) => `not-a-credential-${index}`);
    const split = `query ($a: [String!]!, $b: [String!]!) { a: verifyCredentials(credentials: $a) { verdict } b: verifyCredentials(credentials: $b) { verdict } }`;
    const answer = await post(split, { a: credentials(500), b: credentials(500) });
    passes(answer);
    expect((answer.data!.a as unknown[]).length + (answer.data!.b as unknown[]).length).toBe(1000);
    refused(await post(split, { a: credentials(501), b: credentials(500) }), 'listItems', limits.OPERATION_MAX_LIST_ITEMS);
    // The flood of the issue: 25 aliases of 800 credentials each (20,000 verifications) in one request.
    const flood = `query ($c: [String!]!) { ${Array.from({ length: 20 }, (_, index) => `v${index}: verifyCredentials(credentials: $c) { verdict }`).join(' ')} }`;
    refused(await post(flood, { c: credentials(800) }), 'listItems', limits.OPERATION_MAX_LIST_ITEMS);
    // Inline lists count the same as variables.
    const inline = `{ verifyCredentials(credentials: [${credentials(1001).map((value) => JSON.stringify(value)).join(',')}]) { verdict } }`;
    refused(await post(inline), 'listItems', limits.OPERATION_MAX_LIST_ITEMS);
    // And so do a variable's default values.
    const defaulted = `query ($c: [String!]! = [${credentials(1001).map((value) => JSON.stringify(value)).join(',')}]) { verifyCredentials(credentials: $c) { verdict } }`;
    refused(await post(defaulted), 'listItems', limits.OPERATION_MAX_LIST_ITEMS);
  });

  it('list items inside input objects count as lists passed on their own', async () => {
    const levels = (count: number) => Array.from({ length: count }, (_, index) => (index % 8) + 1);
    const filtered = `query ($f: MicroCredentialFilter) { microCredentials(first: 1, filter: $f) { totalCount } }`;
    // 1,000 items get past the limit (to the catalogue's own check of at most 50 values per filter).
    const under = await post(filtered, { f: { seqfLevels: levels(500), eqfLevels: levels(500) } });
    expect(under.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.seqfLevels' });
    refused(await post(filtered, { f: { seqfLevels: levels(501), eqfLevels: levels(500) } }), 'listItems', limits.OPERATION_MAX_LIST_ITEMS);
    const inline = `{ microCredentials(first: 1, filter: { seqfLevels: [${levels(1001).join(',')}] }) { totalCount } }`;
    refused(await post(inline), 'listItems', limits.OPERATION_MAX_LIST_ITEMS);
  });

  it('a page size left out costs the schema default, not one', async () => {
    // qualifications(first: Int! = 20): 51 entry ids under each of 20 qualifications are 1,020 items.
    const ids = JSON.stringify(Array.from({ length: 51 }, (_, index) => `entry-${index}`));
    const progress = (first: string) => `{ qualifications${first} { nodes { progress(entryIds: ${ids}) { counted } } } }`;
    passes(await post(progress('(first: 19)')));
    refused(await post(progress('')), 'listItems', limits.OPERATION_MAX_LIST_ITEMS);
  });

  it('list items in a mutation: one cohort of 10,000 awards at most, however it is split', async () => {
    const maximum = limits.OPERATION_MAX_MUTATION_LIST_ITEMS;
    const split = `mutation ($a: [CohortAwardInput!]!, $b: [CohortAwardInput!]!) { a: issueAwards(issuerId: "x", inputs: $a) { issued } b: issueAwards(issuerId: "x", inputs: $b) { issued } }`;
    const rows = (count: number) => Array.from({ length: count }, () => ({}));
    refused(await post(split, { a: rows(maximum / 2 + 1), b: rows(maximum / 2) }), 'listItems', maximum);
    // Exactly one cohort, split in two, gets past every limit to the awards service's own answer (anonymous callers may not issue).
    const cohort = (count: number) =>
      Array.from({ length: count }, (_, index) => ({ microCredentialId: 'x', learner: { personalNumber: '19900101-0017', name: `Learner ${index}` }, idempotencyKey: `row-${index}` }));
    const atTheLimit = await post(split, { a: cohort(maximum / 2), b: cohort(maximum / 2) });
    expect(atTheLimit.errors?.length).toBeGreaterThan(0);
    expect(new Set(atTheLimit.errors!.map((error) => error.extensions?.code))).toEqual(new Set(['UNAUTHENTICATED']));
  });

  it('thousands of wrong variable values are answered with at most 50 errors, as a subgraph answers them, not one each', async () => {
    const mutation = `mutation ($a: [CohortAwardInput!]!) { issueAwards(issuerId: "x", inputs: $a) { issued } }`;
    // A cohort of 10,000 rows (within the list-items limit), each without its idempotency key.
    const rows = (count: number) => Array.from({ length: count }, (_, index) => ({ microCredentialId: 'x', learner: { personalNumber: '19900101-0017', name: `Learner ${index}` } }));
    const flood = await post(mutation, { a: rows(limits.OPERATION_MAX_MUTATION_LIST_ITEMS) });
    expect(flood.status).toBe(400);
    expect(flood.errors!.length).toBeLessThanOrEqual(51);
    expect(new Set(flood.errors!.map((error) => error.extensions?.code))).toEqual(new Set(['BAD_USER_INPUT']));
    expect(flood.errors!.at(-1)!.message).toMatch(/Too many errors processing variables/);
    // One wrong row: the one error says which value and which field.
    const one = await post(mutation, { a: [...rows(1).map((row) => ({ ...row, idempotencyKey: 'k' })), ...rows(1)] });
    expect(one.status).toBe(400);
    expect(one.errors).toHaveLength(1);
    expect(one.errors![0].message).toMatch(/\$a.*at "a\[1\]".*idempotencyKey/);
    expect(one.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a subgraph reached without the gateway enforces the same limits', async () => {
    const verification = hub.hub.subgraphs.verification.url;
    const credentials = Array.from({ length: 1001 }, (_, index) => `x${index}`);
    refused(await post(`query ($c: [String!]!) { verifyCredentials(credentials: $c) { verdict } }`, { c: credentials }, verification), 'listItems', limits.OPERATION_MAX_LIST_ITEMS);
    const aliased = `query ($c: String!) { ${Array.from({ length: 100 }, (_, index) => `v${index}: verifyCredential(credential: $c) { verdict }`).join(' ')} }`;
    const answer = await post(aliased, { c: 'x' }, verification);
    expect(answer.errors?.[0].extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'aliases' });
  });

  it('outside production too, malformed JSON gets a JSON answer, never an HTML page with a stack', async () => {
    const response = await fetch(hub.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const text = await response.text();
    expect(text).not.toMatch(/<html|<pre|node_modules|\bat \w+ \(/i);
  });
});
