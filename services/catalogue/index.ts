import type { SubgraphDefinition } from '../../platform/subgraph';
import { ACCESS_POLICY } from '../access-policy';
import { healthResolver } from '../../platform/health';
import { createCatalogueLoaders, type CatalogueLoaders } from './loaders';
import { MicroCredential } from './micro-credential';
import { MicroCredentialResolver, OrganisationMicroCredentialsResolver } from './micro-credential.resolver';
import { microCredentialReference } from './micro-credential.reference';
import { MicroCredential1732000000000 } from './migrations/1732000000000-micro-credential';
import { organisationReference } from './organisation.reference';

/** catalogue: the national catalogue of micro-credentials. */
export const catalogue: SubgraphDefinition<CatalogueLoaders> = {
  name: 'catalogue',
  resolvers: [MicroCredentialResolver, OrganisationMicroCredentialsResolver, healthResolver('catalogue')],
  referenceResolvers: { MicroCredential: microCredentialReference, Organisation: organisationReference },
  entities: [MicroCredential],
  migrations: [MicroCredential1732000000000],
  peers: ['accreditation'],
  accessPolicy: ACCESS_POLICY,
  createLoaders: createCatalogueLoaders,
};
