/**
 * The catalogue holds no organisation data: a reference is resolved to its id, and `microCredentials`
 * is loaded in batches from there.
 */
export const organisationReference = {
  async __resolveReference(reference: { id: string }) {
    return { id: reference.id };
  },
};
