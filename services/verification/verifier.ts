import { logger } from '../../platform/logging';
import { checkAccreditation } from './checks/accreditation';
import { checkCatalogue } from './checks/catalogue';
import { failed, fromSource, type CheckName, type CheckResult, type Work } from './checks/check';
import { checkExpiry } from './checks/expiry';
import { checkFormat } from './checks/format';
import { checkSignature } from './checks/signature';
import { checkStatus } from './checks/status';
import { buildReport, type Report } from './report';
import { VerificationRun, type SourceKind } from './run';
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
 *
 * A cached "no" must not become a failure: the caches keep copies for up to a minute or more, and a change
 * since (an accreditation or issuing right granted, a key added, an award reinstated) is not in them. So a
 * credential that a check read from a source FAILED is verified once more, with the sources of the failed
 * checks read afresh (documents revalidated with their ETag, answers asked again), when anything in the run
 * came from a cache; that second answer is the report. A genuine failure costs one revalidation of the
 * sources its failed checks read, per request.
 */
export async function verifyCredentials(inputs: readonly string[], sources: VerificationSources, now: Date = new Date()): Promise<Report[]> {
  const run = new VerificationRun(sources, now);
  const works = await checkAll(inputs, sources, run);
  const doubtful = works.flatMap((work, index) => (sourcesOfFailures(work).length ? [index] : []));
  if (doubtful.length && run.mayHaveUsedCachedCopies()) {
    const kinds = new Set(doubtful.flatMap((index) => sourcesOfFailures(works[index])));
    const again = await checkAll(doubtful.map((index) => inputs[index]), sources, run.afresh(kinds));
    doubtful.forEach((index, position) => (works[index] = again[position]));
  }
  return works.map((work) => buildReport(work, now));
}

/**
 * The sources each check's answer depends on (FORMAT and EXPIRY depend on the credential alone): a status
 * list is signed with one of the issuer's keys, and the registry says what became of keys and accreditations.
 * After a failed signature the other checks did not run, so a second look reads all of them afresh.
 */
const SOURCES_OF: Partial<Record<CheckName, SourceKind[]>> = {
  SIGNATURE: ['keys', 'registry', 'accreditation', 'status list', 'catalogue'],
  ACCREDITATION: ['accreditation', 'registry'],
  STATUS: ['status list', 'keys'],
  CATALOGUE: ['catalogue'],
};
/** The sources whose cached copies may have made a check of `work` fail. */
const CHECKS_WITH_SOURCES = Object.keys(SOURCES_OF) as CheckName[];
const sourcesOfFailures = (work: Work): SourceKind[] => {
  const failedChecks = CHECKS_WITH_SOURCES.filter((name) => work.checks[name]?.status === 'FAILED');
  return failedChecks.length ? failedChecks.flatMap((name) => SOURCES_OF[name]!) : [];
};

async function checkAll(inputs: readonly string[], sources: VerificationSources, run: VerificationRun): Promise<Work[]> {
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
      work.checks.EXPIRY = checkExpiry(work, run.now);
    }),
  );
  return works;
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
