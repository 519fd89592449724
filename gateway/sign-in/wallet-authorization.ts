import { randomBytes, timingSafeEqual } from 'node:crypto';
import express from 'express';
import { logger } from '../../platform/logging';
import {
  WALLET_AUTHORIZATION_PATH,
  WALLET_AUTHORIZE_PATH,
  type AuthorizationErrorCode,
  type ConsentAward,
  type WalletAuthorizationAnswer,
  type WalletAuthorizationCall,
  type WalletAuthorizationRequest,
} from '../../platform/wallet-authorization';
import type { SignInCookies, WebSession } from './cookies';

/** The consent page, where the request goes after the sign-in (a path the sign-in accepts as its return). */
export const WALLET_CONSENT_PATH = `${WALLET_AUTHORIZE_PATH}/consent`;
/** How long a wallet's request may wait for the learner's sign-in and consent. */
const PENDING_SECONDS = 600;
/** What the wallet may name, all short: the request travels sealed in a cookie. */
const MAX = { clientId: 200, redirectUri: 500, state: 500, issuerState: 100, details: 4000 };
/** Schemes a redirect_uri may never have (a wallet's is https, a loopback http, or its own app scheme, RFC 8252). */
const FORBIDDEN_SCHEMES = new Set(['javascript:', 'data:', 'vbscript:', 'file:', 'blob:', 'about:', 'filesystem:', 'ws:', 'wss:', 'ftp:']);
const CONFIGURATION_ID = /^[a-z0-9_]{1,60}$/;

interface Pending {
  /** Ties the consent form to this one request. */
  rid: string;
  request: WalletAuthorizationRequest;
}

export interface WalletAuthorizationDeps {
  base: string;
  cookies: SignInCookies;
  liveSession(request: express.Request): Promise<WebSession | null>;
  /** A call to an awards internal route as the gateway's sign-in (its call token). */
  callAwards(path: string, body: unknown): Promise<{ status: number; body: unknown }>;
}

class Unsafe extends Error {}

/**
 * The OpenID4VCI authorization endpoint (OpenID4VCI 1.0 section 5, RFC 6749 section 4.1, PKCE RFC 7636, RFC 9396,
 * RFC 9207), on the learner's e-ID sign-in: GET /openid4vci/authorize checks the wallet's request, keeps it sealed
 * in a cookie and sends the person through the hub's sign-in when there is no session; the consent page
 * (/openid4vci/authorize/consent) shows what the wallet asks for and where the answer goes; the learner's choice
 * gets a single-use code from awards (/internal/wallet-authorization), sent back to the wallet's redirect_uri with
 * the state and the issuer (`iss`). Wallets are public clients with no registration, so nothing is given without
 * the learner's press of the button on that page (a session alone never sends a code to a redirect_uri).
 * Errors go back to the redirect_uri as RFC 6749 section 4.1.2.1 says, except when client_id or redirect_uri is
 * missing or not acceptable: then a plain page, never a redirect.
 */
