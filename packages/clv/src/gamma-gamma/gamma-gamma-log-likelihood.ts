import { digamma } from '../internal/digamma.js';
import { logGamma } from '../internal/log-gamma.js';
import { checkGammaGammaParams, type GammaGammaParams } from './gamma-gamma-params.js';
import { type SpendData, toSpendArrays } from './spend-data.js';

/**
 * Total Gamma-Gamma log-likelihood of the mean repeat spend z̄ of customers
 * with x > 0 repeat purchases (Fader & Hardie 2013, eq. 5; FHL 2005 "RFM and
 * CLV", appendix). Customers with x = 0 or z̄ ≤ 0 carry no spend information
 * and are skipped (fitGammaGamma counts them):
 *
 *   f(z̄ | p, q, γ; x) = Γ(px+q) / (Γ(px) Γ(q)) · γ^q x^(px) z̄^(px−1) / (γ + x z̄)^(px+q)
 */
export function gammaGammaLogLikelihood(params: GammaGammaParams, customers: SpendData): number {
  checkGammaGammaParams(params);
  const data = prepareGammaGammaData(toSpendArrays(customers));
  return evaluateGammaGamma(data, params.p, params.q, params.gamma, new Float64Array(3));
}

/** Customers with x > 0 and z̄ > 0, grouped by x. */
export interface GammaGammaData {
  n: number;
  frequency: Float64Array;
  monetaryValue: Float64Array;
  logMonetary: Float64Array;
  group: Int32Array;
  distinctX: Float64Array;
  countX: Float64Array;
  /** Σ over customers of ln z̄ and of ln x per distinct x (constant in the parameters). */
  sumLogMonetaryX: Float64Array;
}

export function prepareGammaGammaData(arrays: {
  length: number;
  frequency: Float64Array;
  monetaryValue: Float64Array;
}): GammaGammaData {
  const keep: number[] = [];
  for (let i = 0; i < arrays.length; i++) {
    if (arrays.frequency[i]! > 0 && arrays.monetaryValue[i]! > 0) keep.push(i);
  }
  const n = keep.length;
  const frequency = new Float64Array(n);
  const monetaryValue = new Float64Array(n);
  const logMonetary = new Float64Array(n);
  const group = new Int32Array(n);
  const byX = new Map<number, number>();
  const distinct: number[] = [];
  const counts: number[] = [];
  const sumLog: number[] = [];
  for (let j = 0; j < n; j++) {
    const i = keep[j]!;
    const x = arrays.frequency[i]!;
    frequency[j] = x;
    monetaryValue[j] = arrays.monetaryValue[i]!;
    logMonetary[j] = Math.log(monetaryValue[j]!);
    let k = byX.get(x);
    if (k === undefined) {
      k = distinct.length;
      byX.set(x, k);
      distinct.push(x);
      counts.push(0);
      sumLog.push(0);
    }
    group[j] = k;
    counts[k] = counts[k]! + 1;
    sumLog[k] = sumLog[k]! + logMonetary[j]!;
  }
  return {
    n,
    frequency,
    monetaryValue,
    logMonetary,
    group,
    distinctX: Float64Array.from(distinct),
    countX: Float64Array.from(counts),
    sumLogMonetaryX: Float64Array.from(sumLog),
  };
}

/**
 * Log-likelihood and gradient with respect to (p, q, γ):
 *   ∂/∂p = x [ψ(px+q) − ψ(px) + ln z̄ + ln x − ln(γ + x z̄)]
 *   ∂/∂q = ψ(px+q) − ψ(q) + ln γ − ln(γ + x z̄)
 *   ∂/∂γ = q/γ − (px+q)/(γ + x z̄)
 */
export function evaluateGammaGamma(
  data: GammaGammaData,
  p: number,
  q: number,
  gamma: number,
  gradient: Float64Array,
): number {
  const lgQ = logGamma(q);
  const psQ = digamma(q);
  const logGammaParam = Math.log(gamma);
  let ll = 0;
  let dp = 0;
  let dq = 0;
  for (let k = 0; k < data.distinctX.length; k++) {
    const x = data.distinctX[k]!;
    const count = data.countX[k]!;
    const px = p * x;
    const logX = Math.log(x);
    const psPxQ = digamma(px + q);
    ll +=
      count * (logGamma(px + q) - logGamma(px) - lgQ + q * logGammaParam + px * logX) +
      (px - 1) * data.sumLogMonetaryX[k]!;
    dp += x * (count * (psPxQ - digamma(px) + logX) + data.sumLogMonetaryX[k]!);
    dq += count * (psPxQ - psQ + logGammaParam);
  }
  let dGamma = 0;
  const { frequency, monetaryValue } = data;
  for (let i = 0; i < data.n; i++) {
    const x = frequency[i]!;
    const denominator = gamma + x * monetaryValue[i]!;
    const logDenominator = Math.log(denominator);
    const pxq = p * x + q;
    ll -= pxq * logDenominator;
    dp -= x * logDenominator;
    dq -= logDenominator;
    dGamma += q / gamma - pxq / denominator;
  }
  gradient[0] = dp;
  gradient[1] = dq;
  gradient[2] = dGamma;
  return ll;
}
