import { type CsvSource, type ReadCsvOptions, readCsv } from '@growthnav/conversions/csv';
import type { ColumnProfile, ProfileOptions } from './column-profile.js';
import { ColumnsProfiler } from './columns-profiler.js';

export interface ProfileCsvOptions extends Omit<ProfileOptions, 'columns'> {
  /** Field delimiter; sniffed when omitted (`,` `;` tab `|`). */
  delimiter?: ReadCsvOptions['delimiter'];
  /** Text encoding; sniffed when omitted (BOM, UTF-8, else Windows-1252). */
  encoding?: ReadCsvOptions['encoding'];
}

/** What profileCsv read besides the profiles. */
export interface CsvProfile {
  columns: ColumnProfile[];
  /** Rows read (at most `maxRows`). */
  rowCount: number;
  /** Rows the CSV reader could not read, with line and reason (first 100). */
  issues: { line: number; reason: string }[];
  dialect: { delimiter: string; encoding: string; bom: boolean } | null;
}

const MAX_ISSUES = 100;

/**
 * Streams a CSV (file path, bytes or chunks) through the @growthnav/conversions
 * reader — delimiter, encoding and BOM sniffed, duplicate headers made unique —
 * and profiles its columns in bounded memory, stopping after `maxRows` rows.
 * Empty and binary input throw the reader's GrowthNavError `INVALID_CSV`.
 */
export async function profileCsv(source: CsvSource, options: ProfileCsvOptions = {}): Promise<CsvProfile> {
  const profiler = new ColumnsProfiler(options);
  const issues: CsvProfile['issues'] = [];
  let dialect: CsvProfile['dialect'] = null;
  const batches = readCsv(source, {
    delimiter: options.delimiter,
    encoding: options.encoding,
    maxRows: Number.isFinite(profiler.maxRows) ? profiler.maxRows : undefined,
  });
  for await (const batch of batches) {
    dialect ??= batch.dialect;
    profiler.addColumns(batch.columns);
    for (const issue of batch.issues) {
      if (issues.length < MAX_ISSUES) issues.push({ line: issue.line, reason: issue.reason });
    }
    for (const row of batch.rows) {
      if (profiler.full) break;
      profiler.addRow(row);
    }
    if (profiler.full) break;
  }
  return { columns: profiler.finish(), rowCount: profiler.rowCount, issues, dialect };
}
