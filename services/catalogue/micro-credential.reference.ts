import type { HubContext } from '../../platform/context';
import { isUuid } from '../../platform/errors';
import { guardReference } from '../../platform/access-policy';
import { ACCESS_POLICY } from '../access-policy';
import type { CatalogueLoaders } from './loaders';

/** Guarded by the access policy (type-graphql's checks do not run here) and batched through the request's DataLoader, so N references cost one statement. */
export const microCredentialReference = {
  async __resolveReference(reference: { id: string }, context: HubContext<CatalogueLoaders>) {
    await guardReference('MicroCredential', ACCESS_POLICY, reference, context);
    const { loaders } = context;
    return isUuid(reference.id) ? loaders.microCredentialById.load(reference.id.toLowerCase()) : null;
  },
};
