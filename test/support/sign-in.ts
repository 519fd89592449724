import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { GraphQLResponse } from './hub';
import { signInWithLocalEid } from '../../demo/e-id-sign-in';

/**
 * A browser's part of a sign-in, over plain HTTP: a cookie jar (cookies by name, per origin; expired ones
 * dropped) and redirects followed one by one, so a test sees every hop and can replay one.
 */
export class Agent {
  readonly jar = new Map<string, Map<string, string>>();
  /** The hops of the last `follow`: each address asked and the answer's status. */
  hops: { url: string; status: number }[] = [];

  constructor(readonly base: string) {}

  cookieHeader(url: string): string {
    const cookies = this.jar.get(new URL(url).origin) ?? new Map();
    return [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  cookie(name: string, origin = new URL(this.base).origin): string | undefined {
    return this.jar.get(origin)?.get(name);
  }

  private keep(url: string, response: Response) {
    const origin = new URL(url).origin;
    const cookies = this.jar.get(origin) ?? new Map<string, string>();
    this.jar.set(origin, cookies);
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((attribute) => {
        const [key, val] = attribute.trim().split('=');
        return (key.toLowerCase() === 'max-age' && Number(val) <= 0) || (key.toLowerCase() === 'expires' && new Date(val).getTime() < Date.now());
      });
      if (expired || !value) cookies.delete(name);
      else cookies.set(name, value);
    }
  }

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const absolute = new URL(url, this.base).href;
    const headers = new Headers(init.headers);
    const cookie = this.cookieHeader(absolute);
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(absolute, { ...init, headers, redirect: 'manual' });
    this.keep(absolute, response);
    return response;
  }

  /** Follows redirects from `url` until an answer that is not one, or until `stop` says so of an address. */
  async follow(url: string, init: RequestInit = {}, stop: (url: URL) => boolean = () => false): Promise<{ url: string; response: Response }> {
    this.hops = [];
    let current = new URL(url, this.base).href;
    let response = await this.fetch(current, init);
    this.hops.push({ url: current, status: response.status });
    for (let hop = 0; hop < 20 && response.status >= 300 && response.status < 400; hop += 1) {
      current = new URL(response.headers.get('location')!, current).href;
      if (stop(new URL(current))) return { url: current, response };
      response = await this.fetch(current);
      this.hops.push({ url: current, status: response.status });
    }
    return { url: current, response };
  }

  /** The session as the page sees it (GET /sign-in/session). */
  async session(): Promise<{ signedIn: boolean; csrfToken?: string; learnerId?: string; expiresAt?: string; endsAt?: string; available?: boolean }> {
    return (await this.fetch('/sign-in/session')).json();
  }

  /** A GraphQL request as the wallet page sends it: the session cookie and the CSRF token. */
  async graphql<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables?: TVariables, csrfToken?: string): Promise<GraphQLResponse<TData>> {
    const response = await this.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}) },
      body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  }
}

/** The address the sign-in ended at: where it sends the browser back to, with `sign-in-error` when it failed. */
export const landedAt = (url: string) => {
  const parsed = new URL(url);
  return { path: parsed.pathname, error: parsed.searchParams.get('sign-in-error') };
};

/**
 * Signs in through the local provider's login page, as a person would: start at /sign-in, land on the login
 * form, choose a test person (or type a personnummer), and follow the redirects back to the hub's page.
 */
export async function signInLocally(agent: Agent, who: { person?: string; personalNumber?: string }, returnTo = '/wallet') {
  const toLogin = await agent.follow(`/sign-in?return=${encodeURIComponent(returnTo)}`);
  if (toLogin.response.status !== 200) throw new Error(`no login page: ${toLogin.response.status} at ${toLogin.url}`);
  const html = await toLogin.response.text();
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error(`no login form at ${toLogin.url}`);
  const form = new URLSearchParams();
  if (who.person) form.set('person', who.person);
  if (who.personalNumber) form.set('personalNumber', who.personalNumber);
  let callback: string | undefined;
  let transactionCookie: string | undefined;
  const back = await agent.follow(
    action,
    { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() },
    (url) => {
      if (url.pathname === '/sign-in/callback') {
        callback = url.href;
        transactionCookie = agent.cookie('hub_sign_in');
      }
      return !url.pathname.startsWith('/local-eid') && !url.pathname.startsWith('/sign-in');
    },
  );
  return { ...landedAt(back.url), callback, transactionCookie, html };
}

/**
 * The learner with this personnummer, as they get themselves: signed in with e-ID through the gateway (the
 * local provider; start the hub with EID_LOCAL_PROVIDER 'true'). Their account id and a hub token for it; an
 * issuer's answers name the learner only by that issuer's pseudonym, so tests take the account from here.
 */
export function signedInLearner(hub: { gatewayUrl: string }, personalNumber: string): Promise<{ learnerId: string; token: string }> {
  return signInWithLocalEid(new URL(hub.gatewayUrl).origin, personalNumber);
}
