import type { AccessPolicy } from '../platform/access-policy';

/**
 * THE access policy of the hub: every query and mutation of the composed graph, and every entity's
 * reference resolution, with who may call it. The subgraphs enforce exactly this table (a middleware for
 * type-graphql fields, a guard in each `__resolveReference`); a test fails when an operation of the
 * supergraph is missing here, and a matrix test calls each one as each role.
 */
export const ACCESS_POLICY: AccessPolicy = {
  // accreditation: organisations are public records; authorities register them, they or the
  // organisation itself edit them.
  'Query.organisation': { allow: ['anyone'] },
  'Query.organisations': { allow: ['anyone'] },
  'Mutation.registerOrganisation': { allow: ['authority'] },
  'Mutation.updateOrganisation': { allow: ['authority', 'provider'], organisationOf: (args) => args.id },
  'Organisation.@reference': { allow: ['anyone'] },
  'Query.accreditationHealth': { allow: ['anyone'] },
  // An organisation's contact is for those who work with it, not for everyone who can read the registry.
  'Organisation.contact': { allow: ['authority', 'provider', 'service'], organisationOf: (args) => args.root?.id },

  // accreditation: who may issue what is public (verifiers inside and outside the hub ask); only authorities
  // decide it, each for its own organisation (checked in the resolvers: the token's org must be an authority
  // that granted the accreditation, within its own scope).
  'Query.accreditation': { allow: ['anyone'] },
  'Query.accreditationCheck': { allow: ['anyone'] },
  'Query.trustRoot': { allow: ['anyone'] },
  'Mutation.grantAccreditation': { allow: ['authority'] },
  'Mutation.amendAccreditation': { allow: ['authority'] },
  'Mutation.suspendAccreditation': { allow: ['authority'] },
  'Mutation.reinstateAccreditation': { allow: ['authority'] },
  'Mutation.withdrawAccreditation': { allow: ['authority'] },
  'Accreditation.@reference': { allow: ['anyone'] },
  // Which person recorded a change is for authorities; which organisation did is public.
  'AccreditationState.recordedBy': { allow: ['authority'] },

  // Signing keys: public keys are public; the organisation itself, an authority, or the awards service (on
  // the issuer's behalf) registers, rotates and revokes them.
  'Query.signingKeyCheck': { allow: ['anyone'] },
  'Mutation.registerSigningKey': { allow: ['provider', 'authority', 'service'], organisationOf: (args) => args.organisationId },
  'Mutation.rotateSigningKey': { allow: ['provider', 'authority', 'service'], organisationOf: (args) => args.organisationId },
  'Mutation.revokeSigningKey': { allow: ['provider', 'authority', 'service'], organisationOf: (args) => args.organisationId },

  // catalogue: anyone reads the national catalogue; a provider adds entries for its own organisation.
  'Query.microCredential': { allow: ['anyone'] },
  'Query.microCredentials': { allow: ['anyone'] },
  'Mutation.createMicroCredential': { allow: ['provider'], organisationOf: (args) => args.input?.providerId },
  'MicroCredential.@reference': { allow: ['anyone'] },
  'Query.catalogueHealth': { allow: ['anyone'] },

  // awards and verification: health only, for now.
  'Query.awardsHealth': { allow: ['anyone'] },
  'Query.verificationHealth': { allow: ['anyone'] },
};
