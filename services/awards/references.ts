import type { HubContext } from '../../platform/context';
import { isUuid } from '../../platform/errors';
import { guardReference } from '../../platform/access-policy';
import { ACCESS_POLICY } from '../access-policy';
import type { AwardsLoaders } from './loaders';
import { MicroCredential, Organisation } from './types';

/**
 * How the gateway fetches the entities awards owns or contributes to. These run outside type-graphql, so
 * each guards itself with the access policy and batches through the request's loaders.
 */
export const awardReference = {
  async __resolveReference(reference: { id: string }, context: HubContext<AwardsLoaders>) {
    await guardReference('Award', ACCESS_POLICY, reference, context);
    return isUuid(reference.id) ? context.loaders.awardById.load(reference.id.toLowerCase()) : null;
  },
};

/** Awards holds no organisation data: a reference is its id, and `awardsIssued` is loaded from there. */
export const organisationReference = {
  async __resolveReference(reference: { id: string }, context: HubContext) {
    await guardReference('Organisation', ACCESS_POLICY, reference, context);
    return Object.assign(new Organisation(), { id: reference.id });
  },
};

/** The representation carries `provider { id }` (required by awardCount) for the owner check. */
export const microCredentialReference = {
  async __resolveReference(reference: { id: string; provider?: { id: string } }, context: HubContext) {
    await guardReference('MicroCredential', ACCESS_POLICY, reference, context);
    return Object.assign(new MicroCredential(), { id: reference.id, provider: reference.provider });
  },
};
