import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import express from 'express';
import type { DataSource } from 'typeorm';
import type { HubConfig } from '../../../platform/config';
import { logger } from '../../../platform/logging';
import { awardsCore, type AwardsCore } from '../dependencies';
import {
  ACCESS_TOKEN_SECONDS,
  AUTHORIZATION_CODE_GRANT,
  CREDENTIAL_CONFIGURATIONS,
  OPENID_CREDENTIAL,
  MAX_TX_CODE_FAILURES,
  NONCE_SECONDS,
  PRE_AUTHORIZED_CODE_GRANT,
  WALLET_PATHS,
  type CredentialConfigurationId,
  authorizationCodeFlowEnabled,
  authorizationServerMetadata,
  credentialIssuerMetadata,
  isCredentialConfigurationId,
} from './configurations';
import { OFFER_REFERENCE, offerDocument, offerSecrets } from './offer-document';
import { holderBoundJwt, holderBoundSdJwt } from './holder-bound-forms';
import { signedColumnsSelect, storedCredential } from '../credential';
import { verifyJwtProof } from './proof';
import { WalletError } from './wallet-error';
import type { ClientAttestation } from './client-attestation';
import type { WalletClients } from '../../../platform/wallet-authorization';

/**
 * The OpenID4VCI 1.0 endpoints of the hub as credential issuer (and its own authorization server for the
 * pre-authorized code flow). The gateway publishes them at the hub's public address (platform/public-documents.ts).
 * Errors are the specifications' JSON error responses (RFC 6749 section 5.2, OpenID4VCI 1.0 sections 8.3.1, 7.2).
 */
