import type { CompiledModel } from './fellegi-sunter-model.js';

/**
 * Term-frequency adjustments use at least this frequency, so a value seen once
 * in a small file does not get an unbounded weight (Splink's tf minimum u).
 */
export const MIN_TERM_FREQUENCY = 1e-6;

/** Bits added to an exact-level weight for how common the shared value is: log2(u_exact / tf(value)). */
export function termFrequencyBits(compiled: CompiledModel, c: number, i: number, j: number): number {
  const comparison = compiled.comparisons[c]!;
  const code = comparison.sharedCode(i, j);
  if (code < 0) return 0;
  const column = compiled.prepared.columns[comparison.spec.column];
  const tf = Math.max(column.counts[code]! / Math.max(1, column.nonNull), MIN_TERM_FREQUENCY);
  const u = compiled.model.comparisons[c]!.levels[comparison.termFrequencyLevel - 1]!.u;
  return Math.log2(u / tf);
}

/** Match weight (bits) of one pair given its levels; adds term-frequency adjustments. */
export function pairWeight(
  compiled: CompiledModel,
  gammas: ArrayLike<number>,
  offset: number,
  i: number,
  j: number,
): number {
  let w = compiled.priorBits;
  const cs = compiled.comparisons;
  for (let c = 0; c < cs.length; c++) {
    const g = gammas[offset + c]!;
    if (g === 0) continue;
    w += compiled.bits[c]![g]!;
    if (g === cs[c]!.termFrequencyLevel) w += termFrequencyBits(compiled, c, i, j);
  }
  return w;
}

/** Match weight of an arbitrary pair (computes its levels). */
export function scorePair(compiled: CompiledModel, i: number, j: number): number {
  const g = compiled.comparisons.map((c) => c.compare(i, j));
  return pairWeight(compiled, g, 0, i, j);
}

/** Match probability of a weight in bits: 2^w / (1 + 2^w). */
export function weightToProbability(weight: number): number {
  return 1 / (1 + 2 ** -weight);
}

/** The weight whose probability is `p`. */
export function probabilityToWeight(p: number): number {
  return Math.log2(p / (1 - p));
}
