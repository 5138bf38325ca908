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
import { countWarnings, type RfmSummaryRow } from './summarize-rfm.js';

export interface SummarizeCalibrationHoldoutOptions {
  /** Last day of the calibration period, inclusive (`YYYY-MM-DD` or an instant). */
  calibrationEnd: Date | string;
  /** Last day of the holdout period, inclusive; later transactions are excluded and counted. */
  observationEnd: Date | string;
  /** Unit of recency, T and the holdout duration. Default 'days'. */
  unit?: TimeUnit;
  /** IANA zone whose calendar days merge purchases. Default UTC. */
  timeZone?: string;
}

/** Calibration summary plus what the customer did in the holdout period. */
export interface CalibrationHoldoutRow extends RfmSummaryRow {
  /** Distinct purchase days in the holdout period. */
  frequencyHoldout: number;
  /** Total value of the holdout purchases. */
  valueHoldout: number;
  /** Mean value per holdout purchase day; 0 without holdout purchases. */
  monetaryValueHoldout: number;
  /** Length of the holdout period, in `unit`. */
  durationHoldout: number;
}

export interface CalibrationHoldoutSummary {
  customers: CalibrationHoldoutRow[];
  calibrationEnd: string;
  observationEnd: string;
  unitDays: number;
  counts: TransactionCounts & {
    /** Customers whose first purchase falls in the holdout: unknown at calibration time, so left out. */
    customersFirstSeenInHoldout: number;
  };
  warnings: string[];
}

/**
 * Splits transactions at `calibrationEnd` (lifetimes'
 * `calibration_and_holdout_data`): the calibration columns are exactly what
 * summarizeRfm gives up to `calibrationEnd`; the holdout columns count what
 * the same customers bought afterwards, up to `observationEnd`. Use it to
 * check a model's predictions (validateHoldout) before trusting them.
 */
export function summarizeCalibrationHoldout(
  transactions: readonly Transaction[],
  options: SummarizeCalibrationHoldoutOptions,
): CalibrationHoldoutSummary {
  const days = unitDays(options.unit);
  checkTimeZone(options.timeZone);
  const calibrationDay = optionDay(options.calibrationEnd, 'calibrationEnd', options.timeZone);
  const lastDay = optionDay(options.observationEnd, 'observationEnd', options.timeZone);
  if (!(lastDay > calibrationDay)) {
    throw new ClvError({
      code: 'INVALID_OPTIONS',
      field: 'observationEnd',
      message: `observationEnd (${dayToIsoDate(lastDay)}) must be after calibrationEnd (${dayToIsoDate(calibrationDay)}) so there is a holdout period.`,
    });
  }
  const periods = collectPurchasePeriods(transactions, { lastDay, timeZone: options.timeZone });
  const customers: CalibrationHoldoutRow[] = [];
  let firstSeenInHoldout = 0;
  for (let c = 0; c < periods.personIds.length; c++) {
    const from = periods.offsets[c]!;
    const to = periods.offsets[c + 1]!;
    const first = periods.days[from]!;
    if (first > calibrationDay) {
      firstSeenInHoldout++;
      continue;
    }
    let split = from;
    let calibrationTotal = 0;
    while (split < to && periods.days[split]! <= calibrationDay) calibrationTotal += periods.values[split++]!;
    let holdoutTotal = 0;
    for (let k = split; k < to; k++) holdoutTotal += periods.values[k]!;
    const frequency = split - from - 1;
    const frequencyHoldout = to - split;
    customers.push({
      personId: periods.personIds[c]!,
      frequency,
      recency: (periods.days[split - 1]! - first) / days,
      T: (calibrationDay - first) / days,
      monetaryValue: frequency > 0 ? (calibrationTotal - periods.values[from]!) / frequency : 0,
      totalValue: calibrationTotal,
      firstPurchase: dayToIsoDate(first),
      lastPurchase: dayToIsoDate(periods.days[split - 1]!),
      frequencyHoldout,
      valueHoldout: holdoutTotal,
      monetaryValueHoldout: frequencyHoldout > 0 ? holdoutTotal / frequencyHoldout : 0,
      durationHoldout: (lastDay - calibrationDay) / days,
    });
  }
  const warnings = countWarnings(periods.counts);
  if (firstSeenInHoldout > 0) {
    warnings.push(
      `${firstSeenInHoldout} customer(s) first bought in the holdout period and are not in the summary.`,
    );
  }
  return {
    customers,
    calibrationEnd: dayToIsoDate(calibrationDay),
    observationEnd: dayToIsoDate(lastDay),
    unitDays: days,
    counts: { ...periods.counts, customersFirstSeenInHoldout: firstSeenInHoldout },
    warnings,
  };
}
