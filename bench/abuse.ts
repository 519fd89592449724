import 'reflect-metadata';
import fs from 'node:fs';
import http from 'node:http';
import { readConfig } from '../platform/config';
import { LocalTokenIssuer } from '../platform/local-token-issuer';
import { issueWithTheHub } from './hub-credentials';
import { percentile, startHubProcesses } from './support';

/**
 * npm run bench:abuse replays the floods of issue 14 against a local hub whose parts each run in their own
 * process (as `npm run start:<part>` starts them), anonymous, from this machine only, each flood bounded in
 * requests and time. It prints, per flood: how many requests were refused and how, and the time to refuse;
 * each process's memory at idle and its peak during the floods; and the verdicts a genuine credential got
 * from a well-behaved caller (with a token of its own) verifying it throughout.
 * Goal: every verdict VALID, the verification process's peak under 300 MB above idle.
 *   BENCH_ROUNDS (default 5): rounds of each flood; BENCH_BATCH_SECONDS (default 15): the allowed-batches flood.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const BATCH_SECONDS = Number(process.env.BENCH_BATCH_SECONDS ?? 15);

interface Outcome {
  status: number;
  code: string;
  ms: number;
}

async function post(url: string, body: unknown, token?: string): Promise<Outcome & { body: any }> {
  const started = performance.now();
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
      signal: AbortSignal.timeout(180_000),
    });
    const text = await response.text();
    let parsed: any = {};
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = { text };
    }
    const code = parsed.errors?.[0]?.extensions?.code ?? (response.ok ? 'OK' : `HTTP ${response.status}`);
    return { status: response.status, code, ms: performance.now() - started, body: parsed };
  } catch (error) {
    return { status: 0, code: `no answer (${(error as Error).name})`, ms: performance.now() - started, body: {} };
  }
}

function rawGet(base: string, pathAsSent: string): Promise<Outcome> {
  const { hostname, port } = new URL(base);
  const started = performance.now();
  return new Promise((resolve) => {
    http
      .get({ hostname, port, path: pathAsSent }, (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode ?? 0, code: `HTTP ${response.statusCode}`, ms: performance.now() - started }));
      })
      .on('error', () => resolve({ status: 0, code: 'no answer', ms: performance.now() - started }));
  });
}

/** Resident memory now and at its peak (VmHWM, reset after set-up), in MB. */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

function resetPeak(pid: number) {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // Not Linux, or not allowed: the peak then includes set-up.
  }
}

const median = (values: number[]) => (values.length ? percentile([...values].sort((a, b) => a - b), 50) : NaN);
const ms = (value: number) => (Number.isNaN(value) ? '-' : `${Math.round(value).toLocaleString('en')} ms`);

