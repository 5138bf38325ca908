import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { gammaGammaExpectedAverageValue } from './gamma-gamma-expected-value.js';

const params = { p: 6.25, q: 3.74, gamma: 15.44 };

describe('gammaGammaExpectedAverageValue', () => {
  test('gives the population mean γp/(q−1) without repeat purchases', () => {
    expect(gammaGammaExpectedAverageValue(params, { frequency: 0, monetaryValue: 0 })).toBeCloseTo(
      (params.gamma * params.p) / (params.q - 1),
      12,
    );
  });

  test('lies between the population mean and the customer’s own mean, closer to their own the more they bought', () => {
    const population = (params.gamma * params.p) / (params.q - 1);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.double({ min: 0.01, max: 1e4, noNaN: true }),
        (x, z) => {
          const value = gammaGammaExpectedAverageValue(params, { frequency: x, monetaryValue: z });
          expect(value).toBeGreaterThanOrEqual(Math.min(population, z) * (1 - 1e-12));
          expect(value).toBeLessThanOrEqual(Math.max(population, z) * (1 + 1e-12));
          const more = gammaGammaExpectedAverageValue(params, { frequency: x + 1, monetaryValue: z });
          expect(Math.abs(more - z)).toBeLessThanOrEqual(Math.abs(value - z) * (1 + 1e-12));
        },
      ),
    );
  });

  test('refuses q ≤ 1 for customers without repeat purchases and negative spend', () => {
    expect(() =>
      gammaGammaExpectedAverageValue({ ...params, q: 0.8 }, { frequency: 0, monetaryValue: 0 }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_PARAMETERS', field: 'q' }));
    expect(() => gammaGammaExpectedAverageValue(params, { frequency: 2, monetaryValue: -1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_CUSTOMER_DATA', field: 'monetaryValue' }),
    );
  });
});
