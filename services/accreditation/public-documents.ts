import { createHash } from 'node:crypto';
import type express from 'express';
import { In, type DataSource } from 'typeorm';
import { publicBaseUrl, type HubConfig } from '../../platform/config';
import { isUuid } from '../../platform/errors';
import { logger } from '../../platform/logging';
import { PUBLIC_DOCUMENT_ROUTES as PUBLIC_DOCUMENTS } from '../../platform/public-documents';
import { eqfLevelUri } from '../../platform/vocabulary';
import { currentState, type AccreditationHistory } from './accreditation';
import { didWebOf, publicBase, publicUrlOf } from './did-web';
import { loadAccreditationHistories, loadSigningKeyHistories } from './loaders';
import { Organisation } from './organisation';
import { SigningKeyStatus, signingKeyView, type SigningKey, type SigningKeyHistory } from './signing-key';
import { findTrustRoot } from './trust-root';

/**
 * Documents for verifiers outside the graph, over plain HTTP without a token: each issuer's keys as a JWKS
 * and as a did:web DID document, and the whole trusted issuer registry. Shared caches may keep them for a
 * minute; the ETag lets a verifier ask cheaply whether anything changed.
 */
export const PUBLIC_DOCUMENT_ROUTES = {
  jwks: PUBLIC_DOCUMENTS.jwks.path,
  did: PUBLIC_DOCUMENTS.did.path,
  registry: PUBLIC_DOCUMENTS.registry.path,
} as const;

const CACHE_CONTROL = 'public, max-age=60';

function send(request: express.Request, response: express.Response, contentType: string, document: unknown) {
  const body = JSON.stringify(document);
  const etag = `"${createHash('sha256').update(body).digest('base64url')}"`;
  response.set('Cache-Control', CACHE_CONTROL);
  response.set('ETag', etag);
  response.set('Access-Control-Allow-Origin', '*');
  // A conditional request for what the client already has gets 304, even when it also says
  // "Cache-Control: no-cache" (as fetch does whenever If-None-Match is set).
  const known = request.get('if-none-match');
  if (known && known.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag || tag.trim() === '*')) {
    response.status(304).end();
    return;
  }
  response.type(contentType);
  response.send(body);
}

function problem(response: express.Response, status: number, message: string) {
  response.status(status).set('Cache-Control', 'no-store').json({ error: message });
}

/** A key as a JWK with its status beside it (extra JWK members are allowed by RFC 7517; libraries ignore them). */
function jwkWithStatus(key: SigningKey) {
  return {
    ...key.publicJwk,
    status: key.status.toLowerCase(),
    validFrom: key.validFrom.toISOString(),
    ...(key.validUntil ? { validUntil: key.validUntil.toISOString() } : {}),
    ...(key.compromisedFrom ? { compromisedFrom: key.compromisedFrom.toISOString() } : {}),
  };
}

/**
 * Keys that can still verify something: all but those compromised from their very start (they never made
 * a signature worth trusting). Superseded keys stay: credentials signed before still verify.
 */
const stillVerifies = (key: SigningKey) =>
  !(key.status === SigningKeyStatus.COMPROMISED && key.compromisedFrom && key.compromisedFrom.getTime() <= key.validFrom.getTime());

/** Documents name the hub's public address (PUBLIC_URL, or the gateway's local address), never a Host header. */
function baseOf(config: HubConfig, _request: express.Request): URL | null {
  return publicBase(publicBaseUrl(config));
}

export function didDocument(did: string, keys: SigningKey[]) {
  const methods = keys.filter(stillVerifies).map((key) => ({
    id: `${did}#${key.kid}`,
    // The verification method type of VC-JOSE-COSE and Controlled Identifiers (JsonWebKey2020 is its legacy name).
    type: 'JsonWebKey',
    controller: did,
    publicKeyJwk: key.publicJwk,
  }));
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/jwk/v1'],
    id: did,
    verificationMethod: methods,
    assertionMethod: methods.map((method) => method.id),
  };
}

function accreditationEntry(history: AccreditationHistory) {
  const state = currentState(history);
  const scope = (from: typeof state) => ({
    seqfLevels: from.seqfLevels,
    eqfLevels: from.seqfLevels.map(eqfLevelUri),
    fields: from.fields,
    credentialTypes: from.credentialTypes,
    microCredentialIds: from.microCredentialIds,
  });
  return {
    id: history.record.id,
    kind: history.record.kind,
    accreditingAuthorityId: history.record.accreditingAuthorityId,
    basisAccreditationId: state.basisAccreditationId,
    decisionReference: state.decisionReference,
    version: state.scopeVersion,
    scope: scope(state),
    validFrom: state.validFrom.toISOString(),
    validUntil: state.validUntil?.toISOString() ?? null,
    status: state.status,
    statusReason: state.statusReason,
    statusChangedAt: state.statusChangedAt.toISOString(),
    grantedAt: history.record.createdAt.toISOString(),
    // Every recorded state, so that a verifier can answer "as things stood then" offline.
    history: history.states.map((recorded) => ({
      version: recorded.version,
      change: recorded.change,
      reason: recorded.reason,
      recordedAt: recorded.recordedAt.toISOString(),
      recordedByOrganisationId: recorded.recordedByOrganisationId,
      decisionReference: recorded.decisionReference,
      scope: scope(recorded),
      validFrom: recorded.validFrom.toISOString(),
      validUntil: recorded.validUntil?.toISOString() ?? null,
      basisAccreditationId: recorded.basisAccreditationId,
      status: recorded.status,
    })),
  };
}