export function mountWalletAuthorization(router: express.Router, deps: WalletAuthorizationDeps) {
  const { base, cookies } = deps;
  const cookiePath = WALLET_AUTHORIZE_PATH;

  router.get(WALLET_AUTHORIZE_PATH, async (request, response) => {
    noStore(response);
    let query: URLSearchParams;
    let clientId: string;
    let redirectUri: string;
    try {
      query = singleValues(request.originalUrl);
      ({ clientId, redirectUri } = clientOf(query));
    } catch (error) {
      return plainPage(response, 400, 'Begäran från plånboken går inte att besvara', (error as Error).message);
    }
    const back = (code: string, description: string) => redirectBack(response, redirectUri, { error: code, error_description: description, state: query.get('state') ?? undefined });
    if (query.has('request') || query.has('request_uri')) return back('invalid_request', 'request objects and pushed authorization requests are not supported: send the parameters in the query');
    if (query.get('response_type') !== 'code') return back('unsupported_response_type', 'response_type must be code');
    if (query.has('response_mode') && query.get('response_mode') !== 'query') return back('invalid_request', 'response_mode must be query');
    const challenge = query.get('code_challenge');
    if (!challenge) return back('invalid_request', 'PKCE is required: send code_challenge with code_challenge_method S256');
    if (query.get('code_challenge_method') !== 'S256') return back('invalid_request', 'code_challenge_method must be S256 (plain is not accepted)');
    if (!/^[A-Za-z0-9_-]{43}$/.test(challenge)) return back('invalid_request', 'code_challenge must be the base64url SHA-256 of the code_verifier (43 characters)');
    if (query.has('resource') && query.get('resource')!.replace(/\/$/, '') !== base) return back('invalid_target', 'the only resource here is the credential issuer itself');
    const state = query.get('state') ?? undefined;
    if (state !== undefined && (state.length > MAX.state || !state)) return back('invalid_request', `state must be 1-${MAX.state} characters`);
    const issuerState = query.get('issuer_state') ?? undefined;
    if (issuerState !== undefined && (!issuerState || issuerState.length > MAX.issuerState)) return back('access_denied', 'the credential offer is not known');
    let authorizationDetails: string[] | undefined;
    if (query.has('authorization_details')) {
      const parsed = configurationsOfDetails(query.get('authorization_details')!);
      if (typeof parsed === 'string') return back('invalid_authorization_details', parsed);
      authorizationDetails = parsed;
    }
    let scope: string[] | undefined;
    if (!authorizationDetails && query.get('scope')) {
      scope = [...new Set(query.get('scope')!.split(' ').filter(Boolean))];
      if (!scope.length || scope.length > 10 || !scope.every((value) => CONFIGURATION_ID.test(value))) return back('invalid_scope', 'scope names credential configurations of this issuer');
    }
    if (!issuerState && !authorizationDetails && !scope) return back('invalid_request', 'name the credentials: issuer_state from an offer, authorization_details or scope');
    const pending: Pending = {
      rid: randomBytes(16).toString('base64url'),
      request: { clientId, redirectUri, codeChallenge: challenge, state, issuerState, scope, authorizationDetails },
    };
    await cookies.writeWalletAuthorization(response, { ...pending }, PENDING_SECONDS, cookiePath);
    const session = await deps.liveSession(request);
    response.redirect(303, session ? WALLET_CONSENT_PATH : `/sign-in?return=${encodeURIComponent(WALLET_CONSENT_PATH)}`);
  });

  router.get(WALLET_CONSENT_PATH, async (request, response) => {
    noStore(response);
    const pending = await readPending(request);
    if (!pending) return plainPage(response, 400, 'Ingen begäran från en plånbok pågår', 'Börja om i plånboken: begäran är gammal (mer än 10 minuter) eller redan besvarad. / Start again in the wallet.');
    const signInError = typeof request.query['sign-in-error'] === 'string' ? request.query['sign-in-error'] : null;
    if (signInError) return finish(response, pending, { error: 'access_denied', error_description: `the e-ID sign-in did not complete (${signInError.slice(0, 40)})` });
    const session = await deps.liveSession(request);
    if (!session) return void response.redirect(303, `/sign-in?return=${encodeURIComponent(WALLET_CONSENT_PATH)}`);
    const answer = await askAwards({ action: 'consent', learnerId: session.learnerId, request: pending.request });
    if ('error' in answer) return finish(response, pending, answer);
    if (!('awards' in answer)) return finish(response, pending, { error: 'server_error', error_description: 'unexpected answer' });
    consentPage(response, pending, answer, cookies.csrfToken(session));
  });

  router.post(WALLET_CONSENT_PATH, express.urlencoded({ extended: false, limit: '16kb', parameterLimit: 200 }), async (request, response) => {
    noStore(response);
    const pending = await readPending(request);
    if (!pending) return plainPage(response, 400, 'Ingen begäran från en plånbok pågår', 'Börja om i plånboken. / Start again in the wallet.');
    const session = await deps.liveSession(request);
    const form = (request.body ?? {}) as Record<string, string | string[]>;
    const one = (name: string) => (typeof form[name] === 'string' ? (form[name] as string) : '');
    if (!session || !cookies.csrfMatches(session, one('csrf')) || !same(one('rid'), pending.rid)) {
      return plainPage(response, 403, 'Godkännandet gick inte att ta emot', 'Sidan hör inte till din inloggning (eller den har gått ut). Börja om i plånboken. / Start again in the wallet.');
    }
    if (one('decision') !== 'allow') return finish(response, pending, { error: 'access_denied', error_description: 'the learner declined' });
    const chosen = form.award === undefined ? [] : Array.isArray(form.award) ? form.award : [form.award];
    const answer = await askAwards({ action: 'grant', learnerId: session.learnerId, request: pending.request, awardIds: chosen.slice(0, 100) });
    if ('error' in answer) return finish(response, pending, answer);
    if (!('code' in answer)) return finish(response, pending, { error: 'server_error', error_description: 'unexpected answer' });
    finish(response, pending, { code: answer.code });
  });

  async function readPending(request: express.Request): Promise<Pending | null> {
    const payload = await cookies.readWalletAuthorization(request);
    const pendingRequest = payload?.request as WalletAuthorizationRequest | undefined;
    if (!payload || typeof payload.rid !== 'string' || !pendingRequest || typeof pendingRequest.redirectUri !== 'string' || typeof pendingRequest.clientId !== 'string') return null;
    return { rid: payload.rid, request: pendingRequest };
  }

  async function askAwards(call: WalletAuthorizationCall): Promise<WalletAuthorizationAnswer> {
    try {
      const { status, body } = await deps.callAwards(WALLET_AUTHORIZATION_PATH, call);
      if (status !== 200 || !body || typeof body !== 'object') throw new Error(`awards answered ${status}`);
      return body as WalletAuthorizationAnswer;
    } catch (error) {
      logger.warn({ err: error }, 'wallet authorization: awards unavailable');
      return { error: 'temporarily_unavailable', error_description: 'the awards service could not be reached: try again shortly' };
    }
  }

  /** The answer to the wallet, at its redirect_uri; the request is done whatever it was. */
  function finish(response: express.Response, pending: Pending, result: { code: string } | { error: string; error_description?: string }) {
    cookies.clearWalletAuthorization(response, cookiePath);
    if ('error' in result) logger.info({ error: result.error, client: pending.request.clientId }, 'wallet authorization refused');
    redirectBack(response, pending.request.redirectUri, { ...result, state: pending.request.state });
  }

  function redirectBack(response: express.Response, redirectUri: string, parameters: Record<string, string | undefined>) {
    const target = new URL(redirectUri);
    for (const [name, value] of Object.entries(parameters)) if (value !== undefined) target.searchParams.set(name, value);
    target.searchParams.set('iss', base);
    response.set('referrer-policy', 'no-referrer').redirect(303, target.href);
  }
}

