import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import type express from 'express';
import {
  GraphQLError,
  Kind,
  getNamedType,
  getVariableValues,
  isObjectType,
  isInterfaceType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql';
import type { HubConfig } from './config';
import { ErrorCode } from './errors';

/**
 * The limits one GraphQL operation must stay within, at the gateway and in every subgraph (a subgraph may be
 * reached without the gateway). Each is an environment variable (see the README for the reasons behind the
 * defaults).
 */
export interface OperationLimits {
  /** Characters of the query document. */
  characters: number;
  /** Lexical tokens of the query document (GraphQL Armor max-tokens). */
  tokens: number;
  /** Nesting depth of fields (GraphQL Armor max-depth). */
  depth: number;
  /** Aliases in the operation (GraphQL Armor max-aliases). */
  aliases: number;
  /** Directives in the operation (GraphQL Armor max-directives). */
  directives: number;
  /** Structural cost: objects, scalars, depth and `first`/`last` page sizes (GraphQL Armor cost-limit). */
  cost: number;
  /**
   * Items of list arguments in the whole operation, over every alias and fragment, times the page sizes
   * they sit under: 1,000 credentials cost 1,000 however they are split.
   */
  listItems: number;
  /** The same for a mutation (whose batches are larger: a cohort of awards), under the same name. */
  mutationListItems: number;
}

/**
 * The configured limits. A subgraph gets room for what the gateway's own fetches add to a caller's
 * operation: an entity level (`_entities { ... on T }`), key fields and `__typename`, aliases for fields the
 * query planner merges. A caller who goes straight to a subgraph gets no more than that.
 */
export const limitsOf = (config: HubConfig, at: 'gateway' | 'subgraph' = 'gateway'): OperationLimits => {
  const room = at === 'subgraph' ? 2 : 1;
  return {
    characters: config.OPERATION_MAX_CHARACTERS * room,
    tokens: config.OPERATION_MAX_TOKENS * room,
    depth: config.OPERATION_MAX_DEPTH + (room - 1) * 2,
    aliases: config.OPERATION_MAX_ALIASES * room,
    directives: config.OPERATION_MAX_DIRECTIVES,
    cost: config.OPERATION_MAX_COST * room,
    listItems: config.OPERATION_MAX_LIST_ITEMS,
    mutationListItems: config.OPERATION_MAX_MUTATION_LIST_ITEMS,
  };
};

/** A refused operation: the stable code, which limit and its value. */
export function limitExceeded(limit: Exclude<keyof OperationLimits, 'mutationListItems'>, maximum: number, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.OPERATION_LIMIT_EXCEEDED, limit, maximum, http: { status: 400 } },
  });
}

/** Armor's messages start with "Syntax Error: " although nothing is wrong with the syntax. */
const plainMessage = (error: GraphQLError) => error.message.replace(/^Syntax Error: /, '');

/**
 * The Apollo Server options that enforce the limits: GraphQL Armor's validation rules (depth, aliases,
 * directives, cost), its field-suggestion blocker where the schema is not open, and the list-items count.
 * Characters and tokens are checked before parsing, by `documentLimitsMiddleware`.
 */
export function operationLimitOptions(
  limits: OperationLimits,
  options: { blockFieldSuggestions: boolean; skipListArguments?: (field: string, argument: string) => boolean },
): { plugins: ApolloServerPlugin<any>[]; validationRules: ValidationRule[] } {
  const refuse = (limit: 'depth' | 'aliases' | 'directives' | 'cost') => ({
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(limitExceeded(limit, limits[limit], plainMessage(error))),
    ],
  });
  const armor = new ApolloArmor({
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: options.blockFieldSuggestions, mask: '' },
    maxDepth: { n: limits.depth, ...refuse('depth') },
    maxAliases: { n: limits.aliases, ...refuse('aliases') },
    maxDirectives: { n: limits.directives, ...refuse('directives') },
    costLimit: { maxCost: limits.cost, ...refuse('cost') },
  }).protect();
  return {
    plugins: [...armor.plugins, listItemsPlugin(limits, options.skipListArguments ?? (() => false))],
    validationRules: armor.validationRules,
  };
}

/**
 * Before Apollo parses anything: the document's size in characters and in tokens (GraphQL Armor's counting
 * lexer stops at the limit, so a huge document costs no more than the limit to refuse).
 */
export function documentLimitsMiddleware(limits: OperationLimits): express.RequestHandler {
  // Clients send the same few operations over and over (their variables change): a document found within the
  // limits is not counted again. Bounded in number and size, so that a stream of distinct documents cannot grow it.
  const passed = new Set<string>();
  return (request, response, next) => {
    const query: unknown = request.method === 'GET' ? request.query?.query : request.body?.query;
    if (typeof query !== 'string') return next();
    if (passed.has(query)) return next();
    let refusal: GraphQLError | undefined;
    if (query.length > limits.characters) {
      refusal = limitExceeded('characters', limits.characters, `Query size limit of ${limits.characters} characters exceeded, found ${query.length}.`);
    } else {
      try {
        new MaxTokensParserWLexer(query, { n: limits.tokens }).parseDocument();
      } catch (error) {
        // Syntax errors are Apollo's to report; only the token limit is refused here.
        if (error instanceof GraphQLError && /Token limit/.test(error.message)) {
          refusal = limitExceeded('tokens', limits.tokens, plainMessage(error));
        }
      }
    }
    if (!refusal) {
      if (query.length <= REMEMBERED_DOCUMENT_CHARACTERS) {
        if (passed.size >= REMEMBERED_DOCUMENTS) passed.delete(passed.values().next().value!);
        passed.add(query);
      }
      return next();
    }
    response.status(400).json({ errors: [{ message: refusal.message, extensions: withoutHttp(refusal.extensions) }] });
  };
}

