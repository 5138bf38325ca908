import { z } from 'zod';
import { IdentityError } from '../errors.js';
import { identityColumns, type PreparedRecords } from '../records/prepare-records.js';
import {
  type ComparisonLevelSpec,
  type CompiledComparison,
  compileComparison,
  levelLabel,
} from './comparison.js';
import type { FellegiSunterParameters } from './expectation-maximisation.js';

/** One comparison level with its parameters. */
export interface ModelLevel {
  label: string;
  spec: ComparisonLevelSpec;
  /** P(this level | the records are one person). */
  m: number;
  /** P(this level | the records are different people). */
  u: number;
}

/** A field comparison of a trained model; its null level (either side missing) is implicit and weighs 0 bits. */
export interface ModelComparison {
  name: string;
  column: (typeof identityColumns)[number];
  levels: ModelLevel[];
}

/**
 * A trained Fellegi–Sunter model. `lambda` is the prior probability that a
 * candidate pair (one the blocking rules produced) is a match.
 */
export interface FellegiSunterModel {
  lambda: number;
  comparisons: ModelComparison[];
}

const column = z.enum(identityColumns);
const levelSpecSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('exact'),
    label: z.string().optional(),
    column: column.optional(),
    termFrequency: z.boolean().optional(),
  }),
  z.object({
    kind: z.literal('jaroWinkler'),
    min: z.number().min(0).max(1),
    label: z.string().optional(),
    column: column.optional(),
  }),
  z.object({
    kind: z.literal('levenshtein'),
    max: z.number().int().min(0),
    label: z.string().optional(),
    column: column.optional(),
  }),
  z.object({ kind: z.literal('initial'), label: z.string().optional() }),
  z.object({ kind: z.literal('swapped'), otherColumn: column, label: z.string().optional() }),
  z.object({ kind: z.literal('dateSwap'), label: z.string().optional() }),
  z.object({ kind: z.literal('else'), label: z.string().optional() }),
]);
const probability = z.number().gt(0).lt(1);

/** Schema of a serialized model; parse stored models through it. */
export const fellegiSunterModelSchema = z.object({
  lambda: probability.describe('Prior probability that a candidate pair is a match.'),
  comparisons: z.array(
    z.object({
      name: z.string().min(1),
      column,
      levels: z
        .array(z.object({ label: z.string(), spec: levelSpecSchema, m: probability, u: probability }))
        .min(1),
    }),
  ),
});

/** Reads a stored model (e.g. JSON from disk), checking every field. */
export function parseFellegiSunterModel(input: unknown): FellegiSunterModel {
  const parsed = fellegiSunterModelSchema.safeParse(input);
  if (!parsed.success) {
    throw new IdentityError({
      code: 'INVALID_IDENTITY_STATE',
      message: `Not a Fellegi–Sunter model: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}. Pass what trainModel returned (or its JSON).`,
      cause: parsed.error,
    });
  }
  return parsed.data as FellegiSunterModel;
}

/** A model bound to prepared records: compiled comparisons plus per-level weights in bits. */
export interface CompiledModel {
  model: FellegiSunterModel;
  comparisons: CompiledComparison[];
  /** log2(m/u) per comparison and level (index 0 = null = 0 bits). */
  bits: Float64Array[];
  /** log2(λ / (1 − λ)). */
  priorBits: number;
  prepared: PreparedRecords;
}

/** Level specs of a model comparison, for compiling. */
export function comparisonSpecOf(c: ModelComparison) {
  return { name: c.name, column: c.column, levels: c.levels.map((l) => l.spec) };
}

export function compileModel(model: FellegiSunterModel, prepared: PreparedRecords): CompiledModel {
  const comparisons = model.comparisons.map((c) => compileComparison(comparisonSpecOf(c), prepared));
  comparisons.forEach((cc, i) => {
    if (cc.levelCount !== model.comparisons[i]!.levels.length + 1) {
      throw new IdentityError({
        code: 'INVALID_IDENTITY_OPTIONS',
        message: `Comparison "${model.comparisons[i]!.name}" must end with an "else" level. Add { kind: 'else' } as its last level.`,
      });
    }
  });
  const bits = model.comparisons.map((c) =>
    Float64Array.from([0, ...c.levels.map((l) => Math.log2(l.m / l.u))]),
  );
  return { model, comparisons, bits, priorBits: Math.log2(model.lambda / (1 - model.lambda)), prepared };
}

/** Parameters in EM's array form. */
export function modelParameters(model: FellegiSunterModel): FellegiSunterParameters {
  return {
    lambda: model.lambda,
    m: model.comparisons.map((c) => [0, ...c.levels.map((l) => l.m)]),
    u: model.comparisons.map((c) => [0, ...c.levels.map((l) => l.u)]),
  };
}

/** A model with new parameters (same comparisons). */
export function withParameters(model: FellegiSunterModel, p: FellegiSunterParameters): FellegiSunterModel {
  return {
    lambda: p.lambda,
    comparisons: model.comparisons.map((c, ci) => ({
      ...c,
      levels: c.levels.map((l, li) => ({ ...l, m: p.m[ci]![li + 1]!, u: p.u[ci]![li + 1]! })),
    })),
  };
}

/** An untrained model from comparison specs: m favours the close levels, u the "else" level. */
export function initialModel(
  specs: readonly {
    name: string;
    column: ModelComparison['column'];
    levels: readonly ComparisonLevelSpec[];
  }[],
): FellegiSunterModel {
  return {
    lambda: 0.01,
    comparisons: specs.map((s) => {
      const levels = s.levels.some((l) => l.kind === 'else')
        ? [...s.levels]
        : [...s.levels, { kind: 'else' as const }];
      const n = levels.length;
      // Starting values only: EM moves them. Close levels likely for matches, "else" for non-matches.
      const mRaw = levels.map((_, i) => (i === n - 1 ? 0.05 : 0.95 * 0.3 ** i));
      const uRaw = levels.map((_, i) => (i === n - 1 ? 0.9 : 0.1 / n));
      const ms = mRaw.reduce((a, b) => a + b, 0);
      const us = uRaw.reduce((a, b) => a + b, 0);
      return {
        name: s.name,
        column: s.column,
        levels: levels.map((spec, i) => ({
          label: levelLabel(spec),
          spec,
          m: mRaw[i]! / ms,
          u: uRaw[i]! / us,
        })),
      };
    }),
  };
}
