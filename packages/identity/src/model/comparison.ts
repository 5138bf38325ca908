import type { IdentityColumn, PreparedRecords } from '../records/prepare-records.js';
import { jaroWinkler } from '../similarity/jaro-winkler.js';
import { levenshtein } from '../similarity/levenshtein.js';

/**
 * One level of a comparison, from most to least alike. A pair falls in the
 * first level whose test passes. `column` makes the level test another column
 * (e.g. `first_name_formal` for "same name after nicknames").
 */
export type ComparisonLevelSpec =
  | { kind: 'exact'; label?: string; column?: IdentityColumn; termFrequency?: boolean }
  | { kind: 'jaroWinkler'; min: number; label?: string; column?: IdentityColumn }
  /** With `sameDigits`, values whose digits differ never match (jsmith3@ and jsmith9@ are two mailboxes, not a typo). */
  | { kind: 'levenshtein'; max: number; label?: string; column?: IdentityColumn; sameDigits?: boolean }
  /** One value is a single letter and the other starts with it (`j` / `john`). */
  | { kind: 'initial'; label?: string }
  /** The value equals the other record's `otherColumn` (first and last name swapped). */
  | { kind: 'swapped'; otherColumn: IdentityColumn; label?: string }
  /** YYYY-MM-DD dates with day and month swapped. */
  | { kind: 'dateSwap'; label?: string }
  | { kind: 'else'; label?: string };

/** A field comparison: null level (either side missing), then `levels`, then an implicit `else`. */
export interface ComparisonSpec {
  name: string;
  column: IdentityColumn;
  levels: readonly ComparisonLevelSpec[];
}

/** A comparison bound to prepared records: returns a level index, 0 = null (missing). */
export interface CompiledComparison {
  readonly spec: ComparisonSpec;
  /** Level labels by index; index 0 is the null level. */
  readonly labels: string[];
  /** Number of levels including null. */
  readonly levelCount: number;
  /** Level index that is an exact match with term-frequency adjustment, or -1. */
  readonly termFrequencyLevel: number;
  compare(i: number, j: number): number;
  /** Code of the value both records share when `compare` returned the exact level. */
  sharedCode(i: number, j: number): number;
  /** The canonical values compared, for explanations. */
  valuesOf(i: number): string[];
}

export function levelLabel(level: ComparisonLevelSpec): string {
  if (level.label) return level.label;
  switch (level.kind) {
    case 'exact':
      return level.column ? `exact ${level.column}` : 'exact';
    case 'jaroWinkler':
      return `Jaro-Winkler >= ${level.min}`;
    case 'levenshtein':
      return `Levenshtein <= ${level.max}`;
    case 'initial':
      return 'initial';
    case 'swapped':
      return `equals other ${level.otherColumn}`;
    case 'dateSwap':
      return 'day and month swapped';
    case 'else':
      return 'else';
  }
}

/** Columns with at most this many distinct values get a per-value-pair level cache (names, cities, postal codes). */
const MAX_CACHED_VALUES = 200_000;
/** Entries per cache: about 20 MB at most. */
const MAX_CACHE_ENTRIES = 1_000_000;

const NON_DIGITS = /\D+/g;
function digitsOf(v: string): string {
  return v.replace(NON_DIGITS, '');
}

/**
 * Level per unordered value pair, in typed arrays (a Map boxes keys above
 * 2^30 and allocates on every lookup). Open addressing; stops taking entries
 * at {@link MAX_CACHE_ENTRIES}.
 */
class PairLevelCache {
  /** Per slot: smaller code + 1 (0 = empty), larger code. */
  private slots = new Int32Array(2048);
  private levels = new Uint8Array(1024);
  private mask = 1023;
  private size = 0;

