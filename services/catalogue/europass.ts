import { createHash } from 'node:crypto';
import type express from 'express';
import gql from 'graphql-tag';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { In, IsNull, type DataSource } from 'typeorm';
import { publicBaseUrl, type HubConfig } from '../../platform/config';
import { PUBLIC_DOCUMENT_ROUTES } from '../../platform/public-documents';
import type { HubContext } from '../../platform/context';
import { isUuid } from '../../platform/errors';
import {
  ECTS,
  ELM_CONTEXT,
  SHORT_LEARNING_PROGRAMME,
  SWEDISH,
  assessmentType,
  country,
  countryName,
  county,
  eqfLevel,
  escoSkill,
  hoursDuration,
  iscedField,
  langMap,
  language,
  learningSetting,
  mode,
  note,
  seqfLevel,
} from '../../platform/europass-vocabulary';
import { logger } from '../../platform/logging';
import type { PeerClient } from '../../platform/peer';
import { ISCED_F_FIELDS, SEQF_LEVEL_URIS } from '../../platform/vocabulary';
import type { StoredText } from './localized-text';
import { MicroCredential } from './micro-credential';
import { Qualification, QualificationComponentRecord } from './qualification';
import { QualificationKind } from './vocabulary';
import { EntryStatus } from './vocabulary';

/**
 * The catalogue as Europass learning opportunities (ELM v3, the LOQ application profile): each published
 * entry a LearningOpportunity provided by its owner, specified by the version as a Qualification (every
 * published entry is placed on an SeQF level, so it carries the EQF and national levels a Qualification
 * needs), in Swedish and English. A retired entry says so (`status`, the period's end, a note).
 */

/** Terms the LOQ profile uses that the EDC context lacks (ELM's own namespace). */
const LOQ_TERMS = { defaultLanguage: { '@id': 'http://data.europa.eu/snb/model/elm/defaultLanguage', '@type': '@id' } };
export const LOQ_CONTEXT = [...ELM_CONTEXT, LOQ_TERMS];

export const DATASET_PATH = PUBLIC_DOCUMENT_ROUTES.learningOpportunities.path;
export const DATASET_PAGE_SIZE = 100;
export const LOQ_MEDIA_TYPE = 'application/ld+json';

export const opportunityUrl = (base: string, entryId: string) => `${base}${DATASET_PATH}/${entryId}`;

export interface ProviderFacts {
  id: string;
  legalName: string;
  organisationNumber: string | null;
  country: string;
  region: string | null;
}

const ORGANISATION = gql`
  query CatalogueEuropassProvider($id: ID!) {
    organisation(id: $id) {
      id
      legalName
      organisationNumber
      country
      region
    }
  }
`;

/** The providers' public facts from the accreditation subgraph (a documented service call, once per provider). */
export async function providerFacts(peer: PeerClient | undefined, ids: string[]): Promise<Map<string, ProviderFacts>> {
  const found = new Map<string, ProviderFacts>();
  if (!peer) return found;
  await Promise.all(
    [...new Set(ids)].map(async (id) => {
      const data = await peer.request<{ organisation: ProviderFacts | null }>(ORGANISATION, { id });
      if (data.organisation) found.set(id, data.organisation);
    }),
  );
  return found;
}

type SkillLabels = Map<string, Record<string, string>>;
async function skillLabels(db: DataSource, versions: MicroCredential[]): Promise<SkillLabels> {
  const uris = [...new Set(versions.flatMap((version) => version.skillUris))];
  const rows: { uri: string; language: string; preferred_label: string }[] = uris.length
    ? await db.query(`select uri, language, preferred_label from esco_skill_label where uri = any($1) and language in ('sv', 'en')`, [uris])
    : [];
  const labels: SkillLabels = new Map();
  for (const row of rows) labels.set(row.uri, { ...labels.get(row.uri), [row.language]: row.preferred_label });
  return labels;
}

