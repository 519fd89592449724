import type { HubContext } from '../../platform/context';
import { isUuid } from '../../platform/errors';
import type { CatalogueLoaders } from './loaders';

/** Batched, like every reference resolver. */
export const qualificationReference = {
  async __resolveReference(reference: { id: string }, context: HubContext<CatalogueLoaders>) {
    return isUuid(reference.id) ? context.loaders.qualificationById.load(reference.id.toLowerCase()) : null;
  },
};
