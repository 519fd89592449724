import DataLoader from 'dataloader';
import type { AccreditationAnswer, AccreditationQuestion, IssuerLocator, VerificationSources } from './sources';

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
}
