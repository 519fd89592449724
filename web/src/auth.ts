/**
 * Who is signed in, for the wallet and the statistics. Two ways:
 *
 * - Sign-in with e-ID (learners): the hub's OpenID Connect sign-in (`/sign-in`, gateway/sign-in/) keeps a web
 *   session in an httpOnly cookie this script cannot read. The page asks `/sign-in/session` whether it is signed
 *   in and for the session's CSRF token, which it sends with every graph request (`x-csrf-token`); the cookie
 *   alone counts for nothing. Sign-out is `POST /sign-out`.
 * - A bearer token pasted in (analysts, developers: `npm run token`), kept for this tab only (sessionStorage),
 *   never in a cookie or in localStorage.
 */
const STORAGE_KEY = 'mikromeriter.learner-token';
let memoryToken: string | null = null;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

export interface WebSession {
  /** Whether this hub offers sign-in with e-ID at all. */
  available: boolean;
  signedIn: boolean;
  csrfToken?: string;
  expiresAt?: string;
  endsAt?: string;
}

let session: WebSession | null = null;
let sessionLoad: Promise<WebSession> | null = null;

/** Asks the hub about the web session (once, or again with `refresh`). */
export function loadSession(refresh = false): Promise<WebSession> {
  if (!sessionLoad || refresh) {
    sessionLoad = fetch('/sign-in/session', { credentials: 'same-origin', cache: 'no-store' })
      .then((response) => (response.ok ? (response.json() as Promise<WebSession>) : { available: false, signedIn: false }))
      .catch(() => ({ available: false, signedIn: false }))
      .then((loaded) => {
        session = loaded;
        notify();
        return loaded;
      });
  }
  return sessionLoad;
}

export const currentSession = (): WebSession | null => session;

/** The CSRF token of a signed-in web session, for the graph requests. */
export const sessionCsrfToken = (): string | null => (session?.signedIn && session.csrfToken) || null;

/** Off to the e-ID provider, and back to this page. */
export function signInWithEid(returnTo = window.location.pathname) {
  window.location.assign(`/sign-in?return=${encodeURIComponent(returnTo)}`);
}

/** The web session ended (expired, or signed out elsewhere): the page shows the sign-in again. */
export function sessionEnded() {
  session = session ? { available: session.available, signedIn: false } : null;
  sessionLoad = session ? Promise.resolve(session) : null;
  notify();
}

export function currentToken(): string | null {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY) ?? memoryToken;
  } catch {
    return memoryToken;
  }
}

export function signIn(token: string) {
  memoryToken = token.trim();
  try {
    window.sessionStorage.setItem(STORAGE_KEY, memoryToken);
  } catch {
    // Storage refused: keep it in memory for this page.
  }
  notify();
}

/** Signs out of both: the web session at the hub (its cookie goes) and a pasted token. */
export async function signOut() {
  memoryToken = null;
  try {
    window.sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // nothing stored
  }
  const csrf = sessionCsrfToken();
  if (csrf) {
    await fetch('/sign-out', { method: 'POST', credentials: 'same-origin', headers: { 'x-csrf-token': csrf } }).catch(() => undefined);
    sessionEnded();
  } else {
    notify();
  }
}

export function onSignInChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** When the token says it expires (its `exp`), to tell the learner; the hub checks it on every call. */
export function tokenExpiry(token: string): Date | null {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number };
    return payload.exp ? new Date(payload.exp * 1000) : null;
  } catch {
    return null;
  }
}
