import { failed, moment, ok, type CheckResult, type Work } from './check';

/** An issuer's clock may run a little ahead of the verifier's. */
const CLOCK_TOLERANCE_MS = 60_000;

/** EXPIRY: now lies within validFrom / validUntil. */
export function checkExpiry(work: Work, now: Date): CheckResult {
  const { validFrom, validUntil } = work.fields!;
  if (Date.parse(validFrom!) > now.getTime() + CLOCK_TOLERANCE_MS) {
    return failed('EXPIRY', `Not yet valid: valid from ${moment(validFrom!)}.`, `Gäller ännu inte: giltigt från ${moment(validFrom!)}.`);
  }
  if (validUntil && Date.parse(validUntil) <= now.getTime()) {
    return failed('EXPIRY', `Expired: valid until ${moment(validUntil)}.`, `Har upphört att gälla: giltigt till ${moment(validUntil)}.`);
  }
  return validUntil
    ? ok('EXPIRY', `Valid from ${moment(validFrom!)} until ${moment(validUntil)}.`, `Giltigt från ${moment(validFrom!)} till ${moment(validUntil)}.`)
    : ok('EXPIRY', `Valid from ${moment(validFrom!)}, with no end date.`, `Giltigt från ${moment(validFrom!)}, utan slutdatum.`);
}
