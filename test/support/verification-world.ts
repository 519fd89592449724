import { createHash, randomInt, randomUUID } from 'node:crypto';
import http from 'node:http';
import { gzipSync } from 'node:zlib';
import express from 'express';
import { buildSchema, graphql, GraphQLError } from 'graphql';
import { exportJWK, generateKeyPair, SignJWT, calculateJwkThumbprint, type CryptoKey, type JWK } from 'jose';
import {
  SourceUnavailable,
  type AccreditationAnswer,
  type AccreditationQuestion,
  type CatalogueEntry,
  type IssuerLocator,
  type PublishedKey,
  type RegistryAccreditation,
  type RegistryDocument,
  type SharedCredentials,
  type SourceName,
  type VerificationSources,
} from '../../services/verification/sources';
import { stateAt } from '../../services/verification/accreditation-chain';

/**
 * A world of issuers for verification to look at, that the tests control: organisations
 * with keys, accreditations and a trust root; catalogue entries; status lists; shares. It publishes its
 * documents in the shapes the hub's own subgraphs publish them (JWKS with lifecycle members, did:web DID
 * documents, the trusted issuer registry, signed BitstringStatusListCredentials, the accreditationCheck,
 * microCredential and sharedCredentials queries), either directly as VerificationSources or over HTTP.
 */

export type Algorithm = 'EdDSA' | 'ES256';

export interface WorldKey {
  kid: string;
  alg: Algorithm;
  privateKey: CryptoKey;
  publicJwk: JWK;
  status: 'ACTIVE' | 'SUPERSEDED' | 'COMPROMISED';
  validFrom: string;
  validUntil: string | null;
  compromisedFrom: string | null;
  /** A key compromised from its start is left out of the JWKS and DID document, as the hub does. */
}

export interface WorldOrganisation {
  id: string;
  legalName: string;
  did: string;
  keys: WorldKey[];
  accreditations: RegistryAccreditation[];
}

interface WorldList {
  id: string;
  issuerId: string;
  purpose: 'message' | 'revocation' | 'suspension';
  statusSize: number;
  values: Map<number, number>;
  next: number;
  /** For tests: a list that claims this lifetime, is signed with this key, or has fewer entries. */
  validUntil?: string;
  signWithKid?: string;
  entries?: number;
}

export interface IssueOptions {
  issuer: WorldOrganisation;
  entry: CatalogueEntry;
  learnerName?: string;
  validFrom?: Date;
  validUntil?: Date | null;
  /** Sign with this key (default: the issuer's first active key). */
  key?: WorldKey;
  /** 'message': one two-bit entry, as the awards subgraph writes; 'pair': revocation and suspension entries; 'none'. */
  status?: 'message' | 'pair' | 'none';
  /** Change the payload before signing. */
  payload?: (payload: Record<string, unknown>) => void;
}

export interface Issued {
  jws: string;
  payload: Record<string, unknown>;
  /** The status entries: list id and index. */
  entries: { listId: string; index: number }[];
}

const DAY = 86_400_000;
const STATUS_LIST_ENTRIES = 131_072;
const MESSAGES = [
  { status: '0x0', message: 'valid' },
  { status: '0x1', message: 'suspended' },
  { status: '0x2', message: 'revoked' },
];

function didOf(base: string, organisationId: string): string {
  const url = new URL(`${base}/`);
  const path = url.pathname.split('/').filter(Boolean);
  return ['did', 'web', encodeURIComponent(url.host), ...path, 'issuers', organisationId].join(':');
}

export function encodeList(length: number, statusSize: number, values: Map<number, number>): string {
  const bits = Buffer.alloc(Math.ceil((length * statusSize) / 8));
  for (const [index, value] of values) {
    for (let bit = 0; bit < statusSize; bit += 1) {
      if ((value >> (statusSize - 1 - bit)) & 1) {
        const position = index * statusSize + bit;
        bits[position >> 3] |= 0x80 >> (position & 7);
      }
    }
  }
  return `u${gzipSync(bits).toString('base64url')}`;
}

