import { DiscoveryError } from '../errors.js';
import { ColumnAccumulator } from './column-accumulator.js';
import type { ColumnProfile, ProfileOptions } from './column-profile.js';

/** Rows read before giving up the head sample; enough for stable shares, small enough to be quick on a 5 GB file. */
const DEFAULT_MAX_ROWS = 100_000;
const DEFAULT_SAMPLE_SIZE = 256;
const DEFAULT_TOP_VALUES = 10;
/**
 * Exact distinct counting per column up to this many values, then a sketch:
 * a large exact map per column is the profiler's main cost, and past a few
 * thousand distinct values a 1.6% estimate says the same thing.
 */
const DEFAULT_EXACT_DISTINCT_LIMIT = 2_048;
/** Distinct values kept in memory across all columns; wide inputs get a lower per-column bound. */
const DISTINCT_BUDGET = 4_000_000;
/** New keys are looked for in the first rows and then every this many rows (rows of one export share keys). */
const KEY_SCAN_INTERVAL = 1000;
const KEY_SCAN_HEAD = 100;
/** Rows buffered before they are fed to the columns. */
const BATCH_ROWS = 2048;

export type ProfileRow = Readonly<Record<string, unknown>>;

/** Feeds rows to one accumulator per column; shared by profileColumns and profileCsv. */
export class ColumnsProfiler {
  private readonly accumulators: ColumnAccumulator[] = [];
  private readonly byName = new Map<string, ColumnAccumulator>();
  private rows = 0;
  private buffer: ProfileRow[] = [];
  private readonly readers: ((row: ProfileRow) => unknown)[] = [];
  readonly maxRows: number;
  private readonly sampleSize: number;
  private readonly topValues: number;
  private exactDistinctLimit: number | undefined;
  private readonly seed: number;

  constructor(options: ProfileOptions = {}) {
    this.maxRows = checkCount(options.maxRows, DEFAULT_MAX_ROWS, 'maxRows', true);
    this.sampleSize = checkCount(options.sampleSize, DEFAULT_SAMPLE_SIZE, 'sampleSize', false);
    this.topValues = checkCount(options.topValues, DEFAULT_TOP_VALUES, 'topValues', false, 0);
    this.exactDistinctLimit =
      options.exactDistinctLimit === undefined
        ? undefined
        : checkCount(options.exactDistinctLimit, 0, 'exactDistinctLimit', false);
    this.seed = options.seed ?? 1;
    if (options.columns) this.addColumns(options.columns);
  }

  /** Whether enough rows were read. */
  get full(): boolean {
    return this.rows + this.buffer.length >= this.maxRows;
  }

  get rowCount(): number {
    return this.rows + this.buffer.length;
  }

  addColumns(names: readonly string[]): void {
    for (const name of names) this.column(String(name), this.rows + this.buffer.length);
  }

  addRow(row: unknown): void {
    if (this.rows + this.buffer.length >= this.maxRows) return;
    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      throw new DiscoveryError({
        code: 'INVALID_INPUT',
        message: `Row ${this.rows + this.buffer.length + 1} is ${row === null ? 'null' : Array.isArray(row) ? 'an array' : `a ${typeof row}`}; profileColumns needs records keyed by column name, e.g. { "Order ID": "1001", "Total": "12.50" }.`,
      });
    }
    this.buffer.push(row as ProfileRow);
    if (this.buffer.length >= BATCH_ROWS) this.flush();
  }

  /**
   * Feeds buffered rows column by column: one column's statistics stay in
   * cache while its values stream through, which is several times faster
   * than visiting every column's tables for each row.
   */
  private flush(): void {
    const batch = this.buffer;
    if (batch.length === 0) return;
    for (let r = 0; r < batch.length; r++) {
      const index = this.rows + r;
      if (index < KEY_SCAN_HEAD || index % KEY_SCAN_INTERVAL === 0) {
        const record = batch[r]!;
        for (const key in record) if (!this.byName.has(key)) this.column(key, index);
      }
    }
    const accumulators = this.accumulators;
    for (let c = 0; c < accumulators.length; c++) {
      const accumulator = accumulators[c]!;
      const read = this.readers[c]!;
      const from = accumulator.rows - this.rows; // a column met inside this batch already counted its missing rows
      for (let r = from; r < batch.length; r++) accumulator.add(read(batch[r]!));
    }
    this.rows += batch.length;
    this.buffer = [];
  }

  finish(): ColumnProfile[] {
    this.flush();
    return this.accumulators.map((a) => a.finish(this.topValues));
  }

  /** The accumulator of a column, created on first sight: `seenRows` rows were read without it. */
  private column(raw: string, seenRows: number): ColumnAccumulator {
    const existing = this.byName.get(raw);
    if (existing) return existing;
    // An object key is an internalized string: reading rows with it is a fast
    // property load, where a header sliced from the CSV text needs a string-table look-up each time.
    const name = Object.keys({ [raw]: 0 })[0]!;
    if (this.exactDistinctLimit === undefined) this.exactDistinctLimit = DEFAULT_EXACT_DISTINCT_LIMIT;
    const accumulator = new ColumnAccumulator(name, this.accumulators.length, {
      sampleSize: this.sampleSize,
      exactDistinctLimit: Math.min(
        this.exactDistinctLimit,
        Math.max(256, Math.floor(DISTINCT_BUDGET / Math.max(1, this.accumulators.length + 1))),
      ),
      seed: this.seed,
    });
    if (seenRows > 0) accumulator.addMissing(seenRows);
    this.accumulators.push(accumulator);
    this.readers.push(readerFor(name, this.accumulators.length));
    this.byName.set(name, accumulator);
    return accumulator;
  }
}

/** Columns past this count are read with a plain keyed load (one compiled reader each would cost more than it saves). */
const MAX_COMPILED_READERS = 2000;

/**
 * A reader of one column. Rows of one export share a shape, so a reader with
 * the key written into its code is a monomorphic property load, several times
 * faster than one keyed load site visiting every column's key. The key is
 * JSON-encoded into the code, never interpolated raw.
 */
function readerFor(name: string, count: number): (row: ProfileRow) => unknown {
  if (count > MAX_COMPILED_READERS) return (row) => row[name];
  return new Function('row', `return row[${JSON.stringify(name)}];`) as (row: ProfileRow) => unknown;
}

function checkCount(
  value: number | undefined,
  fallback: number,
  name: string,
  allowInfinity: boolean,
  min = 1,
): number {
  if (value === undefined) return fallback;
  const ok =
    typeof value === 'number' &&
    value >= min &&
    ((allowInfinity && value === Number.POSITIVE_INFINITY) || Number.isInteger(value));
  if (!ok) {
    throw new DiscoveryError({
      code: 'INVALID_OPTIONS',
      message: `Option ${name} must be an integer ≥ ${min}${allowInfinity ? ' or Infinity' : ''}; got ${String(value)}.`,
    });
  }
  return value;
}
