import { describe, expect, test } from 'vitest';
import { cdnowSummaryWithSpend } from '../__fixtures__/cdnow.js';
import { ModelFitError } from '../errors.js';
import { simulateCustomers } from '../simulate/simulate-customers.js';
import { fitGammaGamma } from './fit-gamma-gamma.js';
import { gammaGammaExpectedAverageValue } from './gamma-gamma-expected-value.js';

const cdnow = () => cdnowSummaryWithSpend().map((row) => ({ frequency: row.x, monetaryValue: row.zbar }));

describe('fitGammaGamma on CDNOW (946 repeat customers)', () => {
  const fit = fitGammaGamma(cdnow());

  test('reproduces p, q, γ within 0.01 of 6.25, 3.74, 15.44', () => {
    expect(Math.abs(fit.params.p - 6.25)).toBeLessThan(0.01);
    expect(Math.abs(fit.params.q - 3.74)).toBeLessThan(0.01);
    expect(Math.abs(fit.params.gamma - 15.44)).toBeLessThan(0.01);
  });

  test('fits the 946 repeat customers and counts the 1,411 without repeat purchases as excluded', () => {
    expect(fit.customers).toBe(946);
    expect(fit.excluded).toEqual({ noRepeatPurchases: 1411, nonPositiveValue: 0 });
    expect(fit.diagnostics.converged).toBe(true);
  });

  test('reports the frequency–spend correlation the model assumes away (weak on CDNOW)', () => {
    expect(Math.abs(fit.frequencySpendCorrelation)).toBeLessThan(0.3);
    expect(fit.warnings).toEqual([]);
  });

  test('conditional expected average profit of the first customers is 24.65, 18.91, 35.17', () => {
    const first = cdnow().slice(0, 3);
    const expected = [24.65, 18.91, 35.17];
    const values = gammaGammaExpectedAverageValue(fit.params, first);
    expect(values).toHaveLength(3);
    values.forEach((value, i) => {
      expect(Math.abs(value - expected[i]!)).toBeLessThan(0.1);
    });
  });
});

describe('fitGammaGamma on simulated spend', () => {
  test('recovers the parameters that generated the data', () => {
    const truth = { p: 4, q: 5, gamma: 20 };
    const customers = simulateCustomers({
      bgNbd: { r: 2, alpha: 4, a: 0.5, b: 5 },
      gammaGamma: truth,
      customers: 20_000,
      T: 30,
      seed: 9,
    });
    const fit = fitGammaGamma(customers);
    for (const name of ['p', 'q', 'gamma'] as const) {
      expect(Math.abs(fit.params[name] - truth[name])).toBeLessThan(4 * fit.standardErrors[name]);
    }
  });
});

describe('fitGammaGamma on bad input', () => {
  test('repeat customers with zero or negative mean spend are excluded with a count and a warning', () => {
    const rows = [...cdnow(), { frequency: 2, monetaryValue: 0 }, { frequency: 1, monetaryValue: -5 }];
    const fit = fitGammaGamma(rows);
    expect(fit.customers).toBe(946);
    expect(fit.excluded.nonPositiveValue).toBe(2);
    expect(fit.warnings.join(' ')).toMatch(/2 repeat customer\(s\) with mean repeat spend ≤ 0/);
  });

  test('too few repeat customers is INSUFFICIENT_DATA', () => {
    expect(() =>
      fitGammaGamma([
        { frequency: 0, monetaryValue: 0 },
        { frequency: 2, monetaryValue: 10 },
      ]),
    ).toThrow(expect.objectContaining({ code: 'INSUFFICIENT_DATA', model: 'gamma-gamma' }));
  });

  test('identical spend everywhere has no maximum: NOT_CONVERGED with finite diagnostics', () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ frequency: 1 + (i % 3), monetaryValue: 50 }));
    let error: unknown;
    try {
      fitGammaGamma(rows);
    } catch (e) {
      error = e;
    }
    expect(ModelFitError.isInstance(error)).toBe(true);
    expect((error as ModelFitError).code).toBe('NOT_CONVERGED');
    expect((error as ModelFitError).message).toMatch(/hardly vary/);
    for (const value of Object.values((error as ModelFitError).diagnostics!.params))
      expect(Number.isFinite(value)).toBe(true);
  });

  test('non-finite spend is INVALID_CUSTOMER_DATA naming the row', () => {
    expect(() => fitGammaGamma([{ frequency: 1, monetaryValue: Number.NaN }])).toThrow(
      expect.objectContaining({ code: 'INVALID_CUSTOMER_DATA', index: 0, field: 'monetaryValue' }),
    );
  });
});
