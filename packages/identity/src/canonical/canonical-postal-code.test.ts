import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { canonicalPostalCode } from './canonical-postal-code.js';

describe('canonicalPostalCode', () => {
  test.each([
    ['94107', undefined, '94107'],
    ['94107-1234', undefined, '94107'],
    ['941071234', undefined, '94107'],
    [' 94107 ', 'US', '94107'],
    ['2134', 'US', '02134'],
    ['2134', 'united states', '02134'],
    ['k1a0b1', undefined, 'K1A 0B1'],
    ['K1A 0B1', 'CA', 'K1A 0B1'],
    ['sw1a1aa', undefined, 'SW1A 1AA'],
    ['SW1A 1AA', 'GB', 'SW1A 1AA'],
    ['m11ae', 'UK', 'M1 1AE'],
    ['1011ab', 'NL', '1011 AB'],
    ['1000001', 'JP', '100-0001'],
    ['01310-200', 'BR', '01310-200'],
    ['00950', 'PL', '00-950'],
    ['114 55', 'SE', '114 55'],
    ['75008', 'FR', '75008'],
    ['10115', 'Germany', '10115'],
    ['2000', 'AU', '2000'],
    ['D02 X285', 'IE', 'D02 X285'],
    ['110001', 'IN', '110001'],
    ['1010', 'AR', '1010'],
    ['c1425', 'AR', 'C1425'],
    ['12345', undefined, '12345'],
    ['ab 12', undefined, 'AB12'],
  ] as const)('%j (%s) → %j', (raw, country, expected) => {
    expect(canonicalPostalCode(raw, country)).toBe(expected);
  });

  test.each([
    ['', undefined],
    ['   ', undefined],
    ['00000', undefined],
    ['n/a', undefined],
    ['ab', undefined],
    ['abcdef', undefined],
    ['12345678901', undefined],
    ['9410', 'FR'],
    ['ABC123', 'CA'],
    ['1234', 'GB'],
    ['🙂', 'US'],
    ['123', 'US'],
  ] as const)('rejects %j (%s)', (raw, country) => {
    expect(canonicalPostalCode(raw, country)).toBeNull();
  });

  test('is idempotent for every country it knows', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 12 }),
        fc.constantFrom(undefined, 'US', 'CA', 'GB', 'NL', 'JP', 'BR', 'PL', 'PT', 'SE', 'IE', 'DE', 'ZZ'),
        (raw, country) => {
          const once = canonicalPostalCode(raw, country);
          if (once !== null) expect(canonicalPostalCode(once, country)).toBe(once);
        },
      ),
      { numRuns: 500 },
    );
  });

  test('generated ZIP+4 codes reduce to their ZIP', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{5}$/), fc.stringMatching(/^\d{4}$/), (zip, plus4) => {
        fc.pre(zip !== '00000');
        expect(canonicalPostalCode(`${zip}-${plus4}`, 'US')).toBe(zip);
      }),
    );
  });
});
