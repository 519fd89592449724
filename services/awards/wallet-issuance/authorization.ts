import { randomBytes } from 'node:crypto';
import express from 'express';
import type { DataSource } from 'typeorm';
import type { HubConfig } from '../../../platform/config';
import { isUuid } from '../../../platform/errors';
import { logger } from '../../../platform/logging';
import { gatewaySignInOnly } from '../sign-in';
import {
  WALLET_AUTHORIZATION_PATH,
  type ConsentAward,
  type PushedRequestCall,
  type WalletAuthorizationAnswer,
  type WalletAuthorizationCall,
  type WalletAuthorizationRequest,
} from '../../../platform/wallet-authorization';
import { signedColumnsSelect, storedCredential, type SignedColumns } from '../credential';
import { awardsCore } from '../dependencies';
import { takePushedRequest } from './pushed-request';
import { AUTHORIZATION_CODE_SECONDS, authorizationCodeFlowEnabled, isCredentialConfigurationId } from './configurations';

/** The most awards one authorization may cover (the consent page lists at most this many). */
const MAX_AWARDS = 100;

class Refusal extends Error {
  constructor(
    readonly error: Extract<WalletAuthorizationAnswer, { error: string }>['error'],
    readonly description: string,
  ) {
    super(description);
  }
}

/**
 * POST /internal/wallet-authorization: the authorization code flow's part in awards. The gateway's authorization
 * endpoint (gateway/sign-in/wallet-authorization.ts) has the learner signed in with e-ID and asks here which awards
 * the consent page may offer (`consent`), then, once the learner chose, for a single-use authorization code bound to
 * the learner, the wallet's client_id and redirect_uri, the PKCE challenge, the configurations and the awards
 * (`grant`); and takes a request a wallet pushed (`pushed`, RFC 9126). Only the gateway's sign-in may call it (its call token, as for /internal/learner-sign-in): the learner
 * id in the body is the one its session vouches for. Not part of the graph; the gateway does not publish it.
 */
export function walletAuthorizationRoute() {
  return (router: express.Router, { db, config }: { db: DataSource; config: HubConfig }) => {
    router.post(WALLET_AUTHORIZATION_PATH, ...gatewaySignInOnly(config, { bodyLimit: '16kb', enabled: () => authorizationCodeFlowEnabled(config) }), async (request, response) => {
      const refuse = (status: number, code: string, message: string) => response.status(status).json({ error: { code, message } });
      const call = request.body as WalletAuthorizationCall | PushedRequestCall;
      if (call?.action === 'pushed') {
        try {
          return void response.json(await takePushedRequest(db, config, call.clientId, call.requestUri));
        } catch (error) {
          logger.error({ err: error }, 'pushed authorization request could not be taken');
          return refuse(503, 'SERVICE_UNAVAILABLE', 'the pushed request could not be read');
        }
      }
      if (!call || !isUuid(call.learnerId) || !call.request || typeof call.request.clientId !== 'string') return refuse(400, 'BAD_REQUEST', 'not a wallet authorization call');
      try {
        const answer: WalletAuthorizationAnswer = call.action === 'grant' ? await grant(db, config, call) : await consent(db, config, call.learnerId, call.request);
        response.json(answer);
      } catch (error) {
        if (error instanceof Refusal) return void response.json({ error: error.error, error_description: error.description } satisfies WalletAuthorizationAnswer);
        logger.error({ err: error }, 'wallet authorization failed');
        response.json({ error: 'server_error', error_description: 'the authorization could not be given (logged for the hub\'s operators)' } satisfies WalletAuthorizationAnswer);
      }
    });
  };
}

interface Scope {
  awards: ConsentAward[];
  several: boolean;
  configurationIds: string[];
  offerId: string | null;
}

/**
 * What the learner may authorize. With an issuer_state, the offer's award (only if the offer is this learner's,
 * still open: otherwise one refusal for every case, so that nothing about another learner's offer shows), and the
 * configurations asked for must be among the offer's. Without, the learner's awards that can go into a wallet
 * (not revoked, not erased), newest first: one to choose for a scope, one or more for authorization_details.
 */