  private static hash(a: number, b: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b);
    h ^= h >>> 15;
    h = Math.imul(h, 0xc2b2ae35);
    return h ^ (h >>> 16);
  }

  /** Cached level of values `a` < `b`, or 0 when not cached (levels are 1 or more). */
  get(a: number, b: number): number {
    const slots = this.slots;
    let i = PairLevelCache.hash(a, b) & this.mask;
    for (;;) {
      const e = slots[i * 2]!;
      if (e === 0) return 0;
      if (e === a + 1 && slots[i * 2 + 1] === b) return this.levels[i]!;
      i = (i + 1) & this.mask;
    }
  }

  set(a: number, b: number, level: number): void {
    if (this.size >= MAX_CACHE_ENTRIES) return;
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    const slots = this.slots;
    let i = PairLevelCache.hash(a, b) & this.mask;
    while (slots[i * 2] !== 0) i = (i + 1) & this.mask;
    slots[i * 2] = a + 1;
    slots[i * 2 + 1] = b;
    this.levels[i] = level;
    this.size++;
  }

  private grow(): void {
    const capacity = (this.mask + 1) * 2;
    const mask = capacity - 1;
    const slots = new Int32Array(capacity * 2);
    const levels = new Uint8Array(capacity);
    const old = this.slots;
    for (let j = 0; j <= this.mask; j++) {
      const e = old[j * 2]!;
      if (e === 0) continue;
      const b = old[j * 2 + 1]!;
      let i = PairLevelCache.hash(e - 1, b) & mask;
      while (slots[i * 2] !== 0) i = (i + 1) & mask;
      slots[i * 2] = e;
      slots[i * 2 + 1] = b;
      levels[i] = this.levels[j]!;
    }
    this.slots = slots;
    this.levels = levels;
    this.mask = mask;
  }
}

/** Ints per value sketch: length and digit count, two words of class counts, digit hash. */
const SKETCH_WIDTH = 4;
const MAX_SKETCH_COUNT = 0xffff;

/**
 * Writes the sketch of a value at `out[at]`: its length and number of digits
 * (16 bits each, saturating), how many of its characters fall in each of 16
 * classes (by code unit mod 16; 4 bits each, saturating) and a hash of its
 * digits. An edit changes the length by at most 1 and the class counts by at
 * most 2 in all, and saturating keeps both differences no larger, so
 * sketches bound the edit distance from below.
 */
function writeSketch(v: string, out: Int32Array, at: number): void {
  let lo = 0;
  let hi = 0;
  let digits = 0x811c9dc5;
  let digitCount = 0;
  for (let k = 0; k < v.length; k++) {
    const ch = v.charCodeAt(k);
    const cls = ch & 15;
    if (cls < 8) {
      const shift = cls * 4;
      if (((lo >>> shift) & 15) !== 15) lo += 1 << shift;
    } else {
      const shift = (cls - 8) * 4;
      if (((hi >>> shift) & 15) !== 15) hi += 1 << shift;
    }
    if (ch >= 48 && ch <= 57) {
      digits = Math.imul(digits ^ ch, 0x01000193);
      digitCount++;
    }
  }
  out[at] = Math.min(v.length, MAX_SKETCH_COUNT) | (Math.min(digitCount, MAX_SKETCH_COUNT) << 16);
  out[at + 1] = lo;
  out[at + 2] = hi;
  out[at + 3] = digits;
}

/** A lower bound of the edit distance of the values sketched at `a[x]` and `b[y]`. */
function distanceBound(a: Int32Array, x: number, b: Int32Array, y: number): number {
  let l1 = 0;
  for (let word = 1; word <= 2; word++) {
    const p = a[x + word]!;
    const q = b[y + word]!;
    if (p === q) continue;
    for (let shift = 0; shift < 32; shift += 4) {
      const d = ((p >>> shift) & 15) - ((q >>> shift) & 15);
      l1 += d < 0 ? -d : d;
    }
  }
  const lengths = Math.abs((a[x]! & 0xffff) - (b[y]! & 0xffff));
  return Math.max(lengths, (l1 + 1) >> 1);
}

/** Whether the sketched values have the same digits: 1, 0, or -1 when the sketches cannot tell. */
function digitsVerdict(a: Int32Array, x: number, b: Int32Array, y: number): number {
  const p = a[x]! >>> 16;
  const q = b[y]! >>> 16;
  if (p !== q || a[x + 3] !== b[y + 3]) return 0;
  return p === 0 ? 1 : -1;
}

// Level tests as small integers, so a pair's levels are found by a switch on numbers.
const EXACT = 0;
const EXACT_OTHER = 1;
const JARO_WINKLER = 2;
const JARO_WINKLER_OTHER = 3;
const LEVENSHTEIN = 4;
const LEVENSHTEIN_OTHER = 5;
const INITIAL = 6;
const SWAPPED = 7;
const DATE_SWAP = 8;
const ELSE = 9;

