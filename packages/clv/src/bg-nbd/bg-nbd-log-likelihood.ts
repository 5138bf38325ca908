import { type RfmArrays, type RfmData, toRfmArrays } from '../customer-data.js';
import { digamma } from '../internal/digamma.js';
import { logGamma } from '../internal/log-gamma.js';
import { type BgNbdParams, checkBgNbdParams } from './bg-nbd-params.js';

/**
 * Total BG/NBD log-likelihood of the customers (Fader, Hardie & Lee 2005,
 * eq. 6), computed in log space so extreme histories (hundreds of repeat
 * purchases, long gaps) neither overflow nor underflow:
 *
 *   L = B(a, b+x)/B(a, b) · Γ(r+x) αʳ / (Γ(r) (α+T)^(r+x))
 *     + δ(x>0) · B(a+1, b+x−1)/B(a, b) · Γ(r+x) αʳ / (Γ(r) (α+tₓ)^(r+x))
 *
 *   ln L = ln Γ(r+x) − ln Γ(r) + r ln α
 *        + ln Γ(a+b) + ln Γ(b+x) − ln Γ(b) − ln Γ(a+b+x)
 *        + logaddexp(−(r+x) ln(α+T), δ(x>0)·[ln a − ln(b+x−1) − (r+x) ln(α+tₓ)])
 */
export function bgNbdLogLikelihood(params: BgNbdParams, customers: RfmData): number {
  checkBgNbdParams(params);
  const data = prepareBgNbdData(toRfmArrays(customers));
  const gradient = new Float64Array(4);
  return evaluateBgNbd(data, params.r, params.alpha, params.a, params.b, gradient);
}

/** Customers grouped by frequency, so the Γ and ψ terms are computed once per distinct x. */
export interface BgNbdData {
  n: number;
  frequency: Float64Array;
  recency: Float64Array;
  T: Float64Array;
  /** Index into `distinctX` for every customer. */
  group: Int32Array;
  distinctX: Float64Array;
  countX: Float64Array;
}

export function prepareBgNbdData(arrays: RfmArrays): BgNbdData {
  const byX = new Map<number, number>();
  const group = new Int32Array(arrays.length);
  const distinct: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < arrays.length; i++) {
    const x = arrays.frequency[i]!;
    let k = byX.get(x);
    if (k === undefined) {
      k = distinct.length;
      byX.set(x, k);
      distinct.push(x);
      counts.push(0);
    }
    group[i] = k;
    counts[k] = counts[k]! + 1;
  }
  return {
    n: arrays.length,
    frequency: arrays.frequency,
    recency: arrays.recency,
    T: arrays.T,
    group,
    distinctX: Float64Array.from(distinct),
    countX: Float64Array.from(counts),
  };
}

/**
 * Log-likelihood and its gradient with respect to (r, α, a, b), written into
 * `gradient`. The gradient follows from differentiating ln L above:
 *   ∂/∂r = ψ(r+x) − ψ(r) + ln α − w₃ ln(α+T) − w₄ ln(α+tₓ)
 *   ∂/∂α = r/α − (r+x) (w₃/(α+T) + w₄/(α+tₓ))
 *   ∂/∂a = ψ(a+b) − ψ(a+b+x) + w₄/a
 *   ∂/∂b = ψ(a+b) + ψ(b+x) − ψ(b) − ψ(a+b+x) − w₄/(b+x−1)
 * where w₃, w₄ are the shares of the two terms inside the logaddexp.
 */
export function evaluateBgNbd(
  data: BgNbdData,
  r: number,
  alpha: number,
  a: number,
  b: number,
  gradient: Float64Array,
): number {
  const groups = data.distinctX.length;
  const lgR = logGamma(r);
  const lgB = logGamma(b);
  const lgAB = logGamma(a + b);
  const psR = digamma(r);
  const psB = digamma(b);
  const psAB = digamma(a + b);
  const logAlpha = Math.log(alpha);
  const logA = Math.log(a);
  // Per distinct x: the constant part of ln L and of the gradient.
  const constant = new Float64Array(groups);
  const logBx1 = new Float64Array(groups);
  let sumR = 0;
  let sumA = 0;
  let sumB = 0;
  let ll = 0;
  for (let k = 0; k < groups; k++) {
    const x = data.distinctX[k]!;
    const count = data.countX[k]!;
    constant[k] = logGamma(r + x) - lgR + r * logAlpha + lgAB + logGamma(b + x) - lgB - logGamma(a + b + x);
    logBx1[k] = x > 0 ? Math.log(b + x - 1) : 0;
    ll += count * constant[k]!;
    if (x > 0) {
      const psABx = digamma(a + b + x);
      sumR += count * (digamma(r + x) - psR);
      sumA += count * (psAB - psABx);
      sumB += count * (psAB + digamma(b + x) - psB - psABx);
    }
  }
  sumR += data.n * logAlpha;
  let sumAlpha = 0;
  let sumW4 = 0;
  let sumW4b = 0;
  const { frequency, recency, T, group } = data;
  for (let i = 0; i < data.n; i++) {
    const x = frequency[i]!;
    const rx = r + x;
    const logT = Math.log(alpha + T[i]!);
    const a3 = -rx * logT;
    if (x > 0) {
      const k = group[i]!;
      const logTx = Math.log(alpha + recency[i]!);
      const a4 = logA - logBx1[k]! - rx * logTx;
      const e = Math.exp(-Math.abs(a3 - a4));
      const w = 1 / (1 + e);
      const w3 = a3 >= a4 ? w : e * w;
      const w4 = a3 >= a4 ? e * w : w;
      ll += Math.max(a3, a4) + Math.log1p(e);
      sumR -= w3 * logT + w4 * logTx;
      sumAlpha += rx * (w3 / (alpha + T[i]!) + w4 / (alpha + recency[i]!));
      sumW4 += w4;
      sumW4b += w4 / (b + x - 1);
    } else {
      ll += a3;
      sumR -= logT;
      sumAlpha += rx / (alpha + T[i]!);
    }
  }
  gradient[0] = sumR;
  gradient[1] = (data.n * r) / alpha - sumAlpha;
  gradient[2] = sumA + sumW4 / a;
  gradient[3] = sumB - sumW4b;
  return ll;
}
