import { dayOf, holdsIssuingRight } from '../../../platform/issuing-rights';
import type { Reason } from '../credential-reading';
import type { VerificationRun } from '../run';
import { SourceUnavailable, type CatalogueEntry } from '../sources';
import { failed, fromSource, ok, skipped, type CheckResult, type Work } from './check';

/**
 * CATALOGUE: the catalogue has the version the credential names, and it matches what the credential says.
 * (A failure found in a cached answer is looked at again, afresh, by the verifier: verifier.ts.)
 */
export async function checkCatalogue(work: Work, run: VerificationRun): Promise<CheckResult> {
  if (work.issuer?.outside) {
    return skipped(
      'CATALOGUE',
      `${work.issuer.outside.name} is a trusted issuer outside the national register (VERIFICATION_TRUSTED_ISSUERS_FILE): its credentials are not in the national catalogue, so what it awarded is not checked against an entry.`,
      `${work.issuer.outside.name} är en betrodd utfärdare utanför det nationella registret (VERIFICATION_TRUSTED_ISSUERS_FILE): dess meriter finns inte i den nationella katalogen, så det som utfärdats kontrolleras inte mot en katalogpost.`,
    );
  }
  const fields = work.fields!;
  if (!fields.microCredentialId) {
    return failed('CATALOGUE', 'The credential does not name a catalogue entry (credentialSubject.achievement.id).', 'Meritet anger ingen katalogpost (credentialSubject.achievement.id).');
  }
  const id = fields.microCredentialId;
  try {
    const result = compareWithCatalogue(work, await run.catalogueEntry(id));
    run.noteRead(work.readings, 'catalogue', `microCredential(${id})`, `catalogue ${id}`);
    return result;
  } catch (error) {
    if (error instanceof SourceUnavailable) return fromSource('CATALOGUE', 'SKIPPED', error, 'Not checked: ', 'Inte kontrollerat: ');
    throw error;
  }
}

function compareWithCatalogue(work: Work, entry: CatalogueEntry | null): CheckResult {
  const fields = work.fields!;
  work.catalogueEntry = entry;
  if (!entry) {
    return failed('CATALOGUE', `The national catalogue has no micro-credential ${fields.microCredentialId}.`, `Den nationella katalogen har ingen mikromerit ${fields.microCredentialId}.`);
  }
  const name = entry.title.sv ?? entry.title.en ?? entry.id;
  if (entry.status === 'DRAFT') {
    return failed('CATALOGUE', `Catalogue entry ${name} (${entry.id}) is a draft that was never published.`, `Katalogposten ${name} (${entry.id}) är ett utkast som aldrig publicerats.`);
  }
  const differences: Reason[] = [];
  const compare = (label: string, etikett: string, said: unknown, catalogue: unknown) => {
    if (said !== null && said !== undefined && catalogue !== null && catalogue !== undefined && said !== catalogue) {
      differences.push({ en: `${label}: the credential says ${String(said)}, the catalogue ${String(catalogue)}`, sv: `${etikett}: meritet anger ${String(said)}, katalogen ${String(catalogue)}` });
    }
  };
  compare('entry', 'post', fields.entryId, entry.entryId);
  compare('version', 'version', fields.version, entry.version);
  compare('SeQF level', 'SeQF-nivå', fields.seqfLevel, entry.seqfLevel);
  compare('field', 'område', fields.field, entry.field);
  compare('credential type', 'merittyp', fields.credentialType, entry.credentialType);
  if (fields.title !== null && ![entry.title.sv, entry.title.en].includes(fields.title)) {
    differences.push({ en: `title: the credential says "${fields.title.slice(0, 200)}", the catalogue "${name}"`, sv: `titel: meritet anger "${fields.title.slice(0, 200)}", katalogen "${name}"` });
  }
  const organisationId = work.issuer!.organisationId;
  if (entry.providerId && entry.issuers && entry.providerId !== organisationId) {
    // The rule issuing applies: a right covering the date of issuing, not withdrawn when it was signed.
    const signedAt = work.issuedAt!;
    const issuedOn = issueDay(fields.awardedDate, signedAt);
    const rights = entry.issuers.map((right) => ({
      organisationId: right.organisationId,
      validFrom: right.validFrom ? new Date(right.validFrom) : null,
      validUntil: right.validUntil ? new Date(right.validUntil) : null,
      withdrawnAt: right.withdrawnAt ? new Date(right.withdrawnAt) : null,
    }));
    if (!holdsIssuingRight(rights, organisationId, issuedOn, signedAt)) {
      differences.push({
        en: `issuer: the issuer neither owns this entry nor held a right to issue it for ${issuedOn} when it was signed (${signedAt.toISOString()})`,
        sv: `utfärdare: utfärdaren varken äger posten eller hade rätt att utfärda den för ${issuedOn} när det signerades (${signedAt.toISOString()})`,
      });
    }
  }
  if (differences.length) {
    return failed(
      'CATALOGUE',
      `The credential does not match catalogue entry ${name} (${entry.id}): ${differences.map((difference) => difference.en).join('; ')}.`,
      `Meritet stämmer inte med katalogposten ${name} (${entry.id}): ${differences.map((difference) => difference.sv).join('; ')}.`,
    );
  }
  return ok(
    'CATALOGUE',
    `Catalogue entry ${name}${entry.version !== null ? `, version ${entry.version}` : ''} (${entry.id}${entry.status ? `, ${entry.status.toLowerCase()}` : ''}) exists and matches the credential.`,
    `Katalogposten ${name}${entry.version !== null ? `, version ${entry.version}` : ''} (${entry.id}${entry.status ? `, ${statusSv(entry.status)}` : ''}) finns och stämmer med meritet.`,
  );
}

/** The date of issuing: the stated awardedDate when it is a date not after the signature, else the day it was signed. */
function issueDay(awardedDate: string | null, signedAt: Date): string {
  const stated = awardedDate ? Date.parse(awardedDate) : Number.NaN;
  return !Number.isNaN(stated) && stated <= signedAt.getTime() ? dayOf(new Date(stated)) : dayOf(signedAt);
}

const statusSv = (status: string) => ({ PUBLISHED: 'publicerad', RETIRED: 'avvecklad', DRAFT: 'utkast' })[status] ?? status.toLowerCase();
