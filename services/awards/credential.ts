import { createHash, randomBytes } from 'node:crypto';
import { numericDate, signCompactJws } from '../../platform/jws-sign';
import { OB_CONTEXT, VC_CONTEXT, hubContextUrl } from '../../platform/credential-context';
import { ISCED_F_FIELDS } from '../../platform/vocabulary';
import { withDataIntegrityProof } from '../../platform/data-integrity';
import type { EntryFacts, IssuerFacts, LocalisedText } from './issuing-peers';
import type { SigningKey } from './issuer-keys';
import { STATUS_PURPOSES, purposeEntryOf, type StatusEntry } from './status-list';

export interface EvidenceItem {
  name?: string | null;
  description?: string | null;
  narrative?: string | null;
  url?: string | null;
}

export interface AssessmentDetails {
  /** When and how the learner was assessed, beyond what the catalogue entry says. */
  assessedOn?: string | null;
  assessor?: string | null;
  location?: string | null;
  supervision?: string | null;
  identityVerification?: string | null;
}

export interface CredentialFacts {
  awardId: string;
  issuer: IssuerFacts;
  issuerDid: string;
  entry: EntryFacts;
  /** The holder's id (a DID) where the issuer knows it: credentialSubject.id, and `sub` of the Open Badges JWT. */
  subject: { name: string; email: string | null; id?: string | null };
  issuedAt: Date;
  issuedOn: string;
  validUntil: Date | null;
  grade: string | null;
  evidence: EvidenceItem[];
  assessment: AssessmentDetails | null;
  /** The award's index in its issuer's status lists; each form names the lists it can be read with. */
  statusEntry: StatusEntry;
  publicBaseUrl: string;
  providerDid: string;
}

export { OB_CONTEXT, VC_CONTEXT };
export const OB_SCHEMA = 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json-ld/ob_v3p0_achievementcredential_schema.json';

const either = (text: LocalisedText) => text.sv ?? text.en ?? '';
const dropEmpty = <T extends Record<string, unknown>>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, item]) => item !== null && item !== undefined && !(Array.isArray(item) && !item.length))) as T;

/**
 * The award as a W3C Verifiable Credential (Data Model 2.0) that is also an Open Badges 3.0
 * OpenBadgeCredential, carrying every mandatory element of the Council Recommendation on
 * micro-credentials (Annex I) and the optional ones that apply:
 *   1 learner: credentialSubject.identifier (name; e-mail as a salted hash)   2 title: name, achievement.name
 *   3 issuer country/region: issuer.address   4 awarding body: issuer   5 date of issuing: validFrom, awardedDate
 *   6 learning outcomes: microCredential.learningOutcomes, ESCO skills as achievement.alignment
 *   7 workload: workloadHours, ectsCredits (also creditsAvailable/creditsEarned)   8 level: EQF and SeQF alignments
 *   9 assessment type   10 form of participation   11 quality assurance: all in achievement.microCredential.
 * Optional: prerequisites, supervision and identity verification, grade (result), stackability, further information.
 * The Swedish text is the primary value; both languages are kept in achievement.microCredential.
 */