async function main() {
  const hub = await startHubProcesses();
  const { children, publicUrl } = hub;
  try {
    const gateway = `${publicUrl}/graphql`;
    const config = readConfig(hub.environment);
    const [genuine] = await issueWithTheHub({ gateway: { url: gateway } }, config, 1);
    const wellBehavedToken = await (await LocalTokenIssuer.open(config)).issue({ subject: 'well-behaved-verifier', roles: ['analyst'] });

    // Warm up, then take idle memory and start counting peaks from here.
    for (let index = 0; index < 20; index += 1) await post(gateway, { query: 'query ($c: String!) { verifyCredential(credential: $c) { verdict } }', variables: { c: genuine } }, wellBehavedToken);
    const idle = Object.fromEntries(Object.entries(children).map(([name, child]) => [name, memoryOf(child.pid!).rss]));
    for (const child of Object.values(children)) resetPeak(child.pid!);

    // The well-behaved caller: its own token, one verification of the genuine credential every 200 ms.
    const verdicts = new Map<string, number>();
    let watching = true;
    const watcher = (async () => {
      while (watching) {
        const answer = await post(gateway, { query: 'query ($c: String!) { verifyCredential(credential: $c) { verdict } }', variables: { c: genuine } }, wellBehavedToken);
        const verdict = answer.body?.data?.verifyCredential?.verdict ?? `error ${answer.code}`;
        verdicts.set(verdict, (verdicts.get(verdict) ?? 0) + 1);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    })();

    const credentials800 = Array.from({ length: 800 }, () => genuine);
    const floods: { name: string; send: () => Promise<Outcome>; concurrency: number }[] = [
      {
        name: '25 aliases x 800 credentials (20,000 verifications, 4 at once)',
        concurrency: 4,
        send: () =>
          post(gateway, {
            query: `query ($c: [String!]!) { ${Array.from({ length: 25 }, (_, index) => `v${index}: verifyCredentials(credentials: $c) { verdict }`).join(' ')} }`,
            variables: { c: credentials800 },
          }),
      },
      {
        name: '1,000 aliases of verifyCredential',
        concurrency: 4,
        send: () =>
          post(gateway, {
            query: `query ($c: String!) { ${Array.from({ length: 1000 }, (_, index) => `v${index}: verifyCredential(credential: $c) { verdict }`).join(' ')} }`,
            variables: { c: genuine },
          }),
      },
      {
        name: '5 MB query of __typename aliases',
        concurrency: 4,
        send: () => post(gateway, { query: `{ ${Array.from({ length: 300_000 }, (_, index) => `t${index}: __typename`).join(' ')} }` }),
      },
      {
        name: 'fan-out organisations(first: 100) > microCredentials > provider > ...',
        concurrency: 4,
        send: () => post(gateway, { query: '{ organisations(first: 100) { nodes { microCredentials { provider { microCredentials { provider { legalName } } } } } } }' }),
      },
      { name: 'public documents: /issuers/%2e%2e/health', concurrency: 4, send: () => rawGet(publicUrl, '/issuers/%2e%2e/health') },
      { name: 'public documents: /status-lists/%2e%2e/health', concurrency: 4, send: () => rawGet(publicUrl, '/status-lists/%2e%2e/health') },
    ];

    console.log(`bench:abuse: ${ROUNDS} rounds per flood, anonymous, against a hub of five processes on this machine\n`);
    console.log('flood | requests | answers (code x count) | median time to refuse');
    for (const flood of floods) {
      const outcomes: Outcome[] = [];
      for (let round = 0; round < ROUNDS; round += 1) outcomes.push(...(await Promise.all(Array.from({ length: flood.concurrency }, () => flood.send()))));
      const refused = outcomes.filter((outcome) => outcome.status >= 400 || outcome.code !== 'OK');
      console.log(`${flood.name} | ${outcomes.length} | ${tally(outcomes)} | ${ms(median(refused.map((outcome) => outcome.ms)))}`);
    }

    // Within the limits: batches of 1,000 genuine credentials, 8 at once, for BATCH_SECONDS.
    const batch = Array.from({ length: 1000 }, () => genuine);
    const outcomes: Outcome[] = [];
    const until = Date.now() + BATCH_SECONDS * 1000;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (Date.now() < until) outcomes.push(await post(gateway, { query: 'query ($c: [String!]!) { verifyCredentials(credentials: $c) { verdict } }', variables: { c: batch } }));
      }),
    );
    const answered = outcomes.filter((outcome) => outcome.code === 'OK');
    const refused = outcomes.filter((outcome) => outcome.code !== 'OK');
    console.log(
      `allowed batches of 1,000 credentials, 8 at once for ${BATCH_SECONDS} s | ${outcomes.length} | ${tally(outcomes)} | ${ms(median(refused.map((outcome) => outcome.ms)))}` +
        ` (answered: median ${ms(median(answered.map((outcome) => outcome.ms)))})`,
    );
    watching = false;
    await watcher;

    console.log('\nprocess | idle MB | peak MB | peak above idle MB');
    for (const [name, child] of Object.entries(children)) {
      const { peak } = memoryOf(child.pid!);
      console.log(`${name} | ${Math.round(idle[name])} | ${Math.round(peak)} | ${Math.round(peak - idle[name])}`);
    }
    const all = [...verdicts.values()].reduce((sum, count) => sum + count, 0);
    console.log(`\nwell-behaved caller, the genuine credential verified ${all} times during the floods: ${[...verdicts].map(([verdict, count]) => `${verdict} x ${count}`).join(', ')}`);
    const verificationPeak = memoryOf(children.verification.pid!).peak - idle.verification;
    console.log(`goal: all VALID -> ${verdicts.size === 1 && verdicts.has('VALID') ? 'met' : 'NOT met'}; verification peak under 300 MB above idle -> ${verificationPeak < 300 ? 'met' : 'NOT met'} (${Math.round(verificationPeak)} MB)`);
  } finally {
    await hub.stop();
  }
}

const tally = (outcomes: Outcome[]) => {
  const counts = new Map<string, number>();
  for (const outcome of outcomes) {
    const key = outcome.code === 'OK' ? 'answered' : `${outcome.status} ${outcome.code}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => `${key} x ${count}`).join(', ');
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
