/**
 * What the gateway's wallet authorization (gateway/sign-in/wallet-authorization.ts, the OpenID4VCI authorization
 * endpoint on the learner's e-ID sign-in) and the awards subgraph (services/awards/wallet-issuance/authorization.ts)
 * agree on. Like the learner sign-in (platform/sign-in.ts) it is an internal route, no GraphQL operation, never
 * published by the gateway, and awards answers it only to a call token of the gateway's sign-in: the learner id
 * in the body is one the sign-in vouches for with its session.
 */
export const WALLET_AUTHORIZATION_PATH = '/internal/wallet-authorization';

/** The OpenID4VCI authorization endpoint, served by the gateway (it needs the learner's web session). */
export const WALLET_AUTHORIZE_PATH = '/openid4vci/authorize';

/** What the wallet asked for, once the gateway has checked its form (RFC 6749 section 4.1.1, RFC 7636, RFC 9396). */
export interface WalletAuthorizationRequest {
  clientId: string;
  redirectUri: string;
  /** PKCE, S256 only. */
  codeChallenge: string;
  state?: string;
  /** From a credential offer's authorization_code grant: the offer's award. */
  issuerState?: string;
  /** The credential configurations named by `scope` (one scope value per configuration). */
  scope?: string[];
  /** The credential configurations named by `authorization_details` of type openid_credential. */
  authorizationDetails?: string[];
}

/** One award the learner may choose on the consent page. */
export interface ConsentAward {
  id: string;
  title: string;
  issuerName: string;
  issuedOn: string;
}

/**
 * `consent`: what the consent page shows (the awards the learner may choose and the configurations), or the
 * refusal to send back to the wallet. `grant`: the learner chose; a single-use authorization code for it.
 */
export type WalletAuthorizationCall =
  | { action: 'consent'; learnerId: string; request: WalletAuthorizationRequest }
  | { action: 'grant'; learnerId: string; request: WalletAuthorizationRequest; awardIds: string[] };

/** OAuth error codes the authorization endpoint sends back to the wallet (RFC 6749 section 4.1.2.1, RFC 9396 section 5). */
export type AuthorizationErrorCode = 'invalid_request' | 'access_denied' | 'invalid_scope' | 'invalid_authorization_details' | 'server_error' | 'temporarily_unavailable';

export type WalletAuthorizationAnswer =
  | {
      /** The awards to choose from: one (the offer's) for an issuer_state. */
      awards: ConsentAward[];
      /** Whether the learner may choose several (authorization_details) or exactly one (issuer_state, scope). */
      several: boolean;
      configurationIds: string[];
    }
  | { code: string; expiresIn: number }
  | { error: AuthorizationErrorCode; error_description: string };

/** The pushed authorization request endpoint (RFC 9126), served by awards and published by the gateway. */
export const WALLET_PAR_PATH = '/openid4vci/par';
/** What a request_uri from the PAR endpoint starts with (RFC 9126 section 2.2); a random 32 bytes follow. */
export const REQUEST_URI_PREFIX = 'urn:ietf:params:oauth:request_uri:';
export const REQUEST_URI = /^urn:ietf:params:oauth:request_uri:[A-Za-z0-9_-]{43}$/;
/** How long a pushed request waits for the browser (RFC 9126 suggests a short life; the wallet opens it at once). */
export const PUSHED_REQUEST_SECONDS = 60;

/**
 * `pushed`: the authorization endpoint takes a pushed request by its request_uri for the client_id the browser
 * brought (once; awards keeps it, so any gateway process can). Answers the request or `invalid_request_uri`.
 */
export type PushedRequestCall = { action: 'pushed'; clientId: string; requestUri: string };
export type PushedRequestAnswer = { request: WalletAuthorizationRequest } | { error: 'invalid_request_uri'; error_description: string };

/** The same words for an unknown, expired, used or another client's request_uri: nothing tells them apart. */
export const REQUEST_URI_REFUSED = 'the request_uri is not known, has expired, was used already or was pushed by another client: push the request again';

/** What the wallet may name, all short: the request travels sealed in a cookie. */
const MAX = { clientId: 200, redirectUri: 500, state: 500, issuerState: 100, details: 4000 };
/** Schemes a redirect_uri may never have (a wallet's is https, a loopback http, or its own app scheme, RFC 8252). */
const FORBIDDEN_SCHEMES = new Set(['javascript:', 'data:', 'vbscript:', 'file:', 'blob:', 'about:', 'filesystem:', 'ws:', 'wss:', 'ftp:']);
const CONFIGURATION_ID = /^[a-z0-9_]{1,60}$/;

/** The registered wallets (WALLET_CLIENTS): client_id to its redirect_uris; undefined when any wallet may name itself. */
export type WalletClients = ReadonlyMap<string, readonly string[]> | undefined;

