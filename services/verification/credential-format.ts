import { isDeepStrictEqual } from 'node:util';
import { ACCEPTED_ALGORITHMS, MAX_CREDENTIAL_CHARACTERS, isDateTime, type JwsHeader, type ReadResult, type Reason } from './credential-reading';
import { isJadesDocument, readEuropeanCredential } from './european-credential';

const ACCEPTED_TYPES = new Set(['vc+jwt', 'application/vc+jwt']);
/** Open Badges 3.0 secures its credentials as a plain JWT (typ "JWT"); accepted for Open Badges credentials only. */
const OPEN_BADGES_TYPE = 'JWT';
const OPEN_BADGES_CREDENTIAL_TYPES = ['OpenBadgeCredential', 'AchievementCredential'];
const DATA_INTEGRITY_CRYPTOSUITE = 'eddsa-rdfc-2022';
const VC_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const DATA_URL_PREFIX = 'data:application/vc+jwt,';

/**
 * A kid as a DID URL (`did:…#fragment`) names the key `fragment` of that DID; a bare kid names a key of the
 * issuer. Answers the key's id in the issuer's documents, or the other DID a kid points to.
 */
export function keyIdOf(kid: string, issuerId: string): { kid: string } | { otherController: string } {
  const hash = kid.indexOf('#');
  if (hash < 0) return { kid };
  const controller = kid.slice(0, hash);
  return controller === issuerId ? { kid: kid.slice(hash + 1) } : { otherController: controller };
}

const fail = (en: string, sv: string): { ok: false; reason: Reason } => ({ ok: false, reason: { en, sv } });
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const utf8 = new TextDecoder('utf-8', { fatal: true });
const clip = (value: string, length = 40) => (value.length > length ? `${value.slice(0, length)}…` : value);

function decodeJson(part: string): unknown {
  try {
    return JSON.parse(utf8.decode(Buffer.from(part, 'base64url')));
  } catch {
    return undefined;
  }
}

/**
 * Reads what was given: a compact JWS, or the JSON the hub exports that carries one (an award's export
 * with `credentialJwt`, or a VC 2.0 EnvelopedVerifiableCredential with a `data:application/vc+jwt,` id).
 * Checks the header and that the payload is a VC 2.0 credential; the signature is not checked here.
 */
export function readCredential(input: string): ReadResult {
  if (input.length > MAX_CREDENTIAL_CHARACTERS) {
    return fail(
      `The credential is ${input.length.toLocaleString('en')} characters; the verifier reads at most ${MAX_CREDENTIAL_CHARACTERS.toLocaleString('en')}, so it was not read.`,
      `Meritet är ${input.length.toLocaleString('sv')} tecken; verifieringen läser högst ${MAX_CREDENTIAL_CHARACTERS.toLocaleString('sv')}, så det lästes inte.`,
    );
  }
  const trimmed = input.trim();
  if (!trimmed) return fail('Nothing was given to verify.', 'Inget meritbevis angavs.');
  if (trimmed.startsWith('{') || trimmed.startsWith('"')) return readJsonForm(trimmed);
  return readCompactJws(trimmed.startsWith(DATA_URL_PREFIX) ? trimmed.slice(DATA_URL_PREFIX.length) : trimmed);
}

function readJsonForm(input: string): ReadResult {
  let document: unknown;
  try {
    document = JSON.parse(input);
  } catch {
    return fail('The credential is neither a compact JWS nor valid JSON.', 'Meritet är varken en kompakt JWS eller giltig JSON.');
  }
  if (typeof document === 'string') return readCompactJws(document.trim());
  if (!isObject(document)) return fail('The JSON given is not an object carrying a credential.', 'Den angivna JSON-texten är inget objekt med ett merit.');
  if (isJadesDocument(document)) return readEuropeanCredential(document);
  const types = Array.isArray(document.type) ? document.type : [document.type];
  if (document.proof !== undefined && document.credentialJwt === undefined && !types.includes('EnvelopedVerifiableCredential')) return readDataIntegrity(document);
  let jws: string | null = null;
  if (typeof document.credentialJwt === 'string') jws = document.credentialJwt;
  else if (types.includes('EnvelopedVerifiableCredential') && typeof document.id === 'string' && document.id.startsWith(DATA_URL_PREFIX)) {
    jws = document.id.slice(DATA_URL_PREFIX.length);
  }
  if (jws === null) {
    return fail(
      'The JSON carries no signed credential (no credentialJwt, no enveloped vc+jwt): an unsigned credential cannot be verified.',
      'JSON-texten innehåller inget signerat merit (ingen credentialJwt, inget inneslutet vc+jwt): ett osignerat merit kan inte verifieras.',
    );
  }
  const read = readCompactJws(jws.trim());
  // The export shows the credential in clear beside its JWS; a reader must not be shown something else than what
  // was signed, whatever its JSON type (a string saying anything is not a copy of the credential). (The JWS may
  // add registered JWT claims that repeat the credential; those are checked on their own.)
  const clearText = document.credential;
  if (read.ok && clearText !== undefined && !(isObject(clearText) && isDeepStrictEqual(withoutJwtClaims(clearText), withoutJwtClaims(read.payload)))) {
    return fail(
      'The JSON shows a credential that differs from the one its JWS signs; only the signed one counts, and this document is not to be trusted.',
      'JSON-texten visar ett merit som skiljer sig från det som dess JWS signerar; bara det signerade gäller, och dokumentet går inte att lita på.',
    );
  }
  return read;
}

