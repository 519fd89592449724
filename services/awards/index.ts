import type { SubgraphDefinition } from '../../platform/subgraph';
import { AWARDS_ACCESS_RULES } from './access-rules';
import { healthResolver } from '../../platform/health';
import { AwardResolver, MicroCredentialAwardsResolver, OrganisationAwardsResolver } from './award.resolver';
import { statusListRoutes } from './http-routes';
import { EuropassAwardResolver, europassRoutes } from './europass';
import { LearnerResolver } from './learner.resolver';
import { createAwardsLoaders, type AwardsLoaders } from './loaders';
import { Awards1734000000000 } from './migrations/1734000000000-awards';
import { Statistics1735000000000 } from './migrations/1735000000000-statistics';
import { AwardStatisticsColumns1735000000001 } from './migrations/1735000000001-award-statistics-columns';
import { CredentialForms1737000000000 } from './migrations/1737000000000-credential-forms';
import { EuropeanCredential1738000000000 } from './migrations/1738000000000-european-credential';
import { DimensionValueResolver, StatisticsResolver } from './statistics/statistics.resolver';
import { awardReference, microCredentialReference, organisationReference } from './references';
import { ShareResolver } from './share.resolver';
import { EscoSkill, MicroCredential, Organisation, Qualification } from './types';

/** awards: learners and the signed credentials issued to them, their status lists and shares. */
export const awards: SubgraphDefinition<AwardsLoaders> = {
  name: 'awards',
  resolvers: [AwardResolver, EuropassAwardResolver, OrganisationAwardsResolver, MicroCredentialAwardsResolver, LearnerResolver, ShareResolver, StatisticsResolver, DimensionValueResolver, healthResolver('awards')],
  orphanedTypes: [MicroCredential, Organisation, EscoSkill, Qualification],
  referenceResolvers: { Award: awardReference, Organisation: organisationReference, MicroCredential: microCredentialReference },
  entities: [],
  migrations: [Awards1734000000000, Statistics1735000000000, AwardStatisticsColumns1735000000001, CredentialForms1737000000000, EuropeanCredential1738000000000],
  peers: ['accreditation', 'catalogue'],
  httpRoutes: (router, deps) => {
    statusListRoutes()(router, deps);
    europassRoutes()(router, deps);
  },
  accessRules: AWARDS_ACCESS_RULES,
  createLoaders: createAwardsLoaders,
};
