import { InvalidInput } from '../../platform/errors';
import type { LocalizedTextInput, StoredText } from './localized-text';

/* Checks of catalogue input that micro-credentials and qualifications share: bad input is refused naming the field. */

/** A trimmed text in sv/en, or null when both are empty; too long is bad input naming the field. */
export function localized(field: string, value: LocalizedTextInput | null | undefined, maxLength: number): StoredText | null {
  if (!value) return null;
  const result: StoredText = { sv: null, en: null };
  for (const language of ['sv', 'en'] as const) {
    const text = value[language]?.trim();
    if (!text) continue;
    if (text.length > maxLength) throw new InvalidInput(`${field}.${language}`, `must be at most ${maxLength} characters`);
    result[language] = text;
  }
  return result.sv || result.en ? result : null;
}

export function requireSeqfLevel(field: string, level: number): number {
  if (!Number.isInteger(level) || level < 1 || level > 8) throw new InvalidInput(field, `${level} is not an SeQF level; levels are 1-8`);
  return level;
}

export function requireCode(field: string, code: string): string {
  const value = code.trim();
  if (!/^[\p{L}\p{N}][\p{L}\p{N} ._\-/]{0,49}$/u.test(value)) {
    throw new InvalidInput(field, 'must be 1-50 letters, digits, spaces or . _ - /, starting with a letter or digit');
  }
  return value;
}
