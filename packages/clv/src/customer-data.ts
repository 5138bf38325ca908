import { ClvError } from './errors.js';

/**
 * One customer's purchase history summarised the lifetimes way (see
 * `summarizeRfm`): `frequency` = repeat purchase periods (purchases after the
 * first, same-day purchases merged), `recency` = time from the first to the
 * last purchase, `T` = time from the first purchase to the end of the
 * observation period, both in the same unit.
 */
export interface RfmCustomer {
  frequency: number;
  recency: number;
  T: number;
}

/** The same data as parallel columns (plain arrays or typed arrays), for large populations. */
export interface RfmColumns {
  frequency: ArrayLike<number>;
  recency: ArrayLike<number>;
  T: ArrayLike<number>;
}

/** Customers as rows or as columns; every model function accepts both. */
export type RfmData = readonly RfmCustomer[] | RfmColumns;

/** Validated columns, the form the models compute on. */
export interface RfmArrays {
  length: number;
  frequency: Float64Array;
  recency: Float64Array;
  T: Float64Array;
}

/** recency may exceed T by this relative amount (rounding of summaries to 2 decimals), no more. */
const RECENCY_SLACK = 1e-9;

export function isRfmColumns(data: RfmData): data is RfmColumns {
  return !Array.isArray(data);
}

/** True for one customer row (as opposed to rows or columns). */
export function isSingleCustomer<T extends { frequency: number }>(
  input: T | readonly T[] | { frequency: ArrayLike<number> },
): input is T {
  return !Array.isArray(input) && typeof (input as { frequency: unknown }).frequency === 'number';
}

/** Copies rows or columns into Float64Arrays and checks every customer; throws INVALID_CUSTOMER_DATA naming the first bad row. */
export function toRfmArrays(data: RfmData): RfmArrays {
  let frequency: Float64Array;
  let recency: Float64Array;
  let T: Float64Array;
  if (isRfmColumns(data)) {
    const n = data.frequency.length;
    if (data.recency.length !== n || data.T.length !== n) {
      throw new ClvError({
        code: 'INVALID_CUSTOMER_DATA',
        field: 'recency',
        message: `Columns differ in length (frequency ${n}, recency ${data.recency.length}, T ${data.T.length}); pass one value per customer in each column.`,
      });
    }
    frequency = asFloat64(data.frequency);
    recency = asFloat64(data.recency);
    T = asFloat64(data.T);
  } else {
    const rows = data as readonly RfmCustomer[];
    const n = rows.length;
    frequency = new Float64Array(n);
    recency = new Float64Array(n);
    T = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const row = rows[i]!;
      frequency[i] = row.frequency;
      recency[i] = row.recency;
      T[i] = row.T;
    }
  }
  const n = frequency.length;
  for (let i = 0; i < n; i++) {
    const x = frequency[i]!;
    const tx = recency[i]!;
    const t = T[i]!;
    if (!(Number.isInteger(x) && x >= 0)) {
      throw invalidRow(i, 'frequency', x, 'frequency must be a whole number ≥ 0 (repeat purchase periods)');
    }
    if (!(Number.isFinite(t) && t >= 0)) throw invalidRow(i, 'T', t, 'T must be a finite number ≥ 0');
    if (!(Number.isFinite(tx) && tx >= 0))
      throw invalidRow(i, 'recency', tx, 'recency must be a finite number ≥ 0');
    if (tx > t * (1 + RECENCY_SLACK)) {
      throw invalidRow(
        i,
        'recency',
        tx,
        `recency (${tx}) exceeds T (${t}); recency is first-to-last purchase, T first purchase to observation end`,
      );
    }
    if (x === 0 && tx !== 0) {
      throw invalidRow(
        i,
        'recency',
        tx,
        'a customer with frequency 0 must have recency 0 (lifetimes convention: recency is time between first and last purchase)',
      );
    }
  }
  return { length: n, frequency, recency, T };
}

function asFloat64(values: ArrayLike<number>): Float64Array {
  return values instanceof Float64Array ? values : Float64Array.from(values);
}

function invalidRow(index: number, field: string, value: number, why: string): ClvError {
  return new ClvError({
    code: 'INVALID_CUSTOMER_DATA',
    index,
    field,
    message: `Customer row ${index}: ${field} = ${value} is invalid: ${why}. Build the rows with summarizeRfm or fix the row.`,
  });
}