export function buildCredential(facts: CredentialFacts): Record<string, unknown> {
  const { entry, issuer } = facts;
  const title = either(entry.title);
  const description = either(entry.description) || title;
  const emailSalt = randomBytes(8).toString('hex');
  const achievement = achievementOf(facts, title, description);
  const resultDescriptionId = resultDescriptionIdOf(entry.id);

  const identifier = [
    { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: facts.subject.name },
    ...(facts.subject.email
      ? [
          {
            type: 'IdentityObject',
            identityType: 'emailAddress',
            hashed: true,
            identityHash: `sha256$${createHash('sha256').update(facts.subject.email.toLowerCase() + emailSalt).digest('hex')}`,
            salt: emailSalt,
          },
        ]
      : []),
  ];

  return dropEmpty({
    '@context': [VC_CONTEXT, OB_CONTEXT, hubContextUrl(facts.publicBaseUrl)],
    id: `urn:uuid:${facts.awardId}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: title,
    description,
    issuer: dropEmpty({
      id: facts.issuerDid,
      type: ['Profile'],
      name: issuer.legalName,
      otherIdentifier: issuer.organisationNumber
        ? [{ type: 'IdentifierEntry', identifier: issuer.organisationNumber, identifierType: 'ext:organisationsnummer' }]
        : undefined,
      address: dropEmpty({ type: ['Address'], addressCountryCode: issuer.country, addressRegion: issuer.region ?? undefined }),
    }),
    validFrom: facts.issuedAt.toISOString(),
    validUntil: facts.validUntil?.toISOString(),
    awardedDate: `${facts.issuedOn}T00:00:00Z`,
    credentialSubject: dropEmpty({
      id: facts.subject.id ?? undefined,
      type: ['AchievementSubject'],
      identifier,
      achievement,
      creditsEarned: entry.ectsCredits ?? undefined,
      result: facts.grade ? [{ type: ['Result'], resultDescription: resultDescriptionId, value: facts.grade }] : undefined,
      assessment: facts.assessment ? dropEmpty({ ...facts.assessment }) : undefined,
    }),
    evidence: facts.evidence.length
      ? facts.evidence.map((item) => dropEmpty({ id: item.url ?? undefined, type: ['Evidence'], name: item.name ?? undefined, description: item.description ?? undefined, narrative: item.narrative ?? undefined }))
      : undefined,
    // Both one-bit entries, readable by generic Bitstring Status List verifiers (see status-list.ts).
    credentialStatus: STATUS_PURPOSES.map((purpose) => purposeEntryOf(facts.publicBaseUrl, facts.statusEntry, purpose, 'jwt')),
  });
}

/**
 * The grade's result description: the achievement names it, the result refers to it. It describes how the
 * catalogue version is graded, so it is the version's (the same on every award of it; awards issued before
 * named it after the award).
 */
const resultDescriptionIdOf = (microCredentialId: string) => `urn:uuid:${microCredentialId}:grade`;

/**
 * Parts of credentials that a whole cohort shares (the achievement: the catalogue version's text in two
 * languages, about four fifths of a credential), frozen so that no one changes what other rows hold too, and
 * serialised once by credentialJson.
 */
const sharedParts = new WeakSet<object>();
const sharedText = new WeakMap<object, string>();

function shared<T extends object>(value: T): T {
  const freeze = (item: unknown) => {
    if (item && typeof item === 'object' && !Object.isFrozen(item)) {
      Object.freeze(item);
      Object.values(item).forEach(freeze);
    }
  };
  freeze(value);
  sharedParts.add(value);
  return value;
}

/** JSON.stringify's output for a credential, with the shared parts' text made once (the same bytes either way). */
export function credentialJson(value: unknown): string {
  const out: string[] = [];
  writeJson(value, out, null);
  return out.join('');
}

/**
 * The same text in three pieces around the first shared part (the achievement): what a cohort's rows have in
 * common is stored once (credential_part), the rest per award. `part` is null when nothing in it is shared.
 */
export function credentialJsonAround(value: unknown): { before: string; part: string | null; after: string } {
  const out: string[] = [];
  const split = { at: -1 };
  writeJson(value, out, split);
  if (split.at < 0) return { before: out.join(''), part: null, after: '' };
  return { before: out.slice(0, split.at).join(''), part: out[split.at], after: out.slice(split.at + 1).join('') };
}

function writeJson(value: unknown, out: string[], split: { at: number } | null): void {
  if (value === null || typeof value !== 'object') {
    out.push(JSON.stringify(value));
    return;
  }
  if (sharedParts.has(value)) {
    let text = sharedText.get(value);
    if (text === undefined) sharedText.set(value, (text = JSON.stringify(value)));
    if (split && split.at < 0) split.at = out.length;
    out.push(text);
    return;
  }
  if (Array.isArray(value)) {
    out.push('[');
    value.forEach((item, position) => {
      if (position) out.push(',');
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') out.push('null');
      else writeJson(item, out, split);
    });
    out.push(']');
    return;
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    writeJson((value as { toJSON(): unknown }).toJSON(), out, split);
    return;
  }
  out.push('{');
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    out.push(first ? `${JSON.stringify(key)}:` : `,${JSON.stringify(key)}:`);
    first = false;
    writeJson(item, out, split);
  }
  out.push('}');
}

/**
 * The credential's achievement: the catalogue version as the issuer awards it. Every row of a cohort has the
 * same one (graded rows one with the result description), so it is made once per catalogue version, provider,
 * grading and assessment override, frozen, and serialised once (credentialJson).
 */
const achievements = new WeakMap<EntryFacts, Map<string, Record<string, unknown>>>();

function achievementOf(facts: CredentialFacts, title: string, description: string): Record<string, unknown> {
  const { entry } = facts;
  const key = JSON.stringify([facts.providerDid, Boolean(facts.grade), facts.assessment?.supervision ?? null, facts.assessment?.identityVerification ?? null]);
  let ofEntry = achievements.get(entry);
  const known = ofEntry?.get(key);
  if (known) return known;
  const skills = entry.learningOutcomes.flatMap((outcome) => outcome.escoSkills);
  const uniqueSkills = [...new Map(skills.map((skill) => [skill.uri, skill])).values()];
  const alignment = [
    ...uniqueSkills.map((skill) => ({
      type: ['Alignment'],
      targetName: skill.preferredLabel ?? skill.uri,
      targetUrl: skill.uri,
      targetFramework: 'ESCO',
      targetType: 'ext:ESCOSkill',
    })),
    ...(entry.eqfLevel
      ? [{ type: ['Alignment'], targetName: `EQF level ${entry.eqfLevel}`, targetUrl: entry.eqfLevelUri ?? `http://data.europa.eu/snb/eqf/${entry.eqfLevel}`, targetCode: String(entry.eqfLevel), targetFramework: 'European Qualifications Framework (EQF)', targetType: 'ext:EQFLevel' }]
      : []),
    ...(entry.seqfLevel && entry.seqfLevelUri
      ? [{ type: ['Alignment'], targetName: `SeQF-nivå ${entry.seqfLevel}`, targetUrl: entry.seqfLevelUri, targetCode: String(entry.seqfLevel), targetFramework: 'Sveriges referensram för kvalifikationer (SeQF)', targetType: 'ext:SeQFLevel' }]
      : []),
  ];
  const resultDescriptionId = resultDescriptionIdOf(entry.id);
  const outcomes = entry.learningOutcomes.map((outcome) => either(outcome.text)).filter(Boolean);
  const criteria = [
    outcomes.length ? `Lärandemål / learning outcomes:\n${outcomes.map((text) => `- ${text}`).join('\n')}` : null,
    entry.assessmentType ? `Bedömning / assessment: ${entry.assessmentType}` : null,
  ].filter(Boolean).join('\n\n');
  const achievement = dropEmpty({
    id: `urn:uuid:${entry.id}`,
    type: ['Achievement'],
    achievementType: 'MicroCredential',
    name: title,
    description,
    criteria: { narrative: criteria || description },
    alignment,
    creditsAvailable: entry.ectsCredits ?? undefined,
    fieldOfStudy: entry.field ? `${entry.field} ${ISCED_F_FIELDS[entry.field] ?? ''}`.trim() : undefined,
    inLanguage: entry.language ?? undefined,
    version: entry.version !== null ? String(entry.version) : undefined,
    creator: { id: facts.providerDid, type: ['Profile'] },
    resultDescription: facts.grade ? [{ id: resultDescriptionId, type: ['ResultDescription'], name: 'Betyg / grade', resultType: 'LetterGrade' }] : undefined,
    // The Council Recommendation's elements that Open Badges has no property for, in both languages.
    microCredential: dropEmpty({
      type: 'MicroCredentialSpecification',
      entryId: entry.entryId ?? undefined,
      title: entry.title,
      description: entry.description,
      learningOutcomes: entry.learningOutcomes.map((outcome) => ({
        text: outcome.text,
        escoSkills: outcome.escoSkills.map((skill) => skill.uri),
      })),
      workloadHours: entry.workloadHours ?? undefined,
      // The notional workload as a volume of learning (an ISO 8601 duration, as the European Learning Model has it).
      volumeOfLearning: entry.workloadHours ? `PT${entry.workloadHours}H` : undefined,
      ectsCredits: entry.ectsCredits ?? undefined,
      eqfLevel: entry.eqfLevel ?? undefined,
      seqfLevel: entry.seqfLevel ?? undefined,
      assessmentType: entry.assessmentType ?? undefined,
      participationForm: entry.participationForm ?? undefined,
      qualityAssurance: entry.qualityAssurance ?? undefined,
      credentialType: entry.credentialType,
      field: entry.field ?? undefined,
      prerequisites: entry.prerequisites ?? undefined,
      supervision: facts.assessment?.supervision ?? entry.supervision ?? undefined,
      identityVerification: facts.assessment?.identityVerification ?? entry.identityVerification ?? undefined,
      stackability: entry.stackability ?? undefined,
      furtherInformation: entry.furtherInformation ?? undefined,
    }),
  });

  if (!ofEntry) achievements.set(entry, (ofEntry = new Map()));
  ofEntry.set(key, shared(achievement));
  return achievement;
}

