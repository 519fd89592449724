import type { Reason } from '../credential-format';
import type { VerificationRun } from '../run';
import { SourceUnavailable, type CatalogueEntry } from '../sources';
import { day, failed, fromSource, ok, type CheckResult, type Work } from './check';

/** CATALOGUE: the catalogue has the version the credential names, and it matches what the credential says. */
export async function checkCatalogue(work: Work, run: VerificationRun): Promise<CheckResult> {
  const fields = work.fields!;
  if (!fields.microCredentialId) {
    return failed('CATALOGUE', 'The credential does not name a catalogue entry (credentialSubject.achievement.id).', 'Meritet anger ingen katalogpost (credentialSubject.achievement.id).');
  }
  let entry: CatalogueEntry | null;
  try {
    entry = await run.catalogueEntry(fields.microCredentialId);
  } catch (error) {
    if (error instanceof SourceUnavailable) return fromSource('CATALOGUE', 'SKIPPED', error, 'Not checked: ', 'Inte kontrollerat: ');
    throw error;
  }
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
    const at = work.issuedAt!.getTime();
    const held = entry.issuers.some(
      (right) =>
        right.organisationId === organisationId &&
        (!right.validFrom || Date.parse(right.validFrom) <= at) &&
        (!right.validUntil || at < Date.parse(right.validUntil)) &&
        (!right.withdrawnAt || at < Date.parse(right.withdrawnAt)),
    );
    if (!held) {
      differences.push({
        en: `issuer: the issuer neither owns this entry nor held a right to issue it on ${day(work.issuedAt!)}`,
        sv: `utfärdare: utfärdaren varken äger posten eller hade rätt att utfärda den ${day(work.issuedAt!)}`,
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

const statusSv = (status: string) => ({ PUBLISHED: 'publicerad', RETIRED: 'avvecklad', DRAFT: 'utkast' })[status] ?? status.toLowerCase();
