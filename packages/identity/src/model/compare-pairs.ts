import type { CandidatePairs } from './block-records.js';
import { type ComparisonKernel, type CompiledComparison, comparisonKernel } from './comparison.js';

/** Comparisons past this many share no flag word in the code matrix; they are compared one by one. */
const MAX_MATRIX_COMPARISONS = 31;

/**
 * Where each comparison finds its codes in a record-major matrix: record r's
 * row starts at `r * width`; `slots[c][0]` is comparison c's own column,
 * `slots[c][l + 1]` the other column of its level l (-1 = none), `extraSlot`
 * a word of "several values" flags (bit c), `sketchSlots[c]` its value sketch.
 */
export interface ComparisonLayout {
  width: number;
  extraSlot: number;
  slots: number[][];
  sketchSlots: number[];
}

/** The kernels of compiled comparisons, or null when some comparison has none (or there are too many). */
export function comparisonKernels(comparisons: readonly CompiledComparison[]): ComparisonKernel[] | null {
  const C = comparisons.length;
  const kernels = comparisons.map(comparisonKernel);
  if (C === 0 || C > MAX_MATRIX_COMPARISONS || kernels.some((k) => k === undefined)) return null;
  return kernels as ComparisonKernel[];
}

/** The matrix layout for `kernels`: one slot per distinct column, the flag word, then sketches. */
export function comparisonLayout(kernels: readonly ComparisonKernel[]): {
  layout: ComparisonLayout;
  columns: Int32Array[];
} {
  const columns: Int32Array[] = [];
  const slots = kernels.map((k) =>
    k.columns.map((_, at) => {
      const codes = k.columnCodes[at];
      if (!codes) return -1;
      let slot = columns.indexOf(codes);
      if (slot < 0) slot = columns.push(codes) - 1;
      return slot;
    }),
  );
  const extraSlot = columns.length;
  let width = columns.length + 1;
  const sketchSlots = kernels.map((k) => {
    if (k.sketchWidth === 0) return -1;
    const slot = width;
    width += k.sketchWidth;
    return slot;
  });
  return { layout: { width, extraSlot, slots, sketchSlots }, columns };
}

/**
 * Fills the record-major matrix of every code the comparisons read, their
 * "several values" flags and value sketches: a pair's inputs to all
 * comparisons sit in two rows instead of one random read per column.
 */
export function fillComparisonMatrix(
  kernels: readonly ComparisonKernel[],
  layout: ComparisonLayout,
  columns: readonly Int32Array[],
  rows: Int32Array,
): void {
  const { width, extraSlot, sketchSlots } = layout;
  const n = columns[0]?.length ?? 0;
  for (let s = 0; s < columns.length; s++) {
    const codes = columns[s]!;
    for (let r = 0; r < n; r++) rows[r * width + s] = codes[r]!;
  }
  kernels.forEach((k, c) => {
    if (k.hasMore) {
      const extra = k.hasExtra;
      for (let r = 0; r < n; r++) if (extra[r] === 1) rows[r * width + extraSlot]! |= 1 << c;
    }
    const sketchSlot = sketchSlots[c]!;
    if (sketchSlot < 0) return;
    // Each value's sketch, copied into the rows of the records holding it.
    const own = k.columnCodes[0]!;
    const sketchWidth = k.sketchWidth;
    const sketches = k.sketches();
    for (let r = 0; r < n; r++) {
      const code = own[r]!;
      if (code < 0) continue;
      for (let w = 0; w < sketchWidth; w++)
        rows[r * width + sketchSlot + w] = sketches[code * sketchWidth + w]!;
    }
  });
}

/** Level functions of `kernels` over a matrix with `layout`. */
export function bindKernels(
  kernels: readonly ComparisonKernel[],
  layout: ComparisonLayout,
): ((rows: Int32Array, bi: number, bj: number, i: number, j: number) => number)[] {
  return kernels.map((k, c) => k.bind(layout.slots[c]!, layout.extraSlot, 1 << c, layout.sketchSlots[c]!));
}

/** Levels of pairs `from` … `to - 1` into `out[p * C + c]`. */
export function compareRange(
  levels: readonly ((rows: Int32Array, bi: number, bj: number, i: number, j: number) => number)[],
  rows: Int32Array,
  width: number,
  left: Int32Array,
  right: Int32Array,
  from: number,
  to: number,
  out: Uint8Array,
): void {
  const C = levels.length;
  for (let p = from; p < to; p++) {
    const i = left[p]!;
    const j = right[p]!;
    const bi = i * width;
    const bj = j * width;
    for (let c = 0; c < C; c++) out[p * C + c] = levels[c]!(rows, bi, bj, i, j);
  }
}

/** Level of every comparison for every candidate pair: `gammas[p * comparisons + c]`. */
export function comparePairs(
  pairs: Pick<CandidatePairs, 'left' | 'right' | 'length'>,
  comparisons: readonly CompiledComparison[],
): Uint8Array {
  const C = comparisons.length;
  const out = new Uint8Array(pairs.length * C);
  const kernels = comparisonKernels(comparisons);
  if (kernels === null) {
    for (let p = 0; p < pairs.length; p++) {
      const i = pairs.left[p]!;
      const j = pairs.right[p]!;
      for (let c = 0; c < C; c++) out[p * C + c] = comparisons[c]!.compare(i, j);
    }
    return out;
  }
  const { layout, columns } = comparisonLayout(kernels);
  const rows = new Int32Array((columns[0]?.length ?? 0) * layout.width);
  fillComparisonMatrix(kernels, layout, columns, rows);
  compareRange(
    bindKernels(kernels, layout),
    rows,
    layout.width,
    pairs.left,
    pairs.right,
    0,
    pairs.length,
    out,
  );
  return out;
}
