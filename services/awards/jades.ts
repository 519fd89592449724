import { createHash, X509Certificate } from 'node:crypto';
import { FlattenedSign, flattenedVerify, type CryptoKey, type JWSHeaderParameters, type KeyObject } from 'jose';
import type { SigningKey } from './issuer-keys';

/**
 * JAdES (ETSI TS 119 182-1) in the JWS JSON serialisation, as the official signed EDC sample has it: the
 * payload is the credential's JSON as it is (unencoded, `b64: false`), and each signature's protected header
 * carries `sigT` (the signing time) and either the seal certificate chain (`x5c`, with `x5t#S256`) or the
 * key id (`kid`) of the issuer's hub key. Baseline B-B: no timestamp, no revocation values.
 */
export interface JadesDocument {
  payload: string;
  signatures: { protected: string; header?: Record<string, unknown>; signature: string }[];
}

/** The media type of a JWS in the JSON serialisation (RFC 7515). */
export const JADES_MEDIA_TYPE = 'application/jose+json';

/** The JAdES header parameters this hub understands besides JOSE's own (verifiers must know them: `crit`). */
const UNDERSTOOD = { sigT: true } as const;

export interface SealOptions {
  /** The electronic seal certificate chain (base64 DER, leaf first) when the organisation uploaded one. */
  x5c?: string[] | null;
  signingTime?: Date;
}

const jadesTime = (at: Date) => at.toISOString().replace(/\.\d{3}Z$/, 'Z');

export async function sealJades(credential: Record<string, unknown>, key: Pick<SigningKey, 'kid' | 'privateKey'> & { algorithm: string }, options: SealOptions = {}): Promise<JadesDocument> {
  const payload = JSON.stringify(credential);
  const chain = options.x5c?.length ? options.x5c : null;
  const header: JWSHeaderParameters = {
    alg: key.algorithm,
    typ: 'jose+json',
    cty: 'octet-stream',
    b64: false,
    sigT: jadesTime(options.signingTime ?? new Date()),
    crit: ['b64', 'sigT'],
    // The key id always (the key as registered for the issuer); with the seal certificate chain when there is one.
    kid: key.kid,
    ...(chain ? { x5c: chain, 'x5t#S256': createHash('sha256').update(Buffer.from(chain[0], 'base64')).digest('base64url') } : {}),
  };
  const jws = await new FlattenedSign(new TextEncoder().encode(payload)).setProtectedHeader(header).sign(key.privateKey, { crit: UNDERSTOOD });
  return { payload, signatures: [{ protected: jws.protected!, signature: jws.signature }] };
}

export interface OpenedJades {
  credential: Record<string, unknown>;
  header: JWSHeaderParameters & { sigT?: string; x5c?: string[] };
}

/** Reads a JAdES JSON document without checking the signature (FORMAT); throws with a reason on anything else. */
export function readJades(input: unknown): OpenedJades & { document: JadesDocument } {
  const document = input as JadesDocument;
  if (!document || typeof document !== 'object' || typeof document.payload !== 'string' || !Array.isArray(document.signatures) || document.signatures.length !== 1) {
    throw new Error('not a JAdES JSON document with one signature');
  }
  const [signature] = document.signatures;
  if (typeof signature?.protected !== 'string' || typeof signature.signature !== 'string') throw new Error('the signature has no protected header or value');
  let header: OpenedJades['header'];
  try {
    header = JSON.parse(Buffer.from(signature.protected, 'base64url').toString('utf8'));
  } catch {
    throw new Error('the protected header is not base64url JSON');
  }
  if (header.b64 !== false) throw new Error('the payload must be unencoded (b64: false), as EDCs are');
  let credential: Record<string, unknown>;
  try {
    credential = JSON.parse(document.payload);
  } catch {
    throw new Error('the payload is not JSON');
  }
  return { document, credential, header };
}

/** Verifies the seal with the given key (or the leaf certificate of `x5c`); throws when it does not hold. */
export async function verifyJades(document: JadesDocument, key: CryptoKey | KeyObject | Uint8Array, algorithms: string[], alsoUnderstood: string[] = []) {
  const [signature] = document.signatures;
  const crit = { ...UNDERSTOOD, ...Object.fromEntries(alsoUnderstood.map((name) => [name, true])) };
  return flattenedVerify({ protected: signature.protected, payload: document.payload, signature: signature.signature }, key, { algorithms, crit });
}

/** The public key of the leaf certificate of an x5c chain. */
export const leafKey = (x5c: string[]) => new X509Certificate(Buffer.from(x5c[0], 'base64')).publicKey;
