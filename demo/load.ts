import { HubRequestError, type HubClient } from './client';
import {
  ACCREDITATIONS,
  DEMO_LEARNER_SERIAL,
  ENTRIES,
  ORGANISATIONS,
  PROVIDERS,
  QUALIFICATIONS,
  SHARES,
  plannedAwards,
  type DemoEntry,
  type OrganisationKey,
  type PlannedAward,
  type ProviderKey,
} from './data';
import {
  DemoCreateShareDocument,
  DemoDefineQualificationDocument,
  DemoDraftMicroCredentialDocument,
  DemoGrantAccreditationDocument,
  DemoIssueAwardsDocument,
  DemoMeDocument,
  DemoOrganisationDocument,
  DemoProviderEntriesDocument,
  DemoPublishMicroCredentialDocument,
  DemoRegisterOrganisationDocument,
  DemoRevokeAwardDocument,
  DemoSuspendAwardDocument,
  DemoTrustRootDocument,
  type DraftMicroCredentialInput,
} from './generated/graphql';

export interface LoadedOrganisation {
  id: string;
  legalName: string;
}

export interface LoadedEntry {
  /** The published catalogue version awards are issued against. */
  id: string;
  entryId: string;
  code: string;
  provider: ProviderKey;
  title: string;
}

export interface LoadedShare {
  learnerSerial: number;
  learnerId: string;
  recipientLabel: string;
  token: string;
  url: string;
  created: boolean;
}

export interface DemoData {
  /** The month the demo data was first loaded: every date in it is counted from there. */
  anchor: Date;
  organisations: Record<OrganisationKey, LoadedOrganisation>;
  accreditations: Record<ProviderKey, { id: string; decisionReference: string }>;
  entries: Record<string, LoadedEntry>;
  /** The qualifications the entries stack into, by code. */
  qualifications: Record<string, { id: string }>;
  awards: { planned: number; issued: number; alreadyIssued: number; failed: number; revoked: number; suspended: number; learners: number };
  /** The learner whose token the demo prints, with their awards and their share. */
  learner: { id: string; name: string; serial: number; awardIds: string[]; share: LoadedShare };
  shares: LoadedShare[];
  /** An active award of Sobona's to try suspending and reinstating. */
  sampleAwardId: string;
  /** Problems met on the way (a row that failed, an entry retired by hand); nothing fatal. */
  warnings: string[];
}

export interface LoadOptions {
  log?: (line: string) => void;
  now?: Date;
}

const monthStart = (date: Date, monthsLater = 0) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + monthsLater, 1));

/** The accreditation MYH grants a pilot, with its window counted from the anchor month. */
export function accreditationInput(provider: ProviderKey, organisationId: string, anchor: Date) {
  const accreditation = ACCREDITATIONS[provider];
  const validFrom = monthStart(anchor, -30);
  return {
    organisationId,
    decisionReference: `MYH ${validFrom.getUTCFullYear()}/${accreditation.number}`,
    seqfLevels: accreditation.seqfLevels,
    fields: accreditation.fields,
    credentialTypes: accreditation.credentialTypes,
    validFrom: validFrom.toISOString(),
    validUntil: monthStart(anchor, 42).toISOString(),
    idempotencyKey: `demo:accreditation:${provider}`,
  };
}

/** A catalogue entry of the demo as draftMicroCredential takes it. */
export function draftInput(entry: DemoEntry, providerId: string): DraftMicroCredentialInput {
  return {
    providerId,
    code: entry.code,
    title: entry.title,
    description: entry.description,
    learningOutcomes: entry.learningOutcomes,
    workloadHours: entry.workloadHours,
    ectsCredits: entry.ectsCredits ?? null,
    seqfLevel: entry.seqfLevel,
    field: entry.field,
    credentialType: entry.credentialType,
    assessmentType: entry.assessmentType,
    assessmentDescription: entry.assessmentDescription,
    participationForm: entry.participationForm,
    qualityAssuranceType: entry.qualityAssuranceType,
    qualityAssuranceDescription: entry.qualityAssuranceDescription,
    supervision: entry.supervision,
    prerequisites: entry.prerequisites ?? null,
    stackability: entry.stackability,
    stackabilityDescription: entry.stackabilityDescription ?? null,
    language: 'sv',
  };
}

