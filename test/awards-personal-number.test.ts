import { randomBytes } from 'node:crypto';
import { Vault } from '../services/awards/vault';
import { formatPersonalNumber, luhn, parsePersonalNumber } from '../services/awards/personal-number';

/** Completes YYMMDD-NNN with its Luhn digit, so that only the date is wrong. */
const withCheck = (start: string) => `${start}${luhn(start.replace('-', ''))}`;
import { personnummer } from './support/awards';

const today = new Date('2025-06-01T12:00:00Z');

describe('Swedish personal identity numbers', () => {
  it.each([
    ['811218-9876', '198112189876', 'PERSONNUMMER'],
    ['8112189876', '198112189876', 'PERSONNUMMER'],
    ['19811218-9876', '198112189876', 'PERSONNUMMER'],
    ['198112189876', '198112189876', 'PERSONNUMMER'],
    ['121212+1212', '191212121212', 'PERSONNUMMER'],
    ['701063-2391', '197010632391', 'SAMORDNINGSNUMMER'],
  ])('accepts %s as %s (%s)', (input, normalised, kind) => {
    expect(parsePersonalNumber(input, today)).toMatchObject({ value: normalised, kind });
  });

  it.each([
    ['811218-9877', /check digit/],
    [withCheck('811318-987'), /date of birth/],
    [withCheck('810230-987'), /date of birth/],
    ['19811218+9876', /'\+' only/],
    ['301218-9875', /check digit|future/],
    ['81121-9876', /10 or 12 digits/],
    ['abc', /10 or 12 digits/],
  ])('refuses %s', (input, problem) => {
    const parsed = parsePersonalNumber(input, today);
    expect('problem' in parsed && parsed.problem).toMatch(problem);
  });

  it('refuses a date of birth in the future', () => {
    expect(parsePersonalNumber('20991231-0008', today)).toEqual({ problem: expect.stringMatching(/future|check digit/) });
  });

  it('the test generator makes valid, distinct numbers', () => {
    const numbers = new Set<string>();
    for (let serial = 0; serial < 2000; serial += 1) {
      const parsed = parsePersonalNumber(personnummer(serial), today);
      expect('value' in parsed).toBe(true);
      numbers.add((parsed as { value: string }).value);
    }
    expect(numbers.size).toBe(2000);
  });

  it('shows the owner the twelve-digit form', () => {
    expect(formatPersonalNumber('198112189876')).toBe('19811218-9876');
  });
});

describe('the vault (master key)', () => {
  const vault = new Vault(randomBytes(32));

  it('matches equal numbers by a keyed hash that another master key does not reproduce', () => {
    expect(vault.personalNumberHash('198112189876').equals(vault.personalNumberHash('198112189876'))).toBe(true);
    expect(vault.personalNumberHash('198112189876').equals(vault.personalNumberHash('198112189868'))).toBe(false);
    expect(new Vault(randomBytes(32)).personalNumberHash('198112189876').equals(vault.personalNumberHash('198112189876'))).toBe(false);
    expect(vault.personalNumberHash('198112189876').toString('hex')).not.toContain('198112189876');
  });

  it('seals with AES-256-GCM: opens with the same key and context only, and refuses tampering', () => {
    const sealed = vault.sealPersonalData('198112189876', 'learner:a');
    expect(sealed.toString('latin1')).not.toContain('198112189876');
    expect(vault.openPersonalData(sealed, 'learner:a')).toBe('198112189876');
    expect(() => vault.openPersonalData(sealed, 'learner:b')).toThrow();
    expect(() => new Vault(randomBytes(32)).openPersonalData(sealed, 'learner:a')).toThrow();
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] ^= 1;
    expect(() => vault.openPersonalData(tampered, 'learner:a')).toThrow();
  });

  it('encrypts private keys under a key of their own (not the personal-data key)', () => {
    const sealed = vault.encryptPrivateKey('{"d":"secret"}', 'kid-1');
    expect(vault.decryptPrivateKey(sealed, 'kid-1')).toBe('{"d":"secret"}');
    expect(() => vault.openPersonalData(sealed, 'kid-1')).toThrow();
  });
});
