import { randomUUID } from 'node:crypto';
import express from 'express';
import { GraphQLError } from 'graphql';
import { ConfigError, publicBaseUrl, type HubConfig } from '../../platform/config';
import type { Identity } from '../../platform/identity';
import { LocalTokenIssuer } from '../../platform/local-token-issuer';
import { logger } from '../../platform/logging';
import {
  LEARNER_SIGN_IN_PATH,
  SIGN_IN_STATE_PATH,
  SIGN_IN_TOKEN_ISSUER,
  signInCallToken,
  localProviderEnabled,
  type LearnerSignInAnswer,
  type SignInErrorCode,
} from '../../platform/sign-in';
import { SignInCookies, type WebSession } from './cookies';
import { startLocalProvider } from './local-provider';
import { RelyingParty, SignInFailed, type SignedInPerson } from './relying-party';
import { mountDisabledWalletAuthorization, mountWalletAuthorization } from './wallet-authorization';
import { SharedSignInState } from './shared-state';

/** How long a started sign-in may take at the provider before its state is no longer accepted. */
const TRANSACTION_SECONDS = 600;
/** The header the pages send the session's CSRF token in; a session cookie without it counts for nothing. */
export const CSRF_HEADER = 'x-csrf-token';

/** The caller a web session makes: the learner, and a hub token for them to forward. */
export interface SessionCaller {
  identity: Identity;
  authorization: string;
}

export interface SignIn {
  /** /sign-in, /sign-in/callback, /sign-in/session, /sign-in/token, /sign-out (and the local provider at /local-eid). */
  router: express.Router;
  /**
   * The learner of the request's web session, for /graphql: only when the request carries the session's CSRF
   * token (`x-csrf-token`). No token: null (the cookie is ignored, the caller is anonymous). A token with an
   * expired or ended session: 401 SESSION_EXPIRED; a wrong token: 403 CSRF_TOKEN_INVALID.
   */
  sessionCaller(request: express.Request, response: express.Response): Promise<SessionCaller | null>;
}

class SessionRefused extends GraphQLError {
  constructor(code: 'SESSION_EXPIRED' | 'CSRF_TOKEN_INVALID', message: string) {
    super(message, { extensions: { code, http: { status: code === 'SESSION_EXPIRED' ? 401 : 403 } } });
  }
}

/**
 * Learners sign in with e-ID (gateway/sign-in/): OpenID Connect with the configured provider (EID_*), or
 * with no provider configured, outside production, the local one with test people. The personnummer goes to
 * the awards subgraph's internal sign-in route only (services/awards/sign-in.ts), which answers with the
 * learner's id; the hub keeps no provider token.
 */
