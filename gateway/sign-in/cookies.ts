import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import path from 'node:path';
import type express from 'express';
import { EncryptJWT, jwtDecrypt } from 'jose';
import { ConfigError, publicBaseUrl, type HubConfig } from '../../platform/config';
import { readOrCreate } from '../../platform/secrets';

/**
 * The sign-in's cookies (the session, the sign-in under way, a wallet's authorization under way), all httpOnly and SameSite=Lax (Lax, not Strict: the e-ID provider's redirect back
 * is a cross-site navigation, which must carry the transaction cookie), Secure and with the `__Host-` /
 * `__Secure-` prefixes when the public URL is https. Their contents are encrypted (JWE, A256GCM, keys derived
 * from SIGN_IN_SESSION_SECRET), so the browser holds them but can neither read nor change them.
 */
export interface SignInTransaction {
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
}

export interface WebSession {
  /** The session's own id: what sign-out ends and the CSRF token is made from. */
  sid: string;
  learnerId: string;
  /** Ends without activity at `expiresAt` (seconds), and at `endsAt` whatever happens. */
  expiresAt: number;
  endsAt: number;
}

export class SignInCookies {
  readonly secure: boolean;
  readonly sessionName: string;
  readonly transactionName: string;
  readonly walletAuthorizationName: string;
  private readonly sessionKey: Uint8Array;
  private readonly transactionKey: Uint8Array;
  private readonly walletAuthorizationKey: Uint8Array;
  private readonly csrfKey: Buffer;

  constructor(config: HubConfig) {
    const secret = sessionSecret(config);
    const derive = (purpose: string) => new Uint8Array(hkdfSync('sha256', secret, Buffer.alloc(0), `mikromeriter-sign-in/${purpose}`, 32));
    this.sessionKey = derive('session');
    this.transactionKey = derive('transaction');
    this.walletAuthorizationKey = derive('wallet-authorization');
    this.csrfKey = Buffer.from(derive('csrf'));
    this.secure = publicBaseUrl(config).startsWith('https:');
    this.sessionName = this.secure ? '__Host-hub_session' : 'hub_session';
    this.transactionName = this.secure ? '__Secure-hub_sign_in' : 'hub_sign_in';
    this.walletAuthorizationName = this.secure ? '__Secure-hub_wallet_authorization' : 'hub_wallet_authorization';
  }

  /**
   * A wallet's authorization request while the learner signs in and consents (gateway/sign-in/wallet-authorization.ts):
   * sealed in the browser, not kept in the gateway, so any gateway process can take the next step.
   */
  async writeWalletAuthorization(response: express.Response, pending: Record<string, unknown>, seconds: number, path: string) {
    const value = await seal(this.walletAuthorizationKey, pending, seconds);
    response.cookie(this.walletAuthorizationName, value, { httpOnly: true, sameSite: 'lax', secure: this.secure, path, maxAge: seconds * 1000 });
  }

  async readWalletAuthorization(request: express.Request): Promise<Record<string, unknown> | null> {
    return unseal(this.walletAuthorizationKey, cookieOf(request, this.walletAuthorizationName));
  }

  clearWalletAuthorization(response: express.Response, path: string) {
    response.clearCookie(this.walletAuthorizationName, { httpOnly: true, sameSite: 'lax', secure: this.secure, path });
  }

  async writeTransaction(response: express.Response, transaction: SignInTransaction, seconds: number) {
    const value = await seal(this.transactionKey, { ...transaction }, seconds);
    response.cookie(this.transactionName, value, { httpOnly: true, sameSite: 'lax', secure: this.secure, path: '/sign-in', maxAge: seconds * 1000 });
  }

  async readTransaction(request: express.Request): Promise<SignInTransaction | null> {
    const payload = await unseal(this.transactionKey, cookieOf(request, this.transactionName));
    if (!payload || typeof payload.state !== 'string' || typeof payload.nonce !== 'string' || typeof payload.verifier !== 'string') return null;
    return { state: payload.state, nonce: payload.nonce, verifier: payload.verifier, returnTo: String(payload.returnTo ?? '/wallet') };
  }

  clearTransaction(response: express.Response) {
    response.clearCookie(this.transactionName, { httpOnly: true, sameSite: 'lax', secure: this.secure, path: '/sign-in' });
  }

  async writeSession(response: express.Response, session: WebSession) {
    const seconds = Math.max(1, session.expiresAt - Math.floor(Date.now() / 1000));
    const value = await seal(this.sessionKey, { ...session }, seconds);
    response.cookie(this.sessionName, value, { httpOnly: true, sameSite: 'lax', secure: this.secure, path: '/', maxAge: seconds * 1000 });
  }

  /** The session the cookie holds, if it is one of ours and has not expired. */
  async readSession(request: express.Request): Promise<WebSession | null> {
    const payload = await unseal(this.sessionKey, cookieOf(request, this.sessionName));
    if (!payload || typeof payload.sid !== 'string' || typeof payload.learnerId !== 'string') return null;
    const session = { sid: payload.sid, learnerId: payload.learnerId, expiresAt: Number(payload.expiresAt), endsAt: Number(payload.endsAt) };
    const now = Math.floor(Date.now() / 1000);
    return session.expiresAt > now && session.endsAt > now ? session : null;
  }

  hasSessionCookie(request: express.Request): boolean {
    return cookieOf(request, this.sessionName) !== undefined;
  }

  clearSession(response: express.Response) {
    response.clearCookie(this.sessionName, { httpOnly: true, sameSite: 'lax', secure: this.secure, path: '/' });
  }

  /** The session's CSRF token: the page reads it from GET /sign-in/session and sends it as `x-csrf-token`. */
  csrfToken(session: WebSession): string {
    return createHmac('sha256', this.csrfKey).update(session.sid).digest('base64url');
  }

  csrfMatches(session: WebSession, presented: string | undefined): boolean {
    if (!presented) return false;
    const expected = Buffer.from(this.csrfToken(session));
    const given = Buffer.from(presented);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}

function sessionSecret(config: HubConfig): Buffer {
  if (config.SIGN_IN_SESSION_SECRET) return Buffer.from(config.SIGN_IN_SESSION_SECRET, 'utf8');
  if (config.NODE_ENV === 'production') throw new ConfigError('SIGN_IN_SESSION_SECRET must be set in production when learners sign in (32+ characters)');
  return Buffer.from(readOrCreate(path.resolve(config.DATA_DIR, 'identity', 'sign-in-session-secret'), () => randomBytes(32).toString('base64url')), 'utf8');
}

async function seal(key: Uint8Array, claims: Record<string, unknown>, seconds: number): Promise<string> {
  return new EncryptJWT(claims).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).setIssuedAt().setExpirationTime(`${seconds}s`).encrypt(key);
}

async function unseal(key: Uint8Array, value: string | undefined): Promise<Record<string, unknown> | null> {
  if (!value) return null;
  try {
    const { payload } = await jwtDecrypt(value, key, { keyManagementAlgorithms: ['dir'], contentEncryptionAlgorithms: ['A256GCM'] });
    return payload;
  } catch {
    return null;
  }
}

/** One cookie's value from the Cookie header. */
export function cookieOf(request: express.Request, name: string): string | undefined {
  const header = request.header('cookie');
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) {
      try {
        return decodeURIComponent(part.slice(at + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
