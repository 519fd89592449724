import { Arg, Args, Ctx, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../platform/context';
import { Conflict, InvalidInput, NotFound, requireUuid } from '../../platform/errors';
import { Connection, PageArgs, paginate } from '../../platform/pagination';
import { findCounty } from './counties';
import type { AccreditationLoaders } from './loaders';
import { Organisation, RegisterOrganisationInput, UpdateOrganisationInput } from './organisation';
import { parseOrganisationNumber } from './organisation-number';

type Context = HubContext<AccreditationLoaders>;

@ObjectType()
class OrganisationConnection extends Connection(Organisation, 'OrganisationConnection') {}

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => Organisation, { description: 'One organisation by id; NOT_FOUND when there is none.' })
  async organisation(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context): Promise<Organisation> {
    const organisation = await loaders.organisationById.load(requireUuid('id', id));
    if (!organisation) throw new NotFound('organisation', id);
    return organisation;
  }

  @Query(() => OrganisationConnection, { description: 'Organisations in order of legal name, a page at a time.' })
  async organisations(@Args() page: PageArgs, @Ctx() { db }: Context) {
    return paginate(db.getRepository(Organisation).createQueryBuilder('organisation'), page, {
      column: 'legal_name',
      valueOf: (organisation) => organisation.legalName,
    });
  }

  @Mutation(() => Organisation, {
    description: 'Registers an organisation. Registering the same organisation number again with the same details returns the existing one.',
  })
  async registerOrganisation(@Arg('input') input: RegisterOrganisationInput, @Ctx() { db }: Context): Promise<Organisation> {
    const candidate = validateRegistration(input);
    const repository = db.getRepository(Organisation);
    const inserted = await repository
      .createQueryBuilder()
      .insert()
      .values(candidate)
      .orIgnore()
      .returning('*')
      .execute();
    if (inserted.identifiers.length && inserted.identifiers[0]) {
      return repository.findOneByOrFail({ id: inserted.identifiers[0].id });
    }
    // The organisation number is taken: a retry of the same registration is answered with what is stored.
    const existing = await repository.findOneByOrFail({ organisationNumber: candidate.organisationNumber });
    const same = (['legalName', 'country', 'region', 'website'] as const).every((key) => existing[key] === candidate[key]);
    if (!same) {
      throw new Conflict(`organisationNumber: ${candidate.organisationNumber} is already registered to another organisation record`, {
        field: 'organisationNumber',
        organisationId: existing.id,
      });
    }
    return existing;
  }

  @Mutation(() => Organisation, { description: 'Changes an organisation\'s name, region or website (an authority, or the organisation itself).' })
  async updateOrganisation(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateOrganisationInput,
    @Ctx() { db }: Context,
  ): Promise<Organisation> {
    const repository = db.getRepository(Organisation);
    const organisation = await repository.findOneBy({ id: requireUuid('id', id) });
    if (!organisation) throw new NotFound('organisation', id);
    const changes = validateRegistration({
      legalName: input.legalName ?? organisation.legalName,
      organisationNumber: organisation.organisationNumber,
      country: organisation.country,
      region: input.region === undefined ? organisation.region : input.region,
      website: input.website === undefined ? organisation.website : input.website,
    });
    await repository.update({ id: organisation.id }, { legalName: changes.legalName, region: changes.region, website: changes.website });
    return repository.findOneByOrFail({ id: organisation.id });
  }
}

function validateRegistration(input: RegisterOrganisationInput) {
  const legalName = input.legalName.trim();
  if (legalName.length < 1 || legalName.length > 300) throw new InvalidInput('legalName', 'must be 1-300 characters');
  const number = parseOrganisationNumber(input.organisationNumber);
  if ('problem' in number) throw new InvalidInput('organisationNumber', `'${input.organisationNumber.slice(0, 40)}' ${number.problem}`);
  const country = input.country.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) throw new InvalidInput('country', 'must be an ISO 3166-1 alpha-2 code such as SE');
  let region: string | null = null;
  if (input.region) {
    region = country === 'SE' ? (findCounty(input.region) ?? null) : input.region.trim();
    if (!region) throw new InvalidInput('region', `'${input.region.slice(0, 60)}' is not a Swedish county (län)`);
  }
  let website: string | null = null;
  if (input.website) {
    let url: URL | undefined;
    try {
      url = new URL(input.website);
    } catch {
      url = undefined;
    }
    if (!url || !['http:', 'https:'].includes(url.protocol)) throw new InvalidInput('website', 'must be an http(s) URL');
    website = url.toString();
  }
  return { legalName, organisationNumber: number.value, country, region, website };
}
