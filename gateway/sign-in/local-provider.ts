import { randomBytes } from 'node:crypto';
import express from 'express';
import { exportJWK, generateKeyPair } from 'jose';
import { ConfigError, type HubConfig } from '../../platform/config';
import { logger } from '../../platform/logging';
import { DEMO_LEARNER_SERIAL, LEARNER_COUNT, SHARES, demoLearner } from '../../demo/data';

/** Where the gateway mounts the local provider; its issuer is <PUBLIC_URL>/local-eid. */
export const LOCAL_PROVIDER_PATH = '/local-eid';
export const LOCAL_CLIENT_ID = 'mikromeriter-hub-local';

/** A person the local provider can sign in: the demo's synthetic learners, and one the demo never issued to. */
export interface TestPerson {
  accountId: string;
  givenName: string;
  familyName: string;
  personalNumber: string;
  note: { sv: string; en: string };
}

/**
 * The test people: the demo learner whose token `npm run demo` prints, the other learners who share, and a
 * person with no awards (a first sign-in makes them an empty account). Their personnummer are the demo's
 * synthetic ones (demo/data.ts), so after `npm run demo` they sign in to the awards issued to them.
 */
export function testPeople(): TestPerson[] {
  const serials = [DEMO_LEARNER_SERIAL, ...SHARES.map((share) => share.learnerSerial).filter((serial) => serial !== DEMO_LEARNER_SERIAL)];
  const people = serials.map((serial) => {
    const learner = demoLearner(serial);
    const [givenName, ...rest] = learner.name.split(' ');
    return {
      accountId: `demo-${serial}`,
      givenName,
      familyName: rest.join(' '),
      personalNumber: learner.personalNumber,
      note: serial === DEMO_LEARNER_SERIAL
        ? { sv: 'demons elev (LEARNER_TOKEN)', en: "the demo's learner (LEARNER_TOKEN)" }
        : { sv: 'delar meriter i demon', en: 'shares awards in the demo' },
    };
  });
  const newcomer = demoLearner(LEARNER_COUNT + 1);
  const [givenName, ...rest] = newcomer.name.split(' ');
  people.push({
    accountId: `demo-${LEARNER_COUNT + 1}`,
    givenName,
    familyName: rest.join(' '),
    personalNumber: newcomer.personalNumber,
    note: { sv: 'inga meriter: första inloggningen skapar ett tomt konto', en: 'no awards: the first sign-in creates an empty account' },
  });
  return people;
}

export interface LocalProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  router: express.Router;
}

/**
 * A real OpenID Provider (`oidc-provider`) for development and tests, so the whole sign-in runs on one
 * machine: authorization code with PKCE, signed ID tokens, the personnummer in the configured claim. Its login
 * page lists the test people (and takes any personnummer, for trying what the hub does with it). Never in
 * production: the hub refuses to start with it there.
 */
export async function startLocalProvider(config: HubConfig, options: { publicUrl: string; redirectUrl: string }): Promise<LocalProvider> {
  if (config.NODE_ENV === 'production') throw new ConfigError('EID_LOCAL_PROVIDER: the local e-ID provider never runs in production; set EID_ISSUER_URL');
  // ESM-only, and loaded only when it runs: a production start never loads it.
  const { default: Provider } = await import('oidc-provider');
  const issuer = `${options.publicUrl}${LOCAL_PROVIDER_PATH}`;
  const clientSecret = randomBytes(24).toString('base64url');
  const people = new Map(testPeople().map((person) => [person.accountId, person]));
  const claimName = config.EID_PERSONAL_NUMBER_CLAIM;
  const scopes = [...new Set(['openid', 'profile', ...config.EID_SCOPE.split(/\s+/).filter(Boolean)])];
  // The personnummer comes with every scope that is neither openid nor profile (the Swedish profile's naturalPersonNumber).
  const numberScopes = scopes.filter((scope) => scope !== 'openid' && scope !== 'profile');
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), kid: `local-eid-${Date.now().toString(36)}`, alg: 'ES256', use: 'sig' };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: LOCAL_CLIENT_ID,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUrl],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_basic',
        id_token_signed_response_alg: 'ES256',
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    scopes,
    claims: {
      openid: ['sub'],
      profile: ['name', 'given_name', 'family_name'],
      ...Object.fromEntries(numberScopes.map((scope) => [scope, [claimName]])),
    },
    // A sign-in is short: nothing of the provider's outlives ten minutes (its state is in memory, for one process).
    ttl: { AuthorizationCode: 60, Interaction: 600, Session: 600, Grant: 600, AccessToken: 300, IdToken: 300 },
    // The released claims go in the ID token itself, as e-ID brokers do.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false }, userinfo: { enabled: true } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `${LOCAL_PROVIDER_PATH}/interaction/${interaction.uid}` },
    async findAccount(_ctx: unknown, accountId: string) {
      const person = people.get(accountId) ?? typedPerson(accountId);
      if (!person) return undefined;
      return {
        accountId,
        claims: async () => ({
          sub: accountId,
          name: `${person.givenName} ${person.familyName}`.trim(),
          given_name: person.givenName,
          family_name: person.familyName,
          [claimName]: person.personalNumber,
        }),
      };
    },
    // The hub is this provider's only client, a first party: what it asks for is granted without a consent page.
    async loadExistingGrant(ctx: any) {
      if (!ctx.oidc.session?.accountId) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope(String(ctx.oidc.params.scope ?? 'openid'));
      await grant.save();
      return grant;
    },
    async renderError(ctx: any, out: Record<string, string>) {
      ctx.type = 'html';
      ctx.body = page('Fel / Error', `<h1>Inloggningen avbröts / Sign-in stopped</h1><p>${escapeHtml(out.error ?? '')}: ${escapeHtml(out.error_description ?? '')}</p>`);
    },
  } as any);
  if (config.TRUST_PROXY) provider.proxy = true;

  const router = express.Router();
  const form = express.urlencoded({ extended: false, limit: '4kb' });
  router.get(`${LOCAL_PROVIDER_PATH}/interaction/:uid`, async (request, response, next) => {
    try {
      const details = await provider.interactionDetails(request, response);
      response.set(PAGE_HEADERS).type('html').send(loginPage(details.uid, [...people.values()]));
    } catch (error) {
      next(error);
    }
  });
  router.post(`${LOCAL_PROVIDER_PATH}/interaction/:uid/login`, form, async (request, response, next) => {
    try {
      const chosen = String(request.body?.person ?? '');
      const typed = String(request.body?.personalNumber ?? '').trim();
      const accountId = typed ? `typed-${typed}` : people.has(chosen) ? chosen : null;
      if (!accountId) {
        const details = await provider.interactionDetails(request, response);
        response.status(400).set(PAGE_HEADERS).type('html').send(loginPage(details.uid, [...people.values()], true));
        return;
      }
      await provider.interactionFinished(request, response, { login: { accountId } }, { mergeWithLastSubmission: false });
    } catch (error) {
      next(error);
    }
  });
  router.get(`${LOCAL_PROVIDER_PATH}/interaction/:uid/abort`, async (request, response, next) => {
    try {
      await provider.interactionFinished(request, response, { error: 'access_denied', error_description: 'the person cancelled the sign-in' }, { mergeWithLastSubmission: false });
    } catch (error) {
      next(error);
    }
  });
  router.use(LOCAL_PROVIDER_PATH, provider.callback());
  logger.warn({ issuer }, 'local e-ID provider with test people (development only)');
  return { issuer, clientId: LOCAL_CLIENT_ID, clientSecret, router };
}

