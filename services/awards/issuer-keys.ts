import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import type { DataSource, EntityManager } from 'typeorm';
import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { KeyRegistry } from './issuing-peers';
import type { Vault } from './vault';

export type SigningAlgorithm = 'EdDSA' | 'ES256' | 'RS256';

/**
 * What a key signs: `credential`, the vc+jwt and Data Integrity forms and the status lists (EdDSA, or ES256);
 * `open-badges`, the Open Badges 3.0 JWT form, with RS256, the algorithm Open Badges names as the one every
 * implementation supports.
 */
export type KeyPurpose = 'credential' | 'open-badges';

export interface SigningKey {
  kid: string;
  algorithm: SigningAlgorithm;
  privateKey: CryptoKey;
}

interface IssuerKeyRow {
  id: string;
  organisation_id: string;
  kid: string;
  algorithm: SigningAlgorithm;
  public_jwk: JWK;
  private_key_encrypted: Buffer;
  status: 'PENDING' | 'ACTIVE' | 'RETIRED';
  purpose: KeyPurpose;
  created_at: Date;
  activated_at: Date | null;
  retired_at: Date | null;
}

@ObjectType({ description: "One of an issuer's signing keys as the awards subgraph holds it (the private half never leaves it)." })
export class IssuerKey {
  @Field({ description: 'The key id credentials name in their JWS header (the RFC 7638 thumbprint).' })
  kid: string;

  @Field()
  algorithm: string;

  @Field({ description: 'credential (signs the vc+jwt and Data Integrity forms and status lists) or open-badges (signs the Open Badges 3.0 JWT, RS256).' })
  purpose: string;

  @Field(() => GraphQLJSONObject, { description: 'The public JWK, as published in the issuer JWKS.' })
  publicJwk: JWK;

  @Field({ description: 'ACTIVE (signs new credentials), RETIRED (replaced; what it signed stays verifiable), or PENDING (not yet registered).' })
  status: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  retiredAt: Date | null;
}

const view = (row: IssuerKeyRow): IssuerKey =>
  Object.assign(new IssuerKey(), {
    kid: row.kid,
    algorithm: row.algorithm,
    purpose: row.purpose,
    publicJwk: row.public_jwk,
    status: row.status,
    createdAt: row.created_at,
    retiredAt: row.retired_at,
  });

/**
 * Issuer key custody: one or more key pairs per issuing organisation, made on demand. The private key is
 * encrypted with the master key before it is stored and is decrypted only in this process to sign; the
 * public key is registered with the accreditation subgraph before the key signs anything, so every kid a
 * credential names resolves through the issuer's JWKS and did:web document.
 */
export class IssuerKeys {
  /** Decrypted keys by kid, so that a cohort does not decrypt once per credential. */
  private readonly cache = new Map<string, Promise<CryptoKey>>();

  constructor(
    private readonly db: DataSource,
    private readonly vault: Vault,
    private readonly algorithm: 'EdDSA' | 'ES256',
  ) {}

  /** The issuer's active key for `purpose`, made and registered first if it has none. */
  async activeKey(organisationId: string, registry: KeyRegistry, purpose: KeyPurpose = 'credential'): Promise<SigningKey> {
    const [active] = await this.db.query(`select * from issuer_key where organisation_id = $1 and purpose = $2 and status = 'ACTIVE'`, [organisationId, purpose]);
    const row: IssuerKeyRow = active ?? (await this.createActiveKey(organisationId, registry, purpose));
    return { kid: row.kid, algorithm: row.algorithm, privateKey: await this.privateKey(row) };
  }

  /** The issuer's active key for `purpose`, if it has one (status lists are always signed with the active key).  */
  async keyOf(organisationId: string, purpose: KeyPurpose = 'credential'): Promise<SigningKey | null> {
    const [active] = await this.db.query(`select * from issuer_key where organisation_id = $1 and purpose = $2 and status = 'ACTIVE'`, [organisationId, purpose]);
    if (!active) return null;
    return { kid: active.kid, algorithm: active.algorithm, privateKey: await this.privateKey(active) };
  }

  /** A key of the issuer by kid, active or retired (to sign a later form of what it signed). */
  async keyById(organisationId: string, kid: string): Promise<(SigningKey & { status: IssuerKeyRow['status'] }) | null> {
    const [row]: IssuerKeyRow[] = await this.db.query(`select * from issuer_key where organisation_id = $1 and kid = $2 and status <> 'PENDING'`, [organisationId, kid]);
    if (!row) return null;
    return { kid: row.kid, algorithm: row.algorithm, status: row.status, privateKey: await this.privateKey(row) };
  }

  async list(organisationId: string): Promise<IssuerKey[]> {
    const rows: IssuerKeyRow[] = await this.db.query('select * from issuer_key where organisation_id = $1 order by created_at', [organisationId]);
    return rows.map(view);
  }

