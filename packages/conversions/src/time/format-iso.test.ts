import fc from 'fast-check';
import { expect, test } from 'vitest';
import { formatIsoUtc } from './format-iso.js';

test('formatIsoUtc matches Date#toISOString for every instant in years 0000–9999', () => {
  fc.assert(
    fc.property(
      fc.integer({
        min: Date.UTC(0, 0, 1) - 1900 * 365 * 86_400_000,
        max: Date.UTC(9999, 11, 31, 23, 59, 59, 999),
      }),
      (ms) => {
        const expected = new Date(ms).toISOString();
        if (!/^\d{4}-/.test(expected)) return;
        expect(formatIsoUtc(ms)).toBe(expected);
      },
    ),
    { numRuns: 5000 },
  );
  for (const ms of [0, -1, 86_399_999, 86_400_000, Date.UTC(2024, 1, 29, 23, 59, 59, 999)]) {
    expect(formatIsoUtc(ms)).toBe(new Date(ms).toISOString());
  }
});
