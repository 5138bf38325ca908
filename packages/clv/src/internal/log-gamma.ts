/**
 * ln Γ(x) for x > 0.
 *
 * Lanczos approximation with g = 7 and nine coefficients (the widely published
 * set, e.g. Numerical Recipes / Press et al.; relative error about 1e-15),
 * with the reflection formula Γ(x)Γ(1−x) = π / sin(πx) below x = 0.5.
 * Returns +Infinity at x = 0 and NaN for negative or NaN input; callers only
 * pass positive model parameters.
 */
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
] as const;
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

export function logGamma(x: number): number {
  if (!(x >= 0)) return Number.NaN;
  if (x === 0) return Number.POSITIVE_INFINITY;
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const y = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < 9; i++) sum += LANCZOS[i]! / (y + i);
  const t = y + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (y + 0.5) * Math.log(t) - t + Math.log(sum);
}
