import type { HubContext } from '../../platform/context';
import { isUuid } from '../../platform/errors';
import type { AccreditationLoaders } from './loaders';

/**
 * How the gateway fetches an Organisation that another subgraph names. Runs outside type-graphql, so it
 * batches through the request's DataLoader (N references, one statement) and must guard itself once
 * access rules apply to private fields.
 */
export const organisationReference = {
  __resolveReference(reference: { id: string }, { loaders }: HubContext<AccreditationLoaders>) {
    return isUuid(reference.id) ? loaders.organisationById.load(reference.id.toLowerCase()) : null;
  },
};