export class VerificationWorld implements VerificationSources {
  readonly documentBases: readonly string[];
  readonly organisations = new Map<string, WorldOrganisation>();
  readonly entries = new Map<string, CatalogueEntry>();
  readonly lists = new Map<string, WorldList>();
  readonly shares = new Map<string, SharedCredentials>();
  /** Sources that answer as if unreachable. */
  readonly down = new Set<SourceName>();
  /** Calls per source (in-memory) or requests per document kind (over HTTP). */
  readonly calls: Record<string, number> = {};
  /** Sharing: looks at each share, as the awards subgraph logs them for the learner. */
  readonly openings: { token: string; state: string }[] = [];
  rootId: string | null = null;
  /** Cache-Control of the documents (the hub's: 60 s for keys and registry, 300 s for status lists). */
  cacheControl = { documents: 'public, max-age=60', statusLists: 'public, max-age=300, must-revalidate' };

  constructor(readonly base: string) {
    this.documentBases = [base];
  }

  private count(name: string) {
    this.calls[name] = (this.calls[name] ?? 0) + 1;
  }

  private unless(source: SourceName) {
    if (this.down.has(source)) throw new SourceUnavailable(source, `${this.base} did not answer`, `${this.base} svarade inte`);
  }

  // ---- building the world ------------------------------------------------------------------------------

  async newKey(alg: Algorithm = 'EdDSA', lifecycle: Partial<Pick<WorldKey, 'status' | 'validFrom' | 'validUntil' | 'compromisedFrom' | 'kid'>> = {}): Promise<WorldKey> {
    const { publicKey, privateKey } = await generateKeyPair(alg, alg === 'EdDSA' ? { crv: 'Ed25519', extractable: true } : { extractable: true });
    const exported = await exportJWK(publicKey);
    const kid = lifecycle.kid ?? (await calculateJwkThumbprint(exported, 'sha256'));
    return {
      kid,
      alg,
      privateKey: privateKey as CryptoKey,
      publicJwk: { ...exported, kid, alg, use: 'sig' },
      status: lifecycle.status ?? 'ACTIVE',
      validFrom: lifecycle.validFrom ?? new Date(Date.now() - 400 * DAY).toISOString(),
      validUntil: lifecycle.validUntil ?? null,
      compromisedFrom: lifecycle.compromisedFrom ?? null,
    };
  }

  async addOrganisation(legalName: string, options: { alg?: Algorithm; root?: boolean; id?: string } = {}): Promise<WorldOrganisation> {
    const id = options.id ?? randomUUID();
    const organisation: WorldOrganisation = { id, legalName, did: didOf(this.base, id), keys: [await this.newKey(options.alg)], accreditations: [] };
    this.organisations.set(id, organisation);
    if (options.root) this.rootId = id;
    return organisation;
  }

  /** Grants an accreditation (to issue by default) from `by`, valid from a year ago with no end unless told. */
  accredit(
    organisation: WorldOrganisation,
    by: WorldOrganisation,
    scope: { seqfLevels: number[]; fields: string[]; credentialTypes: string[]; microCredentialIds?: string[] | null },
    options: { kind?: 'TO_ISSUE' | 'TO_ACCREDIT'; validFrom?: string; validUntil?: string | null; grantedAt?: string; basisAccreditationId?: string | null } = {},
  ): RegistryAccreditation {
    const validFrom = options.validFrom ?? new Date(Date.now() - 365 * DAY).toISOString();
    const state = {
      recordedAt: options.grantedAt ?? validFrom,
      scope: { microCredentialIds: null, ...scope },
      validFrom,
      validUntil: options.validUntil ?? null,
      status: 'ACTIVE',
      basisAccreditationId: options.basisAccreditationId ?? null,
      decisionReference: `MYH 2025/${randomInt(1000, 9999)}`,
    };
    const accreditation: RegistryAccreditation = {
      id: randomUUID(),
      kind: options.kind ?? 'TO_ISSUE',
      accreditingAuthorityId: by.id,
      decisionReference: state.decisionReference,
      scope: state.scope,
      validFrom,
      validUntil: state.validUntil,
      status: 'ACTIVE',
      basisAccreditationId: state.basisAccreditationId,
      history: [state],
    };
    organisation.accreditations.push(accreditation);
    return accreditation;
  }

