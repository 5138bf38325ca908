import { fieldMappingSchema } from '@growthnav/conversions';
import { z } from 'zod';

const fileShape = {
  /** The file to read (streamed: any size). */
  path: z.string().min(1).optional(),
  /** Or the content itself (text or bytes), for small inputs and tests. */
  data: z.union([z.string(), z.instanceof(Uint8Array)]).optional(),
  /** Stream name; default: the file name without extension, or `records` for `data`. */
  stream: z.string().min(1).optional(),
  /** Records per state checkpoint (default 1,000). */
  batchSize: z.number().int().min(1).max(100_000).optional(),
  /** How `normalize` maps rows: a @growthnav/conversions system id (`square-csv.transactions`) or a FieldMapping. */
  system: z.union([z.string().min(1), fieldMappingSchema]).optional(),
  /** Column/field that identifies a row, reported by `discover()`. */
  primaryKey: z.string().min(1).optional(),
};

const oneSource = (c: { path?: string | undefined; data?: unknown }) =>
  (c.path === undefined) !== (c.data === undefined);
const oneSourceMessage = { message: 'pass exactly one of path or data', path: ['path'] };

export const csvSourceConfigSchema = z
  .strictObject({
    ...fileShape,
    /** Field delimiter; sniffed when omitted (`,` `;` tab `|`). */
    delimiter: z.string().length(1).optional(),
    /** Byte encoding; sniffed when omitted (BOM, then strict UTF-8, else Windows-1252). */
    encoding: z.enum(['utf-8', 'windows-1252', 'utf-16le', 'utf-16be']).optional(),
    /** Header names when the file has no header row. */
    columns: z.array(z.string()).min(1).optional(),
  })
  .refine(oneSource, oneSourceMessage);

export const jsonSourceConfigSchema = z
  .strictObject({
    ...fileShape,
    /** Top-level key of the records array when the file is an object; default: the first array-valued key. */
    recordsKey: z.string().min(1).optional(),
  })
  .refine(oneSource, oneSourceMessage);

export const ndjsonSourceConfigSchema = z.strictObject({ ...fileShape }).refine(oneSource, oneSourceMessage);

export type CsvSourceConfig = z.infer<typeof csvSourceConfigSchema>;
export type CsvSourceConfigInput = z.input<typeof csvSourceConfigSchema>;
export type JsonSourceConfig = z.infer<typeof jsonSourceConfigSchema>;
export type JsonSourceConfigInput = z.input<typeof jsonSourceConfigSchema>;
export type NdjsonSourceConfig = z.infer<typeof ndjsonSourceConfigSchema>;
export type NdjsonSourceConfigInput = z.input<typeof ndjsonSourceConfigSchema>;
/** Fields every file source config has. */
export type FileSourceConfig = NdjsonSourceConfig;