  /**
   * Replaces the issuer's active keys (the credential key and, where it has one, the Open Badges key): each
   * new key is registered and the old one superseded at the accreditation subgraph (it stays published, so
   * what it signed still verifies), then the new keys sign. Answers the new credential key.
   */
  async rotate(organisationId: string, registry: KeyRegistry): Promise<IssuerKey> {
    return this.db.transaction(async (manager) => {
      await lockIssuerKeys(manager, organisationId);
      const actives: IssuerKeyRow[] = await manager.query(`select * from issuer_key where organisation_id = $1 and status = 'ACTIVE'`, [organisationId]);
      if (!actives.some((row) => row.purpose === 'credential')) return view(await this.makeAndRegister(manager, organisationId, registry, 'credential'));
      let credentialKey: IssuerKeyRow | null = null;
      for (const old of actives) {
        const fresh = await this.generate(manager, organisationId, old.purpose);
        await registry.rotateSigningKey(organisationId, old.kid, publicJwkOf(fresh));
        await manager.query(`update issuer_key set status = 'RETIRED', retired_at = now() where id = $1`, [old.id]);
        const activated = await activate(manager, fresh.id);
        if (old.purpose === 'credential') credentialKey = activated;
      }
      return view(credentialKey!);
    });
  }

  private async createActiveKey(organisationId: string, registry: KeyRegistry, purpose: KeyPurpose): Promise<IssuerKeyRow> {
    return this.db.transaction(async (manager) => {
      await lockIssuerKeys(manager, organisationId);
      // Another request may have made it while this one waited for the lock.
      const [active] = await manager.query(`select * from issuer_key where organisation_id = $1 and purpose = $2 and status = 'ACTIVE'`, [organisationId, purpose]);
      return active ?? this.makeAndRegister(manager, organisationId, registry, purpose);
    });
  }

  /**
   * Makes a key, registers its public half, then activates it, all while holding the issuer's key lock: a
   * failed registration rolls the key back, so no key signs before verifiers can find it.
   */
  private async makeAndRegister(manager: EntityManager, organisationId: string, registry: KeyRegistry, purpose: KeyPurpose): Promise<IssuerKeyRow> {
    const fresh = await this.generate(manager, organisationId, purpose);
    await registry.registerSigningKey(organisationId, publicJwkOf(fresh));
    return activate(manager, fresh.id);
  }

  private async generate(manager: EntityManager, organisationId: string, purpose: KeyPurpose): Promise<IssuerKeyRow> {
    const algorithm: SigningAlgorithm = purpose === 'open-badges' ? 'RS256' : this.algorithm;
    const options = algorithm === 'EdDSA' ? { crv: 'Ed25519', extractable: true } : algorithm === 'RS256' ? { modulusLength: 2048, extractable: true } : { extractable: true };
    const { publicKey, privateKey } = await generateKeyPair(algorithm, options);
    const publicJwk = await exportJWK(publicKey);
    const kid = await calculateJwkThumbprint(publicJwk, 'sha256');
    const sealed = this.vault.encryptPrivateKey(JSON.stringify(await exportJWK(privateKey)), kid);
    const [row] = await manager.query(
      `insert into issuer_key (organisation_id, kid, algorithm, public_jwk, private_key_encrypted, status, purpose)
       values ($1, $2, $3, $4, $5, 'PENDING', $6) returning *`,
      [organisationId, kid, algorithm, JSON.stringify({ ...publicJwk, kid, alg: algorithm, use: 'sig' }), sealed, purpose],
    );
    return row;
  }

  private privateKey(row: Pick<IssuerKeyRow, 'kid' | 'algorithm' | 'private_key_encrypted'>): Promise<CryptoKey> {
    let key = this.cache.get(row.kid);
    if (!key) {
      const jwk = JSON.parse(this.vault.decryptPrivateKey(row.private_key_encrypted, row.kid)) as JWK;
      key = importJWK(jwk, row.algorithm) as Promise<CryptoKey>;
      this.cache.set(row.kid, key);
    }
    return key;
  }
}

async function activate(manager: EntityManager, id: string): Promise<IssuerKeyRow> {
  // typeorm answers an UPDATE ... RETURNING with [rows, count].
  const [rows] = await manager.query(`update issuer_key set status = 'ACTIVE', activated_at = now() where id = $1 returning *`, [id]);
  return rows[0];
}

const publicJwkOf = (row: IssuerKeyRow) => row.public_jwk as JWK & { kid: string; alg: string };

/** Serialises key creation and rotation per issuer (a transaction-scoped advisory lock). */
async function lockIssuerKeys(manager: EntityManager, organisationId: string) {
  await manager.query(`select pg_advisory_xact_lock(hashtext('issuer-key:' || $1))`, [organisationId]);
}
