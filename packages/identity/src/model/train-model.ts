import type { PreparedRecords } from '../records/prepare-records.js';
import { NumberTable } from '../tables/number-table.js';
import {
  type BlockingIndex,
  type BlockingRule,
  blockRecords,
  buildBlockingIndex,
  type CandidatePairs,
  type LinkType,
} from './block-records.js';
import { comparePairs } from './compare-pairs.js';
import { type ComparisonSpec, compileComparison } from './comparison.js';
import { defaultBlockingRules, defaultComparisons } from './default-settings.js';
import { estimateU } from './estimate-u.js';
import {
  type ComparisonPatterns,
  expectationMaximisation,
  MIN_PROBABILITY,
} from './expectation-maximisation.js';
import {
  type FellegiSunterModel,
  initialModel,
  modelParameters,
  withParameters,
} from './fellegi-sunter-model.js';

export interface TrainModelOptions {
  /** Field comparisons. Default: {@link defaultComparisons} for the columns present. */
  comparisons?: readonly ComparisonSpec[];
  /** Blocking rules, also the EM training sessions. Default: {@link defaultBlockingRules}. */
  blockingRules?: readonly BlockingRule[];
  linkType?: LinkType;
  /** Random pairs for u. Default 500k. */
  uSamplePairs?: number;
  /** Seed for the u sampler. Default 1. */
  seed?: number;
  maxBlockSize?: number;
}

/** What one EM session (one blocking rule) estimated. */
export interface TrainingSession {
  rule: string;
  pairs: number;
  iterations: number;
  converged: boolean;
  /** Comparisons whose m this session estimated (the others are part of its blocking rule). */
  estimated: string[];
  lambda: number;
}

export interface TrainedModel {
  /** The model; its `lambda` is the prior that two records drawn at random are one person. */
  model: FellegiSunterModel;
  sessions: TrainingSession[];
  /** EM iterations of the final λ estimate over all candidate pairs. */
  lambdaIterations: number;
}

/**
 * Sessions with fewer pairs than this cannot estimate m reliably; their
 * estimates are skipped.
 */
export const MIN_SESSION_PAIRS = 30;

/** Columns a comparison reads, for "is this comparison part of the blocking rule". */
function columnsOf(spec: ComparisonSpec): Set<string> {
  const cols = new Set<string>([spec.column]);
  for (const l of spec.levels) if ('column' in l && l.column) cols.add(l.column);
  return cols;
}

/**
 * Trains a Fellegi–Sunter model on prepared records: u by random sampling;
 * m by EM, one session per blocking rule, each leaving the m of the
 * comparisons its rule fixes untouched; then λ by EM over all candidate pairs
 * with m and u held.
 */
export function trainModel(prepared: PreparedRecords, options: TrainModelOptions = {}): TrainedModel {
  const rules = options.blockingRules ?? defaultBlockingRules(prepared);
  const specs = options.comparisons ?? defaultComparisons(prepared);
  const index = buildBlockingIndex(prepared, rules);
  const candidates = blockRecords(prepared, index, {
    linkType: options.linkType,
    maxBlockSize: options.maxBlockSize,
  });
  const compiled = specs.map((s) => compileComparison(s, prepared));
  const gammas = comparePairs(candidates, compiled);
  return trainOnCandidates(prepared, specs, index, candidates, gammas, options);
}

/** Training on candidates already blocked and compared (shared with prediction). */
export function trainOnCandidates(
  prepared: PreparedRecords,
  specs: readonly ComparisonSpec[],
  index: BlockingIndex,
  candidates: CandidatePairs,
  gammas: Uint8Array,
  options: Pick<TrainModelOptions, 'linkType' | 'uSamplePairs' | 'seed'> = {},
): TrainedModel {
  const start = initialModel(specs);
  const compiled = specs.map((s) => compileComparison(s, prepared));
  const u = estimateU(prepared, compiled, {
    maxPairs: options.uSamplePairs,
    seed: options.seed,
    linkType: options.linkType,
  });
  const levelCounts = compiled.map((c) => c.levelCount);
  const params = modelParameters(start);
  params.u = u;
  const mSums = params.m.map((row) => row.map(() => 0));
  const mSessions = params.m.map(() => 0);
  const sessions: TrainingSession[] = [];
  const specColumns = specs.map(columnsOf);
  const P = candidates.length;
  const R = index.rules.length;
  const { all, sessions: sessionPatterns } = aggregateByRule(gammas, candidates.rules, P, levelCounts, R);
  for (let k = 0; k < R; k++) {
    const rule = index.rules[k]!;
    const ruleColumns = new Set(rule.keys.map((key) => key.column));
    const fixM = specColumns.map((cols) => [...cols].some((c) => ruleColumns.has(c as never)));
    if (fixM.every(Boolean)) continue;
    const patterns = sessionPatterns[k]!;
    const pairs = patterns.counts.reduce((s, x) => s + x, 0);
    if (pairs < MIN_SESSION_PAIRS) continue;
    const result = expectationMaximisation(
      patterns,
      { lambda: 0.5, m: params.m, u: params.u },
      { fixU: true, fixM },
    );
    const estimated: string[] = [];
    fixM.forEach((fixed, c) => {
      if (fixed) return;
      estimated.push(specs[c]!.name);
      mSessions[c]!++;
      result.parameters.m[c]!.forEach((v, l) => {
        mSums[c]![l]! += v;
      });
    });
    sessions.push({
      rule: rule.name,
      pairs,
      iterations: result.iterations,
      converged: result.converged,
      estimated,
      lambda: result.parameters.lambda,
    });
  }
  const m = params.m.map((row, c) =>
    closerNeverWeaker(mSessions[c]! > 0 ? mSums[c]!.map((s) => s / mSessions[c]!) : row, u[c]!),
  );
  const lambdaFit = expectationMaximisation(
    all,
    { lambda: 0.1, m, u },
    { fixU: true, fixM: m.map(() => true) },
  );
  // EM gives the share of matches among candidate pairs; assuming blocking
  // keeps (nearly) all matches, the prior for any record pair is that many
  // matches over all possible pairs (Splink's "probability two random records match").
  const matches = lambdaFit.parameters.lambda * P;
  const lambda = Math.min(
    0.5,
    Math.max(MIN_PROBABILITY, matches / Math.max(1, possiblePairs(prepared, options.linkType))),
  );
  return {
    model: withParameters(start, { ...lambdaFit.parameters, lambda }),
    sessions,
    lambdaIterations: lambdaFit.iterations,
  };
}