/** Production with no e-ID provider: there is no one to sign in, so no authorization endpoint either. */
export function mountDisabledWalletAuthorization(router: express.Router) {
  router.all([WALLET_AUTHORIZE_PATH, WALLET_CONSENT_PATH], (_request, response) => {
    noStore(response);
    plainPage(response, 404, 'Inloggning med e-legitimation finns inte här', 'This hub offers credentials by pre-authorized code only.');
  });
}

/** Each query parameter once (RFC 6749 section 3.1: a parameter sent twice is an error). */
function singleValues(originalUrl: string): URLSearchParams {
  const query = new URLSearchParams(originalUrl.split('?')[1] ?? '');
  const seen = new Set<string>();
  for (const name of query.keys()) {
    if (seen.has(name)) throw new Unsafe(`${name} is sent more than once`);
    seen.add(name);
  }
  return query;
}

/** client_id and redirect_uri, or why the endpoint must not redirect at all. */
function clientOf(query: URLSearchParams): { clientId: string; redirectUri: string } {
  const clientId = query.get('client_id');
  if (!clientId || clientId.length > MAX.clientId || !/^[\x21-\x7e]+$/.test(clientId)) throw new Unsafe('client_id saknas eller är ogiltigt. / client_id is missing or not acceptable.');
  const redirectUri = query.get('redirect_uri');
  if (!redirectUri || redirectUri.length > MAX.redirectUri) throw new Unsafe('redirect_uri saknas. / redirect_uri is missing.');
  let parsed: URL;
  try {
    parsed = new URL(redirectUri);
  } catch {
    throw new Unsafe('redirect_uri är ingen adress. / redirect_uri is not an absolute URI.');
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
  if (parsed.hash || FORBIDDEN_SCHEMES.has(parsed.protocol) || (parsed.protocol === 'http:' && !loopback) || parsed.username || parsed.password) {
    throw new Unsafe('redirect_uri går inte att använda (https, http till den egna datorn eller appens eget schema, utan fragment). / redirect_uri is not acceptable.');
  }
  return { clientId, redirectUri };
}

/** authorization_details (RFC 9396) of type openid_credential, each naming a credential_configuration_id. */
function configurationsOfDetails(value: string): string[] | string {
  if (value.length > MAX.details) return 'authorization_details is too long';
  let details: unknown;
  try {
    details = JSON.parse(value);
  } catch {
    return 'authorization_details is not JSON';
  }
  if (!Array.isArray(details) || !details.length || details.length > 10) return 'authorization_details must be a list of 1-10 objects';
  const ids: string[] = [];
  for (const detail of details) {
    if (!detail || typeof detail !== 'object' || (detail as { type?: unknown }).type !== 'openid_credential') return 'each authorization detail must be of type openid_credential';
    const id = (detail as { credential_configuration_id?: unknown }).credential_configuration_id;
    if (typeof id !== 'string' || !CONFIGURATION_ID.test(id)) return 'each authorization detail names a credential_configuration_id of this issuer';
    ids.push(id);
  }
  return [...new Set(ids)];
}

function same(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function noStore(response: express.Response) {
  response.set('cache-control', 'no-store').set('pragma', 'no-cache');
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const PAGE_HEADERS = {
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'",
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
};

const STYLE = `body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}
h1{font-size:1.5rem}fieldset{border:1px solid #8a8a8a;border-radius:.3rem;margin:1rem 0}label{display:block;margin:.4rem 0}
.where{background:#f3f3f3;padding:.5rem;border-radius:.3rem;word-break:break-all}button{font-size:1rem;padding:.5rem 1rem;margin-right:.5rem}
button[value=allow]{background:#1d3b5a;color:#fff;border:0}`;

function plainPage(response: express.Response, status: number, title: string, message: string) {
  response
    .status(status)
    .set(PAGE_HEADERS)
    .type('html')
    .send(`<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(title)}</title><style>${STYLE}</style></head><body><main><h1>${escape(title)}</h1><p>${escape(message)}</p></main></body></html>`);
}

const FORMAT_NAMES: Record<string, string> = {
  micro_credential_jwt_vc_json: 'W3C Verifiable Credential (jwt_vc_json)',
  micro_credential_dc_sd_jwt: 'SD-JWT VC (dc+sd-jwt, EU:s digitala identitetsplånbok)',
};

/** What the wallet asks for, where the answer goes, and the learner's choice of award(s). */
function consentPage(response: express.Response, pending: Pending, answer: { awards: ConsentAward[]; several: boolean; configurationIds: string[] }, csrf: string) {
  const target = new URL(pending.request.redirectUri);
  const where = target.protocol === 'https:' || target.protocol === 'http:' ? target.origin : `${target.protocol}//${target.host}${target.pathname}`;
  const single = answer.awards.length === 1;
  const inputType = answer.several ? 'checkbox' : 'radio';
  const items = answer.awards
    .map(
      (award, index) =>
        `<label><input type="${inputType}" name="award" value="${escape(award.id)}"${single || (answer.several ? true : index === 0) ? ' checked' : ''}${single ? ' required' : ''}> ${escape(award.title)} – ${escape(award.issuerName)}, ${escape(award.issuedOn)}</label>`,
    )
    .join('');
  const legend = answer.several ? 'Välj mikromeriter / Choose micro-credentials' : single ? 'Mikromeritet / The micro-credential' : 'Välj ett mikromerit / Choose one micro-credential';
  const body = `<main>
<h1>Lägg i digital plånbok</h1>
<p>En digital plånbok ber att få hämta ${answer.several ? 'dina mikromeriter' : 'ett av dina mikromeriter'}, bundet till plånbokens nyckel. / A wallet asks for ${answer.several ? 'your micro-credentials' : 'one of your micro-credentials'}.</p>
<p>Plånboken (client_id) / The wallet: <span class="where">${escape(pending.request.clientId)}</span></p>
<p>Svaret skickas till / The answer goes to: <span class="where">${escape(where)}</span></p>
<p>Format: ${answer.configurationIds.map((id) => escape(FORMAT_NAMES[id] ?? id)).join(', ')}</p>
<form method="post" action="${WALLET_CONSENT_PATH}">
<input type="hidden" name="csrf" value="${escape(csrf)}"><input type="hidden" name="rid" value="${escape(pending.rid)}">
<fieldset><legend>${legend}</legend>${items}</fieldset>
<p>Godkänn bara om du själv startade detta i din plånbok. / Approve only if you started this in your own wallet.</p>
<button type="submit" name="decision" value="allow">Godkänn / Approve</button><button type="submit" name="decision" value="deny">Avbryt / Cancel</button>
</form></main>`;
  response
    .status(200)
    .set(PAGE_HEADERS)
    .type('html')
    .send(`<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Lägg i digital plånbok</title><style>${STYLE}</style></head><body>${body}</body></html>`);
}
