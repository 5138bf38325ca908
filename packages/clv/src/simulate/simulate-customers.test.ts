import { expect, test } from 'vitest';
import { bgNbdPopulationExpectedPurchases } from '../bg-nbd/bg-nbd-expected-purchases.js';
import { simulateCustomers } from './simulate-customers.js';

const bgNbd = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

test('the same seed gives the same customers, another seed others', () => {
  const one = simulateCustomers({ bgNbd, customers: 100, T: 39, seed: 1 });
  const again = simulateCustomers({ bgNbd, customers: 100, T: 39, seed: 1 });
  const other = simulateCustomers({ bgNbd, customers: 100, T: 39, seed: 2 });
  expect([...again.frequency]).toEqual([...one.frequency]);
  expect([...other.recency]).not.toEqual([...one.recency]);
});

test('mean repeat purchases match the model’s E[X(T)] (FHL 2005 eq. 7)', () => {
  const customers = simulateCustomers({ bgNbd, customers: 100_000, T: 39, seed: 4 });
  const mean = customers.frequency.reduce((a, b) => a + b, 0) / customers.frequency.length;
  // Standard error of the mean is about 0.006 here.
  expect(Math.abs(mean - bgNbdPopulationExpectedPurchases(bgNbd, 39))).toBeLessThan(0.03);
});

test('histories are consistent: recency ≤ T, no recency without repeats, spend only with repeats', () => {
  const c = simulateCustomers({
    bgNbd,
    gammaGamma: { p: 6, q: 4, gamma: 15 },
    customers: 5000,
    T: { min: 1, max: 80 },
    seed: 8,
  });
  for (let i = 0; i < 5000; i++) {
    expect(c.recency[i]).toBeLessThanOrEqual(c.T[i]!);
    expect(c.T[i]).toBeGreaterThanOrEqual(1);
    expect(c.T[i]).toBeLessThanOrEqual(80);
    if (c.frequency[i] === 0) {
      expect(c.recency[i]).toBe(0);
      expect(c.monetaryValue[i]).toBe(0);
      expect(c.alive[i]).toBe(1);
    } else {
      expect(c.monetaryValue[i]).toBeGreaterThan(0);
    }
  }
});

test('rejects impossible options', () => {
  expect(() => simulateCustomers({ bgNbd, customers: -1, T: 1 })).toThrow(
    expect.objectContaining({ field: 'customers' }),
  );
  expect(() => simulateCustomers({ bgNbd, customers: 1, T: { min: 5, max: 1 } })).toThrow(
    expect.objectContaining({ field: 'T' }),
  );
});