export function walletIssuanceRoutes(attestation: ClientAttestation | null) {
  return (router: express.Router, { db, config }: { db: DataSource; config: HubConfig }) => {
    const core = () => awardsCore(db, config);
    const noStore = (response: express.Response) => response.set('Cache-Control', 'no-store').set('Pragma', 'no-cache');
    const answer =
      (handler: (request: express.Request, response: express.Response, core: AwardsCore) => Promise<void>) =>
      async (request: express.Request, response: express.Response) => {
        noStore(response);
        try {
          await handler(request, response, core());
        } catch (error) {
          if (error instanceof WalletError) {
            if (error.status === 401 && error.code === 'invalid_token') response.set('WWW-Authenticate', `Bearer error="${error.code}", error_description="${error.description.replace(/"/g, "'")}"`);
            response.status(error.status).json({ error: error.code, error_description: error.description });
            return;
          }
          logger.error({ err: error }, 'wallet issuance failed');
          response.status(500).json({ error: 'server_error', error_description: 'the credential could not be issued (logged for the hub\'s operators)' });
        }
      };

    router.get(WALLET_PATHS.issuerMetadata, (_request, response) => {
      response.set('Cache-Control', 'public, max-age=300').json(credentialIssuerMetadata(core().publicBaseUrl));
    });
    router.get(WALLET_PATHS.authorizationServerMetadata, (_request, response) => {
      response.set('Cache-Control', 'public, max-age=300').json(authorizationServerMetadata(core().publicBaseUrl, authorizationCodeFlowEnabled(config), config.WALLET_REQUIRE_PUSHED_AUTHORIZATION_REQUESTS, Boolean(attestation)));
    });

    // An offer by reference (credential_offer_uri): the same offer as the link by value, while it can be taken.
    router.get(WALLET_PATHS.offer, answer(async (request, response, core) => {
      const reference = String(request.params.reference);
      if (!OFFER_REFERENCE.test(reference)) throw new WalletError(404, 'not_found', 'no such credential offer');
      const secrets = offerSecrets(core.vault, reference);
      const [offer] = await db.query(
        'select configuration_ids from credential_offer where reference_hash = $1 and expires_at > now() and redeemed_at is null and tx_code_failures < $2',
        [secrets.hashes.reference, MAX_TX_CODE_FAILURES],
      );
      if (!offer) throw new WalletError(404, 'not_found', 'the credential offer is not known, has expired or was taken');
      response.json(
        offerDocument({
          credentialIssuer: core.publicBaseUrl,
          configurationIds: offer.configuration_ids,
          preAuthorizedCode: secrets.preAuthorizedCode,
          issuerState: authorizationCodeFlowEnabled(config) ? secrets.issuerState : undefined,
        }),
      );
    }));

    router.post(WALLET_PATHS.nonce, answer(async (_request, response, core) => {
      const nonce = randomBytes(32).toString('base64url');
      await db.query(`insert into wallet_nonce (nonce_hash, expires_at) values ($1, now() + make_interval(secs => $2))`, [core.vault.walletCodeHash('nonce', nonce), NONCE_SECONDS]);
      // Nonces an hour past their expiry are of no use to anyone; the table stays small.
      if (Math.random() < 0.05) await db.query(`delete from wallet_nonce where expires_at < now() - interval '1 hour'`);
      response.json({ c_nonce: nonce, c_nonce_expires_in: NONCE_SECONDS });
    }));

    router.post(WALLET_PATHS.token, express.urlencoded({ extended: false, limit: '16kb' }), answer(async (request, response, core) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      // With trusted attesters every grant needs an attested wallet; the attestation names the client_id if the body does not.
      if (attestation) body.client_id = await attestation.verify(db, request, body.client_id);
      if (body.resource !== undefined && String(body.resource).replace(/\/$/, '') !== core.publicBaseUrl) throw new WalletError(400, 'invalid_target', 'the only resource here is the credential issuer itself');
      if (body.grant_type === AUTHORIZATION_CODE_GRANT && authorizationCodeFlowEnabled(config)) {
        response.json(await redeemAuthorizationCode(db, core, body, config.WALLET_CLIENTS));
        return;
      }
      if (body.grant_type !== PRE_AUTHORIZED_CODE_GRANT) {
        throw new WalletError(400, 'unsupported_grant_type', `the token endpoint takes grant_type ${PRE_AUTHORIZED_CODE_GRANT}${authorizationCodeFlowEnabled(config) ? ` or ${AUTHORIZATION_CODE_GRANT}` : ''}`);
      }
      const code = body['pre-authorized_code'];
      if (typeof code !== 'string' || !code || code.length > 200) throw new WalletError(400, 'invalid_request', 'pre-authorized_code is missing');
      const txCode = typeof body.tx_code === 'string' ? body.tx_code : null;
      const token = randomBytes(32).toString('base64url');
      const outcome = await db.transaction(async (manager) => {
        const [offer] = await manager.query(
          `select id, tx_code_hash, tx_code_failures, redeemed_at, expires_at <= now() as expired from credential_offer where pre_authorized_code_hash = $1 for update`,
          [core.vault.walletCodeHash('pre-authorized-code', code)],
        );
        if (!offer) return { error: 'the pre-authorized code is not known' };
        if (offer.redeemed_at) return { error: 'the pre-authorized code was used already' };
        if (offer.expired) return { error: 'the pre-authorized code has expired: ask the hub for a new offer' };
        if (offer.tx_code_failures >= MAX_TX_CODE_FAILURES) return { error: 'too many wrong transaction codes: ask the hub for a new offer' };
        if (txCode === null) return { error: 'the offer needs its transaction code (tx_code)', code: 'invalid_request' };
        const given = core.vault.walletCodeHash('tx-code', txCode);
        if (!timingSafeEqual(given, offer.tx_code_hash)) {
          await manager.query('update credential_offer set tx_code_failures = tx_code_failures + 1 where id = $1', [offer.id]);
          return { error: 'the transaction code is wrong', keep: true };
        }
        await manager.query('update credential_offer set redeemed_at = now() where id = $1', [offer.id]);
        await manager.query(`insert into wallet_access_token (token_hash, offer_id, expires_at) values ($1, $2, now() + make_interval(secs => $3))`, [
          core.vault.walletCodeHash('access-token', token),
          offer.id,
          ACCESS_TOKEN_SECONDS,
        ]);
        return { ok: true };
      });
      if ('error' in outcome) throw new WalletError(400, (outcome as { code?: string }).code ?? 'invalid_grant', outcome.error as string);
      response.json({ access_token: token, token_type: 'Bearer', expires_in: ACCESS_TOKEN_SECONDS });
    }));

    router.post(WALLET_PATHS.credential, express.json({ limit: '64kb' }), answer(async (request, response, core) => {
      const authorization = request.header('authorization') ?? '';
      const bearer = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(authorization);
      if (!bearer) throw new WalletError(401, 'invalid_token', 'send the access token from the token endpoint as Authorization: Bearer');
      // The grant behind the token: an offer (one award) or an authorization the learner gave at sign-in.
      const [grant] = await db.query(
        `select t.issued_configuration_ids,
                coalesce(a.configuration_ids, o.configuration_ids) as configuration_ids,
                coalesce(a.award_ids, array[o.award_id]) as award_ids,
                coalesce(a.learner_id, o.learner_id) as learner_id,
                coalesce(a.credential_identifiers, false) as credential_identifiers
         from wallet_access_token t
         left join credential_offer o on o.id = t.offer_id
         left join wallet_authorization a on a.id = t.authorization_id
         where t.token_hash = $1 and t.expires_at > now()`,
        [core.vault.walletCodeHash('access-token', bearer[1])],
      );
      if (!grant) throw new WalletError(401, 'invalid_token', 'the access token is unknown or has expired');
      const body = request.body as Record<string, unknown> | undefined;
      if (!body || typeof body !== 'object' || Array.isArray(body)) throw new WalletError(400, 'invalid_credential_request', 'the request body is a JSON object');
      const { configurationId, awardId, issued } = requestedCredential(body, grant);
      const proofs = body.proofs as Record<string, unknown> | undefined;
      const legacy = body.proof as Record<string, unknown> | undefined;
      let proofJwt: unknown;
      if (proofs !== undefined) {
        if (typeof proofs !== 'object' || proofs === null || Object.keys(proofs).length !== 1 || !Array.isArray(proofs.jwt)) {
          throw new WalletError(400, 'invalid_proof', 'proofs must hold one proof type, jwt, with a list of proofs');
        }
        if (proofs.jwt.length !== 1) throw new WalletError(400, 'invalid_proof', 'one proof per request: this issuer issues one credential at a time');
        proofJwt = proofs.jwt[0];
      } else if (legacy !== undefined && legacy?.proof_type === 'jwt') {
        proofJwt = legacy.jwt;
      } else {
        throw new WalletError(400, 'invalid_proof', 'the request carries no jwt proof of possession');
      }
      const { holder, nonce } = await verifyJwtProof(proofJwt, core.publicBaseUrl);
      const [spent] = await db.query(
        `update wallet_nonce set used_at = now() where nonce_hash = $1 and used_at is null and expires_at > now() returning nonce_hash`,
        [core.vault.walletCodeHash('nonce', nonce)],
      );
      // typeorm answers UPDATE ... RETURNING with [rows, count].
      if (!spent?.length) throw new WalletError(400, 'invalid_nonce', 'the nonce is unknown, used already or expired: get a fresh one from the nonce endpoint');
      const [row] = await db.query(`select award.id, award.issuer_id, award.learner_id, award.credential, ${signedColumnsSelect()} from award where award.id = $1`, [awardId]);
      const award = row && { ...row, credential: storedCredential(row) };
      if (!award || award.learner_id !== grant.learner_id || !award.credential) {
        throw new WalletError(400, 'invalid_credential_request', 'the award offered is no longer the learner\'s to take');
      }
      const key = await core.keys.keyOf(award.issuer_id, 'credential');
      if (!key) throw new Error(`issuer ${award.issuer_id} has no active credential key`);
      // Each configuration (each credential identifier) once per access token: a leaked token cannot mint copies.
      const [claimed] = await db.query(
        `update wallet_access_token set issued_configuration_ids = issued_configuration_ids || $2::text
         where token_hash = $1 and not ($2 = any(issued_configuration_ids)) returning token_hash`,
        [core.vault.walletCodeHash('access-token', bearer[1]), issued],
      );
      if (!claimed?.length) throw new WalletError(400, 'invalid_credential_request', `${issued} was issued already with this access token`);
      const format = CREDENTIAL_CONFIGURATIONS[configurationId].format;
      const credential = format === 'dc+sd-jwt' ? await holderBoundSdJwt(award.credential, holder, key) : await holderBoundJwt(award.credential, holder, key);
      logger.info({ award: award.id, configuration: configurationId }, 'credential issued to a wallet');
      response.json({ credentials: [{ credential }] });
    }));
  };
}

