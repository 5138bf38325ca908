/**
 * Maps the matcher's raw score to a calibrated probability of being right.
 *
 * The table is a monotone fit checked against the shipped benchmark plus the
 * package's three held-out sets (899 labelled columns of 42 exports):
 * `pnpm bench:discovery <dirs…> --fit` prints the isotonic
 * (pool-adjacent-violators) steps, each shrunk towards 0.5 with 8
 * pseudo-columns because the matcher was tuned on most of that data; the
 * knots below sit at the steps' midpoints, rounded down. Measured: scores
 * 0.51–0.60 → 56% right, 0.60–0.70 → 74%, 0.70–0.74 → 78%, 0.74–0.85 → 89%,
 * 0.85–0.96 → 96%, ≥ 0.96 → 98.5%. The bench prints the resulting
 * calibration table, so "at least 90% of suggestions with confidence ≥ 0.9
 * are right" can be re-checked on any labelled set.
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
 * score any target had for it. On the same 899 columns: 95% of the columns
 * with no candidate at all, 85–95% of those whose best candidate scored below
 * 0.5, and 90% of the columns that lost a target to a better column.
 */
export const NULL_CALIBRATION: readonly (readonly [bestScore: number, probability: number])[] = [
  [0, 0.92],
  [0.2, 0.88],
  [0.5, 0.85],
  [1, 0.8],
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
