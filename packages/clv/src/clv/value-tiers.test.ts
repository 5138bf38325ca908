import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { assignValueTiers, defaultValueTiers } from './value-tiers.js';

const customers = (values: number[]) => values.map((value, i) => ({ personId: `c${i}`, value }));

describe('assignValueTiers', () => {
  test('splits by rank into the default 10 / 20 / 30 / 40 % tiers', () => {
    const result = assignValueTiers(customers(Array.from({ length: 10 }, (_, i) => (i + 1) * 10)));
    expect(result.customers.map((c) => c.tier)).toEqual([
      'low',
      'low',
      'low',
      'low',
      'medium',
      'medium',
      'medium',
      'high',
      'high',
      'top',
    ]);
    expect(result.customers[9]).toEqual({
      personId: 'c9',
      value: 100,
      tier: 'top',
      rank: 1,
      lookalikeValue: 100,
    });
    expect(result.tiers.map((t) => [t.name, t.customers, t.minValue, t.maxValue])).toEqual([
      ['top', 1, 100, 100],
      ['high', 2, 80, 90],
      ['medium', 3, 50, 70],
      ['low', 4, 10, 40],
    ]);
  });

  test('never splits a tie across tiers', () => {
    const result = assignValueTiers(customers([5, 9, 9, 9, 1]), [
      { name: 'best', share: 0.2 },
      { name: 'rest', share: 0.8 },
    ]);
    expect(result.customers.filter((c) => c.value === 9).map((c) => c.tier)).toEqual([
      'best',
      'best',
      'best',
    ]);
  });

  test('gives Meta a non-negative LOOKALIKE_VALUE in cents and warns about negatives', () => {
    const result = assignValueTiers(customers([12.345, -3]));
    expect(result.customers.map((c) => c.lookalikeValue)).toEqual([12.35, 0]);
    expect(result.warnings).toEqual(['1 customer(s) have a negative value; their lookalikeValue is 0.']);
  });

  test('higher values never land in a lower tier, and every customer lands once', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -10, max: 1000, noNaN: true }), { maxLength: 200 }), (values) => {
        const result = assignValueTiers(customers(values));
        const order = defaultValueTiers.map((t) => t.name);
        expect(result.tiers.reduce((s, t) => s + t.customers, 0)).toBe(values.length);
        for (const a of result.customers) {
          for (const b of result.customers) {
            if (a.value > b.value) expect(order.indexOf(a.tier)).toBeLessThanOrEqual(order.indexOf(b.tier));
          }
        }
      }),
      { numRuns: 50 },
    );
  });

  test('rejects tiers that do not add up and values that are not numbers', () => {
    expect(() => assignValueTiers(customers([1]), [{ name: 'a', share: 0.5 }])).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    );
    expect(() =>
      assignValueTiers(customers([1]), [
        { name: 'a', share: 0.5 },
        { name: 'a', share: 0.5 },
      ]),
    ).toThrow(expect.objectContaining({ field: 'tiers[1]' }));
    expect(() => assignValueTiers(customers([Number.NaN]))).toThrow(
      expect.objectContaining({ code: 'INVALID_CUSTOMER_DATA', index: 0 }),
    );
  });
});