/** Documents remembered as within the limits: at most this many, each at most this long. */
const REMEMBERED_DOCUMENTS = 500;
const REMEMBERED_DOCUMENT_CHARACTERS = 4096;

const withoutHttp = ({ http: _http, ...extensions }: Record<string, unknown>) => extensions;

/**
 * Counts the items of every list argument in the operation that will run (fragments expanded, aliases
 * counted each), multiplied by the `first`/`last` page sizes above them, with the variables' values. Runs
 * once the operation is known, before anything executes.
 */
function listItemsPlugin(limits: OperationLimits, skip: (field: string, argument: string) => boolean): ApolloServerPlugin<any> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, schema }) {
          if (!operation) return;
          const maximum = operation.operation === 'mutation' ? limits.mutationListItems : limits.listItems;
          const fragments = new Map(
            document.definitions
              .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
              .map((fragment) => [fragment.name.value, fragment]),
          );
          const found = countListItems(schema, operation, fragments, request.variables ?? {}, skip, maximum);
          if (found > maximum) {
            throw limitExceeded('listItems', maximum, `List items limit of ${maximum} exceeded, found ${found}.`);
          }
        },
      };
    },
  };
}

function countListItems(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  skip: (field: string, argument: string) => boolean,
  stopAbove: number,
): number {
  const defaults = new Map(operation.variableDefinitions?.map((definition) => [definition.variable.name.value, definition.defaultValue]));
  // A variable's value as sent, else its default (a literal, counted like one).
  const valueOf = (node: ValueNode): unknown =>
    node.kind !== Kind.VARIABLE ? node : node.name.value in variables ? variables[node.name.value] : defaults.get(node.name.value);
  // A list counts its items (each one item, whatever it holds); an input object counts the lists in its fields,
  // so `input: { awardIds: [...] }` costs as much as the list passed on its own.
  const itemsInValue = (value: unknown): number => {
    if (Array.isArray(value)) return value.length;
    if (value && typeof value === 'object' && !('kind' in value)) return Object.values(value).reduce((sum: number, field) => sum + itemsInValue(field), 0);
    const literal = value as ValueNode | undefined;
    if (literal?.kind === Kind.LIST) return literal.values.length;
    if (literal?.kind === Kind.OBJECT) return literal.fields.reduce((sum, field) => sum + itemsIn(field.value), 0);
    return 0;
  };
  const itemsIn = (node: ValueNode): number => itemsInValue(valueOf(node));
  const pageSize = (node: ValueNode): number => {
    const value = valueOf(node);
    if (typeof value === 'number') return value;
    const literal = value as ValueNode | undefined;
    return literal?.kind === Kind.INT ? Number(literal.value) : 1;
  };
  // A page size left out is the schema's default for it (`first: Int! = 20` costs 20, not 1).
  const defaultPageSize = (field: GraphQLField<unknown, unknown> | undefined): number => {
    const argument = field?.args.find((candidate) => candidate.name === 'first' || candidate.name === 'last');
    return typeof argument?.defaultValue === 'number' ? argument.defaultValue : 1;
  };
  const fieldOf = (type: GraphQLNamedType | undefined, name: string) =>
    type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[name] : undefined;
  let total = 0;
  const visit = (selectionSet: SelectionSetNode, parent: GraphQLNamedType | undefined, multiplier: number, seen: Set<string>) => {
    for (const selection of selectionSet.selections) {
      if (total > stopAbove) return;
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        // A fragment spread inside itself is a validation error already; never loop on it.
        if (fragment && !seen.has(fragment.name.value)) {
          visit(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? parent, multiplier, new Set(seen).add(fragment.name.value));
        }
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, selection.typeCondition ? schema.getType(selection.typeCondition.name.value) ?? parent : parent, multiplier, seen);
        continue;
      }
      const field = fieldOf(parent, selection.name.value);
      let inner = multiplier;
      let paged = false;
      for (const argument of selection.arguments ?? []) {
        if (skip(selection.name.value, argument.name.value)) continue;
        total += multiplier * itemsIn(argument.value);
        if (argument.name.value === 'first' || argument.name.value === 'last') {
          inner = multiplier * Math.max(1, pageSize(argument.value));
          paged = true;
        }
      }
      if (!paged) inner = multiplier * defaultPageSize(field);
      if (selection.selectionSet) visit(selection.selectionSet, field ? getNamedType(field.type) : undefined, inner, seen);
    }
  };
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  visit(operation.selectionSet, root ?? undefined, 1, new Set());
  return total;
}

/** As many variable errors as Apollo Server reports before it stops ("Too many errors processing variables"). */
const MAX_VARIABLE_ERRORS = 50;

/**
 * The gateway's own check of a request's variables (@apollo/gateway's executor) collects every error there is,
 * with no bound: 10,000 rows of a cohort each missing a field kept the gateway's one thread busy for 17 s, for
 * everyone. Checked here first, once the operation is known and its list items counted, as Apollo Server checks
 * them in each subgraph: at most 50 errors, then it stops; a request whose variables are right goes on unchanged.
 */
export function boundedVariableErrorsPlugin(): ApolloServerPlugin<any> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ operation, request, schema }) {
          if (!operation?.variableDefinitions?.length) return null;
          const { errors } = getVariableValues(schema, operation.variableDefinitions, request.variables ?? {}, { maxErrors: MAX_VARIABLE_ERRORS });
          if (!errors) return null;
          return {
            http: { status: 400, headers: new HeaderMap() },
            body: {
              kind: 'single',
              singleResult: { errors: errors.map((error) => ({ ...error.toJSON(), extensions: { ...error.extensions, code: ErrorCode.BAD_USER_INPUT } })) },
            },
          };
        },
      };
    },
  };
}
