import type { HubContext } from '../../platform/context';
import { isUuid } from '../../platform/errors';
import type { CatalogueLoaders } from './loaders';
import { maySee } from './visibility';

/**
 * How another subgraph's reference to a version (for example an award's) is resolved, batched through the
 * request's DataLoader, so N references cost one statement (the subgraph builder guards it). Drafts resolve
 * only for those who may see them.
 */
export const microCredentialReference = {
  async __resolveReference(reference: { id: string }, context: HubContext<CatalogueLoaders>) {
    if (!isUuid(reference.id)) return null;
    const version = await context.loaders.microCredentialById.load(reference.id.toLowerCase());
    return version && maySee(context.identity, version) ? version : null;
  },
};
