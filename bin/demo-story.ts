import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ConfigError, readConfig } from '../platform/config';
import { LocalTokenIssuer } from '../platform/local-token-issuer';
import { HubRequestError, hubClient } from '../demo/client';
import { hubAnswers, startLocalHub, type LocalHub } from '../hub/local-hub';
import { runStory } from '../demo/story';

const usage = `Walks the pilots' story through the hub's gateway and tells each step in plain words: MYH accredits
Sobona; Sobona publishes an entry and issues it to a cohort; a learner lists and shares; an employer verifies
the share; Sobona revokes the award; the employer verifies again; an analyst sees the statistics change.

  npm run demo:story [-- --url http://localhost:4000/graphql]

When no hub answers at the URL, the story starts one in this process for the run, with the verifier keeping
status lists for 5 seconds (VERIFICATION_CACHE_MAX_SECONDS=5). Against a running hub the story waits until
that hub's verifier reads the status list again: up to VERIFICATION_STATUS_MAX_SECONDS (default 60).`;

async function main() {
  const { values } = parseArgs({ options: { url: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) throw new ConfigError(usage);
  let url = values.url ?? process.env.HUB_URL ?? `http://localhost:${readConfig().GATEWAY_PORT}/graphql`;
  let local: LocalHub | undefined;
  let cacheSeconds = Math.min(Number(process.env.VERIFICATION_STATUS_MAX_SECONDS ?? 60), Number(process.env.VERIFICATION_CACHE_MAX_SECONDS ?? 300));
  if (!(await hubAnswers(url))) {
    console.log(`No hub answers at ${url}: starting one here for the story…`);
    cacheSeconds = Number(process.env.VERIFICATION_CACHE_MAX_SECONDS ?? 5);
    local = await startLocalHub(readConfig({ ...process.env, VERIFICATION_CACHE_MAX_SECONDS: String(cacheSeconds) }));
    url = local.url;
  }
  const config = readConfig();
  if (config.AUTH_JWKS_URL || config.AUTH_JWKS_FILE) {
    throw new ConfigError('The story signs its tokens with the local token issuer, but AUTH_JWKS_URL/AUTH_JWKS_FILE is set: the hub would refuse them.');
  }
  const issuer = await LocalTokenIssuer.open(config);
  const client = hubClient(url, (caller) =>
    issuer.issue({ subject: caller.subject ?? `${caller.roles[0]}-story`, roles: caller.roles, organisationId: caller.organisationId, expiresIn: '1h' }),
  );
  try {
    await runStory(client, { statusWait: { timeoutMs: (cacheSeconds + 30) * 1000, intervalMs: Math.min(5_000, Math.max(1_000, cacheSeconds * 200)) } });
  } catch (error) {
    if (error instanceof HubRequestError && error.status === 401) {
      throw new ConfigError(`The hub at ${url} refused the story's token (${error.errors[0].message}): run it with the same DATA_DIR as the hub.`);
    }
    throw error;
  } finally {
    await local?.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  },
);