interface Grant {
  issued_configuration_ids: string[];
  configuration_ids: string[];
  award_ids: string[];
  learner_id: string;
  credential_identifiers: boolean;
}

/**
 * Which credential a request asks for. With an authorization given by authorization_details the token response
 * named credential identifiers (one per configuration and award chosen), and the request names one of them;
 * otherwise it names a credential_configuration_id of the grant's one award (OpenID4VCI 1.0, section 8.2).
 */
function requestedCredential(body: Record<string, unknown>, grant: Grant): { configurationId: CredentialConfigurationId; awardId: string; issued: string } {
  if (grant.credential_identifiers) {
    if (body.credential_configuration_id !== undefined) {
      throw new WalletError(400, 'invalid_credential_request', 'the token response named credential identifiers: ask for one as credential_identifier');
    }
    if (typeof body.credential_identifier !== 'string') throw new WalletError(400, 'invalid_credential_request', 'credential_identifier is missing');
    const identified = parseCredentialIdentifier(body.credential_identifier);
    if (!identified || !grant.configuration_ids.includes(identified.configurationId) || !grant.award_ids.includes(identified.awardId)) {
      throw new WalletError(400, 'unknown_credential_identifier', 'the credential identifier is not one the token response named');
    }
    return { ...identified, issued: body.credential_identifier };
  }
  const configurationId = body.credential_configuration_id;
  if (body.credential_identifier !== undefined) throw new WalletError(400, 'invalid_credential_request', 'this access token has no credential identifiers: name the credential_configuration_id');
  if (typeof configurationId !== 'string') throw new WalletError(400, 'invalid_credential_request', 'credential_configuration_id is missing');
  if (!isCredentialConfigurationId(configurationId)) throw new WalletError(400, 'unknown_credential_configuration', `${configurationId.slice(0, 80)} is not a credential configuration of this issuer`);
  if (!grant.configuration_ids.includes(configurationId)) throw new WalletError(400, 'invalid_credential_request', `the offer did not name ${configurationId}`);
  return { configurationId, awardId: grant.award_ids[0], issued: configurationId };
}

