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

  // catalogue: anyone reads the national catalogue; a provider adds entries for its own organisation.
  'Query.microCredential': { allow: ['anyone'] },
  'Query.microCredentials': { allow: ['anyone'] },
  'Mutation.createMicroCredential': { allow: ['provider'], organisationOf: (args) => args.input?.providerId },
  'MicroCredential.@reference': { allow: ['anyone'] },
  'Query.catalogueHealth': { allow: ['anyone'] },

  // statistics (awards subgraph): aggregates for analysts only.
  'Query.competenceStatistics': { allow: ['analyst'] },
  'Query.competenceTimeSeries': { allow: ['analyst'] },
  'Query.topSkills': { allow: ['analyst'] },
  'Query.occupationCoverage': { allow: ['analyst'] },

  // awards and verification: health only, for now.
  'Query.awardsHealth': { allow: ['anyone'] },
  'Query.verificationHealth': { allow: ['anyone'] },
};