/** A credential with an embedded Data Integrity proof: one eddsa-rdfc-2022 assertion proof by a key of the issuer. */
function readDataIntegrity(document: Record<string, unknown>): ReadResult {
  const proofs = Array.isArray(document.proof) ? document.proof : [document.proof];
  if (proofs.length !== 1 || !isObject(proofs[0])) {
    return fail('The credential must carry exactly one Data Integrity proof.', 'Meritet ska bära exakt ett Data Integrity-bevis.');
  }
  const proof = proofs[0];
  if (proof.type !== 'DataIntegrityProof' || proof.cryptosuite !== DATA_INTEGRITY_CRYPTOSUITE) {
    return fail(
      `The proof is ${clip(String(proof.type))} ${clip(String(proof.cryptosuite ?? ''))}; the verifier checks DataIntegrityProof with the ${DATA_INTEGRITY_CRYPTOSUITE} cryptosuite.`,
      `Beviset är ${clip(String(proof.type))} ${clip(String(proof.cryptosuite ?? ''))}; verifieringen kontrollerar DataIntegrityProof med kryptosviten ${DATA_INTEGRITY_CRYPTOSUITE}.`,
    );
  }
  if (proof.proofPurpose !== 'assertionMethod') {
    return fail('The proof is not made for assertion (proofPurpose assertionMethod).', 'Beviset är inte gjort för utfärdande (proofPurpose assertionMethod).');
  }
  const method = proof.verificationMethod;
  if (typeof method !== 'string' || !method.includes('#') || method.length > 512 || typeof proof.proofValue !== 'string') {
    return fail('The proof names no verification method (a DID URL of the issuer\'s key) or has no proofValue.', 'Beviset anger ingen verifieringsmetod (en DID-URL till utfärdarens nyckel) eller saknar proofValue.');
  }
  const { proof: _proof, ...payload } = document;
  const payloadProblem = checkCredential(payload);
  if (payloadProblem) return payloadProblem;
  return { ok: true, form: 'data-integrity', jws: '', header: { alg: 'EdDSA', kid: method, typ: 'data-integrity' }, payload, document };
}

const JWT_CLAIMS = new Set(['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti']);
const withoutJwtClaims = (value: Record<string, unknown>) => Object.fromEntries(Object.entries(value).filter(([name]) => !JWT_CLAIMS.has(name)));

