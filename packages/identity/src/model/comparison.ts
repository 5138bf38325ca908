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
/** Entries per cache: about 50 MB at most. */
const MAX_CACHE_ENTRIES = 1_000_000;

const NON_DIGITS = /\D+/g;
function digitsOf(v: string): string {
  return v.replace(NON_DIGITS, '');
}

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

  // Jaro–Winkler of the current value pair, computed at most once per pair (NaN = not yet).
  let jwOfPair = Number.NaN;

  function testLevel(level: ComparisonLevelSpec, ca: number, cb: number, i: number, j: number): boolean {
    switch (level.kind) {
      case 'exact':
        if (level.column === undefined) return ca === cb;
        {
          const other = prepared.columns[level.column].codes;
          const oa = other[i]!;
          return oa >= 0 && oa === other[j]!;
        }
      case 'jaroWinkler': {
        if (level.column !== undefined) {
          const other = prepared.columns[level.column];
          const oa = other.codes[i]!;
          const ob = other.codes[j]!;
          if (oa < 0 || ob < 0) return false;
          return oa === ob || jaroWinkler(other.values[oa]!, other.values[ob]!) >= level.min;
        }
        if (Number.isNaN(jwOfPair)) jwOfPair = ca === cb ? 1 : jaroWinkler(values[ca]!, values[cb]!);
        return jwOfPair >= level.min;
      }
      case 'levenshtein': {
        if (level.column !== undefined) {
          const other = prepared.columns[level.column];
          const oa = other.codes[i]!;
          const ob = other.codes[j]!;
          if (oa < 0 || ob < 0) return false;
          return levenshtein(other.values[oa]!, other.values[ob]!, level.max) <= level.max;
        }
        if (ca === cb) return true;
        if (level.sameDigits && digitsOf(values[ca]!) !== digitsOf(values[cb]!)) return false;
        return levenshtein(values[ca]!, values[cb]!, level.max) <= level.max;
      }
      case 'initial': {
        const a = values[ca]!;
        const b = values[cb]!;
        return (a.length === 1 || b.length === 1) && a.charCodeAt(0) === b.charCodeAt(0);
      }
      case 'swapped': {
        const other = prepared.columns[level.otherColumn];
        const oa = other.codes[i]!;
        const ob = other.codes[j]!;
        return (ob >= 0 && other.values[ob] === values[ca]) || (oa >= 0 && other.values[oa] === values[cb]);
      }
      case 'dateSwap': {
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
      case 'else':
        return true;
    }
  }

  // Levels from `tailStart` on depend only on the two values, so their outcome
  // is cached per value pair when the column has few enough distinct values.
  const recordDependent = (l: ComparisonLevelSpec) =>
    'column' in l ? l.column !== undefined : l.kind === 'swapped';
  let tailStart = 0;
  levels.forEach((l, k) => {
    if (recordDependent(l)) tailStart = k + 1;
  });
  const cacheable = values.length > 0 && values.length <= MAX_CACHED_VALUES;
  const cache = new Map<number, number>();
  const width = values.length;

  function levelOf(ca: number, cb: number, i: number, j: number): number {
    jwOfPair = Number.NaN;
    for (let l = 0; l < tailStart; l++) if (testLevel(levels[l]!, ca, cb, i, j)) return l + 1;
    if (!cacheable || ca === cb) return tail(ca, cb, i, j);
    const key = ca < cb ? ca * width + cb : cb * width + ca;
    let level = cache.get(key);
    if (level === undefined) {
      level = tail(ca, cb, i, j);
      if (cache.size < MAX_CACHE_ENTRIES) cache.set(key, level);
    }
    return level;
  }

  function tail(ca: number, cb: number, i: number, j: number): number {
    for (let l = tailStart; l < levels.length; l++) if (testLevel(levels[l]!, ca, cb, i, j)) return l + 1;
    return elseLevel;
  }

  function listOf(r: number, out: number[]): number[] {
    out.length = 0;
    out.push(codes[r]!);
    const extra = more.get(r);
    if (extra) for (const x of extra) out.push(x);
    return out;
  }

  return {
    spec,
    labels,
    levelCount: levels.length + 1,
    termFrequencyLevel: tfIndex < 0 ? -1 : tfIndex + 1,
    compare(i, j) {
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
    },
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
}
