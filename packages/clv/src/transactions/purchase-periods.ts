import { ClvError } from '../errors.js';
import { createDayParser } from '../internal/day-number.js';

/**
 * A purchase by one person. `personId` is the person (in GrowthNav terms the
 * resolved `userId`, not the tenant); `date` is a `YYYY-MM-DD` calendar day, an
 * ISO 8601 instant with `Z` or an offset, or a Date; `value` in one currency.
 */
export interface Transaction {
  personId: string;
  date: Date | string;
  value: number;
}

/** Time unit of recency, T and the models' α: days, weeks (7 days), or any number of days. */
export type TimeUnit = 'days' | 'weeks' | { days: number };

/** How the transactions were used; `input` = `used` + every `excluded` count. */
export interface TransactionCounts {
  input: number;
  used: number;
  excluded: {
    /** Refunds and other negative values: not purchases. */
    negativeValue: number;
    /** Dated after the end of the observation period. */
    afterObservationEnd: number;
  };
  /** Transactions folded into another of the same customer on the same day. */
  mergedSameDay: number;
  /** Used transactions with value 0 (counted as purchases: they are visits). */
  zeroValue: number;
}

/** Purchases merged per customer and day, customers in order of first appearance (compressed rows). */
export interface PurchasePeriods {
  personIds: string[];
  /** Periods of customer c are days[offsets[c] .. offsets[c+1]), ascending. */
  offsets: Int32Array;
  days: Float64Array;
  values: Float64Array;
  counts: TransactionCounts;
}

export interface CollectOptions {
  /** Last day (day number) of the period; later transactions are excluded and counted. */
  lastDay: number;
  timeZone: string | undefined;
}

/** Validates transactions, drops negative and late ones (with counts), merges same-day purchases. */
export function collectPurchasePeriods(
  transactions: readonly Transaction[],
  options: CollectOptions,
): PurchasePeriods {
  const parseDay = createDayParser(options.timeZone);
  const n = transactions.length;
  const customerIndex = new Map<string, number>();
  const personIds: string[] = [];
  const owner = new Int32Array(n);
  const day = new Float64Array(n);
  const value = new Float64Array(n);
  const keep = new Uint8Array(n);
  let negativeValue = 0;
  let afterObservationEnd = 0;
  let zeroValue = 0;
  for (let i = 0; i < n; i++) {
    const t = transactions[i]!;
    if (typeof t !== 'object' || t === null)
      throw invalid(i, 'transaction', t, 'expected an object { personId, date, value }');
    if (typeof t.personId !== 'string' || t.personId.length === 0) {
      throw invalid(i, 'personId', t.personId, 'expected a non-empty string identifying the person');
    }
    const d = parseDay(t.date);
    if (Number.isNaN(d)) {
      throw invalid(
        i,
        'date',
        t.date,
        'expected a Date, a YYYY-MM-DD day or an ISO 8601 instant with Z or an offset',
      );
    }
    if (typeof t.value !== 'number' || !Number.isFinite(t.value)) {
      throw invalid(i, 'value', t.value, 'expected a finite number (major currency units)');
    }
    if (t.value < 0) {
      negativeValue++;
      continue;
    }
    if (d > options.lastDay) {
      afterObservationEnd++;
      continue;
    }
    if (t.value === 0) zeroValue++;
    let c = customerIndex.get(t.personId);
    if (c === undefined) {
      c = personIds.length;
      customerIndex.set(t.personId, c);
      personIds.push(t.personId);
    }
    owner[i] = c;
    day[i] = d;
    value[i] = t.value;
    keep[i] = 1;
  }
  // Bucket by customer (counting sort), then sort each customer's few days and merge equal days.
  const customers = personIds.length;
  const start = new Int32Array(customers + 1);
  for (let i = 0; i < n; i++) if (keep[i]) start[owner[i]! + 1]!++;
  for (let c = 0; c < customers; c++) start[c + 1]! += start[c]!;
  const used = start[customers]!;
  const fill = start.slice(0, customers);
  const sortedDay = new Float64Array(used);
  const sortedValue = new Float64Array(used);
  for (let i = 0; i < n; i++) {
    if (!keep[i]) continue;
    const at = fill[owner[i]!]!++;
    sortedDay[at] = day[i]!;
    sortedValue[at] = value[i]!;
  }
  const offsets = new Int32Array(customers + 1);
  let write = 0;
  for (let c = 0; c < customers; c++) {
    const from = start[c]!;
    const to = start[c + 1]!;
    insertionSortByDay(sortedDay, sortedValue, from, to);
    offsets[c] = write;
    for (let k = from; k < to; k++) {
      if (write > offsets[c]! && sortedDay[write - 1] === sortedDay[k]) {
        sortedValue[write - 1]! += sortedValue[k]!;
      } else {
        sortedDay[write] = sortedDay[k]!;
        sortedValue[write] = sortedValue[k]!;
        write++;
      }
    }
  }
  offsets[customers] = write;
  return {
    personIds,
    offsets,
    days: sortedDay.subarray(0, write),
    values: sortedValue.subarray(0, write),
    counts: {
      input: n,
      used,
      excluded: { negativeValue, afterObservationEnd },
      mergedSameDay: used - write,
      zeroValue,
    },
  };
}

