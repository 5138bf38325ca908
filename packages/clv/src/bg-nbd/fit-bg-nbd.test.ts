import { describe, expect, test } from 'vitest';
import { cdnowSummary } from '../__fixtures__/cdnow.js';
import { ModelFitError } from '../errors.js';
import { simulateCustomers } from '../simulate/simulate-customers.js';
import { fitBgNbd } from './fit-bg-nbd.js';

describe('fitBgNbd on CDNOW (Fader, Hardie & Lee 2005)', () => {
  const fit = fitBgNbd(cdnowSummary());

  test('reproduces the published parameters within 0.01', () => {
    expect(Math.abs(fit.params.r - 0.243)).toBeLessThan(0.01);
    expect(Math.abs(fit.params.alpha - 4.414)).toBeLessThan(0.01);
    expect(Math.abs(fit.params.a - 0.793)).toBeLessThan(0.01);
    expect(Math.abs(fit.params.b - 2.426)).toBeLessThan(0.01);
  });

  test('reaches the published log-likelihood −9582.4 ± 0.1', () => {
    expect(Math.abs(fit.logLikelihood - -9582.4)).toBeLessThan(0.1);
  });

  test('reports how it converged, with standard errors', () => {
    expect(fit.diagnostics.converged).toBe(true);
    expect(fit.diagnostics.gradientNorm).toBeLessThan(1e-6);
    expect(fit.customers).toBe(2357);
    expect(fit.repeatCustomers).toBe(946);
    for (const value of Object.values(fit.standardErrors)) {
      expect(value).toBeGreaterThan(0);
      expect(Number.isFinite(value)).toBe(true);
    }
    // Precision: r is pinned to about ±5 %, b far more loosely (few observed dropouts).
    expect(fit.standardErrors.r / fit.params.r).toBeLessThan(fit.standardErrors.b / fit.params.b);
  });
});

describe('fitBgNbd on simulated customers', () => {
  test('recovers the parameters that generated the data', () => {
    const truth = { r: 0.5, alpha: 6, a: 1.2, b: 4 };
    const customers = simulateCustomers({
      bgNbd: truth,
      customers: 20_000,
      T: { min: 20, max: 52 },
      seed: 11,
    });
    const fit = fitBgNbd(customers);
    for (const name of ['r', 'alpha', 'a', 'b'] as const) {
      // Within 4 standard errors of the truth (a miss here is 1 in ~16,000 by chance).
      expect(Math.abs(fit.params[name] - truth[name])).toBeLessThan(4 * fit.standardErrors[name]);
    }
  });

  test('is scale-free: measuring time in days instead of weeks multiplies α by 7 only', () => {
    const weeks = simulateCustomers({
      bgNbd: { r: 0.3, alpha: 5, a: 0.8, b: 2.5 },
      customers: 3000,
      T: 39,
      seed: 3,
    });
    const days = {
      frequency: weeks.frequency,
      recency: weeks.recency.map((v) => v * 7),
      T: weeks.T.map((v) => v * 7),
    };
    const inWeeks = fitBgNbd(weeks).params;
    const inDays = fitBgNbd(days).params;
    expect(inDays.alpha / inWeeks.alpha).toBeCloseTo(7, 5);
    expect(inDays.r).toBeCloseTo(inWeeks.r, 6);
    expect(inDays.b).toBeCloseTo(inWeeks.b, 5);
  });
});

describe('fitBgNbd on bad input', () => {
  test('customers without repeat purchases or with T = 0 are part of the data, with a warning for T = 0', () => {
    const rows = [...cdnowSummary(), { frequency: 0, recency: 0, T: 0 }];
    const fit = fitBgNbd(rows);
    expect(fit.customers).toBe(2358);
    expect(fit.warnings.join(' ')).toMatch(/1 customer\(s\) have T = 0/);
    // A customer with T = 0 adds nothing to the likelihood.
    expect(fit.logLikelihood).toBeCloseTo(fitBgNbd(cdnowSummary()).logLikelihood, 6);
  });

  test('no repeat purchases at all is INSUFFICIENT_DATA, not a fit', () => {
    const rows = Array.from({ length: 50 }, (_, i) => ({ frequency: 0, recency: 0, T: 10 + i }));
    expect(() => fitBgNbd(rows)).toThrow(
      expect.objectContaining({ code: 'INSUFFICIENT_DATA', model: 'bg-nbd' }),
    );
  });

  test('too few customers is INSUFFICIENT_DATA', () => {
    expect(() => fitBgNbd([{ frequency: 1, recency: 1, T: 2 }])).toThrow(/at least 10 customers/);
  });

  test('a likelihood with no maximum is NOT_CONVERGED with finite diagnostics, never NaN parameters', () => {
    // Every repeat buyer is still buying at the end: nothing shows dropout, so p → 0 along a ridge.
    const rows = [
      ...Array.from({ length: 50 }, () => ({ frequency: 3, recency: 10, T: 10 })),
      ...Array.from({ length: 50 }, () => ({ frequency: 0, recency: 0, T: 10 })),
    ];
    let error: unknown;
    try {
      fitBgNbd(rows);
    } catch (e) {
      error = e;
    }
    expect(ModelFitError.isInstance(error)).toBe(true);
    const fitError = error as ModelFitError;
    expect(fitError.code).toBe('NOT_CONVERGED');
    expect(fitError.message).toMatch(/did not converge/);
    expect(fitError.diagnostics?.converged).toBe(false);
    for (const value of Object.values(fitError.diagnostics!.params))
      expect(Number.isFinite(value)).toBe(true);
  });

  test('an iteration limit that is too small is NOT_CONVERGED, saying where it stopped', () => {
    expect(() => fitBgNbd(cdnowSummary(), { maxIterations: 2 })).toThrow(
      expect.objectContaining({
        code: 'NOT_CONVERGED',
        diagnostics: expect.objectContaining({ iterations: expect.any(Number) }),
      }),
    );
  });

  test('impossible rows are INVALID_CUSTOMER_DATA naming the row', () => {
    const rows = [...cdnowSummary()];
    rows[5] = { ...rows[5]!, recency: 50, T: 40 };
    expect(() => fitBgNbd(rows)).toThrow(
      expect.objectContaining({ code: 'INVALID_CUSTOMER_DATA', index: 5, field: 'recency' }),
    );
    expect(() => fitBgNbd([{ frequency: 1.5, recency: 1, T: 2 }])).toThrow(/whole number/);
    expect(() => fitBgNbd([{ frequency: 0, recency: 3, T: 5 }])).toThrow(/frequency 0 must have recency 0/);
  });

  test('a penalty shrinks the parameters', () => {
    const plain = fitBgNbd(cdnowSummary());
    const penalised = fitBgNbd(cdnowSummary(), { penalty: 0.01 });
    expect(penalised.params.alpha).toBeLessThan(plain.params.alpha);
    expect(penalised.logLikelihood).toBeLessThan(plain.logLikelihood);
    expect(() => fitBgNbd(cdnowSummary(), { penalty: -1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    );
  });
});
