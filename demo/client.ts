import { signInWithLocalEid, type SignedInLearner } from './e-id-sign-in';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Role } from '../platform/identity';

/** Who a token is for: the roles, the organisation acted for, and the subject (a learner's id). */
export interface Caller {
  roles: Role[];
  organisationId?: string;
  subject?: string;
}

export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

/** A GraphQL request the hub answered with errors (or an HTTP error): the first error's code and field at hand. */
export class HubRequestError extends Error {
  constructor(
    readonly operation: string,
    readonly errors: GraphQLErrorBody[],
    readonly status: number,
  ) {
    super(`${operation}: ${errors.map((error) => `${error.message}${error.extensions?.code ? ` (${error.extensions.code})` : ''}`).join('; ')}`);
  }
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code as string | undefined;
  }
  get extensions(): Record<string, unknown> {
    return this.errors[0]?.extensions ?? {};
  }
}

/**
 * The demo's view of a running hub: GraphQL over HTTP to the gateway, as any client sends it, and a way to
 * get caller tokens (the hub's local token issuer; in the tests, the test hub's).
 */
/**
 * Root fields are nullable in the schema (one subgraph failing must not null the others' answers); an answer
 * without errors has every root field it asked for.
 */
export type Answered<TData> = { [Field in keyof TData]: NonNullable<TData[Field]> };

export interface HubClient {
  /** The gateway's GraphQL URL. */
  url: string;
  /** The answer's data, or a HubRequestError when it carries any error: so every root field is there. */
  request<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables, token?: string): Promise<Answered<TData>>;
  token(caller: Caller): Promise<string>;
  /**
   * The learner with this personnummer, signed in with e-ID (the local provider): an issuer sees only its own
   * pseudonym of a learner, so the learner's account id comes from signing in as them.
   */
  signIn(personalNumber: string): Promise<SignedInLearner>;
}

/** `signInBase`: where the hub's pages and /sign-in are, when `url` is another gateway's (Hive Gateway's, say). */
export function hubClient(url: string, token: (caller: Caller) => Promise<string>, options: { signInBase?: string } = {}): HubClient {
  return {
    url,
    token,
    signIn: (personalNumber) => signInWithLocalEid(options.signInBase ?? new URL(url).origin, personalNumber),
    async request(document, variables, callerToken) {
      const operation = document.definitions.find((definition) => definition.kind === 'OperationDefinition');
      const name = (operation && 'name' in operation && operation.name?.value) || 'operation';
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(callerToken ? { authorization: `Bearer ${callerToken}` } : {}) },
        body: JSON.stringify({ query: print(document), variables }),
      });
      const text = await response.text();
      let body: { data?: unknown; errors?: GraphQLErrorBody[] };
      try {
        body = JSON.parse(text);
      } catch {
        throw new HubRequestError(name, [{ message: `HTTP ${response.status}: ${text.slice(0, 300)}` }], response.status);
      }
      if (body.errors?.length || !body.data) throw new HubRequestError(name, body.errors ?? [{ message: `HTTP ${response.status} without data` }], response.status);
      return body.data as never;
    },
  };
}
