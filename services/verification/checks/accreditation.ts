import { CredentialType, isFieldCode } from '../../../platform/vocabulary';
import { walkAccreditationChain } from '../accreditation-chain';
import type { VerificationRun } from '../run';
import { SourceUnavailable, accreditationAnswerKey, type AccreditationAnswer, type AccreditationQuestion, type RegistryDocument } from '../sources';
import { day, failed, fromSource, ok, skipped, type CheckResult, type Work } from './check';

export const CREDENTIAL_TYPES = new Set<string>(Object.values(CredentialType));

function accreditationQuestion(work: Work): AccreditationQuestion | CheckResult {
  const fields = { ...work.fields!, ...work.accreditationFacts };
  const missing = (en: string, sv: string) =>
    work.sdJwt
      ? skipped(
          'ACCREDITATION',
          `The holder withheld ${en} and the catalogue, which states it, could not be read, so the accreditation was not checked.`,
          `Innehavaren visade inte ${sv} och katalogen, som anger den, kunde inte läsas, så ackrediteringen kontrollerades inte.`,
        )
      : failed('ACCREDITATION', `The credential does not state ${en}, so its accreditation cannot be checked.`, `Meritet anger inte ${sv}, så dess ackreditering kan inte kontrolleras.`);
  if (fields.seqfLevel === null) return missing('its SeQF level', 'sin SeQF-nivå');
  if (fields.seqfLevel < 1 || fields.seqfLevel > 8) {
    return failed('ACCREDITATION', `The credential states SeQF level ${fields.seqfLevel}; levels are 1-8.`, `Meritet anger SeQF-nivå ${fields.seqfLevel}; nivåerna är 1-8.`);
  }
  if (fields.field === null) return missing('its thematic field (ISCED-F)', 'sitt ämnesområde (ISCED-F)');
  if (!isFieldCode(fields.field)) {
    return failed('ACCREDITATION', `The credential's field ${fields.field.slice(0, 20)} is not an ISCED-F code.`, `Meritets område ${fields.field.slice(0, 20)} är ingen ISCED-F-kod.`);
  }
  if (fields.credentialType === null) return missing('its credential type', 'sin merittyp');
  if (!CREDENTIAL_TYPES.has(fields.credentialType)) {
    return failed('ACCREDITATION', `The credential type ${fields.credentialType.slice(0, 40)} is not one the hub knows.`, `Merittypen ${fields.credentialType.slice(0, 40)} är ingen som hubben känner.`);
  }
  return {
    organisationId: work.issuer!.organisationId,
    seqfLevel: fields.seqfLevel,
    field: fields.field,
    credentialType: fields.credentialType,
    at: work.issuedAt!,
    microCredentialId: fields.microCredentialId,
  };
}

/**
 * ACCREDITATION: the accreditation service allowed the issuer what the credential states on its issue date,
 * and the published registry bears out the chain to the trust root.
 */
export async function checkAccreditation(work: Work, run: VerificationRun): Promise<CheckResult> {
  if (work.issuer?.outside) {
    return skipped(
      'ACCREDITATION',
      `${work.issuer.outside.name} is a trusted issuer outside the national register (VERIFICATION_TRUSTED_ISSUERS_FILE): its accreditation is not known to the hub and is not checked.`,
      `${work.issuer.outside.name} är en betrodd utfärdare utanför det nationella registret (VERIFICATION_TRUSTED_ISSUERS_FILE): dess ackreditering är okänd för hubben och kontrolleras inte.`,
    );
  }
  const question = accreditationQuestion(work);
  if ('check' in question) return question;
  // Asked before the first await, so that a batch's questions leave together.
  const answer = run.accreditation.load(question);
  const registry = run.registry(work.issuer!.base);
  const scope = `SeQF level ${question.seqfLevel}, field ${question.field}, ${question.credentialType}`;
  const omfattning = `SeQF-nivå ${question.seqfLevel}, område ${question.field}, ${question.credentialType}`;
  let decided: AccreditationAnswer;
  try {
    decided = await answer;
    run.noteRead(work.readings, 'accreditation', `accreditationCheck(${question.organisationId}, ${question.at.toISOString()})`, accreditationAnswerKey(question));
  } catch (error) {
    if (error instanceof SourceUnavailable) return fromSource('ACCREDITATION', 'SKIPPED', error, 'Not checked: ', 'Inte kontrollerat: ');
    throw error;
  }
  if (!decided.allowed) {
    return failed(
      'ACCREDITATION',
      `The issuer was not accredited for ${scope} on ${day(question.at)}: ${decided.reason ?? 'the accreditation service gave no reason'}`,
      `Utfärdaren var inte ackrediterad för ${omfattning} ${day(question.at)}: ${decided.reasonSv ?? decided.reason ?? 'ackrediteringstjänsten angav inget skäl'}`,
    );
  }
  let document: RegistryDocument;
  try {
    document = await registry;
    run.noteRead(work.readings, 'registry', `${work.issuer!.base}/registry.json`);
  } catch (error) {
    if (error instanceof SourceUnavailable) {
      return fromSource(
        'ACCREDITATION',
        'SKIPPED',
        error,
        `The accreditation service allowed it (accreditation ${decided.accreditationId}), but the chain to the trust root could not be confirmed: `,
        `Ackrediteringstjänsten godkände det (ackreditering ${decided.accreditationId}), men kedjan till förtroendeankaret kunde inte bekräftas: `,
      );
    }
    throw error;
  }
  const chain = walkAccreditationChain(document, decided.accreditationId, question);
  if (!chain.ok) {
    return failed(
      'ACCREDITATION',
      `The accreditation service allowed it, but the published registry does not bear it out: ${chain.reason.en}`,
      `Ackrediteringstjänsten godkände det, men det publicerade registret styrker det inte: ${chain.reason.sv}`,
    );
  }
  return ok(
    'ACCREDITATION',
    `Accredited for ${scope} on the issue date ${day(question.at)} (accreditation ${decided.accreditationId}); chain: ${chain.path.join(' ← ')} (trust root).`,
    `Ackrediterad för ${omfattning} på utfärdandedagen ${day(question.at)} (ackreditering ${decided.accreditationId}); kedja: ${chain.path.join(' ← ')} (förtroendeankare).`,
  );
}
