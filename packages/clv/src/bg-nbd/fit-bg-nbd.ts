import { type RfmData, toRfmArrays } from '../customer-data.js';
import { type FitDiagnostics, ModelFitError } from '../errors.js';
import { readFitOptions } from '../internal/fit-options.js';
import { maximizeLikelihood } from '../internal/maximize-likelihood.js';
import { evaluateBgNbd, prepareBgNbdData } from './bg-nbd-log-likelihood.js';
import type { BgNbdParams } from './bg-nbd-params.js';

export interface FitBgNbdOptions {
  /**
   * L2 penalty on the parameters, added to the per-customer negative
   * log-likelihood (lifetimes' `penalizer_coef`). 0 (default) is plain maximum
   * likelihood; a small value (0.001–0.1) keeps small or one-sided data sets
   * from running a parameter off to infinity.
   */
  penalty?: number;
  /** BFGS iteration limit before the fit is declared not converged. Default 500. */
  maxIterations?: number;
}

export interface BgNbdFit {
  model: 'bg-nbd';
  params: BgNbdParams;
  /**
   * Asymptotic standard errors of the parameters (inverse observed
   * information, delta method from log-parameters): how precisely the data
   * pin each one down.
   */
  standardErrors: BgNbdParams;
  /** Maximised log-likelihood (without the penalty). */
  logLikelihood: number;
  /** Customers in the fit. */
  customers: number;
  /** Customers with at least one repeat purchase. */
  repeatCustomers: number;
  diagnostics: FitDiagnostics;
  /** Things about the data worth knowing, e.g. customers whose T = 0 carry no information. */
  warnings: string[];
}

/** Fewer customers than this cannot pin down four parameters. */
export const BG_NBD_MIN_CUSTOMERS = 10;
/** Below this many customers the estimates are loose; the fit says so in its warnings. */
const SMALL_SAMPLE = 200;

/**
 * Fits the BG/NBD model (Fader, Hardie & Lee 2005) by maximum likelihood:
 * BFGS on log-parameters with the analytic gradient of the log-likelihood
 * (see bgNbdLogLikelihood), with a Nelder–Mead fallback.
 *
 * Customers with no repeat purchases are part of the fit (they inform r, α);
 * customers with T = 0 contribute nothing and are counted in `warnings`.
 * Throws ModelFitError: INSUFFICIENT_DATA when there are fewer than
 * BG_NBD_MIN_CUSTOMERS customers or no repeat purchases at all, NOT_CONVERGED
 * with diagnostics when the search fails.
 */
export function fitBgNbd(customers: RfmData, options: FitBgNbdOptions = {}): BgNbdFit {
  const { penalty, maxIterations } = readFitOptions(options);
  const arrays = toRfmArrays(customers);
  const n = arrays.length;
  let repeatCustomers = 0;
  let zeroT = 0;
  let sumT = 0;
  let sumX = 0;
  for (let i = 0; i < n; i++) {
    if (arrays.frequency[i]! > 0) repeatCustomers++;
    if (arrays.T[i] === 0) zeroT++;
    sumT += arrays.T[i]!;
    sumX += arrays.frequency[i]!;
  }
  if (n < BG_NBD_MIN_CUSTOMERS) {
    throw new ModelFitError({
      code: 'INSUFFICIENT_DATA',
      model: 'bg-nbd',
      message: `BG/NBD needs at least ${BG_NBD_MIN_CUSTOMERS} customers to estimate its four parameters; got ${n}. Use a longer history or more customers.`,
    });
  }
  if (repeatCustomers === 0) {
    throw new ModelFitError({
      code: 'INSUFFICIENT_DATA',
      model: 'bg-nbd',
      message: `None of the ${n} customers made a repeat purchase, so the dropout process cannot be estimated. Extend the observation period (observationEnd) or wait for more data.`,
    });
  }
  const warnings: string[] = [];
  if (zeroT > 0) {
    warnings.push(
      `${zeroT} customer(s) have T = 0 (first purchase on the last observed day) and contribute nothing to the fit.`,
    );
  }
  if (n < SMALL_SAMPLE) {
    warnings.push(`Only ${n} customers: parameter estimates are uncertain; consider a penalty (e.g. 0.001).`);
  }
  const data = prepareBgNbdData(arrays);
  // Start where the mean purchase rate matches the data: E[λ] = r/α ≈ (repeats + 1) / mean T.
  const meanT = Math.max(sumT / n, Number.MIN_VALUE);
  const start = [1, Math.max(meanT / (sumX / n + 1), 1e-6), 1, 1];
  const solution = maximizeLikelihood({
    model: 'bg-nbd',
    names: ['r', 'alpha', 'a', 'b'],
    start,
    n,
    penalty,
    maxIterations,
    logLikelihood: (theta, gradient) =>
      evaluateBgNbd(data, theta[0]!, theta[1]!, theta[2]!, theta[3]!, gradient),
    advice:
      'Check the summary (unit, observationEnd), add customers or history, or pass a small penalty (e.g. 0.001).',
  });
  const theta = solution.theta;
  const [r, alpha, a, b] = [theta[0]!, theta[1]!, theta[2]!, theta[3]!];
  return {
    model: 'bg-nbd',
    params: { r, alpha, a, b },
    standardErrors: {
      r: solution.standardErrors[0]!,
      alpha: solution.standardErrors[1]!,
      a: solution.standardErrors[2]!,
      b: solution.standardErrors[3]!,
    },
    logLikelihood: solution.logLikelihood,
    customers: n,
    repeatCustomers,
    diagnostics: solution.diagnostics,
    warnings,
  };
}
