import { randomBytes, timingSafeEqual } from 'node:crypto';
import express from 'express';
import { logger } from '../../platform/logging';
import {
  REQUEST_URI,
  REQUEST_URI_REFUSED,
  WALLET_AUTHORIZATION_PATH,
  WALLET_AUTHORIZE_PATH,
  WALLET_PAR_PATH,
  isClientId,
  readAuthorizationRequest,
  singleValued,
  type AuthorizationParameters,
  type ConsentAward,
  type PushedRequestAnswer,
  type PushedRequestCall,
  type WalletAuthorizationAnswer,
  type WalletAuthorizationCall,
  type WalletAuthorizationRequest,
  type WalletClients,
} from '../../platform/wallet-authorization';
import type { SignInCookies, WebSession } from './cookies';

/** The consent page, where the request goes after the sign-in (a path the sign-in accepts as its return). */
export const WALLET_CONSENT_PATH = `${WALLET_AUTHORIZE_PATH}/consent`;
/** How long a wallet's request may wait for the learner's sign-in and consent. */
const PENDING_SECONDS = 600;

interface Pending {
  /** Ties the consent form to this one request. */
  rid: string;
  request: WalletAuthorizationRequest;
}

export interface WalletAuthorizationDeps {
  base: string;
  cookies: SignInCookies;
  liveSession(request: express.Request): Promise<WebSession | null>;
  /** The registered wallets (WALLET_CLIENTS), or undefined: any wallet names itself. */
  clients: WalletClients;
  /** WALLET_REQUIRE_PUSHED_AUTHORIZATION_REQUESTS: the query form is refused, only pushed requests are taken. */
  requirePushed: boolean;
  /** A call to an awards internal route as the gateway's sign-in (its call token). */
  callAwards(path: string, body: unknown): Promise<{ status: number; body: unknown }>;
}

/**
 * The OpenID4VCI authorization endpoint (OpenID4VCI 1.0 section 5, RFC 6749 section 4.1, PKCE RFC 7636, RFC 9396,
 * RFC 9207), on the learner's e-ID sign-in: GET /openid4vci/authorize checks the wallet's request, keeps it sealed
 * in a cookie and sends the person through the hub's sign-in when there is no session; the consent page
 * (/openid4vci/authorize/consent) shows what the wallet asks for and where the answer goes; the learner's choice
 * gets a single-use code from awards (/internal/wallet-authorization), sent back to the wallet's redirect_uri with
 * the state and the issuer (`iss`). Wallets are public clients with no registration, so nothing is given without
 * the learner's press of the button on that page (a session alone never sends a code to a redirect_uri).
 * The request comes in the query, or was pushed first (RFC 9126, POST /openid4vci/par, served by awards) and comes
 * as its request_uri, taken once from awards. Errors go back to the redirect_uri as RFC 6749 section 4.1.2.1 says,
 * except when client_id or redirect_uri is missing, not acceptable or not registered (WALLET_CLIENTS), or the
 * request_uri is refused: then a plain page, never a redirect.
 */
export function mountWalletAuthorization(router: express.Router, deps: WalletAuthorizationDeps) {
  const { base, cookies } = deps;
  const cookiePath = WALLET_AUTHORIZE_PATH;

  router.get(WALLET_AUTHORIZE_PATH, async (request, response) => {
    noStore(response);
    const query = singleValued(request.originalUrl.split('?')[1] ?? '');
    if ('repeated' in query) return plainPage(response, 400, 'Begäran från plånboken går inte att besvara', `${query.repeated} is sent more than once (invalid_request).`);
    let parsed: AuthorizationParameters;
    if (query.has('request_uri')) {
      // A pushed request (RFC 9126 section 4): only client_id and request_uri count here, the rest was pushed.
      const pushed = await pushedRequest(query);
      if ('error' in pushed) return plainPage(response, 400, 'Begäran från plånboken går inte att besvara', `${pushed.message} (${pushed.error})`);
      parsed = { kind: 'request', request: pushed.request };
    } else {
      parsed = readAuthorizationRequest(query, { base, clients: deps.clients, pushed: false });
      if (parsed.kind === 'request' && deps.requirePushed) {
        const { clientId, redirectUri, state } = parsed.request;
        parsed = { kind: 'refused', clientId, redirectUri, state, error: 'invalid_request', description: `this authorization server requires pushed authorization requests (RFC 9126): push the request to ${base}${WALLET_PAR_PATH} and send its request_uri` };
      }
    }
    if (parsed.kind === 'unsafe') return plainPage(response, 400, 'Begäran från plånboken går inte att besvara', `${parsed.message} (${parsed.error})`);
    if (parsed.kind === 'refused') {
      logger.info({ error: parsed.error, client: parsed.clientId }, 'wallet authorization refused');
      return redirectBack(response, parsed.redirectUri, { error: parsed.error, error_description: parsed.description, state: parsed.state });
    }
    const pending: Pending = { rid: randomBytes(16).toString('base64url'), request: parsed.request };
    await cookies.writeWalletAuthorization(response, { ...pending }, PENDING_SECONDS, cookiePath);
    const session = await deps.liveSession(request);
    response.redirect(303, session ? WALLET_CONSENT_PATH : `/sign-in?return=${encodeURIComponent(WALLET_CONSENT_PATH)}`);
  });

  /**
   * The request a wallet pushed (RFC 9126), by the request_uri and client_id the browser brought: taken once, from
   * awards (any gateway process may be the one the browser reaches). Every refusal of the reference itself is the same
   * invalid_request_uri, so nobody learns whether a request_uri exists for another client.
   */
  async function pushedRequest(query: URLSearchParams): Promise<{ request: WalletAuthorizationRequest } | { error: string; message: string }> {
    const clientId = query.get('client_id');
    const requestUri = query.get('request_uri')!;
    if (!isClientId(clientId)) return { error: 'invalid_request', message: 'client_id saknas eller är ogiltigt. / client_id is missing or not acceptable.' };
    if (deps.clients && !deps.clients.has(clientId)) return { error: 'invalid_client', message: 'Plånboken är inte registrerad hos hubben. / The wallet (client_id) is not registered with this hub.' };
    if (query.has('request')) return { error: 'invalid_request', message: 'request and request_uri cannot both be sent' };
    if (!REQUEST_URI.test(requestUri)) return { error: 'invalid_request_uri', message: REQUEST_URI_REFUSED };
    try {
      const { status, body } = await deps.callAwards(WALLET_AUTHORIZATION_PATH, { action: 'pushed', clientId, requestUri } satisfies PushedRequestCall);
      if (status !== 200 || !body || typeof body !== 'object') throw new Error(`awards answered ${status}`);
      const answer = body as PushedRequestAnswer;
      if ('error' in answer) return { error: answer.error, message: answer.error_description };
      return { request: answer.request };
    } catch (error) {
      logger.warn({ err: error }, 'wallet authorization: awards unavailable');
      return { error: 'temporarily_unavailable', message: 'the awards service could not be reached: try again shortly' };
    }
  }

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
