/**
 * THE mapping from a credential (the JWS payload: a W3C VC 2.0 that is also an Open Badges 3.0
 * OpenBadgeCredential, as the awards subgraph builds it) to the facts the verifier checks. Everything that
 * depends on member names lives here, so that a change in how credentials are written is one edit.
 *
 * The awards subgraph writes (services/awards/credential.ts):
 *   issuer { id: did:web:<host>:issuers:<organisation id>, name }, validFrom, validUntil,
 *   credentialSubject.identifier[{ identityType: "name", hashed: false, identityHash: <name as written> }],
 *   credentialSubject.achievement { id: urn:uuid:<catalogue version id>, name, version: "<n>",
 *     alignment[{ targetType: "ext:ESCOSkill" | "ext:SeQFLevel" | "ext:EQFLevel", targetUrl, targetName, targetCode }],
 *     fieldOfStudy: "<ISCED-F code> <name>",
 *     microCredential { entryId, seqfLevel, eqfLevel, field, credentialType, ... } },
 *   credentialStatus: one BitstringStatusListEntry (statusPurpose "message", statusSize 2) or a list of
 *     entries (statusPurpose "revocation" / "suspension").
 */

export interface StatusEntry {
  purpose: string;
  index: number | null;
  listUrl: string | null;
  statusSize: number;
  /** For statusPurpose "message": what each value means. */
  messages: { status: string; message: string }[];
}

