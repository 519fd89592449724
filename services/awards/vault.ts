import path from 'node:path';
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { ConfigError, type HubConfig } from '../../platform/config';
import { readOrCreate } from '../../platform/secrets';

/**
 * The awards subgraph's secrets at rest, all derived from one master key (AWARDS_MASTER_KEY, or for a
 * local start a key created once in DATA_DIR/awards/): issuers' private keys are encrypted with
 * AES-256-GCM, personal identity numbers are matched by a keyed hash (HMAC-SHA-256) and sealed so that only
 * their owner can read them back. Each use has its own derived key, so one never serves as another.
 */
export class Vault {
  private readonly keyEncryption: Buffer;
  private readonly personalNumberHashing: Buffer;
  private readonly personalDataSealing: Buffer;
  private readonly walletCodeHashing: Buffer;
  private readonly linkSigning: Buffer;
  private readonly learnerPseudonyms: Buffer;

  constructor(masterKey: Buffer) {
    if (masterKey.length !== 32) throw new ConfigError('AWARDS_MASTER_KEY must be 32 bytes');
    const derive = (purpose: string) => Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), `mikromeriter-awards/${purpose}`, 32));
    this.keyEncryption = derive('issuer-private-keys');
    this.personalNumberHashing = derive('personal-number-hash');
    this.personalDataSealing = derive('personal-data-seal');
    this.walletCodeHashing = derive('wallet-issuance-codes');
    this.linkSigning = derive('download-links');
    this.learnerPseudonyms = derive('learner-pseudonyms');
  }

  static fromConfig(config: HubConfig): Vault {
    if (config.AWARDS_MASTER_KEY) return new Vault(Buffer.from(config.AWARDS_MASTER_KEY, 'base64'));
    if (config.NODE_ENV === 'production') throw new ConfigError('AWARDS_MASTER_KEY must be set in production (32 bytes, base64)');
    const file = path.resolve(config.DATA_DIR, 'awards', 'master-key');
    return new Vault(Buffer.from(readOrCreate(file, () => randomBytes(32).toString('base64')), 'base64'));
  }

  /** Encrypts an issuer's private key; `context` (the key id) is bound in, so a ciphertext cannot be moved to another key. */
  encryptPrivateKey(plaintext: string, context: string): Buffer {
    return seal(this.keyEncryption, Buffer.from(plaintext, 'utf8'), context);
  }

  decryptPrivateKey(sealed: Buffer, context: string): string {
    return open(this.keyEncryption, sealed, context).toString('utf8');
  }

  /** The keyed hash a personal identity number is matched by: equal numbers, equal hashes; no way back. */
  personalNumberHash(normalised: string): Buffer {
    return createHmac('sha256', this.personalNumberHashing).update(normalised).digest();
  }

  /**
   * The keyed hash a wallet's one-time secret is stored as (pre-authorized codes, transaction codes, access
   * tokens, nonces): a six-digit transaction code hashed without a key could be found by trying a million.
   */
  walletCodeHash(purpose: string, value: string): Buffer {
    return createHmac('sha256', this.walletCodeHashing).update(`${purpose}\0${value}`).digest();
  }

  /** The MAC of a download link the hub hands out (an award id and an expiry): only the hub can make one. */
  signLink(text: string): string {
    return createHmac('sha256', this.linkSigning).update(text).digest('base64url');
  }

  /** The key of one issuing organisation's learner pseudonyms (learner-pseudonym.ts): one per organisation, none derivable from another. */
  learnerPseudonymKey(organisationId: string): Buffer {
    return createHmac('sha256', this.learnerPseudonyms).update(organisationId.toLowerCase()).digest();
  }

  sealPersonalData(plaintext: string, context: string): Buffer {
    return seal(this.personalDataSealing, Buffer.from(plaintext, 'utf8'), context);
  }

  openPersonalData(sealed: Buffer, context: string): string {
    return open(this.personalDataSealing, sealed, context).toString('utf8');
  }
}

/** AES-256-GCM: 12-byte nonce | 16-byte tag | ciphertext, with `context` as additional authenticated data. */
function seal(key: Buffer, plaintext: Buffer, context: string): Buffer {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([nonce, cipher.getAuthTag(), ciphertext]);
}

function open(key: Buffer, sealed: Buffer, context: string): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(sealed.subarray(12, 28));
  return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
}
