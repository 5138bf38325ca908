import { createReadStream } from 'node:fs';
import { GrowthNavError } from '../errors.js';
import { type CsvIssue, CsvRowBuilder, emptyInputError } from './csv-rows.js';
import { type CsvLine, CsvTokenizer } from './csv-tokenizer.js';
import type { CsvOptions } from './parse-csv.js';
import { type CsvDialect, detectBom, detectDelimiter, detectEncoding } from './sniff-csv.js';

export interface ReadCsvOptions extends CsvOptions {
  /** Rows per yielded batch (default 1,000). */
  batchSize?: number | undefined;
  /**
   * Read size for files (default 128 KiB). Small reads keep each chunk's rows
   * short-lived, so they die in V8's young generation instead of being promoted.
   */
  highWaterMark?: number | undefined;
  /** Stop after this many rows (for sampling). */
  maxRows?: number | undefined;
}

export interface CsvBatch {
  columns: string[];
  rows: Record<string, string>[];
  issues: CsvIssue[];
  dialect: CsvDialect;
  /** Bytes consumed so far, for progress. */
  bytesRead: number;
}

export type CsvSource =
  | string
  | URL
  | Uint8Array
  | AsyncIterable<Uint8Array | string>
  | Iterable<Uint8Array | string>;

const SNIFF_BYTES = 64 * 1024;

async function* chunksOf(source: CsvSource, highWaterMark: number): AsyncGenerator<Uint8Array | string> {
  if (typeof source === 'string' || source instanceof URL) {
    yield* createReadStream(source, { highWaterMark }) as AsyncIterable<Uint8Array>;
  } else if (source instanceof Uint8Array) {
    yield source;
  } else {
    yield* source as AsyncIterable<Uint8Array | string>;
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Streams a CSV of any size — a file path, bytes, or chunks — in batches of
 * records, in bounded memory. Sniffs encoding, BOM and delimiter from the
 * first 64 KiB; ragged rows and unterminated quotes come back as issues with
 * their line and raw text. Throws INVALID_CSV for empty or binary input.
 */
export async function* readCsv(source: CsvSource, options: ReadCsvOptions = {}): AsyncGenerator<CsvBatch> {
  const batchSize = options.batchSize ?? 1_000;
  const chunks = chunksOf(source, options.highWaterMark ?? 128 * 1024);
  // Collect enough bytes to sniff, then stream the rest.
  const head: Uint8Array[] = [];
  let headText = '';
  let headBytes = 0;
  let done = false;
  while (headBytes < SNIFF_BYTES) {
    const next = await chunks.next();
    if (next.done) {
      done = true;
      break;
    }
    if (typeof next.value === 'string') headText += next.value;
    else head.push(next.value);
    headBytes += next.value.length;
  }
  let bytesRead = headBytes;
  let decoder: InstanceType<typeof TextDecoder> | null = null;
  let dialectEncoding: CsvDialect['encoding'] = 'utf-8';
  let bom = false;
  let firstText: string;
  if (head.length > 0) {
    let bytes = concat(head);
    const found = detectBom(bytes);
    dialectEncoding = options.encoding ?? found?.encoding ?? detectEncoding(bytes.subarray(0, SNIFF_BYTES));
    if (found) {
      bom = true;
      bytes = bytes.subarray(found.length);
    }
    decoder = new TextDecoder(dialectEncoding);
    firstText = headText + decoder.decode(bytes, { stream: !done });
  } else {
    bom = headText.charCodeAt(0) === 0xfeff;
    firstText = bom ? headText.slice(1) : headText;
    if (firstText.includes('\u0000'))
      detectEncoding(new TextEncoder().encode(firstText.slice(0, SNIFF_BYTES)));
  }
  if (done && firstText.trim() === '') throw emptyInputError();
  const delimiter = options.delimiter ?? detectDelimiter(firstText.slice(0, SNIFF_BYTES));
  const dialect: CsvDialect = { delimiter, encoding: dialectEncoding, bom };
  const tokenizer = new CsvTokenizer(delimiter);
  const builder = new CsvRowBuilder(options.columns);
  let rows: Record<string, string>[] = [];
  let issues: CsvIssue[] = [];
  let emitted = 0;
  const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
  const lines: CsvLine[] = [];

  const take = (text: string, final: boolean) => {
    lines.length = 0;
    tokenizer.push(text, final, lines);
    builder.add(lines, rows, issues);
  };

  take(firstText, done);
  while (true) {
    while (rows.length >= batchSize || (issues.length > 0 && rows.length + issues.length >= batchSize)) {
      const out = rows.slice(0, batchSize);
      rows = rows.slice(batchSize);
      emitted += out.length;
      yield { columns: builder.columns ?? [], rows: out, issues, dialect, bytesRead };
      issues = [];
      if (emitted >= maxRows) return;
    }
    if (done) break;
    const next = await chunks.next();
    if (next.done) {
      done = true;
      take(decoder ? decoder.decode() : '', true);
      continue;
    }
    bytesRead += next.value.length;
    if (typeof next.value === 'string') {
      if (decoder) {
        throw new GrowthNavError({
          code: 'INVALID_CSV',
          message: 'CSV chunks mix text and bytes; pass one kind.',
        });
      }
      take(next.value, false);
    } else {
      decoder ??= new TextDecoder(dialectEncoding);
      take(decoder.decode(next.value, { stream: true }), false);
    }
  }
  if (builder.columns === null) throw emptyInputError();
  if (rows.length > 0 || issues.length > 0 || emitted === 0) {
    const out = Number.isFinite(maxRows) ? rows.slice(0, Math.max(0, maxRows - emitted)) : rows;
    yield { columns: builder.columns, rows: out, issues, dialect, bytesRead };
  }
}
