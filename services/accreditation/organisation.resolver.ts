import { publicBaseUrl } from '../../platform/config';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../platform/context';
import { Conflict, InvalidInput, NotFound, requireUuid } from '../../platform/errors';
import { Connection, PageArgs, paginate } from '../../platform/pagination';
import { CredentialType, isFieldCode } from '../../platform/vocabulary';
import { Accreditation, AccreditationKind, AccreditationStatus, accreditationView } from './accreditation';
import { findCounty } from './counties';
import { didWebOf, publicBase } from './did-web';
import type { AccreditationLoaders } from './loaders';
import { ContactInput, Organisation, OrganisationType, RegisterOrganisationInput, UpdateOrganisationInput } from './organisation';
import { parseOrganisationNumber } from './organisation-number';
import { SigningKey, signingKeyView } from './signing-key';

type Context = HubContext<AccreditationLoaders>;

@ObjectType()
class OrganisationConnection extends Connection(Organisation, 'OrganisationConnection') {}

@ArgsType()
class OrganisationsArgs extends PageArgs {
  @Field(() => OrganisationType, { nullable: true })
  type?: OrganisationType | null;

  @Field(() => String, { nullable: true, description: 'A Swedish county (län), by name or code.' })
  region?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only organisations accredited now to issue at this SeQF level (1-8).' })
  accreditedForLevel?: number | null;

  @Field(() => String, { nullable: true, description: 'Only organisations accredited now to issue in this ISCED-F field.' })
  field?: string | null;

