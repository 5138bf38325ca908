import { type BgNbdParams, checkBgNbdParams } from '../bg-nbd/bg-nbd-params.js';
import { probabilityAlive } from '../bg-nbd/bg-nbd-probability-alive.js';
import { ExpectedPurchasesKernel } from '../bg-nbd/expected-purchases-kernel.js';
import { type RfmColumns, type RfmCustomer, toRfmArrays } from '../customer-data.js';
import { ClvError } from '../errors.js';
import { expectedAverageValue } from '../gamma-gamma/gamma-gamma-expected-value.js';
import { checkGammaGammaParams, type GammaGammaParams } from '../gamma-gamma/gamma-gamma-params.js';
import { type SpendColumns, type SpendCustomer, toSpendArrays } from '../gamma-gamma/spend-data.js';
import { ValueTable } from './value-table.js';

/** Customers with purchase history and mean repeat spend, as rows (e.g. summarizeRfm's) or columns. */
export type ValueData = readonly (RfmCustomer & SpendCustomer)[] | (RfmColumns & SpendColumns);

export interface CustomerLifetimeValueOptions {
  bgNbd: BgNbdParams;
  gammaGamma: GammaGammaParams;
  /** How far ahead to value customers, in the models' time unit (e.g. 52 for a year in weeks). */
  horizon: number;
  /**
   * Discount rate per period (e.g. 0.01 a month); 0 for undiscounted value.
   * The horizon is split into `periods` equal periods and the purchases
   * expected in period j are discounted by (1 + rate)^j.
   */
  discountRate: number;
  /** Number of discounting periods in the horizon (e.g. 12 months in a year). Default 12. */
  periods?: number;
  /** Profit margin as a share of spend (0–1]; CLV is margin, not revenue. Default 1 (revenue). */
  margin?: number;
  /**
   * Compute every customer with the exact series instead of the verified
   * interpolation tables used for large groups (which agree to ~1e-11
   * relative); slower on large populations. Default false.
   */
  exact?: boolean;
}

/** Per-customer results, index-aligned with the input. */
export interface CustomerLifetimeValues {
  /** P(alive) at the end of observation (BG/NBD). */
  probabilityAlive: Float64Array;
  /** Expected purchases over the horizon, undiscounted (BG/NBD). */
  expectedPurchases: Float64Array;
  /** Expected value per future purchase (Gamma-Gamma). */
  expectedAverageValue: Float64Array;
  /** Discounted expected margin over the horizon. */
  clv: Float64Array;
}

const DEFAULT_PERIODS = 12;
/**
 * A frequency shared by at least this many customers gets an interpolation
 * table (about 20 exact evaluations per unit of ln(α+T)); rarer frequencies
 * are computed exactly per customer, which is cheaper for them.
 */
const TABLE_MIN_CUSTOMERS = 200;
/** More periods than this adds cost without changing the value meaningfully. */
const MAX_PERIODS = 1000;

/**
 * Customer lifetime value over a finite horizon: the discounted expected
 * margin of future purchases, combining BG/NBD (how many purchases, FHL 2005
 * eq. 10) and Gamma-Gamma (what each is worth, FHL 2005 "RFM and CLV"), as in
 * lifetimes' `customer_lifetime_value`:
 *
 *   CLV = margin · E[Z] · Σⱼ₌₁..ₖ (E[Y(tⱼ)] − E[Y(tⱼ₋₁)]) / (1 + d)ʲ,   tⱼ = j · horizon / k.
 *
 * Scores large populations fast: customers are grouped by frequency, and for
 * common frequencies the discounted sum is read from a verified Chebyshev
 * table over ln(α+T) (see ValueTable); nothing is allocated per customer.
 */
