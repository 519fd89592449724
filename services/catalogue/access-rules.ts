import type { AccessPolicy } from '../../platform/access-policy';
import type { HubContext } from '../../platform/context';
import { isUuid } from '../../platform/errors';
import type { CatalogueLoaders } from './loaders';

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

/**
 * Who may call each query, mutation and entity reference of the catalogue. Anyone reads the national
 * catalogue and its reference data (drafts only their provider and authorities see, decided in
 * visibility.ts); a provider writes entries for its own organisation.
 */
export const CATALOGUE_ACCESS_RULES: AccessPolicy = {
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
  'Organisation.@reference': { allow: ['anyone'] },
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
};
