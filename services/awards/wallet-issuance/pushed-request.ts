import { randomBytes } from 'node:crypto';
import express from 'express';
import type { DataSource } from 'typeorm';
import type { HubConfig } from '../../../platform/config';
import { publicBaseUrl } from '../../../platform/config';
import { logger } from '../../../platform/logging';
import {
  PUSHED_REQUEST_SECONDS,
  REQUEST_URI,
  REQUEST_URI_PREFIX,
  REQUEST_URI_REFUSED,
  WALLET_PAR_PATH,
  readAuthorizationRequest,
  singleValued,
  type PushedRequestAnswer,
  type WalletAuthorizationRequest,
} from '../../../platform/wallet-authorization';
import { awardsCore } from '../dependencies';
import type { Vault } from '../vault';
import { authorizationCodeFlowEnabled } from './configurations';
import type { ClientAttestation } from './client-attestation';
import { WalletError } from './wallet-error';

/** The largest pushed request taken: the parameters the authorization endpoint takes fit in a few kilobytes. */
const MAX_BODY = '16kb';
const parseForm = express.text({ type: 'application/x-www-form-urlencoded', limit: MAX_BODY });

/**
 * POST /openid4vci/par: a pushed authorization request (RFC 9126), as OpenID4VCI wallets (and HAIP's EUDI wallets)
 * send one before opening the browser: the same parameters as the authorization endpoint's query, checked the same
 * way (platform/wallet-authorization.ts), answered 201 with a request_uri the browser then brings to
 * GET /openid4vci/authorize with the client_id. Anyone may push (wallets are public clients, named by client_id, or
 * registered ones with WALLET_CLIENTS, attested ones with WALLET_CLIENT_ATTESTATION_JWKS_*): a pushed request gives nothing by itself, the learner still signs in and
 * consents. Errors are JSON (RFC 9126 section 2.3, RFC 6749 section 5.2).
 */
export function pushedAuthorizationRequestRoute(attestation: ClientAttestation | null) {
  return (router: express.Router, { db, config }: { db: DataSource; config: HubConfig }) => {
    router.post(WALLET_PAR_PATH, (request, response) => {
      response.set('Cache-Control', 'no-store').set('Pragma', 'no-cache');
      const refuse = (status: number, error: string, description: string) => void response.status(status).json({ error, error_description: description });
      if (!authorizationCodeFlowEnabled(config)) return refuse(404, 'invalid_request', 'learners do not sign in to this hub: offers are taken with their pre-authorized code');
      if (!request.is('application/x-www-form-urlencoded')) return refuse(400, 'invalid_request', 'send the parameters as application/x-www-form-urlencoded');
      parseForm(request, response, async (parseError?: unknown) => {
        if (parseError) {
          const status = (parseError as { status?: number }).status === 413 ? 413 : 400;
          return refuse(status, 'invalid_request', status === 413 ? `the pushed request is larger than ${MAX_BODY}` : 'the body is not a form');
        }
        const form = singleValued(typeof request.body === 'string' ? request.body : '');
        if ('repeated' in form) return refuse(400, 'invalid_request', `${form.repeated} is sent more than once`);
        // With trusted attesters, only an attested wallet may push (its attestation names the client_id).
        if (attestation) {
          try {
            await attestation.verify(db, request, form.get('client_id') ?? undefined);
          } catch (error) {
            if (error instanceof WalletError) return refuse(error.status, error.code, error.description);
            logger.error({ err: error }, 'client attestation could not be checked');
            return refuse(500, 'server_error', 'the client attestation could not be checked (logged for the hub\'s operators)');
          }
        }
        const base = publicBaseUrl(config);
        const parsed = readAuthorizationRequest(form, { base, clients: config.WALLET_CLIENTS, pushed: true });
        if (parsed.kind === 'unsafe') return refuse(400, parsed.error, parsed.message);
        if (parsed.kind === 'refused') return refuse(400, parsed.error, parsed.description);
        try {
          const vault = awardsCore(db, config).vault;
          const reference = randomBytes(32).toString('base64url');
          const requestUri = `${REQUEST_URI_PREFIX}${reference}`;
          const hash = vault.walletCodeHash('request-uri', requestUri);
          await db.query(
            `insert into wallet_pushed_request (request_uri_hash, client_id, request_sealed, expires_at) values ($1, $2, $3, now() + make_interval(secs => $4))`,
            [hash, parsed.request.clientId, sealRequest(vault, hash, parsed.request), PUSHED_REQUEST_SECONDS],
          );
          // Requests an hour past their expiry are of no use to anyone; the table stays small.
          if (Math.random() < 0.05) await db.query(`delete from wallet_pushed_request where expires_at < now() - interval '1 hour'`);
          response.status(201).json({ request_uri: requestUri, expires_in: PUSHED_REQUEST_SECONDS });
        } catch (error) {
          logger.error({ err: error }, 'pushed authorization request failed');
          refuse(500, 'server_error', 'the request could not be kept (logged for the hub\'s operators)');
        }
      });
    });
  };
}

/**
 * The authorization endpoint takes a pushed request (for the gateway's sign-in only, on /internal/wallet-authorization):
 * once, unexpired, for the client_id that pushed it, in one statement, so two gateways cannot both take it. An
 * unknown, expired, used or another client's request_uri gets the same answer; another client's is not spent by the
 * attempt (the wallet that pushed it can still go on).
 */
export async function takePushedRequest(db: DataSource, config: HubConfig, clientId: string, requestUri: string): Promise<PushedRequestAnswer> {
  const refused: PushedRequestAnswer = { error: 'invalid_request_uri', error_description: REQUEST_URI_REFUSED };
  if (typeof requestUri !== 'string' || !REQUEST_URI.test(requestUri) || typeof clientId !== 'string') return refused;
  const vault = awardsCore(db, config).vault;
  const hash = vault.walletCodeHash('request-uri', requestUri);
  // typeorm answers UPDATE ... RETURNING with [rows, count].
  const [rows] = await db.query(
    `update wallet_pushed_request set used_at = now() where request_uri_hash = $1 and client_id = $2 and used_at is null and expires_at > now() returning request_sealed`,
    [hash, clientId],
  );
  if (!rows?.length) return refused;
  return { request: JSON.parse(openRequest(vault, hash, rows[0].request_sealed)) as WalletAuthorizationRequest };
}

/** Sealed with the awards vault, bound to its request_uri's hash (a sealed request cannot be moved to another row). */
function sealRequest(vault: Vault, hash: Buffer, request: WalletAuthorizationRequest): Buffer {
  return vault.sealPersonalData(JSON.stringify(request), `pushed-authorization-request:${hash.toString('base64url')}`);
}

function openRequest(vault: Vault, hash: Buffer, sealed: Buffer): string {
  return vault.openPersonalData(sealed, `pushed-authorization-request:${hash.toString('base64url')}`);
}
