import type { SubgraphDefinition } from '../../platform/subgraph';
import { ACCESS_POLICY } from '../access-policy';
import { healthResolver } from '../../platform/health';

/** awards: its entities arrive with their own issue; for now it starts, owns its database and answers its health check. */
export const awards: SubgraphDefinition<Record<string, never>> = {
  name: 'awards',
  resolvers: [healthResolver('awards')],
  entities: [],
  migrations: [],
  accessPolicy: ACCESS_POLICY,
  createLoaders: () => ({}),
};
