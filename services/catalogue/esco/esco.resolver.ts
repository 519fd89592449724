import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { HubContext } from '../../../platform/context';
import { InvalidInput, NotFound } from '../../../platform/errors';
import { PageArgs } from '../../../platform/pagination';
import type { CatalogueLoaders } from '../loaders';
import { MicroCredentialSearchResult, asksForSummary, countingOf, searchMicroCredentials } from '../search';
import { foldText, wordsOf } from '../search-text';
import { EscoOccupation, EscoSkill, labelsIn } from './esco';

type Context = HubContext<CatalogueLoaders>;

const MAX_PICKS = 50;

@ArgsType()
class ConceptSearchArgs {
  @Field({ description: 'Words of a label (preferred or alternative), in `language`.' })
  search: string;

  @Field({ defaultValue: 'en', description: 'The language of the labels to search (ISO 639-1), as imported.' })
  language: string;

  @Field(() => Int, { defaultValue: 20, description: `How many to return (1-${MAX_PICKS}).` })
  first: number;
}

const languageArg = { defaultValue: 'en', description: 'ISO 639-1; falls back to English, then to any language the hub has.' };

/** ESCO URIs are short; anything longer is not one (and is not worth a database round trip). */
function conceptUri(uri: string): string {
  const value = uri.trim();
  if (value.length > 300) throw new InvalidInput('uri', 'is not an ESCO concept URI');
  return value;
}

function checkLanguage(language: string): string {
  const value = language.trim().toLowerCase();
  if (!/^[a-z]{2,3}$/.test(value)) throw new InvalidInput('language', 'must be an ISO 639-1 code such as "sv" or "en"');
  return value;
}

/**
 * Concepts whose labels in `language` contain the words: substring or close (trigram) matches, best
 * first, answered by the trigram index on the labels.
 */
async function searchConcepts(context: Context, kind: 'skill' | 'occupation', args: ConceptSearchArgs): Promise<string[]> {
  const language = checkLanguage(args.language);
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PICKS) throw new InvalidInput('first', `must be between 1 and ${MAX_PICKS}`);
  if (args.search.length > 200) throw new InvalidInput('search', 'must be at most 200 characters');
  const words = wordsOf(foldText(args.search)).slice(0, 6);
  if (words.length === 0) throw new InvalidInput('search', 'give at least one word (letters or digits)');
  const phrase = words.join(' ');
  const conditions = words.map((_, index) => `(l.search_text like $${index + 3} or $${index + 3 + words.length} <% l.search_text)`);
  // search_text starts with the folded preferred label: matches there rank before matches in alternatives.
  const preferred = 'left(l.search_text, char_length(l.preferred_label))';
  const inPreferred = words.map((_, index) => `${preferred} like $${index + 3}`).join(' and ');
  const rows: { uri: string }[] = await context.db.query(
    `select l.uri from esco_${kind}_label l
     where l.language = $1 and ${conditions.join(' and ')}
     order by (${preferred} = $2) desc, (${inPreferred}) desc, word_similarity($2, ${preferred}) desc, char_length(l.preferred_label), l.uri
     limit ${args.first}`,
    [language, phrase, ...words.map((word) => `%${word.replace(/[\\%_]/g, '\\$&')}%`), ...words],
  );
  return rows.map((row) => row.uri);
}

@Resolver(() => EscoSkill)
export class EscoSkillResolver {
  @Query(() => EscoSkill, { nullable: true, description: 'An ESCO skill by URI; NOT_FOUND when the hub does not know it (import the release).' })
  async escoSkill(@Arg('uri') uri: string, @Ctx() { loaders }: Context): Promise<EscoSkill> {
    const skill = await loaders.escoSkillByUri.load(conceptUri(uri));
    if (!skill) throw new NotFound('ESCO skill', uri.slice(0, 120));
    return skill;
  }

  @Query(() => [EscoSkill], { nullable: true, description: 'ESCO skills for a picker: labels in the given language containing the words, best matches first.' })
  async escoSkills(@Args() args: ConceptSearchArgs, @Ctx() context: Context): Promise<EscoSkill[]> {
    const uris = await searchConcepts(context, 'skill', args);
    const skills = await context.loaders.escoSkillByUri.loadMany(uris);
    return skills.filter((skill): skill is EscoSkill => skill instanceof EscoSkill);
  }

  @FieldResolver(() => String, { nullable: true })
  preferredLabel(@Root() skill: EscoSkill, @Arg('language', languageArg) language: string): string | null {
    return labelsIn(skill.labels, checkLanguage(language))?.preferredLabel ?? null;
  }

  @FieldResolver(() => [String])
  altLabels(@Root() skill: EscoSkill, @Arg('language', languageArg) language: string): string[] {
    return labelsIn(skill.labels, checkLanguage(language))?.altLabels ?? [];
  }

