import { createHash } from 'node:crypto';
import { decodeSdJwtSync, splitSdJwt, unpackSync } from '@sd-jwt/decode';
import { MICRO_CREDENTIAL_VCT } from '../../platform/micro-credential-claims';
import { ACCEPTED_ALGORITHMS, MAX_CREDENTIAL_CHARACTERS, isDateTime, type JwsHeader, type Reason } from './credential-reading';

/**
 * The SD-JWT VC form (`dc+sd-jwt`) the hub issues into wallets: an issuer-signed JWT, the disclosures the
 * holder chose to show, and (in a presentation) a key-binding JWT. Reading it checks the header and that
 * every disclosure is one the issuer signed a digest of (@sd-jwt/decode); the issuer's signature over the
 * JWT is checked like any other (SIGNATURE).
 */
export interface ReadSdJwt {
  ok: true;
  /** The issuer-signed JWT, a compact JWS: what SIGNATURE verifies. */
  jws: string;
  header: JwsHeader;
  /** The claims the issuer signed, with the disclosed ones in place. */
  claims: Record<string, unknown>;
  /** The SD-JWT without its key-binding JWT: `<jwt>~<disclosure>~…~`. */
  sdJwt: string;
  keyBindingJwt: string | null;
  disclosedCount: number;
}

const SD_JWT_TYPES = new Set(['dc+sd-jwt', 'vc+sd-jwt']);
const COMPACT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const fail = (en: string, sv: string) => ({ ok: false as const, reason: { en, sv } });
const sha256 = (data: string | ArrayBuffer) => new Uint8Array(createHash('sha256').update(typeof data === 'string' ? data : Buffer.from(data)).digest());

/** Whether the input is an SD-JWT (a JWT followed by `~`-separated disclosures). */
export const looksLikeSdJwt = (input: string) => input.includes('~') && /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+~/.test(input);

/** base64url(SHA-256) of the SD-JWT as presented, up to its last `~`: what a key-binding JWT's sd_hash must be. */
export const sdHashOf = (sdJwt: string) => Buffer.from(sha256(sdJwt)).toString('base64url');

export function readSdJwt(input: string): ReadSdJwt | { ok: false; reason: Reason } {
  if (input.length > MAX_CREDENTIAL_CHARACTERS) {
    return fail(`The SD-JWT is longer than ${MAX_CREDENTIAL_CHARACTERS.toLocaleString('en')} characters, so it was not read.`, `SD-JWT:n är längre än ${MAX_CREDENTIAL_CHARACTERS.toLocaleString('sv')} tecken, så den lästes inte.`);
  }
  let parts: ReturnType<typeof splitSdJwt>;
  let decoded: ReturnType<typeof decodeSdJwtSync>;
  try {
    parts = splitSdJwt(input);
    decoded = decodeSdJwtSync(input, sha256);
  } catch {
    return fail('The SD-JWT cannot be read: its JWT or a disclosure is not well-formed.', 'SD-JWT:n kan inte läsas: dess JWT eller en disclosure är felaktig.');
  }
  if (!COMPACT.test(parts.jwt)) return fail('The SD-JWT does not begin with a compact JWT.', 'SD-JWT:n börjar inte med en kompakt JWT.');
  const header = decoded.jwt.header;
  if (typeof header.typ !== 'string' || !SD_JWT_TYPES.has(header.typ)) {
    return fail(`typ is ${JSON.stringify(String(header.typ ?? 'missing')).slice(0, 40)}; an SD-JWT VC has typ "dc+sd-jwt".`, `typ är ${JSON.stringify(String(header.typ ?? 'saknas')).slice(0, 40)}; en SD-JWT VC har typ "dc+sd-jwt".`);
  }
  if (!(ACCEPTED_ALGORITHMS as readonly string[]).includes(String(header.alg))) {
    return fail(`alg ${String(header.alg).slice(0, 20)} is not accepted; credentials are signed with ${ACCEPTED_ALGORITHMS.join(' or ')}.`, `alg ${String(header.alg).slice(0, 20)} godtas inte; meriter signeras med ${ACCEPTED_ALGORITHMS.join(' eller ')}.`);
  }
  if (typeof header.kid !== 'string' || !header.kid || header.kid.length > 512 || header.crit !== undefined) {
    return fail('The header names no usable key (kid), or marks extensions as critical.', 'Huvudet anger ingen användbar nyckel (kid), eller markerar tillägg som kritiska.');
  }
  const payload = decoded.jwt.payload;
  if (payload._sd_alg !== undefined && payload._sd_alg !== 'sha-256') {
    return fail('The SD-JWT uses a digest algorithm other than sha-256.', 'SD-JWT:n använder en annan sammanfattningsalgoritm än sha-256.');
  }
  let claims: Record<string, unknown>;
  try {
    const unpacked = unpackSync(payload, decoded.disclosures, sha256);
    // A disclosure no digest of the issuer's names was not signed: an SD-JWT with one is refused (RFC 9901).
    if (Object.keys(unpacked.disclosureKeymap).length !== decoded.disclosures.length) {
      return fail('A disclosure is not among those the issuer signed (or is given twice): the SD-JWT was altered.', 'En disclosure finns inte bland dem utfärdaren signerade (eller ges två gånger): SD-JWT:n har ändrats.');
    }
    claims = unpacked.unpackedObj as Record<string, unknown>;
  } catch {
    return fail('The disclosures cannot be matched with the signed digests.', 'Disclosures kan inte matchas mot de signerade sammanfattningarna.');
  }
  if (claims.vct !== MICRO_CREDENTIAL_VCT) {
    return fail(`vct is ${JSON.stringify(String(claims.vct ?? 'missing')).slice(0, 80)}; the hub reads micro-credentials (${MICRO_CREDENTIAL_VCT}).`, `vct är ${JSON.stringify(String(claims.vct ?? 'saknas')).slice(0, 80)}; hubben läser mikromeriter (${MICRO_CREDENTIAL_VCT}).`);
  }
  if (typeof claims.iss !== 'string' || typeof claims.iat !== 'number') {
    return fail('The SD-JWT does not name its issuer (iss) and time of issue (iat).', 'SD-JWT:n anger inte sin utfärdare (iss) och utfärdandetid (iat).');
  }
  if (claims.valid_from !== undefined && (!isDateTime(claims.valid_from) || (typeof claims.nbf === 'number' && Math.floor(Date.parse(claims.valid_from) / 1000) !== claims.nbf))) {
    return fail('valid_from is not a date and time that agrees with nbf.', 'valid_from är inte ett datum och en tid som stämmer med nbf.');
  }
  const sdJwt = parts.kbJwt ? input.slice(0, input.length - parts.kbJwt.length) : input.endsWith('~') ? input : `${input}~`;
  return {
    ok: true,
    jws: parts.jwt,
    header: header as JwsHeader,
    claims,
    sdJwt,
    keyBindingJwt: parts.kbJwt ?? null,
    disclosedCount: decoded.disclosures.length,
  };
}

