import type { SubgraphDefinition } from '../../platform/subgraph';
import { ACCREDITATION_ACCESS_RULES } from './access-rules';
import { healthResolver } from '../../platform/health';
import { AccreditationRecord, AccreditationStateRecord } from './accreditation';
import { accreditationReference } from './accreditation.reference';
import { AccreditationResolver, AccreditationStateResolver } from './accreditation.resolver';
import { createAccreditationLoaders, type AccreditationLoaders } from './loaders';
import { Organisation1732000000000 } from './migrations/1732000000000-organisation';
import { Accreditation1733000000000 } from './migrations/1733000000000-accreditation';
import { RsaSigningKeys1737000000000 } from './migrations/1737000000000-rsa-signing-keys';
import { Organisation } from './organisation';
import { OrganisationResolver } from './organisation.resolver';
import { organisationReference } from './organisation.reference';
import { publicDocumentRoutes } from './public-documents';
import { SigningKeyRecord, SigningKeyStateRecord } from './signing-key';
import { SigningKeyResolver } from './signing-key.resolver';

/**
 * accreditation: issuer organisations, their accreditations and signing keys, and the trusted issuer
 * registry that verifiers outside the graph read over plain HTTP.
 */
export const accreditation: SubgraphDefinition<AccreditationLoaders> = {
  name: 'accreditation',
  resolvers: [OrganisationResolver, AccreditationResolver, AccreditationStateResolver, SigningKeyResolver, healthResolver('accreditation')],
  referenceResolvers: { Organisation: organisationReference, Accreditation: accreditationReference },
  entities: [Organisation, AccreditationRecord, AccreditationStateRecord, SigningKeyRecord, SigningKeyStateRecord],
  migrations: [Organisation1732000000000, Accreditation1733000000000, RsaSigningKeys1737000000000],
  accessRules: ACCREDITATION_ACCESS_RULES,
  createLoaders: createAccreditationLoaders,
  httpRoutes: publicDocumentRoutes,
};
