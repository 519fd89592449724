import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { SUBGRAPH_NAMES, readConfig, type SubgraphName } from '../../platform/config';
import { startHub, type RunningHub } from '../../hub/start';
import type { Role } from '../../platform/identity';
import { LocalTokenIssuer } from '../../platform/local-token-issuer';
import { luhnCheckDigit } from '../../platform/luhn';

/**
 * Root fields are nullable in the schema (one subgraph failing must not null the others' answers). Tests
 * read them as present, as they read `data!`: a missing one fails the test where it is read.
 */
export type Answered<T> = { [Field in keyof T]: NonNullable<T[Field]> };

export interface GraphQLResponse<T> {
  status: number;
  data?: Answered<T> | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

/** What a caller of a running hub's gateway needs: requests over HTTP, and tokens to send with them. */
export interface HubClient {
  /** Sends a real GraphQL request over HTTP to the gateway (or to another URL). */
  request<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
    options?: { url?: string; headers?: Record<string, string>; token?: string },
  ): Promise<GraphQLResponse<TData>>;
  /** A caller token from the hub's local token issuer, as `npm run token` prints it. */
  token(caller: { roles: Role[]; organisationId?: string; subject?: string; expiresIn?: string }): Promise<string>;
}

export interface TestHub extends HubClient {
  hub: RunningHub;
  gatewayUrl: string;
  /** The folder holding this hub's local keys (its DATA_DIR). */
  dataDir: string;
  /** SQL statements each subgraph has sent so far. */
  statements(): Record<SubgraphName, number>;
  stop(): Promise<void>;
}

/**
 * The whole hub in this test process: four subgraphs and the gateway on OS-chosen ports, with databases
 * of its own (a fresh prefix) on the run's embedded PostgreSQL, so each test file starts from its own data.
 * `environment` adds configuration variables on top of the test defaults.
 */
export async function startTestHub(environment: Record<string, string> = {}): Promise<TestHub> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set: run the tests with jest (global setup starts PostgreSQL)');
  const ports = Object.fromEntries([...SUBGRAPH_NAMES.map((name) => `${name.toUpperCase()}_PORT`), 'GATEWAY_PORT'].map((key) => [key, '0']));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-keys-'));
  const config = readConfig({
    ...process.env,
    DATA_DIR: dataDir,
    ...ports,
    HOST: '127.0.0.1',
    NODE_ENV: 'test',
    DATABASE_URL: serverUrl,
    DATABASE_PREFIX: `t${randomBytes(5).toString('hex')}`,
    // The local e-ID provider only for the tests of sign-in (EID_LOCAL_PROVIDER: 'true'), which is what `npm start` runs.
    EID_LOCAL_PROVIDER: 'false',
    // A test may configure more (PUBLIC_URL, the accreditation trust root, ...).
    ...environment,
  });
  const hub = await startHub(config, serverUrl);
  const gatewayUrl = hub.gateway.url;
  return {
    ...hubClient(gatewayUrl, await LocalTokenIssuer.open(config)),
    hub,
    gatewayUrl,
    // A test may give DATA_DIR itself (its keys made before the hub starts).
    dataDir: config.DATA_DIR,
    statements() {
      return Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, hub.subgraphs[name].statements.count])) as Record<SubgraphName, number>;
    },
    async stop() {
      await hub.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A client of the gateway at `gatewayUrl`, with tokens from the hub's local token issuer. */
export function hubClient(gatewayUrl: string, issuer: LocalTokenIssuer): HubClient {
  return {
    token: (caller) =>
      issuer.issue({ subject: caller.subject ?? `${caller.roles[0]}-${randomUUID()}`, roles: caller.roles, organisationId: caller.organisationId, expiresIn: caller.expiresIn }),
    async request(document, variables, options = {}) {
      const response = await fetch(options.url ?? gatewayUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...options.headers,
        },
        body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse<never>, 'status'>;
      return { status: response.status, ...body };
    },
  };
}

/** A valid, clearly fictitious Swedish organisation number (third digit >= 2, Luhn check digit). */
export function fictitiousOrganisationNumber(): string {
  const nine = `559${Math.floor(Math.random() * 1e6).toString().padStart(6, '0')}`;
  const check = luhnCheckDigit(nine);
  return `${nine.slice(0, 6)}-${nine.slice(6)}${check}`;
}
