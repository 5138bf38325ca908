import { isSingleCustomer } from '../customer-data.js';
import { ClvError } from '../errors.js';
import { checkGammaGammaParams, type GammaGammaParams } from './gamma-gamma-params.js';
import { type SpendCustomer, type SpendData, toSpendArrays } from './spend-data.js';

/**
 * Expected value of a customer's future purchases given their history
 * (Fader, Hardie & Lee 2005 "RFM and CLV", eq. 5; lifetimes'
 * `conditional_expected_average_profit`): a weighted mean of the population
 * mean γp/(q−1) and the customer's own mean z̄,
 *
 *   E[Z | p, q, γ, x, z̄] = p (γ + x z̄) / (p x + q − 1).
 *
 * Customers without repeat purchases get the population mean, which needs
 * q > 1 (otherwise INVALID_PARAMETERS). A negative z̄ is INVALID_CUSTOMER_DATA.
 */
export function gammaGammaExpectedAverageValue(params: GammaGammaParams, customer: SpendCustomer): number;
export function gammaGammaExpectedAverageValue(params: GammaGammaParams, customers: SpendData): Float64Array;
export function gammaGammaExpectedAverageValue(
  params: GammaGammaParams,
  input: SpendCustomer | SpendData,
): number | Float64Array {
  checkGammaGammaParams(params);
  if (isSingleCustomer(input)) return gammaGammaExpectedAverageValue(params, [input])[0]!;
  const data = toSpendArrays(input);
  const out = new Float64Array(data.length);
  for (let i = 0; i < data.length; i++) {
    out[i] = expectedAverageValue(params, data.frequency[i]!, data.monetaryValue[i]!, i);
  }
  return out;
}

/** E[Z] for one customer; `index` only names the row in errors. */
export function expectedAverageValue(params: GammaGammaParams, x: number, z: number, index: number): number {
  const { p, q, gamma } = params;
  if (x > 0 && z < 0) {
    throw new ClvError({
      code: 'INVALID_CUSTOMER_DATA',
      index,
      field: 'monetaryValue',
      message: `Customer row ${index}: monetaryValue = ${z} is negative; mean spend must be ≥ 0 (net refunds before summarising, or exclude the customer).`,
    });
  }
  const denominator = p * x + q - 1;
  if (!(denominator > 0)) {
    throw new ClvError({
      code: 'INVALID_PARAMETERS',
      field: 'q',
      index,
      message: `Gamma-Gamma q = ${q} (with p = ${p}) leaves the expected spend undefined for customers with frequency ${x}; refit with a penalty (e.g. 0.001) so that q > 1.`,
    });
  }
  return (p * (gamma + x * z)) / denominator;
}
