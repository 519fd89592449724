import type { HubContext } from '../../platform/context';
import { isUuid } from '../../platform/errors';
import { guardReference } from '../../platform/access-policy';
import { ACCESS_POLICY } from '../access-policy';
import type { CatalogueLoaders } from './loaders';

/** Guarded and batched, like every reference resolver. */
export const qualificationReference = {
  async __resolveReference(reference: { id: string }, context: HubContext<CatalogueLoaders>) {
    await guardReference('Qualification', ACCESS_POLICY, reference, context);
    return isUuid(reference.id) ? context.loaders.qualificationById.load(reference.id.toLowerCase()) : null;
  },
};
