/** Pairwise precision, recall and F1 of predicted clusters against true entities. */
export interface PairwiseMetrics {
  truePositives: number;
  predictedPairs: number;
  truePairs: number;
  precision: number;
  recall: number;
  f1: number;
  predictedClusters: number;
  trueClusters: number;
}

/**
 * Counts pairs from cluster/entity co-membership (no pair enumeration). With
 * `sides`, only pairs across two sides count (A×B linking).
 */
export function pairwiseMetrics(
  predicted: ArrayLike<number | string>,
  truth: ArrayLike<string>,
  sides?: ArrayLike<number>,
): PairwiseMetrics {
  const n = predicted.length;
  const cell = new Map<string, [number, number]>();
  const pred = new Map<number | string, [number, number]>();
  const real = new Map<string, [number, number]>();
  const bump = (m: Map<never, [number, number]>, k: unknown, side: number) => {
    let v = (m as Map<unknown, [number, number]>).get(k);
    if (!v) {
      v = [0, 0];
      (m as Map<unknown, [number, number]>).set(k, v);
    }
    v[side]!++;
  };
  for (let r = 0; r < n; r++) {
    const side = sides ? sides[r]! : 0;
    bump(cell as never, `${predicted[r]}\u0000${truth[r]}`, side);
    bump(pred as never, predicted[r], side);
    bump(real as never, truth[r], side);
  }
  const pairs = (v: [number, number]) => (sides ? v[0] * v[1] : (v[0] * (v[0] - 1)) / 2);
  let tp = 0;
  for (const v of cell.values()) tp += pairs(v);
  let pp = 0;
  for (const v of pred.values()) pp += pairs(v);
  let tt = 0;
  for (const v of real.values()) tt += pairs(v);
  const precision = pp === 0 ? 1 : tp / pp;
  const recall = tt === 0 ? 1 : tp / tt;
  return {
    truePositives: tp,
    predictedPairs: pp,
    truePairs: tt,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    predictedClusters: pred.size,
    trueClusters: real.size,
  };
}