async function consent(db: DataSource | import('typeorm').EntityManager, config: HubConfig, learnerId: string, request: WalletAuthorizationRequest): Promise<Scope> {
  const asked = request.authorizationDetails ?? request.scope;
  const refusalOfUnknown = request.authorizationDetails ? 'invalid_authorization_details' : 'invalid_scope';
  if (asked && (!asked.length || !asked.every(isCredentialConfigurationId))) throw new Refusal(refusalOfUnknown, 'a credential configuration asked for is not one of this issuer');
  const vault = awardsCore(db as DataSource, config).vault;
  const select = `select a.id, a.title, a.credential, ${signedColumnsSelect('a')}, a.issued_on::text as issued_on from award a`;
  if (request.issuerState !== undefined) {
    const [offer] = await db.query(
      `select o.id, o.configuration_ids, o.award_id from credential_offer o join award a on a.id = o.award_id
       where o.issuer_state_hash = $1 and o.learner_id = $2 and o.expires_at > now() and o.redeemed_at is null
         and a.learner_id = o.learner_id and a.status <> 'REVOKED' and a.erased_at is null`,
      [vault.walletCodeHash('issuer-state', request.issuerState), learnerId],
    );
    if (!offer) throw new Refusal('access_denied', 'the credential offer is not known, has expired or was taken, or is not for the person signed in');
    const wanted: string[] = asked ?? offer.configuration_ids;
    if (!wanted.every((id) => offer.configuration_ids.includes(id))) throw new Refusal(refusalOfUnknown, 'the credential offer does not name every configuration asked for');
    const rows = await db.query(`${select} where a.id = $1`, [offer.award_id]);
    return { awards: rows.map(consentAward), several: false, configurationIds: wanted, offerId: offer.id };
  }
  if (!asked) throw new Refusal('invalid_request', 'name the credentials: issuer_state from an offer, authorization_details or scope');
  const rows = await db.query(
    `${select} where a.learner_id = $1 and a.erased_at is null and a.status <> 'REVOKED' order by a.issued_on desc, a.id limit ${MAX_AWARDS}`,
    [learnerId],
  );
  if (!rows.length) throw new Refusal('access_denied', 'the person signed in has no award to put into a wallet');
  return { awards: rows.map(consentAward), several: Boolean(request.authorizationDetails), configurationIds: [...new Set(asked)], offerId: null };
}

/** The issuer's name as the award's signed credential gives it. */
const consentAward = (row: SignedColumns & { id: string; title: string; credential: Record<string, unknown> | null; issued_on: string }): ConsentAward => ({
  id: row.id,
  title: row.title,
  issuerName: String((storedCredential(row)?.issuer as { name?: unknown } | undefined)?.name ?? ''),
  issuedOn: row.issued_on,
});

/** The learner chose: a code for those awards (an offer taken this way is used up, its pre-authorized code with it). */
async function grant(db: DataSource, config: HubConfig, call: Extract<WalletAuthorizationCall, { action: 'grant' }>): Promise<WalletAuthorizationAnswer> {
  const { request, learnerId } = call;
  if (!Array.isArray(call.awardIds) || !call.awardIds.length || !call.awardIds.every(isUuid) || new Set(call.awardIds).size !== call.awardIds.length) {
    throw new Refusal('invalid_request', 'choose at least one award');
  }
  if (!/^[A-Za-z0-9_-]{43}$/.test(request.codeChallenge)) throw new Refusal('invalid_request', 'code_challenge must be an S256 challenge');
  const vault = awardsCore(db, config).vault;
  const code = randomBytes(32).toString('base64url');
  return db.transaction(async (manager) => {
    const scope = await consent(manager, config, learnerId, request);
    const chosen = call.awardIds.map((id) => id.toLowerCase());
    if (!scope.several && chosen.length !== 1) throw new Refusal('invalid_request', 'choose one award');
    if (!chosen.every((id) => scope.awards.some((award) => award.id === id))) throw new Refusal('access_denied', 'an award chosen is not the learner\'s to put into a wallet');
    if (scope.offerId) {
      const taken = await manager.query('update credential_offer set redeemed_at = now() where id = $1 and redeemed_at is null returning id', [scope.offerId]);
      if (!taken[0]?.length) throw new Refusal('access_denied', 'the credential offer was taken meanwhile');
    }
    await manager.query(
      `insert into wallet_authorization (code_hash, learner_id, offer_id, client_id, redirect_uri, code_challenge, configuration_ids, award_ids, credential_identifiers, expires_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, now() + make_interval(secs => $10))`,
      [
        vault.walletCodeHash('authorization-code', code),
        learnerId,
        scope.offerId,
        request.clientId,
        request.redirectUri,
        request.codeChallenge,
        scope.configurationIds,
        chosen,
        Boolean(request.authorizationDetails),
        AUTHORIZATION_CODE_SECONDS,
      ],
    );
    // Codes an hour past their expiry are of no use to anyone; the table stays small.
    if (Math.random() < 0.05) await manager.query(`delete from wallet_authorization where expires_at < now() - interval '1 hour' and not exists (select 1 from wallet_access_token t where t.authorization_id = wallet_authorization.id and t.expires_at > now())`);
    logger.info({ learner: learnerId, awards: chosen.length, offer: Boolean(scope.offerId) }, 'wallet authorization granted');
    return { code, expiresIn: AUTHORIZATION_CODE_SECONDS };
  });
}
