import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type express from 'express';
import { createLocalJWKSet, createRemoteJWKSet, decodeProtectedHeader, importJWK, jwtVerify, type JWK, type JWTVerifyGetKey } from 'jose';
import type { DataSource } from 'typeorm';
import { ConfigError, type HubConfig } from '../../../platform/config';
import { WalletError } from './wallet-error';

/** What a wallet provider may sign with, and a wallet instance's key: asymmetric only (never none or HMAC). */
const ALGORITHMS = ['ES256', 'ES384', 'ES512', 'EdDSA', 'PS256', 'RS256'];
/** How old a proof of possession may be (its iat), and how long its jti is remembered (longer than that, with the skew). */
const POP_MAX_AGE_SECONDS = 300;
const CLOCK_TOLERANCE_SECONDS = 30;
const JTI_REMEMBERED_SECONDS = POP_MAX_AGE_SECONDS + 2 * CLOCK_TOLERANCE_SECONDS;
const MAX_HEADER = 8000;

/**
 * OAuth 2.0 Attestation-Based Client Authentication (draft-ietf-oauth-attestation-based-client-auth), as HAIP / EUDI
 * wallets authenticate at the PAR and token endpoints: `OAuth-Client-Attestation`, a JWT (typ
 * oauth-client-attestation+jwt) in which a trusted wallet provider (WALLET_CLIENT_ATTESTATION_JWKS_FILE / _URL) vouches
 * for the client (`sub` = client_id) and binds the instance's key (`cnf.jwk`); and `OAuth-Client-Attestation-PoP`, a
 * JWT (typ oauth-client-attestation-pop+jwt) signed with that key for this authorization server (`aud` = the issuer),
 * fresh (`iat` within 5 minutes) and used once (`jti`, remembered in wallet_client_attestation_jti, so any awards
 * process sees a replay). Every refusal is invalid_client (401).
 */
export class ClientAttestation {
  private constructor(
    private readonly attesters: JWTVerifyGetKey,
    private readonly issuer: string,
  ) {}

  /** The check, when the hub trusts attesters; null when wallets are public clients. */
  static fromConfig(config: HubConfig, issuer: string): ClientAttestation | null {
    if (config.WALLET_CLIENT_ATTESTATION_JWKS_URL) return new ClientAttestation(createRemoteJWKSet(new URL(config.WALLET_CLIENT_ATTESTATION_JWKS_URL)), issuer);
    if (!config.WALLET_CLIENT_ATTESTATION_JWKS_FILE) return null;
    let jwks: { keys?: JWK[] };
    try {
      jwks = JSON.parse(fs.readFileSync(config.WALLET_CLIENT_ATTESTATION_JWKS_FILE, 'utf8'));
    } catch (error) {
      throw new ConfigError(`WALLET_CLIENT_ATTESTATION_JWKS_FILE: ${(error as Error).message}`);
    }
    if (!Array.isArray(jwks.keys) || !jwks.keys.length || jwks.keys.some((key) => 'd' in key || key.kty === 'oct')) {
      throw new ConfigError('WALLET_CLIENT_ATTESTATION_JWKS_FILE: a JWKS of the attesters\' public keys ({"keys": [...]}, no private or symmetric keys)');
    }
    return new ClientAttestation(createLocalJWKSet(jwks as never), issuer);
  }

  /** The client_id the attestation vouches for, after every check; `named` is the client_id the request itself gives, if any. */
  async verify(db: DataSource, request: express.Request, named: unknown): Promise<string> {
    const refuse = (why: string) => new WalletError(401, 'invalid_client', `client attestation: ${why}`);
    const attestation = request.header('oauth-client-attestation');
    const pop = request.header('oauth-client-attestation-pop');
    if (!attestation || !pop) throw refuse('this authorization server requires OAuth-Client-Attestation and OAuth-Client-Attestation-PoP');
    if (attestation.length > MAX_HEADER || pop.length > MAX_HEADER) throw refuse('the headers are too long');
    let clientId: string;
    let instanceKey: JWK;
    try {
      const { payload } = await jwtVerify(attestation, this.attesters, {
        typ: 'oauth-client-attestation+jwt',
        algorithms: ALGORITHMS,
        requiredClaims: ['iss', 'sub', 'exp'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      });
      clientId = String(payload.sub);
      instanceKey = (payload.cnf as { jwk?: JWK } | undefined)?.jwk as JWK;
    } catch {
      throw refuse('the attestation is not signed by a trusted wallet provider, has expired, or is not well formed');
    }
    if (!instanceKey || typeof instanceKey !== 'object' || 'd' in instanceKey || !instanceKey.kty || instanceKey.kty === 'oct') throw refuse('the attestation binds no public key (cnf.jwk)');
    let jti: string;
    try {
      const { alg } = decodeProtectedHeader(pop);
      if (!alg || !ALGORITHMS.includes(alg)) throw new Error('algorithm');
      const { payload } = await jwtVerify(pop, await importJWK(instanceKey, alg), {
        typ: 'oauth-client-attestation-pop+jwt',
        algorithms: [alg],
        audience: this.issuer,
        requiredClaims: ['iat', 'jti'],
        maxTokenAge: POP_MAX_AGE_SECONDS,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      });
      if (payload.iss !== undefined && payload.iss !== clientId) throw new Error('iss');
      jti = String(payload.jti);
    } catch {
      throw refuse('the proof of possession is not signed by the attested key, is for another audience, too old, or not well formed');
    }
    if (named !== undefined && named !== clientId) throw refuse('the client_id is not the one the attestation names');
    // Once: a proof seen before (at any awards process: the database decides) is a replay.
    const inserted = await db.query(
      `insert into wallet_client_attestation_jti (jti_hash, until) values ($1, now() + make_interval(secs => $2)) on conflict (jti_hash) do nothing returning jti_hash`,
      [createHash('sha256').update(`${clientId}\0${jti}`).digest(), JTI_REMEMBERED_SECONDS],
    );
    if (Math.random() < 0.05) await db.query('delete from wallet_client_attestation_jti where until < now()');
    if (!inserted.length) throw refuse('the proof of possession was used already (jti)');
    return clientId;
  }
}
