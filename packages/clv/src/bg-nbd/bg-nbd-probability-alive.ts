import { isSingleCustomer, type RfmCustomer, type RfmData, toRfmArrays } from '../customer-data.js';
import { logisticOfNegative } from '../internal/log-add-exp.js';
import { type BgNbdParams, checkBgNbdParams } from './bg-nbd-params.js';

/**
 * Probability that a customer is still active at the end of observation
 * (Fader, Hardie & Lee 2005; Fader, Hardie & Lee 2008 note "Computing
 * P(alive) using the BG/NBD model"):
 *
 *   P(alive | x, tₓ, T) = 1 / (1 + δ(x>0) · a/(b+x−1) · ((α+T)/(α+tₓ))^(r+x))
 *
 * evaluated as a logistic function of the log-odds, so it cannot overflow.
 * Customers without repeat purchases are alive with probability 1 under the
 * model (dropout only happens after a repeat purchase).
 */
export function bgNbdProbabilityAlive(params: BgNbdParams, customer: RfmCustomer): number;
export function bgNbdProbabilityAlive(params: BgNbdParams, customers: RfmData): Float64Array;
export function bgNbdProbabilityAlive(
  params: BgNbdParams,
  input: RfmCustomer | RfmData,
): number | Float64Array {
  checkBgNbdParams(params);
  if (isSingleCustomer(input)) return bgNbdProbabilityAlive(params, [input])[0]!;
  const data = toRfmArrays(input);
  const out = new Float64Array(data.length);
  for (let i = 0; i < data.length; i++) {
    out[i] = probabilityAlive(params, data.frequency[i]!, data.recency[i]!, data.T[i]!);
  }
  return out;
}

/** Unchecked P(alive) for one customer; the scoring loops call this directly. */
export function probabilityAlive(params: BgNbdParams, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  const { r, alpha, a, b } = params;
  const logOdds = Math.log(a) - Math.log(b + x - 1) + (r + x) * Math.log1p((T - tx) / (alpha + tx));
  return logisticOfNegative(logOdds);
}