export function customerLifetimeValue(
  customers: ValueData,
  options: CustomerLifetimeValueOptions,
): CustomerLifetimeValues {
  const { bgNbd, gammaGamma, horizon, discountRate } = options;
  checkBgNbdParams(bgNbd);
  checkGammaGammaParams(gammaGamma);
  const periods = options.periods ?? DEFAULT_PERIODS;
  const margin = options.margin ?? 1;
  if (!(Number.isFinite(horizon) && horizon > 0)) {
    throw optionError('horizon', horizon, 'a finite number > 0 in the models’ time unit (e.g. 52 weeks)');
  }
  if (!(Number.isFinite(discountRate) && discountRate >= 0)) {
    throw optionError(
      'discountRate',
      discountRate,
      'a number ≥ 0 per period (e.g. 0.01 a month; 0 = undiscounted)',
    );
  }
  if (!(Number.isInteger(periods) && periods >= 1 && periods <= MAX_PERIODS)) {
    throw optionError('periods', periods, `a whole number of discounting periods from 1 to ${MAX_PERIODS}`);
  }
  if (!(Number.isFinite(margin) && margin > 0 && margin <= 1)) {
    throw optionError('margin', margin, 'a share of spend in (0, 1] (1 = revenue)');
  }
  const rfm = toRfmArrays(customers);
  const spend = toSpendArrays(customers);
  const n = rfm.length;
  const horizons = new Float64Array(periods);
  const weights = new Float64Array(periods);
  // Σⱼ (Eⱼ − Eⱼ₋₁) Dⱼ = Σⱼ Eⱼ (Dⱼ − Dⱼ₊₁) with D_{k+1} = 0.
  for (let j = 0; j < periods; j++) horizons[j] = ((j + 1) * horizon) / periods;
  for (let j = 0; j < periods; j++) {
    const here = (1 + discountRate) ** -(j + 1);
    const next = j + 1 < periods ? (1 + discountRate) ** -(j + 2) : 0;
    weights[j] = here - next;
  }
  const result: CustomerLifetimeValues = {
    probabilityAlive: new Float64Array(n),
    expectedPurchases: new Float64Array(n),
    expectedAverageValue: new Float64Array(n),
    clv: new Float64Array(n),
  };
  // Group customers by frequency: common frequencies get an interpolation table over T.
  const groupOf = new Int32Array(n);
  const groups = new Map<number, number>();
  const groupX: number[] = [];
  const groupCount: number[] = [];
  const groupMinT: number[] = [];
  const groupMaxT: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = rfm.frequency[i]!;
    const T = rfm.T[i]!;
    let g = groups.get(x);
    if (g === undefined) {
      g = groupX.length;
      groups.set(x, g);
      groupX.push(x);
      groupCount.push(0);
      groupMinT.push(T);
      groupMaxT.push(T);
    }
    groupOf[i] = g;
    groupCount[g]!++;
    if (T < groupMinT[g]!) groupMinT[g] = T;
    if (T > groupMaxT[g]!) groupMaxT[g] = T;
  }
  const kernel = new ExpectedPurchasesKernel(bgNbd);
  const tables = groupX.map((x, g) =>
    options.exact !== true && groupCount[g]! >= TABLE_MIN_CUSTOMERS
      ? ValueTable.build(kernel, bgNbd.alpha, x, horizons, weights, groupMinT[g]!, groupMaxT[g]!)
      : null,
  );
  const expected = new Float64Array(periods);
  const last = periods - 1;
  for (let i = 0; i < n; i++) {
    const x = rfm.frequency[i]!;
    const T = rfm.T[i]!;
    const alive = probabilityAlive(bgNbd, x, rfm.recency[i]!, T);
    const table = tables[groupOf[i]!];
    let discounted: number;
    let total: number;
    if (table) {
      table.evaluate(T);
      discounted = table.discounted;
      total = table.total;
    } else {
      kernel.givenAlive(x, T, horizons, periods, expected);
      discounted = 0;
      for (let j = 0; j < periods; j++) discounted += weights[j]! * expected[j]!;
      total = expected[last]!;
    }
    const value = expectedAverageValue(gammaGamma, x, spend.monetaryValue[i]!, i);
    result.probabilityAlive[i] = alive;
    result.expectedPurchases[i] = alive * total;
    result.expectedAverageValue[i] = value;
    result.clv[i] = margin * value * alive * discounted;
  }
  return result;
}

function optionError(field: string, value: unknown, expected: string): ClvError {
  return new ClvError({
    code: 'INVALID_OPTIONS',
    field,
    message: `${field} = ${String(value)} is invalid: expected ${expected}.`,
  });
}
