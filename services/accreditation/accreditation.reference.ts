import type { HubContext } from '../../platform/context';
import { isUuid } from '../../platform/errors';
import { accreditationView } from './accreditation';
import type { AccreditationLoaders } from './loaders';

/** How the gateway fetches an Accreditation another subgraph names (as it stands now), batched. */
export const accreditationReference = {
  async __resolveReference(reference: { id: string }, context: HubContext<AccreditationLoaders>) {
    if (!isUuid(reference.id)) return null;
    const history = await context.loaders.accreditationById.load(reference.id.toLowerCase());
    return history ? accreditationView(history) : null;
  },
};
