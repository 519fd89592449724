import type { TrustedIssuer } from './trusted-issuers';
import { z } from 'zod';
import { ErrorCode, HubError } from '../../platform/errors';
import type { PeerClient } from '../../platform/peer';
import { DocumentCache, DocumentUnavailable } from './document-cache';
import { didWebDocumentUrl } from './did-web';
import {
  accreditationChecksQuery,
  CATALOGUE_ENTRY,
  SHARED_CREDENTIALS,
  type AccreditationCheckAnswer,
  type CatalogueEntryAnswer,
  type SharedCredentialsAnswer,
} from './peer-queries';
import {
  SourceUnavailable,
  accreditationAnswerKey,
  type AccreditationAnswer,
  type AccreditationQuestion,
  type CatalogueEntry,
  type IssuerLocator,
  type PublishedKey,
  type ReadOptions,
  type RegistryDocument,
  type SharedCredentials,
  type SourceName,
  type VerificationSources,
} from './sources';

const timestamp = z.string().refine((value) => Number.isFinite(Date.parse(value)), 'a date and time');
const jwkSchema = z.looseObject({ kty: z.string() });

const jwksSchema = z.object({
  keys: z.array(
    z.looseObject({
      kid: z.string().optional(),
      kty: z.string(),
      status: z.string().nullish(),
      validFrom: timestamp.nullish(),
      validUntil: timestamp.nullish(),
      compromisedFrom: timestamp.nullish(),
    }),
  ),
});

const verificationMethodSchema = z.looseObject({ id: z.string(), publicKeyJwk: jwkSchema.optional() });
const didDocumentSchema = z.object({
  id: z.string(),
  verificationMethod: z.array(verificationMethodSchema).default([]),
  assertionMethod: z.array(z.union([z.string(), verificationMethodSchema])).default([]),
});

const scopeSchema = z.object({
  seqfLevels: z.array(z.number()),
  fields: z.array(z.string()),
  credentialTypes: z.array(z.string()),
  microCredentialIds: z.array(z.string()).nullish(),
});
const stateSchema = z.object({
  recordedAt: timestamp,
  scope: scopeSchema,
  validFrom: timestamp,
  validUntil: timestamp.nullable(),
  status: z.string(),
  basisAccreditationId: z.string().nullish(),
  decisionReference: z.string().nullish(),
});
const registrySchema = z.object({
  trustRoot: z.object({ organisationId: z.string() }).nullable(),
  organisations: z.array(
    z.object({
      id: z.string(),
      legalName: z.string(),
      did: z.string().nullish(),
      accreditations: z.array(
        z.object({
          id: z.string(),
          kind: z.string(),
          accreditingAuthorityId: z.string(),
          decisionReference: z.string().nullish(),
          scope: scopeSchema,
          validFrom: timestamp,
          validUntil: timestamp.nullable(),
          status: z.string(),
          basisAccreditationId: z.string().nullish(),
          history: z.array(stateSchema).default([]),
        }),
      ),
      keys: z.array(
        z.object({
          kid: z.string(),
          status: z.string(),
          validFrom: timestamp,
          validUntil: timestamp.nullable(),
          compromisedFrom: timestamp.nullable(),
        }),
      ),
    }),
  ),
});

/** Limits per document: a registry of every issuer is large; an issuer's keys or one status list are not. */
const LIMITS = {
  keys: { maxBytes: 1024 * 1024, accept: 'application/jwk-set+json, application/json' },
  did: { maxBytes: 1024 * 1024, accept: 'application/did+json, application/json' },
  registry: { maxBytes: 32 * 1024 * 1024, accept: 'application/json' },
  statusList: { maxBytes: 2 * 1024 * 1024, accept: 'application/vc+jwt, application/vc+ld+json;q=0.5' },
};

/**
 * Questions per request to the accreditation service, one alias each. GraphQL validation of many aliases of
 * one field grows faster than linearly (overlapping fields are compared pairwise), so large batches go out
 * as several requests at once.
 */
const ACCREDITATION_BATCH = 50;

export interface HttpSourcesOptions {
  /** The hub's public address(es): documents are read from here, as any outside verifier reads them. */
  documentBases: string[];
  trustedIssuers?: ReadonlyMap<string, TrustedIssuer>;
  peers: { accreditation?: PeerClient; catalogue?: PeerClient; awards?: PeerClient };
  /** The longest anything is reused (VERIFICATION_CACHE_MAX_SECONDS). */
  maxCacheSeconds: number;
  /** How long the services' GraphQL answers are reused; they declare no lifetime, so the hub's documents' one (60 s) is used. */
  answerSeconds?: number;
  /**
   * The longest a status list is reused before it is revalidated (with its ETag: a 304 when nothing changed), so
   * that the hub's own verification sees a revocation within this many seconds, whatever the list declares
   * (default 60; outside verifiers keep the list's max-age=300).
   */
  statusListSeconds?: number;
  now?: () => number;
  fetch?: typeof fetch;
}

