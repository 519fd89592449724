import { CREDENTIAL_TYPE_NOTE, CATALOGUE_VERSION_SCHEME } from '../../platform/europass-vocabulary';
import { TWO_BIT_STATUS_MESSAGES, TWO_BIT_STATUS_SIZE } from '../../platform/status-messages';
import { uuidIn, type CredentialFields } from './credential-fields';
import { isDateTime, MAX_CREDENTIAL_CHARACTERS, type JadesSeal, type JwsHeader, type ReadResult, type Reason } from './credential-reading';

/** Algorithms of hub keys and of electronic seal certificates (RSA and ECDSA, as qualified seals use). */
export const SEAL_ALGORITHMS = ['EdDSA', 'ES256', 'ES384', 'RS256', 'PS256'] as const;
const SEAL_TYPES = new Set(['jose+json', 'application/jose+json']);
const UNDERSTOOD_CRITICAL = new Set(['b64', 'sigT']);

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const fail = (en: string, sv: string): { ok: false; reason: Reason } => ({ ok: false, reason: { en, sv } });
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);
/** A language map's Swedish text, else English, else any. */
const literal = (value: unknown): string | null => {
  if (typeof value === 'string') return text(value);
  if (!isObject(value)) return null;
  return text(value.sv) ?? text(value.en) ?? (Object.values(value).map(text).find(Boolean) ?? null);
};
const trailingNumber = (value: unknown): number | null => {
  const match = /\/(\d{1,2})$/.exec(text(isObject(value) ? value.id : value) ?? '');
  return match ? Number(match[1]) : null;
};

/** Whether a JSON document is shaped as a JAdES JSON serialisation (then it is read as a European Digital Credential). */
export const isJadesDocument = (document: Json) => 'payload' in document && 'signatures' in document;

export function readEuropeanCredential(document: Json): ReadResult {
  const { payload, signatures } = document;
  if (typeof payload !== 'string' || !Array.isArray(signatures)) {
    return fail('A sealed European Digital Credential has its payload as text and a list of signatures.', 'Ett förseglat europeiskt digitalt merit har sitt innehåll som text och en lista med signaturer.');
  }
  if (signatures.length !== 1 || !isObject(signatures[0]) || typeof signatures[0].protected !== 'string' || typeof signatures[0].signature !== 'string') {
    return fail('The European Digital Credential must carry exactly one seal with a protected header and a signature value.', 'Det europeiska digitala meritet ska ha exakt ett sigill med skyddat huvud och signaturvärde.');
  }
  if (payload.length > MAX_CREDENTIAL_CHARACTERS) {
    return fail(`The credential is larger than the ${MAX_CREDENTIAL_CHARACTERS.toLocaleString('en')} characters the verifier reads.`, `Meritet är större än de ${MAX_CREDENTIAL_CHARACTERS.toLocaleString('sv')} tecken verifieringen läser.`);
  }
  const seal = signatures[0] as { protected: string; signature: string };
  let header: unknown;
  try {
    header = JSON.parse(Buffer.from(seal.protected, 'base64url').toString('utf8'));
  } catch {
    header = undefined;
  }
  if (!/^[A-Za-z0-9_-]+$/.test(seal.protected) || !isObject(header)) return fail('The seal\'s protected header is not base64url JSON.', 'Sigillets skyddade huvud är inte base64url-kodad JSON.');
  const problem = checkSealHeader(header);
  if (problem) return problem;
  if (!/^[A-Za-z0-9_-]+$/.test(seal.signature)) return fail('The seal\'s signature value is not base64url.', 'Sigillets signaturvärde är inte base64url.');
  let credential: unknown;
  try {
    credential = JSON.parse(payload);
  } catch {
    credential = undefined;
  }
  if (!isObject(credential)) return fail('The sealed payload is not a JSON object.', 'Det förseglade innehållet är inget JSON-objekt.');
  const types = list(credential.type);
  if (!types.includes('EuropeanDigitalCredential')) {
    return fail('The sealed payload is not a EuropeanDigitalCredential (ELM v3).', 'Det förseglade innehållet är inget EuropeanDigitalCredential (ELM v3).');
  }
  const fields = europeanCredentialFields(credential);
  if (!fields.issuerId) return fail('The credential does not name its issuer (issuer.id).', 'Meritet anger inte sin utfärdare (issuer.id).');
  if (!isObject(credential.credentialSubject) || !isObject(credential.credentialSubject.hasClaim)) {
    return fail('The credential has no credentialSubject with the claim it makes (hasClaim).', 'Meritet saknar credentialSubject med det anspråk det gör (hasClaim).');
  }
  if (!isDateTime(fields.validFrom)) return fail('The credential has no valid validFrom (its date of issue, with a time zone).', 'Meritet saknar ett giltigt validFrom (utfärdandedatum med tidszon).');
  if (fields.validUntil !== null && (!isDateTime(fields.validUntil) || Date.parse(fields.validUntil) <= Date.parse(fields.validFrom))) {
    return fail('validUntil is not a date and time after validFrom.', 'validUntil är inte ett datum och en tid efter validFrom.');
  }
  const x5c = Array.isArray(header.x5c) ? (header.x5c as string[]) : null;
  return {
    ok: true,
    form: 'european-digital-credential',
    jws: '',
    header: header as unknown as JwsHeader,
    payload: credential,
    fields,
    seal: { protected: seal.protected, payload, signature: seal.signature, x5c, signingTime: text(header.sigT) },
  };
}

