import type { SubgraphDefinition } from '../../platform/subgraph';
import { ACCESS_POLICY } from '../access-policy';
import { healthResolver } from '../../platform/health';

/** verification: its entities arrive with their own issue; for now it starts, owns its database and answers its health check. */
export const verification: SubgraphDefinition<Record<string, never>> = {
  name: 'verification',
  resolvers: [healthResolver('verification')],
  entities: [],
  migrations: [],
  accessPolicy: ACCESS_POLICY,
  createLoaders: () => ({}),
};