interface Remembered<T> {
  value: T;
  until: number;
  /** When it was asked. */
  at: number;
}


/**
 * The sources over plain HTTP (JWKS, DID documents, the registry, status lists: cached as they declare) and
 * the other subgraphs' public GraphQL queries (answers reused for answerSeconds, at most maxCacheSeconds).
 */
export class HttpVerificationSources implements VerificationSources {
  readonly documentBases: readonly string[];
  readonly trustedIssuers: ReadonlyMap<string, TrustedIssuer>;
  readonly documents: DocumentCache;
  private readonly answers = new Map<string, Remembered<unknown>>();
  private readonly answerMs: number;

  constructor(private readonly options: HttpSourcesOptions) {
    this.documentBases = options.documentBases.map((base) => base.replace(/\/+$/, ''));
    this.trustedIssuers = options.trustedIssuers ?? new Map();
    this.documents = new DocumentCache({ maxCacheSeconds: options.maxCacheSeconds, now: options.now, fetch: options.fetch });
    this.answerMs = Math.min(options.answerSeconds ?? 60, options.maxCacheSeconds) * 1000;
  }

  private now() {
    return this.options.now?.() ?? Date.now();
  }

  /** Documents as last parsed, kept while the cache hands out the same body (parsing a registry costs more than using it). */
  private readonly parsed = new Map<string, { body: string; value: unknown }>();

  private async parsedDocument<T>(source: SourceName, url: string, limits: { maxBytes: number; accept: string }, schema: z.ZodType<T>, options: ReadOptions = {}): Promise<T | null> {
    let body: string | null;
    try {
      body = await this.documents.get(url, { ...limits, revalidate: options.fresh });
    } catch (error) {
      if (error instanceof DocumentUnavailable) throw new SourceUnavailable(source, error.message, error.sv);
      throw error;
    }
    if (body === null) return null;
    const known = this.parsed.get(url);
    if (known && known.body === body) return known.value as T;
    let document: unknown;
    try {
      document = JSON.parse(body);
    } catch {
      throw new SourceUnavailable(source, `${url} is not JSON`, `${url} är inte JSON`);
    }
    const value = this.parse(source, url, schema, document);
    if (this.parsed.size >= 10_000) this.parsed.delete(this.parsed.keys().next().value!);
    this.parsed.set(url, { body, value });
    return value;
  }

  private parse<T>(source: SourceName, url: string, schema: z.ZodType<T>, document: unknown): T {
    const parsed = schema.safeParse(document);
    if (!parsed.success) {
      const where = parsed.error.issues[0]?.path.join('.') || '(the document)';
      throw new SourceUnavailable(source, `${url} is not in the expected shape (at ${where})`, `${url} har inte den väntade formen (vid ${where})`);
    }
    return parsed.data;
  }

  /** Reads answered from a cache so far: the documents' and the services' answers. */
  cachedReads(): number {
    return this.documents.hits + this.answerHits;
  }

