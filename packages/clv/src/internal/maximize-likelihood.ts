import { type FitDiagnostics, ModelFitError } from '../errors.js';
import { type MinimizeResult, minimizeBfgs } from './minimize-bfgs.js';
import { minimizeNelderMead } from './minimize-nelder-mead.js';

/**
 * Maximum likelihood over positive parameters, searched in log space so every
 * step stays in the domain: minimises −ln L / n + penalty · Σ θ² (the L2
 * penalty of lifetimes' fitters; 0 gives plain maximum likelihood).
 *
 * BFGS with analytic gradients first; if its line search stalls, a Nelder–Mead
 * pass restarts it. Throws ModelFitError (NOT_CONVERGED) with diagnostics when
 * the search fails or a parameter runs off towards 0 or infinity: results
 * never carry NaN or infinite parameters.
 */
export interface LikelihoodProblem {
  model: 'bg-nbd' | 'gamma-gamma';
  names: readonly string[];
  /** Starting parameters, natural scale. */
  start: readonly number[];
  /** Number of customers; the objective is scaled per customer. */
  n: number;
  penalty: number;
  maxIterations: number;
  /** Total log-likelihood at θ (natural scale), with ∂ ln L / ∂θ written into gradient. */
  logLikelihood: (theta: Float64Array, gradient: Float64Array) => number;
  /** Appended to the error message: what to try when the search fails. */
  advice: string;
}

export interface LikelihoodSolution {
  theta: Float64Array;
  logLikelihood: number;
  /** Asymptotic standard errors of θ (natural scale) from the observed information. */
  standardErrors: Float64Array;
  diagnostics: FitDiagnostics;
}

/** Converged when no log-parameter moves the per-customer objective by more than this per unit. */
const GRADIENT_TOLERANCE = 1e-9;
/** …or an iteration improves the per-customer objective by less than this (relative). */
const VALUE_TOLERANCE = 1e-13;
/**
 * |ln θ| beyond this (θ outside about 1e-13 … 1e13) means the likelihood keeps
 * rising towards a boundary: the data do not identify that parameter.
 */
const MAX_ABS_LOG_PARAMETER = 30;
/**
 * A search that can no longer decrease the objective with a gradient below
 * this sits at the optimum to floating-point precision (rounding in sums over
 * thousands of customers keeps the gradient from reaching GRADIENT_TOLERANCE);
 * it moves the parameters by well under 0.1%.
 */
const STALLED_GRADIENT_TOLERANCE = 1e-6;
const NELDER_MEAD_ITERATIONS = 2000;
/**
 * A standard error of ln θ above this (a 95% interval wider than a factor
 * e^±10) means the likelihood is flat in that direction: the optimum is a
 * ridge, not a point, and the "estimate" is wherever the search stopped.
 */
const MAX_LOG_STANDARD_ERROR = 5;
/** Step for the finite-difference Hessian of the analytic gradient, in log-parameters. */
const HESSIAN_STEP = 1e-5;

