import { logger } from '../../platform/logging';
import { checkAccreditation } from './checks/accreditation';
import { checkCatalogue } from './checks/catalogue';
import { failed, fromSource, type CheckName, type CheckResult, type Work } from './checks/check';
import { checkExpiry } from './checks/expiry';
import { checkFormat } from './checks/format';
import { checkSignature } from './checks/signature';
import { checkStatus } from './checks/status';
import { buildReport, type Report } from './report';
import { VerificationRun } from './run';
import { SourceUnavailable, type VerificationSources } from './sources';

export { CHECKS, type CheckName, type CheckResult, type CheckStatus } from './checks/check';
export type { Report, Verdict } from './report';

/** The most credentials one verifyCredentials call takes. */
export const MAX_BATCH = 1000;

/**
 * Verifies credentials in order, as one run: all are read first (FORMAT), then every signature is checked
 * concurrently (each issuer's keys fetched once), then the remaining checks of all credentials start
 * together, so that their accreditation questions go out in one batch and each status list, catalogue
 * entry and registry is read and verified once.
 */
export async function verifyCredentials(inputs: readonly string[], sources: VerificationSources, now: Date = new Date()): Promise<Report[]> {
  const run = new VerificationRun(sources, now);
  const works = inputs.map((input) => checkFormat(input, sources));
  const readable = works.filter((work) => work.checks.FORMAT?.status === 'OK' && work.issuer);
  await Promise.all(readable.map(async (work) => (work.checks.SIGNATURE = await guarded('SIGNATURE', () => checkSignature(work, run)))));
  const genuine = readable.filter((work) => work.signatureHolds);
  await Promise.all(genuine.filter((work) => work.sdJwt).map((work) => guarded('ACCREDITATION', () => completeWithheldFacts(work, run))));
  await Promise.all(
    genuine.map(async (work) => {
      const [accreditation, status, catalogue] = await Promise.all([
        guarded('ACCREDITATION', () => checkAccreditation(work, run)),
        guarded('STATUS', () => checkStatus(work, run)),
        guarded('CATALOGUE', () => checkCatalogue(work, run)),
      ]);
      work.checks.ACCREDITATION = accreditation;
      work.checks.STATUS = status;
      work.checks.CATALOGUE = catalogue;
      work.checks.EXPIRY = checkExpiry(work, now);
    }),
  );
  return works.map((work) => buildReport(work, now));
}

export async function verifyCredential(input: string, sources: VerificationSources, now: Date = new Date()): Promise<Report> {
  const [single] = await verifyCredentials([input], sources, now);
  return single;
}

/**
 * An SD-JWT VC's holder may withhold the level, field or credential type; the catalogue version it always
 * shows (signed by the issuer, and published versions never change) states them, so ACCREDITATION asks
 * about those. CATALOGUE then compares what was disclosed.
 */
async function completeWithheldFacts(work: Work, run: VerificationRun): Promise<CheckResult> {
  const fields = work.fields!;
  if (!fields.microCredentialId || (fields.seqfLevel !== null && fields.field !== null && fields.credentialType !== null)) return work.checks.FORMAT!;
  const entry = await run.catalogueEntry(fields.microCredentialId);
  if (entry) {
    work.accreditationFacts = {
      seqfLevel: fields.seqfLevel ?? entry.seqfLevel,
      field: fields.field ?? entry.field,
      credentialType: fields.credentialType ?? entry.credentialType,
    };
  }
  return work.checks.FORMAT!;
}

/** Runs `check`, turning anything unexpected into a FAILED check rather than a failed request. */
async function guarded(name: CheckName, check: () => Promise<CheckResult> | CheckResult): Promise<CheckResult> {
  try {
    return await check();
  } catch (error) {
    if (error instanceof SourceUnavailable) return fromSource(name, 'SKIPPED', error);
    logger.error({ err: error, check: name }, 'verification check failed unexpectedly');
    return failed(name, 'The check could not be completed (an internal error, logged for the hub\'s operators); the credential is not confirmed.', 'Kontrollen kunde inte slutföras (ett internt fel, loggat för hubbens drift); meritet är inte bekräftat.');
  }
}
