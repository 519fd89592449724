import { Client, cacheExchange, fetchExchange } from 'urql';
import { currentToken, sessionCsrfToken, sessionEnded } from './auth';

/**
 * The pages speak to the hub's one public graph at /graphql, as any client does. The learner's token (wallet)
 * goes in the Authorization header; every other page is anonymous.
 */
export const client = new Client({
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
  requestPolicy: 'cache-and-network',
  // POST, as the gateway's CSRF protection expects of a browser (a GET would need a preflight header).
  preferGetMethod: false,
  fetchOptions: () => {
    const token = currentToken();
    const csrf = sessionCsrfToken();
    // A pasted token wins; else the web session (its cookie goes by itself, same origin) with its CSRF token.
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : csrf ? { 'x-csrf-token': csrf } : {};
    return { headers, credentials: 'same-origin' };
  },
  // The hub ended the web session (idle, or its end): the page offers the sign-in again.
  fetch: async (input, init) => {
    const response = await fetch(input, init);
    if (response.status === 401 && (init?.headers as Record<string, string> | undefined)?.['x-csrf-token']) sessionEnded();
    return response;
  },
});

/** A GraphQL error's stable code (extensions.code), for messages in the visitor's language. */
export function errorCode(error: { graphQLErrors?: { extensions?: Record<string, unknown> }[] } | undefined): string | undefined {
  return error?.graphQLErrors?.[0]?.extensions?.code as string | undefined;
}
