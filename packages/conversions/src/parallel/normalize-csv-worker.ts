import { parentPort, workerData } from 'node:worker_threads';
import { type CsvIssue, CsvRowBuilder } from '../csv/csv-rows.js';
import { type CsvLine, CsvTokenizer } from '../csv/csv-tokenizer.js';
import { GrowthNavError } from '../errors.js';
import { createNormalizer, type NormalizeResult } from '../normalize/normalize.js';
import type {
  CreateNormalizeSink,
  FromWorker,
  NormalizeSink,
  ToWorker,
  WorkerSetup,
} from './worker-protocol.js';

/** One worker of `normalizeCsvFile`: decodes, tokenizes and normalizes the chunks it is sent. */
const setup = workerData as WorkerSetup;
const port = parentPort!;
const normalizer = createNormalizer(setup.system, {
  customerId: setup.customerId,
  overrides: setup.overrides,
});
const decoder = new TextDecoder(setup.encoding);
let sink: NormalizeSink | undefined;

async function openSink(): Promise<NormalizeSink | undefined> {
  if (!setup.sink) return undefined;
  const module = (await import(setup.sink)) as {
    default?: CreateNormalizeSink;
    createSink?: CreateNormalizeSink;
  };
  const create = module.default ?? module.createSink;
  if (typeof create !== 'function') {
    throw new GrowthNavError({
      code: 'INVALID_OPTIONS',
      message: `The sink module ${setup.sink} must export a default function (or createSink) that returns { write, close }.`,
    });
  }
  return create(setup.sinkOptions);
}

// A failing sink must not crash the thread: keep the error and report it with the first chunk.
let setupError: unknown;
const ready = openSink().then(
  (s) => {
    sink = s;
  },
  (error: unknown) => {
    setupError = error;
  },
);

function post(message: FromWorker): void {
  port.postMessage(message);
}

async function handleChunk(seq: number, bytes: Uint8Array, firstLine: number): Promise<void> {
  const text = decoder.decode(bytes);
  const lines: CsvLine[] = [];
  new CsvTokenizer(setup.delimiter, firstLine).push(text, true, lines);
  const rows: Record<string, string>[] = [];
  const issues: CsvIssue[] = [];
  new CsvRowBuilder(setup.columns).add(lines, rows, issues);
  const result: NormalizeResult = { conversions: [], quarantined: [], warnings: [] };
  for (let i = 0; i < rows.length; i++) normalizer.normalizeRecord(rows[i], i, result);
  if (sink) await sink.write(result);
  post({
    type: 'chunk',
    seq,
    rows: rows.length,
    loaded: result.conversions.length,
    warnings: result.warnings.length,
    quarantined: result.quarantined,
    issues,
  });
}

let queue = ready;
port.on('message', (message: ToWorker) => {
  queue = queue
    .then(async () => {
      if (setupError !== undefined) throw setupError;
      if (message.type === 'chunk') await handleChunk(message.seq, message.bytes, message.firstLine);
      else post({ type: 'closed', summary: sink ? await sink.close() : undefined });
    })
    .catch((error: unknown) => {
      post({
        type: 'error',
        message: (error as Error).message,
        code: GrowthNavError.isInstance(error) ? error.code : undefined,
      });
    });
});