/** JAdES baseline B in the JSON serialisation: the algorithm, the unencoded payload, the critical members, and the key. */
function checkSealHeader(header: Json) {
  const { alg, typ, kid, b64, crit, x5c } = header;
  if (typeof alg !== 'string' || !(SEAL_ALGORITHMS as readonly string[]).includes(alg)) {
    return fail(
      `The seal's algorithm ${typeof alg === 'string' ? alg.slice(0, 20) : '(none)'} is not accepted; seals use ${SEAL_ALGORITHMS.join(', ')} (never none or HMAC).`,
      `Sigillets algoritm ${typeof alg === 'string' ? alg.slice(0, 20) : '(ingen)'} godtas inte; sigill använder ${SEAL_ALGORITHMS.join(', ')} (aldrig none eller HMAC).`,
    );
  }
  if (typ !== undefined && !(typeof typ === 'string' && SEAL_TYPES.has(typ))) return fail(`The seal's typ ${String(typ).slice(0, 40)} is not jose+json.`, `Sigillets typ ${String(typ).slice(0, 40)} är inte jose+json.`);
  if (b64 !== false) return fail('The seal must sign the payload unencoded (b64: false), as European Digital Credentials are sealed.', 'Sigillet ska signera innehållet okodat (b64: false), som europeiska digitala meriter förseglas.');
  if (!Array.isArray(crit) || !crit.includes('b64') || crit.some((name) => typeof name !== 'string' || !UNDERSTOOD_CRITICAL.has(name))) {
    return fail('The seal marks as critical (crit) what the verifier does not understand, or does not mark b64 (RFC 7797).', 'Sigillet markerar som kritiskt (crit) något verifieringen inte förstår, eller markerar inte b64 (RFC 7797).');
  }
  if (typeof kid !== 'string' || !kid || kid.length > 256 || !/^[\x21-\x7e]+$/.test(kid)) {
    return fail('The seal names no usable key id (kid): the hub seals with kid, and with the seal certificate chain (x5c) where the organisation has one.', 'Sigillet anger inget användbart nyckel-id (kid): hubben förseglar med kid, och med sigillcertifikatets kedja (x5c) där organisationen har en.');
  }
  if (x5c !== undefined && !(Array.isArray(x5c) && x5c.length > 0 && x5c.length <= 10 && x5c.every((item) => typeof item === 'string' && /^[A-Za-z0-9+/=]+$/.test(item)))) {
    return fail('The seal\'s certificate chain (x5c) is not a list of base64 certificates.', 'Sigillets certifikatkedja (x5c) är ingen lista med base64-kodade certifikat.');
  }
  return null;
}