/** Whether a stored credential is of the shape the three forms are made from (awards issued before have the two-bit entry). */
export const hasFormsShape = (credential: Record<string, unknown>) => Array.isArray(credential.credentialStatus);

/**
 * The Open Badges 3.0 form of the same facts: one credentialStatus object (the schema takes no array), the
 * revocation entry; and the Open Badges schema named as its credentialSchema, which it passes.
 */
export function openBadgeCredentialOf(credential: Record<string, unknown>, publicBaseUrl: string, statusEntry: StatusEntry): Record<string, unknown> {
  return {
    ...credential,
    credentialStatus: purposeEntryOf(publicBaseUrl, statusEntry, 'revocation', 'jwt'),
    credentialSchema: [{ id: OB_SCHEMA, type: '1EdTechJsonSchemaValidator2019' }],
  };
}

/** The Data Integrity form of the same facts: its status entries name the lists that carry Data Integrity proofs too. */
export function dataIntegrityCredentialOf(credential: Record<string, unknown>, publicBaseUrl: string, statusEntry: StatusEntry): Record<string, unknown> {
  return { ...credential, credentialStatus: STATUS_PURPOSES.map((purpose) => purposeEntryOf(publicBaseUrl, statusEntry, purpose, 'data-integrity')) };
}

/**
 * Secures a credential as a compact JWS per VC-JOSE-COSE: header typ "vc+jwt", cty "vc", kid a DID URL of the
 * signing key (it dereferences to the key in the issuer's did:web document; the fragment is the key's id in
 * the JWKS); the payload is the credential itself.
 * The registered JWT claims are added only where they repeat what the credential says.
 * Synchronous, on node:crypto (platform/jws-sign.ts): a cohort signs thousands of these.
 */
