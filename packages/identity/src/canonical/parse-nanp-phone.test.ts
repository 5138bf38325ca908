import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { seededRandom } from '../random.js';
import { parsePhone, parsePhoneWithLibphonenumber } from './canonical-phone.js';
import { parseNanpPhone } from './parse-nanp-phone.js';

/** The spellings point-of-sale, CRM and shop exports use for one North American number. */
const SHAPES: readonly ((a: string, b: string, c: string) => string)[] = [
  (a, b, c) => `(${a}) ${b}-${c}`,
  (a, b, c) => `(${a})${b}-${c}`,
  (a, b, c) => `${a}-${b}-${c}`,
  (a, b, c) => `${a}.${b}.${c}`,
  (a, b, c) => `${a} ${b} ${c}`,
  (a, b, c) => `${a}${b}${c}`,
  (a, b, c) => `1-${a}-${b}-${c}`,
  (a, b, c) => `1 (${a}) ${b}-${c}`,
  (a, b, c) => `1${a}${b}${c}`,
  (a, b, c) => `+1 ${a} ${b} ${c}`,
  (a, b, c) => `+1 (${a}) ${b}-${c}`,
  (a, b, c) => `+1-${a}-${b}-${c}`,
  (a, b, c) => `+1${a}${b}${c}`,
];
const REGIONS = ['US', 'CA', undefined, 'GB', 'FR', 'PR'] as const;

describe('parseNanpPhone (fast path of parsePhone)', () => {
  test('every area code, in every everyday spelling: the same result as libphonenumber-js', () => {
    const random = seededRandom(11);
    const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
    let fast = 0;
    let valid = 0;
    for (let area = 200; area <= 999; area++) {
      for (let k = 0; k < 2; k++) {
        // Exchanges starting 0 or 1 are invalid in NANP; keep some of them.
        const exchange =
          random() < 0.15
            ? `${Math.floor(random() * 2)}${digits(2)}`
            : `${2 + Math.floor(random() * 8)}${digits(2)}`;
        const line = digits(4);
        const text = SHAPES[Math.floor(random() * SHAPES.length)]!(String(area), exchange, line);
        for (const region of ['US', 'CA'] as const) {
          const expected = parsePhoneWithLibphonenumber(text, region);
          expect(parsePhone(text, region), `${text} in ${region}`).toEqual(expected);
          if (parseNanpPhone(text, region) !== undefined) fast++;
          if (expected !== null) valid++;
        }
      }
    }
    // Every one of these spellings takes the fast path, and both valid and invalid numbers occur.
    expect(fast).toBe(800 * 2 * 2);
    expect(valid).toBeGreaterThan(1000);
    expect(valid).toBeLessThan(fast);
  });

  test('random digits in random spellings and regions: the same result as libphonenumber-js', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{10}$/),
        fc.nat(SHAPES.length - 1),
        fc.constantFrom(...REGIONS),
        (national, shape, region) => {
          const text = SHAPES[shape]!(national.slice(0, 3), national.slice(3, 6), national.slice(6));
          expect(parsePhone(text, region)).toEqual(parsePhoneWithLibphonenumber(text, region));
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('near-miss spellings fall back to libphonenumber-js and agree with it', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(
          /^[+1(]{0,2}[2-9]\d{2}[ ).\-/]{0,2}\d{3}[ .\-/x]{0,2}\d{3,5}( ?(ext|x)\.? ?\d{1,4})?$/,
        ),
        fc.constantFrom(...REGIONS),
        (text, region) => {
          expect(parsePhone(text, region)).toEqual(parsePhoneWithLibphonenumber(text, region));
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('a national number without + is only read as NANP in the US and Canada', () => {
    expect(parseNanpPhone('(415) 253-1234', 'US')).toEqual({ e164: '+14152531234', country: 'US' });
    expect(parseNanpPhone('(415) 253-1234', 'CA')).toEqual({ e164: '+14152531234', country: 'US' });
    expect(parseNanpPhone('(415) 253-1234', 'GB')).toBeUndefined();
    expect(parseNanpPhone('(415) 253-1234', undefined)).toBeUndefined();
    expect(parseNanpPhone('+1 415 253 1234', 'GB')).toEqual({ e164: '+14152531234', country: 'US' });
    // Toronto and Antigua numbers belong to their own regions.
    expect(parseNanpPhone('416-555-0199', 'US')?.country).toBe('CA');
    expect(parseNanpPhone('+1 268 464 1234', 'US')?.country).toBe(
      parsePhoneWithLibphonenumber('+1 268 464 1234', 'US')?.country,
    );
    // A national number starting with 1 is left to libphonenumber-js; area code 999 is not assigned.
    expect(parseNanpPhone('123-456-7890', 'US')).toBeUndefined();
    expect(parseNanpPhone('999-456-7890', 'US')).toBeNull();
    expect(parsePhoneWithLibphonenumber('999-456-7890', 'US')).toBeNull();
  });
});
