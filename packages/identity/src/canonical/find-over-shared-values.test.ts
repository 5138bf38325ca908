import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { IdentityError } from '../errors.js';
import { findOverSharedValues } from './find-over-shared-values.js';

describe('findOverSharedValues', () => {
  test.each([
    [['a', 'b', 'a', 'a'], 2, ['a']],
    [['a', 'b', 'a', 'a'], 3, []],
    [['shop@golf.com', 'x@y.com', 'shop@golf.com'], 1, ['shop@golf.com']],
    [['', '', '', ''], 1, []],
    [[], 1, []],
  ])('%j with at most %i per value → %j', (values, max, expected) => {
    expect([...findOverSharedValues(values, { maxRecordsPerValue: max })].sort()).toEqual(expected);
  });

  test('accepts any iterable, including a generator', () => {
    function* values() {
      for (let i = 0; i < 100; i++) yield i % 10 === 0 ? 'store-phone' : `p${i}`;
    }
    expect(findOverSharedValues(values(), { maxRecordsPerValue: 5 })).toEqual(new Set(['store-phone']));
  });

  test.each([0, -1, 1.5, Number.NaN])('rejects maxRecordsPerValue %s with an IdentityError', (max) => {
    let caught: unknown;
    try {
      findOverSharedValues(['a'], { maxRecordsPerValue: max });
    } catch (error) {
      caught = error;
    }
    expect(IdentityError.isInstance(caught)).toBe(true);
    expect((caught as IdentityError).code).toBe('INVALID_IDENTITY_OPTIONS');
  });

  test('agrees with counting by hand', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', 'd', '')),
        fc.integer({ min: 1, max: 5 }),
        (values, max) => {
          const counts: Record<string, number> = {};
          for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
          const expected = Object.keys(counts).filter((v) => v !== '' && counts[v]! > max);
          expect([...findOverSharedValues(values, { maxRecordsPerValue: max })].sort()).toEqual(
            expected.sort(),
          );
        },
      ),
    );
  });
});
