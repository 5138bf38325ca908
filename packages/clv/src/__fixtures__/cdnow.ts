import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Transaction } from '../transactions/purchase-periods.js';

/** ../shared/data/cdnow, next to the repository (never copied into it); see its SOURCE.md. */
export const cdnowDir = join(import.meta.dirname, '../../../../../shared/data/cdnow');

/** CSV rows as records of numbers, keyed by header (the files have CRLF or LF endings). */
function readCsv(name: string): Record<string, number>[] {
  const [header, ...lines] = readFileSync(join(cdnowDir, name), 'utf8').trim().split(/\r?\n/);
  const columns = header!.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(columns.map((c, i) => [c, Number(cells[i])]));
  });
}

/** CDNOW_sample.txt: master_id, sample_id, YYYYMMDD, number_of_cds, dollar_value; the person is the sample id. */
export function cdnowSampleTransactions(): Transaction[] {
  return readFileSync(join(cdnowDir, 'CDNOW_sample.txt'), 'utf8')
    .trim()
    .split(/\r?\n/)
    .map((line) => {
      const [, sampleId, day, , dollars] = line.trim().split(/\s+/);
      return {
        personId: String(Number(sampleId)),
        date: `${day!.slice(0, 4)}-${day!.slice(4, 6)}-${day!.slice(6, 8)}`,
        value: Number(dollars),
      };
    });
}

/** cdnow_customers_summary.csv: ID, frequency, recency, T (weeks, to 2 decimals). */
export function cdnowSummary(): { ID: number; frequency: number; recency: number; T: number }[] {
  return readCsv('cdnow_customers_summary.csv') as never;
}

/** cdnow_customers_summary_with_transactions.csv: ID, x, t_x, T, zbar. */
export function cdnowSummaryWithSpend(): { ID: number; x: number; t_x: number; T: number; zbar: number }[] {
  return readCsv('cdnow_customers_summary_with_transactions.csv') as never;
}

/** derived_cdnow_calibration_holdout.csv (see SOURCE.md). */
export function cdnowCalibrationHoldout(): {
  ID: number;
  frequency_cal: number;
  recency_cal: number;
  T_cal: number;
  frequency_holdout: number;
  duration_holdout_weeks: number;
  holdout_value: number;
}[] {
  return readCsv('derived_cdnow_calibration_holdout.csv') as never;
}
