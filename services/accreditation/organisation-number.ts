import { luhnCheckDigit } from '../../platform/luhn';

/**
 * Swedish organisationsnummer: NNNNNN-NNNC, ten digits, the last a Luhn check digit over the first nine,
 * and the third digit at least 2 (which tells it apart from a personnummer). A 12-digit form with the
 * century prefix 16 is accepted too. Returns the normalised NNNNNN-NNNN form, or the reason it is invalid.
 */
export function parseOrganisationNumber(input: string): { value: string } | { problem: string } {
  let digits = input.replace(/[\s-]/g, '');
  if (!/^\d+$/.test(digits)) return { problem: 'must contain only digits and an optional hyphen (NNNNNN-NNNN)' };
  if (digits.length === 12 && digits.startsWith('16')) digits = digits.slice(2);
  if (digits.length !== 10) return { problem: 'must have 10 digits (NNNNNN-NNNN)' };
  if (Number(digits[2]) < 2) return { problem: 'the third digit of an organisation number is at least 2' };
  if (luhnCheckDigit(digits.slice(0, 9)) !== Number(digits[9])) return { problem: 'the check digit is wrong' };
  return { value: `${digits.slice(0, 6)}-${digits.slice(6)}` };
}


export { luhnCheckDigit };
