import { ClvError } from '../errors.js';
import { dayToIsoDate } from '../internal/day-number.js';
import {
  checkTimeZone,
  collectPurchasePeriods,
  optionDay,
  type TimeUnit,
  type Transaction,
  type TransactionCounts,
  unitDays,
} from './purchase-periods.js';

export interface SummarizeRfmOptions {
  /**
   * Last day of the observation (calibration) period, inclusive: a
   * `YYYY-MM-DD` day or an instant. Later transactions are excluded and
   * counted. Default: the day of the latest transaction.
   */
  observationEnd?: Date | string;
  /** Unit of recency and T. Default 'days'. */
  unit?: TimeUnit;
  /** IANA zone whose calendar days merge purchases (e.g. the tenant's 'America/Chicago'). Default UTC. */
  timeZone?: string;
}

/** One customer's RFM summary (lifetimes conventions). */
export interface RfmSummaryRow {
  personId: string;
  /** Repeat purchase days: distinct purchase days minus one. */
  frequency: number;
  /** First to last purchase day, in `unit`. */
  recency: number;
  /** First purchase day to the observation end, in `unit`. */
  T: number;
  /** Mean value of the repeat purchase days (same-day purchases summed); 0 when frequency = 0. */
  monetaryValue: number;
  /** Value of all purchase days, the first included. */
  totalValue: number;
  /** `YYYY-MM-DD` */
  firstPurchase: string;
  /** `YYYY-MM-DD` */
  lastPurchase: string;
}

export interface RfmSummary {
  customers: RfmSummaryRow[];
  /** `YYYY-MM-DD`, inclusive. */
  observationEnd: string;
  /** Days per unit of recency and T. */
  unitDays: number;
  counts: TransactionCounts;
  warnings: string[];
}

/**
 * Per-customer frequency / recency / T / monetary value from transactions,
 * following the conventions of lifetimes' `summary_data_from_transaction_data`
 * (the form BG/NBD and Gamma-Gamma expect, Fader, Hardie & Lee 2005):
 * purchases on the same calendar day are one purchase (values summed);
 * frequency counts repeat purchase days; recency and T are measured from the
 * first purchase day, in `unit`. Negative values (refunds) and transactions
 * after `observationEnd` are excluded with counts; an unreadable transaction
 * throws INVALID_TRANSACTION naming its index. Customers appear in the order
 * of their first transaction.
 */
export function summarizeRfm(
  transactions: readonly Transaction[],
  options: SummarizeRfmOptions = {},
): RfmSummary {
  const days = unitDays(options.unit);
  checkTimeZone(options.timeZone);
  const given =
    options.observationEnd === undefined
      ? undefined
      : optionDay(options.observationEnd, 'observationEnd', options.timeZone);
  const periods = collectPurchasePeriods(transactions, {
    lastDay: given ?? Number.POSITIVE_INFINITY,
    timeZone: options.timeZone,
  });
  const lastDay = given ?? latestDay(periods.days);
  const customers: RfmSummaryRow[] = new Array(periods.personIds.length);
  for (let c = 0; c < periods.personIds.length; c++) {
    const from = periods.offsets[c]!;
    const to = periods.offsets[c + 1]!;
    const first = periods.days[from]!;
    const last = periods.days[to - 1]!;
    let total = 0;
    for (let k = from; k < to; k++) total += periods.values[k]!;
    const frequency = to - from - 1;
    customers[c] = {
      personId: periods.personIds[c]!,
      frequency,
      recency: (last - first) / days,
      T: (lastDay - first) / days,
      monetaryValue: frequency > 0 ? (total - periods.values[from]!) / frequency : 0,
      totalValue: total,
      firstPurchase: dayToIsoDate(first),
      lastPurchase: dayToIsoDate(last),
    };
  }
  return {
    customers,
    observationEnd: dayToIsoDate(lastDay),
    unitDays: days,
    counts: periods.counts,
    warnings: countWarnings(periods.counts),
  };
}

export function countWarnings(counts: TransactionCounts): string[] {
  const warnings: string[] = [];
  if (counts.excluded.negativeValue > 0) {
    warnings.push(
      `${counts.excluded.negativeValue} transaction(s) with a negative value (refunds) were excluded.`,
    );
  }
  if (counts.excluded.afterObservationEnd > 0) {
    warnings.push(
      `${counts.excluded.afterObservationEnd} transaction(s) after the observation end were excluded.`,
    );
  }
  if (counts.zeroValue > 0) {
    warnings.push(`${counts.zeroValue} transaction(s) with value 0 count as purchases.`);
  }
  return warnings;
}

function latestDay(days: Float64Array): number {
  if (days.length === 0) {
    throw new ClvError({
      code: 'INVALID_OPTIONS',
      field: 'observationEnd',
      message:
        'No purchase (value ≥ 0) to take the observation end from; pass observationEnd or check the transactions.',
    });
  }
  let latest = days[0]!;
  for (const day of days) if (day > latest) latest = day;
  return latest;
}
