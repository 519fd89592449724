import type { HubContext } from '../../../platform/context';
import { guardReference } from '../../../platform/access-policy';
import { ACCESS_POLICY } from '../../access-policy';
import type { CatalogueLoaders } from '../loaders';

/** ESCO concepts that other subgraphs name by URI (awards' skills, statistics): guarded and batched. */
export const escoSkillReference = {
  async __resolveReference(reference: { uri: string }, context: HubContext<CatalogueLoaders>) {
    await guardReference('EscoSkill', ACCESS_POLICY, reference, context);
    return typeof reference.uri === 'string' ? context.loaders.escoSkillByUri.load(reference.uri) : null;
  },
};

export const escoOccupationReference = {
  async __resolveReference(reference: { uri: string }, context: HubContext<CatalogueLoaders>) {
    await guardReference('EscoOccupation', ACCESS_POLICY, reference, context);
    return typeof reference.uri === 'string' ? context.loaders.escoOccupationByUri.load(reference.uri) : null;
  },
};
