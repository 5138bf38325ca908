import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { backoffDelay, parseRetryAfter } from './backoff.js';

describe('backoffDelay', () => {
  const policy = { baseDelayMs: 500, maxDelayMs: 4_000 };

  test.each([
    [1, 500],
    [2, 1_000],
    [3, 2_000],
    [4, 4_000],
    [9, 4_000],
  ])('retry %i has a ceiling of %i ms (random → 1)', (retry, ceiling) => {
    expect(backoffDelay(retry, policy, () => 0.999_999)).toBe(ceiling - 1);
    expect(backoffDelay(retry, policy, () => 0)).toBe(0);
  });

  test('property: full jitter stays within [0, ceiling)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (retry, r) => {
          const delay = backoffDelay(retry, policy, () => r);
          const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
          expect(delay).toBeGreaterThanOrEqual(0);
          expect(delay).toBeLessThan(Math.max(1, ceiling));
        },
      ),
    );
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-03-01T12:00:00Z');
  test.each([
    ['120', 120_000],
    ['0', 0],
    ['2.5', 2_500],
    [' 3 ', 3_000],
    ['Sat, 01 Mar 2025 12:00:30 GMT', 30_000],
    ['Sat, 01 Mar 2025 11:00:00 GMT', 0],
  ])('%s → %i ms', (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });

  test.each([[null], [undefined], [''], ['soon'], ['-5']])('%s → undefined', (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});
