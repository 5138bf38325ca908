import type { CandidatePairs } from './block-records.js';
import type { CompiledComparison } from './comparison.js';

/** Level of every comparison for every candidate pair: `gammas[p * comparisons + c]`. */
export function comparePairs(pairs: CandidatePairs, comparisons: readonly CompiledComparison[]): Uint8Array {
  const C = comparisons.length;
  const out = new Uint8Array(pairs.length * C);
  for (let p = 0; p < pairs.length; p++) {
    const i = pairs.left[p]!;
    const j = pairs.right[p]!;
    for (let c = 0; c < C; c++) out[p * C + c] = comparisons[c]!.compare(i, j);
  }
  return out;
}
