import type { ValuePatternName } from './value-patterns.js';

/** Types a column's values can have. */
export const valueTypes = [
  'string',
  'integer',
  'decimal',
  'money',
  'boolean',
  'date',
  'datetime',
  'time',
  'epoch_seconds',
  'epoch_millis',
  'json',
] as const;
export type ValueType = (typeof valueTypes)[number];

/** How dates in a column are written; what the `timestamp` transform's `format` needs. */
export type DateFormat = 'iso' | 'us' | 'eu' | 'text' | 'compact' | 'epoch_seconds' | 'epoch_millis';

export interface NumericStats {
  /** Values read as numbers (integers, decimals, money). */
  count: number;
  min: number;
  max: number;
  mean: number;
  stddev: number;
  integerShare: number;
  zeroShare: number;
  negativeShare: number;
  /** Most digits after the decimal separator seen. */
  maxDecimals: number;
  /** Decimal separator seen in the values, when any had decimals. */
  decimalSeparator: '.' | ',' | null;
}

export interface PatternShare {
  name: ValuePatternName;
  /** Share of the sampled non-null values that match, 0–1. */
  share: number;
}

/** What the profiler learned about one column. */
export interface ColumnProfile {
  /** Column header as given. */
  name: string;
  /** Position of the column, 0-based. */
  index: number;
  /** Rows read for this column. */
  rowCount: number;
  /** Missing or empty values. */
  nullCount: number;
  /** Whitespace-only values and placeholders such as `NULL`, `N/A`, `-`. */
  blankCount: number;
  nullShare: number;
  blankShare: number;
  /** Values that are neither null nor blank; every statistic below is over these. */
  nonNullCount: number;
  /** The type at least `TYPE_DOMINANCE` of the values share, else `string`; `empty` when nothing was read. */
  inferredType: ValueType | 'empty';
  /** Share of each type among the values. */
  typeDistribution: Partial<Record<ValueType, number>>;
  /** Distinct values: exact up to `exactDistinctLimit`, then a HyperLogLog estimate. */
  distinct: { count: number; exact: boolean };
  /** Distinct count over non-null count: 1 for a key column. */
  uniqueness: number;
  length: { min: number; max: number; mean: number } | null;
  numeric: NumericStats | null;
  /**
   * Share of consecutive values whose trailing integer increases (`1001, 1002`,
   * `TS-0001, TS-0002`): high for sequential ids. Null when values carry no number.
   */
  monotonicShare: number | null;
  /** Most frequent values with counts (counts are exact while `distinct.exact`). */
  topValues: { value: string; count: number }[];
  /** A few values from the reservoir sample, distinct, in sample order. */
  sampleValues: string[];
  /** Value patterns found in the sample, most common first. */
  patterns: PatternShare[];
  /** For date-like columns: how the dates are written. */
  dateFormat: DateFormat | null;
  /** Currency symbols or codes written next to amounts, most common first. */
  currencyMarks: string[];
}

export interface ProfileOptions {
  /**
   * Column names in order. Without it, columns are the keys of the first row,
   * plus any new key met in the first rows (and every 1,000th row after).
   */
  columns?: readonly string[];
  /** Stop after this many rows (a head sample); default 100,000. `Infinity` reads everything in bounded memory. */
  maxRows?: number;
  /** Reservoir sample size per column, on which patterns are checked; default 256. */
  sampleSize?: number;
  /** How many top values to report; default 10. */
  topValues?: number;
  /** Distinct values counted exactly per column before switching to an estimate; default 2,048 (less for very wide inputs). */
  exactDistinctLimit?: number;
  /** Seed of the reservoir sampler, for reproducible profiles; default 1. */
  seed?: number;
}
