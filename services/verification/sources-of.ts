import type { DataSource } from 'typeorm';
import { publicBaseUrl } from '../../platform/config';
import type { HubContext } from '../../platform/context';
import { HttpVerificationSources } from './http-sources';
import { loadTrustedIssuers } from './trusted-issuers';
import type { VerificationSources } from './sources';
import { WorkBound } from '../../platform/work-bound';

/** One set of sources per running subgraph (keyed by its database), so that their caches outlive a request. */
const sourcesBySubgraph = new WeakMap<DataSource, VerificationSources>();

/**
 * The sources a verification reads: by default the hub's own public documents (under PUBLIC_URL, as any
 * outside verifier reads them) and the other subgraphs' public queries.
 */
export function verificationSources(context: HubContext): VerificationSources {
  let sources = sourcesBySubgraph.get(context.db);
  if (!sources) {
    sources = new HttpVerificationSources({
      documentBases: [publicBaseUrl(context.config)],
      trustedIssuers: loadTrustedIssuers(context.config.VERIFICATION_TRUSTED_ISSUERS_FILE),
      peers: context.peers,
      maxCacheSeconds: context.config.VERIFICATION_CACHE_MAX_SECONDS,
      statusListSeconds: context.config.VERIFICATION_STATUS_MAX_SECONDS,
    });
    sourcesBySubgraph.set(context.db, sources);
  }
  return sources;
}

/**
 * Puts other sources in place for a running verification subgraph (in the same process): the tests and the
 * benchmark do this where the documents they need are not yet published by the hub itself.
 */
export function useVerificationSources(subgraphDatabase: DataSource, sources: VerificationSources): void {
  sourcesBySubgraph.set(subgraphDatabase, sources);
}

/** Credentials being verified at once in this subgraph, over all requests (VERIFICATION_MAX_CONCURRENT). */
const boundsBySubgraph = new WeakMap<DataSource, WorkBound>();

export function verificationBound(context: HubContext): WorkBound {
  let bound = boundsBySubgraph.get(context.db);
  if (!bound) boundsBySubgraph.set(context.db, (bound = new WorkBound('verification', context.config.VERIFICATION_MAX_CONCURRENT)));
  return bound;
}
