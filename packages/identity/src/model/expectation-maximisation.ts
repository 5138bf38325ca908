/**
 * Comparison vectors aggregated into patterns: `gammas` holds `comparisons`
 * level indices per pattern (0 = null, ignored), `counts` how many pairs
 * share each pattern. Aggregating first makes EM cost independent of pair count.
 */
export interface ComparisonPatterns {
  comparisons: number;
  /** Levels per comparison, including the null level 0. */
  levelCounts: readonly number[];
  gammas: Uint8Array;
  counts: Float64Array;
  length: number;
}

/** Fellegi–Sunter parameters: `m[c][l]` = P(level l | match), `u[c][l]` = P(level l | non-match); index 0 (null) unused. */
export interface FellegiSunterParameters {
  lambda: number;
  m: number[][];
  u: number[][];
}

export interface ExpectationMaximisationOptions {
  /** Keep every `u` as given (estimated by random sampling instead). Default false. */
  fixU?: boolean;
  /** Per comparison: keep its `m` as given (e.g. it is part of the blocking rule). */
  fixM?: readonly boolean[];
  /** Keep λ as given. Default false. */
  fixLambda?: boolean;
  /** Default {@link EM_MAX_ITERATIONS}. */
  maxIterations?: number;
  /** Stop when no parameter moves more than this. Default {@link EM_TOLERANCE}. */
  tolerance?: number;
}

/** EM converges in tens of iterations on well-separated data; 200 bounds the slow cases. */
export const EM_MAX_ITERATIONS = 200;
/** Parameters moving less than 1e-7 change no match weight in the first four digits. */
export const EM_TOLERANCE = 1e-7;
/** Smallest probability a parameter may take, so no level gets an infinite weight. */
export const MIN_PROBABILITY = 1e-9;

export interface ExpectationMaximisationResult {
  parameters: FellegiSunterParameters;
  iterations: number;
  converged: boolean;
}

/** Builds patterns from per-pair gamma vectors (`gammas[p * comparisons + c]`). */
export function aggregatePatterns(
  gammas: Uint8Array,
  pairs: number,
  levelCounts: readonly number[],
  include?: (pair: number) => boolean,
): ComparisonPatterns {
  const c = levelCounts.length;
  const index = new Map<number, number>();
  const outGammas: number[] = [];
  const counts: number[] = [];
  for (let p = 0; p < pairs; p++) {
    if (include && !include(p)) continue;
    let key = 0;
    for (let k = 0; k < c; k++) key = key * levelCounts[k]! + gammas[p * c + k]!;
    let slot = index.get(key);
    if (slot === undefined) {
      slot = counts.length;
      index.set(key, slot);
      counts.push(0);
      for (let k = 0; k < c; k++) outGammas.push(gammas[p * c + k]!);
    }
    counts[slot]!++;
  }
  return {
    comparisons: c,
    levelCounts,
    gammas: Uint8Array.from(outGammas),
    counts: Float64Array.from(counts),
    length: counts.length,
  };
}

/** P(match | comparison vector) under the parameters. */
export function patternMatchProbability(
  params: FellegiSunterParameters,
  gammas: ArrayLike<number>,
  offset = 0,
  comparisons = params.m.length,
): number {
  let pm = params.lambda;
  let pu = 1 - params.lambda;
  for (let c = 0; c < comparisons; c++) {
    const g = gammas[offset + c]!;
    if (g === 0) continue;
    pm *= params.m[c]![g]!;
    pu *= params.u[c]![g]!;
  }
  return pm / (pm + pu);
}

/**
 * Expectation–maximisation for the Fellegi–Sunter mixture: alternates the
 * posterior match probability of every pattern (E) with the λ, m and u that
 * maximise the expected likelihood (M). Null levels carry no information and
 * are skipped in both steps.
 */
export function expectationMaximisation(
  patterns: ComparisonPatterns,
  start: FellegiSunterParameters,
  options: ExpectationMaximisationOptions = {},
): ExpectationMaximisationResult {
  const maxIterations = options.maxIterations ?? EM_MAX_ITERATIONS;
  const tolerance = options.tolerance ?? EM_TOLERANCE;
  const C = patterns.comparisons;
  let params: FellegiSunterParameters = {
    lambda: start.lambda,
    m: start.m.map((r) => [...r]),
    u: start.u.map((r) => [...r]),
  };
  let iterations = 0;
  let converged = false;
  const total = patterns.counts.reduce((s, x) => s + x, 0);
  if (total === 0) return { parameters: params, iterations: 0, converged: true };
  while (iterations < maxIterations) {
    iterations++;
    const mNum = patterns.levelCounts.map((l) => new Float64Array(l));
    const uNum = patterns.levelCounts.map((l) => new Float64Array(l));
    let matchMass = 0;
    for (let p = 0; p < patterns.length; p++) {
      const count = patterns.counts[p]!;
      const post = patternMatchProbability(params, patterns.gammas, p * C, C);
      const wm = count * post;
      const wu = count - wm;
      matchMass += wm;
      for (let c = 0; c < C; c++) {
        const g = patterns.gammas[p * C + c]!;
        if (g === 0) continue;
        mNum[c]![g]! += wm;
        uNum[c]![g]! += wu;
      }
    }
    const next: FellegiSunterParameters = {
      lambda: options.fixLambda ? params.lambda : clamp(matchMass / total),
      m: params.m.map((row, c) => (options.fixM?.[c] ? [...row] : normalise(mNum[c]!, row))),
      u: params.u.map((row, c) => (options.fixU ? [...row] : normalise(uNum[c]!, row))),
    };
    let delta = Math.abs(next.lambda - params.lambda);
    for (let c = 0; c < C; c++) {
      for (let l = 1; l < next.m[c]!.length; l++) {
        delta = Math.max(
          delta,
          Math.abs(next.m[c]![l]! - params.m[c]![l]!),
          Math.abs(next.u[c]![l]! - params.u[c]![l]!),
        );
      }
    }
    params = next;
    if (delta < tolerance) {
      converged = true;
      break;
    }
  }
  return { parameters: params, iterations, converged };
}

function clamp(p: number): number {
  return Math.min(1 - MIN_PROBABILITY, Math.max(MIN_PROBABILITY, p));
}

/** Turns level masses into probabilities over the non-null levels; keeps `previous` if there is no mass. */
function normalise(mass: Float64Array, previous: readonly number[]): number[] {
  let sum = 0;
  for (let l = 1; l < mass.length; l++) sum += mass[l]!;
  if (sum <= 0) return [...previous];
  const out = [0];
  for (let l = 1; l < mass.length; l++) out.push(clamp(mass[l]! / sum));
  return out;
}
