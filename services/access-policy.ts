import type { AccessPolicy } from '../platform/access-policy';
import type { HubContext } from '../platform/context';
import { isUuid } from '../platform/errors';
import type { AwardsLoaders } from './awards/loaders';
import { ownerOfAwards } from './awards/share.resolver';

/** The issuer and the learner of an award, looked up through the request's loader (one statement per batch). */
async function awardOf(id: unknown, context: HubContext<any>) {
  if (!isUuid(id)) return null;
  return (context as HubContext<AwardsLoaders>).loaders.awardById.load(String(id).toLowerCase());
}
const issuerOfAward = async (id: unknown, context: HubContext<any>) => (await awardOf(id, context))?.issuerId;
const learnerOfAward = async (id: unknown, context: HubContext<any>) => (await awardOf(id, context))?.learnerId;
async function learnerOfShare(id: unknown, context: HubContext<any>) {
  if (!isUuid(id)) return null;
  return (await (context as HubContext<AwardsLoaders>).loaders.shareById.load(String(id).toLowerCase()))?.learner_id;
}
import type { CatalogueLoaders } from './catalogue/loaders';

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

  // catalogue: anyone reads the national catalogue and its reference data (drafts only their provider and
  // authorities see, decided in the catalogue); a provider writes entries for its own organisation.
  'Query.microCredential': { allow: ['anyone'] },
  'Query.microCredentials': { allow: ['anyone'] },
  'Mutation.draftMicroCredential': { allow: ['provider'], organisationOf: (args) => args.input?.providerId },
  'Mutation.updateMicroCredentialDraft': { allow: ['provider'], organisationOf: (args, context) => providerOfVersion(args.id, context) },
  'Mutation.publishMicroCredential': { allow: ['provider'], organisationOf: (args, context) => providerOfVersion(args.id, context) },
  'Mutation.reviseMicroCredential': { allow: ['provider'], organisationOf: (args, context) => providerOfEntry(args.entryId, context) },
  'Mutation.retireMicroCredential': {
    allow: ['provider', 'authority'],
    organisationOf: (args, context) => providerOfEntry(args.entryId, context),
  },
  'Mutation.grantIssuingRight': { allow: ['provider'], organisationOf: (args, context) => providerOfEntry(args.input?.entryId, context) },
  'Mutation.withdrawIssuingRight': { allow: ['provider'], organisationOf: (args, context) => providerOfEntry(args.entryId, context) },
  'MicroCredential.@reference': { allow: ['anyone'] },
  'Query.qualification': { allow: ['anyone'] },
  'Query.qualifications': { allow: ['anyone'] },
  'Mutation.defineQualification': { allow: ['provider', 'authority'], organisationOf: (args) => args.input?.ownerId },
  'Qualification.@reference': { allow: ['anyone'] },
  'Query.escoSkill': { allow: ['anyone'] },
  'Query.escoSkills': { allow: ['anyone'] },
  'Query.escoOccupation': { allow: ['anyone'] },
  'Query.escoOccupations': { allow: ['anyone'] },
  'EscoSkill.@reference': { allow: ['anyone'] },
  'EscoOccupation.@reference': { allow: ['anyone'] },
  'Query.seqfLevels': { allow: ['anyone'] },
  'Query.thematicFields': { allow: ['anyone'] },
  'Query.catalogueHealth': { allow: ['anyone'] },

  // awards: a provider issues, revokes and suspends for its own organisation; a learner sees and shares only
  // their own awards; a share is read by whoever holds its token; the verification service reads shares too.
  'Mutation.issueAward': { allow: ['provider'], organisationOf: (args) => args.input?.issuerId },
  'Mutation.issueAwards': { allow: ['provider'], organisationOf: (args) => args.issuerId },
  'Mutation.revokeAward': { allow: ['provider'], organisationOf: (args, context) => issuerOfAward(args.id, context) },
  'Mutation.suspendAward': { allow: ['provider'], organisationOf: (args, context) => issuerOfAward(args.id, context) },
  'Mutation.reinstateAward': { allow: ['provider'], organisationOf: (args, context) => issuerOfAward(args.id, context) },
  'Mutation.rotateIssuerKey': { allow: ['provider'], organisationOf: (args) => args.organisationId },
  'Query.award': {
    allow: ['provider', 'learner'],
    organisationOf: (args, context) => issuerOfAward(args.id, context),
    learnerOf: (args, context) => learnerOfAward(args.id, context),
  },
  'Award.@reference': {
    allow: ['provider', 'learner', 'service'],
    organisationOf: (reference, context) => issuerOfAward(reference.id, context),
    learnerOf: (reference, context) => learnerOfAward(reference.id, context),
  },
  'Query.me': { allow: ['learner'] },
  'Learner.personalNumber': { allow: ['learner'], learnerOf: (args) => args.root?.id },
  'Mutation.createShare': { allow: ['learner'], learnerOf: (args, context) => ownerOfAwards(args.input?.awardIds, context) },
  'Mutation.withdrawShare': { allow: ['learner'], learnerOf: (args, context) => learnerOfShare(args.id, context) },
  'Mutation.exportMyData': { allow: ['learner'] },
  'Mutation.eraseMyAccount': { allow: ['learner'] },
  'Query.sharedCredentials': { allow: ['anyone'] },
  'Organisation.awardsIssued': { allow: ['provider'], organisationOf: (args) => args.root?.id },
  'MicroCredential.awardCount': { allow: ['provider'], organisationOf: (args) => args.root?.provider?.id },
  // statistics (awards subgraph): aggregates for analysts only.
  'Query.competenceStatistics': { allow: ['analyst'] },
  'Query.competenceTimeSeries': { allow: ['analyst'] },
  'Query.topSkills': { allow: ['analyst'] },
  'Query.occupationCoverage': { allow: ['analyst'] },

  'Query.awardsHealth': { allow: ['anyone'] },

  // verification: anyone may verify (an employer's tool has no account). Verifying a share shows no more
  // than the share itself does, and the learner sees each look in the share's log.
  'Query.verifyCredential': { allow: ['anyone'] },
  'Query.verifyCredentials': { allow: ['anyone'] },
  'Query.verifyShare': { allow: ['anyone'] },
  'Query.verificationHealth': { allow: ['anyone'] },
};

/** The organisation owning a catalogue version or entry; none for an unknown or malformed id (then refused). */
async function providerOfVersion(id: unknown, context: HubContext<any>): Promise<string | null> {
  if (!isUuid(id)) return null;
  const version = await (context.loaders as CatalogueLoaders).microCredentialById.load(id.toLowerCase());
  return version?.providerId ?? null;
}

async function providerOfEntry(id: unknown, context: HubContext<any>): Promise<string | null> {
  if (!isUuid(id)) return null;
  const entry = await (context.loaders as CatalogueLoaders).entryById.load(id.toLowerCase());
  return entry?.providerId ?? null;
}
