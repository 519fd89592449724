import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { IsNull } from 'typeorm';
import type { HubContext } from '../../platform/context';
import { Conflict, InvalidInput, NotFound, requireUuid } from '../../platform/errors';
import { GrantIssuingRightInput, IssuingRight, IssuingRightRecord } from './issuing-right';
import type { CatalogueLoaders } from './loaders';
import { requireOrganisation } from './micro-credential.resolver';

type Context = HubContext<CatalogueLoaders>;

/** The creator of an entry grants other organisations the right to issue it, and withdraws it. */
@Resolver(() => IssuingRight)
export class IssuingRightResolver {
  @Mutation(() => IssuingRight, {
    description:
      'Lets another organisation issue an entry (all its versions) from validFrom until validUntil. Granting the same right again returns it; a different open right for the same organisation is a CONFLICT (withdraw it first).',
  })
  async grantIssuingRight(@Arg('input') input: GrantIssuingRightInput, @Ctx() context: Context): Promise<IssuingRight> {
    const entryId = requireUuid('entryId', input.entryId);
    const organisationId = requireUuid('organisationId', input.organisationId);
    const entry = await context.loaders.entryById.load(entryId);
    if (!entry) throw new NotFound('catalogue entry', input.entryId);
    if (organisationId === entry.providerId) throw new InvalidInput('organisationId', 'the creator of an entry may always issue it');
    const validFrom = input.validFrom ?? new Date();
    const validUntil = input.validUntil ?? null;
    if (validUntil && validUntil <= validFrom) throw new InvalidInput('validUntil', 'must be after validFrom');
    await requireOrganisation(context, organisationId, 'organisationId');
    const repository = context.db.getRepository(IssuingRightRecord);
    const inserted = await repository
      .createQueryBuilder()
      .insert()
      .values({ entryId, organisationId, validFrom, validUntil, grantedAt: new Date(), grantedBy: context.identity.subject ?? 'unknown' })
      .orIgnore()
      .returning('id')
      .execute();
    const id: string | undefined = inserted.identifiers[0]?.id;
    if (id) return IssuingRight.granted(await repository.findOneByOrFail({ id }));
    // The open right already there: a retry of this grant when its dates agree.
    const open = await repository.findOneByOrFail({ entryId, organisationId, withdrawnAt: IsNull() });
    const sameFrom = !input.validFrom || open.validFrom.getTime() === validFrom.getTime();
    const sameUntil = (open.validUntil?.getTime() ?? null) === (validUntil?.getTime() ?? null);
    if (sameFrom && sameUntil) return IssuingRight.granted(open);
    throw new Conflict('organisationId: the organisation already holds an open right to issue this entry with other dates; withdraw it first', {
      field: 'organisationId',
    });
  }

  @Mutation(() => IssuingRight, {
    description: 'Withdraws an organisation\'s right to issue an entry from now on. Awards it issued before stay valid. Withdrawing again returns the withdrawn right.',
  })
  async withdrawIssuingRight(
    @Arg('entryId', () => ID) entryId: string,
    @Arg('organisationId', () => ID) organisationId: string,
    @Ctx() context: Context,
  ): Promise<IssuingRight> {
    const entry = requireUuid('entryId', entryId);
    const organisation = requireUuid('organisationId', organisationId);
    // For an update, typeorm answers [rows, count].
    const [[withdrawn]]: [{ id: string }[], number] = await context.db.query(
      `update issuing_right set withdrawn_at = now(), withdrawn_by = $3
       where entry_id = $1 and organisation_id = $2 and withdrawn_at is null returning id`,
      [entry, organisation, context.identity.subject ?? 'unknown'],
    );
    const repository = context.db.getRepository(IssuingRightRecord);
    if (withdrawn) return IssuingRight.granted(await repository.findOneByOrFail({ id: withdrawn.id }));
    const [last] = await repository.find({ where: { entryId: entry, organisationId: organisation }, order: { withdrawnAt: 'DESC' }, take: 1 });
    if (last) return IssuingRight.granted(last);
    throw new NotFound('issuing right for organisation', organisationId);
  }
}
