import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  calibrateConfidence,
  calibrateNullConfidence,
  NULL_CALIBRATION,
  SUGGESTION_CALIBRATION,
} from './calibrate-confidence.js';

describe('confidence calibration', () => {
  test('is monotone: a higher score never gets a lower confidence', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(calibrateConfidence(lo)).toBeLessThanOrEqual(calibrateConfidence(hi));
          expect(calibrateNullConfidence(lo)).toBeGreaterThanOrEqual(calibrateNullConfidence(hi));
        },
      ),
    );
  });

  test('stays a probability and follows the knots', () => {
    for (const [score, p] of SUGGESTION_CALIBRATION) expect(calibrateConfidence(score)).toBeCloseTo(p, 2);
    for (const [score, p] of NULL_CALIBRATION) expect(calibrateNullConfidence(score)).toBeCloseTo(p, 2);
    expect(calibrateConfidence(-1)).toBe(SUGGESTION_CALIBRATION[0]![1]);
    expect(calibrateConfidence(2)).toBe(SUGGESTION_CALIBRATION.at(-1)![1]);
  });
});