/**
 * An ESCO skill as the LOQ shapes take it: its URI and labels, without `inScheme`. LOQ-constraints-mdr asks every
 * scheme of a related ESCO skill to match ^https://ec.europa.eu/esco/skill/, which the ESCO skills scheme
 * (http://data.europa.eu/esco/concept-scheme/skills, the one EDC-generic-full requires of the awards) does not;
 * `inScheme` is optional in LOQ, so the skill goes by its URI alone.
 */
function loqSkill(uri: string, labels: SkillLabels) {
  const { inScheme: _scheme, ...skill } = escoSkill(uri);
  const label = labels.get(uri);
  return { ...skill, ...(label ? { prefLabel: label } : {}) };
}

const text = (stored: StoredText | null) => (stored ? langMap(stored) : null);
const compact = <T extends Record<string, unknown>>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, item]) => item !== null && item !== undefined && !(Array.isArray(item) && !item.length))) as T;

function provider(facts: ProviderFacts | undefined, id: string, did: string) {
  const place = facts ? countryName(facts.country) : null;
  return compact({
    id: did,
    type: 'Organisation',
    legalName: { sv: facts?.legalName ?? id },
    registration: facts?.organisationNumber
      ? compact({ id: `urn:epass:legalIdentifier:${id}`, type: 'LegalIdentifier', notation: facts.organisationNumber, spatial: country(facts.country) ?? undefined, schemeName: 'organisationsnummer' })
      : undefined,
    location: [
      compact({
        id: `urn:epass:location:${id}`,
        type: 'Location',
        address: compact({
          id: `urn:epass:address:${id}`,
          type: 'Address',
          countryCode: country(facts?.country ?? 'SE')!,
          fullAddress: note(`urn:epass:note:address-${id}`, {
            sv: [facts?.region, place?.sv ?? 'Sverige'].filter(Boolean).join(', '),
            en: [facts?.region, place?.en ?? 'Sweden'].filter(Boolean).join(', '),
          }) ?? undefined,
        }),
        spatialCode: facts?.region ? county(facts.region) ?? undefined : undefined,
      }),
    ],
  });
}

/** did:web of an organisation under the hub's public URL (the identifier the hub's credentials name it by). */
function organisationDid(base: string, organisationId: string): string {
  const url = new URL(base.endsWith('/') ? base : `${base}/`);
  const path = url.pathname.split('/').filter(Boolean).map((segment) => encodeURIComponent(decodeURIComponent(segment)));
  return ['did', 'web', encodeURIComponent(url.host), ...path, 'issuers', organisationId].join(':');
}

/** A qualification an entry stacks into, with its components' current published versions (which give its outcomes and fields). */
export interface StackedQualification {
  qualification: Qualification;
  components: { entryId: string; mandatory: boolean }[];
  versions: MicroCredential[];
}

/**
 * The qualifications each entry stacks into (defineQualification), for the entries' learning opportunities:
 * the entry's specification `isPartOf` each, as an ELM Qualification (or, without an SeQF level, a learning
 * achievement specification), whose learning outcomes and fields are its components'.
 */
async function stackedQualifications(db: DataSource, versions: MicroCredential[]): Promise<Map<string, StackedQualification[]>> {
  const byEntry = new Map<string, StackedQualification[]>();
  const entryIds = [...new Set(versions.map((version) => version.entryId))];
  if (!entryIds.length) return byEntry;
  const memberships = await db.getRepository(QualificationComponentRecord).find({ where: { entryId: In(entryIds) } });
  const qualificationIds = [...new Set(memberships.map((membership) => membership.qualificationId))];
  if (!qualificationIds.length) return byEntry;
  const [qualifications, components] = await Promise.all([
    db.getRepository(Qualification).find({ where: { id: In(qualificationIds) } }),
    db.getRepository(QualificationComponentRecord).find({ where: { qualificationId: In(qualificationIds) }, order: { position: 'ASC' } }),
  ]);
  const componentVersions = await db.getRepository(MicroCredential).find({
    where: { entryId: In([...new Set(components.map((component) => component.entryId))]), status: EntryStatus.PUBLISHED, supersededById: IsNull() },
  });
  const stacked = new Map(
    qualifications.map((qualification) => {
      const own = components.filter((component) => component.qualificationId === qualification.id);
      return [
        qualification.id,
        {
          qualification,
          components: own.map(({ entryId, mandatory }) => ({ entryId, mandatory })),
          versions: own.map((component) => componentVersions.find((version) => version.entryId === component.entryId)).filter((version): version is MicroCredential => !!version),
        },
      ];
    }),
  );
  for (const membership of memberships) {
    const found = stacked.get(membership.qualificationId);
    if (found) byEntry.set(membership.entryId, [...(byEntry.get(membership.entryId) ?? []), found]);
  }
  return byEntry;
}

