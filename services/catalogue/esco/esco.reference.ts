import type { HubContext } from '../../../platform/context';
import type { CatalogueLoaders } from '../loaders';

/** ESCO concepts that other subgraphs name by URI (awards' skills, statistics), batched. */
export const escoSkillReference = {
  async __resolveReference(reference: { uri: string }, context: HubContext<CatalogueLoaders>) {
    return typeof reference.uri === 'string' ? context.loaders.escoSkillByUri.load(reference.uri) : null;
  },
};

export const escoOccupationReference = {
  async __resolveReference(reference: { uri: string }, context: HubContext<CatalogueLoaders>) {
    return typeof reference.uri === 'string' ? context.loaders.escoOccupationByUri.load(reference.uri) : null;
  },
};
