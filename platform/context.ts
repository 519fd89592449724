import type { DataSource } from 'typeorm';
import type { Identity } from './identity';
import type { PeerClient } from './peer';
import type { HubConfig, SubgraphName } from './config';

/**
 * The request context every resolver gets. Loaders are made per request so that DataLoader caches never
 * leak between callers.
 */
export interface HubContext<Loaders = unknown> {
  requestId: string;
  identity: Identity;
  db: DataSource;
  loaders: Loaders;
  peers: Partial<Record<SubgraphName, PeerClient>>;
  /** The hub's configuration, for resolvers whose answers depend on it (public URL, trust root). */
  config: HubConfig;
}
