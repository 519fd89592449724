import DataLoader from 'dataloader';
import type { AccreditationAnswer, AccreditationQuestion, IssuerLocator, VerificationSources } from './sources';

/** A source a report relied on, and when what was used of it was read. */
export interface SourceReading {
  source: 'keys' | 'registry' | 'status list' | 'catalogue' | 'accreditation';
  address: string;
  readAt: Date;
}

/**
 * One verification request (a single credential, a batch, or a share): every source document is read at
 * most once in it, whatever the sources' own caches do, and the accreditation questions of a batch go out
 * together.
 */
export class VerificationRun {
  private readonly memo = new Map<string, Promise<unknown>>();
  readonly accreditation: DataLoader<AccreditationQuestion, AccreditationAnswer, string>;

  constructor(
    readonly sources: VerificationSources,
    readonly now: Date = new Date(),
  ) {
    this.accreditation = new DataLoader((questions) => sources.accreditationChecks([...questions]), {
      cacheKeyFn: (question) => JSON.stringify([question.organisationId, question.seqfLevel, question.field, question.credentialType, question.at.toISOString(), question.microCredentialId]),
    });
  }

  /** `load`'s promise, made once per key in this run. */
  /** Notes on a credential's readings when `address` (kept under `key`) was read; each source once. */
  noteRead(readings: SourceReading[], source: SourceReading['source'], address: string, key = address): void {
    if (readings.some((reading) => reading.source === source && reading.address === address)) return;
    readings.push({ source, address, readAt: this.sources.readAt?.(key) ?? new Date() });
  }

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

  keys = (issuer: IssuerLocator) => this.once(`keys ${issuer.base} ${issuer.organisationId} ${issuer.did}`, () => this.sources.issuerKeys(issuer));
  registry = (base: string) => this.once(`registry ${base}`, () => this.sources.registry(base));
  statusList = (url: string) => this.once(`status ${url}`, () => this.sources.statusList(url));
  catalogueEntry = (id: string) => this.once(`catalogue ${id}`, () => this.sources.catalogueEntry(id));
  /** The entry read again past any cached answer: before a cached "no" is reported as a failure. */
  freshCatalogueEntry = (id: string) => this.once(`catalogue fresh ${id}`, () => this.sources.catalogueEntry(id, { fresh: true }));
}