  /** Records a status change (WITHDRAWN, SUSPENDED, ACTIVE) taking effect at `at`. */
  changeAccreditation(accreditation: RegistryAccreditation, status: string, at: Date = new Date()) {
    const last = accreditation.history[accreditation.history.length - 1];
    accreditation.history.push({ ...last, recordedAt: at.toISOString(), status });
    accreditation.status = status;
  }

  addEntry(entry: Partial<CatalogueEntry> & { providerId: string }): CatalogueEntry {
    const full: CatalogueEntry = {
      id: randomUUID(),
      entryId: randomUUID(),
      version: 1,
      status: 'PUBLISHED',
      title: { sv: 'Reparationssömnad jeans', en: 'Repair sewing: jeans' },
      seqfLevel: 4,
      field: '072',
      credentialType: 'NON_FORMAL',
      issuers: [],
      ...entry,
    };
    this.entries.set(full.id, full);
    return full;
  }

  private listFor(issuerId: string, purpose: WorldList['purpose']): WorldList {
    for (const list of this.lists.values()) if (list.issuerId === issuerId && list.purpose === purpose && list.next < STATUS_LIST_ENTRIES) return list;
    const list: WorldList = { id: randomUUID(), issuerId, purpose, statusSize: purpose === 'message' ? 2 : 1, values: new Map(), next: randomInt(0, 1000) };
    this.lists.set(list.id, list);
    return list;
  }

  listUrl = (listId: string) => `${this.base}/status-lists/${listId}`;

