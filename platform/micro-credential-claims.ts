/**
 * The SD-JWT VC (`dc+sd-jwt`) form of a micro-credential: its type (`vct`) and its claims, made from the
 * W3C credential the awards subgraph signed (so both forms say the same), each element of the Council
 * Recommendation's Annex I a claim of its own that the holder discloses or withholds. The awards subgraph
 * issues it; the verification service reads it. Claim names are declared here once.
 */
export const MICRO_CREDENTIAL_VCT = 'urn:mikromeriter:micro-credential:1';

/** Annex I, in order (mandatory 1-11, then the optional elements), as claim names. Each is selectively disclosable. */
export const ANNEX_I_CLAIMS = [
  'learner_name',
  'title',
  'issuer_country',
  'issuer_region',
  'awarding_body',
  'date_of_issuing',
  'learning_outcomes',
  'workload_hours',
  'ects_credits',
  'eqf_level',
  'seqf_level',
  'assessment_type',
  'participation_form',
  'quality_assurance',
  'prerequisites',
  'supervision',
  'identity_verification',
  'grade',
  'stackability',
  'further_information',
  'credential_type',
  'field',
] as const;
export type AnnexIClaim = (typeof ANNEX_I_CLAIMS)[number];

/**
 * Claims always shown (not selectively disclosable): what a verifier needs to check the credential at all:
 * which award (`credential_id`), when the issuer signed it (`valid_from`, to the millisecond: the key and the
 * accreditation are checked at that moment), which catalogue version (`micro_credential`), and the status entries
 * (`credentialStatus`, the same Bitstring Status List entries as the W3C forms). The JWT claims iss, iat, nbf,
 * exp, vct and cnf are always shown too.
 */
export const ALWAYS_SHOWN_CLAIMS = ['credential_id', 'valid_from', 'micro_credential', 'credentialStatus'] as const;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const dropEmpty = (value: Json): Json =>
  Object.fromEntries(Object.entries(value).filter(([, item]) => item !== null && item !== undefined && !(Array.isArray(item) && !item.length)));

/** The SD-JWT VC claims (Annex I and the always-shown ones) of a credential as the awards subgraph builds it. */
export function microCredentialClaims(credential: Json): Json {
  const issuer = isObject(credential.issuer) ? credential.issuer : {};
  const address = isObject(issuer.address) ? issuer.address : {};
  const subject = isObject(credential.credentialSubject) ? credential.credentialSubject : {};
  const achievement = isObject(subject.achievement) ? subject.achievement : {};
  const details = isObject(achievement.microCredential) ? achievement.microCredential : {};
  const identifiers = Array.isArray(subject.identifier) ? subject.identifier.filter(isObject) : [];
  const name = identifiers.find((identity) => identity.identityType === 'name' && identity.hashed === false)?.identityHash;
  const organisationNumber = Array.isArray(issuer.otherIdentifier)
    ? issuer.otherIdentifier.filter(isObject).find((item) => item.identifierType === 'ext:organisationsnummer')?.identifier
    : undefined;
  const result = Array.isArray(subject.result) ? subject.result.filter(isObject)[0] : undefined;
  const versionId = typeof achievement.id === 'string' ? achievement.id.replace(/^urn:uuid:/, '') : undefined;
  return dropEmpty({
    credential_id: credential.id,
    valid_from: credential.validFrom,
    micro_credential: dropEmpty({ id: versionId, entry_id: details.entryId, version: achievement.version }),
    credentialStatus: credential.credentialStatus,
    learner_name: name,
    title: details.title ?? achievement.name,
    issuer_country: address.addressCountryCode,
    issuer_region: address.addressRegion,
    awarding_body: dropEmpty({ id: issuer.id, name: issuer.name, organisation_number: organisationNumber }),
    date_of_issuing: typeof credential.awardedDate === 'string' ? credential.awardedDate.slice(0, 10) : undefined,
    learning_outcomes: Array.isArray(details.learningOutcomes)
      ? details.learningOutcomes.filter(isObject).map((outcome) => dropEmpty({ text: outcome.text, esco_skills: outcome.escoSkills }))
      : undefined,
    workload_hours: details.workloadHours,
    ects_credits: details.ectsCredits,
    eqf_level: details.eqfLevel,
    seqf_level: details.seqfLevel,
    assessment_type: details.assessmentType,
    participation_form: details.participationForm,
    quality_assurance: details.qualityAssurance,
    prerequisites: details.prerequisites,
    supervision: details.supervision,
    identity_verification: details.identityVerification,
    grade: result?.value,
    stackability: details.stackability,
    further_information: details.furtherInformation,
    credential_type: details.credentialType,
    field: details.field,
  });
}
