import type { HubContext } from '../../platform/context';
import { isUuid } from '../../platform/errors';
import { guardReference } from '../../platform/access-policy';
import { ACCESS_POLICY } from '../access-policy';
import type { AccreditationLoaders } from './loaders';

/**
 * How the gateway fetches an Organisation that another subgraph names. Runs outside type-graphql, so it
 * batches through the request's DataLoader (N references, one statement) and guards itself with the
 * access policy.
 */
export const organisationReference = {
  async __resolveReference(reference: { id: string }, context: HubContext<AccreditationLoaders>) {
    await guardReference('Organisation', ACCESS_POLICY, reference, context);
    const { loaders } = context;
    return isUuid(reference.id) ? loaders.organisationById.load(reference.id.toLowerCase()) : null;
  },
};
