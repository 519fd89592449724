import { createHash } from 'node:crypto';

/**
 * Bearer tokens this process has verified, and what each proved (the caller's identity). One request is
 * checked at the gateway and again at every subgraph it reaches, and a client sends the same token request
 * after request, as a subgraph sends its service token for a minute: each such token is verified once, and
 * then known until it expires or for `seconds`, whichever is sooner.
 *
 * Kept under the SHA-256 of the token, not the token itself (a memory dump shows no usable token), and only
 * what verified: a refused token is checked again each time it comes (a token that failed only because it was
 * not valid yet, or its key was not yet published, is accepted once it is). At most `maxEntries`, the least
 * recently used going first, so that a stream of distinct tokens (each one needing a valid signature to get
 * in at all) cannot grow memory.
 *
 * What is kept is what a token proves by itself: nothing the hub revokes before a token expires (the hub keeps
 * no token deny-list). An identity provider's key withdrawn from its JWKS stops its tokens once the JWKS is read
 * again; a token already here lasts `seconds` more at most.
 */
export class VerifiedTokens<T> {
  private readonly entries = new Map<string, { value: T; until: number }>();
  private readonly maxEntries: number;
  private readonly ms: number;
  private readonly now: () => number;

  constructor(options: { seconds: number; maxEntries?: number; now?: () => number }) {
    this.ms = Math.max(0, options.seconds) * 1000;
    this.maxEntries = options.maxEntries ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** The key a token is kept under. */
  static keyOf(token: string): string {
    return createHash('sha256').update(token).digest('base64url');
  }

  /** How many tokens are kept. */
  get size(): number {
    return this.entries.size;
  }

  /** What the token with this key proved, while it is known. */
  get(key: string): T | undefined {
    if (this.ms === 0) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.until <= this.now()) return undefined;
    // Most recently used last: the oldest go first.
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Keeps what a verified token proved, until `expiresAtMs` (its expiry, clock tolerance included) at the latest. */
  remember(key: string, value: T, expiresAtMs: number): void {
    const until = Math.min(this.now() + this.ms, expiresAtMs);
    if (!(until > this.now())) return;
    this.entries.delete(key);
    this.entries.set(key, { value, until });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}
