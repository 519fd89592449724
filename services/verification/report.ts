import { organisationsById } from './accreditation-chain';
import { CREDENTIAL_TYPES } from './checks/accreditation';
import { CHECKS, day, result, type CheckName, type CheckResult, type Work } from './checks/check';
import type { Reason } from './credential-reading';
import type { SourceReading } from './run';

export type Verdict = 'VALID' | 'INVALID' | 'VALID_WITH_WARNINGS' | 'UNDECIDED';

/** What a verification found: the verdict, each check, and (when the signature holds) what the credential says. */
export interface Report {
  verdict: Verdict;
  summary: string;
  summarySv: string;
  checks: CheckResult[];
  verifiedAt: Date;
  credentialId: string | null;
  learnerName: string | null;
  title: string | null;
  issuerId: string | null;
  issuerName: string | null;
  issuedAt: Date | null;
  validUntil: Date | null;
  seqfLevel: number | null;
  credentialType: string | null;
  skills: { uri: string; name: string | null }[];
  /** Federated references, set only when the graph knows them: the catalogue version and the issuing organisation. */
  microCredentialId: string | null;
  organisationId: string | null;
  /** When each source the checks relied on was read. */
  sources: SourceReading[];
}

const NOT_READ: Reason = { en: 'Not checked: the credential could not be read.', sv: 'Inte kontrollerat: meritet kunde inte läsas.' };
const NOT_GENUINE: Reason = {
  en: 'Not checked: the signature does not hold, so nothing the credential says can be relied on.',
  sv: 'Inte kontrollerat: signaturen håller inte, så inget som meritet säger går att lita på.',
};

const NOT_DECIDED: Reason = {
  en: 'Not checked: the signature could not be checked, so nothing the credential says is confirmed yet.',
  sv: 'Inte kontrollerat: signaturen kunde inte kontrolleras, så inget som meritet säger är bekräftat ännu.',
};

const CHECK_NAMES_SV: Record<CheckName, string> = {
  FORMAT: 'format',
  SIGNATURE: 'signatur',
  ACCREDITATION: 'ackreditering',
  STATUS: 'status',
  EXPIRY: 'giltighetstid',
  CATALOGUE: 'katalog',
};

/** The verdict and summary from the checks; what the credential says only when its signature holds. */
export function buildReport(work: Work, now: Date): Report {
  // A signature that could not be checked (its keys unreadable) decides nothing: the credential is neither
  // shown bad nor confirmed.
  const undecided = work.checks.SIGNATURE?.status === 'SKIPPED';
  const notChecked = work.checks.FORMAT?.status !== 'OK' ? NOT_READ : undecided ? NOT_DECIDED : NOT_GENUINE;
  const checks = CHECKS.map((name) => work.checks[name] ?? result(name, 'SKIPPED', notChecked));
  const failures = checks.filter((check) => check.status === 'FAILED');
  const skips = checks.filter((check) => check.status === 'SKIPPED');
  const verdict: Verdict = failures.length ? 'INVALID' : undecided ? 'UNDECIDED' : skips.length ? 'VALID_WITH_WARNINGS' : 'VALID';
  const fields = work.signatureHolds ? work.fields! : null;
  const organisation = work.registry && work.issuer ? organisationsById(work.registry).get(work.issuer.organisationId) : undefined;
  const issuerName = work.issuer?.outside?.name ?? organisation?.legalName ?? fields?.issuerName ?? null;
  const what = fields ? `${fields.title ?? 'a credential'}, issued by ${issuerName ?? fields.issuerId} to ${fields.learnerName ?? 'an unnamed learner'} on ${day(work.issuedAt!)}` : '';
  const vad = fields ? `${fields.title ?? 'ett merit'}, utfärdat av ${issuerName ?? fields.issuerId} till ${fields.learnerName ?? 'en icke namngiven person'} ${day(work.issuedAt!)}` : '';
  let summary: string;
  let summarySv: string;
  if (verdict === 'VALID') {
    summary = `Genuine and valid: ${what}.`;
    summarySv = `Äkta och giltigt: ${vad}.`;
  } else if (verdict === 'UNDECIDED') {
    summary = `Could not decide: ${work.checks.SIGNATURE!.reason} Nothing was found wrong with the credential; ask again later.`;
    summarySv = `Kunde inte avgöras: ${work.checks.SIGNATURE!.reasonSv} Inget fel hittades i meritet; fråga igen senare.`;
  } else if (verdict === 'VALID_WITH_WARNINGS') {
    summary = `Genuine, but not everything could be checked (${skips.map((check) => check.check.toLowerCase()).join(', ')}): ${what}.`;
    summarySv = `Äkta, men allt kunde inte kontrolleras (${skips.map((check) => CHECK_NAMES_SV[check.check]).join(', ')}): ${vad}.`;
  } else {
    summary = `Not valid (${failures.map((check) => check.check.toLowerCase()).join(', ')}): ${failures[0].reason}`;
    summarySv = `Inte giltigt (${failures.map((check) => CHECK_NAMES_SV[check.check]).join(', ')}): ${failures[0].reasonSv}`;
  }
  return {
    verdict,
    summary,
    summarySv,
    checks,
    verifiedAt: now,
    credentialId: fields?.credentialId ?? null,
    learnerName: fields?.learnerName ?? null,
    title: fields?.title ?? null,
    issuerId: fields?.issuerId ?? null,
    issuerName,
    issuedAt: fields ? work.issuedAt! : null,
    validUntil: fields?.validUntil ? new Date(fields.validUntil) : null,
    seqfLevel: fields?.seqfLevel ?? null,
    credentialType: fields?.credentialType && CREDENTIAL_TYPES.has(fields.credentialType) ? fields.credentialType : null,
    skills: fields?.skills ?? [],
    // A reference the graph can resolve: the catalogue found the version; the issuer publishes keys.
    microCredentialId: fields && work.catalogueEntry ? work.catalogueEntry.id : null,
    organisationId: fields && !work.issuer!.outside ? work.issuer!.organisationId : null,
    sources: work.readings,
  };
}
