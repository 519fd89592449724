import type { SubgraphDefinition } from '../../platform/subgraph';
import { VERIFICATION_ACCESS_RULES } from './access-rules';
import { healthResolver } from '../../platform/health';
import { VerificationResolver } from './verification.resolver';

/**
 * verification: "is this credential genuine, in force, about whom, and from an issuer accredited to issue
 * it?" It keeps no data of its own: it reads what any outside verifier can read (the issuers' keys, the
 * trusted issuer registry, the status lists, the public catalogue) and the accreditation and sharing
 * services' public queries.
 */
export const verification: SubgraphDefinition<Record<string, never>> = {
  name: 'verification',
  resolvers: [VerificationResolver, healthResolver('verification')],
  entities: [],
  migrations: [],
  peers: ['accreditation', 'catalogue', 'awards'],
  accessRules: VERIFICATION_ACCESS_RULES,
  createLoaders: () => ({}),
};
