import { seededRandom } from '../random.js';
import type { PreparedRecords } from '../records/prepare-records.js';
import type { LinkType } from './block-records.js';
import { comparePairs } from './compare-pairs.js';
import type { CompiledComparison } from './comparison.js';

export interface EstimateUOptions {
  /** Random pairs to draw. Default {@link U_SAMPLE_PAIRS}. */
  maxPairs?: number;
  /** Seed of the sampler; the same seed gives the same estimates. Default 1. */
  seed?: number;
  linkType?: LinkType;
}

/**
 * 250k random pairs put ~25 observations into a level with u = 1e-4 (enough
 * for a stable estimate); rarer exact-value levels are covered by term
 * frequencies. The cost is the same at any data size.
 */
export const U_SAMPLE_PAIRS = 250_000;

/**
 * Estimates u (the level probabilities among non-matches) from random record
 * pairs: almost every random pair is two different people, so level
 * frequencies among them are u. Levels never seen get one pseudo-observation
 * so no weight is infinite.
 */
export function estimateU(
  prepared: PreparedRecords,
  comparisons: readonly CompiledComparison[],
  options: EstimateUOptions = {},
): number[][] {
  const n = prepared.size;
  const random = seededRandom(options.seed ?? 1);
  const totalPairs = (n * (n - 1)) / 2;
  const target = Math.min(options.maxPairs ?? U_SAMPLE_PAIRS, totalPairs);
  const counts = comparisons.map((c) => new Float64Array(c.levelCount));
  const crossOnly = options.linkType === 'link' && prepared.sourceNames.length > 1;
  let drawn = 0;
  let attempts = 0;
  const left: number[] = [];
  const right: number[] = [];
  while (drawn < target && attempts < target * 20) {
    attempts++;
    const i = Math.floor(random() * n);
    const j = Math.floor(random() * n);
    if (i === j) continue;
    if (crossOnly && prepared.sources[i] === prepared.sources[j]) continue;
    drawn++;
    left.push(i);
    right.push(j);
  }
  const C = comparisons.length;
  const gammas = comparePairs(
    { left: Int32Array.from(left), right: Int32Array.from(right), length: drawn },
    comparisons,
  );
  for (let p = 0; p < drawn; p++) for (let c = 0; c < C; c++) counts[c]![gammas[p * C + c]!]!++;
  return counts.map((row) => {
    let total = 0;
    for (let l = 1; l < row.length; l++) total += row[l]!;
    const out = [0];
    for (let l = 1; l < row.length; l++) out.push(Math.max(row[l]!, 1) / (total + row.length));
    return out;
  });
}