/**
 * Registers an organisation, or finds it: the same details again return it; when the number was
 * registered with other details (for example by hand, following the README), that registration is used.
 */
export async function ensureOrganisation(hub: HubClient, token: string, key: OrganisationKey): Promise<LoadedOrganisation & { createdAt: string; existed: boolean }> {
  const { about: _about, ...input } = ORGANISATIONS[key];
  try {
    const { registerOrganisation } = await hub.request(DemoRegisterOrganisationDocument, { input }, token);
    return { ...registerOrganisation, existed: false };
  } catch (error) {
    const existingId = error instanceof HubRequestError && error.code === 'CONFLICT' ? (error.extensions.organisationId as string | undefined) : undefined;
    if (!existingId) throw error;
    const { organisation } = await hub.request(DemoOrganisationDocument, { id: existingId }, token);
    return { ...organisation, existed: true };
  }
}

/** Finds the provider's entry by its code (published version), or drafts and publishes it. */
export async function ensurePublishedEntry(hub: HubClient, providerToken: string, providerId: string, entry: DemoEntry): Promise<LoadedEntry & { created: boolean }> {
  const { organisation } = await hub.request(DemoProviderEntriesDocument, { id: providerId }, providerToken);
  const existing = (organisation.microCredentials ?? []).find((candidate) => candidate.code === entry.code);
  const loaded = (id: string, entryId: string, created: boolean) => ({ id, entryId, code: entry.code, provider: entry.provider, title: entry.title.sv, created });
  if (existing?.publishedVersion) return loaded(existing.publishedVersion.id, existing.entryId, false);
  // A first version still in draft (a run stopped half-way) is published; a newer draft someone is writing
  // by hand next to a published version was answered above, and is left alone.
  const draftId = existing?.status === 'DRAFT' ? existing.id : (await hub.request(DemoDraftMicroCredentialDocument, { input: draftInput(entry, providerId) }, providerToken)).draftMicroCredential.id;
  const { publishMicroCredential } = await hub.request(DemoPublishMicroCredentialDocument, { id: draftId }, providerToken);
  return loaded(publishMicroCredential.id, publishMicroCredential.entryId, true);
}

/**
 * Loads the demo data through the gateway, idempotently: organisations, MYH's accreditations, the
 * catalogue entries, the awards (with the revocations and suspensions) and the shares. Running it again
 * finds everything in place and adds nothing.
 */