/** Compiles a comparison against prepared records. */
export function compileComparison(spec: ComparisonSpec, prepared: PreparedRecords): CompiledComparison {
  const main = prepared.columns[spec.column];
  const levels = spec.levels.some((l) => l.kind === 'else')
    ? [...spec.levels]
    : [...spec.levels, { kind: 'else' } as const];
  const labels = ['null', ...levels.map(levelLabel)];
  const tfIndex = levels.findIndex(
    (l) => l.kind === 'exact' && l.termFrequency === true && l.column === undefined,
  );
  const elseLevel = levels.findIndex((l) => l.kind === 'else') + 1;
  const codes = main.codes;
  const more = main.more;
  const values = main.values;
  const hasMore = more.size > 0;
  // Records with a second value, flagged so single-valued pairs skip the map lookups.
  const hasExtra = new Uint8Array(hasMore ? codes.length : 0);
  for (const r of more.keys()) hasExtra[r] = 1;
  const scratchA: number[] = [];
  const scratchB: number[] = [];

  const L = levels.length;
  const ops = new Uint8Array(L);
  const thresholds = new Float64Array(L);
  const sameDigits = new Uint8Array(L);
  const otherCodes: (Int32Array | null)[] = [];
  const otherValues: (string[] | null)[] = [];
  // The largest edit distance an own-column Levenshtein level asks about: computed once per pair.
  let maxDistance = 0;
  levels.forEach((level, l) => {
    const other =
      level.kind === 'swapped'
        ? prepared.columns[level.otherColumn]
        : 'column' in level && level.column !== undefined
          ? prepared.columns[level.column]
          : null;
    otherCodes.push(other ? other.codes : null);
    otherValues.push(other ? other.values : null);
    switch (level.kind) {
      case 'exact':
        ops[l] = other ? EXACT_OTHER : EXACT;
        break;
      case 'jaroWinkler':
        ops[l] = other ? JARO_WINKLER_OTHER : JARO_WINKLER;
        thresholds[l] = level.min;
        break;
      case 'levenshtein':
        ops[l] = other ? LEVENSHTEIN_OTHER : LEVENSHTEIN;
        thresholds[l] = level.max;
        sameDigits[l] = level.sameDigits ? 1 : 0;
        if (!other) maxDistance = Math.max(maxDistance, level.max);
        break;
      case 'initial':
        ops[l] = INITIAL;
        break;
      case 'swapped':
        ops[l] = SWAPPED;
        break;
      case 'dateSwap':
        ops[l] = DATE_SWAP;
        break;
      case 'else':
        ops[l] = ELSE;
        break;
    }
  });

  // Jaro–Winkler and edit distance of the current value pair, computed at most once per pair.
  let jwOfPair = Number.NaN;
  let distanceOfPair = -1;
  // Per value, for own-column Levenshtein levels: a sketch (see `writeSketch`) that bounds
  // the edit distance of most different values without the dynamic programme. Computed
  // when first needed (-1 = not yet); the batch kernel carries sketches in its matrix.
  let sketches: Int32Array | null = null;
  const sketchOf = (code: number): number => {
    sketches ??= new Int32Array(values.length * SKETCH_WIDTH).fill(-1);
    const at = code * SKETCH_WIDTH;
    if (sketches[at]! < 0) writeSketch(values[code]!, sketches, at);
    return at;
  };
  /** Whether two values have the same digits (`sameDigits`). */
  const sameDigitsOf = (ca: number, cb: number): boolean => {
    const a = sketchOf(ca);
    const b = sketchOf(cb);
    const verdict = digitsVerdict(sketches!, a, sketches!, b);
    return verdict < 0 ? digitsOf(values[ca]!) === digitsOf(values[cb]!) : verdict === 1;
  };
  // Lower bound of the edit distance and "same digits" (1, 0, -1 = not known) of the current pair.
  let boundOfPair = -1;
  let digitsOfPair = -1;

  /** Whether values `ca`, `cb` fall in level `l`; `oa`, `ob` are the records' codes in the level's other column. */
  function testLevel(l: number, ca: number, cb: number, oa: number, ob: number): boolean {
    switch (ops[l]) {
      case EXACT:
        return ca === cb;
      case EXACT_OTHER:
        return oa >= 0 && oa === ob;
      case JARO_WINKLER:
        if (Number.isNaN(jwOfPair)) jwOfPair = ca === cb ? 1 : jaroWinkler(values[ca]!, values[cb]!);
        return jwOfPair >= thresholds[l]!;
      case JARO_WINKLER_OTHER: {
        if (oa < 0 || ob < 0) return false;
        const ov = otherValues[l]!;
        return oa === ob || jaroWinkler(ov[oa]!, ov[ob]!) >= thresholds[l]!;
      }
      case LEVENSHTEIN:
        if (ca === cb) return true;
        if (boundOfPair < 0) {
          const a = sketchOf(ca);
          const b = sketchOf(cb);
          boundOfPair = distanceBound(sketches!, a, sketches!, b);
        }
        if (boundOfPair > thresholds[l]!) return false;
        if (sameDigits[l] === 1) {
          if (digitsOfPair < 0) digitsOfPair = sameDigitsOf(ca, cb) ? 1 : 0;
          if (digitsOfPair === 0) return false;
        }
        if (distanceOfPair < 0) distanceOfPair = levenshtein(values[ca]!, values[cb]!, maxDistance);
        return distanceOfPair <= thresholds[l]!;
      case LEVENSHTEIN_OTHER: {
        if (oa < 0 || ob < 0) return false;
        const ov = otherValues[l]!;
        const max = thresholds[l]!;
        return levenshtein(ov[oa]!, ov[ob]!, max) <= max;
      }
      case INITIAL: {
        const a = values[ca]!;
        const b = values[cb]!;
        return (a.length === 1 || b.length === 1) && a.charCodeAt(0) === b.charCodeAt(0);
      }
      case SWAPPED: {
        const ov = otherValues[l]!;
        return (ob >= 0 && ov[ob] === values[ca]) || (oa >= 0 && ov[oa] === values[cb]);
      }
      case DATE_SWAP: {
        const a = values[ca]!;
        const b = values[cb]!;
        return (
          a.length === 10 &&
          b.length === 10 &&
          a.slice(0, 4) === b.slice(0, 4) &&
          a.slice(5, 7) === b.slice(8, 10) &&
          a.slice(8, 10) === b.slice(5, 7)
        );
      }
      default:
        return true;
    }
  }

  // Levels from `tailStart` on depend only on the two values, so their outcome
  // is cached per value pair when the column has few enough distinct values.
  let tailStart = 0;
  for (let l = 0; l < L; l++) {
    const op = ops[l];
    if (op === EXACT_OTHER || op === JARO_WINKLER_OTHER || op === LEVENSHTEIN_OTHER || op === SWAPPED) {
      tailStart = l + 1;
    }
  }
  const cache = values.length > 0 && values.length <= MAX_CACHED_VALUES ? new PairLevelCache() : null;

  /** Level of values `ca`, `cb` of records `i`, `j`. */
  function levelOf(ca: number, cb: number, i: number, j: number): number {
    jwOfPair = Number.NaN;
    distanceOfPair = -1;
    boundOfPair = -1;
    digitsOfPair = -1;
    for (let l = 0; l < tailStart; l++) {
      const other = otherCodes[l];
      if (other ? testLevel(l, ca, cb, other[i]!, other[j]!) : testLevel(l, ca, cb, -1, -1)) return l + 1;
    }
    return cachedTail(ca, cb);
  }

  /** Level of the values from `tailStart` on, which depend on the two values only. */
  function cachedTail(ca: number, cb: number): number {
    if (cache === null || ca === cb) return tail(ca, cb);
    const lo = Math.min(ca, cb);
    const hi = Math.max(ca, cb);
    let level = cache.get(lo, hi);
    if (level === 0) {
      level = tail(ca, cb);
      cache.set(lo, hi, level);
    }
    return level;
  }

  function tail(ca: number, cb: number): number {
    for (let l = tailStart; l < L; l++) if (testLevel(l, ca, cb, -1, -1)) return l + 1;
    return elseLevel;
  }

  /**
   * The level reading codes from a record-major matrix (`rows[r * width + slot]`),
   * so a pair's codes for every comparison sit in two cache lines. `slots[0]` is
   * this comparison's column, `slots[l + 1]` the other column of level `l` (or -1).
   * Records with several values (`extraSlot` bit `extraBit` set) take `compare`.
   */
  const kernel: ComparisonKernel = {
    columns: [
      spec.column,
      ...levels.map((level) =>
        level.kind === 'swapped' ? level.otherColumn : 'column' in level ? (level.column ?? null) : null,
      ),
    ],
    columnCodes: [codes, ...otherCodes],
    hasMore,
    hasExtra,
    sketchWidth: maxDistance > 0 ? SKETCH_WIDTH : 0,
    sketches() {
      for (let code = 0; code < values.length; code++) sketchOf(code);
      return sketches ?? new Int32Array(0);
    },
    bind(slots, extraSlot, extraBit, sketchSlot) {
      const own = slots[0]!;
      const levelSlots = Int32Array.from({ length: L }, (_, l) => slots[l + 1] ?? -1);
      return (rows, bi, bj, i, j) => {
        const ca = rows[bi + own]!;
        const cb = rows[bj + own]!;
        if (ca < 0 || cb < 0) return 0;
        if (hasMore && ((rows[bi + extraSlot]! | rows[bj + extraSlot]!) & extraBit) !== 0) {
          return compare(i, j);
        }
        jwOfPair = Number.NaN;
        distanceOfPair = -1;
        boundOfPair = -1;
        digitsOfPair = -1;
        if (sketchSlot >= 0 && ca !== cb) {
          boundOfPair = distanceBound(rows, bi + sketchSlot, rows, bj + sketchSlot);
          digitsOfPair = digitsVerdict(rows, bi + sketchSlot, rows, bj + sketchSlot);
        }
        for (let l = 0; l < tailStart; l++) {
          const slot = levelSlots[l]!;
          if (
            slot < 0 ? testLevel(l, ca, cb, -1, -1) : testLevel(l, ca, cb, rows[bi + slot]!, rows[bj + slot]!)
          ) {
            return l + 1;
          }
        }
        return cachedTail(ca, cb);
      };
    },
  };

  function compare(i: number, j: number): number {
    const ca = codes[i]!;
    const cb = codes[j]!;
    if (ca < 0 || cb < 0) return 0;
    if (!hasMore || (hasExtra[i] === 0 && hasExtra[j] === 0)) return levelOf(ca, cb, i, j);
    let best = elseLevel;
    for (const a of listOf(i, scratchA)) {
      for (const b of listOf(j, scratchB)) {
        const l = levelOf(a, b, i, j);
        if (l < best) best = l;
        if (best === 1) return 1;
      }
    }
    return best;
  }

  function listOf(r: number, out: number[]): number[] {
    out.length = 0;
    out.push(codes[r]!);
    const extra = more.get(r);
    if (extra) for (const x of extra) out.push(x);
    return out;
  }

  const compiled: CompiledComparison = {
    spec,
    labels,
    levelCount: levels.length + 1,
    termFrequencyLevel: tfIndex < 0 ? -1 : tfIndex + 1,
    compare,
    sharedCode(i, j) {
      const ca = codes[i]!;
      if (ca >= 0 && ca === codes[j]) return ca;
      const lb = listOf(j, scratchB);
      for (const a of listOf(i, scratchA)) if (a >= 0 && lb.includes(a)) return a;
      return -1;
    },
    valuesOf(i) {
      if (codes[i]! < 0) return [];
      return listOf(i, []).map((c) => values[c]!);
    },
  };
  kernels.set(compiled, kernel);
  return compiled;
}