  async issuerKeys(issuer: IssuerLocator, options: ReadOptions = {}): Promise<PublishedKey[] | null> {
    if (issuer.outside) return this.outsideIssuerKeys(issuer, issuer.outside, options);
    const jwksUrl = `${issuer.base}/issuers/${issuer.organisationId}/jwks.json`;
    const didUrl = issuer.did ? didWebDocumentUrl(issuer.did) : null;
    const [jwks, did] = await Promise.all([
      this.parsedDocument('keys', jwksUrl, LIMITS.keys, jwksSchema, options),
      didUrl ? this.parsedDocument('keys', didUrl, LIMITS.did, didDocumentSchema, options) : Promise.resolve(undefined),
    ]);
    if (jwks === null) return null;
    const published: PublishedKey[] = jwks.keys
      .filter((key) => typeof key.kid === 'string' && key.kid)
      .map((key) => ({ kid: key.kid!, jwk: key, status: key.status, validFrom: key.validFrom, validUntil: key.validUntil, compromisedFrom: key.compromisedFrom }));
    if (!issuer.did) return published;
    if (!did) return null;
    // A DID's keys are the assertion methods of its DID document; the JWKS adds what it says of their lifecycle.
    if (did.id !== issuer.did) {
      throw new SourceUnavailable('keys', `${didUrl} describes ${did.id.slice(0, 120)}, not ${issuer.did}`, `${didUrl} beskriver ${did.id.slice(0, 120)}, inte ${issuer.did}`);
    }
    const absolute = (id: string) => (id.startsWith('#') ? `${did.id}${id}` : id);
    const assertion = new Set(did.assertionMethod.map((method) => absolute(typeof method === 'string' ? method : method.id)));
    const methods = [...did.verificationMethod, ...did.assertionMethod.filter((method): method is z.infer<typeof verificationMethodSchema> => typeof method !== 'string')];
    const keys: PublishedKey[] = [];
    for (const method of methods) {
      const id = absolute(method.id);
      if (!assertion.has(id) || !id.startsWith(`${did.id}#`) || !method.publicKeyJwk) continue;
      const kid = id.slice(did.id.length + 1);
      const jwk = method.publicKeyJwk;
      const listed = published.find((key) => key.kid === kid);
      const same = listed && ['kty', 'crv', 'x', 'y', 'n', 'e'].every((member) => listed.jwk[member as 'x'] === jwk[member as 'x']);
      keys.push(same ? { ...listed, jwk } : { kid, jwk });
    }
    return keys;
  }

  /** A trusted outside issuer's keys: the assertion methods of its did:web document, or its JWKS (same limits as the hub's). */
  private async outsideIssuerKeys(issuer: IssuerLocator, outside: TrustedIssuer, options: ReadOptions): Promise<PublishedKey[] | null> {
    if (outside.keysAre === 'jwks') {
      const jwks = await this.parsedDocument('keys', outside.keysUrl, LIMITS.keys, jwksSchema, options);
      return jwks ? jwks.keys.filter((key) => typeof key.kid === 'string' && key.kid).map((key) => ({ kid: key.kid!, jwk: key })) : null;
    }
    const did = await this.parsedDocument('keys', outside.keysUrl, LIMITS.did, didDocumentSchema, options);
    if (!did) return null;
    if (did.id !== issuer.did) {
      throw new SourceUnavailable('keys', `${outside.keysUrl} describes ${did.id.slice(0, 120)}, not ${issuer.did}`, `${outside.keysUrl} beskriver ${did.id.slice(0, 120)}, inte ${issuer.did}`);
    }
    const absolute = (id: string) => (id.startsWith('#') ? `${did.id}${id}` : id);
    const assertion = new Set(did.assertionMethod.map((method) => absolute(typeof method === 'string' ? method : method.id)));
    const methods = [...did.verificationMethod, ...did.assertionMethod.filter((method): method is z.infer<typeof verificationMethodSchema> => typeof method !== 'string')];
    return methods
      .filter((method) => assertion.has(absolute(method.id)) && absolute(method.id).startsWith(`${did.id}#`) && method.publicKeyJwk)
      .map((method) => ({ kid: absolute(method.id).slice(did.id.length + 1), jwk: method.publicKeyJwk! }));
  }

  async registry(base: string, options: ReadOptions = {}): Promise<RegistryDocument> {
    const url = `${base}/registry.json`;
    const registry = await this.parsedDocument('registry', url, LIMITS.registry, registrySchema, options);
    if (registry === null) throw new SourceUnavailable('registry', `${url} was not found`, `${url} fanns inte`);
    return registry;
  }

  async statusList(url: string, options: ReadOptions = {}): Promise<string> {
    let body: string | null;
    try {
      body = await this.documents.get(url, { ...LIMITS.statusList, maxAgeSeconds: this.options.statusListSeconds ?? 60, revalidate: options.fresh });
    } catch (error) {
      if (error instanceof DocumentUnavailable) throw new SourceUnavailable('status list', error.message, error.sv);
      throw error;
    }
    if (body === null) throw new SourceUnavailable('status list', `${url} was not found`, `${url} fanns inte`);
    return body;
  }

  private answerHits = 0;

  private remembered<T>(key: string): T | undefined {
    const found = this.answers.get(key);
    if (found && found.until > this.now()) {
      this.answerHits += 1;
      return found.value as T;
    }
    if (found) this.answers.delete(key);
    return undefined;
  }

  private remember(key: string, value: unknown) {
    if (this.answerMs <= 0) return;
    if (this.answers.size >= 50_000) this.answers.delete(this.answers.keys().next().value!);
    this.answers.set(key, { value, until: this.now() + this.answerMs, at: this.now() });
  }

