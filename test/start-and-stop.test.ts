import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..');

/** Processes whose command line mentions `text` (postgres -D <dir>, node with our data dir). */
function processesMentioning(text: string): string[] {
  const listing = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  return listing.split('\n').filter((line) => line.includes(text) && !line.includes('ps -eo'));
}

function waitForLine(output: { text: string }, pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const timer = setInterval(() => {
      const match = output.text.match(pattern);
      if (match) {
        clearInterval(timer);
        resolve(match);
      } else if (Date.now() - started > timeoutMs) {
        clearInterval(timer);
        reject(new Error(`timed out waiting for ${pattern}; output so far:\n${output.text}`));
      }
    }, 100);
  });
}

describe('npm start', () => {
  it('brings up PostgreSQL, four subgraphs and the gateway, answers a query, and stops cleanly on SIGTERM', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-start-'));
    fs.chmodSync(dataDir, 0o755);
    const environment: NodeJS.ProcessEnv = {
      ...process.env,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
      GATEWAY_PORT: '0',
      ACCREDITATION_PORT: '0',
      CATALOGUE_PORT: '0',
      AWARDS_PORT: '0',
      VERIFICATION_PORT: '0',
      EMBEDDED_POSTGRES_PORT: String(20000 + Math.floor(Math.random() * 20000)),
    };
    delete environment.DATABASE_URL;
    delete environment.JEST_WORKER_ID;
    const child = spawn('npm', ['start'], { cwd: root, env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = { text: '' };
    child.stdout.on('data', (chunk) => (output.text += chunk));
    child.stderr.on('data', (chunk) => (output.text += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const [, gatewayUrl] = await waitForLine(output, /gateway\s+(http:\/\/\S+)/, 150_000);
      // The lines come one write at a time: wait for the last before reading the others.
      await waitForLine(output, /Press Ctrl-C to stop/, 10_000);
      for (const name of ['accreditation', 'catalogue', 'awards', 'verification']) expect(output.text).toMatch(new RegExp(`${name}\\s+http://`));
      const response = await fetch(gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ organisations(first: 1) { totalCount } awardsHealth { database } }' }),
      });
      expect(await response.json()).toEqual({ data: { organisations: { totalCount: 0 }, awardsHealth: { database: true } } });
      expect(processesMentioning(dataDir).length).toBeGreaterThan(0);
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
    // The hub notices its parent went and stops PostgreSQL too; allow it a few seconds.
    const deadline = Date.now() + 20_000;
    while (processesMentioning(dataDir).length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
    expect(processesMentioning(dataDir)).toEqual([]);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 200_000);
});