  /** Issues a credential as the awards subgraph builds it (services/awards/credential.ts), signed as it signs. */
  async issue(options: IssueOptions): Promise<Issued> {
    const { issuer, entry } = options;
    const key = options.key ?? issuer.keys.find((candidate) => candidate.status === 'ACTIVE')!;
    const validFrom = options.validFrom ?? new Date(Date.now() - 60_000);
    const style = options.status ?? 'message';
    const entries: Issued['entries'] = [];
    const statusEntry = (list: WorldList, index: number) => ({
      id: `${this.listUrl(list.id)}#${index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: list.purpose,
      statusListIndex: String(index),
      statusListCredential: this.listUrl(list.id),
      ...(list.purpose === 'message' ? { statusSize: 2, statusMessage: MESSAGES } : {}),
    });
    let credentialStatus: unknown;
    if (style === 'message') {
      const list = this.listFor(issuer.id, 'message');
      const index = list.next++;
      entries.push({ listId: list.id, index });
      credentialStatus = statusEntry(list, index);
    } else if (style === 'pair') {
      const revocation = this.listFor(issuer.id, 'revocation');
      const suspension = this.listFor(issuer.id, 'suspension');
      const index = Math.max(revocation.next, suspension.next);
      revocation.next = suspension.next = index + 1;
      entries.push({ listId: revocation.id, index }, { listId: suspension.id, index });
      credentialStatus = [statusEntry(revocation, index), statusEntry(suspension, index)];
    }
    const id = `urn:uuid:${randomUUID()}`;
    const title = entry.title.sv ?? entry.title.en ?? '';
    const payload: Record<string, unknown> = {
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
      id,
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      name: title,
      issuer: { id: issuer.did, type: ['Profile'], name: issuer.legalName, address: { type: ['Address'], addressCountryCode: 'SE' } },
      validFrom: validFrom.toISOString(),
      ...(options.validUntil ? { validUntil: options.validUntil.toISOString() } : {}),
      credentialSubject: {
        type: ['AchievementSubject'],
        identifier: [{ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: options.learnerName ?? 'Anna Lindqvist' }],
        achievement: {
          id: `urn:uuid:${entry.id}`,
          type: ['Achievement'],
          achievementType: 'MicroCredential',
          name: title,
          description: title,
          criteria: { narrative: title },
          alignment: [
            { type: ['Alignment'], targetName: 'sy kläder', targetUrl: 'http://data.europa.eu/esco/skill/0b3b9ecd-5ed3-4b51-a5c5-2e0e2bbd2f04', targetFramework: 'ESCO', targetType: 'ext:ESCOSkill' },
            ...(entry.seqfLevel ? [{ type: ['Alignment'], targetName: `EQF level ${entry.seqfLevel}`, targetUrl: `http://data.europa.eu/snb/eqf/${entry.seqfLevel}`, targetCode: String(entry.seqfLevel), targetFramework: 'European Qualifications Framework (EQF)', targetType: 'ext:EQFLevel' }] : []),
          ],
          fieldOfStudy: entry.field ?? undefined,
          version: entry.version !== null ? String(entry.version) : undefined,
          microCredential: {
            type: 'MicroCredentialSpecification',
            entryId: entry.entryId,
            seqfLevel: entry.seqfLevel,
            eqfLevel: entry.seqfLevel,
            credentialType: entry.credentialType,
            field: entry.field,
          },
        },
      },
      ...(credentialStatus ? { credentialStatus } : {}),
    };
    options.payload?.(payload);
    const jwt = new SignJWT(payload).setProtectedHeader({ alg: key.alg, typ: 'vc+jwt', cty: 'vc', kid: key.kid });
    if (typeof payload.issuer === 'object' && payload.issuer && typeof (payload.issuer as { id?: unknown }).id === 'string') jwt.setIssuer((payload.issuer as { id: string }).id);
    if (typeof payload.id === 'string') jwt.setJti(payload.id);
    if (typeof payload.validFrom === 'string' && Number.isFinite(Date.parse(payload.validFrom))) {
      jwt.setIssuedAt(new Date(payload.validFrom)).setNotBefore(new Date(payload.validFrom));
    }
    if (typeof payload.validUntil === 'string') jwt.setExpirationTime(new Date(payload.validUntil));
    return { jws: await jwt.sign(key.privateKey), payload, entries };
  }

  /** Sets the credential's status in its lists: the awards subgraph's revoke/suspend/reinstate. */
  setStatus(issued: Issued, status: 'ACTIVE' | 'SUSPENDED' | 'REVOKED') {
    for (const { listId, index } of issued.entries) {
      const list = this.lists.get(listId)!;
      const value =
        list.purpose === 'message' ? { ACTIVE: 0, SUSPENDED: 1, REVOKED: 2 }[status] : list.purpose === 'revocation' ? Number(status === 'REVOKED') : Number(status === 'SUSPENDED');
      if (value) list.values.set(index, value);
      else list.values.delete(index);
    }
  }

  share(credentials: string[], state: SharedCredentials['state'] = 'ACTIVE'): string {
    const token = randomUUID().replace(/-/g, '') + randomUUID().replace(/-/g, '');
    this.shares.set(token, { state, recipientLabel: 'Rekrytering, Skellefteå Kraft', expiresAt: new Date(Date.now() + 30 * DAY).toISOString(), credentials });
    return token;
  }

  // ---- the documents, in the hub's shapes ------------------------------------------------------------------

  /** Keys that can still verify something (a key compromised from its start is not published). */
  private publishedKeys(organisation: WorldOrganisation) {
    return organisation.keys.filter((key) => !(key.compromisedFrom && Date.parse(key.compromisedFrom) <= Date.parse(key.validFrom)));
  }

  jwks(organisationId: string) {
    const organisation = this.organisations.get(organisationId);
    if (!organisation) return null;
    return {
      keys: this.publishedKeys(organisation).map((key) => ({
        ...key.publicJwk,
        status: key.status.toLowerCase(),
        validFrom: key.validFrom,
        ...(key.validUntil ? { validUntil: key.validUntil } : {}),
        ...(key.compromisedFrom ? { compromisedFrom: key.compromisedFrom } : {}),
      })),
    };
  }

  didDocument(organisationId: string) {
    const organisation = this.organisations.get(organisationId);
    if (!organisation) return null;
    const methods = this.publishedKeys(organisation).map((key) => ({
      id: `${organisation.did}#${key.kid}`,
      type: 'JsonWebKey',
      controller: organisation.did,
      publicKeyJwk: key.publicJwk,
    }));
    return {
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/jwk/v1'],
      id: organisation.did,
      verificationMethod: methods,
      assertionMethod: methods.map((method) => method.id),
    };
  }

  registryDocument(): RegistryDocument & Record<string, unknown> {
    return {
      name: 'Mikromeriter trusted issuer registry',
      trustRoot: this.rootId ? { organisationId: this.rootId } : null,
      organisations: [...this.organisations.values()].map((organisation) => ({
        id: organisation.id,
        did: organisation.did,
        legalName: organisation.legalName,
        isTrustRoot: organisation.id === this.rootId,
        accreditations: organisation.accreditations.map((accreditation) => ({ ...accreditation })),
        keys: organisation.keys.map((key) => ({
          kid: key.kid,
          algorithm: key.alg,
          status: key.status,
          validFrom: key.validFrom,
          validUntil: key.validUntil,
          compromisedFrom: key.compromisedFrom,
          publicJwk: key.publicJwk,
        })),
      })),
    };
  }

  async statusListJws(listId: string): Promise<string | null> {
    const list = this.lists.get(listId);
    if (!list) return null;
    const issuer = this.organisations.get(list.issuerId)!;
    const key = (list.signWithKid && issuer.keys.find((candidate) => candidate.kid === list.signWithKid)) || issuer.keys.find((candidate) => candidate.status === 'ACTIVE')!;
    const url = this.listUrl(list.id);
    const now = new Date();
    const credential = {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: url,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: issuer.did,
      validFrom: now.toISOString(),
      validUntil: list.validUntil ?? new Date(now.getTime() + DAY).toISOString(),
      credentialSubject: { id: `${url}#list`, type: 'BitstringStatusList', statusPurpose: list.purpose, ttl: 300_000, encodedList: encodeList(list.entries ?? STATUS_LIST_ENTRIES, list.statusSize, list.values) },
    };
    return new SignJWT(credential).setProtectedHeader({ alg: key.alg, typ: 'vc+jwt', cty: 'vc', kid: key.kid }).setIssuer(issuer.did).setIssuedAt().sign(key.privateKey);
  }

  /** The accreditation service's answer, decided from the world's accreditations (the chain is the registry's business). */
  answer(question: AccreditationQuestion): AccreditationAnswer {
    const organisation = this.organisations.get(question.organisationId);
    const no = (reason: string): AccreditationAnswer => ({ allowed: false, reason, reasonSv: `Svar: ${reason}`, accreditationId: null });
    if (!organisation) return no(`No organisation with id ${question.organisationId} is registered in the hub.`);
    const held = organisation.accreditations.filter((accreditation) => accreditation.kind === 'TO_ISSUE');
    if (!held.length) return no(`${organisation.legalName} holds no accreditation to issue credentials.`);
    const at = question.at.getTime();
    for (const accreditation of held) {
      const state = stateAt(accreditation, question.at);
      const covers =
        state.scope.seqfLevels.includes(question.seqfLevel) &&
        state.scope.fields.some((field) => question.field.startsWith(field)) &&
        state.scope.credentialTypes.includes(question.credentialType) &&
        Date.parse(state.validFrom) <= at &&
        (!state.validUntil || at < Date.parse(state.validUntil));
      if (covers && state.status === 'ACTIVE') return { allowed: true, reason: null, reasonSv: null, accreditationId: accreditation.id };
    }
    const first = stateAt(held[0], question.at);
    if (first.status !== 'ACTIVE') return no(`${organisation.legalName}: the accreditation was ${first.status.toLowerCase()} on ${question.at.toISOString().slice(0, 10)}.`);
    return no(`${organisation.legalName}: no accreditation covers SeQF level ${question.seqfLevel}, field ${question.field}, ${question.credentialType} on ${question.at.toISOString().slice(0, 10)}.`);
  }

  // ---- VerificationSources, in memory ----------------------------------------------------------------------

  async issuerKeys(issuer: IssuerLocator): Promise<PublishedKey[] | null> {
    this.count('keys');
    this.unless('keys');
    const jwks = this.jwks(issuer.organisationId);
    if (!jwks) return null;
    return jwks.keys.map((key) => ({ kid: key.kid as string, jwk: key as JWK, status: key.status, validFrom: key.validFrom, validUntil: key.validUntil ?? null, compromisedFrom: key.compromisedFrom ?? null }));
  }

  async registry(): Promise<RegistryDocument> {
    this.count('registry');
    this.unless('registry');
    return JSON.parse(JSON.stringify(this.registryDocument()));
  }

  async accreditationChecks(questions: AccreditationQuestion[]): Promise<AccreditationAnswer[]> {
    this.count('accreditation');
    this.unless('accreditation');
    return questions.map((question) => this.answer(question));
  }

  async statusList(url: string): Promise<string> {
    this.count('status list');
    this.unless('status list');
    const jws = url.startsWith(`${this.base}/status-lists/`) ? await this.statusListJws(url.slice(`${this.base}/status-lists/`.length)) : null;
    if (!jws) throw new SourceUnavailable('status list', `${url} was not found`);
    return jws;
  }

  async catalogueEntry(id: string): Promise<CatalogueEntry | null> {
    this.count('catalogue');
    this.unless('catalogue');
    return this.entries.get(id) ?? null;
  }

  async shareByToken(token: string): Promise<SharedCredentials | null> {
    this.count('share');
    this.unless('share');
    const share = this.shares.get(token);
    if (!share) return null;
    this.openings.push({ token, state: share.state });
    return share.state === 'ACTIVE' ? share : { state: share.state, recipientLabel: null, expiresAt: null, credentials: [] };
  }

  // ---- over HTTP ------------------------------------------------------------------------------------------

  /** Serves the documents and the three GraphQL queries, as the hub's gateway and subgraphs do. */
  static async serve(): Promise<{ world: VerificationWorld; graphqlUrl: string; close(): Promise<void> }> {
    const app = express();
    const server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const world = new VerificationWorld(`http://localhost:${port}`);
    const schema = buildSchema(`
      scalar DateTimeISO
      enum CredentialType { FORMAL NON_FORMAL INDUSTRY_VALIDATION INFORMAL }
      type Ref { id: ID! }
      type AccreditationCheck { allowed: Boolean! reason: String reasonSv: String accreditation: Ref }
      type LocalizedText { sv: String en: String }
      type IssuingRight { organisation: Ref! validFrom: DateTimeISO validUntil: DateTimeISO withdrawnAt: DateTimeISO }
      type MicroCredential { id: ID! entryId: ID version: Int status: String title: LocalizedText seqfLevel: Int field: String credentialType: CredentialType provider: Ref issuers: [IssuingRight!] }
      enum ShareState { ACTIVE EXPIRED WITHDRAWN }
      type SharedCredentials { state: ShareState! recipientLabel: String expiresAt: DateTimeISO credentials: [String!]! }
      type Query {
        accreditationCheck(organisationId: ID!, seqfLevel: Int!, field: String!, credentialType: CredentialType!, at: DateTimeISO, microCredentialId: ID): AccreditationCheck!
        microCredential(id: ID, entryId: ID): MicroCredential!
        sharedCredentials(token: String!): SharedCredentials!
      }
    `);
    const notFound = (what: string) => new GraphQLError(`No ${what}`, { extensions: { code: 'NOT_FOUND' } });
    const down = (source: SourceName) => new GraphQLError(`${source} is down`, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    const rootValue = {
      accreditationCheck: (args: { organisationId: string; seqfLevel: number; field: string; credentialType: string; at?: string; microCredentialId?: string }) => {
        if (world.down.has('accreditation')) throw down('accreditation');
        const answer = world.answer({ ...args, at: args.at ? new Date(args.at) : new Date(), microCredentialId: args.microCredentialId ?? null });
        return { allowed: answer.allowed, reason: answer.reason, reasonSv: answer.reasonSv, accreditation: answer.accreditationId ? { id: answer.accreditationId } : null };
      },
      microCredential: ({ id }: { id: string }) => {
        if (world.down.has('catalogue')) throw down('catalogue');
        const entry = world.entries.get(id);
        if (!entry) throw notFound('micro-credential');
        return { ...entry, provider: entry.providerId ? { id: entry.providerId } : null, issuers: entry.issuers?.map((right) => ({ ...right, organisation: { id: right.organisationId } })) };
      },
      sharedCredentials: ({ token }: { token: string }) => {
        if (world.down.has('share')) throw down('share');
        const share = world.shares.get(token);
        if (!share) throw notFound('share');
        world.openings.push({ token, state: share.state });
        return share.state === 'ACTIVE' ? share : { state: share.state, recipientLabel: null, expiresAt: null, credentials: [] };
      },
    };
    app.post('/graphql', express.json({ limit: '8mb' }), async (request, response) => {
      world.count(`graphql ${/^\s*query\s+(\w+)/.exec(String(request.body.query))?.[1] ?? 'anonymous'}`);
      const result = await graphql({ schema, source: request.body.query, rootValue, variableValues: request.body.variables });
      response.json(result);
    });
    const document = (source: SourceName, kind: string, produce: (request: express.Request) => Promise<unknown> | unknown, contentType = 'application/json') =>
      async (request: express.Request, response: express.Response) => {
        world.count(kind);
        if (world.down.has(source)) return void response.status(503).json({ error: 'down' });
        const body = await produce(request);
        if (body === null) return void response.status(404).set('cache-control', 'no-store').json({ error: 'not found' });
        const text = typeof body === 'string' ? body : JSON.stringify(body);
        // As the hub: a status list's ETag changes with its entries (its JWS is signed afresh); other documents' with their content.
        const list = world.lists.get(String(request.params.listId));
        const tag = list ? `${list.id}.${[...list.values].join(';')}` : text;
        const etag = `"${createHash('sha256').update(tag).digest('base64url')}"`;
        response.set('cache-control', kind === 'status list' ? world.cacheControl.statusLists : world.cacheControl.documents);
        response.set('etag', etag);
        if (request.get('if-none-match') === etag) return void response.status(304).end();
        response.type(contentType).send(text);
      };
    app.get('/issuers/:organisationId/jwks.json', document('keys', 'jwks', (request) => world.jwks(String(request.params.organisationId))));
    app.get('/issuers/:organisationId/did.json', document('keys', 'did', (request) => world.didDocument(String(request.params.organisationId))));
    app.get('/registry.json', document('registry', 'registry', () => world.registryDocument()));
    app.get('/status-lists/:listId', document('status list', 'status list', (request) => world.statusListJws(String(request.params.listId)), 'application/vc+jwt'));
    return {
      world,
      graphqlUrl: `${world.base}/graphql`,
      close: async () => {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      },
    };
  }
}
