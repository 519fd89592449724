import type { SubgraphDefinition } from '../../platform/subgraph';
import { CATALOGUE_ACCESS_RULES } from './access-rules';
import { healthResolver } from '../../platform/health';
import { CatalogueEntry } from './catalogue-entry';
import { escoOccupationReference, escoSkillReference } from './esco/esco.reference';
import { EuropassMicroCredentialResolver, europassDatasetRoutes } from './europass';
import { EscoOccupationResolver, EscoSkillResolver } from './esco/esco.resolver';
import { IssuingRightRecord } from './issuing-right';
import { IssuingRightResolver } from './issuing-right.resolver';
import { createCatalogueLoaders, type CatalogueLoaders } from './loaders';
import { MicroCredential } from './micro-credential';
import {
  LearningOutcomeResolver,
  MicroCredentialResolver,
  OrganisationMicroCredentialsResolver,
  StackabilityResolver,
} from './micro-credential.resolver';
import { microCredentialReference } from './micro-credential.reference';
import { MicroCredential1732000000000 } from './migrations/1732000000000-micro-credential';
import { CatalogueEntries1733100000000 } from './migrations/1733100000000-catalogue-entries';
import { Esco1733100000001 } from './migrations/1733100000001-esco';
import { EscoPilotSkills1736000000000 } from './migrations/1736000000000-esco-pilot-skills';
import { SearchLevelIndexes1738100000000 } from './migrations/1738100000000-search-level-indexes';
import { organisationReference } from './organisation.reference';
import { Qualification, QualificationComponentRecord } from './qualification';
import { QualificationComponentResolver, QualificationResolver } from './qualification.resolver';
import { qualificationReference } from './qualification.reference';
import { ReferenceDataResolver } from './reference-data.resolver';

/**
 * catalogue: the national catalogue of micro-credentials (versions, issuing rights, qualifications they
 * stack into), SeQF/EQF reference data and the ESCO skills and occupations entries link to. Calls the
 * accreditation subgraph (organisation lookups, the accreditation check before publishing).
 */
export const catalogue: SubgraphDefinition<CatalogueLoaders> = {
  name: 'catalogue',
  resolvers: [
    MicroCredentialResolver,
    EuropassMicroCredentialResolver,
    LearningOutcomeResolver,
    StackabilityResolver,
    OrganisationMicroCredentialsResolver,
    IssuingRightResolver,
    QualificationResolver,
    QualificationComponentResolver,
    EscoSkillResolver,
    EscoOccupationResolver,
    ReferenceDataResolver,
    healthResolver('catalogue'),
  ],
  referenceResolvers: {
    MicroCredential: microCredentialReference,
    Organisation: organisationReference,
    Qualification: qualificationReference,
    EscoSkill: escoSkillReference,
    EscoOccupation: escoOccupationReference,
  },
  entities: [CatalogueEntry, MicroCredential, IssuingRightRecord, Qualification, QualificationComponentRecord],
  migrations: [MicroCredential1732000000000, CatalogueEntries1733100000000, Esco1733100000001, EscoPilotSkills1736000000000, SearchLevelIndexes1738100000000],
  peers: ['accreditation'],
  // Europass: the catalogue as learning opportunities (ELM v3, LOQ), for the national coordination point.
  httpRoutes: europassDatasetRoutes(),
  accessRules: CATALOGUE_ACCESS_RULES,
  createLoaders: createCatalogueLoaders,
};
