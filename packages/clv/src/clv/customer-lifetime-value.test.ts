import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { bgNbdExpectedPurchases } from '../bg-nbd/bg-nbd-expected-purchases.js';
import { bgNbdProbabilityAlive } from '../bg-nbd/bg-nbd-probability-alive.js';
import { gammaGammaExpectedAverageValue } from '../gamma-gamma/gamma-gamma-expected-value.js';
import { simulateCustomers } from '../simulate/simulate-customers.js';
import { customerLifetimeValue } from './customer-lifetime-value.js';

const bgNbd = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const gammaGamma = { p: 6.25, q: 3.74, gamma: 15.44 };
const population = simulateCustomers({
  bgNbd,
  gammaGamma,
  customers: 30_000,
  T: { min: 0, max: 80 },
  seed: 21,
});

describe('customerLifetimeValue', () => {
  test('is the discounted sum of expected purchases per period times expected spend and margin', () => {
    const customer = { frequency: 2, recency: 30.43, T: 38.86, monetaryValue: 22.35 };
    const periods = 4;
    const horizon = 52;
    const rate = 0.02;
    const [value] = customerLifetimeValue([customer], {
      bgNbd,
      gammaGamma,
      horizon,
      periods,
      discountRate: rate,
      margin: 0.3,
    }).clv;
    // Recompute from the single-horizon functions: Σⱼ (E(tⱼ) − E(tⱼ₋₁)) / (1+d)ʲ.
    let expected = 0;
    let previous = 0;
    for (let j = 1; j <= periods; j++) {
      const cumulative = bgNbdExpectedPurchases(bgNbd, customer, (j * horizon) / periods);
      expected += (cumulative - previous) / (1 + rate) ** j;
      previous = cumulative;
    }
    expected *= 0.3 * gammaGammaExpectedAverageValue(gammaGamma, customer);
    expect(value).toBeCloseTo(expected, 10);
  });

  test('reports P(alive), expected purchases over the horizon and expected spend per customer', () => {
    const rows = [
      { frequency: 0, recency: 0, T: 20, monetaryValue: 0 },
      { frequency: 5, recency: 10, T: 60, monetaryValue: 80 },
    ];
    const result = customerLifetimeValue(rows, { bgNbd, gammaGamma, horizon: 26, discountRate: 0 });
    expect([...result.probabilityAlive]).toEqual([...bgNbdProbabilityAlive(bgNbd, rows)]);
    expect(result.expectedPurchases[1]).toBeCloseTo(bgNbdExpectedPurchases(bgNbd, rows[1]!, 26), 12);
    expect([...result.expectedAverageValue]).toEqual([...gammaGammaExpectedAverageValue(gammaGamma, rows)]);
    // Undiscounted, CLV is expected purchases × expected spend.
    expect(result.clv[1]).toBeCloseTo(result.expectedPurchases[1]! * result.expectedAverageValue[1]!, 9);
  });

  test('the fast tables agree with exact evaluation on a large population', () => {
    const options = { bgNbd, gammaGamma, horizon: 52, discountRate: 0.01 };
    const fast = customerLifetimeValue(population, options);
    const exact = customerLifetimeValue(population, { ...options, exact: true });
    let worst = 0;
    for (let i = 0; i < fast.clv.length; i++) {
      worst = Math.max(worst, Math.abs(fast.clv[i]! - exact.clv[i]!) / Math.max(1e-12, exact.clv[i]!));
      worst = Math.max(
        worst,
        Math.abs(fast.expectedPurchases[i]! - exact.expectedPurchases[i]!) /
          Math.max(1e-12, exact.expectedPurchases[i]!),
      );
    }
    expect(worst).toBeLessThan(1e-9);
  });

  test('stays finite for extreme horizons and brand-new customers (T = 0), tables and exact alike', () => {
    const young = simulateCustomers({ bgNbd, gammaGamma, customers: 500, T: { min: 0, max: 10 }, seed: 2 });
    young.T[0] = 0;
    const options = { bgNbd, gammaGamma, horizon: 5200, periods: 10, discountRate: 0.001 };
    const fast = customerLifetimeValue(young, options);
    const exact = customerLifetimeValue(young, { ...options, exact: true });
    for (let i = 0; i < 500; i++) {
      expect(Number.isFinite(fast.clv[i]!) && fast.clv[i]! >= 0).toBe(true);
      expect(Math.abs(fast.clv[i]! - exact.clv[i]!)).toBeLessThanOrEqual(1e-9 * exact.clv[i]!);
    }
  });

  test('is never negative and falls as the discount rate rises', () => {
    const sample = {
      frequency: population.frequency.subarray(0, 300),
      recency: population.recency.subarray(0, 300),
      T: population.T.subarray(0, 300),
      monetaryValue: population.monetaryValue.subarray(0, 300),
    };
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.2, noNaN: true }),
        fc.double({ min: 0.001, max: 0.2, noNaN: true }),
        (rate, step) => {
          const low = customerLifetimeValue(sample, {
            bgNbd,
            gammaGamma,
            horizon: 52,
            discountRate: rate,
          }).clv;
          const high = customerLifetimeValue(sample, {
            bgNbd,
            gammaGamma,
            horizon: 52,
            discountRate: rate + step,
          }).clv;
          for (let i = 0; i < low.length; i++) {
            expect(high[i]).toBeGreaterThanOrEqual(0);
            expect(high[i]).toBeLessThanOrEqual(low[i]!);
          }
        },
      ),
      { numRuns: 20 },
    );
  });

  test('rejects impossible options, naming them', () => {
    const rows = [{ frequency: 1, recency: 1, T: 2, monetaryValue: 10 }];
    for (const [field, bad] of [
      ['horizon', { horizon: 0 }],
      ['discountRate', { discountRate: -0.1 }],
      ['periods', { periods: 0.5 }],
      ['margin', { margin: 1.5 }],
    ] as const) {
      expect(() =>
        customerLifetimeValue(rows, { bgNbd, gammaGamma, horizon: 52, discountRate: 0.01, ...bad }),
      ).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS', field }));
    }
  });
});
