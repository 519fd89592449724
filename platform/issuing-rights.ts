/**
 * The one rule for a right to issue a catalogue entry, shared by the catalogue (which records rights and
 * answers `canIssue`), awards (which refuses to sign without a right) and verification (which reads the
 * rights from the public catalogue), so that the hub never signs what it would itself call invalid.
 *
 * - An award is for an issue date, a day (UTC). A right covers that day when its window
 *   [validFrom, validUntil) reaches into the day: a right granted at 19:25 covers awards for that day;
 *   validUntil is exclusive, so a right until 2027-01-01T00:00Z does not cover 2027-01-01.
 * - A withdrawal stops new awards at the moment it is recorded: nothing signed after it is covered, whatever
 *   its issue date; what was signed before stays covered.
 * - Every grant counts: one covering grant among the organisation's grants, withdrawn or not, is enough.
 */
export interface IssuingRightWindow {
  organisationId: string;
  validFrom: Date | null;
  validUntil: Date | null;
  withdrawnAt: Date | null;
}

const DAY = 86_400_000;

/** Midnight UTC starting the day `issuedOn` (YYYY-MM-DD). */
const startOfDay = (issuedOn: string) => Date.parse(`${issuedOn.slice(0, 10)}T00:00:00Z`);

/** The UTC day of a moment, as YYYY-MM-DD. */
export const dayOf = (moment: Date) => moment.toISOString().slice(0, 10);

/** Whether one right covers an award for the day `issuedOn` signed at `signedAt`. */
export function rightCoversAward(right: Omit<IssuingRightWindow, 'organisationId'>, issuedOn: string, signedAt: Date): boolean {
  const start = startOfDay(issuedOn);
  if (Number.isNaN(start)) return false;
  if (right.validFrom && right.validFrom.getTime() >= start + DAY) return false;
  if (right.validUntil && right.validUntil.getTime() <= start) return false;
  if (right.withdrawnAt && right.withdrawnAt.getTime() <= signedAt.getTime()) return false;
  return true;
}

/** Whether `organisationId` holds a right, among `rights`, covering an award for `issuedOn` signed at `signedAt`. */
export function holdsIssuingRight(rights: readonly IssuingRightWindow[], organisationId: string, issuedOn: string, signedAt: Date): boolean {
  return rights.some((right) => right.organisationId === organisationId && rightCoversAward(right, issuedOn, signedAt));
}