/** A stacked qualification's title and its rule (how many components, which are mandatory, which they are), sv and en. */
function qualificationSummary({ qualification, components, versions }: StackedQualification) {
  const title = langMap({ sv: qualification.titleSv, en: qualification.titleEn }) ?? { sv: qualification.code };
  const titleOf = (entryId: string) => {
    const version = versions.find((candidate) => candidate.entryId === entryId);
    return version ? (version.titleSv ?? version.titleEn ?? version.code) : entryId;
  };
  const mandatory = components.filter((component) => component.mandatory).map((component) => titleOf(component.entryId));
  const all = components.map((component) => titleOf(component.entryId)).join('; ');
  const partial = qualification.kind === QualificationKind.PARTIAL;
  return {
    title,
    partial,
    rule: {
      sv: `${partial ? 'Delkvalifikation' : 'Kvalifikation'}: ${qualification.requiredCount} av ${components.length} delar${mandatory.length ? `, bland dem ${mandatory.join(', ')}` : ''}. Delar: ${all}.`,
      en: `${partial ? 'Partial qualification' : 'Qualification'}: ${qualification.requiredCount} of ${components.length} components${mandatory.length ? `, including ${mandatory.join(', ')}` : ''}. Components: ${all}.`,
    },
  };
}

/**
 * A qualification with an SeQF level that entries stack into, as the ELM Qualification an entry's specification is
 * part of (one without a level is a note of the entry instead: see learningOpportunity).
 */
function stackedQualificationNode(stacked: StackedQualification, level: number, labels: SkillLabels, base: string): Record<string, unknown> {
  const { qualification, versions } = stacked;
  const id = `urn:uuid:${qualification.id}`;
  const { title, partial, rule } = qualificationSummary(stacked);
  const fields = [...new Set(versions.map((version) => version.field).filter((field): field is string => !!field))];
  const outcomes = versions.flatMap((version) => version.learningOutcomes);
  return compact({
    id,
    type: 'Qualification',
    title,
    description: text(qualification.descriptionStored) ?? undefined,
    identifier: [{ id: `${id}#identifier`, type: 'Identifier', notation: qualification.code, schemeId: id }],
    thematicArea: fields.map((field) => iscedField(field, ISCED_F_FIELDS[field])),
    language: [SWEDISH],
    learningOutcome: outcomes.map((outcome, n) =>
      compact({
        id: `${id}#learningOutcome-${n + 1}`,
        type: 'LearningOutcome',
        title: langMap({ sv: outcome.sv, en: outcome.en }) ?? { sv: '-' },
        relatedESCOSkill: outcome.skills.map((uri) => loqSkill(uri, labels)),
      }),
    ),
    eqfLevel: eqfLevel(level),
    nqfLevel: [seqfLevel(level, SEQF_LEVEL_URIS[level])],
    isPartialQualification: partial,
    additionalNote: [note(`${id}#rule`, rule)],
    homepage: [{ id: `${id}#homepage`, type: 'WebResource', contentURL: `${base}${DATASET_PATH}` }],
  });
}

