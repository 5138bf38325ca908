import { type BgNbdParams, checkBgNbdParams } from '../bg-nbd/bg-nbd-params.js';
import { probabilityAlive } from '../bg-nbd/bg-nbd-probability-alive.js';
import { ExpectedPurchasesKernel } from '../bg-nbd/expected-purchases-kernel.js';
import { type RfmCustomer, toRfmArrays } from '../customer-data.js';
import { ClvError } from '../errors.js';
import { expectedAverageValue } from '../gamma-gamma/gamma-gamma-expected-value.js';
import { checkGammaGammaParams, type GammaGammaParams } from '../gamma-gamma/gamma-gamma-params.js';
import { pearsonCorrelation } from '../internal/pearson-correlation.js';

/** A calibration summary row with what happened in the holdout (see summarizeCalibrationHoldout). */
export interface HoldoutCustomer extends RfmCustomer {
  frequencyHoldout: number;
  durationHoldout: number;
  /** Needed only to validate spend (with gammaGamma params). */
  monetaryValue?: number;
  valueHoldout?: number;
}

export interface ValidateHoldoutOptions {
  bgNbd: BgNbdParams;
  /** Also compare predicted and actual holdout value (E[purchases] · E[spend]). */
  gammaGamma?: GammaGammaParams;
  /** Calibration frequencies 0 … groupsUpTo−1 get their own row in `byFrequency`, the rest share one. Default 7 (FHL 2005, fig. 4). */
  groupsUpTo?: number;
}

export interface FrequencyGroup {
  /** Calibration frequency (the lower bound when `orMore`). */
  frequency: number;
  orMore: boolean;
  customers: number;
  meanPredicted: number;
  meanActual: number;
}

export interface HoldoutValidation {
  customers: number;
  /** Pearson correlation of predicted and actual holdout purchases per customer (FHL 2005 report 0.626 on CDNOW). */
  correlation: number;
  meanAbsoluteError: number;
  rootMeanSquaredError: number;
  totalPredicted: number;
  totalActual: number;
  /** Mean predicted and actual holdout purchases by calibration frequency (a conditional expectations plot in numbers). */
  byFrequency: FrequencyGroup[];
  /** Predicted holdout purchases per customer, aligned with the input. */
  predicted: Float64Array;
  /** Present when gammaGamma params were given and rows carry valueHoldout. */
  value?: { correlation: number; totalPredicted: number; totalActual: number };
}

const DEFAULT_GROUPS = 7;

/**
 * Scores a calibration-period BG/NBD fit against what customers actually did
 * in the holdout period: for each customer the conditional expectation
 * E[Y(duration) | x, tₓ, T] (FHL 2005, eq. 10) against the holdout purchase
 * count, summarised as correlation, errors, totals and a table by calibration
 * frequency as in FHL 2005, figure 4.
 */
export function validateHoldout(
  customers: readonly HoldoutCustomer[],
  options: ValidateHoldoutOptions,
): HoldoutValidation {
  checkBgNbdParams(options.bgNbd);
  if (options.gammaGamma) checkGammaGammaParams(options.gammaGamma);
  const groupsUpTo = options.groupsUpTo ?? DEFAULT_GROUPS;
  if (!(Number.isInteger(groupsUpTo) && groupsUpTo >= 1)) {
    throw new ClvError({
      code: 'INVALID_OPTIONS',
      field: 'groupsUpTo',
      message: `groupsUpTo = ${groupsUpTo} must be a whole number ≥ 1.`,
    });
  }
  if (customers.length === 0) {
    throw new ClvError({
      code: 'INVALID_CUSTOMER_DATA',
      message: 'No customers to validate; pass the rows of summarizeCalibrationHoldout.',
    });
  }
  const rfm = toRfmArrays(customers);
  const n = rfm.length;
  const actual = new Float64Array(n);
  const predicted = new Float64Array(n);
  const kernel = new ExpectedPurchasesKernel(options.bgNbd);
  const horizon = new Float64Array(1);
  const out = new Float64Array(1);
  for (let i = 0; i < n; i++) {
    const row = customers[i]!;
    if (!(Number.isFinite(row.frequencyHoldout) && row.frequencyHoldout >= 0)) {
      throw holdoutError(i, 'frequencyHoldout', row.frequencyHoldout);
    }
    if (!(Number.isFinite(row.durationHoldout) && row.durationHoldout > 0)) {
      throw holdoutError(i, 'durationHoldout', row.durationHoldout);
    }
    horizon[0] = row.durationHoldout;
    const x = rfm.frequency[i]!;
    kernel.givenAlive(x, rfm.T[i]!, horizon, 1, out);
    predicted[i] = probabilityAlive(options.bgNbd, x, rfm.recency[i]!, rfm.T[i]!) * out[0]!;
    actual[i] = row.frequencyHoldout;
  }
  let absolute = 0;
  let squared = 0;
  let totalPredicted = 0;
  let totalActual = 0;
  const sums = Array.from({ length: groupsUpTo + 1 }, () => ({ customers: 0, predicted: 0, actual: 0 }));
  for (let i = 0; i < n; i++) {
    const error = predicted[i]! - actual[i]!;
    absolute += Math.abs(error);
    squared += error * error;
    totalPredicted += predicted[i]!;
    totalActual += actual[i]!;
    const group = sums[Math.min(rfm.frequency[i]!, groupsUpTo)]!;
    group.customers++;
    group.predicted += predicted[i]!;
    group.actual += actual[i]!;
  }
  const byFrequency: FrequencyGroup[] = [];
  sums.forEach((group, frequency) => {
    if (group.customers === 0) return;
    byFrequency.push({
      frequency,
      orMore: frequency === groupsUpTo,
      customers: group.customers,
      meanPredicted: group.predicted / group.customers,
      meanActual: group.actual / group.customers,
    });
  });
  const report: HoldoutValidation = {
    customers: n,
    correlation: pearsonCorrelation(predicted, actual),
    meanAbsoluteError: absolute / n,
    rootMeanSquaredError: Math.sqrt(squared / n),
    totalPredicted,
    totalActual,
    byFrequency,
    predicted,
  };
  if (options.gammaGamma && customers.every((c) => typeof c.valueHoldout === 'number')) {
    const predictedValue = new Float64Array(n);
    const actualValue = new Float64Array(n);
    let predictedTotal = 0;
    let actualTotal = 0;
    for (let i = 0; i < n; i++) {
      const row = customers[i]!;
      predictedValue[i] =
        predicted[i]! *
        expectedAverageValue(options.gammaGamma, rfm.frequency[i]!, row.monetaryValue ?? 0, i);
      actualValue[i] = row.valueHoldout!;
      predictedTotal += predictedValue[i]!;
      actualTotal += actualValue[i]!;
    }
    report.value = {
      correlation: pearsonCorrelation(predictedValue, actualValue),
      totalPredicted: predictedTotal,
      totalActual: actualTotal,
    };
  }
  return report;
}

function holdoutError(index: number, field: string, value: number): ClvError {
  return new ClvError({
    code: 'INVALID_CUSTOMER_DATA',
    index,
    field,
    message: `Customer row ${index}: ${field} = ${value} is invalid; use the rows of summarizeCalibrationHoldout (frequencyHoldout ≥ 0, durationHoldout > 0).`,
  });
}
