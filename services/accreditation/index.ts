import type { SubgraphDefinition } from '../../platform/subgraph';
import { ACCESS_POLICY } from '../access-policy';
import { healthResolver } from '../../platform/health';
import { createAccreditationLoaders, type AccreditationLoaders } from './loaders';
import { Organisation1732000000000 } from './migrations/1732000000000-organisation';
import { Organisation } from './organisation';
import { OrganisationResolver } from './organisation.resolver';
import { organisationReference } from './organisation.reference';

/** accreditation: issuer organisations, their accreditations and signing keys. */
export const accreditation: SubgraphDefinition<AccreditationLoaders> = {
  name: 'accreditation',
  resolvers: [OrganisationResolver, healthResolver('accreditation')],
  referenceResolvers: { Organisation: organisationReference },
  entities: [Organisation],
  migrations: [Organisation1732000000000],
  accessPolicy: ACCESS_POLICY,
  createLoaders: createAccreditationLoaders,
};
