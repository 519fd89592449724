/* GENERATED FILE: do not edit by hand. Made by `npm run codegen` from test/operations. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  join__DirectiveArguments: { input: unknown; output: unknown; }
  join__FieldSet: { input: unknown; output: unknown; }
  link__Import: { input: unknown; output: unknown; }
};

export type CreateMicroCredentialInput = {
  /** The organisation that owns the entry. */
  providerId: Scalars['ID']['input'];
  /** SeQF level, 1-8. */
  seqfLevel: Scalars['Int']['input'];
  title: Scalars['String']['input'];
};

/** A micro-credential in the national catalogue (the specification, not an award). */
export type MicroCredential = {
  __typename?: 'MicroCredential';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** The organisation that created and owns this entry. */
  provider: Organisation;
  /** SeQF level 1-8 (the same number as the EQF level). */
  seqfLevel: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type MicroCredentialConnection = {
  __typename?: 'MicroCredentialConnection';
  nodes: Array<MicroCredential>;
  pageInfo: PageInfo;
  /** How many match in all. */
  totalCount: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds an entry to the catalogue for a registered organisation. */
  createMicroCredential: MicroCredential;
  /** Registers an organisation. Registering the same organisation number again with the same details returns the existing one. */
  registerOrganisation: Organisation;
};


export type MutationCreateMicroCredentialArgs = {
  input: CreateMicroCredentialInput;
};


export type MutationRegisterOrganisationArgs = {
  input: RegisterOrganisationInput;
};

/** An organisation: an authority, an education provider, an industry body or an employer. */
export type Organisation = {
  __typename?: 'Organisation';
  /** ISO 3166-1 alpha-2 country code of the organisation. */
  country: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** The registered legal name. */
  legalName: Scalars['String']['output'];
  /** The organisation's entries in the national catalogue. */
  microCredentials: Array<MicroCredential>;
  /** Swedish organisationsnummer, NNNNNN-NNNN. */
  organisationNumber: Scalars['String']['output'];
  /** Swedish county (län), for example "Västerbottens län". */
  region?: Maybe<Scalars['String']['output']>;
  website?: Maybe<Scalars['String']['output']>;
};

export type OrganisationConnection = {
  __typename?: 'OrganisationConnection';
  nodes: Array<Organisation>;
  pageInfo: PageInfo;
  /** How many match in all. */
  totalCount: Scalars['Int']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Health of the accreditation subgraph. */
  accreditationHealth: SubgraphHealth;
  /** Health of the awards subgraph. */
  awardsHealth: SubgraphHealth;
  /** Health of the catalogue subgraph. */
  catalogueHealth: SubgraphHealth;
  /** One catalogue entry by id; NOT_FOUND when there is none. */
  microCredential: MicroCredential;
  /** Catalogue entries in order of title, a page at a time. */
  microCredentials: MicroCredentialConnection;
  /** One organisation by id; NOT_FOUND when there is none. */
  organisation: Organisation;
  /** Organisations in order of legal name, a page at a time. */
  organisations: OrganisationConnection;
  /** Health of the verification subgraph. */
  verificationHealth: SubgraphHealth;
};


export type QueryMicroCredentialArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMicroCredentialsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

export type RegisterOrganisationInput = {
  /** ISO 3166-1 alpha-2 country code. */
  country?: Scalars['String']['input'];
  legalName: Scalars['String']['input'];
  /** Swedish organisationsnummer, NNNNNN-NNNN (Luhn-checked). */
  organisationNumber: Scalars['String']['input'];
  /** A Swedish county (län), by name or code. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** An http(s) URL. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** Whether a subgraph is up and reaches its database. */
export type SubgraphHealth = {
  __typename?: 'SubgraphHealth';
  /** True when the subgraph answered a query against its own database. */
  database: Scalars['Boolean']['output'];
  subgraph: Scalars['String']['output'];
};

export type Join__Graph =
  | 'ACCREDITATION'
  | 'AWARDS'
  | 'CATALOGUE'
  | 'VERIFICATION';

export type Link__Purpose =
  /** `EXECUTION` features provide metadata necessary for operation execution. */
  | 'EXECUTION'
  /** `SECURITY` features provide metadata necessary to securely resolve fields. */
  | 'SECURITY';

export type CreateMicroCredentialInput = {
  /** The organisation that owns the entry. */
  providerId: string | number;
  /** SeQF level, 1-8. */
  seqfLevel: number;
  title: string;
};

export type RegisterOrganisationInput = {
  /** ISO 3166-1 alpha-2 country code. */
  country?: string;
  legalName: string;
  /** Swedish organisationsnummer, NNNNNN-NNNN (Luhn-checked). */
  organisationNumber: string;
  /** A Swedish county (län), by name or code. */
  region?: string | null | undefined;
  /** An http(s) URL. */
  website?: string | null | undefined;
};

export type CreateMicroCredentialMutationVariables = Exact<{
  input: CreateMicroCredentialInput;
}>;


export type CreateMicroCredentialMutation = { createMicroCredential: { id: string, title: string, seqfLevel: number, provider: { id: string, legalName: string } } };

export type MicroCredentialsWithProvidersQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type MicroCredentialsWithProvidersQuery = { microCredentials: { totalCount: number, nodes: Array<{ id: string, title: string, provider: { id: string, legalName: string, region: string | null } }> } };

export type HealthQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthQuery = { accreditationHealth: { subgraph: string, database: boolean }, catalogueHealth: { subgraph: string, database: boolean }, awardsHealth: { subgraph: string, database: boolean }, verificationHealth: { subgraph: string, database: boolean } };

export type RegisterOrganisationMutationVariables = Exact<{
  input: RegisterOrganisationInput;
}>;


export type RegisterOrganisationMutation = { registerOrganisation: { id: string, legalName: string, organisationNumber: string, country: string, region: string | null, website: string | null } };

export type OrganisationQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationQuery = { organisation: { id: string, legalName: string, microCredentials: Array<{ id: string, title: string, seqfLevel: number }> } };

export type OrganisationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganisationsQuery = { organisations: { totalCount: number, nodes: Array<{ id: string, legalName: string }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };


export const CreateMicroCredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMicroCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMicroCredentialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMicroCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]}}]} as unknown as DocumentNode<CreateMicroCredentialMutation, CreateMicroCredentialMutationVariables>;
export const MicroCredentialsWithProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MicroCredentialsWithProviders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"microCredentials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MicroCredentialsWithProvidersQuery, MicroCredentialsWithProvidersQueryVariables>;
export const HealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accreditationHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subgraph"}},{"kind":"Field","name":{"kind":"Name","value":"database"}}]}},{"kind":"Field","name":{"kind":"Name","value":"catalogueHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subgraph"}},{"kind":"Field","name":{"kind":"Name","value":"database"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awardsHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subgraph"}},{"kind":"Field","name":{"kind":"Name","value":"database"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verificationHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subgraph"}},{"kind":"Field","name":{"kind":"Name","value":"database"}}]}}]}}]} as unknown as DocumentNode<HealthQuery, HealthQueryVariables>;
export const RegisterOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}}]}}]} as unknown as DocumentNode<RegisterOrganisationMutation, RegisterOrganisationMutationVariables>;
export const OrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"microCredentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"seqfLevel"}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationQuery, OrganisationQueryVariables>;
export const OrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationsQuery, OrganisationsQueryVariables>;