  @Field(() => CredentialType, { nullable: true, description: 'Only organisations accredited now to issue this type of credential.' })
  credentialType?: CredentialType | null;
}

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => Organisation, { nullable: true, description: 'One organisation by id; NOT_FOUND when there is none.' })
  async organisation(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context): Promise<Organisation> {
    const organisation = await loaders.organisationById.load(requireUuid('id', id));
    if (!organisation) throw new NotFound('organisation', id);
    return organisation;
  }

  @Query(() => OrganisationConnection, {
    nullable: true,
    description:
      'Organisations in order of legal name, a page at a time; filtered by type, region, and what they are accredited now to ' +
      'issue (level, field, credential type: the organisation\'s own active accreditation; accreditationCheck also checks the chain).',
  })
  async organisations(@Args() args: OrganisationsArgs, @Ctx() { db }: Context) {
    const query = db.getRepository(Organisation).createQueryBuilder('organisation');
    if (args.type) query.andWhere('organisation.type = :type', { type: args.type });
    if (args.region) {
      const region = findCounty(args.region);
      if (!region) throw new InvalidInput('region', `'${args.region.slice(0, 60)}' is not a Swedish county (län); give its name or code`);
      query.andWhere('organisation.region = :region', { region });
    }
    const accredited: string[] = [];
    const parameters: Record<string, unknown> = {};
    if (args.accreditedForLevel !== undefined && args.accreditedForLevel !== null) {
      if (!Number.isInteger(args.accreditedForLevel) || args.accreditedForLevel < 1 || args.accreditedForLevel > 8) {
        throw new InvalidInput('accreditedForLevel', `${args.accreditedForLevel} is not a SeQF level; levels are 1-8`);
      }
      accredited.push('cast(:level as smallint) = any(state.seqf_levels)');
      parameters.level = args.accreditedForLevel;
    }
    if (args.field) {
      if (!isFieldCode(args.field)) throw new InvalidInput('field', `'${args.field.slice(0, 20)}' is not an ISCED-F field code`);
      // A broad field in the scope covers the narrow field asked for.
      accredited.push('exists (select 1 from unnest(state.fields) as own where starts_with(:field, own))');
      parameters.field = args.field;
    }
    if (args.credentialType) {
      accredited.push(':credentialType = any(state.credential_types)');
      parameters.credentialType = args.credentialType;
    }
    if (accredited.length) {
      query.andWhere(
        `exists (
          select 1 from accreditation
          cross join lateral (
            select * from accreditation_state where accreditation_state.accreditation_id = accreditation.id
            order by version desc limit 1
          ) as state
          where accreditation.organisation_id = organisation.id
            and accreditation.kind = '${AccreditationKind.TO_ISSUE}'
            and state.status = '${AccreditationStatus.ACTIVE}'
            and state.valid_from <= now() and (state.valid_until is null or state.valid_until > now())
            and ${accredited.join(' and ')})`,
        parameters,
      );
    }
    return paginate(query, args, {
      column: 'legal_name',
      valueOf: (organisation) => organisation.legalName,
    });
  }

  @FieldResolver(() => Boolean, { description: 'Whether this is the authority at the root of the accreditation chain.' })
  async isTrustRoot(@Root() organisation: Organisation, @Ctx() { loaders, config }: Context): Promise<boolean> {
    return (await loaders.trustRoot(config))?.organisation.id === organisation.id;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The did:web identifier of the organisation as an issuer, at the hub public address (the DID document lists its keys).',
  })
  did(@Root() organisation: Organisation, @Ctx() { config }: Context): string | null {
    const base = publicBase(publicBaseUrl(config));
    return base ? didWebOf(base, organisation.id) : null;
  }

  @FieldResolver(() => [Accreditation], { description: 'The accreditations the organisation holds, as they stand now, oldest first.' })
  async accreditations(
    @Root() organisation: Organisation,
    @Arg('status', () => [AccreditationStatus], { nullable: true, description: 'Only these statuses; all when not given.' })
    status: AccreditationStatus[] | null,
    @Arg('kind', () => AccreditationKind, { nullable: true }) kind: AccreditationKind | null,
    @Ctx() { loaders }: Context,
  ): Promise<Accreditation[]> {
    const histories = await loaders.accreditationsByOrganisation.load(organisation.id);
    return histories
      .map((history) => accreditationView(history))
      .filter((accreditation) => (!status || status.includes(accreditation.status)) && (!kind || accreditation.kind === kind));
  }

  @FieldResolver(() => [SigningKey], { description: 'Its public signing keys, including superseded and compromised ones (with their status).' })
  async signingKeys(@Root() organisation: Organisation, @Ctx() { loaders }: Context): Promise<SigningKey[]> {
    return (await loaders.signingKeysByOrganisation.load(organisation.id)).map(signingKeyView);
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
    const same = (['legalName', 'country', 'region', 'website', 'type', 'contactName', 'contactEmail', 'contactPhone'] as const).every(
      (key) => existing[key] === candidate[key],
    );
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
      type: organisation.type,
      contact:
        input.contact === undefined
          ? { name: organisation.contactName, email: organisation.contactEmail, phone: organisation.contactPhone }
          : input.contact,
    });
    await repository.update(
      { id: organisation.id },
      {
        legalName: changes.legalName,
        region: changes.region,
        website: changes.website,
        contactName: changes.contactName,
        contactEmail: changes.contactEmail,
        contactPhone: changes.contactPhone,
      },
    );
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
  const type = input.type ?? OrganisationType.EDUCATION_PROVIDER;
  if (!Object.values(OrganisationType).includes(type)) throw new InvalidInput('type', `'${String(type).slice(0, 30)}' is not an organisation type`);
  return { legalName, organisationNumber: number.value, country, region, website, type, ...validateContact(input.contact) };
}

function validateContact(contact: ContactInput | null | undefined) {
  const name = contact?.name?.trim() || null;
  const email = contact?.email?.trim() || null;
  const phone = contact?.phone?.trim() || null;
  if (name && name.length > 200) throw new InvalidInput('contact.name', 'must be at most 200 characters');
  if (email && (email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))) {
    throw new InvalidInput('contact.email', `'${email.slice(0, 60)}' is not an e-mail address`);
  }
  if (phone && !/^\+?[0-9 ()-]{5,30}$/.test(phone)) throw new InvalidInput('contact.phone', 'must be a telephone number (digits, spaces, +, -, parentheses)');
  return { contactName: name, contactEmail: email, contactPhone: phone };
}
