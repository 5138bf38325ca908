import type { CompiledModel } from './fellegi-sunter-model.js';
import { termFrequencyBits, weightToProbability } from './score-pairs.js';

/** One field's part in a pair's match weight. */
export interface FieldContribution {
  comparison: string;
  /** The level the pair fell in (`null` = a value is missing). */
  level: string;
  /** Canonical values compared, left and right. */
  values: [string[], string[]];
  /** m and u of the level (null for the null level). */
  m: number | null;
  u: number | null;
  /** log2(m/u): the field's evidence in bits, before term-frequency adjustment. */
  bits: number;
  /** Adjustment for how common the shared value is (exact levels with term frequencies). */
  termFrequencyBits: number;
}

/** Why a pair scored what it did: the prior plus each field's bits add up to `weight`. */
export interface PairExplanation {
  weight: number;
  probability: number;
  priorBits: number;
  fields: FieldContribution[];
}

/** Explains the match weight of records `i` and `j` field by field. */
export function explainPair(compiled: CompiledModel, i: number, j: number): PairExplanation {
  let weight = compiled.priorBits;
  const fields = compiled.comparisons.map((c, k): FieldContribution => {
    const level = c.compare(i, j);
    const bits = compiled.bits[k]![level]!;
    const tf = level !== 0 && level === c.termFrequencyLevel ? termFrequencyBits(compiled, k, i, j) : 0;
    weight += bits + tf;
    const params = level === 0 ? null : compiled.model.comparisons[k]!.levels[level - 1]!;
    return {
      comparison: c.spec.name,
      level: c.labels[level]!,
      values: [c.valuesOf(i), c.valuesOf(j)],
      m: params ? params.m : null,
      u: params ? params.u : null,
      bits,
      termFrequencyBits: tf,
    };
  });
  return { weight, probability: weightToProbability(weight), priorBits: compiled.priorBits, fields };
}