export async function createSignIn(config: HubConfig, options: { awardsUrl: string }): Promise<SignIn> {
  const router = express.Router();
  const base = publicBaseUrl(config);
  const redirectUrl = config.EID_REDIRECT_URL ?? `${base}/sign-in/callback`;
  if (config.EID_LOCAL_PROVIDER && config.NODE_ENV === 'production') {
    throw new ConfigError('EID_LOCAL_PROVIDER: the local e-ID provider never runs in production; set EID_ISSUER_URL');
  }
  if (config.EID_ISSUER_URL && !config.EID_CLIENT_ID) throw new ConfigError('EID_CLIENT_ID must be set with EID_ISSUER_URL');
  if (config.EID_ISSUER_URL && config.NODE_ENV === 'production' && !config.EID_ISSUER_URL.startsWith('https:')) {
    throw new ConfigError('EID_ISSUER_URL must be https in production');
  }

  let relyingParty: RelyingParty | null = null;
  if (config.EID_ISSUER_URL) {
    relyingParty = new RelyingParty({
      issuer: config.EID_ISSUER_URL,
      clientId: config.EID_CLIENT_ID!,
      clientSecret: config.EID_CLIENT_SECRET,
      redirectUrl,
      scope: config.EID_SCOPE,
      personalNumberClaim: config.EID_PERSONAL_NUMBER_CLAIM,
      allowHttp: config.NODE_ENV !== 'production',
    });
  } else if (localProviderEnabled(config)) {
    const local = await startLocalProvider(config, { publicUrl: base, redirectUrl });
    router.use(local.router);
    relyingParty = new RelyingParty({
      issuer: local.issuer,
      clientId: local.clientId,
      clientSecret: local.clientSecret,
      redirectUrl,
      scope: config.EID_SCOPE,
      personalNumberClaim: config.EID_PERSONAL_NUMBER_CLAIM,
      allowHttp: true,
    });
  }
  if (!relyingParty) return disabledSignIn(router);

  const cookies = new SignInCookies(config);
  const tokens = await LocalTokenIssuer.open(config);
  const idle = config.SIGN_IN_SESSION_IDLE_SECONDS;
  const lifetime = config.SIGN_IN_SESSION_MAX_SECONDS;
  /** States already answered here (until they would have expired anyway): a replayed callback is refused at once. */
  const usedStates = new Map<string, number>();
  /** Sessions signed out before their end, here or at another gateway: a copy of the cookie stops working too. */
  const endedSessions = new Map<string, number>();
  /** What the hub's other gateway processes must know of these (spent states, sign-outs), kept by awards. */
  const shared = new SharedSignInState(
    async (body) => {
      const answer = await fetch(new URL(SIGN_IN_STATE_PATH, options.awardsUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await signInCallToken(tokens)}` },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(body.action === 'ended-sessions' ? 2_000 : 10_000),
      });
      return { status: answer.status, body: await answer.json().catch(() => null) };
    },
    endedSessions,
    config.SIGN_IN_SHARED_STATE_SECONDS,
  );
  /** Each session's current hub token, reused until shortly before it expires. */
  const sessionTokens = new Map<string, { token: string; expiresAt: number }>();
  const forget = (map: Map<string, number>, now: number) => {
    for (const [key, until] of map) if (until < now) map.delete(key);
  };
  const now = () => Math.floor(Date.now() / 1000);

  const hubToken = async (session: WebSession) => {
    const expiresAt = Math.min(now() + config.SIGN_IN_TOKEN_SECONDS, session.endsAt);
    const token = await tokens.issue({ subject: session.learnerId, roles: ['learner'], issuer: SIGN_IN_TOKEN_ISSUER, expiresIn: expiresAt });
    return { token, expiresAt };
  };
  const forwardedToken = async (session: WebSession) => {
    const cached = sessionTokens.get(session.sid);
    if (cached && cached.expiresAt - now() > 30) return cached.token;
    const fresh = await hubToken(session);
    if (sessionTokens.size > 10_000) sessionTokens.clear();
    sessionTokens.set(session.sid, fresh);
    return fresh.token;
  };

  /** The session of the request, unless it expired or was signed out. */
  const liveSession = async (request: express.Request) => {
    const session = await cookies.readSession(request);
    if (!session) return null;
    await shared.current();
    if (endedSessions.has(session.sid)) return null;
    return session;
  };
  /** Each request renews an idle session (a new cookie once half its idle time has passed), never past its end. */
  const renew = async (session: WebSession, response: express.Response) => {
    if (session.expiresAt - now() > idle / 2 || session.expiresAt >= session.endsAt) return session;
    const renewed = { ...session, expiresAt: Math.min(now() + idle, session.endsAt) };
    await cookies.writeSession(response, renewed);
    return renewed;
  };

  router.get('/sign-in', async (request, response) => {
    const returnTo = safeReturnPath(request.query.return);
    try {
      const started = await relyingParty.start();
      await cookies.writeTransaction(response, { state: started.state, nonce: started.nonce, verifier: started.verifier, returnTo }, TRANSACTION_SECONDS);
      response.set('cache-control', 'no-store').redirect(303, started.url);
    } catch (error) {
      failed(response, returnTo, error);
    }
  });

  router.get('/sign-in/callback', async (request, response) => {
    const transaction = await cookies.readTransaction(request);
    // The transaction is for this one answer: gone whatever happens next.
    cookies.clearTransaction(response);
    const returnTo = transaction?.returnTo ?? '/wallet';
    const query = new URLSearchParams(request.originalUrl.split('?')[1] ?? '');
    const state = query.get('state');
    try {
      forget(usedStates, now());
      if (state && usedStates.has(state)) throw new SignInFailed('SIGN_IN_STATE_REPLAYED', 'this sign-in answer was already used');
      if (!transaction) throw new SignInFailed('SIGN_IN_STATE_INVALID', 'no sign-in was started in this browser, or it took longer than 10 minutes');
      if (!state || state !== transaction.state) throw new SignInFailed('SIGN_IN_STATE_INVALID', 'the answer does not belong to the sign-in started in this browser (state)');
      usedStates.set(state, now() + TRANSACTION_SECONDS);
      // Spent at every gateway of the hub, not only here (the answer could be replayed at another).
      let fresh: boolean;
      try {
        fresh = await shared.useState(state, TRANSACTION_SECONDS);
      } catch {
        throw new SignInFailed('SIGN_IN_UNAVAILABLE', 'the awards service could not be reached');
      }
      if (!fresh) throw new SignInFailed('SIGN_IN_STATE_REPLAYED', 'this sign-in answer was already used');
      const person = await relyingParty.finish(query, transaction);
      const learner = await learnerOf(person);
      const started = now();
      const session: WebSession = { sid: randomUUID(), learnerId: learner.learnerId, expiresAt: Math.min(started + idle, started + lifetime), endsAt: started + lifetime };
      await cookies.writeSession(response, session);
      logger.info({ learner: learner.learnerId, created: learner.created }, 'learner signed in');
      response.set('cache-control', 'no-store').redirect(303, returnTo);
    } catch (error) {
      failed(response, returnTo, error);
    }
  });

  /** The public key of the hub tokens, for parts on other hosts (SIGN_IN_JWKS_URL). */
  router.get('/sign-in/jwks.json', (_request, response) => {
    response.set('cache-control', 'public, max-age=300').json(tokens.jwks());
  });

  /** What the page needs to know: signed in or not, until when, and the CSRF token for its requests. */
  router.get('/sign-in/session', async (request, response) => {
    response.set('cache-control', 'no-store');
    const session = await liveSession(request);
    if (!session) {
      if (cookies.hasSessionCookie(request)) cookies.clearSession(response);
      response.json({ available: true, signedIn: false });
      return;
    }
    const current = await renew(session, response);
    response.json({
      available: true,
      signedIn: true,
      learnerId: current.learnerId,
      expiresAt: new Date(current.expiresAt * 1000).toISOString(),
      endsAt: new Date(current.endsAt * 1000).toISOString(),
      csrfToken: cookies.csrfToken(current),
    });
  });

  /** A short-lived hub token for the signed-in learner, for API clients (`Authorization: Bearer`). */
  router.post('/sign-in/token', async (request, response) => {
    response.set('cache-control', 'no-store');
    const session = await liveSession(request);
    if (!session) return refuse(response, 401, 'SESSION_EXPIRED', 'not signed in, or the session has ended: sign in again');
    if (!cookies.csrfMatches(session, request.header(CSRF_HEADER))) return refuse(response, 403, 'CSRF_TOKEN_INVALID', `send the session's CSRF token in ${CSRF_HEADER}`);
    const { token, expiresAt } = await hubToken(session);
    response.json({ access_token: token, token_type: 'Bearer', expires_in: expiresAt - now(), expires_at: new Date(expiresAt * 1000).toISOString() });
  });

  router.post('/sign-out', async (request, response) => {
    response.set('cache-control', 'no-store');
    const session = await cookies.readSession(request);
    if (session && !cookies.csrfMatches(session, request.header(CSRF_HEADER))) {
      return refuse(response, 403, 'CSRF_TOKEN_INVALID', `send the session's CSRF token in ${CSRF_HEADER}`);
    }
    if (session) {
      forget(endedSessions, now());
      endedSessions.set(session.sid, session.endsAt);
      sessionTokens.delete(session.sid);
      await shared.endSession(session.sid, session.endsAt);
    }
    cookies.clearSession(response);
    response.status(204).end();
  });

  // OpenID4VCI's authorization endpoint: a wallet's request, the learner signed in here, their consent.
  mountWalletAuthorization(router, {
    base,
    cookies,
    liveSession,
    clients: config.WALLET_CLIENTS,
    requirePushed: config.WALLET_REQUIRE_PUSHED_AUTHORIZATION_REQUESTS,
    async callAwards(path, body) {
      const answer = await fetch(new URL(path, options.awardsUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await signInCallToken(tokens)}` },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      });
      return { status: answer.status, body: await answer.json().catch(() => null) };
    },
  });

  /** The awards subgraph's internal route, as the gateway's sign-in: the learner for this personnummer. */
  async function learnerOf(person: SignedInPerson): Promise<LearnerSignInAnswer> {
    let answer: Response;
    try {
      answer = await fetch(new URL(LEARNER_SIGN_IN_PATH, options.awardsUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await signInCallToken(tokens)}` },
        body: JSON.stringify({ personalNumber: person.personalNumber, name: person.name }),
        signal: AbortSignal.timeout(10_000),
      });
    } catch {
      throw new SignInFailed('SIGN_IN_UNAVAILABLE', 'the awards service could not be reached');
    }
    const body = (await answer.json().catch(() => ({}))) as Partial<LearnerSignInAnswer> & { error?: { code?: string; message?: string } };
    if (answer.status === 400 && body.error?.code === 'PERSONAL_NUMBER_INVALID') {
      throw new SignInFailed('PERSONAL_NUMBER_INVALID', body.error.message ?? 'the personal identity number is not valid');
    }
    if (!answer.ok || typeof body.learnerId !== 'string') throw new SignInFailed('SIGN_IN_UNAVAILABLE', 'the awards service could not sign the learner in');
    return { learnerId: body.learnerId, created: Boolean(body.created) };
  }

  return {
    router,
    async sessionCaller(request, response) {
      const presented = request.header(CSRF_HEADER);
      if (!presented) return null;
      const session = await liveSession(request);
      if (!session) {
        if (cookies.hasSessionCookie(request)) cookies.clearSession(response);
        throw new SessionRefused('SESSION_EXPIRED', 'the session has expired or was signed out: sign in again');
      }
      if (!cookies.csrfMatches(session, presented)) throw new SessionRefused('CSRF_TOKEN_INVALID', `the ${CSRF_HEADER} header does not match the session`);
      const current = await renew(session, response);
      return {
        identity: { subject: current.learnerId, roles: ['learner'], learnerId: current.learnerId },
        authorization: `Bearer ${await forwardedToken(current)}`,
      };
    },
  };
}

