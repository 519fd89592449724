/**
 * did:web identifiers for issuers (W3C did:web method): `did:web:<host>:issuers:<id>`, whose DID document
 * standard resolvers fetch from `https://<host>/issuers/<id>/did.json`. A port is written `%3A<port>`; a
 * path under the host (PUBLIC_URL https://example.se/hub) becomes more colon-separated segments.
 */
export function didWebOf(base: URL, organisationId: string): string {
  const host = encodeURIComponent(base.host);
  const path = base.pathname
    .split('/')
    .filter(Boolean)
    .map((segment) => encodeURIComponent(decodeURIComponent(segment)));
  return ['did', 'web', host, ...path, 'issuers', organisationId].join(':');
}

/** The base URL documents name themselves by: PUBLIC_URL, or the host the request came to. */
export function publicBase(publicUrl: string | undefined, request?: { protocol: string; host: string | undefined }): URL | null {
  if (publicUrl) return new URL(publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`);
  if (!request?.host) return null;
  // The Host header is the caller's to choose: accept a plain host name or address with an optional port only.
  if (!/^(?:[A-Za-z0-9-]{1,63}\.)*[A-Za-z0-9-]{1,63}(?::\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::\d{1,5})?$/.test(request.host)) return null;
  return new URL(`${request.protocol === 'https' ? 'https' : 'http'}://${request.host}/`);
}

/** An absolute URL under the public base. */
export const publicUrlOf = (base: URL, path: string) => new URL(path.replace(/^\//, ''), base).toString();
