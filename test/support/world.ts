import {
  DraftMicroCredentialDocument,
  GrantAccreditationDocument,
  IssueAwardDocument,
  PublishMicroCredentialDocument,
  RegisterIssuerDocument,
  type CredentialType,
  type MicroCredentialContentInput,
  type OrganisationType,
} from '../generated/graphql';
import { fictitiousOrganisationNumber, type Answered, type GraphQLResponse, type HubClient } from './hub';

/** An organisation, and a token of a caller acting for it. */
export interface Party {
  id: string;
  token: string;
}

export interface AccreditedProvider {
  /** The authority that accredited the provider: the trust root. */
  authority: Party;
  provider: Party;
  accreditationId: string;
}

export interface AccreditationTerms {
  /** The provider's legal name (default Nordiska Textilakademin). */
  provider?: string;
  decisionReference?: string;
  seqfLevels?: number[];
  fields?: string[];
  credentialTypes?: CredentialType[];
  /** An authority already registered (the trust root of a hub with data) to accredit the provider, instead of registering one. */
  authority?: Party;
}

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** Answers the data of a response, or throws its errors (a set-up step that fails stops the test there). */
export async function must<T>(response: Promise<GraphQLResponse<T>>): Promise<Answered<T>> {
  const { data, errors } = await response;
  if (errors) throw new Error(JSON.stringify(errors));
  return data!;
}

/** Registers an organisation through the gateway, as an authority without an organisation of its own (as at first start). */
export async function register(hub: HubClient, legalName: string, type: OrganisationType, region = 'Västra Götalands län'): Promise<string> {
  const token = await hub.token({ roles: ['authority'] });
  const input = { legalName, type, organisationNumber: fictitiousOrganisationNumber(), region };
  return (await must(hub.request(RegisterIssuerDocument, { input }, { token }))).registerOrganisation.id;
}

/**
 * Through the gateway: Myndigheten för yrkeshögskolan registered first (outside production the first
 * authority registered is the trust root), a provider, and the authority's accreditation of it, valid
 * from 400 days ago for a year ahead.
 */
export async function accreditedProvider(hub: HubClient, terms: AccreditationTerms = {}): Promise<AccreditedProvider> {
  const authorityId = terms.authority?.id ?? (await register(hub, 'Myndigheten för yrkeshögskolan', 'AUTHORITY'));
  const authority = terms.authority ?? { id: authorityId, token: await hub.token({ roles: ['authority'], organisationId: authorityId }) };
  const providerId = await register(hub, terms.provider ?? 'Nordiska Textilakademin', 'EDUCATION_PROVIDER');
  const provider = { id: providerId, token: await hub.token({ roles: ['provider'], organisationId: providerId }) };
  const input = {
    organisationId: providerId,
    decisionReference: terms.decisionReference ?? 'MYH 2025/0001',
    seqfLevels: terms.seqfLevels ?? [2, 3, 4],
    fields: terms.fields ?? ['07'],
    credentialTypes: terms.credentialTypes ?? ['INDUSTRY_VALIDATION'],
    validFrom: daysFromNow(-400),
    validUntil: daysFromNow(365),
  };
  const granted = await must(hub.request(GrantAccreditationDocument, { input }, { token: authority.token }));
  return { authority, provider, accreditationId: granted.grantAccreditation.id };
}

/** The entry of the common world: Nordiska Textilakademin's repair sewing, SeQF level 3, one ESCO skill. */
export const REPAIR_SEWING: MicroCredentialContentInput = {
  title: { sv: 'Reparationssömnad jeans', en: 'Repair sewing: jeans' },
  description: { sv: 'Laga och förstärka jeans.', en: 'Mend and reinforce jeans.' },
  learningOutcomes: [{ text: { sv: 'Kan laga slitna partier.', en: 'Can repair worn areas.' }, escoSkillUris: ['http://data.europa.eu/esco/skill/0450eaee-1a00-4622-8f4e-5356fce816d2'] }],
  workloadHours: 40,
  ectsCredits: 1.5,
  seqfLevel: 3,
  assessmentType: 'PRACTICAL_DEMONSTRATION',
  participationForm: 'ON_SITE',
  qualityAssuranceType: 'INDUSTRY_VALIDATION',
  credentialType: 'INDUSTRY_VALIDATION',
  supervision: 'SUPERVISED_ON_SITE_WITH_ID_CHECK',
  field: '072',
  language: 'sv',
  stackability: 'STAND_ALONE',
};

/**
 * The common world of the tests that issue and verify through the real subgraphs: an authority, a provider
 * it accredited, and an entry of the provider drafted and published (`entryId` is the published version's id;
 * `entry` names both the version and the entry across its versions).
 */
export async function accreditedWorld(
  hub: HubClient,
  terms: AccreditationTerms & { code?: string; content?: MicroCredentialContentInput } = {},
): Promise<AccreditedProvider & { entryId: string; entry: { id: string; entryId: string } }> {
  const world = await accreditedProvider(hub, terms);
  const input = { ...(terms.content ?? REPAIR_SEWING), providerId: world.provider.id, code: terms.code ?? 'NTA-REP-01' };
  const { draftMicroCredential } = await must(hub.request(DraftMicroCredentialDocument, { input }, { token: world.provider.token }));
  await must(hub.request(PublishMicroCredentialDocument, { id: draftMicroCredential.id }, { token: world.provider.token }));
  return { ...world, entryId: draftMicroCredential.id, entry: { id: draftMicroCredential.id, entryId: draftMicroCredential.entryId } };
}

/** An award from the world's provider, of its entry, to one person, issued today; the idempotency key names the test. */
export async function awardTo(hub: HubClient, world: AccreditedProvider & { entryId: string }, learner: { personalNumber: string; name: string; email?: string }, idempotencyKey: string) {
  const input = { issuerId: world.provider.id, microCredentialId: world.entryId, learner, issuedOn: new Date().toISOString().slice(0, 10), idempotencyKey };
  return (await must(hub.request(IssueAwardDocument, { input }, { token: world.provider.token }))).issueAward;
}