function insertionSortByDay(days: Float64Array, values: Float64Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const d = days[i]!;
    if (d >= days[i - 1]!) continue;
    const v = values[i]!;
    let j = i - 1;
    while (j >= from && days[j]! > d) {
      days[j + 1] = days[j]!;
      values[j + 1] = values[j]!;
      j--;
    }
    days[j + 1] = d;
    values[j + 1] = v;
  }
}

/** Days per unit. */
export function unitDays(unit: TimeUnit | undefined): number {
  if (unit === undefined || unit === 'days') return 1;
  if (unit === 'weeks') return 7;
  if (
    typeof unit === 'object' &&
    unit !== null &&
    typeof unit.days === 'number' &&
    Number.isFinite(unit.days) &&
    unit.days > 0
  ) {
    return unit.days;
  }
  throw new ClvError({
    code: 'INVALID_OPTIONS',
    field: 'unit',
    message: `unit = ${JSON.stringify(unit)} is not a time unit; use 'days', 'weeks' or { days: n } with n > 0.`,
  });
}

/** Parses an option date to a day number or throws INVALID_OPTIONS naming it. */
export function optionDay(value: unknown, field: string, timeZone: string | undefined): number {
  const d = createDayParser(timeZone)(value);
  if (Number.isNaN(d)) {
    throw new ClvError({
      code: 'INVALID_OPTIONS',
      field,
      message: `${field} = ${JSON.stringify(value)} is not a date; pass a YYYY-MM-DD day (inclusive), a Date, or an ISO 8601 instant with Z or an offset.`,
    });
  }
  return d;
}

/** Builds the day parser up front so an unknown zone fails with a clear error, not a RangeError. */
export function checkTimeZone(timeZone: string | undefined): void {
  if (timeZone === undefined) return;
  try {
    createDayParser(timeZone);
  } catch (cause) {
    throw new ClvError({
      code: 'INVALID_OPTIONS',
      field: 'timeZone',
      message: `timeZone = ${JSON.stringify(timeZone)} is not an IANA time zone; use e.g. 'America/New_York', or leave it out for UTC days.`,
      cause,
    });
  }
}

function invalid(index: number, field: string, value: unknown, why: string): ClvError {
  let shown: string;
  try {
    shown = value instanceof Date ? value.toString() : (JSON.stringify(value) ?? String(value));
  } catch {
    shown = String(value);
  }
  return new ClvError({
    code: 'INVALID_TRANSACTION',
    index,
    field,
    message: `Transaction ${index}: ${field} = ${shown} is invalid: ${why}.`,
  });
}