export interface CredentialFields {
  credentialId: string | null;
  issuerId: string | null;
  issuerName: string | null;
  learnerName: string | null;
  validFrom: string | null;
  validUntil: string | null;
  /** The date of issuing the issuer states (Open Badges' awardedDate), which may lie before validFrom. */
  awardedDate: string | null;
  title: string | null;
  /** The catalogue version the credential was issued against. */
  microCredentialId: string | null;
  /** The catalogue entry (shared by all its versions), when the credential says. */
  entryId: string | null;
  version: number | null;
  seqfLevel: number | null;
  eqfLevel: number | null;
  field: string | null;
  credentialType: string | null;
  skills: { uri: string; name: string | null }[];
  statusEntries: StatusEntry[];
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);
const integer = (value: unknown): number | null => {
  const number = typeof value === 'string' && /^\d{1,9}$/.test(value.trim()) ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) ? number : null;
};

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** `urn:uuid:<id>`, a bare UUID, or a URL ending in one (…/micro-credentials/<id>). */
export function uuidIn(value: unknown): string | null {
  const id = text(value);
  if (!id) return null;
  const match = /^(?:urn:uuid:)?([0-9a-f-]{36})$/i.exec(id) ?? (/^https?:\/\//.test(id) ? new RegExp(`/(${UUID.source})$`, 'i').exec(id) : null);
  return match && UUID.test(match[1]) ? match[1].toLowerCase() : null;
}

export const issuerIdOf = (payload: Json): string | null => (isObject(payload.issuer) ? text(payload.issuer.id) : text(payload.issuer));

/** The first subject: a VC may have several, the hub's have one. */
const subjectOf = (payload: Json): Json => (list(payload.credentialSubject).find(isObject) as Json | undefined) ?? {};

function learnerNameOf(subject: Json): string | null {
  const direct = text(subject.name);
  if (direct) return direct;
  for (const identity of list(subject.identifier)) {
    if (isObject(identity) && identity.identityType === 'name' && identity.hashed === false) return text(identity.identityHash);
  }
  return null;
}

function alignments(achievement: Json, targetType: string): Json[] {
  return list(achievement.alignment).filter((item): item is Json => isObject(item) && item.targetType === targetType);
}

export function credentialFields(payload: Json): CredentialFields {
  const subject = subjectOf(payload);
  const achievement = isObject(subject.achievement) ? subject.achievement : {};
  const details = isObject(achievement.microCredential) ? achievement.microCredential : {};
  const levelFrom = (type: string) => integer(alignments(achievement, type)[0]?.targetCode);
  const fieldOfStudy = text(achievement.fieldOfStudy);
  return {
    credentialId: text(payload.id),
    issuerId: issuerIdOf(payload),
    issuerName: isObject(payload.issuer) ? text(payload.issuer.name) : null,
    learnerName: learnerNameOf(subject),
    validFrom: text(payload.validFrom),
    validUntil: text(payload.validUntil),
    awardedDate: text(payload.awardedDate),
    title: text(achievement.name) ?? text(payload.name),
    microCredentialId: uuidIn(achievement.id),
    entryId: uuidIn(details.entryId),
    version: integer(achievement.version),
    seqfLevel: integer(details.seqfLevel) ?? levelFrom('ext:SeQFLevel'),
    eqfLevel: integer(details.eqfLevel) ?? levelFrom('ext:EQFLevel'),
    field: text(details.field) ?? (fieldOfStudy ? (/^(\d{2,4})\b/.exec(fieldOfStudy)?.[1] ?? null) : null),
    credentialType: text(details.credentialType),
    skills: alignments(achievement, 'ext:ESCOSkill')
      .map((skill) => ({ uri: text(skill.targetUrl), name: text(skill.targetName) }))
      .filter((skill): skill is { uri: string; name: string | null } => skill.uri !== null),
    statusEntries: list(payload.credentialStatus)
      .filter((entry): entry is Json => isObject(entry) && entry.type === 'BitstringStatusListEntry')
      .map((entry) => ({
        purpose: text(entry.statusPurpose) ?? '',
        index: integer(entry.statusListIndex),
        listUrl: text(entry.statusListCredential),
        statusSize: entry.statusSize === undefined ? 1 : (integer(entry.statusSize) ?? 0),
        messages: list(entry.statusMessage)
          .filter(isObject)
          .map((message) => ({ status: String(message.status ?? ''), message: String(message.message ?? '') })),
      })),
  };
}

/**
 * The facts of an SD-JWT VC (services/awards/wallet-issuance, claims declared in
 * platform/micro-credential-claims.ts), from the claims the holder disclosed: a withheld element is null.
 */
export function sdJwtFields(claims: Json): CredentialFields {
  const title = isObject(claims.title) ? (text(claims.title.sv) ?? text(claims.title.en)) : text(claims.title);
  const body = isObject(claims.awarding_body) ? claims.awarding_body : {};
  const catalogue = isObject(claims.micro_credential) ? claims.micro_credential : {};
  const skills = list(claims.learning_outcomes)
    .filter(isObject)
    .flatMap((outcome) => list(outcome.esco_skills))
    .map(text)
    .filter((uri): uri is string => uri !== null);
  const seconds = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? new Date(value * 1000).toISOString() : null);
  const fromVc = credentialFields({ credentialStatus: claims.credentialStatus });
  return {
    credentialId: text(claims.credential_id),
    issuerId: text(claims.iss),
    issuerName: text(body.name),
    learnerName: text(claims.learner_name),
    // valid_from is the award's signing time to the millisecond (iat is when the SD-JWT itself was made).
    validFrom: text(claims.valid_from) ?? seconds(claims.nbf) ?? seconds(claims.iat),
    validUntil: seconds(claims.exp),
    awardedDate: text(claims.date_of_issuing) ? `${text(claims.date_of_issuing)}T00:00:00Z` : null,
    title,
    microCredentialId: uuidIn(catalogue.id),
    entryId: uuidIn(catalogue.entry_id),
    version: integer(catalogue.version),
    seqfLevel: integer(claims.seqf_level),
    eqfLevel: integer(claims.eqf_level),
    field: text(claims.field),
    credentialType: text(claims.credential_type),
    skills: [...new Set(skills)].map((uri) => ({ uri, name: null })),
    statusEntries: fromVc.statusEntries,
  };
}

/** Whether the credential names any status entry at all (of whatever type): one we cannot read is not "none". */
export const namesCredentialStatus = (payload: Json): boolean => list(payload.credentialStatus).length > 0;