export function readCompactJws(jws: string, expected: 'credential' | 'status list' = 'credential'): ReadResult {
  const parts = jws.split('.');
  if (parts.length !== 3) {
    const encrypted = parts.length === 5 ? ' (five parts: an encrypted JWE, which the hub does not issue)' : '';
    const krypterad = parts.length === 5 ? ' (fem delar: en krypterad JWE, som hubben inte utfärdar)' : '';
    return fail(
      `A compact JWS has three parts separated by dots; this has ${parts.length}${encrypted}.`,
      `En kompakt JWS har tre delar åtskilda av punkter; denna har ${parts.length}${krypterad}.`,
    );
  }
  const names = [
    ['header', 'huvudet'],
    ['payload', 'innehållet'],
    ['signature', 'signaturen'],
  ];
  const encoding = (position: number) => {
    const part = parts[position];
    if (BASE64URL.test(part)) return null;
    return fail(
      `The ${names[position][0]} (part ${position + 1}) is ${part ? 'not base64url' : 'empty'}.`,
      `${capitalise(names[position][1])} (del ${position + 1}) är ${part ? 'inte base64url' : 'tomt'}.`,
    );
  };
  // The header first: an unsigned token (alg "none", empty signature) is refused for what it is.
  const headerEncoding = encoding(0);
  if (headerEncoding) return headerEncoding;
  const header = decodeJson(parts[0]);
  if (!isObject(header)) return fail('The header is not a JSON object.', 'Huvudet är inget JSON-objekt.');
  const headerProblem = checkHeader(header, expected);
  if (headerProblem) return headerProblem;
  const payloadEncoding = encoding(1) ?? encoding(2);
  if (payloadEncoding) return payloadEncoding;
  const payload = decodeJson(parts[1]);
  if (!isObject(payload)) return fail('The payload is not a JSON object.', 'Innehållet är inget JSON-objekt.');
  const payloadProblem = checkCredential(payload);
  if (payloadProblem) return payloadProblem;
  const openBadges = header.typ === OPEN_BADGES_TYPE;
  if (openBadges) {
    const types = Array.isArray(payload.type) ? payload.type : [payload.type];
    if (!types.some((type) => OPEN_BADGES_CREDENTIAL_TYPES.includes(type as string))) {
      return fail(
        'typ "JWT" is the Open Badges 3.0 form, but the payload is not an OpenBadgeCredential; other credentials are secured with typ "vc+jwt".',
        'typ "JWT" är Open Badges 3.0-formen, men innehållet är inget OpenBadgeCredential; andra meriter skyddas med typ "vc+jwt".',
      );
    }
  }
  return { ok: true, form: openBadges ? 'open-badges-jwt' : 'vc+jwt', jws, header: header as JwsHeader, payload };
}

