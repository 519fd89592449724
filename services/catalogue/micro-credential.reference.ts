import type { HubContext } from '../../platform/context';
import { isUuid } from '../../platform/errors';
import type { CatalogueLoaders } from './loaders';

/** Batched through the request's DataLoader, so N references cost one statement. */
export const microCredentialReference = {
  __resolveReference(reference: { id: string }, { loaders }: HubContext<CatalogueLoaders>) {
    return isUuid(reference.id) ? loaders.microCredentialById.load(reference.id.toLowerCase()) : null;
  },
};
