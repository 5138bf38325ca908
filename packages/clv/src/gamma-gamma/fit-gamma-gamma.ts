import { type FitDiagnostics, ModelFitError } from '../errors.js';
import { readFitOptions } from '../internal/fit-options.js';
import { maximizeLikelihood } from '../internal/maximize-likelihood.js';
import { pearsonCorrelation } from '../internal/pearson-correlation.js';
import { evaluateGammaGamma, prepareGammaGammaData } from './gamma-gamma-log-likelihood.js';
import type { GammaGammaParams } from './gamma-gamma-params.js';
import { type SpendData, toSpendArrays } from './spend-data.js';

export interface FitGammaGammaOptions {
  /** L2 penalty on the parameters (lifetimes' `penalizer_coef`); 0 (default) is plain maximum likelihood. */
  penalty?: number;
  /** BFGS iteration limit. Default 500. */
  maxIterations?: number;
}

export interface GammaGammaFit {
  model: 'gamma-gamma';
  params: GammaGammaParams;
  /**
   * Asymptotic standard errors of the parameters (inverse observed
   * information, delta method from log-parameters): how precisely the data
   * pin each one down.
   */
  standardErrors: GammaGammaParams;
  /** Maximised log-likelihood (without the penalty). */
  logLikelihood: number;
  /** Customers in the fit: x > 0 and mean repeat spend > 0. */
  customers: number;
  /** Customers left out, by reason; `customers` plus these equals the input. */
  excluded: { noRepeatPurchases: number; nonPositiveValue: number };
  /**
   * Pearson correlation of frequency and mean spend among the fitted customers.
   * The model assumes spend is independent of frequency; far from 0 means it is not.
   */
  frequencySpendCorrelation: number;
  diagnostics: FitDiagnostics;
  warnings: string[];
}

/** Fewer repeat customers than this cannot pin down three parameters. */
export const GAMMA_GAMMA_MIN_CUSTOMERS = 10;
/**
 * |corr(frequency, spend)| above this is a moderate correlation (the usual rule
 * of thumb), enough to question the model's independence assumption.
 */
const INDEPENDENCE_WARNING = 0.3;

/**
 * Fits the Gamma-Gamma spend model (Fader, Hardie & Lee 2005 "RFM and CLV";
 * Fader & Hardie 2013) by maximum likelihood on customers with at least one
 * repeat purchase and a positive mean repeat spend. Customers without repeat
 * purchases, or with zero or negative mean spend, are excluded with counts.
 * Throws ModelFitError (INSUFFICIENT_DATA, NOT_CONVERGED with diagnostics).
 */
export function fitGammaGamma(customers: SpendData, options: FitGammaGammaOptions = {}): GammaGammaFit {
  const { penalty, maxIterations } = readFitOptions(options);
  const arrays = toSpendArrays(customers);
  let noRepeatPurchases = 0;
  let nonPositiveValue = 0;
  for (let i = 0; i < arrays.length; i++) {
    if (arrays.frequency[i] === 0) noRepeatPurchases++;
    else if (!(arrays.monetaryValue[i]! > 0)) nonPositiveValue++;
  }
  const data = prepareGammaGammaData(arrays);
  const n = data.n;
  if (n < GAMMA_GAMMA_MIN_CUSTOMERS) {
    throw new ModelFitError({
      code: 'INSUFFICIENT_DATA',
      model: 'gamma-gamma',
      message: `Gamma-Gamma needs at least ${GAMMA_GAMMA_MIN_CUSTOMERS} customers with a repeat purchase and positive spend; got ${n} (${noRepeatPurchases} without repeat purchases, ${nonPositiveValue} with spend ≤ 0). Use a longer history, or value customers by their mean spend instead.`,
    });
  }
  const warnings: string[] = [];
  if (nonPositiveValue > 0) {
    warnings.push(
      `${nonPositiveValue} repeat customer(s) with mean repeat spend ≤ 0 were left out of the fit.`,
    );
  }
  const frequencySpendCorrelation = pearsonCorrelation(data.frequency, data.monetaryValue);
  if (Math.abs(frequencySpendCorrelation) > INDEPENDENCE_WARNING) {
    warnings.push(
      `Frequency and mean spend are correlated (r = ${frequencySpendCorrelation.toFixed(2)}); the Gamma-Gamma model assumes they are independent, so its spend predictions may be biased.`,
    );
  }
  let meanSpend = 0;
  for (let i = 0; i < n; i++) meanSpend += data.monetaryValue[i]! / n;
  // Start at p = 1, q = 2 with γ chosen so the population mean spend γp/(q−1) matches the data.
  const solution = maximizeLikelihood({
    model: 'gamma-gamma',
    names: ['p', 'q', 'gamma'],
    start: [1, 2, meanSpend],
    n,
    penalty,
    maxIterations,
    logLikelihood: (theta, gradient) => evaluateGammaGamma(data, theta[0]!, theta[1]!, theta[2]!, gradient),
    advice:
      'Spend per purchase may hardly vary between customers (then use their mean spend directly), or pass a small penalty (e.g. 0.001).',
  });
  const theta = solution.theta;
  const params = { p: theta[0]!, q: theta[1]!, gamma: theta[2]! };
  if (params.q <= 1) {
    warnings.push(
      `q = ${params.q.toFixed(3)} ≤ 1: the population mean spend is undefined, so customers without repeat purchases cannot be valued; pass a penalty or give them a value yourself.`,
    );
  }
  return {
    model: 'gamma-gamma',
    params,
    standardErrors: {
      p: solution.standardErrors[0]!,
      q: solution.standardErrors[1]!,
      gamma: solution.standardErrors[2]!,
    },
    logLikelihood: solution.logLikelihood,
    customers: n,
    excluded: { noRepeatPurchases, nonPositiveValue },
    frequencySpendCorrelation,
    diagnostics: solution.diagnostics,
    warnings,
  };
}