export function maximizeLikelihood(problem: LikelihoodProblem): LikelihoodSolution {
  const { names, n, penalty } = problem;
  const k = names.length;
  const theta = new Float64Array(k);
  const natural = new Float64Array(k);
  const objective = (u: Float64Array, gradient: Float64Array): number => {
    for (let j = 0; j < k; j++) {
      if (Math.abs(u[j]!) > 2 * MAX_ABS_LOG_PARAMETER) return Number.POSITIVE_INFINITY;
      theta[j] = Math.exp(u[j]!);
    }
    const ll = problem.logLikelihood(theta, natural);
    let f = -ll / n;
    for (let j = 0; j < k; j++) {
      const t = theta[j]!;
      f += penalty * t * t;
      gradient[j] = (-t * natural[j]!) / n + 2 * penalty * t * t;
    }
    return f;
  };
  const scratch = new Float64Array(k);
  const valueOnly = (u: Float64Array): number => objective(u, scratch);

  const options = {
    maxIterations: problem.maxIterations,
    gradientTolerance: GRADIENT_TOLERANCE,
    valueTolerance: VALUE_TOLERANCE,
  };
  const u0 = Float64Array.from(problem.start, Math.log);
  let result = minimizeBfgs(objective, u0, options);
  let method = 'bfgs';
  let iterations = result.iterations;
  let evaluations = result.evaluations;
  const atPrecision = (r: MinimizeResult): boolean =>
    !r.converged && Number.isFinite(r.value) && maxAbsOf(r.gradient) < STALLED_GRADIENT_TOLERANCE;
  // The simplex fallback is for a line search stalled away from the optimum; an exhausted budget stays exhausted.
  const budget = problem.maxIterations - result.iterations;
  if (!result.converged && !atPrecision(result) && Number.isFinite(result.value) && budget > 0) {
    const simplex = minimizeNelderMead(valueOnly, result.x, {
      maxIterations: Math.min(NELDER_MEAD_ITERATIONS, budget),
      initialStep: 0.1,
      tolerance: 1e-13,
    });
    const retry = minimizeBfgs(objective, simplex.x, {
      ...options,
      maxIterations: Math.max(1, budget - simplex.iterations),
    });
    method = 'bfgs+nelder-mead';
    iterations += simplex.iterations + retry.iterations;
    evaluations += simplex.evaluations + retry.evaluations;
    if (retry.converged || retry.value <= result.value) result = retry;
  }

  if (atPrecision(result)) {
    result = {
      ...result,
      converged: true,
      reason: `gradient ${maxAbsOf(result.gradient).toExponential(1)} is at floating-point precision (no step can improve the likelihood)`,
    };
  }
  const params: Record<string, number> = {};
  for (let j = 0; j < k; j++) params[names[j]!] = Math.exp(result.x[j]!);
  let gradientNorm = 0;
  for (let j = 0; j < k; j++) gradientNorm = Math.max(gradientNorm, Math.abs(result.gradient[j]!));
  for (let j = 0; j < k; j++) theta[j] = Math.exp(result.x[j]!);
  const logLikelihood = Number.isFinite(result.value) ? problem.logLikelihood(theta, natural) : Number.NaN;
  const diagnostics: FitDiagnostics = {
    method,
    converged: result.converged,
    reason: result.reason,
    iterations,
    evaluations,
    gradientNorm,
    params,
    logLikelihood,
    penalty,
  };
  const runaway = names.filter((_, j) => Math.abs(result.x[j]!) > MAX_ABS_LOG_PARAMETER);
  if (runaway.length > 0) {
    diagnostics.converged = false;
    diagnostics.reason = `parameter ${runaway.join(', ')} ran off towards ${runaway.map((name) => (params[name]! > 1 ? 'infinity' : '0')).join(', ')}`;
  }
  let standardErrors = new Float64Array(k).fill(Number.NaN);
  if (diagnostics.converged) {
    const logErrors = logParameterStandardErrors(objective, result.x, n);
    const loose = names.filter((_, j) => !(logErrors[j]! <= MAX_LOG_STANDARD_ERROR));
    if (loose.length > 0) {
      diagnostics.converged = false;
      diagnostics.reason = `the likelihood is flat along ${loose.join(', ')}: the data do not pin ${loose.length > 1 ? 'them' : 'it'} down (standard error of ln ${loose[0]} ${formatNumber(logErrors[names.indexOf(loose[0]!)]!)})`;
    }
    standardErrors = Float64Array.from(logErrors, (se, j) => se * Math.exp(result.x[j]!));
  }
  if (!diagnostics.converged || !Number.isFinite(logLikelihood)) {
    const where = names.map((name) => `${name}=${formatNumber(params[name]!)}`).join(', ');
    throw new ModelFitError({
      code: 'NOT_CONVERGED',
      model: problem.model,
      diagnostics,
      message: `${problem.model === 'bg-nbd' ? 'BG/NBD' : 'Gamma-Gamma'} fit did not converge: ${diagnostics.reason} after ${iterations} iterations (stopped at ${where}, log-likelihood ${formatNumber(logLikelihood)}, gradient ${gradientNorm.toExponential(2)}). ${problem.advice}`,
    });
  }
  return { theta: Float64Array.from(result.x, Math.exp), logLikelihood, standardErrors, diagnostics };
}

/**
 * √diag of the inverse observed information in log-parameters: the Hessian of
 * n·f (central differences of the analytic gradient) inverted through its
 * Cholesky factor. Infinity where the Hessian is not positive definite.
 */
function logParameterStandardErrors(
  objective: (u: Float64Array, gradient: Float64Array) => number,
  u: Float64Array,
  n: number,
): Float64Array {
  const k = u.length;
  const hessian = new Float64Array(k * k);
  const plus = new Float64Array(k);
  const minus = new Float64Array(k);
  const point = Float64Array.from(u);
  for (let i = 0; i < k; i++) {
    point[i] = u[i]! + HESSIAN_STEP;
    objective(point, plus);
    point[i] = u[i]! - HESSIAN_STEP;
    objective(point, minus);
    point[i] = u[i]!;
    for (let j = 0; j < k; j++) hessian[i * k + j] = (n * (plus[j]! - minus[j]!)) / (2 * HESSIAN_STEP);
  }
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < i; j++) {
      const mean = 0.5 * (hessian[i * k + j]! + hessian[j * k + i]!);
      hessian[i * k + j] = mean;
      hessian[j * k + i] = mean;
    }
  }
  // Cholesky H = L Lᵀ; then diag(H⁻¹)ᵢ = Σⱼ (L⁻¹)ⱼᵢ².
  const L = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = hessian[i * k + j]!;
      for (let m = 0; m < j; m++) sum -= L[i * k + m]! * L[j * k + m]!;
      if (i === j) {
        if (!(sum > 0)) return new Float64Array(k).fill(Number.POSITIVE_INFINITY);
        L[i * k + i] = Math.sqrt(sum);
      } else {
        L[i * k + j] = sum / L[j * k + j]!;
      }
    }
  }
  const inverse = new Float64Array(k * k);
  for (let col = 0; col < k; col++) {
    for (let i = col; i < k; i++) {
      let sum = i === col ? 1 : 0;
      for (let m = col; m < i; m++) sum -= L[i * k + m]! * inverse[m * k + col]!;
      inverse[i * k + col] = sum / L[i * k + i]!;
    }
  }
  const errors = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    let variance = 0;
    for (let j = i; j < k; j++) variance += inverse[j * k + i]! ** 2;
    errors[i] = Math.sqrt(variance);
  }
  return errors;
}

function maxAbsOf(values: Float64Array): number {
  let m = 0;
  for (const v of values) m = Math.max(m, Math.abs(v));
  return m;
}

function formatNumber(v: number): string {
  return Number.isFinite(v) ? Number(v.toPrecision(6)).toString() : String(v);
}
