import type { AccessPolicy } from '../../platform/access-policy';

/**
 * Who may call each query, mutation, guarded field and entity reference of the accreditation subgraph. The
 * subgraph enforces exactly this table (platform/access-policy.ts); a test holds the four subgraphs' tables
 * together against the composed supergraph, so an operation without a rule fails.
 */
export const ACCREDITATION_ACCESS_RULES: AccessPolicy = {
  // Organisations are public records; authorities register them, they or the organisation itself edit them.
  'Query.organisation': { allow: ['anyone'] },
  'Query.organisations': { allow: ['anyone'] },
  'Mutation.registerOrganisation': { allow: ['authority'] },
  'Mutation.updateOrganisation': { allow: ['authority', 'provider'], organisationOf: (args) => args.id },
  'Organisation.@reference': { allow: ['anyone'] },
  'Query.accreditationHealth': { allow: ['anyone'] },
  // An organisation's contact is for those who work with it, not for everyone who can read the registry.
  'Organisation.contact': { allow: ['authority', 'provider', 'service'], organisationOf: (args) => args.root?.id },

  // Who may issue what is public (verifiers inside and outside the hub ask); only authorities decide it, each
  // for its own organisation (checked in the resolvers: the token's org must be an authority that granted the
  // accreditation, within its own scope).
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

  // Signing keys: public keys are public; the organisation itself, an authority, or the awards service (on the
  // issuer's behalf) registers, rotates and revokes them.
  'Query.signingKeyCheck': { allow: ['anyone'] },
  'Mutation.registerSigningKey': { allow: ['provider', 'authority', 'service'], organisationOf: (args) => args.organisationId },
  'Mutation.rotateSigningKey': { allow: ['provider', 'authority', 'service'], organisationOf: (args) => args.organisationId },
  'Mutation.revokeSigningKey': { allow: ['provider', 'authority', 'service'], organisationOf: (args) => args.organisationId },
};