export function signCredentialNow(credential: Record<string, unknown>, key: SigningKey): string {
  return signCredentialToStore(credential, key).jws;
}

/**
 * The vc+jwt of a credential and how an award stores it: the header, the payload's JSON around the part a
 * cohort shares (stored once, in credential_part, by its SHA-256), and the signature. signedJwsOf puts the same
 * compact JWS back together, byte for byte.
 */
export function signCredentialToStore(credential: Record<string, unknown>, key: SigningKey): { jws: string; stored: StoredJws } {
  const issuer = credential.issuer as { id: string };
  const validFrom = numericDate(new Date(String(credential.validFrom)));
  const payload = {
    ...credential,
    iss: issuer.id,
    jti: String(credential.id),
    iat: validFrom,
    nbf: validFrom,
    ...(credential.validUntil ? { exp: numericDate(new Date(String(credential.validUntil))) } : {}),
  };
  const { before, part, after } = credentialJsonAround(payload);
  const jws = signCompactJws({ alg: key.algorithm, typ: 'vc+jwt', cty: 'vc', kid: `${issuer.id}#${key.kid}` }, before + (part ?? '') + after, key.privateKey);
  const header = jws.slice(0, jws.indexOf('.'));
  const signature = jws.slice(jws.lastIndexOf('.') + 1);
  return { jws, stored: { header, before, part, after, signature } };
}

/** A vc+jwt as an award stores it (see signCredentialToStore). */
export interface StoredJws {
  header: string;
  before: string;
  part: string | null;
  after: string;
  signature: string;
}

