import { logGamma } from '../internal/log-gamma.js';
import type { BgNbdParams } from './bg-nbd-params.js';

/**
 * Expected repeat purchases in (T, T+t] of a customer who is still alive,
 * E[Y(t) | alive, x, T], for several horizons t at once. Multiplying by
 * P(alive) gives FHL 2005 eq. 10:
 *
 *   E[Y(t) | x, tₓ, T] = P(alive) · (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; z)],
 *   z = t / (α+T+t).
 *
 * Numerics (our derivation, checked against quadrature in the tests): with
 * Euler's transformation ₂F₁(A,B;C;z) = (1−z)^(C−A−B) ₂F₁(C−A, C−B; C; z) the
 * product becomes (1−z)^(a−1) ₂F₁(a+b−1−r, a−1; a+b+x−1; z). Every term of that
 * series after the first carries the factor (a−1), so with
 *   G(z) = Σₙ≥₁ (a+b−1−r)ₙ (a)ₙ₋₁ / ((a+b+x−1)ₙ n!) zⁿ,  L = ln(1−z),
 * the bracket divided by (a−1) is −expm1((a−1)L)/(a−1) − e^((a−1)L) G(z): no
 * division by a−1 near a = 1, no huge powers for large x, and the terms decay
 * at least like zⁿ. When z is close to 1 the series is slow, so the same
 * expectation is integrated numerically instead (tanh-sinh quadrature of
 * E over p ~ Beta(a, b+x) of (1 − (1 + p t/(α+T))^−(r+x)) / p).
 */
export class ExpectedPurchasesKernel {
  private readonly r: number;
  private readonly a: number;
  private readonly b: number;
  private readonly alpha: number;
  private readonly aMinus1: number;
  /** a+b−1−r, the first upper parameter of the transformed series. */
  private readonly upper: number;
  /** Series coefficients per frequency x: they do not depend on T or t, so customers share them. */
  private readonly series = new Map<number, SeriesCoefficients>();

  constructor(params: BgNbdParams) {
    this.r = params.r;
    this.a = params.a;
    this.b = params.b;
    this.alpha = params.alpha;
    this.aMinus1 = params.a - 1;
    this.upper = params.a + params.b - 1 - params.r;
  }

  /**
   * Writes E[Y(tⱼ) | alive, x, T] into out[j] for the first `count` horizons
   * (each ≥ 0). T is the customer's age in model time units.
   */
  givenAlive(x: number, T: number, horizons: ArrayLike<number>, count: number, out: Float64Array): void {
    const aMinus1 = this.aMinus1;
    const scale = this.alpha + T;
    const c = this.a + this.b + x - 1;
    let entry: SeriesCoefficients | undefined;
    for (let j = 0; j < count; j++) {
      const t = horizons[j]!;
      if (t === 0) {
        out[j] = 0;
        continue;
      }
      const uj = t / scale;
      const zj = uj / (1 + uj);
      if (!(zj <= SERIES_MAX_Z)) {
        out[j] = this.byQuadrature(x, uj);
        continue;
      }
      const L = -Math.log1p(uj);
      entry ??= this.coefficientsFor(x, c);
      const limit = SERIES_TOLERANCE * Math.abs(L);
      let coefficients = entry.coefficients;
      let tailFactor = entry.tailFactor;
      let sum = 0;
      let power = 1;
      let converged = false;
      for (let k = 0; ; k++) {
        if (k === entry.length) {
          if (!this.extend(entry, c)) break;
          coefficients = entry.coefficients;
          tailFactor = entry.tailFactor;
        }
        power *= zj;
        const term = coefficients[k]! * power;
        sum += term;
        const q = zj * tailFactor[k]!;
        if (q < 1 && Math.abs(term) * q <= limit * (1 - q)) {
          converged = true;
          break;
        }
      }
      if (!converged || !Number.isFinite(sum)) {
        // Coefficients that grow for thousands of terms (a far above r + x + 2) before zⁿ wins.
        out[j] = this.byQuadrature(x, uj);
        continue;
      }
      const e = Math.expm1(aMinus1 * L);
      const first = Math.abs(aMinus1) > NEAR_ONE ? -e / aMinus1 : -L * (1 + 0.5 * aMinus1 * L);
      out[j] = c * (first - (1 + e) * sum);
    }
  }

  private coefficientsFor(x: number, c: number): SeriesCoefficients {
    let entry = this.series.get(x);
    if (entry === undefined) {
      entry = {
        coefficients: new Float64Array(INITIAL_TERMS),
        tailFactor: new Float64Array(INITIAL_TERMS),
        length: 0,
        next: this.upper / c,
      };
      this.extend(entry, c);
      this.series.set(x, entry);
    }
    return entry;
  }

