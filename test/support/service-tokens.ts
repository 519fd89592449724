import { readConfig, type SubgraphName } from '../../platform/config';
import { ServiceKeys } from '../../platform/service-token';
import type { TestHub } from './hub';

/**
 * A service token as subgraph `from` makes it for calls to `to`, signed with that subgraph's own key (made on
 * first start in the test hub's DATA_DIR): what a captured token would be.
 */
export async function serviceToken(hub: TestHub, from: SubgraphName, to: SubgraphName, lifetimeSeconds?: number): Promise<string> {
  const keys = await ServiceKeys.open(readConfig({ DATA_DIR: hub.dataDir, NODE_ENV: 'test' }), from);
  return keys.tokenFor(to, lifetimeSeconds);
}
