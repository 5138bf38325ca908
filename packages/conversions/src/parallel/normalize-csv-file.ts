import { open, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type ResourceLimits, Worker } from 'node:worker_threads';
import { type CsvIssue, emptyInputError, uniqueColumns } from '../csv/csv-rows.js';
import { CsvTokenizer } from '../csv/csv-tokenizer.js';
import {
  type CsvDialect,
  type CsvEncoding,
  detectBom,
  detectDelimiter,
  detectEncoding,
} from '../csv/sniff-csv.js';
import { GrowthNavError } from '../errors.js';
import type { FieldMapping } from '../mapping/field-mapping.js';
import { createNormalizer, type NormalizeOptions, type QuarantinedRecord } from '../normalize/normalize.js';
import { splitCsvChunks } from './split-csv-chunks.js';
import type { FromWorker, ToWorker, WorkerSetup } from './worker-protocol.js';

export interface NormalizeCsvFileOptions extends NormalizeOptions {
  /** Worker threads (default: available cores, at most 8). */
  workers?: number | undefined;
  /**
   * Module (path or file URL) whose default export creates a `NormalizeSink`
   * per worker; each worker writes its conversions there. Without a sink the
   * conversions are counted and dropped (a dry run).
   */
  sink?: string | URL | undefined;
  /** Passed to the sink factory; must be structured-cloneable. */
  sinkOptions?: unknown;
  /** Bytes per chunk handed to a worker (default 256 KiB). */
  chunkBytes?: number | undefined;
  delimiter?: string | undefined;
  encoding?: CsvEncoding | undefined;
  /**
   * V8 limits of each worker thread (default `{ maxYoungGenerationSizeMb: 64 }`).
   * Left alone, each worker's young generation grows to well over 100 MB on
   * this workload; capped at 64 MB the throughput is the same and the
   * process stays under 500 MB RSS with two workers.
   */
  resourceLimits?: ResourceLimits | undefined;
  /** Called after each chunk with the bytes and rows done so far. */
  onProgress?: ((progress: { bytesDone: number; totalBytes: number; rows: number }) => void) | undefined;
}

export interface NormalizeCsvFileResult {
  columns: string[];
  dialect: CsvDialect;
  /** Data rows read (loaded + quarantined); CSV issues are rows that could not be split. */
  rows: number;
  loaded: number;
  warnings: number;
  quarantined: QuarantinedRecord[];
  issues: CsvIssue[];
  /** What each worker's sink returned from `close()`. */
  sinks: unknown[];
}

const SNIFF_BYTES = 64 * 1024;
const MAX_IN_FLIGHT = 2;
const DEFAULT_RESOURCE_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 64 };

function workerUrl(): URL {
  const url = new URL('./normalize-csv-worker.js', import.meta.url);
  // From TypeScript sources (tests, ts runners) the worker must come from the build.
  if (import.meta.url.endsWith('.ts')) return new URL(url.href.replace('/src/parallel/', '/dist/parallel/'));
  return url;
}

/** Reads the header: dialect, unique column names and how many bytes it spans. */
async function readHeader(path: string, options: NormalizeCsvFileOptions) {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    const head = buffer.subarray(0, bytesRead);
    const bom = detectBom(head);
    const encoding = options.encoding ?? bom?.encoding ?? detectEncoding(head);
    if (encoding === 'utf-16le' || encoding === 'utf-16be') {
      throw new GrowthNavError({
        code: 'INVALID_CSV',
        message:
          'normalizeCsvFile reads UTF-8 and Windows-1252 files; convert UTF-16 exports to UTF-8 or use readCsv.',
      });
    }
    const start = bom?.length ?? 0;
    const text = new TextDecoder(encoding).decode(head.subarray(start));
    if (text.trim() === '') throw emptyInputError();
    const delimiter = options.delimiter ?? detectDelimiter(text);
    // The header ends at the first newline outside quotes.
    let quotes = 0;
    let end = -1;
    for (let i = start; i < head.length; i++) {
      const b = head[i]!;
      if (b === 0x22) quotes++;
      else if (b === 0x0a && quotes % 2 === 0) {
        end = i;
        break;
      }
    }
    if (end < 0 && bytesRead === SNIFF_BYTES) {
      throw new GrowthNavError({
        code: 'INVALID_CSV',
        message: 'The CSV header is longer than 64 KiB; check the delimiter and quoting.',
      });
    }
    const headerBytes = end < 0 ? head.length : end + 1;
    const headerText = new TextDecoder(encoding).decode(head.subarray(start, headerBytes));
    const [first] = new CsvTokenizer(delimiter).push(headerText, true);
    const { columns } = uniqueColumns(first?.fields ?? []);
    return { columns, dialect: { delimiter, encoding, bom: bom !== null } satisfies CsvDialect, headerBytes };
  } finally {
    await handle.close();
  }
}