export async function loadDemoData(hub: HubClient, options: LoadOptions = {}): Promise<DemoData> {
  const log = options.log ?? (() => {});
  const now = options.now ?? new Date();
  const warnings: string[] = [];

  // 1. Organisations, MYH first: outside production the first authority registered is the trust root.
  const registrar = await hub.token({ roles: ['authority'], subject: 'demo:registrar' });
  const myh = await ensureOrganisation(hub, registrar, 'myh');
  const { trustRoot } = await hub.request(DemoTrustRootDocument, {}, registrar);
  if (trustRoot?.id !== myh.id) {
    throw new Error(
      trustRoot
        ? `The hub's trust root is ${trustRoot.legalName} (${trustRoot.organisationNumber}), not MYH: the demo data needs MYH at the root. ` +
            'Load it into a fresh hub (another DATA_DIR or DATABASE_PREFIX), or set ACCREDITATION_ROOT_ORGANISATION_NUMBER=202100-5489.'
        : 'The hub has no trust root (production without ACCREDITATION_ROOT_ORGANISATION_NUMBER): set it to 202100-5489 for MYH.',
    );
  }
  // Dates in the demo count from the month MYH was registered, so that loading again later gives the same data.
  const anchor = monthStart(new Date(myh.createdAt));
  const organisations = { myh: { id: myh.id, legalName: myh.legalName } } as Record<OrganisationKey, LoadedOrganisation>;
  for (const key of PROVIDERS) {
    const organisation = await ensureOrganisation(hub, registrar, key);
    organisations[key] = { id: organisation.id, legalName: organisation.legalName };
  }
  log(`Organisations: MYH (trust root) and ${PROVIDERS.length} pilots registered.`);

  // 2. MYH accredits each pilot; the same grant again returns the first.
  const myhToken = await hub.token({ roles: ['authority'], organisationId: myh.id, subject: 'demo:myh-handlaggare' });
  const accreditations = {} as DemoData['accreditations'];
  for (const key of PROVIDERS) {
    const { grantAccreditation } = await hub.request(DemoGrantAccreditationDocument, { input: accreditationInput(key, organisations[key].id, anchor) }, myhToken);
    accreditations[key] = { id: grantAccreditation.id, decisionReference: grantAccreditation.decisionReference };
  }
  log(`Accreditations: MYH has accredited all ${PROVIDERS.length} pilots (${Object.values(accreditations).map((a) => a.decisionReference).join(', ')}).`);

  // 3. Catalogue entries: found by the provider's code, or drafted and published.
  const providerTokens = {} as Record<ProviderKey, string>;
  for (const key of PROVIDERS) providerTokens[key] = await hub.token({ roles: ['provider'], organisationId: organisations[key].id, subject: `demo:${key}` });
  const entries: Record<string, LoadedEntry> = {};
  let published = 0;
  for (const entry of ENTRIES) {
    try {
      const { created, ...loaded } = await ensurePublishedEntry(hub, providerTokens[entry.provider], organisations[entry.provider].id, entry);
      entries[entry.code] = loaded;
      if (created) published += 1;
    } catch (error) {
      if (!(error instanceof HubRequestError && error.code === 'CONFLICT')) throw error;
      warnings.push(`${entry.code}: ${error.errors[0].message}; its awards are left out`);
    }
  }
  log(`Catalogue: ${Object.keys(entries).length} entries in place (${published} published now).`);

  // 3b. The qualifications those entries stack into (a learner's wallet shows how far their awards go).
  const qualifications: DemoData['qualifications'] = {};
  for (const qualification of QUALIFICATIONS) {
    if (!qualification.components.every((component) => entries[component.entryCode])) continue;
    const { owner, components, ...rest } = qualification;
    const input = { ...rest, ownerId: organisations[owner].id, components: components.map((component) => ({ entryId: entries[component.entryCode].entryId, mandatory: component.mandatory })) };
    const { defineQualification } = await hub.request(DemoDefineQualificationDocument, { input }, providerTokens[owner]);
    qualifications[qualification.code] = { id: defineQualification.id };
  }
  log(`Qualifications: ${Object.keys(qualifications).length} defined (${Object.keys(qualifications).join(', ')}).`);

  // 4. Awards, one cohort call per provider; idempotency keys make a second run answer ALREADY_ISSUED.
  const plan = plannedAwards(anchor, now).filter((award) => entries[award.entryCode]);
  const awardIds = new Map<PlannedAward, string>();
  const totals = { planned: plan.length, issued: 0, alreadyIssued: 0, failed: 0, revoked: 0, suspended: 0, learners: new Set(plan.map((award) => award.learner.serial)).size };
  for (const key of PROVIDERS) {
    const rows = plan.filter((award) => award.provider === key);
    if (!rows.length) continue;
    const { issueAwards } = await hub.request(
      DemoIssueAwardsDocument,
      {
        issuerId: organisations[key].id,
        inputs: rows.map((award) => ({
          microCredentialId: entries[award.entryCode].id,
          learner: { personalNumber: award.learner.personalNumber, name: award.learner.name, email: award.learner.email },
          issuedOn: award.issuedOn,
          grade: award.grade,
          idempotencyKey: award.idempotencyKey,
        })),
      },
      providerTokens[key],
    );
    totals.issued += issueAwards.issued;
    totals.alreadyIssued += issueAwards.alreadyIssued;
    totals.failed += issueAwards.failed;
    const problems = new Map<string, number>();
    for (const result of issueAwards.results) {
      if (result.awardId) awardIds.set(rows[result.index], result.awardId);
      else if (result.error) problems.set(result.error.message, (problems.get(result.error.message) ?? 0) + 1);
    }
    for (const [message, count] of problems) warnings.push(`${organisations[key].legalName}: ${count} award${count === 1 ? '' : 's'} not issued: ${message}`);
  }
  log(`Awards: ${totals.issued} issued now, ${totals.alreadyIssued} already there, ${totals.failed} failed, to ${totals.learners} learners.`);

  // 5. The issuers revoke and suspend a few; asking for the state an award is already in changes nothing.
  for (const award of plan) {
    const id = awardIds.get(award);
    if (!id || award.status === 'ACTIVE') continue;
    try {
      const variables = { id, reason: award.statusReason! };
      if (award.status === 'REVOKED') {
        await hub.request(DemoRevokeAwardDocument, variables, providerTokens[award.provider]);
        totals.revoked += 1;
      } else {
        await hub.request(DemoSuspendAwardDocument, variables, providerTokens[award.provider]);
        totals.suspended += 1;
      }
    } catch (error) {
      // Someone changed it by hand (revoked a suspended one, say): leave it as it is.
      if (!(error instanceof HubRequestError && error.code === 'CONFLICT')) throw error;
    }
  }
  log(`Status: ${totals.revoked} awards revoked and ${totals.suspended} suspended by their issuers.`);

  // 6. Learners share: a learner's active share with the same recipient is kept.
  // Each signs in with e-ID: their issuers know them only by pseudonyms (Award.learnerId), not by their account.
  const learnerIdOf = async (serial: number) => {
    const award = plan.find((candidate) => candidate.learner.serial === serial && awardIds.has(candidate));
    if (!award) throw new Error(`Learner ${serial} of the demo has no awards`);
    return (await hub.signIn(award.learner.personalNumber)).learnerId;
  };
  const shares: LoadedShare[] = [];
  for (const share of SHARES) {
    const learnerId = await learnerIdOf(share.learnerSerial);
    const token = await hub.token({ roles: ['learner'], subject: learnerId });
    const { me } = await hub.request(DemoMeDocument, {}, token);
    const active = me.shares.find((candidate) => candidate.recipientLabel === share.recipientLabel && candidate.state === 'ACTIVE');
    if (active) {
      shares.push({ learnerSerial: share.learnerSerial, learnerId, recipientLabel: share.recipientLabel, token: active.token, url: active.url, created: false });
      continue;
    }
    const chosen = me.awards.filter((award) => award.status === 'ACTIVE' && share.entryCodes.includes(award.microCredential?.code ?? ''));
    const { createShare } = await hub.request(
      DemoCreateShareDocument,
      { input: { awardIds: chosen.map((award) => award.id), recipientLabel: share.recipientLabel, expiresAt: new Date(now.getTime() + share.days * 24 * 3600 * 1000).toISOString() } },
      token,
    );
    shares.push({ learnerSerial: share.learnerSerial, learnerId, recipientLabel: share.recipientLabel, token: createShare.token, url: createShare.url, created: true });
  }
  log(`Shares: ${shares.length} learners share awards with employers (${shares.filter((share) => share.created).length} shared now).`);

  const learnerShare = shares.find((share) => share.learnerSerial === DEMO_LEARNER_SERIAL)!;
  const learnerAwards = plan.filter((award) => award.learner.serial === DEMO_LEARNER_SERIAL && awardIds.has(award));
  const sharing = new Set(SHARES.map((share) => share.learnerSerial));
  const sample = plan.find((award) => award.provider === 'sobona' && award.status === 'ACTIVE' && !sharing.has(award.learner.serial) && awardIds.has(award));
  return {
    anchor,
    organisations,
    accreditations,
    entries,
    qualifications,
    awards: totals,
    learner: {
      id: learnerShare.learnerId,
      name: learnerAwards[0].learner.name,
      serial: DEMO_LEARNER_SERIAL,
      awardIds: learnerAwards.map((award) => awardIds.get(award)!),
      share: learnerShare,
    },
    shares,
    sampleAwardId: awardIds.get(sample!)!,
    warnings,
  };
}