  /**
   * Appends coefficients cₙ = (a+b−1−r)ₙ (a)ₙ₋₁ / ((a+b+x−1)ₙ n!) and tail
   * factors max(1, cₙ₊₁/cₙ), doubling the stored length; false at the cap.
   */
  private extend(entry: SeriesCoefficients, c: number): boolean {
    if (entry.length >= MAX_SERIES_TERMS) return false;
    const size = Math.min(MAX_SERIES_TERMS, Math.max(INITIAL_TERMS, entry.length * 2));
    if (size > entry.coefficients.length) {
      const coefficients = new Float64Array(size);
      coefficients.set(entry.coefficients.subarray(0, entry.length));
      const tailFactor = new Float64Array(size);
      tailFactor.set(entry.tailFactor.subarray(0, entry.length));
      entry.coefficients = coefficients;
      entry.tailFactor = tailFactor;
    }
    const upper = this.upper;
    const a = this.a;
    let coefficient = entry.next;
    for (let k = entry.length; k < size; k++) {
      const n = k + 1;
      const ratio = ((upper + n) * (a + n - 1)) / ((c + n) * (n + 1));
      entry.coefficients[k] = coefficient;
      entry.tailFactor[k] = Math.max(1, Math.abs(ratio));
      coefficient *= ratio;
    }
    entry.length = size;
    entry.next = coefficient;
    return true;
  }

  /** E over p ~ Beta(a, b+x) of (1 − (1+pu)^−(r+x)) / p, by tanh-sinh quadrature. */
  byQuadrature(x: number, u: number): number {
    const k = this.r + x;
    const a = this.a;
    const bx = this.b + x;
    const logBeta = logGamma(a) + logGamma(bx) - logGamma(a + bx);
    const integrand = (s: number): number => {
      // p = 1/(1+e^(−2w)), w = (π/2) sinh s; log p and log(1−p) without cancellation, one exp and one log1p.
      const es = Math.exp(s);
      const w = HALF_PI * 0.5 * (es - 1 / es);
      const tail = Math.exp(-2 * Math.abs(w));
      const shared = -Math.log1p(tail);
      const logP = w >= 0 ? shared : shared - 2 * Math.abs(w);
      const logQ = w >= 0 ? shared - 2 * w : shared;
      const p = Math.exp(logP);
      const gain = -Math.expm1(-k * Math.log1p(p * u));
      if (gain <= 0) return 0;
      // dp/ds = π cosh(s) p (1−p); the Beta weight is p^(a−1)(1−p)^(b+x−1) / B, and 1/p from the integrand.
      return Math.exp(Math.log(gain * Math.PI * 0.5 * (es + 1 / es)) + (a - 1) * logP + bx * logQ - logBeta);
    };
    let h = 0.5;
    let total = integrand(0) + sumTails(integrand, h, 1);
    let estimate = h * total;
    for (let level = 0; level < MAX_QUADRATURE_LEVELS; level++) {
      h /= 2;
      // Add the new midpoints of the halved step.
      total += sumTails(integrand, h, 2);
      const next = h * total;
      if (Math.abs(next - estimate) <= QUADRATURE_TOLERANCE * Math.abs(next)) return next;
      estimate = next;
    }
    return estimate;
  }
}

/** Σ over s = ±h·i (i = 1, 1+step, …) of f(s), stopping once terms are negligible on both sides. */
function sumTails(f: (s: number) => number, h: number, step: number): number {
  let sum = 0;
  for (const sign of [1, -1]) {
    for (let i = 1; i * h <= MAX_ABSCISSA; i += step) {
      const value = f(sign * i * h);
      sum += value;
      if (i * h > 2 && value <= NEGLIGIBLE_TERM * sum) break;
    }
  }
  return sum;
}

/** Above this z the series needs more than a few thousand terms (each a multiply-add with cached coefficients); quadrature takes over. */
const SERIES_MAX_Z = 0.995;
const MAX_SERIES_TERMS = 1 << 15;
const INITIAL_TERMS = 64;

interface SeriesCoefficients {
  coefficients: Float64Array;
  tailFactor: Float64Array;
  length: number;
  /** The coefficient after the last stored one. */
  next: number;
}
/** Series tail bound relative to |ln(1−z)|, the size of the bracket's leading term. */
const SERIES_TOLERANCE = 1e-14;
/** |a−1| below this uses the first-order expansion of expm1((a−1)L)/(a−1) (error ~ (a−1)²L³). */
const NEAR_ONE = 1e-7;
const HALF_PI = Math.PI / 2;
/** tanh-sinh abscissae beyond |s| = 10 map to p within e^(−π/2·sinh 10) of 0 or 1: nothing left to add. */
const MAX_ABSCISSA = 10;
const MAX_QUADRATURE_LEVELS = 12;
/** A tail node adding less than this share of the running sum ends that tail (the integrand decays monotonically there). */
const NEGLIGIBLE_TERM = 1e-18;
const QUADRATURE_TOLERANCE = 1e-12;
