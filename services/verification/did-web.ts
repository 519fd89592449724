/** Hosts that may be reached over plain http (a hub on a developer's machine); everything else needs https. */
export function isLocalHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * did:web resolution (W3C did:web method): did:web:<host>[:<path>…] names the DID document at
 * https://<host>/<path…>/did.json (a port is written %3A<port>). Plain http is allowed for local hosts only.
 */
export function didWebDocumentUrl(did: string): string | null {
  // A pure function of the DID, asked for every credential of a batch: kept for the DIDs seen last.
  const known = resolvedDids.get(did);
  if (known !== undefined) return known;
  const resolved = resolveDidWeb(did);
  if (resolvedDids.size >= 1_000) resolvedDids.delete(resolvedDids.keys().next().value!);
  resolvedDids.set(did, resolved);
  return resolved;
}

const resolvedDids = new Map<string, string | null>();

function resolveDidWeb(did: string): string | null {
  const segments = did.split(':');
  if (segments.length < 3 || segments[0] !== 'did' || segments[1] !== 'web' || segments.slice(2).some((segment) => !segment)) return null;
  let host: string;
  let path: string[];
  try {
    host = decodeURIComponent(segments[2]);
    path = segments.slice(3).map((segment) => decodeURIComponent(segment));
  } catch {
    return null;
  }
  if (!/^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host) || path.some((segment) => segment.includes('/') || segment === '..' || segment === '.')) {
    return null;
  }
  const hostname = host.replace(/:\d{1,5}$/, '');
  const scheme = isLocalHost(hostname) ? 'http' : 'https';
  const url = new URL(`${scheme}://${host}/`);
  url.pathname = path.length ? `/${path.map(encodeURIComponent).join('/')}/did.json` : '/.well-known/did.json';
  return url.toString();
}
