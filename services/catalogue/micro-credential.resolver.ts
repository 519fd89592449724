import { Arg, Args, Ctx, FieldResolver, GraphQLISODateTime, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import gql from 'graphql-tag';
import type { EntityManager } from 'typeorm';
import type { HubContext } from '../../platform/context';
import { Conflict, ErrorCode, HubError, InvalidInput, NotFound, requireUuid } from '../../platform/errors';
import { requireAccreditation } from './accreditation-check';
import { CatalogueEntry } from './catalogue-entry';
import { refuseIncomplete, validateContent } from './content';
import { CONTENT_COLUMNS } from './content-fields';
import { requireCode } from './input-checks';
import { dayOf, holdsIssuingRight } from '../../platform/issuing-rights';
import { IssuingRight } from './issuing-right';
import type { CatalogueLoaders } from './loaders';
import { textOrNull } from './localized-text';
import { LearningOutcome, MicroCredential, Stackability } from './micro-credential';
import { DraftMicroCredentialInput, MicroCredentialContentInput } from './micro-credential-input';
import { Organisation } from './organisation';
import { Qualification } from './qualification';
import { MicroCredentialSearchArgs, MicroCredentialSearchResult, asksForSummary, countingOf, searchMicroCredentials } from './search';
import { maySee, maySeeDraftsOf } from './visibility';
import { EntryStatus } from './vocabulary';
import { EscoSkill } from './esco/esco';

type Context = HubContext<CatalogueLoaders>;

/**
 * What a new version copies from the one it revises: the entry it belongs to, its content (every declared
 * content field) and what is derived from the content.
 */
const REVISION_COPIES = ['code', 'provider_id', ...CONTENT_COLUMNS, 'content_hash', 'search_sv_text', 'search_en_text', 'search_words'].join(', ');

/** A version the caller may see, or NOT_FOUND: a draft of someone else's is indistinguishable from none. */
export async function visibleVersion(context: Context, id: string, field = 'id'): Promise<MicroCredential> {
  const version = await context.loaders.microCredentialById.load(requireUuid(field, id));
  if (!version || !maySee(context.identity, version)) throw new NotFound('micro-credential', id);
  return version;
}

/** Serialises changes to one entry's versions (publishing, revising, retiring) against each other. */
async function lockEntry(manager: EntityManager, entryId: string): Promise<void> {
  await manager.query('select id from catalogue_entry where id = $1 for update', [entryId]);
}

@Resolver(() => MicroCredential)
export class MicroCredentialResolver {
  @Query(() => MicroCredential, {
    nullable: true,
    description:
      "One catalogue entry: `id` gives that exact version; `entryId` gives the entry's published version (or, for its provider and authorities, its newest draft; for a retired entry, its last version). NOT_FOUND when there is none.",
  })
  async microCredential(
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('entryId', () => ID, { nullable: true }) entryId: string | null,
    @Ctx() context: Context,
  ): Promise<MicroCredential> {
    if (!!id === !!entryId) throw new InvalidInput('id', 'give either id (a version) or entryId (an entry)');
    if (id) return visibleVersion(context, id);
    const entry = await context.loaders.entryById.load(requireUuid('entryId', entryId!));
    if (!entry) throw new NotFound('catalogue entry', entryId!);
    const published = await context.loaders.publishedByEntry.load(entry.id);
    if (published) return published;
    const versions = (await context.loaders.versionsByEntry.load(entry.id)).filter((version) => maySee(context.identity, version));
    const newest = versions[versions.length - 1];
    if (!newest) throw new NotFound('catalogue entry', entryId!);
    return newest;
  }

  @Query(() => MicroCredentialSearchResult, {
    nullable: true,
    description:
      'The national catalogue: published entries (one version each), searched in Swedish and English, filtered, ranked, with facet counts and cursor pagination. No token needed.',
  })
  microCredentials(@Args() args: MicroCredentialSearchArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Promise<MicroCredentialSearchResult> {
    return searchMicroCredentials(context.db, context.identity, args, { summaryWanted: asksForSummary(info), counting: countingOf(context.config) });
  }

  @Mutation(() => MicroCredential, {
    description:
      'Starts a new catalogue entry as a draft (version 1) for a registered organisation. Sending the same draft again (same code and content) returns the draft already made; the same code with other content is a CONFLICT.',
  })
  async draftMicroCredential(@Arg('input') input: DraftMicroCredentialInput, @Ctx() context: Context): Promise<MicroCredential> {
    const providerId = requireUuid('providerId', input.providerId);
    const code = requireCode('code', input.code);
    const { content, search, hash } = await validateContent(input, context.db, code);
    await requireOrganisation(context, providerId, 'providerId');
    const id = await context.db.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(CatalogueEntry)
        .values({ providerId, code })
        .orIgnore()
        .returning('id')
        .execute();
      const entryId: string | undefined = inserted.identifiers[0]?.id;
      if (entryId) {
        const versions = manager.getRepository(MicroCredential);
        const version = versions.create({
          ...content,
          ...search,
          entryId,
          code,
          providerId,
          version: 1,
          status: EntryStatus.DRAFT,
          contentHash: hash,
          updatedAt: new Date(),
        });
        const created = await versions.insert(version);
        return created.identifiers[0].id as string;
      }
      const entry = await manager.getRepository(CatalogueEntry).findOneByOrFail({ providerId, code });
      const [newest] = await manager.getRepository(MicroCredential).find({ where: { entryId: entry.id }, order: { version: 'DESC' }, take: 1 });
      if (newest?.status === EntryStatus.DRAFT && newest.contentHash === hash) return newest.id;
      throw new Conflict(`code: ${code} is already the code of another entry of this provider; change that entry with updateMicroCredentialDraft or reviseMicroCredential`, {
        field: 'code',
        entryId: entry.id,
      });
    });
    return context.db.getRepository(MicroCredential).findOneByOrFail({ id });
  }

  @Mutation(() => MicroCredential, {
    description: 'Replaces the content of a draft version. Published versions never change: revise the entry to get a new draft.',
  })
  async updateMicroCredentialDraft(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: MicroCredentialContentInput,
    @Ctx() context: Context,
  ): Promise<MicroCredential> {
    const version = await visibleVersion(context, id);
    if (version.status !== EntryStatus.DRAFT) throw notADraft(version);
    const { content, search, hash } = await validateContent(input, context.db, version.code);
    const repository = context.db.getRepository(MicroCredential);
    const result = await repository.update(
      { id: version.id, status: EntryStatus.DRAFT },
      { ...content, ...search, contentHash: hash, updatedAt: new Date() },
    );
    if (!result.affected) throw notADraft(await repository.findOneByOrFail({ id: version.id }));
    return repository.findOneByOrFail({ id: version.id });
  }

  @Mutation(() => MicroCredential, {
    description: `Publishes a draft version: it becomes the entry's published version, immutable, and replaces (retires) the one before.
Needs every mandatory element (BAD_USER_INPUT lists what is missing) and an accreditation of the provider, at this moment, for the version's SeQF level, field and credential type,
asked of the accreditation subgraph: FORBIDDEN with extensions.reason NOT_ACCREDITED says what is missing; PEER_UNAVAILABLE when it cannot be asked.
Publishing an already published version returns it.`,
  })
  async publishMicroCredential(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<MicroCredential> {
    const version = await visibleVersion(context, id);
    if (version.status === EntryStatus.PUBLISHED) return version;
    if (version.status !== EntryStatus.DRAFT) throw notADraft(version);
    refuseIncomplete(version);
    const now = new Date();
    const accreditationId = await requireAccreditation(context.peers.accreditation, {
      organisationId: version.providerId,
      seqfLevel: version.seqfLevel,
      field: version.field!,
      credentialType: version.credentialType!,
      at: now,
      microCredentialId: version.entryId,
    });
    await context.db.transaction(async (manager) => {
      await lockEntry(manager, version.entryId);
      const current = await manager.getRepository(MicroCredential).findOneByOrFail({ id: version.id });
      if (current.status === EntryStatus.PUBLISHED) return;
      if (current.status !== EntryStatus.DRAFT) throw notADraft(current);
      // What was checked must be what is published.
      if (current.contentHash !== version.contentHash) throw new Conflict('id: the draft changed while it was being published; publish it again');
      await manager.query(
        `update micro_credential set status = 'RETIRED', retired_at = $2, superseded_by = $3, updated_at = $2
         where entry_id = $1 and status = 'PUBLISHED'`,
        [version.entryId, now, version.id],
      );
      await manager.query(
        `update micro_credential set status = 'PUBLISHED', published_at = $2, published_by = $3, accreditation_id = $4, updated_at = $2
         where id = $1`,
        [version.id, now, context.identity.subject ?? null, accreditationId],
      );
    });
    return context.db.getRepository(MicroCredential).findOneByOrFail({ id: version.id });
  }

  @Mutation(() => MicroCredential, {
    description:
      "Starts the next version of an entry as a draft, copying its newest version's content. When the entry already has a draft, returns that draft.",
  })
  async reviseMicroCredential(@Arg('entryId', () => ID) entryId: string, @Ctx() context: Context): Promise<MicroCredential> {
    const entry = await context.loaders.entryById.load(requireUuid('entryId', entryId));
    if (!entry) throw new NotFound('catalogue entry', entryId);
    const id = await context.db.transaction(async (manager) => {
      await lockEntry(manager, entry.id);
      const [newest] = await manager.getRepository(MicroCredential).find({ where: { entryId: entry.id }, order: { version: 'DESC' }, take: 1 });
      if (newest.status === EntryStatus.DRAFT) return newest.id;
      const [copy]: { id: string }[] = await manager.query(
        `insert into micro_credential (entry_id, version, status, updated_at, ${REVISION_COPIES})
         select entry_id, version + 1, 'DRAFT', now(), ${REVISION_COPIES} from micro_credential where id = $1
         returning id`,
        [newest.id],
      );
      return copy.id;
    });
    return context.db.getRepository(MicroCredential).findOneByOrFail({ id });
  }

  @Mutation(() => MicroCredential, {
    description:
      'Takes an entry out of the catalogue: its published version becomes RETIRED (awards issued against it stay valid). Retiring a retired entry returns its retired version.',
  })
  async retireMicroCredential(
    @Arg('entryId', () => ID) entryId: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() context: Context,
  ): Promise<MicroCredential> {
    const entry = await context.loaders.entryById.load(requireUuid('entryId', entryId));
    if (!entry) throw new NotFound('catalogue entry', entryId);
    const why = reason?.trim() || null;
    if (why && why.length > 500) throw new InvalidInput('reason', 'must be at most 500 characters');
    const id = await context.db.transaction(async (manager) => {
      await lockEntry(manager, entry.id);
      // For an update, typeorm answers [rows, count].
      const [[retired]]: [{ id: string }[], number] = await manager.query(
        `update micro_credential set status = 'RETIRED', retired_at = now(), retired_reason = $2, updated_at = now()
         where entry_id = $1 and status = 'PUBLISHED' returning id`,
        [entry.id, why],
      );
      if (retired) return retired.id;
      const [already]: { id: string }[] = await manager.query(
        `select id from micro_credential where entry_id = $1 and status = 'RETIRED' and superseded_by is null order by version desc limit 1`,
        [entry.id],
      );
      if (already) return already.id;
      throw new Conflict('entryId: the entry has no published version to retire', { field: 'entryId' });
    });
    return context.db.getRepository(MicroCredential).findOneByOrFail({ id });
  }

  @FieldResolver(() => [LearningOutcome], { description: 'Learning outcomes (element 6), each linked to ESCO skills. At least one to publish.' })
  learningOutcomes(@Root() version: MicroCredential): LearningOutcome[] {
    return version.learningOutcomes.map((outcome) => ({ text: { sv: outcome.sv, en: outcome.en }, escoSkillUris: outcome.skills }));
  }

  @FieldResolver(() => Stackability, { nullable: true, description: 'Stand-alone, or stackable towards the qualifications listed.' })
  stackability(@Root() version: MicroCredential): Stackability | null {
    if (!version.stackability) return null;
    return { entryId: version.entryId, kind: version.stackability, description: textOrNull(version.stackabilityDescription) };
  }

  @FieldResolver(() => [IssuingRight], {
    description: 'The organisations with the right to issue this entry, with the dates of each right (withdrawn ones included): the creator, and those it granted the right.',
  })
  async issuers(@Root() version: MicroCredential, @Ctx() { loaders }: Context): Promise<IssuingRight[]> {
    const [entry, rights] = await Promise.all([loaders.entryById.load(version.entryId), loaders.issuingRightsByEntry.load(version.entryId)]);
    return [IssuingRight.owner(version.providerId, entry?.createdAt ?? version.createdAt), ...rights.map(IssuingRight.granted)];
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the organisation may issue an award against this exact version at the given moment (default now), dated that day: the version was the published one then, and the organisation is its creator or held a right covering that day that was not withdrawn by then (the rule issuing and verification apply).',
  })
  async canIssue(
    @Root() version: MicroCredential,
    @Arg('organisationId', () => ID) organisationId: string,
    @Arg('at', () => GraphQLISODateTime, { nullable: true }) at: Date | null,
    @Ctx() { loaders }: Context,
  ): Promise<boolean> {
    const organisation = requireUuid('organisationId', organisationId);
    const moment = at ?? new Date();
    const published = !!version.publishedAt && version.publishedAt <= moment && (!version.retiredAt || moment < version.retiredAt);
    if (!published) return false;
    if (organisation === version.providerId) return true;
    const rights = await loaders.issuingRightsByEntry.load(version.entryId);
    return holdsIssuingRight(rights, organisation, dayOf(moment), moment);
  }

  @FieldResolver(() => [MicroCredential], { description: "All versions of this entry the caller may see, oldest first." })
  async versions(@Root() version: MicroCredential, @Ctx() context: Context): Promise<MicroCredential[]> {
    return (await context.loaders.versionsByEntry.load(version.entryId)).filter((each) => maySee(context.identity, each));
  }

  @FieldResolver(() => MicroCredential, { nullable: true, description: "The entry's published version now (the one searches show), if it has one." })
  publishedVersion(@Root() version: MicroCredential, @Ctx() { loaders }: Context): Promise<MicroCredential | null> {
    return loaders.publishedByEntry.load(version.entryId);
  }

  @FieldResolver(() => MicroCredential, { nullable: true, description: 'The version that replaced this one, if one did.' })
  async supersededBy(@Root() version: MicroCredential, @Ctx() { loaders }: Context): Promise<MicroCredential | null> {
    return version.supersededById ? loaders.microCredentialById.load(version.supersededById) : null;
  }
}

