/**
 * Quasi-Newton minimisation (BFGS with a strong-Wolfe line search, Nocedal &
 * Wright, Numerical Optimization, 2nd ed., algorithms 6.1, 3.5 and 3.6).
 *
 * The objective writes its gradient into `gradient` and returns its value;
 * a non-finite value marks a point outside the domain and makes the line
 * search step back. Nothing here throws: the caller turns a failed result
 * into an error with these diagnostics.
 */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

export interface MinimizeOptions {
  maxIterations: number;
  /** Stop when the largest absolute gradient component falls below this. */
  gradientTolerance: number;
  /** Stop when an iteration improves the value by less than this, relative to max(1, |f|). */
  valueTolerance: number;
}

export interface MinimizeResult {
  x: Float64Array;
  value: number;
  gradient: Float64Array;
  iterations: number;
  evaluations: number;
  converged: boolean;
  /** Why the search stopped, in words for diagnostics. */
  reason: string;
}

/** Sufficient-decrease and curvature constants of the strong Wolfe conditions (Nocedal & Wright, p. 142). */
const WOLFE_C1 = 1e-4;
const WOLFE_C2 = 0.9;
/** A line search that has not bracketed a good step after this many trials gives up. */
const MAX_LINE_SEARCH_STEPS = 40;
/** First step of the first iteration moves no coordinate by more than this (log-parameters: a factor e). */
const MAX_FIRST_STEP = 1;
/** Relative differences below this are rounding noise in a sum over many customers. */
const ROUNDING = 1e-14;

export function minimizeBfgs(
  objective: Objective,
  x0: Float64Array,
  options: MinimizeOptions,
): MinimizeResult {
  const n = x0.length;
  let evaluations = 0;
  const evaluate = (x: Float64Array, g: Float64Array): number => {
    evaluations++;
    const v = objective(x, g);
    return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
  };

  const x = Float64Array.from(x0);
  const g = new Float64Array(n);
  let f = evaluate(x, g);
  if (!Number.isFinite(f) || !allFinite(g)) {
    return {
      x,
      value: f,
      gradient: g,
      iterations: 0,
      evaluations,
      converged: false,
      reason: 'objective is not finite at the starting point',
    };
  }
  // Inverse Hessian approximation, row-major.
  const H = new Float64Array(n * n);
  for (let i = 0; i < n; i++) H[i * n + i] = 1;
  const d = new Float64Array(n);
  const xNew = new Float64Array(n);
  const gNew = new Float64Array(n);
  const s = new Float64Array(n);
  const y = new Float64Array(n);
  const Hy = new Float64Array(n);

  for (let iteration = 1; iteration <= options.maxIterations; iteration++) {
    if (maxAbs(g) < options.gradientTolerance) {
      return {
        x,
        value: f,
        gradient: g,
        iterations: iteration - 1,
        evaluations,
        converged: true,
        reason: 'gradient below tolerance',
      };
    }
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let j = 0; j < n; j++) sum -= H[i * n + j]! * g[j]!;
      d[i] = sum;
    }
    let slope = dot(d, g);
    if (!(slope < 0)) {
      // Lost descent (H no longer positive definite numerically): restart from steepest descent.
      H.fill(0);
      for (let i = 0; i < n; i++) {
        H[i * n + i] = 1;
        d[i] = -g[i]!;
      }
      slope = dot(d, g);
    }
    const initialStep = iteration === 1 ? Math.min(1, MAX_FIRST_STEP / maxAbs(d)) : 1;
    const step = lineSearch(evaluate, x, f, d, slope, initialStep, xNew, gNew);
    if (step === null) {
      return {
        x,
        value: f,
        gradient: g,
        iterations: iteration,
        evaluations,
        converged: false,
        reason: 'line search found no step that decreases the objective',
      };
    }
    const fNew = step;
    let sy = 0;
    for (let i = 0; i < n; i++) {
      s[i] = xNew[i]! - x[i]!;
      y[i] = gNew[i]! - g[i]!;
      sy += s[i]! * y[i]!;
    }
    const improvement = f - fNew;
    x.set(xNew);
    g.set(gNew);
    f = fNew;
    if (
      improvement >= 0 &&
      improvement < options.valueTolerance * Math.max(1, Math.abs(f)) &&
      maxAbs(g) < Math.sqrt(options.gradientTolerance)
    ) {
      return {
        x,
        value: f,
        gradient: g,
        iterations: iteration,
        evaluations,
        converged: true,
        reason: 'value change below tolerance',
      };
    }
    if (sy > 1e-300) {
      if (iteration === 1) {
        // Scale the initial inverse Hessian (Nocedal & Wright eq. 6.20).
        const scale = sy / dot(y, y);
        for (let i = 0; i < n * n; i++) H[i] = H[i]! * scale;
      }
      // H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ
      const rho = 1 / sy;
      for (let i = 0; i < n; i++) {
        let sum = 0;
        for (let j = 0; j < n; j++) sum += H[i * n + j]! * y[j]!;
        Hy[i] = sum;
      }
      const yHy = dot(y, Hy);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          H[i * n + j] =
            H[i * n + j]! - rho * (Hy[i]! * s[j]! + s[i]! * Hy[j]!) + (rho * rho * yHy + rho) * s[i]! * s[j]!;
        }
      }
    }
  }
  return {
    x,
    value: f,
    gradient: g,
    iterations: options.maxIterations,
    evaluations,
    converged: maxAbs(g) < options.gradientTolerance,
    reason: 'iteration limit reached',
  };
}

