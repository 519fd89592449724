import type { HubContext } from '../../platform/context';
import { isUuid } from '../../platform/errors';
import type { AwardsLoaders } from './loaders';
import { MicroCredential, Organisation } from './types';

/**
 * How the gateway fetches the entities awards owns or contributes to, batched through the request's loaders.
 * The subgraph builder guards each with its `<Type>.@reference` rule (access-rules.ts) before it runs.
 */
export const awardReference = {
  async __resolveReference(reference: { id: string }, context: HubContext<AwardsLoaders>) {
    return isUuid(reference.id) ? context.loaders.awardById.load(reference.id.toLowerCase()) : null;
  },
};

/** Awards holds no organisation data: a reference is its id, and `awardsIssued` is loaded from there. */
export const organisationReference = {
  async __resolveReference(reference: { id: string }) {
    return Object.assign(new Organisation(), { id: reference.id });
  },
};

/** A version is its id here; whatever else a representation says is not used (the owner check reads its own data). */
export const microCredentialReference = {
  async __resolveReference(reference: { id: string }) {
    return Object.assign(new MicroCredential(), { id: reference.id });
  },
};