/** One catalogue version as an ELM LearningOpportunity node (without @context). */
export function learningOpportunity(
  version: MicroCredential,
  providerOf: ProviderFacts | undefined,
  labels: SkillLabels,
  base: string,
  stacksInto: StackedQualification[] = [],
): Record<string, unknown> {
  const url = opportunityUrl(base, version.entryId);
  const ref = (kind: string, n?: number) => `${url}#${kind}${n === undefined ? '' : `-${n}`}-v${version.version}`;
  const title = langMap({ sv: version.titleSv, en: version.titleEn }) ?? { sv: version.code };
  const status = version.status === EntryStatus.PUBLISHED ? 'published' : version.supersededById ? 'superseded' : version.status === EntryStatus.RETIRED ? 'retired' : 'draft';
  const retired = status === 'retired' || status === 'superseded';
  const entryLanguage = version.language ? language(version.language) : null;
  const qa = text(version.qualityAssuranceDescription);
  const stack = text(version.stackabilityDescription);
  // The LOQ shapes let a Qualification (every published entry is one) be part of a Qualification only, and a
  // Qualification needs an EQF level: a qualification the entry stacks into that has no level is named in a note.
  // The LOQ shapes let a Qualification (every published entry is one) be part of a Qualification only, and a
  // Qualification needs an EQF level: a qualification the entry stacks into that has no level is named in a note.
  const stackNotes = stacksInto
    .filter((stacked) => !stacked.qualification.seqfLevel)
    .map((stacked, n) => {
      const { title: named, rule } = qualificationSummary(stacked);
      return note(ref('partOf', n + 1), { sv: `Ingår i ${named.sv ?? named.en}. ${rule.sv}`, en: `Part of ${named.en ?? named.sv}. ${rule.en}` });
    });
  const notes = [
    version.qualityAssuranceType ? note(ref('note', 1), { sv: `Kvalitetssäkring: ${version.qualityAssuranceType}${qa?.sv ? ` – ${qa.sv}` : ''}`, en: `Quality assurance: ${version.qualityAssuranceType}${qa?.en ? ` – ${qa.en}` : ''}` }) : null,
    version.credentialType ? note(ref('note', 2), { sv: `Typ av meriter: ${version.credentialType}`, en: `Type of credential: ${version.credentialType}` }) : null,
    version.stackability ? note(ref('note', 3), { sv: `Staplingsbarhet: ${version.stackability}${stack?.sv ? ` – ${stack.sv}` : ''}`, en: `Stackability: ${version.stackability}${stack?.en ? ` – ${stack.en}` : ''}` }) : null,
    version.supervision ? note(ref('note', 4), { sv: `Övervakning och identitetskontroll: ${version.supervision}`, en: `Supervision and identity verification: ${version.supervision}` }) : null,
    version.furtherInformationStored ? note(ref('note', 5), version.furtherInformationStored) : null,
    ...stackNotes,
    retired
      ? note(ref('note', 6), {
          sv: `Utgått ${version.retiredAt?.toISOString().slice(0, 10) ?? ''}${version.retiredReason ? `: ${version.retiredReason}` : status === 'superseded' ? ': ersatt av en nyare version' : ''}`,
          en: `Retired ${version.retiredAt?.toISOString().slice(0, 10) ?? ''}${version.retiredReason ? `: ${version.retiredReason}` : status === 'superseded' ? ': superseded by a newer version' : ''}`,
        })
      : null,
  ].filter(Boolean);
  const assessment = text(version.assessmentDescriptionStored);

  const specification = compact({
    id: ref('specification'),
    type: 'Qualification',
    title,
    description: text(version.descriptionStored) ?? undefined,
    identifier: [{ id: ref('identifier'), type: 'Identifier', notation: version.code, schemeName: providerOf ? `${providerOf.legalName}` : 'code', schemeId: `urn:uuid:${version.entryId}` }],
    dcType: [SHORT_LEARNING_PROGRAMME],
    thematicArea: version.field ? [iscedField(version.field, ISCED_F_FIELDS[version.field])] : undefined,
    language: entryLanguage ? [entryLanguage] : [SWEDISH],
    learningOutcome: version.learningOutcomes.map((outcome, n) =>
      compact({
        id: ref('learningOutcome', n + 1),
        type: 'LearningOutcome',
        title: langMap({ sv: outcome.sv, en: outcome.en }) ?? { sv: '-' },
        relatedESCOSkill: outcome.skills.map((uri) => loqSkill(uri, labels)),
      }),
    ),
    volumeOfLearning: version.workloadHours ? hoursDuration(version.workloadHours) : undefined,
    creditPoint: version.ectsCredits ? [{ id: ref('creditPoint'), type: 'CreditPoint', framework: ECTS, point: String(version.ectsCredits) }] : undefined,
    eqfLevel: eqfLevel(version.seqfLevel),
    nqfLevel: [seqfLevel(version.seqfLevel, SEQF_LEVEL_URIS[version.seqfLevel])],
    mode: mode(version.participationForm) ? [mode(version.participationForm)] : undefined,
    learningSetting: version.credentialType ? learningSetting(version.credentialType) ?? undefined : undefined,
    entryRequirement: version.prerequisitesStored ? note(ref('note', 7), version.prerequisitesStored) ?? undefined : undefined,
    provenBy: version.assessmentType
      ? [
          compact({
            id: ref('assessmentSpecification'),
            type: 'LearningAssessmentSpecification',
            title: assessment ?? { sv: `Bedömning: ${version.assessmentType}`, en: `Assessment: ${version.assessmentType}` },
            dcType: assessmentType(version.assessmentType) ?? undefined,
          }),
        ]
      : undefined,
    additionalNote: notes,
    isPartOf: stacksInto.flatMap((stacked) => (stacked.qualification.seqfLevel ? [stackedQualificationNode(stacked, stacked.qualification.seqfLevel, labels, base)] : [])),
    status,
  });

  return compact({
    id: url,
    type: 'LearningOpportunity',
    title,
    description: text(version.descriptionStored) ?? undefined,
    homepage: [{ id: ref('homepage'), type: 'WebResource', contentURL: url }],
    supplementaryDocument: version.furtherInformationUrl ? [{ id: ref('furtherInformation'), type: 'WebResource', contentURL: version.furtherInformationUrl }] : undefined,
    providedBy: provider(providerOf, version.providerId, organisationDid(base, version.providerId)),
    defaultLanguage: entryLanguage ?? SWEDISH,
    mode: mode(version.participationForm) ? [mode(version.participationForm)] : undefined,
    temporal: version.publishedAt
      ? compact({ id: ref('period'), type: 'PeriodOfTime', startDate: version.publishedAt.toISOString(), endDate: retired && version.retiredAt ? version.retiredAt.toISOString() : undefined })
      : undefined,
    learningAchievementSpecification: specification,
    additionalNote: retired ? [notes[notes.length - 1]] : undefined,
  });
}

