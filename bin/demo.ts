import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ConfigError, readConfig } from '../platform/config';
import { LocalTokenIssuer } from '../platform/local-token-issuer';
import { HubRequestError, hubClient } from '../demo/client';
import { demoExamples, renderExamples } from '../demo/examples';
import { hubAnswers, startLocalHub, type LocalHub } from '../hub/local-hub';
import { loadDemoData } from '../demo/load';

const usage = `Loads the pilots' demo data into the hub through its gateway, then prints a token for each role and
example operations to paste. Safe to run again: what is there already is found, not added twice.

  npm run demo [-- --url http://localhost:4000/graphql] [--expires 12h]

When no hub answers at the URL, the demo starts one in this process (as npm start does, but with
VERIFICATION_CACHE_MAX_SECONDS=10 unless set) and keeps it running until Ctrl-C. Tokens come from the hub's local token issuer in DATA_DIR, so a running hub must use
the same DATA_DIR (the default .data is the same for both).`;

async function main() {
  const { values } = parseArgs({
    options: { url: { type: 'string' }, expires: { type: 'string', default: '12h' }, help: { type: 'boolean' } },
  });
  if (values.help) throw new ConfigError(usage);
  const config = readConfig();
  if (config.AUTH_JWKS_URL || config.AUTH_JWKS_FILE) {
    throw new ConfigError('The demo signs its tokens with the local token issuer, but AUTH_JWKS_URL/AUTH_JWKS_FILE is set: the hub would refuse them.');
  }
  let url = values.url ?? process.env.HUB_URL ?? `http://localhost:${config.GATEWAY_PORT}/graphql`;
  let local: LocalHub | undefined;
  if (await hubAnswers(url)) {
    console.log(`Loading the demo data through the hub at ${url}`);
  } else {
    console.log(`No hub answers at ${url}: starting one here (PostgreSQL, four subgraphs, gateway)…`);
    // A demo hub's verifier keeps status lists for 10 s (unless configured), so that a revocation tried out
    // in the demo shows in a verification at once rather than after the default five minutes.
    local = await startLocalHub(readConfig({ VERIFICATION_CACHE_MAX_SECONDS: '10', ...process.env }));
    url = local.url;
    console.log(`Hub started; loading the demo data through ${url}`);
  }
  const issuer = await LocalTokenIssuer.open(config);
  const client = hubClient(url, (caller) =>
    issuer.issue({ subject: caller.subject ?? `${caller.roles[0]}-demo`, roles: caller.roles, organisationId: caller.organisationId, expiresIn: values.expires }),
  );
  try {
    const started = Date.now();
    const data = await loadDemoData(client, { log: (line) => console.log(`  ${line}`) });
    for (const warning of data.warnings) console.log(`  Note: ${warning}`);
    console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s. Dates count from ${data.anchor.toISOString().slice(0, 7)}, the month the demo data was first loaded.\n`);
    console.log(renderExamples(url, await demoExamples(client, data), values.expires!));
    console.log(`\nThe whole flow as a story: npm run demo:story`);
  } catch (error) {
    await local?.stop();
    if (error instanceof HubRequestError && error.status === 401) {
      throw new ConfigError(
        `The hub at ${url} refused the demo's token (${error.errors[0].message}). The demo signs tokens with the local issuer in ` +
          `${config.DATA_DIR}/identity: run it with the same DATA_DIR as the hub.`,
      );
    }
    throw error;
  }
  if (local) console.log(`\nThe hub keeps running at ${url} (IDE: ${url.replace(/\/graphql$/, '/')}). Press Ctrl-C to stop it.`);
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