/** The trusted issuer registry: every organisation that is the root, holds or granted an accreditation, or has keys. */
export async function registryDocument(db: DataSource, config: HubConfig, base: URL | null) {
  const root = await findTrustRoot(db, config);
  const [{ ids }] = await db.query(
    `select coalesce(array_agg(distinct id), '{}') as ids from (
       select organisation_id as id from accreditation
       union select accrediting_authority_id from accreditation
       union select organisation_id from signing_key
     ) as involved`,
  );
  const involved = new Set<string>(ids);
  if (root) involved.add(root.organisation.id);
  const organisations = involved.size
    ? await db.getRepository(Organisation).find({ where: { id: In([...involved]) }, order: { legalName: 'ASC', id: 'ASC' } })
    : [];
  const organisationIds = organisations.map((organisation) => organisation.id);
  const accreditations = organisationIds.length ? await loadAccreditationHistories(db, { organisationIds }) : [];
  const keys = organisationIds.length ? await loadSigningKeyHistories(db, organisationIds) : [];
  const byOrganisation = <T extends { record: { organisationId: string } }>(items: T[]) => {
    const map = new Map<string, T[]>();
    for (const item of items) map.set(item.record.organisationId, [...(map.get(item.record.organisationId) ?? []), item]);
    return map;
  };
  const accreditationsOf = byOrganisation(accreditations);
  const keysOf = byOrganisation<SigningKeyHistory>(keys);
  return {
    name: 'Mikromeriter trusted issuer registry',
    description:
      'Organisations, their accreditations (scope, validity, status and history) and public signing keys. An accreditation ' +
      'names its accrediting authority and the accreditation to accredit it rests on, up to the trust root.',
    trustRoot: root
      ? { organisationId: root.organisation.id, designatedBy: root.designatedBy, did: base ? didWebOf(base, root.organisation.id) : null }
      : null,
    organisations: organisations.map((organisation) => ({
      id: organisation.id,
      did: base ? didWebOf(base, organisation.id) : null,
      legalName: organisation.legalName,
      organisationNumber: organisation.organisationNumber,
      country: organisation.country,
      region: organisation.region,
      type: organisation.type,
      isTrustRoot: root?.organisation.id === organisation.id,
      jwksUri: base ? publicUrlOf(base, `issuers/${organisation.id}/jwks.json`) : null,
      didDocumentUri: base ? publicUrlOf(base, `issuers/${organisation.id}/did.json`) : null,
      accreditations: (accreditationsOf.get(organisation.id) ?? []).map(accreditationEntry),
      keys: (keysOf.get(organisation.id) ?? []).map(signingKeyView).map((key) => ({
        kid: key.kid,
        algorithm: key.algorithm,
        status: key.status,
        validFrom: key.validFrom.toISOString(),
        validUntil: key.validUntil?.toISOString() ?? null,
        compromisedFrom: key.compromisedFrom?.toISOString() ?? null,
        supersededBy: key.supersededBy,
        publicJwk: key.publicJwk,
      })),
    })),
  };
}

async function issuerKeys(db: DataSource, organisationId: string): Promise<{ organisation: Organisation; keys: SigningKey[] } | null> {
  const organisation = await db.getRepository(Organisation).findOneBy({ id: organisationId });
  if (!organisation) return null;
  const keys = (await loadSigningKeyHistories(db, [organisation.id])).map(signingKeyView);
  return { organisation, keys };
}

export function publicDocumentRoutes(router: express.Router, { db, config }: { db: DataSource; config: HubConfig }) {
  const handle =
    (handler: (request: express.Request, response: express.Response) => Promise<void>) => (request: express.Request, response: express.Response) =>
      handler(request, response).catch((error) => {
        logger.error({ err: error, path: request.path }, 'public document failed');
        problem(response, 500, 'internal error');
      });

  /** An issuer's keys, looked up by the organisation id in the path. */
  const withIssuer = (respond: (request: express.Request, response: express.Response, found: { organisation: Organisation; keys: SigningKey[] }) => void) =>
    handle(async (request, response) => {
      const id = String(request.params.organisationId);
      if (!isUuid(id)) return problem(response, 404, 'no such issuer (the id is not a UUID)');
      const found = await issuerKeys(db, id.toLowerCase());
      if (!found) return problem(response, 404, 'no such issuer');
      respond(request, response, found);
    });

  router.get(
    PUBLIC_DOCUMENT_ROUTES.jwks,
    withIssuer((request, response, { keys }) => send(request, response, 'application/jwk-set+json', { keys: keys.filter(stillVerifies).map(jwkWithStatus) })),
  );

  router.get(
    PUBLIC_DOCUMENT_ROUTES.did,
    withIssuer((request, response, { organisation, keys }) => {
      const base = baseOf(config, request);
      if (!base) return problem(response, 400, 'the Host header is not a host name');
      send(request, response, 'application/did+json', didDocument(didWebOf(base, organisation.id), keys));
    }),
  );

  router.get(
    PUBLIC_DOCUMENT_ROUTES.registry,
    handle(async (request, response) => {
      send(request, response, 'application/json', await registryDocument(db, config, baseOf(config, request)));
    }),
  );
}