/** Batch form of a compiled comparison over a record-major code matrix (see `comparePairs`). */
export interface ComparisonKernel {
  /** Columns read: the comparison's own, then per level its other column (or null). */
  readonly columns: readonly (IdentityColumn | null)[];
  /** Codes per record of each of `columns`. */
  readonly columnCodes: readonly (Int32Array | null)[];
  /** Whether some record has several values in the comparison's own column. */
  readonly hasMore: boolean;
  /** Per record: 1 if it has several values in the comparison's own column. */
  readonly hasExtra: Uint8Array;
  /** Ints per record of the value sketch the kernel reads from the matrix (0 = none). */
  readonly sketchWidth: number;
  /** The sketch of every value (value `code` at `code * sketchWidth`). */
  sketches(): Int32Array;
  /**
   * A level function for matrix `rows` (record r at `r * width`), given each
   * column's slot, the flag slot and bit, and the sketch slot (-1 = none).
   */
  bind(
    slots: readonly number[],
    extraSlot: number,
    extraBit: number,
    sketchSlot: number,
  ): (rows: Int32Array, bi: number, bj: number, i: number, j: number) => number;
}

const kernels = new WeakMap<CompiledComparison, ComparisonKernel>();

/** The batch kernel of a comparison compiled by `compileComparison`, or undefined for others. */
export function comparisonKernel(c: CompiledComparison): ComparisonKernel | undefined {
  return kernels.get(c);
}
