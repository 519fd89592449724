import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readConfig } from '../platform/config';
import { LocalTokenIssuer } from '../platform/local-token-issuer';
import { freePort } from '../platform/ports';
import { fictitiousOrganisationNumber } from './support/hub';

const root = path.resolve(__dirname, '..');

function processesMentioning(text: string): string[] {
  const listing = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  return listing.split('\n').filter((line) => line.includes(text) && !line.includes('ps -eo'));
}

async function until<T>(what: () => Promise<T | undefined> | T | undefined, timeoutMs: number, describe: () => string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await what();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out: ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('npm run start:hive', () => {
  it('starts the hub behind Hive Gateway, which answers authenticated operations, and stops it all on SIGTERM', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-start-hive-'));
    fs.chmodSync(dataDir, 0o755);
    const ports = { gateway: await freePort(), hive: await freePort(), accreditation: await freePort(), catalogue: await freePort(), awards: await freePort(), verification: await freePort() };
    const environment: NodeJS.ProcessEnv = {
      ...process.env,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
      GATEWAY_PORT: String(ports.gateway),
      HIVE_GATEWAY_PORT: String(ports.hive),
      ACCREDITATION_PORT: String(ports.accreditation),
      CATALOGUE_PORT: String(ports.catalogue),
      AWARDS_PORT: String(ports.awards),
      VERIFICATION_PORT: String(ports.verification),
      EMBEDDED_POSTGRES_PORT: String(20000 + Math.floor(Math.random() * 20000)),
    };
    for (const name of ['DATABASE_URL', 'JEST_WORKER_ID', 'ACCREDITATION_URL', 'CATALOGUE_URL', 'AWARDS_URL', 'VERIFICATION_URL']) delete environment[name];
    const child = spawn('npm', ['run', 'start:hive'], { cwd: root, env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = { text: '' };
    child.stdout.on('data', (chunk) => (output.text += chunk));
    child.stderr.on('data', (chunk) => (output.text += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const [, hiveUrl] = await until(() => /Hive Gateway is serving the hub's graph at (http:\/\/\S+)/.exec(output.text) ?? undefined, 180_000, () => output.text);
      expect(hiveUrl).toBe(`http://localhost:${ports.hive}/graphql`);
      // The token `npm run token` prints, from the hub's local issuer in the same DATA_DIR.
      const issuer = await LocalTokenIssuer.open(readConfig({ DATA_DIR: dataDir }));
      const authority = await issuer.issue({ subject: 'start-hive-authority', roles: ['authority'] });
      const graphql = async (query: string, variables: Record<string, unknown>, token?: string) => {
        const response = await fetch(hiveUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query, variables }),
        });
        return (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
      };
      const register = 'mutation ($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id legalName } }';
      const input = { legalName: 'Bakom Hive AB', organisationNumber: fictitiousOrganisationNumber() };
      const registered = await graphql(register, { input }, authority);
      expect(registered.errors).toBeUndefined();
      expect(registered.data.registerOrganisation.legalName).toBe('Bakom Hive AB');
      const anonymous = await graphql(register, { input: { ...input, organisationNumber: fictitiousOrganisationNumber() } });
      expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const listed = await graphql('{ organisations(first: 10) { nodes { legalName } } }', {});
      expect(listed.data.organisations.nodes).toEqual([{ legalName: 'Bakom Hive AB' }]);
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
    await until(() => (processesMentioning(dataDir).length === 0 ? true : undefined), 30_000, () => processesMentioning(dataDir).join('\n'));
    await until(
      () => fetch(`http://127.0.0.1:${ports.hive}/readiness`).then(() => undefined, () => true),
      10_000,
      () => 'Hive Gateway still answers',
    );
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 300_000);
});