function capitalise(value: string) {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/** RFC 7515 and VC-JOSE-COSE: the algorithm, the type and the key id the signature will be checked with. */
export function checkHeader(header: Record<string, unknown>, expectedType: 'credential' | 'status list' = 'credential') {
  const { alg, typ, kid, crit } = header;
  if (alg === undefined) return fail('The header names no algorithm (alg).', 'Huvudet anger ingen algoritm (alg).');
  if (typeof alg !== 'string') return fail('The header\'s alg is not a string.', 'Huvudets alg är ingen textsträng.');
  if (alg.toLowerCase() === 'none') {
    return fail(
      'alg is "none": an unsigned token is never accepted as a credential.',
      'alg är "none": en osignerad token godtas aldrig som merit.',
    );
  }
  if (/^HS\d+$/i.test(alg)) {
    return fail(
      `alg is ${alg}, an HMAC algorithm: a shared secret (such as a public key used as one) proves nothing about the issuer, so it is never accepted.`,
      `alg är ${alg}, en HMAC-algoritm: en delad hemlighet (till exempel en publik nyckel som används som en) bevisar inget om utfärdaren, så den godtas aldrig.`,
    );
  }
  if (!(ACCEPTED_ALGORITHMS as readonly string[]).includes(alg)) {
    return fail(
      `alg ${clip(alg)} is not accepted; credentials are signed with ${ACCEPTED_ALGORITHMS.join(' or ')}.`,
      `alg ${clip(alg)} godtas inte; meriter signeras med ${ACCEPTED_ALGORITHMS.join(' eller ')}.`,
    );
  }
  if (typeof typ !== 'string' || !(ACCEPTED_TYPES.has(typ) || (expectedType === 'credential' && typ === OPEN_BADGES_TYPE))) {
    const what = expectedType === 'credential' ? 'a credential' : 'a status list credential';
    const vad = expectedType === 'credential' ? 'ett merit' : 'en statuslista';
    return fail(
      `typ is ${typ === undefined ? 'missing' : JSON.stringify(clip(String(typ)))}; ${what} secured per VC-JOSE-COSE has typ "vc+jwt"${expectedType === 'credential' ? ' (an Open Badges 3.0 JWT: "JWT")' : ''}.`,
      `typ ${typ === undefined ? 'saknas' : `är ${JSON.stringify(clip(String(typ)))}`}; ${vad} som skyddas enligt VC-JOSE-COSE har typ "vc+jwt"${expectedType === 'credential' ? ' (en Open Badges 3.0-JWT: "JWT")' : ''}.`,
    );
  }
  if (typeof kid !== 'string' || !kid || kid.length > 256 || !/^[\x21-\x7e]+$/.test(kid)) {
    return fail(
      'The header has no usable key id (kid): it must name the issuer\'s key that signed.',
      'Huvudet har inget användbart nyckel-id (kid): det ska ange den av utfärdarens nycklar som signerade.',
    );
  }
  if (crit !== undefined) {
    return fail(
      'The header marks extensions as critical (crit) that the verifier does not understand, so it must refuse it (RFC 7515).',
      'Huvudet markerar tillägg som kritiska (crit) som verifieringen inte förstår, så den måste avvisa det (RFC 7515).',
    );
  }
  return null;
}

/** VC Data Model 2.0: the mandatory members, and JWT claims (when present) that agree with the credential. */
function checkCredential(payload: Record<string, unknown>) {
  const context = payload['@context'];
  if (!Array.isArray(context) || context[0] !== VC_CONTEXT) {
    const legacy = isObject(payload.vc) ? ' (it looks like a VC 1.1 JWT with a "vc" claim)' : '';
    const äldre = isObject(payload.vc) ? ' (det liknar en VC 1.1-JWT med ett "vc"-anspråk)' : '';
    return fail(
      `The payload is not a VC 2.0 credential: @context must begin with ${VC_CONTEXT}${legacy}.`,
      `Innehållet är inget VC 2.0-merit: @context ska börja med ${VC_CONTEXT}${äldre}.`,
    );
  }
  const types = Array.isArray(payload.type) ? payload.type : [payload.type];
  if (!types.includes('VerifiableCredential')) {
    return fail('The payload\'s type does not include VerifiableCredential.', 'Innehållets type innehåller inte VerifiableCredential.');
  }
  const issuer = isObject(payload.issuer) ? payload.issuer.id : payload.issuer;
  if (typeof issuer !== 'string' || !/^[a-z][a-z0-9+.-]*:\S+$/i.test(issuer)) {
    return fail('The credential does not name its issuer (issuer or issuer.id, a URL or DID).', 'Meritet anger inte sin utfärdare (issuer eller issuer.id, en URL eller DID).');
  }
  const subject = payload.credentialSubject;
  if (!isObject(subject) && !(Array.isArray(subject) && subject.length > 0 && subject.every(isObject))) {
    return fail('The credential has no credentialSubject (whom it is about).', 'Meritet saknar credentialSubject (vem det gäller).');
  }
  if (!isDateTime(payload.validFrom)) {
    return fail(
      'The credential has no valid validFrom (its date of issue, a date and time with a time zone).',
      'Meritet saknar ett giltigt validFrom (utfärdandedatum, datum och tid med tidszon).',
    );
  }
  if (payload.validUntil !== undefined) {
    if (!isDateTime(payload.validUntil)) {
      return fail('validUntil is not a date and time with a time zone.', 'validUntil är inte ett datum och en tid med tidszon.');
    }
    if (Date.parse(payload.validUntil) <= Date.parse(payload.validFrom)) {
      return fail('validUntil is not after validFrom.', 'validUntil ligger inte efter validFrom.');
    }
  }
  return checkJwtClaims(payload, issuer);
}

/** VC-JOSE-COSE lets iss, nbf, exp and jti repeat the credential; when they do, they must say the same. */
function checkJwtClaims(payload: Record<string, unknown>, issuer: string) {
  const seconds = (value: string) => Math.floor(Date.parse(value) / 1000);
  const disagree = (claim: string, member: string) =>
    fail(
      `The JWT claim ${claim} disagrees with the credential's ${member}.`,
      `JWT-anspråket ${claim} stämmer inte med meritets ${member}.`,
    );
  if (payload.iss !== undefined && payload.iss !== issuer) return disagree('iss', 'issuer');
  if (payload.jti !== undefined && payload.id !== undefined && payload.jti !== payload.id) return disagree('jti', 'id');
  if (payload.nbf !== undefined && (typeof payload.nbf !== 'number' || Math.abs(payload.nbf - seconds(payload.validFrom as string)) > 1)) {
    return disagree('nbf', 'validFrom');
  }
  if (payload.exp !== undefined) {
    if (typeof payload.exp !== 'number' || typeof payload.validUntil !== 'string' || Math.abs(payload.exp - seconds(payload.validUntil)) > 1) {
      return disagree('exp', 'validUntil');
    }
  }
  return null;
}