/** A personnummer typed on the login page: passed on as it is, valid or not, so the hub's checks can be tried. */
function typedPerson(accountId: string): TestPerson | undefined {
  if (!accountId.startsWith('typed-')) return undefined;
  const personalNumber = accountId.slice('typed-'.length);
  return { accountId, givenName: 'Testperson', familyName: personalNumber, personalNumber, note: { sv: '', en: '' } };
}

const PAGE_HEADERS = {
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
};

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0; color: #1a1a1a; background: #fff; line-height: 1.5; }
  header { background: #4a1d6e; color: #fff; padding: 0.75rem 1rem; }
  main { max-width: 40rem; margin: 1rem auto; padding: 0 1rem; }
  fieldset { border: 1px solid #767676; padding: 0.5rem 1rem; margin: 0 0 1rem; }
  label { display: block; padding: 0.35rem 0; }
  input[type=text] { font-size: 1rem; padding: 0.4rem; width: 100%; max-width: 20rem; border: 1px solid #767676; }
  button { font-size: 1rem; padding: 0.5rem 1.25rem; background: #4a1d6e; color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
  a { color: #4a1d6e; }
  .note { color: #4d4d4d; }
  .error { color: #a10000; font-weight: bold; }
  :focus-visible { outline: 3px solid #e0a000; outline-offset: 2px; }
</style>
</head>
<body>
<header><p><strong>Lokal e-legitimation (test)</strong> <span lang="en">/ Local e-ID (test)</span></p></header>
<main>
${body}
</main>
</body>
</html>`;
}

function loginPage(uid: string, people: TestPerson[], problem = false): string {
  const options = people
    .map(
      (person, index) =>
        `<label><input type="radio" name="person" value="${escapeHtml(person.accountId)}"${index === 0 ? ' checked' : ''}> ` +
        `${escapeHtml(person.givenName)} ${escapeHtml(person.familyName)}, ${escapeHtml(person.personalNumber)} ` +
        `<span class="note">(${escapeHtml(person.note.sv)} / <span lang="en">${escapeHtml(person.note.en)}</span>)</span></label>`,
    )
    .join('\n');
  return page(
    'Logga in med e-legitimation (test)',
    `<h1>Logga in med e-legitimation <span lang="en">/ Sign in with e-ID</span></h1>
<p>Det här är hubbens lokala testleverantör, inte BankID. Välj en testperson. <span lang="en">This is the hub's local test provider, not BankID. Choose a test person.</span></p>
${problem ? '<p class="error" role="alert">Välj en testperson eller skriv ett personnummer. <span lang="en">Choose a test person or type a personnummer.</span></p>' : ''}
<form method="post" action="${LOCAL_PROVIDER_PATH}/interaction/${escapeHtml(uid)}/login">
<fieldset>
<legend>Testpersoner <span lang="en">/ Test people</span></legend>
${options}
</fieldset>
<p><label for="personal-number">Eller ett annat personnummer (ersätter valet ovan) <span lang="en">/ Or another personnummer (replaces the choice above)</span></label>
<input type="text" id="personal-number" name="personalNumber" autocomplete="off" inputmode="numeric"></p>
<p><button type="submit">Logga in <span lang="en">/ Sign in</span></button></p>
</form>
<p><a href="${LOCAL_PROVIDER_PATH}/interaction/${escapeHtml(uid)}/abort">Avbryt <span lang="en">/ Cancel</span></a></p>`,
  );
}