/** Record pairs a run considers: all pairs (dedupe) or cross-source pairs (link). */
export function possiblePairs(prepared: PreparedRecords, linkType: LinkType = 'dedupe'): number {
  const n = prepared.size;
  if (linkType !== 'link') return (n * (n - 1)) / 2;
  const perSource = new Map<number, number>();
  for (const s of prepared.sources) perSource.set(s, (perSource.get(s) ?? 0) + 1);
  let same = 0;
  for (const c of perSource.values()) same += (c * (c - 1)) / 2;
  return (n * (n - 1)) / 2 - same;
}

/**
 * A level closer than "else" must not weigh less than "else": EM puts m near 0
 * on a level no training match happened to show (a one-digit birth-date typo),
 * which would make that small difference damn a pair more than a total
 * mismatch. Raises such m to the "else" likelihood ratio, then renormalises.
 */
export function closerNeverWeaker(m: readonly number[], u: readonly number[]): number[] {
  const last = m.length - 1;
  const elseRatio = m[last]! / u[last]!;
  const raised = m.map((v, l) => (l === 0 || l === last ? v : Math.max(v, u[l]! * elseRatio)));
  let sum = 0;
  for (let l = 1; l < raised.length; l++) sum += raised[l]!;
  return raised.map((v, l) => (l === 0 ? v : v / sum));
}

/**
 * Comparison patterns of all candidate pairs and, per blocking rule, of the
 * pairs that rule produced. Patterns are listed in order of first appearance
 * (pair order), so EM sums them in a fixed order.
 */
function aggregateByRule(
  gammas: Uint8Array,
  rules: Uint32Array,
  P: number,
  levelCounts: readonly number[],
  R: number,
): { all: ComparisonPatterns; sessions: ComparisonPatterns[] } {
  const C = levelCounts.length;
  const radix = levelCounts.reduce((a, b) => a * b, 1);
  // Each pair's pattern as an exact integer (mixed radix over levels), or its levels as text past 2^52.
  const patternIds = new Int32Array(P);
  const firstPair: number[] = [];
  if (radix < 2 ** 52) {
    const patterns = new NumberTable();
    for (let p = 0; p < P; p++) {
      let key = 0;
      for (let c = 0; c < C; c++) key = key * levelCounts[c]! + gammas[p * C + c]!;
      const id = patterns.intern(key);
      if (id === firstPair.length) firstPair.push(p);
      patternIds[p] = id;
    }
  } else {
    const patterns = new Map<string, number>();
    for (let p = 0; p < P; p++) {
      let key = '';
      for (let c = 0; c < C; c++) key += String.fromCharCode(48 + gammas[p * C + c]!);
      let id = patterns.get(key);
      if (id === undefined) {
        id = patterns.size;
        patterns.set(key, id);
        firstPair.push(p);
      }
      patternIds[p] = id;
    }
  }
  // (pattern, rule mask) entries in order of first appearance, with their pair counts.
  const masks = new NumberTable();
  const maskIds = new Int32Array(P);
  for (let p = 0; p < P; p++) maskIds[p] = masks.intern(rules[p]!);
  const entries = new NumberTable();
  const entryCounts: number[] = [];
  for (let p = 0; p < P; p++) {
    const e = entries.intern(patternIds[p]! * masks.size + maskIds[p]!);
    if (e === entryCounts.length) entryCounts.push(0);
    entryCounts[e]!++;
  }
  const allCounts = new Float64Array(firstPair.length);
  const sessionIds = Array.from({ length: R }, () => new NumberTable());
  const sessionCounts: number[][] = Array.from({ length: R }, () => []);
  for (let e = 0; e < entries.size; e++) {
    const key = entries.keys[e]!;
    const pattern = Math.floor(key / masks.size);
    const mask = masks.keys[key - pattern * masks.size]!;
    const count = entryCounts[e]!;
    allCounts[pattern]! += count;
    for (let k = 0; k < R; k++) {
      if (((mask >>> k) & 1) === 0) continue;
      const s = sessionIds[k]!.intern(pattern);
      const counts = sessionCounts[k]!;
      if (s === counts.length) counts.push(0);
      counts[s]! += count;
    }
  }
  const build = (ids: ArrayLike<number>, counts: ArrayLike<number>): ComparisonPatterns => {
    const L = counts.length;
    const out = new Uint8Array(L * C);
    for (let q = 0; q < L; q++) {
      const p = firstPair[ids[q]!]!;
      for (let c = 0; c < C; c++) out[q * C + c] = gammas[p * C + c]!;
    }
    return { comparisons: C, levelCounts, gammas: out, counts: Float64Array.from(counts), length: L };
  };
  const identity = Int32Array.from({ length: firstPair.length }, (_, q) => q);
  return {
    all: build(identity, allCounts),
    sessions: sessionIds.map((table, k) => build(table.keys.subarray(0, table.size), sessionCounts[k]!)),
  };
}
