/**
 * The signed-in learner, for the wallet. Today the graph takes a learner's bearer token (a JWT from the
 * configured identity provider, or locally from `npm run token -- --role learner --sub <id>`); the wallet
 * keeps it for this browser tab only (sessionStorage), never in a cookie or in localStorage.
 *
 * Sign-in with e-ID (OpenID Connect) plugs in here: a provider that, after the redirect back, calls
 * `signIn(token)` with the access token; the rest of the pages only ask `currentToken()`.
 */
const STORAGE_KEY = 'mikromeriter.learner-token';
let memoryToken: string | null = null;
const listeners = new Set<() => void>();

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
  listeners.forEach((listener) => listener());
}

export function signOut() {
  memoryToken = null;
  try {
    window.sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // nothing stored
  }
  listeners.forEach((listener) => listener());
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