  @FieldResolver(() => String, { nullable: true })
  description(@Root() skill: EscoSkill, @Arg('language', languageArg) language: string): string | null {
    return labelsIn(skill.labels, checkLanguage(language))?.description ?? null;
  }

  @FieldResolver(() => [EscoSkill], { description: 'Skills directly broader than this one (skill groups are not listed).' })
  async broaderSkills(@Root() skill: EscoSkill, @Ctx() { loaders }: Context): Promise<EscoSkill[]> {
    const found = await loaders.escoSkillByUri.loadMany(await loaders.broaderSkillUris.load(skill.uri));
    return found.filter((each): each is EscoSkill => each instanceof EscoSkill);
  }

  @FieldResolver(() => [EscoSkill], { description: 'Skills directly narrower than this one.' })
  async narrowerSkills(@Root() skill: EscoSkill, @Ctx() { loaders }: Context): Promise<EscoSkill[]> {
    const found = await loaders.escoSkillByUri.loadMany(await loaders.narrowerSkillUris.load(skill.uri));
    return found.filter((each): each is EscoSkill => each instanceof EscoSkill);
  }

  @FieldResolver(() => MicroCredentialSearchResult, { description: 'Published catalogue entries that teach this skill or a narrower one.' })
  microCredentials(@Root() skill: EscoSkill, @Args() page: PageArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Promise<MicroCredentialSearchResult> {
    return searchMicroCredentials(context.db, context.identity, { ...page, filter: { escoSkill: skill.uri } }, { summaryWanted: asksForSummary(info), counting: countingOf(context.config) });
  }
}

@Resolver(() => EscoOccupation)
export class EscoOccupationResolver {
  @Query(() => EscoOccupation, { nullable: true, description: 'An ESCO occupation by URI; NOT_FOUND when the hub does not know it.' })
  async escoOccupation(@Arg('uri') uri: string, @Ctx() { loaders }: Context): Promise<EscoOccupation> {
    const occupation = await loaders.escoOccupationByUri.load(conceptUri(uri));
    if (!occupation) throw new NotFound('ESCO occupation', uri.slice(0, 120));
    return occupation;
  }

  @Query(() => [EscoOccupation], { nullable: true, description: 'ESCO occupations for a picker: labels in the given language containing the words.' })
  async escoOccupations(@Args() args: ConceptSearchArgs, @Ctx() context: Context): Promise<EscoOccupation[]> {
    const uris = await searchConcepts(context, 'occupation', args);
    const occupations = await context.loaders.escoOccupationByUri.loadMany(uris);
    return occupations.filter((occupation): occupation is EscoOccupation => occupation instanceof EscoOccupation);
  }

  @FieldResolver(() => String, { nullable: true })
  preferredLabel(@Root() occupation: EscoOccupation, @Arg('language', languageArg) language: string): string | null {
    return labelsIn(occupation.labels, checkLanguage(language))?.preferredLabel ?? null;
  }

  @FieldResolver(() => [String])
  altLabels(@Root() occupation: EscoOccupation, @Arg('language', languageArg) language: string): string[] {
    return labelsIn(occupation.labels, checkLanguage(language))?.altLabels ?? [];
  }

  @FieldResolver(() => String, { nullable: true })
  description(@Root() occupation: EscoOccupation, @Arg('language', languageArg) language: string): string | null {
    return labelsIn(occupation.labels, checkLanguage(language))?.description ?? null;
  }

  @FieldResolver(() => [EscoSkill], { description: 'Skills ESCO lists as essential for the occupation.' })
  essentialSkills(@Root() occupation: EscoOccupation, @Ctx() context: Context): Promise<EscoSkill[]> {
    return skillsOf(context, occupation.uri, 'essential');
  }

  @FieldResolver(() => [EscoSkill], { description: 'Skills ESCO lists as optional for the occupation.' })
  optionalSkills(@Root() occupation: EscoOccupation, @Ctx() context: Context): Promise<EscoSkill[]> {
    return skillsOf(context, occupation.uri, 'optional');
  }

  @FieldResolver(() => MicroCredentialSearchResult, { description: 'Published catalogue entries that teach a skill essential to this occupation.' })
  microCredentials(
    @Root() occupation: EscoOccupation,
    @Args() page: PageArgs,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<MicroCredentialSearchResult> {
    return searchMicroCredentials(context.db, context.identity, { ...page, filter: { escoOccupation: occupation.uri } }, { summaryWanted: asksForSummary(info), counting: countingOf(context.config) });
  }
}

async function skillsOf(context: Context, occupationUri: string, relation: string): Promise<EscoSkill[]> {
  const relations = await context.loaders.occupationSkills.load(occupationUri);
  const found = await context.loaders.escoSkillByUri.loadMany(relations.filter((each) => each.relationType === relation).map((each) => each.skillUri));
  return found.filter((skill): skill is EscoSkill => skill instanceof EscoSkill);
}
