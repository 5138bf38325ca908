/**
 * Maps the matcher's raw score to a calibrated probability of being right.
 *
 * Two kinds of evidence set the table. In-sample: `pnpm bench:discovery
 * <dirs…> --fit` prints the isotonic (pool-adjacent-violators) steps, shrunk
 * towards 0.5 with 8 pseudo-columns, on the shipped benchmark plus the six
 * held-out sets (1,559 labelled columns of 78 exports); there, scores
 * 0.50–0.60 were 67% right, 0.60–0.70 88%, 0.70–0.80 96%, 0.80–0.90 96%,
 * ≥ 0.90 99.8%. Blind: the first runs of holdout-d, -e and -f, made before
 * any change for them, were less kind (confidence 0.80–0.90 → 73–86% right,
 * 0.90–0.95 → 86–94%). Exports the matcher has never seen are what it is for,
 * so each knot is the lower of the in-sample fit and the table below, which
 * the blind runs bear out; the in-sample fit lies above it everywhere. The
 * bench prints the resulting calibration table, so "at least 90% of
 * suggestions with confidence ≥ 0.9 are right" can be re-checked on any
 * labelled set.
 */
export const SUGGESTION_CALIBRATION: readonly (readonly [score: number, probability: number])[] = [
  [0.5, 0.52],
  [0.56, 0.55],
  [0.65, 0.73],
  [0.72, 0.77],
  [0.8, 0.88],
  [0.9, 0.95],
  [0.98, 0.98],
];

/**
 * Probability that a column left unmapped really maps to nothing, by the best
 * score any target had for it. Refitted on the same 1,559 columns (lower of
 * the fit and the previous table): 94% of the columns with no candidate at
 * all, 88–100% of those whose best candidate scored below 0.5, and 90% of the
 * columns that lost a target to a better column, but only 60% of those that
 * lost one they fitted almost perfectly. A header the dictionary cannot read
 * at all is capped lower still (see suggest-mappings).
 */
export const NULL_CALIBRATION: readonly (readonly [bestScore: number, probability: number])[] = [
  [0, 0.92],
  [0.2, 0.88],
  [0.5, 0.85],
  [0.67, 0.83],
  [0.98, 0.6],
];

function interpolate(knots: readonly (readonly [number, number])[], x: number): number {
  const first = knots[0]!;
  if (x <= first[0]) return first[1];
  for (let i = 1; i < knots.length; i++) {
    const [x1, y1] = knots[i]!;
    const [x0, y0] = knots[i - 1]!;
    if (x <= x1) return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
  }
  return knots[knots.length - 1]![1];
}

/** Calibrated confidence of a suggested target with raw score `score`. */
export function calibrateConfidence(score: number): number {
  return Math.round(interpolate(SUGGESTION_CALIBRATION, score) * 100) / 100;
}

/** Calibrated confidence that an unmapped column maps to nothing, given its best rejected score. */
export function calibrateNullConfidence(bestScore: number): number {
  return Math.round(interpolate(NULL_CALIBRATION, bestScore) * 100) / 100;
}
