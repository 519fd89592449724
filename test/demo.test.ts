import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { hubClient, type HubClient } from '../demo/client';
import { ENTRIES, LEARNER_COUNT, PROVIDERS, QUALIFICATIONS, syntheticPersonnummer } from '../demo/data';
import { EXAMPLE_OPERATIONS_FILE, demoExamples, exampleOperations, renderExamples } from '../demo/examples';
import { loadDemoData, type DemoData } from '../demo/load';
import { startTestHub, type TestHub } from './support/hub';

let hub: TestHub;
let client: HubClient;
let first: DemoData;

beforeAll(async () => {
  hub = await startTestHub({ EID_LOCAL_PROVIDER: 'true' });
  client = hubClient(hub.gatewayUrl, (caller) => hub.token(caller));
  first = await loadDemoData(client);
}, 120_000);
afterAll(() => hub?.stop());

describe('npm run demo: the pilots as demo data, through the gateway', () => {
  it('loads the pilots, their accreditations, the catalogue, a few hundred learners with awards, and shares', async () => {
    expect(first.warnings).toEqual([]);
    expect(Object.keys(first.organisations)).toHaveLength(1 + PROVIDERS.length);
    expect(Object.keys(first.entries)).toHaveLength(ENTRIES.length);
    expect(Object.keys(first.qualifications).sort()).toEqual(QUALIFICATIONS.map((qualification) => qualification.code).sort());
    expect(first.awards.failed).toBe(0);
    expect(first.awards.issued).toBe(first.awards.planned);
    expect(first.awards.learners).toBeGreaterThanOrEqual(200);
    expect(first.awards.learners).toBeLessThanOrEqual(LEARNER_COUNT);
    expect(first.awards.revoked).toBeGreaterThan(0);
    expect(first.awards.suspended).toBeGreaterThan(0);
    expect(first.shares.every((share) => share.created)).toBe(true);
    expect(first.learner.awardIds.length).toBeGreaterThanOrEqual(2);
  });

  it('loading again adds nothing: same organisations, accreditations, entries, awards and shares', async () => {
    const again = await loadDemoData(client);
    expect(again.warnings).toEqual([]);
    expect(again.organisations).toEqual(first.organisations);
    expect(again.accreditations).toEqual(first.accreditations);
    expect(again.entries).toEqual(first.entries);
    expect(again.qualifications).toEqual(first.qualifications);
    expect(again.awards).toMatchObject({ issued: 0, alreadyIssued: first.awards.planned, failed: 0 });
    expect(again.shares.map((share) => [share.token, share.created])).toEqual(first.shares.map((share) => [share.token, false]));
    expect(again.learner.awardIds).toEqual(first.learner.awardIds);
  }, 60_000);

  it("every example operation of the IDE is valid against the composed graph", () => {
    const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, '..', 'schema', 'supergraph.graphql'), 'utf8'));
    const errors = validate(schema, parse(fs.readFileSync(EXAMPLE_OPERATIONS_FILE, 'utf8')));
    expect(errors.map((error) => error.message)).toEqual([]);
  });

  it('the example operations it prints run for each role, with its token and variables, without an error', async () => {
    const examples = await demoExamples(client, first);
    const operations = exampleOperations();
    expect(examples.providerTokens).toHaveLength(PROVIDERS.length);
    for (const role of examples.roles) {
      expect(role.operations.length).toBeGreaterThanOrEqual(3);
      for (const example of role.operations) {
        const response = await fetch(hub.gatewayUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(role.token ? { authorization: `Bearer ${role.token}` } : {}) },
          body: JSON.stringify({ operationName: example.name, query: operations.get(example.name), variables: example.variables ?? {} }),
        });
        const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
        expect([role.role, example.name, body.errors]).toEqual([role.role, example.name, undefined]);
        expect(body.data).toBeTruthy();
      }
    }
  });

  it('the whole IDE file, sent as the IDE sends it (every operation, operationName choosing one), is within the limits for each of its operations', async () => {
    const examples = await demoExamples(client, first);
    const file = fs.readFileSync(EXAMPLE_OPERATIONS_FILE, 'utf8');
    const byName = new Map(examples.roles.flatMap((role) => role.operations.map((example) => [example.name, { token: role.token, variables: example.variables }] as const)));
    // The two the demo does not print, Organisations and Health, are anyone's.
    const names = [...exampleOperations().keys()];
    expect(names).toEqual(expect.arrayContaining(['Organisations', 'Health', ...byName.keys()]));
    for (const name of names) {
      const { token, variables } = byName.get(name) ?? {};
      const response = await fetch(hub.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ operationName: name, query: file, variables: variables ?? {} }),
      });
      const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
      expect([name, response.status, body.errors]).toEqual([name, 200, undefined]);
      expect(body.data).toBeTruthy();
    }
  });

  it('prints curl commands that work when pasted into a shell', async () => {
    const examples = await demoExamples(client, first);
    const text = renderExamples(hub.gatewayUrl, examples, '8h');
    const exports = text.split('\n').filter((line) => line.trim().startsWith('export '));
    expect(exports.map((line) => line.trim().split('=')[0])).toEqual([
      'export MYH_TOKEN',
      ...PROVIDERS.map((key) => `export ${key.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}_TOKEN`),
      'export LEARNER_TOKEN',
      'export ANALYST_TOKEN',
    ]);
    // Each curl command spans two lines (a backslash continues it); run those of the employer and the learner.
    const lines = text.split('\n');
    const curlOf = (name: string) => {
      const at = lines.findIndex((line) => line.includes(`. ${name}: `));
      return `${lines[at + 1].trim().slice(0, -1)} ${lines[at + 2].trim()}`;
    };
    // The hub runs in this process: the shell must not block it (no execFileSync).
    const shell = async (script: string) => JSON.parse((await promisify(execFile)('bash', ['-c', script], { encoding: 'utf8' })).stdout);
    for (const name of ['MyAwards', 'AwardsByRegionAndLevel']) {
      const body = await shell(`${exports.map((line) => line.trim()).join('\n')}\n${curlOf(name)}`);
      expect([name, body.errors]).toEqual([name, undefined]);
    }
    expect((await shell(curlOf('VerifyShare'))).data.verifyShare.credentials[0].verdict).toBe('VALID');
    // The share link an employer opens in the browser.
    expect(lines).toContain(`What ${first.learner.name} shared with "${first.learner.share.recipientLabel}", as the employer opens it: ${first.learner.share.url}`);
    expect(first.learner.share.url).toBe(`${hub.gatewayUrl.replace(/\/graphql$/, '')}/shares/${first.learner.share.token}`);
  });

  it('makes synthetic personal identity numbers that are valid and distinct', () => {
    const numbers = Array.from({ length: 2000 }, (_, serial) => syntheticPersonnummer(serial));
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const number of numbers) expect(number).toMatch(/^(19[5-9]\d|200[0-5])(0[1-9]|1[0-2])(0[1-9]|1\d|2[0-8])-9[89]\d\d$/);
  });
});