/** A JSON-LD document of learning opportunities, ready to serve. */
export function loqDocument(nodes: Record<string, unknown>[]) {
  return { '@context': LOQ_CONTEXT, '@graph': nodes };
}

async function opportunities(db: DataSource, peer: PeerClient | undefined, versions: MicroCredential[], base: string) {
  const [providers, stacked] = await Promise.all([providerFacts(peer, versions.map((version) => version.providerId)), stackedQualifications(db, versions)]);
  const labels = await skillLabels(db, [...versions, ...[...stacked.values()].flat().flatMap((item) => item.versions)]);
  return versions.map((version) => learningOpportunity(version, providers.get(version.providerId), labels, base, stacked.get(version.entryId)));
}

/** The entries the dataset lists: each entry's current version, published, or retired (which then says so). */
const currentVersions = { status: In([EntryStatus.PUBLISHED, EntryStatus.RETIRED]), supersededById: IsNull() };

@Resolver(() => MicroCredential)
export class EuropassMicroCredentialResolver {
  @FieldResolver(() => GraphQLJSONObject, {
    description:
      'This version as a Europass learning opportunity (ELM v3 JSON-LD, LOQ profile): a LearningOpportunity specified by the version as a ' +
      `Qualification, in Swedish and English. The published dataset is at ${DATASET_PATH}.`,
  })
  async europass(@Root() version: MicroCredential, @Ctx() context: HubContext<unknown>): Promise<Record<string, unknown>> {
    const [node] = await opportunities(context.db, context.peers.accreditation, [version], publicBaseUrl(context.config));
    return { '@context': LOQ_CONTEXT, ...node };
  }
}