@Resolver(() => LearningOutcome)
export class LearningOutcomeResolver {
  @FieldResolver(() => [EscoSkill], { description: 'The ESCO skills this outcome is linked to.' })
  async escoSkills(@Root() outcome: LearningOutcome, @Ctx() { loaders }: Context): Promise<EscoSkill[]> {
    const skills = await loaders.escoSkillByUri.loadMany(outcome.escoSkillUris);
    return skills.filter((skill): skill is EscoSkill => skill instanceof EscoSkill);
  }
}

@Resolver(() => Stackability)
export class StackabilityResolver {
  @FieldResolver(() => [Qualification], { description: 'The qualifications whose rule counts this entry.' })
  async qualifications(@Root() stackability: Stackability, @Ctx() { loaders }: Context): Promise<Qualification[]> {
    const ids = await loaders.qualificationIdsByEntry.load(stackability.entryId);
    const found = await loaders.qualificationById.loadMany(ids);
    return found.filter((qualification): qualification is Qualification => qualification instanceof Qualification);
  }
}

@Resolver(() => Organisation)
export class OrganisationMicroCredentialsResolver {
  @FieldResolver(() => [MicroCredential], {
    nullable: true,
    description:
      "The organisation's catalogue entries, each at its published version; for the organisation itself and authorities, at its draft where it has one.",
  })
  microCredentials(@Root() organisation: Organisation, @Ctx() { loaders, identity }: Context): Promise<MicroCredential[]> {
    const id = organisation.id.toLowerCase();
    return loaders.entriesOfProvider.load(maySeeDraftsOf(identity, id) ? `${id}+drafts` : id);
  }
}

function notADraft(version: MicroCredential): HubError {
  return new Conflict(
    `id: version ${version.version} is ${version.status} and cannot change; reviseMicroCredential(entryId: "${version.entryId}") makes a new draft`,
    { field: 'id', status: version.status },
  );
}

const ORGANISATION_EXISTS = gql`
  query OrganisationExists($id: ID!) {
    organisation(id: $id) {
      id
    }
  }
`;

/** Service call to the accreditation subgraph: the catalogue never reads its tables. */
export async function requireOrganisation(context: Context, id: string, field: string): Promise<void> {
  try {
    await context.peers.accreditation!.request(ORGANISATION_EXISTS, { id });
  } catch (error) {
    if (error instanceof HubError && error.extensions.code === ErrorCode.NOT_FOUND) {
      throw new InvalidInput(field, `no organisation with id ${id} is registered`);
    }
    throw error;
  }
}
