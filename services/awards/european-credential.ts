import {
  ACCREDITATION_TYPE_INSTITUTIONAL_LICENSE,
  BASE64,
  CATALOGUE_VERSION_SCHEME,
  CREDENTIAL_PROFILE,
  CREDENTIAL_TYPE_NOTE,
  ECTS,
  EDC_ACCREDITED_SHAPES,
  EDC_GENERIC_SHAPES,
  ELM_CONTEXT,
  ENGLISH,
  EVIDENCE_TYPE_ACCREDITATION,
  FILE_TYPE_SVG,
  SHORT_LEARNING_PROGRAMME,
  SWEDISH,
  assessmentType,
  country,
  countryName,
  county,
  eqfLevel,
  escoSkill,
  hoursDuration,
  idVerification,
  iscedField,
  langMap,
  language,
  learningSetting,
  mode,
  note,
  seqfLevel,
} from '../../platform/europass-vocabulary';
import { ISCED_F_FIELDS } from '../../platform/vocabulary';
import { createHash } from 'node:crypto';
import type { CredentialFacts, AssessmentDetails, EvidenceItem } from './credential';
import { statusEntryOf } from './status-list';
import { issuerDid, type AccreditationFacts, type EntryFacts, type IssuerFacts, type LocalisedText } from './issuing-peers';
import { importJWK, type CryptoKey } from 'jose';
import type { IssuerKeys, SigningKey } from './issuer-keys';
import type { Vault } from './vault';
import { sealJades } from './jades';

export interface EuropeanCredentialFacts extends CredentialFacts {
  /** The accreditation the issuer was allowed to issue under (then the EDC takes the accredited profile). */
  accreditation?: AccreditationFacts | null;
}

const both = (text: LocalisedText) => langMap({ sv: text.sv, en: text.en });
const compact = <T extends Record<string, unknown>>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, item]) => item !== null && item !== undefined && !(Array.isArray(item) && !item.length))) as T;
const xml = (text: string) => text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

/** The code in front of an element the W3C credential gives as "CODE: description" (the catalogue's type or kind). */
const codeOf = (described: string | null | undefined) => (described ? (/^[A-Z][A-Z_]+(?=: |$)/.exec(described)?.[0] ?? null) : null);

/** The award as ELM v3 `id`s: stable per award, so that the same award always names its parts alike. */
const part = (awardId: string, kind: string, n?: number) => `urn:epass:${kind}:${awardId}${n === undefined ? '' : `-${n}`}`;

/**
 * An organisation as ELM describes it: legal name, organisationsnummer as legal identifier (registration),
 * location in its country and county (NUTS).
 */
function organisation(org: IssuerFacts & { did: string }, key: string) {
  const place = countryName(org.country);
  const full = [org.region, place?.sv].filter(Boolean).join(', ');
  const fullEn = [org.region, place?.en].filter(Boolean).join(', ');
  return compact({
    id: org.did,
    type: 'Organisation',
    legalName: { sv: org.legalName },
    registration: org.organisationNumber
      ? compact({ id: `urn:epass:legalIdentifier:${key}`, type: 'LegalIdentifier', notation: org.organisationNumber, spatial: country(org.country) ?? undefined, schemeName: 'organisationsnummer' })
      : undefined,
    // The legal person's identifier as eIDAS seal certificates carry it (ETSI EN 319 412-1: NTR, country, number).
    eIDASIdentifier: org.organisationNumber
      ? compact({ id: `urn:epass:eidasIdentifier:${key}`, type: 'LegalIdentifier', notation: `NTR${org.country.toUpperCase()}-${org.organisationNumber.replace(/\D/g, '')}`, spatial: country(org.country) ?? undefined })
      : undefined,
    location: [
      compact({
        id: `urn:epass:location:${key}`,
        type: 'Location',
        address: compact({
          id: `urn:epass:address:${key}`,
          type: 'Address',
          countryCode: country(org.country) ?? undefined,
          fullAddress: note(`urn:epass:note:address-${key}`, { sv: full, en: fullEn }) ?? undefined,
        }),
        spatialCode: org.region ? county(org.region) ?? undefined : undefined,
      }),
    ],
  });
}

