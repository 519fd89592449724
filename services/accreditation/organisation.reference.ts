import type { HubContext } from '../../platform/context';
import { isUuid } from '../../platform/errors';
import type { AccreditationLoaders } from './loaders';

/**
 * How the gateway fetches an Organisation that another subgraph names. Runs outside type-graphql, so it
 * batches through the request's DataLoader (N references, one statement); the subgraph builder guards it.
 */
export const organisationReference = {
  async __resolveReference(reference: { id: string }, context: HubContext<AccreditationLoaders>) {
    const { loaders } = context;
    return isUuid(reference.id) ? loaders.organisationById.load(reference.id.toLowerCase()) : null;
  },
};
