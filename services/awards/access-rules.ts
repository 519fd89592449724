import type { AccessPolicy } from '../../platform/access-policy';
import type { HubContext } from '../../platform/context';
import gql from 'graphql-tag';
import { ErrorCode, HubError, isUuid } from '../../platform/errors';
import type { AwardsLoaders } from './loaders';
import { ownerOfAwards } from './share.resolver';

/** The issuer and the learner of an award, looked up through the request's loader (one statement per batch). */
async function awardOf(id: unknown, context: HubContext<any>) {
  if (!isUuid(id)) return null;
  return (context as HubContext<AwardsLoaders>).loaders.awardById.load(String(id).toLowerCase());
}
const issuerOfAward = async (id: unknown, context: HubContext<any>) => (await awardOf(id, context))?.issuerId;
const learnerOfAward = async (id: unknown, context: HubContext<any>) => (await awardOf(id, context))?.learnerAccountId;
/**
 * The owner of a catalogue version, decided from data the hub holds, never from the representation a caller
 * sends to `_entities` (which can say any provider): the awards issued against it, or else the catalogue's
 * public answer.
 */
async function ownerOfMicroCredential(id: unknown, context: HubContext<any>) {
  if (!isUuid(id)) return null;
  const versionId = String(id).toLowerCase();
  const recorded = await (context as HubContext<AwardsLoaders>).loaders.providerOfMicroCredential.load(versionId);
  if (recorded) return recorded;
  const catalogue = context.peers.catalogue;
  if (!catalogue) return null;
  try {
    const answer = await catalogue.request<{ microCredential: { provider: { id: string } } | null }>(OWNER_OF_VERSION, { id: versionId });
    return answer.microCredential?.provider.id ?? null;
  } catch (error) {
    if (error instanceof HubError && error.extensions.code === ErrorCode.NOT_FOUND) return null;
    throw error;
  }
}
const OWNER_OF_VERSION = gql`
  query OwnerOfVersion($id: ID!) {
    microCredential(id: $id) {
      provider {
        id
      }
    }
  }
`;

async function learnerOfShare(id: unknown, context: HubContext<any>) {
  if (!isUuid(id)) return null;
  return (await (context as HubContext<AwardsLoaders>).loaders.shareById.load(String(id).toLowerCase()))?.learner_id;
}

/**
 * Who may call each query, mutation, guarded field and entity reference of awards. A provider issues,
 * revokes and suspends for its own organisation; a learner sees and shares only their own awards; a share is
 * read by whoever holds its token; the verification service reads shares too.
 */
export const AWARDS_ACCESS_RULES: AccessPolicy = {
  'Mutation.issueAward': { allow: ['provider'], organisationOf: (args) => args.input?.issuerId },
  'Mutation.issueAwards': { allow: ['provider'], organisationOf: (args) => args.issuerId },
  'Mutation.revokeAward': { allow: ['provider'], organisationOf: (args, context) => issuerOfAward(args.id, context) },
  'Mutation.suspendAward': { allow: ['provider'], organisationOf: (args, context) => issuerOfAward(args.id, context) },
  'Mutation.reinstateAward': { allow: ['provider'], organisationOf: (args, context) => issuerOfAward(args.id, context) },
  'Mutation.rotateIssuerKey': { allow: ['provider'], organisationOf: (args) => args.organisationId },
  'Mutation.uploadSealCertificate': { allow: ['provider'], organisationOf: (args) => args.input?.organisationId },
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
  'Organisation.@reference': { allow: ['anyone'] },
  'MicroCredential.@reference': { allow: ['anyone'] },
  'Query.me': { allow: ['learner'] },
  'Learner.personalNumber': { allow: ['learner'], learnerOf: (args) => args.root?.id },
  'Mutation.createShare': { allow: ['learner'], learnerOf: (args, context) => ownerOfAwards(args.input?.awardIds, context) },
  'Mutation.withdrawShare': { allow: ['learner'], learnerOf: (args, context) => learnerOfShare(args.id, context) },
  'Mutation.exportMyData': { allow: ['learner'] },
  // OpenID4VCI: an offer of an award into a wallet, for the award's learner.
  'Mutation.createCredentialOffer': { allow: ['learner'], learnerOf: (args, context) => learnerOfAward(args.awardId, context) },
  'Mutation.eraseMyAccount': { allow: ['learner'] },
  'Query.sharedCredentials': { allow: ['anyone'] },
  'Organisation.awardsIssued': { allow: ['provider'], organisationOf: (args) => args.root?.id },
  'MicroCredential.awardCount': { allow: ['provider'], organisationOf: (args, context) => ownerOfMicroCredential(args.root?.id, context) },
  // Statistics: aggregates for analysts only.
  'Query.competenceStatistics': { allow: ['analyst'] },
  'Query.competenceTimeSeries': { allow: ['analyst'] },
  'Query.topSkills': { allow: ['analyst'] },
  'Query.occupationCoverage': { allow: ['analyst'] },

  'Query.awardsHealth': { allow: ['anyone'] },
};