/**
 * THE mapping from an ELM v3 European Digital Credential, as the awards subgraph builds it
 * (services/awards/european-credential.ts), to the facts the verifier checks:
 *   issuer { id: did:web:…, legalName }, validFrom, validUntil, credentialSubject { fullName, hasClaim:
 *   LearningAchievement { title, awardedBy.awardingDate, specifiedBy: LearningAchievementSpecification {
 *   identifier[{ schemeName: CATALOGUE_VERSION_SCHEME, notation: <version id> }], eqfLevel, nqfLevel,
 *   ISCEDFCode / thematicArea, learningOutcome[].relatedESCOSkill, additionalNote "Type of credential: …" } } },
 *   credentialStatus: the URI of the award's entry in the issuer's two-bit status list (`<list>#<index>`).
 */
export function europeanCredentialFields(payload: Json): CredentialFields {
  const subject = isObject(payload.credentialSubject) ? payload.credentialSubject : {};
  const claim = isObject(subject.hasClaim) ? subject.hasClaim : {};
  const specification = isObject(claim.specifiedBy) ? claim.specifiedBy : {};
  const awarding = list(claim.awardedBy).find(isObject) as Json | undefined;
  const versionId = list(specification.identifier).filter(isObject).find((identifier) => identifier.schemeName === CATALOGUE_VERSION_SCHEME)?.notation;
  const nqf = list(specification.nqfLevel).find(isObject) as Json | undefined;
  const field = list(specification.thematicArea).find(isObject) as Json | undefined;
  const typeNote = list(specification.additionalNote)
    .filter(isObject)
    .map((item) => (isObject(item.noteLiteral) ? text(item.noteLiteral.en) : null))
    .find((value) => value?.startsWith(CREDENTIAL_TYPE_NOTE.en));
  const status = text(isObject(payload.credentialStatus) ? payload.credentialStatus['@value'] ?? payload.credentialStatus.id : payload.credentialStatus);
  const statusMatch = status ? /^(https?:\/\/[^#\s]+)#(\d{1,9})$/.exec(status) : null;
  const issuer = isObject(payload.issuer) ? payload.issuer : {};
  return {
    credentialId: text(payload.id),
    issuerId: text(issuer.id) ?? text(payload.issuer),
    issuerName: literal(issuer.legalName),
    learnerName: literal(subject.fullName) ?? literal(subject.givenName),
    validFrom: text(payload.validFrom) ?? text(payload.issuanceDate),
    validUntil: text(payload.validUntil) ?? text(payload.expirationDate),
    awardedDate: awarding ? text(awarding.awardingDate) : null,
    title: literal(claim.title) ?? literal(specification.title),
    microCredentialId: uuidIn(versionId),
    entryId: null,
    version: null,
    seqfLevel: nqf && typeof nqf.notation === 'string' && /^[1-8]$/.test(nqf.notation) ? Number(nqf.notation) : null,
    eqfLevel: trailingNumber(specification.eqfLevel),
    field: field ? (/\/isced-f\/(\d{2,4})$/.exec(text(field.id) ?? '')?.[1] ?? null) : null,
    credentialType: typeNote ? typeNote.slice(CREDENTIAL_TYPE_NOTE.en.length).trim() : null,
    skills: list(specification.learningOutcome)
      .filter(isObject)
      .flatMap((outcome) => list(outcome.relatedESCOSkill).filter(isObject))
      .map((skill) => ({ uri: text(skill.id), name: literal(skill.prefLabel) }))
      .filter((skill, index, all): skill is { uri: string; name: string | null } => skill.uri !== null && all.findIndex((other) => other.uri === skill.uri) === index),
    statusEntries: statusMatch
      ? [{ purpose: 'message', index: Number(statusMatch[2]), listUrl: statusMatch[1], statusSize: TWO_BIT_STATUS_SIZE, messages: TWO_BIT_STATUS_MESSAGES.map((item) => ({ ...item })) }]
      : [],
  };
}
