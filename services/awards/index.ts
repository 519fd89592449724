import type { SubgraphDefinition } from '../../platform/subgraph';
import { AWARDS_ACCESS_RULES } from './access-rules';
import { healthResolver } from '../../platform/health';
import { publicBaseUrl } from '../../platform/config';
import { AwardResolver, MicroCredentialAwardsResolver, OrganisationAwardsResolver } from './award.resolver';
import { statusListRoutes } from './http-routes';
import { EuropassAwardResolver, europassRoutes } from './europass';
import { LearnerResolver, sealLegacyLearnerContacts } from './learner.resolver';
import { awardsCore } from './dependencies';
import { createAwardsLoaders, type AwardsLoaders } from './loaders';
import { Awards1734000000000 } from './migrations/1734000000000-awards';
import { Statistics1735000000000 } from './migrations/1735000000000-statistics';
import { AwardStatisticsColumns1735000000001 } from './migrations/1735000000001-award-statistics-columns';
import { CredentialForms1737000000000 } from './migrations/1737000000000-credential-forms';
import { EuropeanCredential1738000000000 } from './migrations/1738000000000-european-credential';
import { EuropeanFacts1738000000001 } from './migrations/1738000000001-european-facts';
import { SealCertificates1738000000002 } from './migrations/1738000000002-seal-certificates';
import { OpenBadgeOnRequest1739200000000 } from './migrations/1739200000000-open-badge-on-request';
import { OneSignedRepresentation1739200000001 } from './migrations/1739200000001-one-signed-representation';
import { CredentialParts1739200000002 } from './migrations/1739200000002-credential-parts';
import { SealCertificateResolver } from './seal-certificate';
import { StatisticsCellKeys1737150000000 } from './migrations/1737150000000-statistics-cell-keys';
import { AwardRecordKeys1737150000001 } from './migrations/1737150000001-award-record-keys';
import { ErasedLearners1737150000002 } from './migrations/1737150000002-erased-learners';
import { SealedLearnerContact1737150000003 } from './migrations/1737150000003-sealed-learner-contact';
import { SignedInLearners1738000000000 } from './migrations/1738000000000-signed-in-learners';
import { learnerSignInRoute } from './sign-in';
import { signInStateRoute } from './sign-in-state';
import { SharedSignInState1738500000001 } from './migrations/1738500000001-shared-sign-in-state';
import { DimensionValueResolver, StatisticsResolver } from './statistics/statistics.resolver';
import { awardReference, microCredentialReference, organisationReference } from './references';
import { ShareResolver } from './share.resolver';
import { CredentialOfferResolver } from './wallet-issuance/offer.resolver';
import { walletIssuanceRoutes } from './wallet-issuance/endpoints';
import { WalletIssuance1738000000000 } from './wallet-issuance/migration';
import { WalletAuthorization1738500000000 } from './wallet-issuance/authorization-migration';
import { walletAuthorizationRoute } from './wallet-issuance/authorization';
import { pushedAuthorizationRequestRoute } from './wallet-issuance/pushed-request';
import { ClientAttestation } from './wallet-issuance/client-attestation';
import { WalletClientAttestations1739300000001 } from './wallet-issuance/client-attestation-migration';
import { WalletPushedRequests1739300000000 } from './wallet-issuance/pushed-request-migration';
import { EscoSkill, MicroCredential, Organisation, Qualification } from './types';

/** awards: learners and the signed credentials issued to them, their status lists and shares. */
export const awards: SubgraphDefinition<AwardsLoaders> = {
  name: 'awards',
  resolvers: [AwardResolver, EuropassAwardResolver, SealCertificateResolver, OrganisationAwardsResolver, MicroCredentialAwardsResolver, LearnerResolver, ShareResolver, CredentialOfferResolver, StatisticsResolver, DimensionValueResolver, healthResolver('awards')],
  orphanedTypes: [MicroCredential, Organisation, EscoSkill, Qualification],
  referenceResolvers: { Award: awardReference, Organisation: organisationReference, MicroCredential: microCredentialReference },
  entities: [],
  migrations: [Awards1734000000000, Statistics1735000000000, AwardStatisticsColumns1735000000001, CredentialForms1737000000000, StatisticsCellKeys1737150000000, AwardRecordKeys1737150000001, ErasedLearners1737150000002, SealedLearnerContact1737150000003, SignedInLearners1738000000000, EuropeanCredential1738000000000, EuropeanFacts1738000000001, SealCertificates1738000000002, WalletIssuance1738000000000, WalletAuthorization1738500000000, SharedSignInState1738500000001, OpenBadgeOnRequest1739200000000, OneSignedRepresentation1739200000001, CredentialParts1739200000002, WalletPushedRequests1739300000000, WalletClientAttestations1739300000001],
  peers: ['accreditation', 'catalogue'],
  httpRoutes: (router, deps) => {
    statusListRoutes()(router, deps);
    learnerSignInRoute()(router, deps);
    // What the gateway processes share about sign-ins (spent states, ended sessions).
    signInStateRoute()(router, deps);
    europassRoutes()(router, deps);
    // The trusted wallet providers, read once at start for the token and PAR endpoints: a JWKS file that is not one
    // stops the hub, naming the variable.
    const attestation = ClientAttestation.fromConfig(deps.config, publicBaseUrl(deps.config));
    // OpenID4VCI: metadata, token, nonce and credential endpoints (wallet-issuance/).
    walletIssuanceRoutes(attestation)(router, deps);
    // The authorization code flow's codes, minted for the gateway's sign-in only.
    walletAuthorizationRoute()(router, deps);
    // Pushed authorization requests (RFC 9126), taken by the gateway's authorization endpoint.
    pushedAuthorizationRequestRoute(attestation)(router, deps);
  },
  onStart: ({ db, config }) => sealLegacyLearnerContacts(db, awardsCore(db, config).vault),
  accessRules: AWARDS_ACCESS_RULES,
  createLoaders: createAwardsLoaders,
};
