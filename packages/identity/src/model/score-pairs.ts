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

const termFrequencyTables = new WeakMap<CompiledModel, (Float64Array | null)[]>();

/**
 * Per comparison with a term-frequency level, {@link termFrequencyBits} of
 * every value code, computed once (the same arithmetic, so the same bits).
 */
export function termFrequencyTable(compiled: CompiledModel): (Float64Array | null)[] {
  let tables = termFrequencyTables.get(compiled);
  if (tables === undefined) {
    tables = compiled.comparisons.map((comparison, c) => {
      if (comparison.termFrequencyLevel < 0) return null;
      const column = compiled.prepared.columns[comparison.spec.column];
      const u = compiled.model.comparisons[c]!.levels[comparison.termFrequencyLevel - 1]!.u;
      const out = new Float64Array(column.values.length);
      for (let code = 0; code < out.length; code++) {
        const tf = Math.max(column.counts[code]! / Math.max(1, column.nonNull), MIN_TERM_FREQUENCY);
        out[code] = Math.log2(u / tf);
      }
      return out;
    });
    termFrequencyTables.set(compiled, tables);
  }
  return tables;
}

/** Comparisons past this many share no flag word in the code matrix of {@link pairWeights}. */
const MAX_MATRIX_COMPARISONS = 31;

/**
 * {@link pairWeight} of every candidate pair, as float32. The codes that
 * term-frequency adjustments look up sit in a record-major matrix, so a pair
 * costs one random read instead of one per comparison.
 */
export function pairWeights(
  compiled: CompiledModel,
  gammas: Uint8Array,
  left: Int32Array,
  right: Int32Array,
  length: number,
): Float32Array {
  const cs = compiled.comparisons;
  const C = cs.length;
  const tables = termFrequencyTable(compiled);
  const tfLevels = Int32Array.from(cs, (c) => c.termFrequencyLevel);
  const out = new Float32Array(length);
  if (C > MAX_MATRIX_COMPARISONS) {
    for (let p = 0; p < length; p++) out[p] = pairWeight(compiled, gammas, p * C, left[p]!, right[p]!);
    return out;
  }
  const columns = compiled.prepared.columns;
  const n = compiled.prepared.size;
  // Slot of each comparison's own column codes (-1 = no term-frequency level), plus a flag word
  // marking records with several values in that column (they take `sharedCode`).
  const slots = new Int32Array(C).fill(-1);
  let width = 0;
  for (let c = 0; c < C; c++) if (tfLevels[c]! >= 0) slots[c] = width++;
  const flags = width;
  width++;
  const rows = new Int32Array(n * width);
  for (let c = 0; c < C; c++) {
    const slot = slots[c]!;
    if (slot < 0) continue;
    const column = columns[cs[c]!.spec.column];
    const codes = column.codes;
    for (let r = 0; r < n; r++) rows[r * width + slot] = codes[r]!;
    for (const r of column.more.keys()) rows[r * width + flags]! |= 1 << c;
  }
  for (let p = 0; p < length; p++) {
    let w = compiled.priorBits;
    const offset = p * C;
    const bi = left[p]! * width;
    const bj = right[p]! * width;
    for (let c = 0; c < C; c++) {
      const g = gammas[offset + c]!;
      if (g === 0) continue;
      w += compiled.bits[c]![g]!;
      if (g === tfLevels[c]) {
        let code: number;
        if (((rows[bi + flags]! | rows[bj + flags]!) & (1 << c)) === 0) {
          const ca = rows[bi + slots[c]!]!;
          code = ca >= 0 && ca === rows[bj + slots[c]!]! ? ca : -1;
        } else code = cs[c]!.sharedCode(left[p]!, right[p]!);
        if (code >= 0) w += tables[c]![code]!;
      }
    }
    out[p] = w;
  }
  return out;
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
  const cs = compiled.comparisons;
  if (scratch.length < cs.length) scratch = new Uint8Array(cs.length * 2);
  for (let c = 0; c < cs.length; c++) scratch[c] = cs[c]!.compare(i, j);
  return pairWeight(compiled, scratch, 0, i, j);
}

/** Levels of the pair `scorePair` is scoring (it does not call itself). */
let scratch = new Uint8Array(32);

/** Match probability of a weight in bits: 2^w / (1 + 2^w). */
export function weightToProbability(weight: number): number {
  return 1 / (1 + 2 ** -weight);
}

/** The weight whose probability is `p`. */
export function probabilityToWeight(p: number): number {
  return Math.log2(p / (1 - p));
}
