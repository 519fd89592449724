import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import type { HubContext } from '../../platform/context';
import { InvalidInput, NotFound, requireUuid } from '../../platform/errors';
import { Connection, PageArgs, paginate } from '../../platform/pagination';
import { CatalogueEntry } from './catalogue-entry';
import { localized, requireCode, requireSeqfLevel } from './input-checks';
import type { CatalogueLoaders } from './loaders';
import { MicroCredential } from './micro-credential';
import { requireOrganisation } from './micro-credential.resolver';
import {
  DefineQualificationInput,
  Qualification,
  QualificationComponent,
  QualificationComponentRecord,
  QualificationProgress,
} from './qualification';
import { maySeeDraftsOf } from './visibility';

type Context = HubContext<CatalogueLoaders>;

@ObjectType()
class QualificationConnection extends Connection(Qualification, 'QualificationConnection') {}

const MAX_COMPONENTS = 100;

@Resolver(() => Qualification)
export class QualificationResolver {
  @Query(() => Qualification, { nullable: true, description: 'One qualification by id; NOT_FOUND when there is none.' })
  async qualification(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context): Promise<Qualification> {
    const qualification = await loaders.qualificationById.load(requireUuid('id', id));
    if (!qualification) throw new NotFound('qualification', id);
    return qualification;
  }

  @Query(() => QualificationConnection, { nullable: true, description: 'Qualifications in order of title, a page at a time.' })
  qualifications(@Args() page: PageArgs, @Ctx() { db }: Context) {
    return paginate(db.getRepository(Qualification).createQueryBuilder('qualification'), page, {
      column: 'sort_title',
      valueOf: (qualification) => (qualification.titleSv ?? qualification.titleEn ?? '').toLowerCase(),
    });
  }

  @Mutation(() => Qualification, {
    description:
      'Defines a qualification that catalogue entries stack into, with its rule. Defining the same code again (for the same owner) replaces the definition, so a retry never duplicates.',
  })
  async defineQualification(@Arg('input') input: DefineQualificationInput, @Ctx() context: Context): Promise<Qualification> {
    const ownerId = requireUuid('ownerId', input.ownerId);
    const code = requireCode('code', input.code);
    const title = localized('title', input.title, 300);
    if (!title) throw new InvalidInput('title', 'give a title in Swedish (sv) or English (en)');
    const description = localized('description', input.description, 5000);
    const seqfLevel = input.seqfLevel === null || input.seqfLevel === undefined ? null : requireSeqfLevel('seqfLevel', input.seqfLevel);
    if (input.components.length === 0) throw new InvalidInput('components', 'list at least one catalogue entry');
    if (input.components.length > MAX_COMPONENTS) throw new InvalidInput('components', `at most ${MAX_COMPONENTS} components`);
    const components = input.components.map((component, index) => ({
      entryId: requireUuid(`components[${index}].entryId`, component.entryId),
      mandatory: component.mandatory,
    }));
    const duplicate = components.findIndex((component, index) => components.findIndex((other) => other.entryId === component.entryId) !== index);
    if (duplicate >= 0) throw new InvalidInput(`components[${duplicate}].entryId`, 'is listed twice');
    const mandatory = components.filter((component) => component.mandatory).length;
    if (!Number.isInteger(input.requiredCount) || input.requiredCount < Math.max(1, mandatory) || input.requiredCount > components.length) {
      throw new InvalidInput('requiredCount', `must be between ${Math.max(1, mandatory)} (the mandatory components) and ${components.length} (all components)`);
    }

    // Components must be entries in the catalogue: published, or the owner's own drafts.
    const entries = await context.db.getRepository(CatalogueEntry).findBy({ id: In(components.map((component) => component.entryId)) });
    const published = await context.db
      .getRepository(MicroCredential)
      .find({ select: { entryId: true }, where: { entryId: In(components.map((component) => component.entryId)), status: 'PUBLISHED' as never } });
    const publishedEntries = new Set(published.map((version) => version.entryId));
    components.forEach((component, index) => {
      const entry = entries.find((each) => each.id === component.entryId);
      const visible = entry && (publishedEntries.has(entry.id) || (entry.providerId === ownerId && maySeeDraftsOf(context.identity, entry.providerId)));
      if (!visible) throw new InvalidInput(`components[${index}].entryId`, `no published catalogue entry with id ${component.entryId}`);
    });
    await requireOrganisation(context, ownerId, 'ownerId');

    const id = await context.db.transaction(async (manager) => {
      const [row]: { id: string }[] = await manager.query(
        `insert into qualification (owner_id, code, kind, title_sv, title_en, description, seqf_level, required_count)
         values ($1, $2, $3, $4, $5, $6, $7, $8)
         on conflict (owner_id, code) do update set kind = excluded.kind, title_sv = excluded.title_sv, title_en = excluded.title_en,
           description = excluded.description, seqf_level = excluded.seqf_level, required_count = excluded.required_count, updated_at = now()
         returning id`,
        [ownerId, code, input.kind, title.sv, title.en, description, seqfLevel, input.requiredCount],
      );
      await manager.query('delete from qualification_component where qualification_id = $1', [row.id]);
      await manager.getRepository(QualificationComponentRecord).insert(
        components.map((component, position) => ({ qualificationId: row.id, entryId: component.entryId, mandatory: component.mandatory, position })),
      );
      return row.id;
    });
    return context.db.getRepository(Qualification).findOneByOrFail({ id });
  }

  @FieldResolver(() => [QualificationComponent], { description: 'The catalogue entries that count towards the qualification.' })
  async components(@Root() qualification: Qualification, @Ctx() { loaders }: Context): Promise<QualificationComponent[]> {
    const records = await loaders.componentsByQualification.load(qualification.id);
    return records.map((record) => ({ entryId: record.entryId, mandatory: record.mandatory }));
  }

  @FieldResolver(() => QualificationProgress, {
    description: 'How far a set of catalogue entries (entry ids, for example those of a learner\'s awards) goes towards this qualification.',
  })
  async progress(
    @Root() qualification: Qualification,
    @Arg('entryIds', () => [ID]) entryIds: string[],
    @Ctx() { loaders }: Context,
  ): Promise<QualificationProgress> {
    if (entryIds.length > 1000) throw new InvalidInput('entryIds', 'at most 1000 entries');
    const achieved = new Set(entryIds.map((id) => id.toLowerCase()));
    const records = await loaders.componentsByQualification.load(qualification.id);
    const counted = records.filter((record) => achieved.has(record.entryId)).length;
    const missingMandatory = records.filter((record) => record.mandatory && !achieved.has(record.entryId)).map((record) => record.entryId);
    const remaining = Math.max(qualification.requiredCount - counted, missingMandatory.length);
    return { complete: remaining === 0, counted, requiredCount: qualification.requiredCount, missingMandatory, remaining };
  }
}

@Resolver(() => QualificationComponent)
export class QualificationComponentResolver {
  @FieldResolver(() => MicroCredential, { nullable: true, description: "The entry's published version now, if it has one." })
  microCredential(@Root() component: QualificationComponent, @Ctx() { loaders }: Context): Promise<MicroCredential | null> {
    return loaders.publishedByEntry.load(component.entryId);
  }
}
