import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import gql from 'graphql-tag';
import type { HubContext } from '../../platform/context';
import { ErrorCode, HubError, InvalidInput, NotFound, requireUuid } from '../../platform/errors';
import { Connection, PageArgs, paginate } from '../../platform/pagination';
import type { CatalogueLoaders } from './loaders';
import { CreateMicroCredentialInput, MicroCredential } from './micro-credential';
import { Organisation } from './organisation';

type Context = HubContext<CatalogueLoaders>;

@ObjectType()
class MicroCredentialConnection extends Connection(MicroCredential, 'MicroCredentialConnection') {}

@Resolver(() => MicroCredential)
export class MicroCredentialResolver {
  @Query(() => MicroCredential, { description: 'One catalogue entry by id; NOT_FOUND when there is none.' })
  async microCredential(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context): Promise<MicroCredential> {
    const entry = await loaders.microCredentialById.load(requireUuid('id', id));
    if (!entry) throw new NotFound('micro-credential', id);
    return entry;
  }

  @Query(() => MicroCredentialConnection, { description: 'Catalogue entries in order of title, a page at a time.' })
  async microCredentials(@Args() page: PageArgs, @Ctx() { db }: Context) {
    return paginate(db.getRepository(MicroCredential).createQueryBuilder('entry'), page, {
      column: 'title',
      valueOf: (entry) => entry.title,
    });
  }

  @Mutation(() => MicroCredential, { description: 'Adds an entry to the catalogue for a registered organisation.' })
  async createMicroCredential(@Arg('input') input: CreateMicroCredentialInput, @Ctx() context: Context): Promise<MicroCredential> {
    const providerId = requireUuid('providerId', input.providerId);
    const title = input.title.trim();
    if (title.length < 1 || title.length > 300) throw new InvalidInput('title', 'must be 1-300 characters');
    if (!Number.isInteger(input.seqfLevel) || input.seqfLevel < 1 || input.seqfLevel > 8) {
      throw new InvalidInput('seqfLevel', `${input.seqfLevel} is not an SeQF level; levels are 1-8`);
    }
    await requireOrganisation(context, providerId);
    const repository = context.db.getRepository(MicroCredential);
    return repository.save(repository.create({ providerId, title, seqfLevel: input.seqfLevel }));
  }
}

@Resolver(() => Organisation)
export class OrganisationMicroCredentialsResolver {
  @FieldResolver(() => [MicroCredential], { description: "The organisation's entries in the national catalogue." })
  microCredentials(@Root() organisation: Organisation, @Ctx() { loaders }: Context): Promise<MicroCredential[]> {
    return loaders.microCredentialsByProvider.load(organisation.id);
  }
}

const ORGANISATION_EXISTS = gql`
  query OrganisationExists($id: ID!) {
    organisation(id: $id) {
      id
    }
  }
`;

/** Service call to the accreditation subgraph: the catalogue never reads its tables. */
async function requireOrganisation(context: Context, id: string): Promise<void> {
  try {
    await context.peers.accreditation!.request(ORGANISATION_EXISTS, { id });
  } catch (error) {
    if (error instanceof HubError && error.extensions.code === ErrorCode.NOT_FOUND) {
      throw new InvalidInput('providerId', `no organisation with id ${id} is registered`);
    }
    throw error;
  }
}