  readAt(key: string): Date | undefined {
    const document = this.documents.confirmedAt(key);
    if (document !== undefined) return new Date(document);
    const answer = this.answers.get(key);
    return answer ? new Date(answer.at) : undefined;
  }

  private peer(source: SourceName, name: 'accreditation' | 'catalogue' | 'awards'): PeerClient {
    const peer = this.options.peers[name];
    if (!peer) throw new SourceUnavailable(source, `the ${name} service is not configured`, `tjänsten ${name} är inte konfigurerad`);
    return peer;
  }

  private static unavailable(source: SourceName, error: unknown): SourceUnavailable {
    const message = error instanceof Error ? error.message : String(error);
    return new SourceUnavailable(source, message.slice(0, 300));
  }

  async accreditationChecks(questions: AccreditationQuestion[], options: ReadOptions = {}): Promise<AccreditationAnswer[]> {
    const keyOf = accreditationAnswerKey;
    const answers = questions.map((question) => (options.fresh ? undefined : this.remembered<AccreditationAnswer>(keyOf(question))));
    const missing = questions.map((question, index) => ({ question, index })).filter(({ index }) => !answers[index]);
    if (missing.length) {
      const peer = this.peer('accreditation', 'accreditation');
      const chunks: (typeof missing)[] = [];
      for (let start = 0; start < missing.length; start += ACCREDITATION_BATCH) chunks.push(missing.slice(start, start + ACCREDITATION_BATCH));
      await Promise.all(
        chunks.map(async (chunk) => {
          const variables: Record<string, unknown> = {};
          chunk.forEach(({ question }, position) => {
            Object.assign(variables, {
              [`o${position}`]: question.organisationId,
              [`l${position}`]: question.seqfLevel,
              [`f${position}`]: question.field,
              [`t${position}`]: question.credentialType,
              [`a${position}`]: question.at.toISOString(),
              [`m${position}`]: question.microCredentialId,
            });
          });
          let data: Record<string, AccreditationCheckAnswer>;
          try {
            data = await peer.request<Record<string, AccreditationCheckAnswer>>(accreditationChecksQuery(chunk.length), variables);
          } catch (error) {
            throw HttpVerificationSources.unavailable('accreditation', error);
          }
          chunk.forEach(({ question, index }, position) => {
            const answer = data[`c${position}`];
            const value: AccreditationAnswer = {
              allowed: answer?.allowed === true,
              reason: answer?.reason ?? null,
              reasonSv: answer?.reasonSv ?? null,
              accreditationId: answer?.accreditation?.id ?? null,
            };
            answers[index] = value;
            this.remember(keyOf(question), value);
          });
        }),
      );
    }
    return answers as AccreditationAnswer[];
  }

  async catalogueEntry(id: string, options: ReadOptions = {}): Promise<CatalogueEntry | null> {
    const key = `catalogue ${id}`;
    const known = options.fresh ? undefined : this.remembered<CatalogueEntry | null>(key);
    if (known !== undefined) return known;
    let entry: CatalogueEntry | null;
    try {
      const { microCredential: found } = await this.peer('catalogue', 'catalogue').request<CatalogueEntryAnswer>(CATALOGUE_ENTRY, { id });
      entry = {
        id: found.id,
        entryId: found.entryId,
        version: found.version,
        status: found.status,
        title: { sv: found.title?.sv ?? null, en: found.title?.en ?? null },
        seqfLevel: found.seqfLevel,
        field: found.field,
        credentialType: found.credentialType,
        providerId: found.provider?.id ?? null,
        issuers: found.issuers?.map((right) => ({ organisationId: right.organisation.id, validFrom: right.validFrom, validUntil: right.validUntil, withdrawnAt: right.withdrawnAt })) ?? null,
      };
    } catch (error) {
      if (error instanceof SourceUnavailable) throw error;
      if (!(error instanceof HubError && error.extensions.code === ErrorCode.NOT_FOUND)) throw HttpVerificationSources.unavailable('catalogue', error);
      entry = null;
    }
    this.remember(key, entry);
    return entry;
  }

  async shareByToken(token: string): Promise<SharedCredentials | null> {
    // Never cached: each look is an opening the learner sees, and a withdrawal takes effect at once.
    try {
      const { sharedCredentials } = await this.peer('share', 'awards').request<SharedCredentialsAnswer>(SHARED_CREDENTIALS, { token });
      return sharedCredentials;
    } catch (error) {
      if (error instanceof SourceUnavailable) throw error;
      if (error instanceof HubError && error.extensions.code === ErrorCode.NOT_FOUND) return null;
      throw HttpVerificationSources.unavailable('share', error);
    }
  }
}
