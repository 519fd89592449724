import type { HubContext } from '../../platform/context';
import { guardReference } from '../../platform/access-policy';
import { ACCESS_POLICY } from '../access-policy';

/**
 * The catalogue holds no organisation data: a reference is resolved to its id, and `microCredentials`
 * is loaded in batches from there.
 */
export const organisationReference = {
  async __resolveReference(reference: { id: string }, context: HubContext) {
    await guardReference('Organisation', ACCESS_POLICY, reference, context);
    return { id: reference.id };
  },
};