/** The columns an award's vc+jwt is read from: the whole JWS (awards issued before), or its stored pieces. */
export interface SignedColumns {
  jws: string | null;
  jws_header?: string | null;
  signed_before?: string | null;
  signed_part_text?: string | null;
  signed_after?: string | null;
  jws_signature?: string | null;
}

/** The SQL that selects SignedColumns from `award` under `alias`. */
export const signedColumnsSelect = (alias = 'award') =>
  `${alias}.jws, ${alias}.jws_header, ${alias}.signed_before, ${alias}.signed_after, ${alias}.jws_signature, ` +
  `(select text from credential_part where digest = ${alias}.signed_part) as signed_part_text`;

/** An award's vc+jwt, byte for byte as it was signed and first handed out. */
export function signedJwsOf(row: SignedColumns): string | null {
  if (row.jws) return row.jws;
  if (!row.jws_signature || !row.jws_header || row.signed_before === null || row.signed_before === undefined) return null;
  const payload = `${row.signed_before}${row.signed_part_text ?? ''}${row.signed_after ?? ''}`;
  return `${row.jws_header}.${Buffer.from(payload).toString('base64url')}.${row.jws_signature}`;
}

export async function signCredential(credential: Record<string, unknown>, key: SigningKey): Promise<string> {
  return signCredentialNow(credential, key);
}

/** The JWT claims signCredentialNow adds to the credential; the stored credential is the payload without them. */
const REGISTERED_CLAIMS = ['iss', 'jti', 'iat', 'nbf', 'exp'] as const;

/**
 * The credential an award's vc+jwt signed: its payload without the registered claims. Awards store the vc+jwt
 * alone (one representation); those issued before also stored the credential as JSON, which is answered as it is.
 */
export function storedCredential(award: SignedColumns & { credential?: Record<string, unknown> | null }): Record<string, unknown> | null {
  if (award.credential) return award.credential;
  let text: string;
  if (award.jws) text = Buffer.from(award.jws.slice(award.jws.indexOf('.') + 1, award.jws.lastIndexOf('.')), 'base64url').toString('utf8');
  else if (award.jws_signature && award.signed_before !== null && award.signed_before !== undefined) text = `${award.signed_before}${award.signed_part_text ?? ''}${award.signed_after ?? ''}`;
  else return null;
  const payload = JSON.parse(text);
  for (const claim of REGISTERED_CLAIMS) delete payload[claim];
  return payload;
}

/**
 * Secures the Open Badges form as Open Badges 3.0 prescribes for VC-JWT (its proof section): header `alg`
 * (RS256, which every implementation must support), `typ: "JWT"` and `kid` (a DID URL that dereferences
 * to the key in the issuer's DID document), no other header; the payload is the credential with `iss`
 * (issuer.id), `jti` (id), `nbf` (validFrom), `exp` (validUntil, when given) and `sub`
 * (credentialSubject.id, when the holder is known). RS256 (RSASSA-PKCS1-v1_5) is deterministic: the same
 * credential and key give the same JWT, so the form can be made when first asked for (forms.ts).
 */
export async function signOpenBadgeJwt(credential: Record<string, unknown>, key: SigningKey): Promise<string> {
  const issuer = credential.issuer as { id: string };
  const subject = credential.credentialSubject as { id?: string };
  return signCompactJws(
    { alg: key.algorithm, typ: 'JWT', kid: `${issuer.id}#${key.kid}` },
    JSON.stringify({
      ...credential,
      iss: issuer.id,
      jti: String(credential.id),
      nbf: numericDate(new Date(String(credential.validFrom))),
      ...(credential.validUntil ? { exp: numericDate(new Date(String(credential.validUntil))) } : {}),
      ...(subject.id ? { sub: subject.id } : {}),
    }),
    key.privateKey,
  );
}

/** The Data Integrity form with its embedded proof (eddsa-rdfc-2022), the verification method a DID URL of the issuer's key. */
export async function signDataIntegrity(credential: Record<string, unknown>, key: SigningKey, publicBaseUrl: string): Promise<Record<string, unknown>> {
  const issuer = credential.issuer as { id: string };
  return withDataIntegrityProof(credential, key, `${issuer.id}#${key.kid}`, publicBaseUrl);
}
