import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { SignJWT, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import type { HubConfig } from './config';
import type { Role } from './identity';
import { readOrCreate } from './secrets';

export const LOCAL_ISSUER = 'mikromeriter-local';
export const DEFAULT_AUDIENCE = 'mikromeriter-hub';

/**
 * For development and demos: an Ed25519 key in DATA_DIR that signs caller tokens, standing in for a real
 * identity provider (in production, AUTH_JWKS_URL points at one and this is not used).
 */
export class LocalTokenIssuer {
  private constructor(
    private readonly privateJwk: JWK,
    readonly issuer: string,
    readonly audience: string,
  ) {}

  static async open(config: HubConfig): Promise<LocalTokenIssuer> {
    const file = path.resolve(config.DATA_DIR, 'identity', 'local-issuer.private.jwk');
    if (!fs.existsSync(file)) {
      const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
      const jwk = { ...(await exportJWK(privateKey)), kid: `local-${Date.now().toString(36)}`, alg: 'EdDSA', use: 'sig' };
      readOrCreate(file, () => JSON.stringify(jwk));
    }
    const text = readOrCreate(file, () => '');
    return new LocalTokenIssuer(JSON.parse(text), config.AUTH_ISSUER, config.AUTH_AUDIENCE);
  }

  /** The public half, as a JWKS document the gateway verifies against. */
  jwks(): { keys: JWK[] } {
    const { d: _private, ...publicJwk } = this.privateJwk;
    return { keys: [publicJwk] };
  }

  /** A token of another kind signed with the same key (the sign-in's call tokens): no roles, its own type and audience. */
  async sign(options: { subject: string; audience: string; issuer: string; typ: string; seconds: number }): Promise<string> {
    const key = await importJWK(this.privateJwk, 'EdDSA');
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({})
      .setProtectedHeader({ alg: 'EdDSA', typ: options.typ, kid: this.privateJwk.kid })
      .setSubject(options.subject)
      .setIssuer(options.issuer)
      .setAudience(options.audience)
      .setJti(randomUUID())
      .setIssuedAt(now)
      .setExpirationTime(now + options.seconds)
      .sign(key);
  }

  async issue(claims: { subject: string; roles: Role[]; organisationId?: string; expiresIn?: string | number; issuer?: string }): Promise<string> {
    const key = await importJWK(this.privateJwk, 'EdDSA');
    return new SignJWT({ roles: claims.roles, ...(claims.organisationId ? { org: claims.organisationId } : {}) })
      .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid: this.privateJwk.kid })
      .setSubject(claims.subject)
      .setIssuer(claims.issuer ?? this.issuer)
      .setAudience(this.audience)
      .setIssuedAt()
      .setExpirationTime(claims.expiresIn ?? '8h')
      .sign(key);
  }
}