/**
 * Finds a step length t along d satisfying the strong Wolfe conditions; on
 * success writes x + t·d and its gradient into xOut/gOut and returns f there.
 */
function lineSearch(
  evaluate: (x: Float64Array, g: Float64Array) => number,
  x: Float64Array,
  f0: number,
  d: Float64Array,
  slope0: number,
  initialStep: number,
  xOut: Float64Array,
  gOut: Float64Array,
): number | null {
  const n = x.length;
  const at = (t: number): { f: number; slope: number } => {
    for (let i = 0; i < n; i++) xOut[i] = x[i]! + t * d[i]!;
    const f = evaluate(xOut, gOut);
    return { f, slope: Number.isFinite(f) ? dot(gOut, d) : Number.NaN };
  };
  let tPrev = 0;
  let fPrev = f0;
  let slopePrev = slope0;
  let t = initialStep;
  for (let k = 0; k < MAX_LINE_SEARCH_STEPS; k++) {
    const { f, slope } = at(t);
    if (!Number.isFinite(f)) {
      // Outside the domain: pull back towards the last good point.
      t = tPrev + 0.25 * (t - tPrev);
      continue;
    }
    if (f > f0 + WOLFE_C1 * t * slope0 || (k > 0 && f >= fPrev)) {
      return zoom(at, f0, slope0, tPrev, fPrev, slopePrev, t, f, slope, x, d, xOut, gOut, evaluate);
    }
    if (Math.abs(slope) <= -WOLFE_C2 * slope0) return f;
    if (slope >= 0)
      return zoom(at, f0, slope0, t, f, slope, tPrev, fPrev, slopePrev, x, d, xOut, gOut, evaluate);
    tPrev = t;
    fPrev = f;
    slopePrev = slope;
    t *= 2;
  }
  return null;
}

function zoom(
  at: (t: number) => { f: number; slope: number },
  f0: number,
  slope0: number,
  tLo: number,
  fLo: number,
  slopeLo: number,
  tHi: number,
  fHi: number,
  slopeHi: number,
  x: Float64Array,
  d: Float64Array,
  xOut: Float64Array,
  gOut: Float64Array,
  evaluate: (x: Float64Array, g: Float64Array) => number,
): number | null {
  for (let k = 0; k < MAX_LINE_SEARCH_STEPS; k++) {
    const t = interpolate(tLo, fLo, slopeLo, tHi, fHi, slopeHi);
    const { f, slope } = at(t);
    if (!Number.isFinite(f) || f > f0 + WOLFE_C1 * t * slope0 || f >= fLo) {
      tHi = t;
      fHi = f;
      slopeHi = slope;
    } else {
      if (Math.abs(slope) <= -WOLFE_C2 * slope0) return f;
      if (slope * (tHi - tLo) >= 0) {
        tHi = tLo;
        fHi = fLo;
        slopeHi = slopeLo;
      }
      tLo = t;
      fLo = f;
      slopeLo = slope;
    }
    if (Math.abs(tHi - tLo) < 1e-14 * Math.max(1, Math.abs(tLo))) break;
    // Both ends within rounding of f(0): the objective cannot resolve a better step.
    if (Math.abs(fLo - f0) <= ROUNDING * Math.abs(f0) && Math.abs(fHi - f0) <= ROUNDING * Math.abs(f0)) break;
  }
  // Could not meet the curvature condition; accept the best decreasing point if there is one.
  if (tLo > 0 && fLo < f0) {
    for (let i = 0; i < x.length; i++) xOut[i] = x[i]! + tLo * d[i]!;
    return evaluate(xOut, gOut);
  }
  return null;
}

/** Minimiser of the cubic through both ends (Nocedal & Wright eq. 3.59), safeguarded to stay inside the bracket. */
function interpolate(t1: number, f1: number, s1: number, t2: number, f2: number, s2: number): number {
  const lo = Math.min(t1, t2);
  const hi = Math.max(t1, t2);
  const width = hi - lo;
  let t = Number.NaN;
  if (Number.isFinite(f2) && Number.isFinite(s2)) {
    const d1 = s1 + s2 - (3 * (f1 - f2)) / (t1 - t2);
    const disc = d1 * d1 - s1 * s2;
    if (disc >= 0) {
      const d2 = Math.sign(t2 - t1) * Math.sqrt(disc);
      t = t2 - ((t2 - t1) * (s2 + d2 - d1)) / (s2 - s1 + 2 * d2);
    }
  }
  if (!Number.isFinite(t) || t < lo + 0.1 * width || t > hi - 0.1 * width) t = lo + 0.5 * width;
  return t;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

function maxAbs(a: Float64Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]!));
  return m;
}

function allFinite(a: Float64Array): boolean {
  for (let i = 0; i < a.length; i++) if (!Number.isFinite(a[i]!)) return false;
  return true;
}
