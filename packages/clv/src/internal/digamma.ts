/**
 * ψ(x) = d/dx ln Γ(x) for x > 0.
 *
 * Shifts x up with ψ(x) = ψ(x + 1) − 1/x until x ≥ 10, then uses the
 * asymptotic expansion ψ(x) ~ ln x − 1/(2x) − Σ B₂ₖ / (2k x²ᵏ) (Abramowitz &
 * Stegun 6.3.18) through x⁻¹², whose next term is below 1e-14 at x = 10.
 */
const SHIFT_UNTIL = 10;

export function digamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  let shift = 0;
  while (x < SHIFT_UNTIL) {
    shift -= 1 / x;
    x += 1;
  }
  const inv = 1 / x;
  const inv2 = inv * inv;
  const series =
    inv2 *
    (1 / 12 -
      inv2 * (1 / 120 - inv2 * (1 / 252 - inv2 * (1 / 240 - inv2 * (1 / 132 - inv2 * (691 / 32760))))));
  return shift + Math.log(x) - 0.5 * inv - series;
}
