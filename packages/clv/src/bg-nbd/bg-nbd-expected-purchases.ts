import { isSingleCustomer, type RfmCustomer, type RfmData, toRfmArrays } from '../customer-data.js';
import { ClvError } from '../errors.js';
import { type BgNbdParams, checkBgNbdParams } from './bg-nbd-params.js';
import { probabilityAlive } from './bg-nbd-probability-alive.js';
import { ExpectedPurchasesKernel } from './expected-purchases-kernel.js';

/**
 * Expected number of repeat purchases in the next `t` time units of each
 * customer, given their history (Fader, Hardie & Lee 2005, eq. 10; lifetimes'
 * `conditional_expected_number_of_purchases_up_to_time`):
 *
 *   E[Y(t) | x, tₓ, T] = (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))]
 *                        / (1 + δ(x>0) · a/(b+x−1) · ((α+T)/(α+tₓ))^(r+x))
 *
 * `t` is in the unit the model was fitted in. One customer gives a number,
 * rows or columns give a Float64Array in the same order.
 */
export function bgNbdExpectedPurchases(params: BgNbdParams, customer: RfmCustomer, t: number): number;
export function bgNbdExpectedPurchases(params: BgNbdParams, customers: RfmData, t: number): Float64Array;
export function bgNbdExpectedPurchases(
  params: BgNbdParams,
  input: RfmCustomer | RfmData,
  t: number,
): number | Float64Array {
  checkBgNbdParams(params);
  checkHorizon(t);
  if (isSingleCustomer(input)) return bgNbdExpectedPurchases(params, [input], t)[0]!;
  const data = toRfmArrays(input);
  const kernel = new ExpectedPurchasesKernel(params);
  const horizon = Float64Array.of(t);
  const value = new Float64Array(1);
  const out = new Float64Array(data.length);
  for (let i = 0; i < data.length; i++) {
    const x = data.frequency[i]!;
    kernel.givenAlive(x, data.T[i]!, horizon, 1, value);
    out[i] = probabilityAlive(params, x, data.recency[i]!, data.T[i]!) * value[0]!;
  }
  return out;
}

/**
 * Expected repeat purchases of a new customer in the `t` time units after
 * their first purchase, E[X(t)] (Fader, Hardie & Lee 2005, eq. 7; lifetimes'
 * `expected_number_of_purchases_up_to_time`):
 *
 *   E[X(t)] = (a+b−1)/(a−1) · [1 − (α/(α+t))^r ₂F₁(r, b; a+b−1; t/(α+t))]
 *
 * It is the conditional expectation above for x = 0, T = 0, so it shares its
 * numerics. Useful for forecasting purchases of a cohort not yet acquired.
 */
export function bgNbdPopulationExpectedPurchases(params: BgNbdParams, t: number): number {
  checkBgNbdParams(params);
  checkHorizon(t);
  const out = new Float64Array(1);
  new ExpectedPurchasesKernel(params).givenAlive(0, 0, Float64Array.of(t), 1, out);
  return out[0]!;
}

function checkHorizon(t: number): void {
  if (!(Number.isFinite(t) && t >= 0)) {
    throw new ClvError({
      code: 'INVALID_OPTIONS',
      field: 't',
      message: `Horizon t = ${t} must be a finite number ≥ 0, in the time unit of the fitted model (e.g. 39 for 39 weeks).`,
    });
  }
}
