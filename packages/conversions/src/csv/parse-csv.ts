import { type CsvIssue, CsvRowBuilder, emptyInputError } from './csv-rows.js';
import { CsvTokenizer } from './csv-tokenizer.js';
import {
  type CsvDialect,
  type CsvEncoding,
  detectBom,
  detectDelimiter,
  detectEncoding,
} from './sniff-csv.js';

export interface CsvOptions {
  /** Field delimiter; sniffed from the first lines when omitted (`,` `;` tab `|`). */
  delimiter?: string | undefined;
  /** Text encoding of byte input; sniffed when omitted (BOM, then strict UTF-8, else Windows-1252). */
  encoding?: CsvEncoding | undefined;
  /** Header names to use when the input has no header row. */
  columns?: readonly string[] | undefined;
}

export interface ParsedCsv {
  /** Header names, made unique. */
  columns: string[];
  rows: Record<string, string>[];
  /** Rows that could not be read (ragged, unterminated quote), with line and reason. */
  issues: CsvIssue[];
  dialect: CsvDialect;
  /** Header cells that were renamed to stay unique or non-blank. */
  renamedColumns: string[];
}

const SNIFF_BYTES = 64 * 1024;

/** Decodes bytes to text per the dialect, removing a BOM. */
export function decodeCsvBytes(
  bytes: Uint8Array,
  encoding?: CsvEncoding,
): { text: string; encoding: CsvEncoding; bom: boolean } {
  const bom = detectBom(bytes);
  const chosen = encoding ?? bom?.encoding ?? detectEncoding(bytes.subarray(0, SNIFF_BYTES));
  const body = bom ? bytes.subarray(bom.length) : bytes;
  return { text: new TextDecoder(chosen).decode(body), encoding: chosen, bom: bom !== null };
}

/**
 * Parses a whole CSV held in memory (text or bytes). Sniffs encoding, BOM and
 * delimiter; keeps quoted delimiters and newlines; makes duplicate headers
 * unique; reports ragged rows as issues instead of dropping them. Throws
 * GrowthNavError INVALID_CSV for empty or binary input. For large files use
 * `readCsv`, which streams.
 */
export function parseCsv(input: string | Uint8Array, options: CsvOptions = {}): ParsedCsv {
  let text: string;
  let encoding: CsvEncoding = 'utf-8';
  let bom = false;
  if (typeof input === 'string') {
    bom = input.charCodeAt(0) === 0xfeff;
    text = bom ? input.slice(1) : input;
    if (text.includes('\u0000')) detectEncoding(new TextEncoder().encode(text.slice(0, SNIFF_BYTES)));
  } else {
    ({ text, encoding, bom } = decodeCsvBytes(input, options.encoding));
  }
  if (text.trim() === '') throw emptyInputError();
  const delimiter = options.delimiter ?? detectDelimiter(text.slice(0, SNIFF_BYTES));
  const builder = new CsvRowBuilder(options.columns);
  const rows: Record<string, string>[] = [];
  const issues: CsvIssue[] = [];
  builder.add(new CsvTokenizer(delimiter).push(text, true), rows, issues);
  return {
    columns: builder.columns ?? [],
    rows,
    issues,
    dialect: { delimiter, encoding, bom },
    renamedColumns: builder.renamed,
  };
}
