import type { CsvIssue } from '../csv/csv-rows.js';
import type { CsvEncoding } from '../csv/sniff-csv.js';
import type { FieldMapping } from '../mapping/field-mapping.js';
import type { MappingOverrides } from '../mapping/merge-mappings.js';
import type { NormalizeResult, QuarantinedRecord } from '../normalize/normalize.js';

/** Set up once per worker through `workerData`. */
export interface WorkerSetup {
  system: string | FieldMapping;
  customerId: string;
  overrides: MappingOverrides | undefined;
  columns: string[];
  delimiter: string;
  encoding: CsvEncoding;
  /** Module that receives each worker's results (see `NormalizeSink`). */
  sink: string | undefined;
  sinkOptions: unknown;
}

/** Main → worker: a run of whole records, or the end. */
export type ToWorker =
  | { type: 'chunk'; seq: number; bytes: Uint8Array; firstLine: number }
  | { type: 'close' };

/** Worker → main: what one chunk gave. Quarantine indexes count rows within the chunk. */
export type FromWorker =
  | {
      type: 'chunk';
      seq: number;
      rows: number;
      loaded: number;
      warnings: number;
      quarantined: QuarantinedRecord[];
      issues: CsvIssue[];
    }
  | { type: 'closed'; summary: unknown }
  | { type: 'error'; message: string; code: string | undefined };

/**
 * Where normalized conversions go when a file is normalized in parallel: a
 * module whose default export creates one sink per worker. Conversions never
 * cross threads; each worker hands its own to its sink (a warehouse writer,
 * a file, a checksum).
 */
export interface NormalizeSink {
  write(result: NormalizeResult): void | Promise<void>;
  /** Called once at the end; its value is returned from `normalizeCsvFile` per worker. */
  close(): unknown | Promise<unknown>;
}

export type CreateNormalizeSink = (options: unknown) => NormalizeSink | Promise<NormalizeSink>;