/** A credential identifier: `<configuration id>:<award id>`, opaque to the wallet. */
export const credentialIdentifier = (configurationId: string, awardId: string) => `${configurationId}:${awardId}`;

function parseCredentialIdentifier(value: string): { configurationId: CredentialConfigurationId; awardId: string } | null {
  const match = /^([a-z_]{1,60}):([0-9a-f-]{36})$/.exec(value);
  return match && isCredentialConfigurationId(match[1]) ? { configurationId: match[1], awardId: match[2] } : null;
}

/**
 * grant_type=authorization_code (RFC 6749 section 4.1.3, RFC 7636 section 4.6): the code the learner's e-ID
 * sign-in granted, once, within its lifetime, from the same client_id and redirect_uri, with the code_verifier
 * of its S256 challenge. A code presented wrongly is spent (whoever holds it is not the wallet it was for); a code
 * presented again revokes the access tokens it gave (RFC 6749 section 4.1.2).
 */
async function redeemAuthorizationCode(db: DataSource, core: AwardsCore, body: Record<string, unknown>, clients: WalletClients) {
  const text = (name: string) => (typeof body[name] === 'string' && (body[name] as string).length <= 2000 ? (body[name] as string) : null);
  const code = text('code');
  if (!code) throw new WalletError(400, 'invalid_request', 'code is missing');
  const clientId = text('client_id');
  if (!clientId) throw new WalletError(400, 'invalid_request', 'client_id is missing (a wallet is a public client: it names itself)');
  // Registered wallets only, when the hub has a list (WALLET_CLIENTS); the code itself names its client_id anyway.
  if (clients && !clients.has(clientId)) throw new WalletError(400, 'invalid_client', 'the client_id is not a wallet registered with this hub');
  const redirectUri = text('redirect_uri');
  const verifier = text('code_verifier');
  const token = randomBytes(32).toString('base64url');
  const outcome = await db.transaction(async (manager) => {
    const [authorization] = await manager.query(
      `select id, client_id, redirect_uri, code_challenge, configuration_ids, award_ids, credential_identifiers, redeemed_at, expires_at <= now() as expired
       from wallet_authorization where code_hash = $1 for update`,
      [core.vault.walletCodeHash('authorization-code', code)],
    );
    if (!authorization) return { error: 'the authorization code is not known' };
    if (authorization.redeemed_at) {
      await manager.query('delete from wallet_access_token where authorization_id = $1', [authorization.id]);
      return { error: 'the authorization code was used already (the access tokens it gave are revoked)' };
    }
    if (authorization.expired) return { error: 'the authorization code has expired: authorize again' };
    const problem =
      clientId !== authorization.client_id
        ? 'the authorization code was issued to another client_id'
        : redirectUri !== authorization.redirect_uri
          ? 'redirect_uri is not the one the authorization request named'
          : !verifier || !/^[A-Za-z0-9._~-]{43,128}$/.test(verifier)
            ? 'code_verifier is missing or malformed (PKCE, RFC 7636)'
            : createHash('sha256').update(verifier).digest('base64url') !== authorization.code_challenge
              ? 'code_verifier does not match the code_challenge'
              : null;
    await manager.query('update wallet_authorization set redeemed_at = now() where id = $1', [authorization.id]);
    if (problem) return { error: `${problem}; the code is spent` };
    await manager.query(`insert into wallet_access_token (token_hash, authorization_id, expires_at) values ($1, $2, now() + make_interval(secs => $3))`, [
      core.vault.walletCodeHash('access-token', token),
      authorization.id,
      ACCESS_TOKEN_SECONDS,
    ]);
    return { authorization };
  });
  if ('error' in outcome) throw new WalletError(400, 'invalid_grant', outcome.error as string);
  const { configuration_ids: configurationIds, award_ids: awardIds, credential_identifiers: identifiers } = outcome.authorization as {
    configuration_ids: string[];
    award_ids: string[];
    credential_identifiers: boolean;
  };
  return {
    access_token: token,
    token_type: 'Bearer',
    expires_in: ACCESS_TOKEN_SECONDS,
    // Asked for by authorization_details: which credentials the token gives, each by its identifier (OpenID4VCI 1.0, section 6.2).
    ...(identifiers
      ? {
          authorization_details: configurationIds.map((configurationId) => ({
            type: OPENID_CREDENTIAL,
            credential_configuration_id: configurationId,
            credential_identifiers: awardIds.map((awardId) => credentialIdentifier(configurationId, awardId)),
          })),
        }
      : {}),
  };
}