/**
 * An authorization request's parameters, checked the same way in the query of GET /openid4vci/authorize and in the
 * body of POST /openid4vci/par (RFC 6749 section 4.1.1, RFC 7636, RFC 9396, RFC 9126 section 2.1):
 * - `unsafe`: the client or its redirect_uri cannot be trusted with an answer (missing, not acceptable, not
 *   registered): the authorization endpoint answers with a page, never a redirect;
 * - `refused`: an error to send back to that redirect_uri (or, for PAR, in the JSON answer);
 * - `request`: what the wallet asks for.
 */
export type AuthorizationParameters =
  | { kind: 'unsafe'; error: 'invalid_request' | 'invalid_client'; message: string }
  | { kind: 'refused'; clientId: string; redirectUri: string; state?: string; error: string; description: string }
  | { kind: 'request'; request: WalletAuthorizationRequest };

/** Each parameter once (RFC 6749 section 3.1: a parameter sent twice is an error); null when one is repeated. */
export function singleValued(form: string): URLSearchParams | { repeated: string } {
  const parameters = new URLSearchParams(form);
  const seen = new Set<string>();
  for (const name of parameters.keys()) {
    if (seen.has(name)) return { repeated: name };
    seen.add(name);
  }
  return parameters;
}

export function readAuthorizationRequest(query: URLSearchParams, options: { base: string; clients: WalletClients; pushed: boolean }): AuthorizationParameters {
  const client = clientOf(query, options.clients);
  if ('error' in client) return { kind: 'unsafe', ...client };
  const { clientId, redirectUri } = client;
  const rawState = query.get('state') ?? undefined;
  const back = (error: string, description: string): AuthorizationParameters => ({
    kind: 'refused',
    clientId,
    redirectUri,
    state: rawState !== undefined && rawState.length <= MAX.state ? rawState : undefined,
    error,
    description,
  });
  if (query.has('request')) return back('invalid_request', 'request objects (JAR, the request parameter) are not supported: send the parameters themselves, in the query or pushed to the PAR endpoint');
  if (query.has('request_uri')) return back('invalid_request', options.pushed ? 'request_uri is not allowed in a pushed authorization request' : 'request_uri is taken only as the pushed authorization request reference (urn:ietf:params:oauth:request_uri:...) with client_id');
  if (query.get('response_type') !== 'code') return back('unsupported_response_type', 'response_type must be code');
  if (query.has('response_mode') && query.get('response_mode') !== 'query') return back('invalid_request', 'response_mode must be query');
  const challenge = query.get('code_challenge');
  if (!challenge) return back('invalid_request', 'PKCE is required: send code_challenge with code_challenge_method S256');
  if (query.get('code_challenge_method') !== 'S256') return back('invalid_request', 'code_challenge_method must be S256 (plain is not accepted)');
  if (!/^[A-Za-z0-9_-]{43}$/.test(challenge)) return back('invalid_request', 'code_challenge must be the base64url SHA-256 of the code_verifier (43 characters)');
  if (query.has('resource') && query.get('resource')!.replace(/\/$/, '') !== options.base) return back('invalid_target', 'the only resource here is the credential issuer itself');
  if (rawState !== undefined && (rawState.length > MAX.state || !rawState)) return back('invalid_request', `state must be 1-${MAX.state} characters`);
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
  return { kind: 'request', request: { clientId, redirectUri, codeChallenge: challenge, state: rawState, issuerState, scope, authorizationDetails } };
}

/** The client_id as a wallet names itself: printable ASCII, short. */
export const isClientId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX.clientId && /^[\x21-\x7e]+$/.test(value);

/** client_id and redirect_uri, or why no answer may go to them. */
function clientOf(query: URLSearchParams, clients: WalletClients): { clientId: string; redirectUri: string } | { error: 'invalid_request' | 'invalid_client'; message: string } {
  const clientId = query.get('client_id');
  if (!isClientId(clientId)) return { error: 'invalid_request', message: 'client_id saknas eller är ogiltigt. / client_id is missing or not acceptable.' };
  const registered = clients?.get(clientId);
  if (clients && !registered) return { error: 'invalid_client', message: 'Plånboken är inte registrerad hos hubben. / The wallet (client_id) is not registered with this hub.' };
  const redirectUri = query.get('redirect_uri');
  if (!redirectUri || redirectUri.length > MAX.redirectUri) return { error: 'invalid_request', message: 'redirect_uri saknas. / redirect_uri is missing.' };
  let parsed: URL;
  try {
    parsed = new URL(redirectUri);
  } catch {
    return { error: 'invalid_request', message: 'redirect_uri är ingen adress. / redirect_uri is not an absolute URI.' };
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
  if (parsed.hash || FORBIDDEN_SCHEMES.has(parsed.protocol) || (parsed.protocol === 'http:' && !loopback) || parsed.username || parsed.password) {
    return { error: 'invalid_request', message: 'redirect_uri går inte att använda (https, http till den egna datorn eller appens eget schema, utan fragment). / redirect_uri is not acceptable.' };
  }
  // A registered wallet's redirect_uri is one of its own, compared as a whole string (RFC 9700 section 4.1.3).
  if (registered && !registered.includes(redirectUri)) return { error: 'invalid_request', message: 'redirect_uri är inte registrerad för plånboken. / redirect_uri is not registered for this client_id.' };
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