/**
 * Normalizes a large CSV file on several worker threads. The file is cut into
 * runs of whole records (never inside a quoted field); each worker decodes,
 * tokenizes and normalizes its runs and hands the conversions to its own sink.
 * Every row is loaded, quarantined or reported as a CSV issue, and the counts
 * reconcile; quarantined rows carry their index in the file and the reason.
 * The results equal `readCsv` + `normalize` on the same file.
 */
export async function normalizeCsvFile(
  path: string,
  system: string | FieldMapping,
  options: NormalizeCsvFileOptions,
): Promise<NormalizeCsvFileResult> {
  // Compile once here so a bad mapping or unknown system fails before any thread starts.
  createNormalizer(system, options);
  const totalBytes = (await stat(path)).size;
  const { columns, dialect, headerBytes } = await readHeader(path, options);
  const workerCount = Math.max(1, Math.min(options.workers ?? Math.min(availableParallelism(), 8), 64));
  const sink =
    options.sink === undefined
      ? undefined
      : options.sink instanceof URL
        ? options.sink.href
        : pathToFileURL(options.sink).href;
  const setup: WorkerSetup = {
    system,
    customerId: options.customerId,
    overrides: options.overrides,
    columns,
    delimiter: dialect.delimiter,
    encoding: dialect.encoding,
    sink,
    sinkOptions: options.sinkOptions,
  };
  const url = workerUrl();
  const workers = Array.from(
    { length: workerCount },
    () =>
      new Worker(fileURLToPath(url), {
        workerData: setup,
        resourceLimits: options.resourceLimits ?? DEFAULT_RESOURCE_LIMITS,
      }),
  );
  const inFlight = workers.map(() => 0);
  const done = new Map<number, Extract<FromWorker, { type: 'chunk' }>>();
  const sinks: unknown[] = [];
  const finished = workers.map(() => false);
  let closed = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };

  workers.forEach((worker, k) => {
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'chunk') {
        inFlight[k]!--;
        done.set(message.seq, message);
      } else if (message.type === 'closed') {
        sinks[k] = message.summary;
        finished[k] = true;
        closed++;
      } else
        failure ??= new GrowthNavError({ code: message.code ?? 'WORKER_FAILED', message: message.message });
      notify();
    });
    worker.on('error', (error) => {
      failure ??= error;
      notify();
    });
    worker.on('exit', (code) => {
      if (!finished[k]) {
        failure ??= new GrowthNavError({
          code: 'WORKER_FAILED',
          message: `Normalize worker ${k + 1} exited (code ${code}) before finishing its chunks.`,
        });
      }
      notify();
    });
  });

  const result: NormalizeCsvFileResult = {
    columns,
    dialect,
    rows: 0,
    loaded: 0,
    warnings: 0,
    quarantined: [],
    issues: [],
    sinks,
  };
  let nextToCollect = 0;
  let bytesDone = headerBytes;
  const chunkBytes: number[] = [];
  const collect = () => {
    for (let chunk = done.get(nextToCollect); chunk; chunk = done.get(nextToCollect)) {
      done.delete(nextToCollect);
      for (const q of chunk.quarantined) result.quarantined.push({ ...q, index: q.index + result.rows });
      result.issues.push(...chunk.issues);
      result.rows += chunk.rows;
      result.loaded += chunk.loaded;
      result.warnings += chunk.warnings;
      bytesDone += chunkBytes[nextToCollect] ?? 0;
      nextToCollect++;
      options.onProgress?.({ bytesDone, totalBytes, rows: result.rows });
    }
  };
  const waitForChange = () =>
    new Promise<void>((resolve) => {
      wake = resolve;
    });

  try {
    let seq = 0;
    for await (const chunk of splitCsvChunks(path, {
      skipBytes: headerBytes,
      firstLine: 2,
      readSize: options.chunkBytes ?? 256 * 1024,
    })) {
      let k = inFlight.indexOf(Math.min(...inFlight));
      while (inFlight[k]! >= MAX_IN_FLIGHT && !failure) {
        await waitForChange();
        collect();
        k = inFlight.indexOf(Math.min(...inFlight));
      }
      if (failure) throw failure;
      const bytes = new Uint8Array(chunk.bytes); // a copy with its own buffer, transferred to the worker
      chunkBytes[seq] = bytes.length;
      inFlight[k]!++;
      workers[k]!.postMessage({ type: 'chunk', seq, bytes, firstLine: chunk.firstLine } satisfies ToWorker, [
        bytes.buffer,
      ]);
      seq++;
      collect();
    }
    // Results that arrived while the last chunk was being read are collected
    // before waiting; otherwise no further message would ever wake us.
    collect();
    while (nextToCollect < seq && !failure) {
      await waitForChange();
      collect();
    }
    for (const worker of workers) worker.postMessage({ type: 'close' } satisfies ToWorker);
    while (closed < workers.length && !failure) {
      await waitForChange();
    }
    if (failure) throw failure;
    return result;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