/** Production with no e-ID provider configured: the routes say so; the graph takes bearer tokens only. */
function disabledSignIn(router: express.Router): SignIn {
  router.get('/sign-in/session', (_request, response) => void response.set('cache-control', 'no-store').json({ available: false, signedIn: false }));
  router.get('/sign-in', (request, response) => failed(response, safeReturnPath(request.query.return), new SignInFailed('SIGN_IN_NOT_CONFIGURED', 'sign-in with e-ID is not configured')));
  router.post(['/sign-in/token', '/sign-out'], (_request, response) => refuse(response, 404, 'SIGN_IN_NOT_CONFIGURED', 'sign-in with e-ID is not configured'));
  mountDisabledWalletAuthorization(router);
  return { router, sessionCaller: async () => null };
}

function refuse(response: express.Response, status: number, code: string, message: string) {
  response.status(status).json({ error: { code, message } });
}

/** A failed sign-in goes back to the page it started from, with the code (`?sign-in-error=<code>`) for it to explain. */
function failed(response: express.Response, returnTo: string, error: unknown) {
  const code: SignInErrorCode = error instanceof SignInFailed ? error.code : 'SIGN_IN_UNAVAILABLE';
  if (error instanceof SignInFailed) logger.warn({ code, reason: error.message }, 'sign-in refused');
  else logger.error({ err: error }, 'sign-in failed');
  const target = new URL(returnTo, 'http://hub.invalid');
  target.searchParams.set('sign-in-error', code);
  response.set('cache-control', 'no-store').set('x-sign-in-error', code).redirect(303, `${target.pathname}${target.search}`);
}

/** Only a path on this hub (never another site, `//host` or a backslash trick); the wallet by default. */
function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || !/^\/(?![/\\])[\w\-./~%]*$/.test(value) || value.length > 200) return '/wallet';
  return value;
}
