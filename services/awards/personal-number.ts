import { luhnCheckDigit } from '../../platform/luhn';

/**
 * Swedish personal identity numbers: personnummer and samordningsnummer (co-ordination numbers: the day
 * plus 60). Accepted as YYMMDD-NNNC, YYMMDD+NNNC (the '+' for people aged 100 or more), YYYYMMDD-NNNC or
 * the same without separator; the check digit is the Luhn digit of the ten-digit form. The normalised form,
 * twelve digits YYYYMMDDNNNC, is what is hashed and sealed.
 */
export type PersonalNumberKind = 'PERSONNUMMER' | 'SAMORDNINGSNUMMER';

export type ParsedPersonalNumber =
  | { value: string; kind: PersonalNumberKind; birthDate: string }
  | { problem: string };

export function parsePersonalNumber(input: string, today: Date = new Date()): ParsedPersonalNumber {
  const text = input.trim();
  const match = /^(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{3})(\d)$/.exec(text);
  if (!match) return { problem: 'must be YYMMDD-NNNC or YYYYMMDD-NNNC (10 or 12 digits)' };
  const [, century, yy, mm, dd, separator, serial, check] = match;
  const ten = `${yy}${mm}${dd}${serial}`;
  if (luhn(ten) !== Number(check)) return { problem: 'has a wrong check digit' };
  const month = Number(mm);
  let day = Number(dd);
  let kind: PersonalNumberKind = 'PERSONNUMMER';
  if (day > 60) {
    day -= 60;
    kind = 'SAMORDNINGSNUMMER';
  }
  let year: number;
  if (century) {
    year = Number(`${century}${yy}`);
    if (separator === '+') return { problem: "takes '+' only in the 10-digit form" };
  } else {
    // The 10-digit form omits the century: the latest one that does not put the birth in the future,
    // one more back with '+' (aged 100 or more).
    year = Math.floor(today.getUTCFullYear() / 100) * 100 + Number(yy);
    if (year > today.getUTCFullYear()) year -= 100;
    if (separator === '+') year -= 100;
  }
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || day < 1 || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day) {
    return { problem: 'is not a valid date of birth' };
  }
  if (birth.getTime() > today.getTime()) return { problem: 'has a date of birth in the future' };
  const birthDate = birth.toISOString().slice(0, 10);
  return { value: `${String(year).padStart(4, '0')}${mm}${dd}${serial}${check}`, kind, birthDate };
}


/** The twelve-digit form shown to its owner as YYYYMMDD-NNNN. */
export const formatPersonalNumber = (normalised: string) => `${normalised.slice(0, 8)}-${normalised.slice(8)}`;

/** The check digit of a personnummer (Luhn over its first nine digits). */
export const luhn = luhnCheckDigit;
