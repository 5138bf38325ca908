import { ClvError } from '../errors.js';

/** A customer's repeat purchases and their mean value (lifetimes' `monetary_value`, the paper's z̄). */
export interface SpendCustomer {
  frequency: number;
  monetaryValue: number;
}

/** The same as parallel columns. */
export interface SpendColumns {
  frequency: ArrayLike<number>;
  monetaryValue: ArrayLike<number>;
}

export type SpendData = readonly SpendCustomer[] | SpendColumns;

export interface SpendArrays {
  length: number;
  frequency: Float64Array;
  monetaryValue: Float64Array;
}

/** Copies rows or columns into Float64Arrays, checking each; throws INVALID_CUSTOMER_DATA naming the first bad row. */
export function toSpendArrays(data: SpendData): SpendArrays {
  let frequency: Float64Array;
  let monetaryValue: Float64Array;
  if (Array.isArray(data)) {
    const rows = data as readonly SpendCustomer[];
    frequency = new Float64Array(rows.length);
    monetaryValue = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      frequency[i] = rows[i]!.frequency;
      monetaryValue[i] = rows[i]!.monetaryValue;
    }
  } else {
    const columns = data as SpendColumns;
    if (columns.frequency.length !== columns.monetaryValue.length) {
      throw new ClvError({
        code: 'INVALID_CUSTOMER_DATA',
        field: 'monetaryValue',
        message: `Columns differ in length (frequency ${columns.frequency.length}, monetaryValue ${columns.monetaryValue.length}); pass one value per customer in each.`,
      });
    }
    frequency =
      columns.frequency instanceof Float64Array ? columns.frequency : Float64Array.from(columns.frequency);
    monetaryValue =
      columns.monetaryValue instanceof Float64Array
        ? columns.monetaryValue
        : Float64Array.from(columns.monetaryValue);
  }
  for (let i = 0; i < frequency.length; i++) {
    const x = frequency[i]!;
    const m = monetaryValue[i]!;
    if (!(Number.isInteger(x) && x >= 0)) {
      throw new ClvError({
        code: 'INVALID_CUSTOMER_DATA',
        index: i,
        field: 'frequency',
        message: `Customer row ${i}: frequency = ${x} must be a whole number ≥ 0 (repeat purchase periods).`,
      });
    }
    if (!Number.isFinite(m)) {
      throw new ClvError({
        code: 'INVALID_CUSTOMER_DATA',
        index: i,
        field: 'monetaryValue',
        message: `Customer row ${i}: monetaryValue = ${m} must be a finite number (mean value of repeat purchases, 0 when there are none).`,
      });
    }
  }
  return { length: frequency.length, frequency, monetaryValue };
}
