import CachePolicy from 'http-cache-semantics';

/** A document could not be fetched (unreachable, timed out, too large, an unexpected status). */
export class DocumentUnavailable extends Error {
  constructor(
    message: string,
    readonly sv: string,
  ) {
    super(message);
  }
}

interface Entry {
  policy: CachePolicy;
  body: string;
  /** Fresh until then: the lifetime the document declares, at most the configured maximum. */
  freshUntil: number;
  /** When the server last gave this body, or confirmed it unchanged (304). */
  confirmedAt: number;
}

export interface DocumentCacheOptions {
  /** The longest any document is reused, whatever it declares (VERIFICATION_CACHE_MAX_SECONDS). */
  maxCacheSeconds: number;
  timeoutMs?: number;
  now?: () => number;
  fetch?: typeof fetch;
  /** Most documents kept; the oldest go first. */
  maxEntries?: number;
}

const headersOf = (headers: Headers): Record<string, string> => Object.fromEntries(headers.entries());

/**
 * A private HTTP cache for the documents verification reads, honouring what each declares in
 * Cache-Control (max-age, no-store, no-cache) via http-cache-semantics, capped at maxCacheSeconds, and
 * revalidating with the ETag when a copy has gone stale. Concurrent requests for one URL share one fetch.
 * Redirects are refused, with the address they point to: a document is read from the address asked, nowhere else.
 */
export class DocumentCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inflight = new Map<string, Promise<string | null>>();
  /** Requests that went over the network (full or conditional), for the tests and the benchmark. */
  requests = 0;
  /** Reads answered from a copy in hand without asking the server. */
  hits = 0;

  constructor(private readonly options: DocumentCacheOptions) {}

  private now() {
    return this.options.now?.() ?? Date.now();
  }

  /** When the copy of `url` in hand was last fetched or confirmed unchanged by its server, if one is kept. */
  confirmedAt(url: string): number | undefined {
    return this.entries.get(url)?.confirmedAt;
  }

  /**
   * The document's body, or null when the server says there is no such document (404, 410). `maxAgeSeconds`
   * reuses it for less than the cache's maximum (a stale copy is revalidated with its ETag: a cheap 304).
   * `revalidate` asks the server even when the copy in hand is fresh.
   */
  get(url: string, limits: { maxBytes: number; accept: string; maxAgeSeconds?: number; revalidate?: boolean }): Promise<string | null> {
    const entry = this.entries.get(url);
    if (entry && !limits.revalidate && entry.freshUntil > this.now()) {
      this.hits += 1;
      return Promise.resolve(entry.body);
    }
    let pending = this.inflight.get(url);
    if (!pending) {
      pending = this.fetchDocument(url, limits, entry).finally(() => this.inflight.delete(url));
      this.inflight.set(url, pending);
    }
    return pending;
  }

  private async fetchDocument(url: string, limits: { maxBytes: number; accept: string; maxAgeSeconds?: number }, stale: Entry | undefined): Promise<string | null> {
    const request = { url, method: 'GET', headers: { accept: limits.accept } as Record<string, string> };
    const headers = stale ? (stale.policy.revalidationHeaders(request) as Record<string, string>) : request.headers;
    this.requests += 1;
    let response: Response;
    try {
      response = await (this.options.fetch ?? fetch)(url, {
        headers,
        // Not followed: a document is read at the address asked (an issuer's host, or the hub's), nowhere else.
        redirect: 'manual',
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 5_000),
      });
    } catch (error) {
      // Duck-typed: the DOMException a timeout raises need not share this realm's Error.
      const name = (error as { name?: unknown } | null)?.name;
      const timedOut = name === 'TimeoutError' || name === 'AbortError';
      throw new DocumentUnavailable(
        `${url} ${timedOut ? 'did not answer in time' : 'could not be reached'}`,
        `${url} ${timedOut ? 'svarade inte i tid' : 'gick inte att nå'}`,
      );
    }
    if (response.status >= 300 && response.status < 400 && response.status !== 304) {
      await response.body?.cancel();
      const location = (response.headers.get('location') ?? '(no location)').slice(0, 200);
      throw new DocumentUnavailable(
        `${url} redirects (HTTP ${response.status}) to ${location}: redirects are not followed, a document is read only at its own address`,
        `${url} omdirigerar (HTTP ${response.status}) till ${location}: omdirigeringar följs inte, ett dokument läses bara på sin egen adress`,
      );
    }
    const answer = { status: response.status, headers: headersOf(response.headers) };
    if (response.status === 304 && stale) {
      await response.body?.cancel();
      const { policy, modified } = stale.policy.revalidatedPolicy(request, answer);
      if (!modified) return this.store(url, policy, stale.body, limits.maxAgeSeconds);
      throw new DocumentUnavailable(`${url} answered 304 for a document it changed`, `${url} svarade 304 för ett dokument som ändrats`);
    }
    if (response.status === 404 || response.status === 410) {
      await response.body?.cancel();
      this.entries.delete(url);
      return null;
    }
    if (response.status !== 200) {
      await response.body?.cancel();
      throw new DocumentUnavailable(`${url} answered HTTP ${response.status}`, `${url} svarade HTTP ${response.status}`);
    }
    const body = await readLimited(response, limits.maxBytes, url);
    return this.store(url, new CachePolicy(request, answer, { shared: false, cacheHeuristic: 0, immutableMinTimeToLive: 0 }), body, limits.maxAgeSeconds);
  }

  private store(url: string, policy: CachePolicy, body: string, maxAgeSeconds = this.options.maxCacheSeconds): string {
    const lifetime = Math.min(policy.storable() ? policy.timeToLive() : 0, this.options.maxCacheSeconds * 1000, maxAgeSeconds * 1000);
    if (lifetime > 0 || policy.storable()) {
      this.entries.delete(url);
      this.entries.set(url, { policy, body, freshUntil: this.now() + lifetime, confirmedAt: this.now() });
      if (this.entries.size > (this.options.maxEntries ?? 10_000)) this.entries.delete(this.entries.keys().next().value!);
    } else {
      this.entries.delete(url);
    }
    return body;
  }
}

async function readLimited(response: Response, maxBytes: number, url: string): Promise<string> {
  const tooLarge = () => new DocumentUnavailable(`${url} is larger than ${maxBytes.toLocaleString('en')} bytes`, `${url} är större än ${maxBytes.toLocaleString('sv')} byte`);
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    const reader = response.body?.getReader();
    while (reader) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof DocumentUnavailable) throw error;
    throw new DocumentUnavailable(`${url} broke off while being read`, `${url} avbröts medan det lästes`);
  }
  return Buffer.concat(chunks).toString('utf8');
}
