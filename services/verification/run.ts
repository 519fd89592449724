import DataLoader from 'dataloader';
import type { AccreditationAnswer, AccreditationQuestion, IssuerLocator, VerificationSources } from './sources';

/** A source a report relied on, and when what was used of it was read. */
export interface SourceReading {
  source: SourceKind;
  address: string;
  readAt: Date;
}

/** The sources a verification reads (shares aside). */
export type SourceKind = 'keys' | 'registry' | 'status list' | 'catalogue' | 'accreditation';

/**
 * One verification request (a single credential, a batch, or a share): every source document is read at
 * most once in it, whatever the sources' own caches do, and the accreditation questions of a batch go out
 * together. A run made `afresh(kinds)` reads those sources past the caches (documents revalidated with their
 * ETag, answers asked again): the second look the verifier takes before it reports a failure.
 */
export class VerificationRun {
  private readonly memo = new Map<string, Promise<unknown>>();
  readonly accreditation: DataLoader<AccreditationQuestion, AccreditationAnswer, string>;

  /** What the sources had served from their caches when the run began (sources that do not say: unknown). */
  private readonly cachedBefore: number | undefined;

  constructor(
    readonly sources: VerificationSources,
    readonly now: Date = new Date(),
    /** The sources this run reads past the caches. */
    private readonly fresh: ReadonlySet<SourceKind> = new Set(),
  ) {
    this.cachedBefore = sources.cachedReads?.();
    this.accreditation = new DataLoader((questions) => sources.accreditationChecks([...questions], this.reading('accreditation')), {
      cacheKeyFn: (question) => JSON.stringify([question.organisationId, question.seqfLevel, question.field, question.credentialType, question.at.toISOString(), question.microCredentialId]),
    });
  }

  /** The same request read again, `kinds` afresh. */
  afresh(kinds: ReadonlySet<SourceKind>): VerificationRun {
    return new VerificationRun(this.sources, this.now, kinds);
  }

  private reading(kind: SourceKind) {
    return { fresh: this.fresh.has(kind) };
  }

  /** Whether anything this run read may have come from a cache (a copy older than the run); true when the sources do not say. */
  mayHaveUsedCachedCopies(): boolean {
    if (this.fresh.size) return false;
    const now = this.sources.cachedReads?.();
    return now === undefined || this.cachedBefore === undefined || now !== this.cachedBefore;
  }

  /** Notes on a credential's readings when `address` (kept under `key`) was read; each source once. */
  noteRead(readings: SourceReading[], source: SourceReading['source'], address: string, key = address): void {
    if (readings.some((reading) => reading.source === source && reading.address === address)) return;
    readings.push({ source, address, readAt: this.sources.readAt?.(key) ?? new Date() });
  }

  /** `load`'s promise, made once per key in this run. */
  once<T>(key: string, load: () => Promise<T>): Promise<T> {
    let promise = this.memo.get(key) as Promise<T> | undefined;
    if (!promise) {
      promise = load();
      // Rejections are read by whoever awaits; this keeps an unread one from being reported as unhandled.
      promise.catch(() => undefined);
      this.memo.set(key, promise);
    }
    return promise;
  }

  keys = (issuer: IssuerLocator) => this.once(`keys ${issuer.base} ${issuer.organisationId} ${issuer.did}`, () => this.sources.issuerKeys(issuer, this.reading('keys')));
  registry = (base: string) => this.once(`registry ${base}`, () => this.sources.registry(base, this.reading('registry')));
  statusList = (url: string) => this.once(`status ${url}`, () => this.sources.statusList(url, this.reading('status list')));
  catalogueEntry = (id: string) => this.once(`catalogue ${id}`, () => this.sources.catalogueEntry(id, this.reading('catalogue')));
}
