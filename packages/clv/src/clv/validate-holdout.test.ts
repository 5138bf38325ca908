import { describe, expect, test } from 'vitest';
import { cdnowSampleTransactions } from '../__fixtures__/cdnow.js';
import { fitBgNbd } from '../bg-nbd/fit-bg-nbd.js';
import { fitGammaGamma } from '../gamma-gamma/fit-gamma-gamma.js';
import { summarizeCalibrationHoldout } from '../transactions/summarize-calibration-holdout.js';
import { validateHoldout } from './validate-holdout.js';

describe('validateHoldout on CDNOW (39-week calibration, 39-week holdout)', () => {
  const split = summarizeCalibrationHoldout(cdnowSampleTransactions(), {
    calibrationEnd: '1997-09-30',
    observationEnd: '1998-06-30',
    unit: 'weeks',
  });
  const bgNbd = fitBgNbd(split.customers).params;
  const gammaGamma = fitGammaGamma(split.customers).params;
  const report = validateHoldout(split.customers, { bgNbd, gammaGamma });

  test('predicted and actual holdout purchases correlate at the published 0.626', () => {
    expect(Math.abs(report.correlation - 0.626)).toBeLessThan(0.001);
  });

  test('counts the 1,882 actual holdout purchases, 334 of them by the 1,411 customers without repeat purchases', () => {
    expect(report.totalActual).toBe(1882);
    const zeros = report.byFrequency[0]!;
    expect(zeros).toMatchObject({ frequency: 0, orMore: false, customers: 1411 });
    expect(zeros.meanActual * zeros.customers).toBeCloseTo(334, 9);
    // The model predicts about 0.23 per zero-class customer; FHL 2005 compare it with the actual 0.24.
    expect(Math.abs(zeros.meanPredicted - 0.24)).toBeLessThan(0.02);
  });

  test('groups calibration frequencies 0–6 and 7+, covering every customer', () => {
    expect(report.byFrequency.map((g) => g.frequency)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(report.byFrequency.at(-1)!.orMore).toBe(true);
    expect(report.byFrequency.reduce((s, g) => s + g.customers, 0)).toBe(report.customers);
    expect(report.predicted).toHaveLength(2357);
  });

  test('compares predicted and actual holdout value when given Gamma-Gamma parameters', () => {
    expect(report.value!.totalActual).toBeCloseTo(
      split.customers.reduce((s, c) => s + c.valueHoldout, 0),
      6,
    );
    expect(report.value!.correlation).toBeGreaterThan(0.3);
  });

  test('rejects rows without holdout columns', () => {
    expect(() =>
      validateHoldout([{ frequency: 1, recency: 1, T: 3, frequencyHoldout: 1, durationHoldout: 0 }], {
        bgNbd,
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_CUSTOMER_DATA', field: 'durationHoldout', index: 0 }));
  });
});
