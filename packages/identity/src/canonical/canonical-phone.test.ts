import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { canonicalPhone, parsePhone } from './canonical-phone.js';

describe('canonicalPhone', () => {
  test.each([
    // Meta's official example (US): (650)555-1212 → 16505551212 (E.164 +16505551212).
    ['(650)555-1212', undefined, '+16505551212', 'US'],
    // Google's formatting example: (800)555-0100 → +18005550100.
    ['(800)555-0100', undefined, '+18005550100', 'US'],
    ['650.555.1212', undefined, '+16505551212', 'US'],
    ['1-650-555-1212', undefined, '+16505551212', 'US'],
    ['+1 650 555 1212 ext. 7', undefined, '+16505551212', 'US'],
    ['tel:+16505551212', undefined, '+16505551212', 'US'],
    ['011 44 20 7946 0018', undefined, '+442079460018', 'GB'],
    ['0044 20 7946 0018', undefined, '+442079460018', 'GB'],
    ['00 33 6 12 34 56 78', undefined, '+33612345678', 'FR'],
    ['+33 6 12 34 56 78', undefined, '+33612345678', 'FR'],
    ['06 12 34 56 78', 'FR', '+33612345678', 'FR'],
    ['020 7946 0018', 'GB', '+442079460018', 'GB'],
    ['６５０５５５１２１２', undefined, '+16505551212', 'US'],
  ] as const)('%j (region %s) → %s', (raw, region, e164, country) => {
    expect(canonicalPhone(raw, region === undefined ? undefined : { defaultRegion: region })).toEqual({
      e164,
      country,
    });
  });

  test.each([
    '',
    '   ',
    'none',
    'call me',
    '123',
    '555-5555',
    '+1 123 456 7890',
    '0000000000',
    '06 12 34 56 78', // a French number read as a US one
    '1'.repeat(80),
  ])('rejects %j', (raw) => {
    expect(canonicalPhone(raw)).toBeNull();
  });

  test('without a region only international numbers parse', () => {
    expect(parsePhone('(650) 555-1212', undefined)).toBeNull();
    expect(parsePhone('+1 (650) 555-1212', undefined)?.e164).toBe('+16505551212');
    expect(parsePhone('0033612345678', undefined)?.e164).toBe('+33612345678');
  });

  test('an unknown or lowercase region is handled', () => {
    expect(parsePhone('06 12 34 56 78', 'fr')?.e164).toBe('+33612345678');
    expect(parsePhone('06 12 34 56 78', 'XX')).toBeNull();
  });

  test('E.164 output is idempotent', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[2-9]\d{2}[2-9]\d{6}$/),
        fc.string({ maxLength: 3 }),
        (national, junk) => {
          const once = canonicalPhone(`${junk}${national}`);
          if (once === null) return;
          expect(canonicalPhone(once.e164)).toEqual(once);
          expect(once.e164).toMatch(/^\+\d{8,15}$/);
        },
      ),
    );
  });

  test('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (raw) => {
        const result = canonicalPhone(raw);
        if (result) expect(result.e164).toMatch(/^\+\d+$/);
      }),
    );
  });
});