/** A page image for the Europass viewer: the award's essentials, in one language, as SVG. */
function displayImage(facts: EuropeanCredentialFacts, lang: 'sv' | 'en', id: string) {
  const title = (lang === 'sv' ? facts.entry.title.sv ?? facts.entry.title.en : facts.entry.title.en ?? facts.entry.title.sv) ?? '';
  const lines = lang === 'sv'
    ? [`Utfärdat till ${facts.subject.name}`, `av ${facts.issuer.legalName}`, `den ${facts.issuedOn}`, facts.entry.seqfLevel ? `SeQF-nivå ${facts.entry.seqfLevel} (EQF ${facts.entry.eqfLevel ?? facts.entry.seqfLevel})` : '']
    : [`Awarded to ${facts.subject.name}`, `by ${facts.issuer.legalName}`, `on ${facts.issuedOn}`, facts.entry.seqfLevel ? `SeQF level ${facts.entry.seqfLevel} (EQF ${facts.entry.eqfLevel ?? facts.entry.seqfLevel})` : ''];
  const text = lines.filter(Boolean).map((line, i) => `<text x="60" y="${300 + i * 50}" font-size="28">${xml(line)}</text>`).join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="1240" height="877" viewBox="0 0 1240 877" font-family="sans-serif">` +
    `<rect width="1240" height="877" fill="#ffffff" stroke="#004494" stroke-width="16"/>` +
    `<text x="60" y="120" font-size="30" fill="#004494">${lang === 'sv' ? 'Mikromeriter' : 'Micro-credential'}</text>` +
    `<text x="60" y="210" font-size="44" font-weight="bold">${xml(title)}</text>${text}</svg>`;
  return { id, type: 'MediaObject', content: Buffer.from(svg, 'utf8').toString('base64'), contentEncoding: BASE64, contentType: FILE_TYPE_SVG };
}

function accreditationOf(facts: EuropeanCredentialFacts, accreditation: AccreditationFacts, issuer: ReturnType<typeof organisation>) {
  const authority = organisation({ ...accreditation.accreditingAuthority, did: issuerDid(facts.publicBaseUrl, accreditation.accreditingAuthority.id) }, accreditation.accreditingAuthority.id);
  return compact({
    // The accreditation as it stood on the issue date: a node of this award's (the same decision changes over time).
    id: part(facts.awardId, 'accreditation'),
    type: 'Accreditation',
    dcType: ACCREDITATION_TYPE_INSTITUTIONAL_LICENSE,
    title: { sv: `Ackreditering ${accreditation.decisionReference}`, en: `Accreditation ${accreditation.decisionReference}` },
    identifier: { id: part(facts.awardId, 'identifier'), type: 'Identifier', notation: accreditation.decisionReference, schemeName: 'diarienummer', schemeId: `urn:uuid:${accreditation.id}` },
    organisation: issuer,
    accreditingAgent: authority,
    limitEQFLevel: accreditation.seqfLevels.map((level) => eqfLevel(level)),
    limitField: accreditation.fields.map((code) => iscedField(code, ISCED_F_FIELDS[code])),
    dateIssued: accreditation.validFrom.toISOString(),
    expiryDate: accreditation.validUntil?.toISOString(),
    landingPage: { id: part(facts.awardId, 'webResource', 0), type: 'WebResource', contentURL: `${facts.publicBaseUrl}/registry.json` },
  });
}

/**
 * The award as a European Digital Credential (ELM v3, EDC application profile), from the same facts as the
 * W3C credential: the learner as a Person whose claim is a LearningAchievement, awarded by the issuer,
 * specified by the catalogue version (title, learning outcomes with ESCO skills, ECTS, volume of learning,
 * EQF and SeQF levels, mode, learning setting, language, entry requirements), proven by the assessment, and
 * the remaining Annex I elements (quality assurance, credential weight, stackability, further information,
 * supervision) as notes. Accredited profile when the issuer's accreditation is known (every award the hub
 * issues is issued under one), generic otherwise.
 */
export function buildEuropeanCredential(facts: EuropeanCredentialFacts): Record<string, unknown> {
  const { entry, awardId } = facts;
  const detail = entry.detail;
  const title = both(entry.title) ?? { sv: entry.title.sv ?? entry.title.en ?? '' };
  const summary = both(entry.description);
  const issuer = organisation({ ...facts.issuer, did: facts.issuerDid }, facts.issuer.id);
  const awarding = { id: part(awardId, 'awardingProcess'), type: 'AwardingProcess', awardingBody: issuer, awardingDate: `${facts.issuedOn}T00:00:00Z` };
  const entryLanguage = entry.language ? language(entry.language) : null;

  const notes = [
    // The type and the description, as the W3C credential says them ("TYPE: description"); English where given.
    note(part(awardId, 'note', 1), {
      sv: `Kvalitetssäkring: ${entry.qualityAssurance ?? detail?.qualityAssurance.sv ?? ''}`.trim(),
      en: detail?.qualityAssurance.en ? `Quality assurance: ${[entry.qualityAssuranceType ?? codeOf(entry.qualityAssurance), detail.qualityAssurance.en].filter(Boolean).join(': ')}` : null,
    }),
    note(part(awardId, 'note', 2), { sv: `${CREDENTIAL_TYPE_NOTE.sv}${entry.credentialType}`, en: `${CREDENTIAL_TYPE_NOTE.en}${entry.credentialType}` }),
    entry.stackability
      ? note(part(awardId, 'note', 3), {
          sv: `Staplingsbarhet: ${entry.stackability}`,
          en: detail?.stackability.en ? `Stackability: ${[codeOf(entry.stackability), detail.stackability.en].filter(Boolean).join(': ')}` : null,
        })
      : null,
    entry.furtherInformation ? note(part(awardId, 'note', 4), { sv: detail?.furtherInformation.sv ?? entry.furtherInformation, en: detail?.furtherInformation.en ?? null }) : null,
    entry.workloadHours ? note(part(awardId, 'note', 5), { sv: `Arbetsbelastning: ${entry.workloadHours} timmar`, en: `Workload: ${entry.workloadHours} hours` }) : null,
  ].filter(Boolean);

  const specification = compact({
    id: part(awardId, 'learningAchievementSpecification'),
    type: 'LearningAchievementSpecification',
    // The catalogue version issued, by which a verifier finds the entry in the national catalogue.
    identifier: [{ id: part(awardId, 'identifier', 1), type: 'Identifier', notation: entry.id, schemeName: CATALOGUE_VERSION_SCHEME }],
    title,
    description: summary ?? undefined,
    dcType: SHORT_LEARNING_PROGRAMME,
    learningOutcome: entry.learningOutcomes.map((outcome, n) =>
      compact({
        id: part(awardId, 'learningOutcome', n + 1),
        type: 'LearningOutcome',
        title: both(outcome.text) ?? { sv: '-' },
        relatedESCOSkill: outcome.escoSkills.map((skill) => escoSkill(skill.uri, skill.preferredLabel)),
      }),
    ),
    creditPoint: entry.ectsCredits ? [{ id: part(awardId, 'creditPoint'), type: 'CreditPoint', framework: ECTS, point: String(entry.ectsCredits) }] : undefined,
    volumeOfLearning: entry.workloadHours ? hoursDuration(entry.workloadHours) : undefined,
    eqfLevel: entry.eqfLevel ? eqfLevel(entry.eqfLevel) : undefined,
    nqfLevel: entry.seqfLevel && entry.seqfLevelUri ? [seqfLevel(entry.seqfLevel, entry.seqfLevelUri)] : undefined,
    thematicArea: entry.field ? [iscedField(entry.field, ISCED_F_FIELDS[entry.field])] : undefined,
    mode: mode(detail?.participationForm ?? entry.participationForm) ? [mode(detail?.participationForm ?? entry.participationForm)] : undefined,
    learningSetting: learningSetting(entry.credentialType) ?? undefined,
    language: entryLanguage ? [entryLanguage] : undefined,
    entryRequirement: entry.prerequisites ? note(part(awardId, 'note', 6), detail?.prerequisites ?? { sv: entry.prerequisites }) ?? undefined : undefined,
    homepage: detail?.furtherInformationUrl ? [{ id: part(awardId, 'webResource', 1), type: 'WebResource', contentURL: detail.furtherInformationUrl }] : undefined,
    additionalNote: notes,
  });

  const assessmentCode = detail?.assessmentTypeCode ?? codeOf(entry.assessmentType);
  const supervision = facts.assessment?.supervision ?? entry.supervision;
  const assessmentNotes = [
    // The catalogue's type by its code too: not every type has an EU concept (self-assessment, combined).
    assessmentCode ? `Typ av bedömning / type of assessment: ${assessmentCode}` : null,
    facts.assessment?.assessor ? `Bedömare / assessor: ${facts.assessment.assessor}` : null,
    facts.assessment?.location ? `Plats / location: ${facts.assessment.location}` : null,
    supervision ? `Övervakning / supervision: ${supervision}` : null,
    facts.assessment?.identityVerification ? `Identitetskontroll / identity verification: ${facts.assessment.identityVerification}` : null,
  ].filter(Boolean) as string[];
  const assessment = compact({
    id: part(awardId, 'learningAssessment'),
    type: 'LearningAssessment',
    title: { sv: 'Bedömning', en: 'Assessment' },
    awardedBy: awarding,
    // The award means the assessment was passed; the grade is the issuer's where it gave one.
    grade: facts.grade ? { id: part(awardId, 'note', 7), type: 'Note', noteLiteral: { sv: facts.grade } } : { id: part(awardId, 'note', 7), type: 'Note', noteLiteral: { sv: 'Godkänd', en: 'Passed' } },
    dateIssued: facts.assessment?.assessedOn && /^\d{4}-\d{2}-\d{2}/.test(facts.assessment.assessedOn) ? new Date(`${facts.assessment.assessedOn.slice(0, 10)}T00:00:00Z`).toISOString() : undefined,
    idVerification: idVerification(supervision) ?? undefined,
    additionalNote: assessmentNotes.length ? [note(part(awardId, 'note', 8), { sv: assessmentNotes.join('\n') })] : undefined,
    specifiedBy: compact({
      id: part(awardId, 'learningAssessmentSpecification'),
      type: 'LearningAssessmentSpecification',
      title: detail?.assessmentDescription ? both(detail.assessmentDescription) ?? { sv: entry.assessmentType ?? 'Bedömning' } : { sv: entry.assessmentType ?? 'Bedömning', en: 'Assessment' },
      dcType: assessmentType(assessmentCode) ?? undefined,
    }),
  });

  const achievement = compact({
    id: part(awardId, 'learningAchievement'),
    type: 'LearningAchievement',
    title,
    description: summary ?? undefined,
    awardedBy: awarding,
    specifiedBy: specification,
    provenBy: [assessment],
    supplementaryDocument: facts.evidence.filter((item) => item.url).map((item, n) => ({ id: part(awardId, 'webResource', n + 10), type: 'WebResource', contentURL: item.url!, title: item.name ? { sv: item.name } : undefined })).map((doc) => compact(doc)),
    additionalNote: facts.evidence.filter((item) => item.name || item.description || item.narrative).map((item, n) =>
      note(part(awardId, 'note', n + 20), { sv: ['Bevis / evidence', item.name, item.description, item.narrative].filter(Boolean).join(': ') }),
    ),
  });

  const accreditation = facts.accreditation ? accreditationOf(facts, facts.accreditation, issuer) : null;
  const issuedAt = facts.issuedAt.toISOString();
  return compact({
    '@context': [...ELM_CONTEXT],
    id: `urn:credential:${awardId}`,
    type: ['VerifiableCredential', 'EuropeanDigitalCredential'],
    credentialProfiles: [accreditation ? CREDENTIAL_PROFILE.ACCREDITED : CREDENTIAL_PROFILE.GENERIC],
    credentialSchema: [
      { id: EDC_GENERIC_SHAPES, type: 'ShaclValidator2017' },
      ...(accreditation ? [{ id: EDC_ACCREDITED_SHAPES, type: 'ShaclValidator2017' }] : []),
    ],
    displayParameter: compact({
      id: part(awardId, 'displayParameter'),
      type: 'DisplayParameter',
      title,
      description: summary ?? undefined,
      primaryLanguage: SWEDISH,
      language: [SWEDISH, ENGLISH],
      individualDisplay: (['sv', 'en'] as const).map((lang) => ({
        id: part(awardId, 'individualDisplay', lang === 'sv' ? 1 : 2),
        type: 'IndividualDisplay',
        language: lang === 'sv' ? SWEDISH : ENGLISH,
        displayDetail: [{ id: part(awardId, 'displayDetail', lang === 'sv' ? 1 : 2), type: 'DisplayDetail', page: 1, image: displayImage(facts, lang, part(awardId, 'mediaObject', lang === 'sv' ? 1 : 2)) }],
      })),
    }),
    credentialSubject: {
      id: part(awardId, 'person'),
      type: 'Person',
      fullName: { sv: facts.subject.name },
      hasClaim: achievement,
    },
    evidence: accreditation
      ? [
          {
            id: part(awardId, 'evidence'),
            type: 'Evidence',
            dcType: EVIDENCE_TYPE_ACCREDITATION,
            evidenceStatement: `${facts.issuer.legalName} issued this credential under accreditation ${facts.accreditation!.decisionReference} by ${facts.accreditation!.accreditingAuthority.legalName}, in force on ${facts.issuedOn}.`,
            accreditation,
          },
        ]
      : undefined,
    issuer,
    issuanceDate: issuedAt,
    issued: issuedAt,
    validFrom: issuedAt,
    validUntil: facts.validUntil?.toISOString(),
    // ELM takes the status as one URI (a literal): the award's two-bit entry in the issuer's status list, which
    // says revoked and suspended alike, for the same award the W3C credential's entries name.
    credentialStatus: { '@value': String(statusEntryOf(facts.publicBaseUrl, facts.statusEntry).id), '@type': 'http://www.w3.org/2001/XMLSchema#anyURI' },
  });
}

/**
 * What an award's European Digital Credential needs besides the award's own row, as it stood when the award
 * was issued: the issuer, the catalogue version (with its bilingual and coded detail) and the accreditation.
 * The same for every award of a cohort, so it is stored once (content-addressed by its SHA-256) and each
 * award names it: a few bytes per award instead of the whole sealed credential.
 */
export interface EuropeanFacts {
  issuer: IssuerFacts;
  entry: Omit<EntryFacts, 'issuers'>;
  accreditation: AccreditationFacts | null;
}

export const europeanProfileOf = (facts: { accreditation: unknown }) => (facts.accreditation ? 'ACCREDITED' : 'GENERIC');

/** The facts of each row as stored text and its digest, stored once per distinct value, in the issuing transaction. */
export async function recordEuropeanFacts(
  manager: { query(sql: string, parameters?: unknown[]): Promise<unknown> },
  rows: EuropeanFacts[],
): Promise<Buffer[]> {
  const texts = new Map<string, Buffer>();
  // A cohort's rows share the same issuer, entry and accreditation objects: each distinct trio is serialised once.
  const byObjects = new Map<unknown, Map<unknown, Map<unknown, Buffer>>>();
  const digests = rows.map(({ issuer, entry, accreditation }) => {
    let ofIssuer = byObjects.get(issuer);
    if (!ofIssuer) byObjects.set(issuer, (ofIssuer = new Map()));
    let ofEntry = ofIssuer.get(entry);
    if (!ofEntry) ofIssuer.set(entry, (ofEntry = new Map()));
    const known = ofEntry.get(accreditation);
    if (known) return known;
    const { issuers: _rights, ...entryAsIssued } = entry as EntryFacts;
    const text = JSON.stringify({ issuer, entry: entryAsIssued, accreditation });
    let digest = texts.get(text);
    if (!digest) texts.set(text, (digest = createHash('sha256').update(text).digest()));
    ofEntry.set(accreditation, digest);
    return digest;
  });
  if (texts.size) {
    await manager.query(
      'insert into european_facts (digest, facts) select * from unnest($1::bytea[], $2::jsonb[]) on conflict (digest) do nothing',
      [[...texts.values()], [...texts.keys()]],
    );
  }
  return digests;
}

/** An award's row as the European Digital Credential is made from it. */
export interface EuropeanAwardRow {
  id: string;
  issuer_id: string;
  kid: string;
  subject_name: string | null;
  issued_at: Date;
  issued_on: string;
  valid_until: Date | null;
  grade: string | null;
  evidence: EvidenceItem[] | null;
  assessment: AssessmentDetails | null;
  status_list_id: string;
  status_index: number;
  erased_at: Date | null;
  facts: (Omit<EuropeanFacts, 'accreditation'> & { accreditation: (Omit<AccreditationFacts, 'validFrom' | 'validUntil' | 'asOf'> & { validFrom: string; validUntil: string | null; asOf: string }) | null }) | null;
  /** The sealed credential as stored in the issuing transaction, for awards issued before the facts were kept instead. */
  stored_sealed: string | null;
  stored_profile: string | null;
  /** The organisation's seal certificate in force when the award was issued, if it had one. */
  seal_id: string | null;
  seal_kid: string | null;
  seal_algorithm: string | null;
  seal_chain: string[] | null;
  seal_key: Buffer | null;
}

export const EUROPEAN_AWARD_SELECT = `
  select award.id, award.issuer_id, award.kid, award.subject_name, award.issued_at, to_char(award.issued_on, 'YYYY-MM-DD') as issued_on, award.valid_until, award.grade,
         award.evidence, award.assessment, award.status_list_id, award.status_index, award.erased_at, european_facts.facts,
         european_credential.sealed as stored_sealed, european_credential.profile as stored_profile,
         seal.seal_id, seal.seal_kid, seal.seal_algorithm, seal.seal_chain, seal.seal_key
    from award
    left join european_facts on european_facts.digest = award.european_facts
    left join european_credential on european_credential.award_id = award.id
    left join lateral (
      select id as seal_id, kid as seal_kid, algorithm as seal_algorithm, chain as seal_chain, private_key_encrypted as seal_key
        from seal_certificate
       where organisation_id = award.issuer_id and seals_from <= award.issued_at and (replaced_at is null or replaced_at > award.issued_at)
         and not_before <= award.issued_at and not_after > award.issued_at
       order by seals_from desc limit 1
    ) seal on true`;

export interface EuropeanCredentialForm {
  awardId: string;
  profile: string;
  /** The JAdES JSON serialisation as served: its payload is the credential. */
  sealed: string;
}

const sealKeys = new Map<string, Promise<CryptoKey>>();

/** The seal an award gets: the organisation's seal certificate in force when it was issued, else the hub key that signed it. */
async function sealOf(keys: IssuerKeys, vault: Vault, row: EuropeanAwardRow): Promise<{ key: SigningKey; x5c: string[] | null } | null> {
  if (row.seal_id && row.seal_key && row.seal_chain && row.seal_kid && row.seal_algorithm) {
    let privateKey = sealKeys.get(row.seal_id);
    if (!privateKey) {
      privateKey = importJWK(JSON.parse(vault.decryptPrivateKey(row.seal_key, `seal:${row.seal_kid}`)), row.seal_algorithm) as Promise<CryptoKey>;
      sealKeys.set(row.seal_id, privateKey);
    }
    return { key: { kid: row.seal_kid, algorithm: row.seal_algorithm as SigningKey['algorithm'], privateKey: await privateKey }, x5c: row.seal_chain };
  }
  const key = await keys.keyById(row.issuer_id, row.kid);
  return key ? { key, x5c: null } : null;
}

/**
 * The award as a sealed European Digital Credential, made when asked for from what the award stores (the
 * facts its W3C credential was signed from, and the issue-time facts above), and sealed at the time the
 * award was signed: with the organisation's electronic seal certificate (x5c) when one was in force then,
 * otherwise with the hub key that signed the award (kid). The same award gives the same document each time
 * (Ed25519 and RSA PKCS#1 signatures are deterministic; an ECDSA seal differs in its signature bytes only).
 * None after erasure, or when the key that signed the award is no longer held.
 */
export async function europeanCredentialOf(keys: IssuerKeys, vault: Vault, publicBaseUrl: string, row: EuropeanAwardRow): Promise<EuropeanCredentialForm | null> {
  if (row.erased_at || row.subject_name === null) return null;
  if (!row.facts) return row.stored_sealed ? { awardId: row.id, profile: row.stored_profile ?? 'GENERIC', sealed: row.stored_sealed } : null;
  const seal = await sealOf(keys, vault, row);
  if (!seal) return null;
  const { accreditation } = row.facts;
  const facts: EuropeanCredentialFacts = {
    awardId: row.id,
    issuer: row.facts.issuer,
    issuerDid: issuerDid(publicBaseUrl, row.issuer_id),
    providerDid: issuerDid(publicBaseUrl, row.facts.entry.providerId),
    entry: { ...row.facts.entry, issuers: [] },
    subject: { name: row.subject_name, email: null },
    issuedAt: new Date(row.issued_at),
    issuedOn: row.issued_on,
    validUntil: row.valid_until ? new Date(row.valid_until) : null,
    grade: row.grade,
    evidence: row.evidence ?? [],
    assessment: row.assessment,
    statusEntry: { listId: row.status_list_id, index: row.status_index },
    publicBaseUrl,
    accreditation: accreditation
      ? { ...accreditation, validFrom: new Date(accreditation.validFrom), validUntil: accreditation.validUntil ? new Date(accreditation.validUntil) : null, asOf: new Date(accreditation.asOf) }
      : null,
  };
  const sealed = await sealJades(buildEuropeanCredential(facts), seal.key, { signingTime: facts.issuedAt, x5c: seal.x5c });
  return { awardId: row.id, profile: europeanProfileOf(row.facts), sealed: JSON.stringify(sealed) };
}