const etagOf = (body: string) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;

function send(request: express.Request, response: express.Response, body: string) {
  const etag = etagOf(body);
  response.setHeader('etag', etag);
  response.setHeader('cache-control', 'public, max-age=300');
  response.setHeader('access-control-allow-origin', '*');
  if (request.header('if-none-match') === etag) return void response.status(304).end();
  response.type(LOQ_MEDIA_TYPE).send(body);
}

/**
 * GET /europass/learning-opportunities?page=N: every entry's current version (published or retired), 100 a
 * page, ordered by entry id, with Link rel="next"/"prev" headers and X-Total-Count, for the national
 * coordination point to harvest. GET /europass/learning-opportunities/<entry id>: one entry.
 */
export function europassDatasetRoutes() {
  return (router: express.Router, { db, config, peers }: { db: DataSource; config: HubConfig; peers: HubContext['peers'] }) => {
    const repository = () => db.getRepository(MicroCredential);
    router.get(DATASET_PATH, async (request, response) => {
      const raw = request.query.page ?? '1';
      if (typeof raw !== 'string' || !/^\d{1,6}$/.test(raw) || Number(raw) < 1) return void response.status(400).json({ error: 'page must be a whole number from 1' });
      const page = Number(raw);
      try {
        const [versions, total] = await repository().findAndCount({ where: currentVersions, order: { entryId: 'ASC' }, skip: (page - 1) * DATASET_PAGE_SIZE, take: DATASET_PAGE_SIZE });
        const base = publicBaseUrl(config);
        const last = Math.max(1, Math.ceil(total / DATASET_PAGE_SIZE));
        const links = [`<${base}${DATASET_PATH}?page=1>; rel="first"`, `<${base}${DATASET_PATH}?page=${last}>; rel="last"`];
        if (page < last) links.push(`<${base}${DATASET_PATH}?page=${page + 1}>; rel="next"`);
        if (page > 1) links.push(`<${base}${DATASET_PATH}?page=${Math.min(page - 1, last)}>; rel="prev"`);
        response.setHeader('link', links.join(', '));
        response.setHeader('x-total-count', String(total));
        send(request, response, JSON.stringify(loqDocument(await opportunities(db, peers.accreditation, versions, base))));
      } catch (error) {
        logger.error({ err: error }, 'learning opportunities could not be published');
        response.status(503).json({ error: 'the learning opportunities could not be published now; try again' });
      }
    });
    router.get(PUBLIC_DOCUMENT_ROUTES.learningOpportunity.path, async (request, response) => {
      const entryId = String(request.params.entryId).toLowerCase();
      if (!isUuid(entryId)) return void response.status(404).json({ error: 'no such entry' });
      try {
        const version = await repository().findOne({ where: { ...currentVersions, entryId } });
        if (!version) return void response.status(404).json({ error: 'no such entry' });
        const [node] = await opportunities(db, peers.accreditation, [version], publicBaseUrl(config));
        send(request, response, JSON.stringify({ '@context': LOQ_CONTEXT, ...node }));
      } catch (error) {
        logger.error({ err: error }, 'learning opportunity could not be published');
        response.status(503).json({ error: 'the learning opportunity could not be published now; try again' });
      }
    });
  };
}
